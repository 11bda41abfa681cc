import { theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * A title-less white panel that looks like antd's Card body. List pages use it instead of Card because Card
 * pulls in Tabs, which the first route (实例列表) does not otherwise need.
 */
export function Panel({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingLG,
      }}
    >
      {children}
    </section>
  );
}
