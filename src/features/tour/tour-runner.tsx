import { Button, Flex, Tour, type TourProps, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useMediaQuery } from '@/hooks/use-media-query';
import { useT } from '@/lib/i18n';
import { domEnv, findTarget } from './dom-env';
import { advance, moveTo, onStepPage, sameProgress } from './engine';
import { StepBody } from './step-card';
import { tours } from './steps';
import { useTourStore } from './tour-store';

/** How often the page is looked at: actions show in the DOM when the server answers, which no event announces. */
const LOOK_EVERY_MS = 250;
const HIGHLIGHT_CLASS = 'acr-tour-target';
const CARD_CLASS = 'acr-tour-card';

/**
 * The open tour: antd's Tour card next to the step's real control (outlined), moved on by the engine when the
 * user performs the step's action. Without a mask, so the page (dropdowns, dialogs) stays usable.
 */
export function TourRunner() {
  const t = useT();
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const { progress, open, update, close, finish } = useTourStore();
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const [onPage, setOnPage] = useState(true);
  const tourId = progress?.tourId;
  const lastBox = useRef('');

  useEffect(() => {
    if (!open || !tourId) return;
    const steps = tours[tourId];
    const look = () => {
      const current = useTourStore.getState().progress;
      if (!current) return;
      const env = domEnv(pathname);
      const next = advance(current, steps, env);
      if (!sameProgress(next, current)) update(next);
      const step = steps[next.step];
      const here = step !== undefined && onStepPage(step, env);
      setOnPage(here);
      const element = here && step ? findTarget(step.target) : null;
      setTarget(element);
      // The card aligns when its target changes, on scroll and on resize; a page that shifts as its data
      // loads moves the target without either, so announce the move (as a scroll) to realign the card.
      const box = element ? boxOf(element) : '';
      if (box !== lastBox.current) {
        lastBox.current = box;
        if (element) window.dispatchEvent(new Event('scroll'));
      }
    };
    look();
    const timer = window.setInterval(look, LOOK_EVERY_MS);
    return () => window.clearInterval(timer);
    // Restarted on navigation: the new page is looked at at once, not at the next tick.
  }, [open, tourId, update, pathname]);

  useEffect(() => {
    target?.classList.add(HIGHLIGHT_CLASS);
    return () => target?.classList.remove(HIGHLIGHT_CLASS);
  }, [target]);

  if (!open || !progress) return null;
  const steps = tours[progress.tourId];
  const index = Math.min(progress.step, steps.length - 1);
  const last = index === steps.length - 1;
  const goTo = (to: number) => {
    const env = domEnv(pathname);
    const next = moveTo(progress, steps, to, env);
    update(next);
    // Outline the new step's control now, not at the next look: the old outline must not outlive its step.
    const step = steps[next.step];
    setTarget(step && onStepPage(step, env) ? findTarget(step.target) : null);
  };

  const tourSteps: TourProps['steps'] = steps.map((step, i) => ({
    title: t(step.title),
    description:
      i === index ? (
        <StepBody step={step} context={progress.context} onPage={onPage} targetMissing={target === null} />
      ) : (
        t(step.description)
      ),
    target: i === index ? target : null,
    ...(step.placement ? { placement: step.placement } : {}),
  }));

  return (
    <>
      <style>{highlightCss(token.colorPrimary, reducedMotion)}</style>
      <Tour
        open
        current={index}
        steps={tourSteps}
        mask={false}
        rootClassName={CARD_CLASS}
        animated={!reducedMotion}
        scrollIntoViewOptions={{ block: 'center', behavior: reducedMotion ? 'instant' : 'smooth' }}
        onChange={goTo}
        onClose={close}
        indicatorsRender={(current, total) => (
          <span title={t('tour.progress', { current: current + 1, total })}>
            {current + 1} / {total}
          </span>
        )}
        actionsRender={() => (
          <Flex gap={8}>
            {index > 0 && (
              <Button size="small" onClick={() => goTo(index - 1)}>
                {t('tour.prev')}
              </Button>
            )}
            {last ? (
              <Button size="small" type="primary" onClick={finish}>
                {t('tour.finish')}
              </Button>
            ) : (
              steps[index]?.next && (
                <Button size="small" type="primary" onClick={() => goTo(index + 1)}>
                  {t('tour.next')}
                </Button>
              )
            )}
          </Flex>
        )}
      />
    </>
  );
}

function boxOf(element: HTMLElement): string {
  const { left, top, width, height } = element.getBoundingClientRect();
  return `${left},${top},${width},${height}`;
}

/** The card's width and the outline on the highlighted control (pulsing only for users who allow motion). */
function highlightCss(color: string, reducedMotion: boolean): string {
  // The card narrower than antd's 520px, so it fits beside a dialog instead of over it.
  const card = `.${CARD_CLASS}.ant-tour{width:340px;}`;
  const base = `${card}.${HIGHLIGHT_CLASS}{outline:2px solid ${color}!important;outline-offset:3px;border-radius:4px;}`;
  if (reducedMotion) return base;
  return `${base}@keyframes acr-tour-pulse{50%{outline-color:transparent}}.${HIGHLIGHT_CLASS}{animation:acr-tour-pulse 1.6s ease-in-out infinite;}`;
}
