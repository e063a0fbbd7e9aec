import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const LAST_YEAR = [
  '某街道2025年工作总结',
  '2025年，街道党工委坚持稳中求进工作总基调，各项工作取得新成效。',
  '一、经济发展',
  '全年完成固定资产投资3.2亿元，同比增长8.5%，新增市场主体120家。',
  '二、规划实施',
  '认真实施《某区“十四五”规划（2021—2025年）》，今年以来开展专项行动5次。',
  '某街道党工委',
  '2025年12月20日',
].join('\n');

const editorText = (page: Page) => page.locator('.editor-content').innerText();
const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString());

describe('以去年报告为底稿新建', () => {
  it('makes this year’s draft from last year’s file: checklist, accept all as one undo step, F8 over figures, export blocked until they are done', async () => {
    app = await openApp();
    const { page } = app;
    const file = path.join(app.dataDir, '某街道2025年工作总结.txt');
    fs.writeFileSync(file, LAST_YEAR);

    await page.getByRole('button', { name: '以去年报告为底稿…' }).click();
    const dialog = page.getByRole('dialog', { name: '以去年报告为底稿新建' });
    await dialog.getByLabel('去年的报告文件').setInputFiles(file);
    await dialog.getByLabel('新报告年份').fill('2026');
    await dialog.getByRole('button', { name: '新建' }).click();
    await page.waitForSelector('.editor-content [data-role="title"]');

    // Nothing has changed yet; the checklist says what will.
    const checklist = page.getByRole('region', { name: '年份与时效清单' });
    await expect.poll(() => checklist.getByTestId('checklist-summary').innerText()).toMatch(/2025年 → 2026年。待处理 4 处/);
    expect(await page.locator('.editor-content [data-role="title"]').innerText()).toBe('某街道2025年工作总结');
    expect(fs.readFileSync(file, 'utf8')).toBe(LAST_YEAR);
    const kinds = await checklist.locator('.checklist-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['own-year', 'relative']);

    await checklist.getByRole('button', { name: '全部接受' }).click();
    await expect.poll(() => page.locator('.editor-content [data-role="title"]').innerText()).toBe('某街道2026年工作总结');
    let text = await editorText(page);
    expect(text).toContain('2026年，街道党工委');
    expect(text).toContain('2026年12月20日');
    expect(text).toContain('《某区“十四五”规划（2021—2025年）》');
    await expect.poll(() => page.getByLabel('文档标题').getAttribute('placeholder')).toBe('某街道2026年工作总结');

    // One undo step takes all of it back, and the checklist follows the text.
    await page.click('.editor-content');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-content [data-role="title"]').innerText()).toBe('某街道2025年工作总结');
    text = await editorText(page);
    expect(text).toContain('2025年12月20日');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.editor-content [data-role="title"]').innerText()).toBe('某街道2026年工作总结');
    await expect.poll(() => checklist.getByTestId('checklist-summary').innerText()).toMatch(/待处理 1 处/);
    await checklist.getByRole('button', { name: '已核对', exact: true }).click();
    await expect.poll(() => checklist.getByTestId('checklist-summary').innerText()).toMatch(/待处理 0 处/);

    // F8 walks last year's figures.
    await page.locator('.editor-content [data-role="title"]').click();
    const walked: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('F8');
      walked.push((await selected(page)) ?? '');
    }
    expect(walked).toEqual(['3.2亿元', '8.5%', '120家', '5次']);

    // The export stops at them.
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByRole('dialog', { name: '导出' });
    const gate = exportDialog.getByRole('region', { name: '导出前检查' });
    await expect.poll(() => gate.innerText()).toContain('文档中还有 4 处错误');
    await exportDialog.getByRole('button', { name: '取消' }).click();

    // A figure rewritten is done; the others are confirmed as they stand.
    await page.locator('.editor-content [data-role="title"]').click();
    await page.keyboard.press('F8');
    await page.keyboard.insertText('3.6亿元');
    await page.getByRole('tab', { name: '检查结果' }).click();
    const confirm = page.locator('.problems-panel').getByRole('button', { name: '确认沿用', exact: true });
    await expect.poll(() => confirm.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await confirm.first().click();
      await expect.poll(() => confirm.count()).toBe(2 - i);
    }
    await page.keyboard.press('Control+e');
    await expect.poll(() => exportDialog.isVisible()).toBe(true);
    expect(await gate.count()).toBe(0);
    await exportDialog.getByRole('button', { name: '取消' }).click();

    // 对照去年: the draft beside the report it was made from.
    await page.getByRole('tab', { name: '年份清单' }).click();
    await checklist.getByRole('button', { name: '对照去年…' }).click();
    const compare = page.getByRole('dialog', { name: '对照去年' });
    await expect.poll(() => compare.getByTestId('compare-reuse').count()).toBe(1);
    const reuse = Number(/沿用率 ([0-9.]+)%/.exec(await compare.getByTestId('compare-reuse').innerText())![1]);
    expect(reuse).toBeGreaterThan(80);
    expect(reuse).toBeLessThan(100);
    const sections = await compare.locator('.compare-section').evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label'), e.getAttribute('data-status')]));
    expect(sections).toEqual([
      ['（前言）', 'modified'],
      ['一、经济发展', 'modified'],
      ['二、规划实施', 'modified'],
    ]);
    // Whole numbers change, not single digits.
    expect(await compare.locator('ins.diff-insert').allInnerTexts()).toEqual(['2026', '2026', '3.6', '2026']);
    expect(await compare.locator('del.diff-delete').allInnerTexts()).toEqual(['2025', '2025', '3.2', '2025']);
    await compare.getByRole('button', { name: '下一处' }).click();
    expect(await compare.locator('.compare-paragraph.current').count()).toBe(1);
    await page.screenshot({ path: '/tmp/rollover-compare.png' });
    await compare.getByRole('button', { name: '关闭' }).click();
    await page.screenshot({ path: '/tmp/rollover-e2e.png' });
    expect(app.problems).toEqual([]);
  });
});

describe('provenance of library paragraphs', () => {
  it('a paragraph inserted from the library remembers its source and year; from an earlier year its figures are 待更新', async () => {
    app = await openApp();
    const { page } = app;
    const file = path.join(app.dataDir, '某街道2024年工作总结.txt');
    fs.writeFileSync(file, ['某街道2024年工作总结', '一、民生保障', '全年新增就业岗位1200个，发放救助资金350万元，惠及困难群众860户。'].join('\n'));
    await app.services.library.importPaths([file]);

    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('某街道2026年工作总结');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: '搜索素材库' });
    await palette.getByRole('searchbox', { name: '搜索素材' }).fill('就业岗位');
    await expect.poll(() => palette.getByRole('option').count()).toBe(1);
    await palette.getByRole('searchbox', { name: '搜索素材' }).press('Enter');
    const inserted = page.locator('.editor-content [data-origin="library"]');
    await expect.poll(() => inserted.count()).toBe(1);
    expect(await inserted.getAttribute('title')).toBe('来自素材库：某街道2024年工作总结.txt（2024年）');

    await page.locator('.editor-content [data-role="title"]').click();
    const walked: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('F8');
      walked.push((await selected(page)) ?? '');
    }
    expect(walked).toEqual(['1200个', '350万元', '860户']);

    // The origin is stored with the draft.
    await page.waitForTimeout(1500);
    await app.reload();
    await page.locator('.draft-open').first().click();
    await expect.poll(() => page.locator('.editor-content [data-origin="library"]').getAttribute('title')).toBe('来自素材库：某街道2024年工作总结.txt（2024年）');
    expect(app.problems).toEqual([]);
  });
});

describe('提法表', () => {
  it('an office adds its own dated wording in the app, and the open draft is checked by it at once', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('某区2026年工作要点');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('深入推进“三无社区”创建活动。');
    await page.getByLabel('文档年份').selectOption('2026');
    await page.waitForTimeout(400);
    expect(await page.locator('.problems-panel').innerText()).not.toContain('三无社区');

    await app.emit({ type: 'menu', command: 'tifa-table' });
    const dialog = page.getByRole('dialog', { name: '提法表' });
    await expect.poll(() => dialog.getByRole('list', { name: '内置提法' }).locator('li').count()).toBeGreaterThan(100);
    await dialog.getByRole('searchbox', { name: '搜索内置提法' }).fill('双战双赢');
    await expect.poll(() => dialog.getByRole('list', { name: '内置提法' }).innerText()).toMatch(/双战双赢[\s\S]*依据/);

    await dialog.getByRole('button', { name: '添加一条' }).click();
    const row = dialog.getByRole('table', { name: '本单位提法' }).locator('tbody tr').first();
    await row.getByLabel('提法', { exact: true }).fill('三无社区');
    await row.getByLabel('起始年份').fill('2019');
    await row.getByLabel('截止年份').fill('2024');
    await row.getByLabel('替代提法或处理建议').fill('“平安社区”创建');
    await row.getByLabel('依据文件').fill('关于开展“平安社区”创建活动的通知');
    await row.getByLabel('发布机关').fill('某区委政法委');
    // A wrong date is refused in Chinese, naming the entry and the field.
    await row.getByLabel('依据日期').fill('2025/1/3');
    await dialog.getByRole('button', { name: '保存本单位提法' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/第 1 条.*YYYY-MM-DD/);
    await row.getByLabel('依据日期').fill('2025-01-03');
    await dialog.getByRole('button', { name: '保存本单位提法' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => page.locator('.problems-panel').innerText()).toContain('平安社区');
    expect(fs.existsSync(path.join(app.dataDir, 'tifa.json'))).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
