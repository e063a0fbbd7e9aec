import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, type AppSession } from './harness';
import { textToDocxWithLibreOffice } from './libreoffice';

const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

function sampleAsDocx(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-docx-'));
  const copy = path.join(dir, file.replace(/_[0-9a-f]+\.txt$/, '.txt'));
  fs.copyFileSync(path.join(samples, file), copy);
  return textToDocxWithLibreOffice(copy);
}

const editorText = (a: AppSession) => a.page.locator('.editor-content').innerText();

describe('the 公文 document model in the editor', () => {
  it('opens a .docx made by LibreOffice and shows the roles in the page view', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(sampleAsDocx('001_32978eeceef8f739.txt'));
    await page.waitForSelector('.editor-content [data-role="heading1"]');
    expect(await page.locator('.page-scroller.page-view').count()).toBe(1);
    expect(await page.locator('.editor-content [data-role="title"]').allInnerTexts()).toEqual([
      '扛稳责任  固强补弱  砥砺奋进',
      '着力绘好XX高质量发展的时代工笔画',
    ]);
    expect(await page.locator('.editor-content [data-role="addressee"]').allInnerTexts()).toEqual(['同志们：']);
    const h1 = await page.locator('.editor-content [data-role="heading1"]').allInnerTexts();
    expect(h1.map((t) => t.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(await page.locator('.editor-content [data-role="heading2"]').count()).toBe(19);
    // Heading faces differ from body text in the page view.
    const fontOf = (role: string) =>
      page.locator(`.editor-content [data-role="${role}"]`).first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(await fontOf('heading1')).toContain('黑体');
    expect(await fontOf('title')).toContain('小标宋');
    expect(await page.locator('.editor-content [data-role="title"]').first().evaluate((el) => getComputedStyle(el).textAlign)).toBe('center');
    // The original file is untouched and the draft is in SQLite with its roles.
    expect(app.services.drafts.list()).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });

  it('turns a typed 一、 into a heading live, Ctrl+Z restores, Ctrl+2 and Ctrl+5 set roles', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('现将有关情况报告如下：');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(350); // a separate undo step from the next typing
    await page.keyboard.insertText('一、');
    const last = () => page.locator('.editor-content p').last();
    await expect.poll(() => last().getAttribute('data-role')).toBe('heading1');
    await page.keyboard.press('Control+z');
    await expect.poll(() => last().getAttribute('data-role')).toBe('body');
    expect((await last().innerText()).trim()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => last().getAttribute('data-role')).toBe('heading1');
    await page.keyboard.insertText('加强学习');
    await expect.poll(() => last().getAttribute('data-role')).toBe('heading1');
    await page.keyboard.press('Control+2');
    await expect.poll(() => page.locator('.editor-content p').last().getAttribute('data-role')).toBe('heading2');
    expect(await page.getByLabel('段落角色').inputValue()).toBe('heading2');
    await page.keyboard.press('Control+5');
    await expect.poll(() => page.locator('.editor-content p').last().getAttribute('data-role')).toBe('body');
    await page.getByLabel('段落角色').selectOption('heading3');
    await expect.poll(() => page.locator('.editor-content p').last().getAttribute('data-role')).toBe('heading3');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-content p').last().getAttribute('data-role')).toBe('body');
  });

  it('finds and replaces every occurrence of a word, with the count a plain-text count gives', async () => {
    app = await openApp();
    const { page } = app;
    const file = path.join(samples, '004_73c788b1174c3d55.txt');
    await page.getByTestId('open-file-input').setInputFiles(file);
    await page.waitForSelector('.editor-content [data-role="heading1"]');
    const text = await editorText(app);
    const expected = text.split('四中全会').length - 1;
    expect(expected).toBeGreaterThan(3);
    await page.click('.editor-content');
    await page.keyboard.press('Control+h');
    await page.getByLabel('查找内容').fill('四中全会');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe(`第 1 / ${expected} 处`);
    await page.getByLabel('替换为').fill('五中全会');
    await page.getByRole('button', { name: '全部替换' }).click();
    await expect.poll(() => page.locator('.find-message').textContent()).toBe(`已替换 ${expected} 处`);
    const after = await editorText(app);
    expect(after.split('四中全会').length - 1).toBe(0);
    expect(after.split('五中全会').length - 1).toBe(text.split('五中全会').length - 1 + expected);
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('无匹配');
    // One undo step restores every replacement.
    await page.click('.editor-content');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await editorText(app)).split('四中全会').length - 1).toBe(expected);
  });

  it('shows the cleanup on import and restores the removed text in one click', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(path.join(samples, '002_60ffe4ad60b6dedb.txt'));
    await page.waitForSelector('[data-testid="cleanup-banner"]');
    const banner = await page.getByTestId('cleanup-banner').textContent();
    const removed = Number(/已清除 (\d+) 处/.exec(banner ?? '')?.[1]);
    expect(removed).toBeGreaterThan(5);
    expect(await editorText(app)).not.toContain('QQ206157060');
    await page.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => editorText(app)).toContain('QQ206157060');
  });

  // 国办发〔1997〕11号: conditions listed as 1.…4. under a heading are text; a 第二章 line heads without a number.
  it('keeps imported list items as text and an unnumbered heading as a heading while the writer edits them', async () => {
    app = await openApp();
    const { page } = app;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-items-'));
    const file = path.join(dir, '清理整顿意见.txt');
    const lines = [
      '关于清理整顿社会团体的意见',
      '第二章　清理整顿的主要内容',
      '（二）符合下列要求的社会团体予以保留。',
      '1.遵守国家法律法规和有关政策规定，依照章程开展活动。',
      '2.有规范的名称。',
      '3.有50个以上的成员（基金会除外）。',
    ];
    fs.writeFileSync(file, lines.join('\n'));
    await page.getByTestId('open-file-input').setInputFiles(file);
    const paragraph = (i: number) => page.locator('.editor-content p').nth(i);
    await expect.poll(() => page.locator('.editor-content p').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-role')))).toEqual([
      'title',
      'heading1',
      'heading2',
      'body',
      'body',
      'body',
    ]);
    // Typing inside an item keeps it text; typing inside 第二章 keeps it a heading.
    await paragraph(4).click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.insertText('和标识');
    await expect.poll(() => paragraph(4).innerText()).toBe('2.有规范的名称和标识。');
    await paragraph(1).click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('和要求');
    await expect.poll(() => paragraph(1).innerText()).toBe('第二章　清理整顿的主要内容和要求');
    expect(await paragraph(4).getAttribute('data-role')).toBe('body');
    expect(await paragraph(1).getAttribute('data-role')).toBe('heading1');
    expect(app.problems).toEqual([]);
  });

  it('refuses a file that is not a Word document with a Chinese message and creates no draft', async () => {
    app = await openApp();
    const { page } = app;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-bad-'));
    const bad = path.join(dir, '假文件.docx');
    fs.writeFileSync(bad, Buffer.from('这不是一个 Word 文件'.repeat(100)));
    await page.getByTestId('open-file-input').setInputFiles(bad);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/假文件\.docx/);
    expect(app.services.drafts.list()).toEqual([]);
    await expect.poll(() => page.getByRole('button', { name: '新建空白文档' }).isEnabled()).toBe(true);
  });
});

describe('title and addressee typed into a blank draft', () => {
  it('takes a typed 关于……的报告 first line as the title and 市委： under it as the addressee, so the year is found; Ctrl+T sets 标题', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    const lines = ['关于2026年第一季度安全生产工作情况的报告', '市委：', '主要做法如下：', '扛稳主体责任 推动从严治党向纵深发展'];
    for (const [i, line] of lines.entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    const roles = () => page.locator('.editor-content [data-role]').evaluateAll((ps) => ps.map((p) => (p as HTMLElement).dataset['role']));
    await expect.poll(roles).toEqual(['title', 'addressee', 'body', 'body']);
    // The year comes from the title, so stale wording is checked against 2026.
    await expect.poll(() => page.getByLabel('文档年份').locator('option[value=""]').innerText()).toBe('自动（2026）');

    // A slogan title reads as no title: Ctrl+T makes it one.
    await page.keyboard.press('Control+t');
    await expect.poll(roles).toEqual(['title', 'addressee', 'body', 'title']);
    expect(app.problems).toEqual([]);
  });
});
