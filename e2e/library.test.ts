import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { underlined } from './highlights';

const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
const sampleFiles = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join(samples, f));
// A prior-year report of the kind writers keep: its 营商环境 paragraph says 今年是“十四五”开局之年.
const priorYearReport = fileURLToPath(new URL('../fixtures/library/2021年优化营商环境工作总结.txt', import.meta.url));
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

async function newDraftFor2026(page: Page): Promise<void> {
  await page.getByRole('button', { name: '新建空白文档' }).click();
  await page.click('.editor-content');
  await page.keyboard.insertText('关于2026年优化营商环境工作情况的报告');
  await page.keyboard.press('Enter');
  await page.getByLabel('文档年份').selectOption('2026');
}

describe('snippet library from the start screen', () => {
  it('is managed without opening a draft: import, search, favourite, back up; nothing to insert into, no draft made', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '素材库…' }).click();
    const panel = page.getByRole('dialog', { name: '素材库' }).getByRole('region', { name: '素材库' });
    app.libraryImportPaths = [priorYearReport];
    await panel.getByRole('button', { name: '导入文件…' }).click();
    await expect.poll(() => panel.getByRole('status', { name: '导入结果' }).count(), { timeout: 30_000 }).toBe(1);
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('营商环境');
    await expect.poll(() => panel.locator('.snippet').count()).toBeGreaterThan(0);
    const id = await panel.locator('.snippet').first().getAttribute('data-snippet-id');
    const first = panel.locator(`.snippet[data-snippet-id="${id}"]`);
    expect(await first.getByRole('button', { name: '插入' }).count()).toBe(0);
    expect(await first.getAttribute('draggable')).toBe('false');
    await first.getByRole('button', { name: '☆ 收藏' }).click();
    await expect.poll(() => first.getByRole('button', { name: '★ 已收藏' }).count()).toBe(1);
    await panel.locator('.library-manage summary').click();
    await panel.getByRole('button', { name: '备份素材库…' }).click();
    await expect.poll(() => fs.existsSync(app.libraryBackupTarget!)).toBe(true);
    expect(app.libraryDialogRequests).toEqual(['import:files', expect.stringMatching(/^backup:/)]);
    await page.getByRole('dialog', { name: '素材库' }).getByRole('button', { name: '关闭素材库' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: '素材库' }).count()).toBe(0);
    expect(app.services.drafts.list()).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});

describe('snippet library in the editor', () => {
  it('imports the samples and a prior-year report with a progress bar, finds 营商环境, and a stale paragraph inserted into a 2026 draft is underlined', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftFor2026(page);
    await page.getByRole('tab', { name: '素材库' }).click();
    const panel = page.getByRole('region', { name: '素材库' });

    // The progress bar may come and go within a second: watch for it from the start.
    await page.evaluate(() => {
      const w = window as unknown as { __sawProgress: boolean };
      w.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"][aria-label="导入进度"]')) w.__sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const corrupt = path.join(app.dataDir, '损坏的报告.docx');
    fs.writeFileSync(corrupt, Buffer.from('PK\u0003\u0004 not really a zip archive', 'latin1'));
    app.libraryImportPaths = [...sampleFiles, priorYearReport, corrupt];
    await panel.getByRole('button', { name: '导入文件…' }).click();
    const report = panel.getByRole('status', { name: '导入结果' });
    await expect.poll(() => report.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(true);
    const reportText = await report.innerText();
    expect(reportText).toMatch(/6\/7 个文件，新增 \d+ 条/);
    expect(reportText).toContain('损坏的报告.docx：');
    // Per file: what went in, behind 已导入的文件.
    await report.getByText('已导入的文件').click();
    expect(await report.locator('.library-imported li').allInnerTexts()).toHaveLength(6);
    expect(await report.locator('.library-imported li').first().innerText()).toMatch(/^.+\.txt：新增 \d+ 条，重复 \d+ 条$/);
    await page.screenshot({ path: '/tmp/wt-e-library-report.png' });
    expect(app.libraryDialogRequests).toEqual(['import:files']);

    // Ads and watermarks of the samples never enter the library.
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('会员');
    await expect.poll(() => panel.locator('.snippet').count()).toBe(0);

    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('营商环境');
    await expect.poll(() => panel.locator('.snippet').count()).toBeGreaterThan(1);
    expect(await panel.locator('.snippet mark').first().innerText()).toBe('营商环境');
    expect(await panel.locator('.snippet-path').count()).toBeGreaterThan(0);

    // A result written in an earlier year, flagged stale for 2026, goes into the draft and is underlined.
    const stale = panel.locator('.snippet', { has: page.locator('.snippet-stale') }).first();
    await expect.poll(() => stale.count()).toBe(1);
    const text = await stale.getAttribute('data-snippet-id').then((id) => app.services.library.get(Number(id)).text);
    await page.click('.editor-content p >> nth=1');
    await stale.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => page.locator('.editor-content p').allInnerTexts()).toContain(text);
    await expect
      .poll(async () => [...(await underlined(page, 'warning')), ...(await underlined(page, 'info'))].join(' '))
      .toContain('十四五');
    await expect.poll(() => page.locator('.problem-group[data-category="stale"]').count()).toBe(0); // panel is on 素材库
    await page.getByRole('tab', { name: '检查结果' }).click();
    await expect.poll(() => page.locator('.problem-group[data-category="stale"] .problem').count()).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('searches 1–2 character terms by the bounded LIKE path and says so; Ctrl+K inserts from the keyboard', async () => {
    app = await openApp();
    const { page } = app;
    await app.services.library.importPaths(sampleFiles);
    await newDraftFor2026(page);
    await page.getByRole('tab', { name: '素材库' }).click();
    const panel = page.getByRole('region', { name: '素材库' });
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('党建');
    await expect.poll(() => panel.getByTestId('library-mode').count()).toBe(1);
    await expect.poll(() => panel.locator('.snippet').count()).toBeGreaterThan(0);
    for (const mark of await panel.locator('.snippet mark').allTextContents()) expect(mark).toBe('党建');
    // Every match is listed (fewer than a page): the note must not say the list was cut.
    expect(await panel.locator('.snippet').count()).toBeLessThan(50);
    expect(await panel.getByTestId('library-mode').innerText()).toBe('一两个字的词按逐条匹配查找；输入三个字以上可全文检索。');

    await page.click('.editor-content');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: '搜索素材库' });
    await palette.getByRole('searchbox', { name: '搜索素材' }).fill('安全生产');
    await expect.poll(() => palette.getByRole('option').count()).toBeGreaterThan(0);
    await palette.getByRole('searchbox', { name: '搜索素材' }).press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => page.locator('.editor-content').innerText()).toContain('安全生产');
    expect(app.problems).toEqual([]);
  });

  it('saves the selected paragraph into the library with Ctrl+Shift+L (存入素材库), with the heading above it', async () => {
    app = await openApp();
    const { page } = app;
    await newDraftFor2026(page);
    await page.keyboard.insertText('一、优化营商环境');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('全面推行“一网通办”，企业开办时间压缩至1个工作日。');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    // Lexical takes the selection from the DOM's selectionchange, a task later.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toContain('一网通办');
    await page.waitForTimeout(50);
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^已存入素材库/);
    const saved = app.services.library.search({ query: '一网通办' }).results;
    expect(saved.map((h) => h.text)).toEqual(['全面推行“一网通办”，企业开办时间压缩至1个工作日。']);
    expect(app.services.library.get(saved[0]!.id).headingPath).toEqual(['一、优化营商环境']);
    expect(app.problems).toEqual([]);
  });
});
