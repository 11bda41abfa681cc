import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '@/lib/i18n';
import type { TourContext, TourStep } from './engine';

interface StepBodyProps {
  step: TourStep;
  context: TourContext;
  /** Whether the user is on the page of the step's control. */
  onPage: boolean;
  /** On the page, but the control isn't shown (yet): e.g. a dialog the step needs was closed. */
  targetMissing: boolean;
}

/** The explanation of a step; away from its page, where to go instead, with a button that goes there. */
export function StepBody({ step, context, onPage, targetMissing }: StepBodyProps) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const place = t(step.place);
  const path = step.goTo(context);
  return (
    <Flex vertical gap={8}>
      <Typography.Paragraph style={{ margin: 0 }}>{t(step.description)}</Typography.Paragraph>
      {!onPage && (
        <Flex vertical gap={8} align="flex-start" role="status">
          <Typography.Text strong>{t('tour.elsewhere', { place })}</Typography.Text>
          {/* Without a known instance the way there starts from 实例列表, possibly this very page. */}
          {path && path !== pathname && (
            <Button size="small" icon={<EnvironmentOutlined />} onClick={() => navigate(path)}>
              {t('tour.go-to', { place })}
            </Button>
          )}
        </Flex>
      )}
      {onPage && targetMissing && <Typography.Text type="secondary">{t('tour.waiting')}</Typography.Text>}
    </Flex>
  );
}
