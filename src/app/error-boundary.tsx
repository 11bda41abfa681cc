import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';

interface State {
  error?: unknown;
}

/** Last line of defence outside the router: a readable page instead of a blank one. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <CrashPage error={this.state.error} />;
  }
}

function CrashPage({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('error.page.title')}
      subTitle={
        <>
          <div>{t('error.page.description')}</div>
          <div>{error instanceof Error ? error.message : String(error)}</div>
        </>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.page.reload')}
        </Button>
      }
    />
  );
}
