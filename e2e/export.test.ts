import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { checkDocument } from '../shared/checks/engine';
import { documentJson, paragraphsFromJson } from '../shared/lexical/document-json';
import { OFFICE_LAPTOP, openApp, type AppSession } from './harness';
import type { Page } from 'playwright-core';
import { pdfLines, pdfPages } from '../main/testing/render-pdf';

const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const dialog = (a: AppSession) => a.page.getByRole('dialog', { name: '导出' });

describe('export from the editor', () => {
  it('lists the unfilled placeholders in the export dialog, jumps to one, and exports only after confirmation', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(path.join(samples, '000_d58627854540f769.txt'));
    await page.waitForSelector('.problems-panel .problem');
    const draft = app.services.drafts.list()[0]!;
    const errors = checkDocument(paragraphsFromJson(app.services.drafts.get(draft.id).lexicalJson)).findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);

    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog(app).isVisible()).toBe(true);
    const gate = dialog(app).getByRole('region', { name: '导出前检查' });
    expect(await gate.innerText()).toContain(`文档中还有 ${errors.length} 处错误，其中 ${errors.length} 处占位符未填写`);
    expect(await gate.locator('li button').count()).toBe(Math.min(errors.length, 50));
    const exportButton = dialog(app).getByRole('button', { name: '仍然导出' });
    expect(await exportButton.isDisabled()).toBe(true);

    // A jump link closes the dialog and selects the placeholder in the text.
    await gate.locator('li button').nth(2).click();
    await expect.poll(() => dialog(app).count()).toBe(0);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(errors[2]!.text);

    await page.getByRole('button', { name: '导出…' }).click();
    await dialog(app).getByLabel('我已知晓这些错误，仍要导出').check();
    await exportButton.click();
    // The gate and the file's bytes come from a worker thread, started on first use.
    await expect.poll(() => dialog(app).count(), { timeout: 30_000 }).toBe(0);
    const target = app.exportTarget!;
    expect(fs.existsSync(target)).toBe(true);
    expect(await page.getByRole('alert').innerText()).toContain(target);
    const { value } = await mammoth.extractRawText({ path: target });
    expect(value).toContain('一、加强学习，统一思想，全面领会会议精神实质');
    expect(app.exportRequests).toHaveLength(1);
    expect(app.exportRequests[0]!.format).toBe('docx');
    expect(app.problems).toEqual([]);
  });

  it('exports a clean draft as plain text with no gate, and remembers the choices', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('关于2026年第一季度工作情况的报告');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('一季度各项工作进展顺利。');
    await page.waitForTimeout(200);
    app.exportTarget = path.join(app.dataDir, 'exports', '一季度.txt');

    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog(app).isVisible()).toBe(true);
    expect(await dialog(app).getByRole('region', { name: '导出前检查' }).count()).toBe(0);
    await dialog(app).getByLabel(/纯文本/).check();
    await dialog(app).getByRole('button', { name: '导出', exact: true }).click();
    await expect.poll(() => fs.existsSync(app.exportTarget!), { timeout: 30_000 }).toBe(true);
    const text = fs.readFileSync(app.exportTarget!, 'utf8').replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/).filter(Boolean)).toEqual(['关于2026年第一季度工作情况的报告', '一季度各项工作进展顺利。']);

    // The next export starts from the last choices.
    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog(app).getByLabel(/纯文本/).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(app).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('prints the page view to an A4 PDF with GB/T 9704 margins, 22 lines a page and — N — page numbers', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(path.join(samples, '002_60ffe4ad60b6dedb.txt'));
    await page.waitForSelector('.problems-panel .problem');
    app.exportTarget = path.join(app.dataDir, 'exports', '主体责任报告.pdf');
    await page.keyboard.press('Control+e');
    await dialog(app).getByLabel(/PDF/).check();
    // Fonts, 版头 and 版记 belong to the Word export.
    expect(await dialog(app).getByText('公文标准字体', { exact: false }).count()).toBe(0);
    await dialog(app).getByLabel('我已知晓这些错误，仍要导出').check();
    await dialog(app).getByRole('button', { name: '仍然导出' }).click();
    await expect.poll(() => fs.existsSync(app.exportTarget!), { timeout: 30_000 }).toBe(true);
    expect(app.exportRequests.at(-1)!.format).toBe('pdf');

    const pdf = app.exportTarget!;
    const { width, height, text } = pdfPages(pdf);
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4 in points
    expect(text.length).toBeGreaterThan(10);
    const mm = (pt: number) => (pt * 25.4) / 72;
    const lines = pdfLines(pdf);
    lines.forEach((pageLines, i) => {
      const number = pageLines.at(-1)!;
      expect(number.text).toBe(`—${i + 1}—`);
      // Odd pages: the number on the right; even pages: on the left.
      if ((i + 1) % 2 === 1) expect(number.xMin).toBeGreaterThan(width / 2);
      else expect(number.xMax).toBeLessThan(width / 2);
      const body = pageLines.slice(0, -1);
      // Top margin 37 mm: the first line box (28.95 pt) is centred 37 mm + 14.5 pt from the top. Glyph
      // boxes depend on font metrics, so compare line centres; page 1 starts with the larger title.
      if (i > 0) expect(Math.abs(mm((body[0]!.yMin + body[0]!.yMax) / 2) - (37 + mm(28.95 / 2)))).toBeLessThan(2);
      // Left margin 28 mm, right margin 26 mm.
      expect(Math.min(...body.map((l) => mm(l.xMin)))).toBeGreaterThan(27);
      expect(Math.max(...body.map((l) => mm(l.xMax)))).toBeLessThan(210 - 25);
      if (i > 0 && i < lines.length - 1) expect(body.length).toBeGreaterThanOrEqual(21);
      expect(body.length).toBeLessThanOrEqual(22);
      // 28 character cells a line: a half-width digit or letter takes half a cell.
      const cells = (t: string) => [...t].reduce((n, c) => n + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
      for (const l of body) expect(cells(l.text), l.text).toBeLessThanOrEqual(28);
    });
    expect(app.problems).toEqual([]);
  });
});

describe('PDF export of a template draft', () => {
  it('prints no 【】 writing prompts and leaves no blank lines or "：。" seams where they were', async () => {
    app = await openApp();
    const { page } = app;
    // The 常委会工作报告 template, with one more paragraph that is nothing but a prompt (section templates have them).
    const filled = app.services.templates.fill('standing-committee-annual-report', { 报告主体: '和平区委' });
    const paragraphs = [...filled.paragraphs];
    paragraphs.splice(3, 0, { role: 'body', text: '【简述全年工作的总体情况】' });
    app.services.drafts.create({
      lexicalJson: JSON.stringify(documentJson(paragraphs)),
      plainText: paragraphs.map((p) => p.text).join('\n'),
    });
    await app.reload();
    await page.locator('.draft-open').first().click();
    await page.waitForSelector('.editor-content [data-role="title"]');
    app.exportTarget = path.join(app.dataDir, 'exports', '常委会报告.pdf');
    await page.keyboard.press('Control+e');
    await dialog(app).getByLabel(/PDF/).check();
    await dialog(app).getByLabel('我已知晓这些错误，仍要导出').check();
    await dialog(app).getByRole('button', { name: '仍然导出' }).click();
    await expect.poll(() => fs.existsSync(app.exportTarget!), { timeout: 20_000 }).toBe(true); // printing waits for layout and fonts

    const pdf = app.exportTarget!;
    const text = pdfPages(pdf).text.join('\n');
    expect(text).not.toContain('【');
    expect(text).not.toContain('从理论学习、高质量发展');
    expect(text.replace(/\s/g, '')).toContain('主要是。对这些问题');
    expect(text.replace(/\s/g, '')).not.toMatch(/[：，]。/);
    // No blank line where a prompt was: on every page the lines follow each other at the line pitch (a blank
    // line would make a gap of two; glyph boxes of the heading fonts shift a few points),
    // except the gap the layout puts after the title block.
    const pitch = 28.95;
    for (const [i, lines] of pdfLines(pdf).entries()) {
      const body = lines.slice(0, -1).filter((l) => i > 0 || l.yMin > lines.find((t) => t.text.includes('报告'))!.yMax + pitch);
      for (let k = 1; k < body.length; k++) {
        expect(body[k]!.yMin - body[k - 1]!.yMin, `page ${i + 1}: ${body[k]!.text}`).toBeLessThan(pitch * 1.75);
      }
    }
    expect(app.problems).toEqual([]);
  });
});

/** The accessible text of the focused element: its label's text, or its own text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    return (label?.textContent ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the focused control's text starts with `name` (at most 80 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focusedName(page)).startsWith(name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${name}”`);
}

describe('export dialog at 1366×768', () => {
  it('with 版头 and 版记 fits the screen and completes with the keyboard alone; focus is trapped and returns', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    for (const [i, line] of ['关于XX街道2026年安全生产工作情况的报告', '全年开展安全检查XX次，整改隐患XX处。'].entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toMatch(/^待填 [1-9]/);
    app.exportTarget = path.join(app.dataDir, 'exports', '安全生产.docx');

    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog(app).isVisible()).toBe(true);
    // Focus moves into the dialog, onto its first control.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    expect(await focusedName(page)).toMatch(/^Word 文档/);
    // Shift+Tab from the first control stays in the dialog.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Word 文档/);

    await tabTo(page, '版头');
    await page.keyboard.press('Space');
    await tabTo(page, '发文机关标志');
    await page.keyboard.insertText('中共XX街道工作委员会文件');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('X街发〔2026〕3号');
    await tabTo(page, '版记');
    await page.keyboard.press('Space');
    await tabTo(page, '印发机关');
    await page.keyboard.insertText('中共XX街道工作委员会办公室');

    // The confirmation and the footer are on the screen, whatever the dialog holds.
    const exportButton = dialog(app).getByRole('button', { name: '仍然导出' });
    const enabledLook = () => exportButton.evaluate((b) => getComputedStyle(b).backgroundColor + getComputedStyle(b).opacity);
    const disabledLook = await enabledLook();
    for (const control of [exportButton, dialog(app).getByRole('button', { name: '取消' })]) {
      const box = (await control.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(OFFICE_LAPTOP.height);
      expect(box.x + box.width).toBeLessThanOrEqual(OFFICE_LAPTOP.width);
    }
    await tabTo(page, '我已知晓这些错误');
    const confirm = (await dialog(app).getByLabel('我已知晓这些错误，仍要导出').boundingBox())!;
    expect(confirm.y + confirm.height).toBeLessThanOrEqual(OFFICE_LAPTOP.height);
    await page.keyboard.press('Space');
    // Disabled until confirmed, and it looks it.
    expect(await enabledLook()).not.toBe(disabledLook);
    await tabTo(page, '仍然导出');
    await page.keyboard.press('Enter');
    await expect.poll(() => fs.existsSync(app.exportTarget!), { timeout: 20_000 }).toBe(true);
    const { value } = await mammoth.extractRawText({ path: app.exportTarget! });
    expect(value).toContain('中共XX街道工作委员会文件');
    expect(value).toContain('中共XX街道工作委员会办公室');

    // Esc closes, and the focus returns to the text.
    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog(app).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(app).count()).toBe(0);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.editor-content'))).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
