/** The {@link TourEnv} of the live page: only visible elements count (closed dialogs and hidden steps don't). */
import type { TourEnv } from './conditions';

function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** Visible matches of a selector; an invalid selector matches nothing rather than breaking the tour. */
function visibleMatches(selector: string): Element[] {
  try {
    return [...document.querySelectorAll(selector)].filter(isVisible);
  } catch {
    return [];
  }
}

export function domEnv(pathname: string): TourEnv {
  return {
    pathname,
    exists: (selector) => visibleMatches(selector).length > 0,
    value: (selector) => {
      const element = visibleMatches(selector)[0];
      return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : undefined;
    },
    attr: (selector, name) => visibleMatches(selector)[0]?.getAttribute(name) ?? undefined,
  };
}

/** The control to highlight: the first selector with a visible match. */
export function findTarget(selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const element = visibleMatches(selector)[0];
    if (element instanceof HTMLElement) return element;
  }
  return null;
}
