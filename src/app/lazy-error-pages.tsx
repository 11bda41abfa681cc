/**
 * The console's error pages, loaded only when an error happens: antd's Result and its illustrations are not
 * needed to show a working page. If the page's own chunk cannot be downloaded either (the likely cause of the
 * error, e.g. a new deploy or a dropped connection), a plain page with the same words and a reload stands in,
 * so there still is never a blank screen.
 */
import { Button } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Heading, Text } from '@/components/text';
import { useT } from '@/lib/i18n';

/** What CrashPage says, without Result: the stand-in when crash-page.tsx cannot be loaded. */
function PlainCrashPage({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div role="alert" style={{ padding: 48, textAlign: 'center' }}>
      <Heading level={3} style={{ marginBottom: '0.5em' }}>
        {t('error.page.title')}
      </Heading>
      <p>{t('error.page.description')}</p>
      <p>
        <Text secondary>{error instanceof Error ? error.message : String(error)}</Text>
      </p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('error.page.reload')}
      </Button>
    </div>
  );
}

const CrashPageChunk = lazy(() =>
  import('./crash-page').then(
    (m) => ({ default: m.CrashPage }),
    () => ({ default: PlainCrashPage }),
  ),
);

const NotFoundPageChunk = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

/** A readable page for an unexpected error, with a reload (crash-page.tsx, loaded on demand). */
export function LazyCrashPage({ error }: { error: unknown }) {
  return (
    <Suspense fallback={null}>
      <CrashPageChunk error={error} />
    </Suspense>
  );
}

/** 页面不存在 (not-found-page.tsx, loaded on demand). */
export function LazyNotFoundPage() {
  return (
    <Suspense fallback={null}>
      <NotFoundPageChunk />
    </Suspense>
  );
}

/** The boot error page (boot-error-page.tsx), or the plain crash page if even that cannot be downloaded. */
export async function loadBootErrorPage(): Promise<(props: { error: unknown }) => ReactNode> {
  return import('./boot-error-page').then(
    (m) => m.BootErrorPage,
    () => PlainCrashPage,
  );
}
