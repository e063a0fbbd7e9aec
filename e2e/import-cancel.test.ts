/**
 * Canceling a file being opened: the corner strip (正在读取“…”… with 取消) for an import that takes a
 * while, 取消 and Esc stopping it with no draft made, no error shown and the open draft untouched, and one
 * file at a time. The harness holds the import's parse (holdImports) until the test has seen and canceled
 * it: no guess at how long a big file takes to parse on a loaded machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../main/testing/temp-dir';
import { newDraftWith, OFFICE_LAPTOP, openApp, type AppSession } from './harness';

const samples = path.resolve(import.meta.dirname, '../fixtures/samples');
const temp = makeTempDir('gongwen-e2e-import-cancel-');
/** A sample report under a name the strip must show. */
const report = (name: string, sample = '004_73c788b1174c3d55.txt') => {
  const file = path.join(temp.dir, name);
  fs.copyFileSync(path.join(samples, sample), file);
  return file;
};

let app: AppSession;
afterEach(async () => {
  await app?.close();
});
afterAll(() => temp.cleanup());

/** For the app to get somewhere (main has the file; the strip is up, 400 ms after the start): nothing here times a step, and a loaded 2-core machine is slow. */
const WAIT = { timeout: 10_000 };
const indicator = (page: Page) => page.getByRole('status', { name: '正在打开文件' });
const editorText = (page: Page) => page.locator('.editor-content').innerText();

/** Drops a file on the window, as the user drags one from the file manager. */
async function drop(page: Page, file: string) {
  await page.evaluate(
    ([name, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(data!), (c) => c.charCodeAt(0))], name!, { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [path.basename(file), fs.readFileSync(file).toString('base64')],
  );
}

describe('canceling a file being opened', () => {
  it('shows the file being read with 取消; 取消 and Esc stop it: no draft, no error, the open draft as it was; a file then opens as before', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await newDraftWith(page, ['关于2026年安全生产工作情况的报告', '区委：', '现将有关情况报告如下。']);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 5000 }).toBe('已保存');
    const before = await editorText(page);
    const drafts = app.services.drafts.list().map((d) => d.id);
    expect(drafts).toHaveLength(1);

    const release = app.holdImports();
    await page.getByTestId('open-file-input').setInputFiles(report('2025年全年工作总结.txt'));
    await expect.poll(() => app.importsHeld, WAIT).toBe(1);
    await expect.poll(() => indicator(page).textContent(), WAIT).toContain('正在读取“2025年全年工作总结.txt”…');
    expect(await indicator(page).getByRole('progressbar', { name: '读取进度' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/wt-e-import-cancel.png' });
    await indicator(page).getByRole('button', { name: '取消' }).click();
    await expect.poll(() => indicator(page).count()).toBe(0);
    // The import stopped in main (not only hidden): nothing held, nothing left to cancel.
    expect(app.importsHeld).toBe(0);
    expect(app.services.imports.cancelAll()).toBe(false);
    // Canceled is what the writer asked for: no error toast (the error toast and the strip's removal render together).
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(app.services.drafts.list().map((d) => d.id)).toEqual(drafts);
    expect(await editorText(page)).toBe(before);

    // Esc, with the focus in the text, as after 文件 → 打开 from the menu.
    await page.click('.editor-content');
    await page.getByTestId('open-file-input').setInputFiles(report('2025年全年工作总结.txt'));
    await expect.poll(() => app.importsHeld, WAIT).toBe(1);
    await expect.poll(() => indicator(page).count(), WAIT).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.closest('.editor-content') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => indicator(page).count()).toBe(0);
    expect(app.importsHeld).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(app.services.drafts.list().map((d) => d.id)).toEqual(drafts);
    expect(await editorText(page)).toBe(before);

    // Not held any more: a file opens as before, and the draft list has it beside the first.
    release();
    await page.getByTestId('open-file-input').setInputFiles(report('四中全会精神情况报告.txt'));
    await page.locator('.editor-content [data-role="title"]', { hasText: '贯彻落实党的十九届四中全会精神情况报告' }).waitFor();
    expect(app.services.drafts.list()).toHaveLength(2);
    await page.getByRole('button', { name: '← 文档列表' }).click();
    await expect.poll(() => page.locator('.draft-item').count()).toBe(2);
    expect(await page.locator('.draft-title').allInnerTexts()).toContain('贯彻落实党的十九届四中全会精神情况报告');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('opens one file at a time: a file dropped or 打开文件… while one is read gets a message, the first then opens', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    const release = app.holdImports();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开文件…' }).click();
    await (await chooser).setFiles(report('第一份报告.txt'));
    await expect.poll(() => app.importsHeld, WAIT).toBe(1);
    await expect.poll(() => indicator(page).textContent(), WAIT).toContain('正在读取“第一份报告.txt”…');

    // 取消 would stop every import main runs (cancelAll): a second one is refused, not run unseen.
    const busy = '正在读取“第一份报告.txt”：请等它打开，或先取消。';
    await drop(page, report('第二份报告.txt', '000_d58627854540f769.txt'));
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(busy);
    expect(await indicator(page).textContent()).toContain('第一份报告.txt');
    await page.screenshot({ path: '/tmp/wt-e-import-busy.png' });
    // The toast goes after 4 s; then 打开文件… says the same, before any file picker opens.
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 8000 }).toBe(0);
    let choosers = 0;
    page.on('filechooser', () => choosers++);
    await page.getByRole('button', { name: '打开文件…' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(busy);
    expect(choosers).toBe(0);
    expect(app.importsHeld).toBe(1);

    release();
    await page.locator('.editor-content [data-role="title"]', { hasText: '贯彻落实党的十九届四中全会精神情况报告' }).waitFor();
    await expect.poll(() => indicator(page).count()).toBe(0);
    expect(app.services.drafts.list()).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});
