import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { Text } from './text';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** The call to action, e.g. the create button. */
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Text strong>{title}</Text>
          {description && (
            <Text block secondary style={{ margin: '4px 0 0' }}>
              {description}
            </Text>
          )}
        </>
      }
    >
      {action}
    </Empty>
  );
}
