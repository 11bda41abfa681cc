/**
 * The tour's step engine, free of React and the DOM: given where the user is (a {@link TourEnv}), it moves
 * the tour on when the current step's action has been performed, skips branches that don't apply (the VPC
 * steps when a VPC is already linked), and remembers which instance/repository/tag the user picked so a step
 * can send them back there.
 */
import type { MessageKey } from '@/lib/i18n';
import { anchorOf, type Condition, holds, needsAnchor, type TourEnv } from './conditions';
import type { TourId } from './tour-ids';

export { TOUR_IDS, type TourId } from './tour-ids';

/** What the user picked along the way, read from the routes they visited. */
export interface TourContext {
  regionId?: string;
  instanceId?: string;
  repoId?: string;
  tag?: string;
}

export interface TourStep {
  id: string;
  title: MessageKey;
  description: MessageKey;
  /** The page the step's control lives on. */
  page: RegExp;
  /** Where to send the user from another page; the label names that place. */
  goTo: (context: TourContext) => string | undefined;
  place: MessageKey;
  /** Selectors of the control to highlight; the first visible one wins. */
  target: readonly string[];
  done: Condition;
  /** Skip this step, and the rest of its branch, when this holds. */
  skip?: Condition;
  branch?: string;
  /** 下一步 is offered: the step explains something or its action is optional. */
  next?: boolean;
  /** Where the card goes, when its default would cover what the user must click (a dialog's footer). */
  placement?: 'top' | 'bottom' | 'left' | 'right';
}

/** A running (or paused) tour: persisted, so a reload resumes at the same step. */
export interface TourProgress {
  tourId: TourId;
  step: number;
  /** The value the step's condition compares with (see `anchorOf`), once taken. */
  anchor?: string;
  /**
   * Set when the user went back (上一步) to a step whose action is already done: it waits for the condition to
   * stop holding before it can complete again, instead of bouncing forward at once.
   */
  rearm?: true;
  context: TourContext;
}

const ROUTE_PARTS = /^\/([^/]+)\/instances(?:\/([^/]+)(?:\/repositories\/([^/]+)(?:\/tags\/([^/]+)\/scan)?)?)?(?:\/|$)/;

/** The context with whatever the current path names filled in (the rest kept). */
export function contextFrom(pathname: string, previous: TourContext): TourContext {
  const match = ROUTE_PARTS.exec(pathname);
  if (!match) return previous;
  const [, regionId, instanceId, repoId, tag] = match;
  const next: TourContext = { ...previous, regionId };
  if (instanceId) next.instanceId = instanceId;
  if (repoId) next.repoId = repoId;
  if (tag) next.tag = decodeURIComponent(tag);
  return next;
}

/** Progress at `index`, with the anchor taken now (or left for later when the page isn't ready). */
export function enterStep(
  progress: TourProgress,
  steps: readonly TourStep[],
  index: number,
  env: TourEnv,
): TourProgress {
  const step = steps[index];
  const anchor = step && needsAnchor(step.done) ? anchorOf(step.done, env) : undefined;
  return {
    tourId: progress.tourId,
    step: index,
    context: progress.context,
    ...(anchor === undefined ? {} : { anchor }),
  };
}

export function startTour(tourId: TourId, steps: readonly TourStep[], env: TourEnv, index = 0): TourProgress {
  const clamped = Math.min(Math.max(0, index), steps.length - 1);
  return enterStep({ tourId, step: 0, context: contextFrom(env.pathname, {}) }, steps, clamped, env);
}

/** Whether the user is on the page of the step's control. */
export function onStepPage(step: TourStep, env: TourEnv): boolean {
  return step.page.test(env.pathname);
}

/** The index after the branch `index` starts (or after `index` alone when it has no branch). */
function afterBranch(steps: readonly TourStep[], index: number): number {
  const branch = steps[index]?.branch;
  let next = index + 1;
  while (branch && steps[next]?.branch === branch) next++;
  return next;
}

/**
 * One look at the page: records the context, takes a pending anchor, and moves past every step already done
 * (several at once when the user ran ahead). The last step never completes by itself: the user ends the tour.
 */
export function advance(progress: TourProgress, steps: readonly TourStep[], env: TourEnv): TourProgress {
  let current: TourProgress = { ...progress, context: contextFrom(env.pathname, progress.context) };
  for (let guard = 0; guard < steps.length; guard++) {
    const step = steps[current.step];
    if (!step || current.step === steps.length - 1) break;
    if (step.skip && holds(step.skip, env, undefined)) {
      current = enterStep(current, steps, Math.min(afterBranch(steps, current.step), steps.length - 1), env);
      continue;
    }
    if (current.anchor === undefined && needsAnchor(step.done)) {
      const anchor = anchorOf(step.done, env);
      if (anchor === undefined) break;
      current = { ...current, anchor };
    }
    const done = holds(step.done, env, current.anchor);
    if (current.rearm) {
      if (!done) current = withoutRearm(current);
      break;
    }
    if (!done) break;
    current = enterStep(current, steps, current.step + 1, env);
  }
  return current;
}

/** Progress after 下一步 / 上一步 (a step chosen by the user, not by the engine). */
export function moveTo(progress: TourProgress, steps: readonly TourStep[], index: number, env: TourEnv) {
  const entered = enterStep(progress, steps, Math.min(Math.max(0, index), steps.length - 1), env);
  const step = steps[entered.step];
  const alreadyDone = step !== undefined && holds(step.done, env, entered.anchor);
  return alreadyDone ? { ...entered, rearm: true as const } : entered;
}

function withoutRearm({ rearm: _, ...rest }: TourProgress): TourProgress {
  return rest;
}

export function sameProgress(a: TourProgress, b: TourProgress): boolean {
  return (
    a.tourId === b.tourId &&
    a.step === b.step &&
    a.anchor === b.anchor &&
    a.rearm === b.rearm &&
    JSON.stringify(a.context) === JSON.stringify(b.context)
  );
}
