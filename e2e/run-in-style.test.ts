import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paragraphsFromJson } from '../shared/lexical/document-json';
import { openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const LINES = ['一、总体要求', '（一）压实责任。街道党工委要切实扛起主体责任。', '1．健全机制。建立月度调度制度。', '全年完成改造任务。'];

/** The computed face of the element that renders the first `char` of paragraph `index`. */
function faceAt(page: Page, index: number, char: string): Promise<{ family: string; weight: string }> {
  return page.evaluate(
    ([i, c]) => {
      const p = document.querySelectorAll('.editor-content p')[i as number]!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if ((t as Text).data.includes(c as string)) {
          const style = getComputedStyle(t.parentElement!);
          return { family: style.fontFamily, weight: style.fontWeight };
        }
      }
      throw new Error(`no ${c as string} in paragraph ${i as number}`);
    },
    [index, char] as const,
  );
}

describe('run-in headings in the editor', () => {
  it('style only the heading part: 楷体 for （一）…。 in page view, bold for 1．…。 in plain view', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    for (const [i, line] of LINES.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    await expect.poll(() => page.locator('.editor-content p').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-role')))).toEqual([
      'heading1',
      'heading2',
      'heading3',
      'body',
    ]);

    const body = await faceAt(page, 3, '全');
    const head2 = await faceAt(page, 1, '压');
    const rest2 = await faceAt(page, 1, '街');
    expect(head2.family).toContain('楷体');
    expect(rest2.family).toBe(body.family);

    await page.getByRole('button', { name: '普通视图' }).click();
    await expect.poll(async () => (await faceAt(page, 2, '健')).weight).toBe('700');
    expect((await faceAt(page, 2, '建')).weight).toBe((await faceAt(page, 3, '全')).weight);
    expect((await faceAt(page, 3, '全')).weight).toBe('400');
    await page.screenshot({ path: '/tmp/wt-a-run-in-plain.png' });

    // Typing inside the heading part and the body part keeps the split where the 。 is; undo goes back.
    await page.locator('.editor-content p').nth(1).click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.insertText('主体');
    await expect.poll(() => page.locator('.editor-content p').nth(1).innerText()).toBe('（一）压实主体责任。街道党工委要切实扛起主体责任。');
    expect((await faceAt(page, 1, '压')).weight).toBe('700');
    expect((await faceAt(page, 1, '街')).weight).toBe('400');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-content p').nth(1).innerText()).toBe(LINES[1]);

    // What is stored is the text, as before (saved now, as when the window closes).
    await app.emit({ type: 'flushRequest' });
    await expect.poll(() => app.flushCompletions).toBe(1);
    const stored = app.services.drafts.get(app.services.drafts.list()[0]!.id).lexicalJson;
    expect(paragraphsFromJson(stored).map((p) => p.text)).toEqual(LINES);
    expect(app.problems).toEqual([]);
  });
});
