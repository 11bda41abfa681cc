import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Heading } from './text';

interface PageHeaderProps {
  title: ReactNode;
  /** Right-hand side: usually the page's primary action. */
  extra?: ReactNode;
  children?: ReactNode;
}

export function PageHeader({ title, extra, children }: PageHeaderProps) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Heading>{title}</Heading>
        {extra}
      </Flex>
      {children}
    </div>
  );
}
