/**
 * Opening archive formats in the app: a text-layer PDF through the open button's file input, a .doc
 * dropped on the window, and a scanned PDF refused with the OCR message and no draft.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sampleArchives } from '../main/importers/testing/archive-fixtures';
import { imageOnlyPdf } from '../main/importers/testing/build-pdf';
import { makeTempDir } from '../main/testing/temp-dir';
import { OFFICE_LAPTOP, openApp, type AppSession } from './harness';

let app: AppSession;
const temp = makeTempDir('gongwen-e2e-archive-');
afterEach(async () => {
  await app?.close();
});
afterAll(() => temp.cleanup());

describe('opening archive formats', () => {
  it('opens a text-layer PDF with its title and headings', async () => {
    const [, , pdf] = await sampleArchives('pdf');
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(pdf!.file);
    await page.waitForSelector('.editor-content [data-role="heading1"]');
    expect(await page.locator('.editor-content [data-role="title"]').allInnerTexts()).toEqual(['X区委2020年落实全面从严治党主体责任情况报告']);
    expect(await page.locator('.editor-content [data-role="heading1"]').count()).toBe(5);
    expect(await page.locator('.editor-content [data-role="heading3"]').count()).toBe(19);
    // No page number of the PDF came along.
    expect(await page.locator('.editor-content').innerText()).not.toMatch(/— \d+ —/);
    await page.screenshot({ path: '/tmp/wt-e-open-pdf.png' });
    expect(app.services.drafts.list()).toHaveLength(1);
    expect(app.problems).toEqual([]);
  }, 300_000);

  it('opens a .doc dropped on the window', async () => {
    const [doc] = await sampleArchives('doc');
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    const base64 = fs.readFileSync(doc!.file).toString('base64');
    await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '贯彻落实情况报告.doc', { type: 'application/msword' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, base64);
    await page.waitForSelector('.editor-content [data-role="heading2"]');
    expect(await page.locator('.editor-content [data-role="addressee"]').allInnerTexts()).toEqual(['区委办：']);
    expect(await page.locator('.editor-content [data-role="heading1"]').count()).toBe(3);
    expect(app.services.drafts.list()).toHaveLength(1);
    expect(app.problems).toEqual([]);
  }, 300_000);

  it('refuses a scanned PDF with the OCR message and creates no draft', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    const scan = path.join(temp.dir, '扫描件.pdf');
    fs.writeFileSync(scan, imageOnlyPdf(2));
    await page.getByTestId('open-file-input').setInputFiles(scan);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/扫描件没有文字层，需要先做文字识别/);
    await page.screenshot({ path: '/tmp/wt-e-scan-refused.png' });
    expect(app.services.drafts.list()).toEqual([]);
  });
});
