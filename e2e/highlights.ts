import type { Page } from 'playwright-core';

/** The texts the live checker currently underlines with a severity (CSS Custom Highlight API ranges). */
export function underlined(page: Page, severity: 'error' | 'warning' | 'info'): Promise<string[]> {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    return h ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : [];
  }, `gw-check-${severity}`);
}
