import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession, newDraftWith } from './harness';

// What a writer coming from Word or WPS presses without thinking: Tab, Ctrl+B/I/U, Ctrl+P, Ctrl+= / Ctrl+0.
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const paragraphs = (page: Page) =>
  page.locator('.editor-content p').evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-role'), (p as HTMLElement).innerText]));

describe('Word and WPS habits', () => {
  it('Tab never leaves the editor: in a heading it demotes (Shift+Tab promotes) and renumbers, in body text it does nothing', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['一、总体情况', '今年以来，街道扎实推进各项工作。', '二、主要做法', '坚持党建引领。']);
    await expect.poll(() => paragraphs(page)).toEqual([
      ['heading1', '一、总体情况'],
      ['body', '今年以来，街道扎实推进各项工作。'],
      ['heading1', '二、主要做法'],
      ['body', '坚持党建引领。'],
    ]);
    // Body text: nothing inserted, focus stays in the editor.
    const editorFocused = () => page.evaluate(() => document.activeElement?.classList.contains('editor-content'));
    await page.keyboard.press('Tab');
    expect(await editorFocused()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await editorFocused()).toBe(true);
    expect((await paragraphs(page))[3]).toEqual(['body', '坚持党建引领。']);
    // In the second 一级标题: Tab makes it 二级 under the first, numbered （一）.
    await page.locator('.editor-content p').nth(2).click();
    await page.keyboard.press('Tab');
    await expect.poll(() => paragraphs(page).then((p) => p[2])).toEqual(['heading2', '（一）主要做法']);
    expect(await editorFocused()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => paragraphs(page).then((p) => p[2])).toEqual(['heading1', '二、主要做法']);
    // One undo step per Tab.
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(page).then((p) => p[2])).toEqual(['heading2', '（一）主要做法']);
    expect(app.problems).toEqual([]);
  });

  it('Ctrl+B / Ctrl+I / Ctrl+U leave 公文 text unchanged and say why', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['坚持党建引领，压实主体责任。']);
    const html = await page.locator('.editor-content').innerHTML();
    await page.keyboard.press('Shift+Home');
    for (const key of ['Control+b', 'Control+i', 'Control+u']) {
      await page.keyboard.press(key);
      await expect
        .poll(() => page.locator('.toast').allInnerTexts(), { timeout: 3000 })
        .toEqual([expect.stringContaining('不使用加粗、倾斜和下划线')]);
    }
    expect(await page.locator('.editor-content').innerHTML()).toBe(html);
    expect(await page.locator('.editor-content :is(strong, b, em, i, u)').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('打印: Ctrl+P and the menu print the window (its print layout), never from the start screen', async () => {
    app = await openApp();
    const { page } = app;
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.locator('.toast').allInnerTexts()).toEqual([expect.stringContaining('请先打开')]);
    expect(app.printRequests).toBe(0);
    await newDraftWith(page, ['坚持党建引领，压实主体责任。']);
    await page.keyboard.press('Control+p');
    await expect.poll(() => app.printRequests).toBe(1);
    await app.emit({ type: 'menu', command: 'print' });
    await expect.poll(() => app.printRequests).toBe(2);
    // What is printed is the page view's print layout: the text alone, no app chrome.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.doc-header', '.toolbar', '.status-bar', '.side-panel']) {
      expect(await page.locator(chrome).first().evaluate((el) => getComputedStyle(el).display)).toBe('none');
    }
    // 3号 (16 pt) body text, as in the PDF export.
    expect(parseFloat(await page.locator('.editor-content').evaluate((el) => getComputedStyle(el).fontSize))).toBeCloseTo((16 * 96) / 72, 2);
    await page.emulateMedia({ media: 'screen' });
    expect(app.problems).toEqual([]);
  });

  it('zooms the page 50–200 % with Ctrl+= / Ctrl+- / Ctrl+0 and the status bar, keeps 28 characters a line, remembers it', async () => {
    app = await openApp();
    const { page } = app;
    const long = '街道党工委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，'.repeat(4);
    await newDraftWith(page, ['一、总体情况', long]);
    const body = page.locator('.editor-content p').nth(1);
    const zoomShown = () => page.getByLabel('页面缩放').inputValue();
    const pageWidth = () => page.locator('.page-view .page').evaluate((el) => el.getBoundingClientRect().width);
    expect(await zoomShown()).toBe('100');
    const at100 = await charactersPerLine(body);
    // The first line carries the 2-character indent; every full line after it holds 28 characters.
    expect(at100.slice(0, -1)).toEqual([26, ...Array(at100.length - 2).fill(28)]);

    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+=');
    await expect.poll(zoomShown).toBe('150');
    expect(await pageWidth()).toBeCloseTo(794 * 1.5, 0);
    expect(await charactersPerLine(body)).toEqual(at100);
    expect((await paragraphs(page))[0]).toEqual(['heading1', '一、总体情况']);

    await page.keyboard.press('Control+-');
    await expect.poll(zoomShown).toBe('125');
    await page.keyboard.press('Control+0'); // zoom reset, no longer 正文
    await expect.poll(zoomShown).toBe('100');
    expect(await pageWidth()).toBeCloseTo(794, 0);
    await page.keyboard.press('Control+Shift+='); // Ctrl++ on a US keyboard
    await expect.poll(zoomShown).toBe('110');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Control+-');
    await expect.poll(zoomShown).toBe('50');
    expect(await charactersPerLine(body)).toEqual(at100);
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(zoomShown).toBe('67');
    await page.getByLabel('页面缩放').selectOption('150');
    await expect.poll(zoomShown).toBe('150');

    // Remembered across restarts (stored by main, not by the page).
    await app.reload();
    await page.locator('.draft-open').first().click();
    await expect.poll(zoomShown).toBe('150');
    expect(await pageWidth()).toBeCloseTo(794 * 1.5, 0);
    expect(app.problems).toEqual([]);
  });

  it('Ctrl+5 makes a paragraph body text (Ctrl+0 is the zoom reset)', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftWith(page, ['一、总体情况']);
    await expect.poll(() => paragraphs(page)).toEqual([['heading1', '一、总体情况']]);
    await page.keyboard.press('Control+0');
    await page.keyboard.press('Control+5');
    await expect.poll(() => paragraphs(page)).toEqual([['body', '一、总体情况']]);
    expect(await page.getByLabel('段落角色').locator('option[value="body"]').innerText()).toContain('Ctrl+5');
  });
});

/** Characters on each rendered line of a paragraph, read from the layout (one Range per character). */
function charactersPerLine(paragraph: ReturnType<Page['locator']>): Promise<number[]> {
  return paragraph.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const tops: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (rect) tops.push(rect.top);
      }
    }
    const lines: number[] = [];
    let lineTop = Number.NEGATIVE_INFINITY;
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) * (el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth);
    for (const top of tops) {
      if (top - lineTop > lineHeight / 2) {
        lines.push(0);
        lineTop = top;
      }
      lines[lines.length - 1]!++;
    }
    return lines;
  });
}

