import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { checkDocument } from '../shared/checks/engine';
import { paragraphsFromJson } from '../shared/lexical/document-json';
import { openApp, type AppSession, newDraftWith } from './harness';
import { underlined } from './highlights';

const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const paragraphTexts = (page: Page) => page.locator('.editor-content p').allInnerTexts();

async function openSample(a: AppSession, file: string): Promise<void> {
  await a.page.getByTestId('open-file-input').setInputFiles(path.join(samples, file));
  await a.page.waitForSelector('.editor-content [data-role="heading1"]');
  await a.page.waitForSelector('.problems-panel .problem');
}

describe('live outline and checks in the editor', () => {
  it('underlines a skipped heading number within 300 ms, and 重新编号 fixes it as one undo step', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['一、总体情况', '今年以来，各项工作稳步推进。', '三']);
    await page.waitForTimeout(200);
    expect(await underlined(page, 'error')).toEqual([]);

    // Time from the keystroke that completes "三、" to the first frame showing its underline.
    await page.evaluate(() => {
      const w = window as unknown as { __underlineMs?: number };
      let start = 0;
      const mark = () => (start ||= performance.now());
      for (const type of ['keydown', 'beforeinput', 'input']) window.addEventListener(type, mark, { capture: true, once: true });
      const poll = () => {
        const h = CSS.highlights.get('gw-check-error') as unknown as Set<Range> | undefined;
        if (start && h && [...h].some((r) => r.toString() === '三、')) w.__underlineMs = performance.now() - start;
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.keyboard.insertText('、');
    const ms = (await (
      await page.waitForFunction(() => (window as unknown as { __underlineMs?: number }).__underlineMs, undefined, { timeout: 10_000 })
    ).jsonValue()) as number;
    console.log(`numbering underline after ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(300);
    await expect.poll(() => page.locator('.problem-group[data-category="numbering"] .problem').count()).toBe(1);
    expect(await page.locator('.problem-group[data-category="numbering"] .problem-message').innerText()).toContain('二、');
    await page.keyboard.insertText('下步打算');
    await expect.poll(() => page.locator('.outline-jump').allInnerTexts()).toEqual(['一、总体情况', '三、下步打算']);

    await page.locator('.outline-panel').getByRole('button', { name: /重新编号/ }).click();
    await expect.poll(() => paragraphTexts(page)).toEqual(['一、总体情况', '今年以来，各项工作稳步推进。', '二、下步打算']);
    await expect.poll(() => underlined(page, 'error')).toEqual([]);
    await expect.poll(() => page.locator('.problem-group[data-category="numbering"]').count()).toBe(0);

    await page.click('.editor-content');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await paragraphTexts(page))[2]).toBe('三、下步打算');
    expect(app.problems).toEqual([]);
  });

  it('F8 walks every placeholder of sample 000 in order and typing replaces the selected one', async () => {
    app = await openApp();
    const { page } = app;
    await openSample(app, '000_d58627854540f769.txt');
    const draft = app.services.drafts.list()[0]!;
    await expect.poll(async () => app.services.drafts.get(draft.id).lexicalJson.length).toBeGreaterThan(0);
    const paragraphs = paragraphsFromJson(app.services.drafts.get(draft.id).lexicalJson);
    const expected = checkDocument(paragraphs).findings.filter((f) => f.category === 'placeholder');
    expect(expected.length).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toBe(`待填 ${expected.length} 处`);

    await page.click('.editor-content');
    await page.keyboard.press('Control+Home');
    const walked: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('F8');
      walked.push(await page.evaluate(() => window.getSelection()?.toString() ?? ''));
    }
    const want = expected.map((f, i) => `${i}:${f.text}`);
    const got = walked.map((t, i) => `${i}:${t}`);
    expect(got.filter((g, i) => g !== want[i]), `walked ${got.join(' ')}`).toEqual([]);
    // Once more wraps to the first; Shift+F8 goes back to the last.
    await page.keyboard.press('F8');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(expected[0]!.text);
    await page.keyboard.press('Shift+F8');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(expected[expected.length - 1]!.text);

    await page.keyboard.press('F8');
    await page.keyboard.insertText('五');
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toBe(`待填 ${expected.length - 1} 处`);
    const first = expected[0]!;
    const texts = await paragraphTexts(page);
    const before = paragraphs[first.paragraph]!.text;
    expect(texts[first.paragraph]).toBe(before.slice(0, first.start) + '五' + before.slice(first.end));
    expect(app.problems).toEqual([]);
  });

  it('applies a typo fix from the problems panel: the text changes and the finding clears', async () => {
    app = await openApp();
    const { page } = app;
    await openSample(app, '000_d58627854540f769.txt');
    const item = page.locator('.problem-group[data-category="typo"] .problem').filter({ has: page.locator('strong', { hasText: /^过度$/ }) });
    await expect.poll(() => item.count()).toBe(1);
    const before = (await paragraphTexts(page)).join('\n');
    const occurrences = (s: string, w: string) => s.split(w).length - 1;
    await item.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => item.count()).toBe(0);
    const after = (await paragraphTexts(page)).join('\n');
    expect(occurrences(after, '过渡')).toBe(occurrences(before, '过渡') + 1);
    expect(occurrences(after, '过度')).toBe(occurrences(before, '过度') - 1);
    expect(await underlined(page, 'warning')).not.toContain('过度');
    expect(app.problems).toEqual([]);
  });

  it('shows a hover card over an underline; 忽略 hides the finding and is remembered for the draft', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['截止目前，全区已完成改造任务。']);
    await expect.poll(() => underlined(page, 'warning')).toEqual(['截止']);
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('gw-check-warning') as unknown as Set<Range>;
      const r = [...h][0]!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = page.getByRole('dialog', { name: '问题详情' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain('截至');
    await card.getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => underlined(page, 'warning')).toEqual([]);
    const draft = app.services.drafts.list()[0]!;
    expect(app.services.dismissals.list(draft.id)).toHaveLength(1);

    await page.waitForTimeout(1500); // autosave
    await app.reload();
    await page.locator('.draft-open').first().click();
    await page.waitForSelector('.problems-panel');
    await page.waitForTimeout(300);
    expect(await underlined(page, 'warning')).toEqual([]);
    await page.getByRole('button', { name: /恢复已忽略/ }).click();
    await expect.poll(() => underlined(page, 'warning')).toEqual(['截止']);
  });

  it('keeps the outline current, highlights the section at the caret, and moves a section by dragging', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['一、学习传达', '第一部分正文。', '二、贯彻落实', '第二部分正文。', '（一）健全机制', '第三段。']);
    await expect.poll(() => page.locator('.outline-jump').allInnerTexts()).toEqual(['一、学习传达', '二、贯彻落实', '（一）健全机制']);
    await expect.poll(() => page.locator('.outline-item.current .outline-jump').innerText()).toBe('（一）健全机制');
    await page.locator('.outline-jump', { hasText: '学习传达' }).click();
    await expect.poll(() => page.locator('.outline-item.current .outline-jump').innerText()).toBe('一、学习传达');

    // Drag 二、 (with its （一）) above 一、: moved whole, then renumbered.
    await page.locator('.outline-item', { hasText: '贯彻落实' }).dragTo(page.locator('.outline-item', { hasText: '学习传达' }));
    await expect
      .poll(() => paragraphTexts(page))
      .toEqual(['一、贯彻落实', '第二部分正文。', '（一）健全机制', '第三段。', '二、学习传达', '第一部分正文。']);
    await expect.poll(() => page.locator('.outline-jump').allInnerTexts()).toEqual(['一、贯彻落实', '（一）健全机制', '二、学习传达']);
    // One undo step restores the order and the numbers.
    await page.click('.editor-content');
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphTexts(page)).toEqual(['一、学习传达', '第一部分正文。', '二、贯彻落实', '第二部分正文。', '（一）健全机制', '第三段。']);
    expect(app.problems).toEqual([]);
  });
});
