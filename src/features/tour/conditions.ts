/**
 * When a tour step is done, as data: the user reached a route, a control appeared (a dialog opened), a field
 * was filled, or a value on the page changed since the step began (a new task appeared, a scan finished).
 * Evaluated against a {@link TourEnv}, so the engine is tested without a browser.
 */

/** What the engine can read of the page: the route, and the DOM through selectors. */
export interface TourEnv {
  pathname: string;
  /** Whether a visible element matches. */
  exists: (selector: string) => boolean;
  /** The value of the first matching input (or undefined). */
  value: (selector: string) => string | undefined;
  /** An attribute of the first matching element (or undefined when nothing matches). */
  attr: (selector: string, name: string) => string | undefined;
}

export type Condition =
  /** Only 下一步 completes the step (it explains something). */
  | { kind: 'manual' }
  | { kind: 'route'; pattern: RegExp }
  | { kind: 'visible'; selector: string }
  | { kind: 'filled'; selector: string }
  /** `attr` of `selector` equals `value`. */
  | { kind: 'attr-is'; selector: string; attr: string; value: string }
  /**
   * `attr` of the first `selector` differs from what it was when the step began. The starting value is only
   * taken once `ready` is visible (a list that is still loading has no first row yet); no match reads as ''.
   */
  | { kind: 'attr-changes'; selector: string; attr: string; ready: string }
  /** The first path segment (the region) differs from when the step began. */
  | { kind: 'region-changes' }
  | { kind: 'all'; of: Condition[] }
  | { kind: 'not'; of: Condition };

export const when = {
  manual: { kind: 'manual' } as Condition,
  route: (pattern: RegExp): Condition => ({ kind: 'route', pattern }),
  visible: (selector: string): Condition => ({ kind: 'visible', selector }),
  filled: (selector: string): Condition => ({ kind: 'filled', selector }),
  attrIs: (selector: string, attr: string, value: string): Condition => ({ kind: 'attr-is', selector, attr, value }),
  attrChanges: (selector: string, attr: string, ready: string): Condition => ({
    kind: 'attr-changes',
    selector,
    attr,
    ready,
  }),
  regionChanges: { kind: 'region-changes' } as Condition,
  all: (...of: Condition[]): Condition => ({ kind: 'all', of }),
  not: (of: Condition): Condition => ({ kind: 'not', of }),
};

const regionOf = (pathname: string) => pathname.split('/')[1] ?? '';

/**
 * The value a step's condition compares against later, read when the step begins. Undefined when the
 * condition needs none, or when the page isn't ready to give one yet (the engine asks again).
 */
export function anchorOf(condition: Condition, env: TourEnv): string | undefined {
  switch (condition.kind) {
    case 'attr-changes':
      return env.exists(condition.ready) ? (env.attr(condition.selector, condition.attr) ?? '') : undefined;
    case 'region-changes':
      return regionOf(env.pathname);
    case 'all':
      for (const part of condition.of) {
        const anchor = anchorOf(part, env);
        if (anchor !== undefined) return anchor;
      }
      return undefined;
    case 'not':
      return anchorOf(condition.of, env);
    default:
      return undefined;
  }
}

/** Whether a condition needs a starting value to be judged. */
export function needsAnchor(condition: Condition): boolean {
  if (condition.kind === 'attr-changes' || condition.kind === 'region-changes') return true;
  if (condition.kind === 'all') return condition.of.some(needsAnchor);
  if (condition.kind === 'not') return needsAnchor(condition.of);
  return false;
}

export function holds(condition: Condition, env: TourEnv, anchor: string | undefined): boolean {
  switch (condition.kind) {
    case 'manual':
      return false;
    case 'route':
      return condition.pattern.test(env.pathname);
    case 'visible':
      return env.exists(condition.selector);
    case 'filled':
      return (env.value(condition.selector) ?? '').trim() !== '';
    case 'attr-is':
      return env.attr(condition.selector, condition.attr) === condition.value;
    case 'attr-changes':
      return anchor !== undefined && (env.attr(condition.selector, condition.attr) ?? '') !== anchor;
    case 'region-changes':
      return anchor !== undefined && regionOf(env.pathname) !== anchor;
    case 'all':
      return condition.of.every((part) => holds(part, env, anchor));
    case 'not':
      return !holds(condition.of, env, anchor);
  }
}
