import type { Page } from 'playwright-core';
import buildRenderer from '../e2e/global-setup';
import { openApp } from '../e2e/harness';
import { reportOfLength } from './fixtures';
import { summarize, type BenchRow } from './stats';

/**
 * Keystroke latency in Chromium on the real renderer bundle. Two figures per keystroke:
 *  - update: keydown → Lexical's DOM update done and layout recomputed (the work that must fit a frame);
 *  - paint:  keydown → the first task after the next animation frame (≈ the frame that shows the key).
 * "paint" includes waiting for the next vsync, so it is only meaningful against the empty-draft baseline.
 */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: { update: number[]; paint: number[] } };
    w.__lat = { update: [], paint: [] };
    const editor = document.querySelector('.editor-content')!;
    let t0 = 0;
    let pending = false;
    document.addEventListener(
      'keydown',
      (e) => {
        t0 = e.timeStamp;
        pending = true;
        requestAnimationFrame(() => setTimeout(() => w.__lat.paint.push(performance.now() - t0), 0));
      },
      true,
    );
    new MutationObserver(() => {
      if (!pending) return;
      pending = false;
      void (document.body as HTMLElement).offsetHeight; // force style + layout
      w.__lat.update.push(performance.now() - t0);
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  });
}

async function measure(page: Page, keys: number): Promise<{ update: number[]; paint: number[] }> {
  await installProbe(page);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press('a');
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __lat: { update: number[]; paint: number[] } }).__lat);
}

export async function benchKeystroke(keys = 120): Promise<BenchRow[]> {
  buildRenderer();
  const app = await openApp();
  try {
    const big = reportOfLength(50_000);
    const bigDraft = app.services.drafts.create({ title: '五万字', plainText: big.join('\n') });
    const emptyDraft = app.services.drafts.create({ title: '空白' });
    const open = async (id: string) => {
      await app.reload();
      await app.page.locator(`[data-draft-id="${id}"] .draft-open`).click();
      await app.page.waitForSelector('.editor-content p');
    };

    await open(emptyDraft.id);
    await app.page.click('.editor-content');
    const empty = await measure(app.page, keys);

    await open(bigDraft.id);
    await app.page.click('.editor-content');
    await app.page.keyboard.press('Control+End');
    const atEnd = await measure(app.page, keys);

    await open(bigDraft.id);
    const middle = app.page.locator('.editor-content p').nth(Math.floor(big.length / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    const inMiddle = await measure(app.page, keys);

    const row = (name: string, figure: number[], baseline: number[]): BenchRow => ({
      name,
      figure: summarize(figure),
      baselineName: 'same keystrokes in an empty draft',
      baseline: summarize(baseline),
    });
    return [
      row('keystroke → DOM updated + layout, end of a 50,000-character draft', atEnd.update, empty.update),
      row('keystroke → DOM updated + layout, middle of a 50,000-character draft', inMiddle.update, empty.update),
      row('keystroke → next paint, end of a 50,000-character draft', atEnd.paint, empty.paint),
      row('keystroke → next paint, middle of a 50,000-character draft', inMiddle.paint, empty.paint),
    ];
  } finally {
    await app.close();
  }
}
