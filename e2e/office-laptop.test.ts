import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { OFFICE_LAPTOP, openApp, type AppSession } from './harness';

// Every dialog and panel must be usable on the common office laptop screen, 1366×768.
const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));
const sampleFiles = fs
  .readdirSync(samples)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join(samples, f));
const sample = sampleFiles.find((f) => path.basename(f).startsWith('000_'))!;
let app: AppSession;
afterEach(async () => {
  await app?.close();
});

/** The element lies wholly inside the window (nothing cut off, nothing to scroll the window for). */
async function expectOnScreen(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  expect(box, 'not rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(OFFICE_LAPTOP.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(OFFICE_LAPTOP.height);
}

/**
 * A primary action is there without hunting for it: on screen as the dialog or panel opens, not
 * scrolled out of its container nor covered (the point at its centre is the button itself).
 */
async function expectReachable(button: Locator): Promise<void> {
  await expectOnScreen(button);
  const hit = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && el.contains(top);
  });
  expect(hit, 'scrolled out of view or covered').toBe(true);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/wt-c-1366-${name}.png` });
}

describe('at 1366×768', () => {
  it('the template gallery, section picker, save-template dialog and library manager fit and their actions are reachable', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByRole('button', { name: '素材库…' }).click();
    const manager = page.getByRole('dialog', { name: '素材库' });
    await expectOnScreen(manager);
    await expectReachable(manager.getByRole('button', { name: '导入文件…' }));
    await shot(page, 'library-manager');
    await manager.getByRole('button', { name: '关闭素材库' }).click();

    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('主体责任');
    await gallery.getByRole('option').first().getByRole('button').click();
    await expectOnScreen(gallery);
    await shot(page, 'gallery');
    await expectReachable(gallery.getByRole('button', { name: '创建' }));
    await gallery.getByRole('button', { name: '创建' }).click();
    await page.waitForSelector('.editor-content [data-role="title"]');
    await shot(page, 'editor-fields');
    await expectReachable(page.getByRole('region', { name: '文档字段' }).getByRole('button', { name: '填入全文' }));

    await page.locator('.editor-content p').last().click();
    await page.keyboard.press('Control+Shift+I');
    const picker = page.getByRole('dialog', { name: '插入章节' });
    await picker.getByRole('searchbox', { name: '搜索章节' }).waitFor();
    await expectOnScreen(picker);
    await shot(page, 'section-picker');
    await expectReachable(picker.getByRole('button', { name: '插入', exact: true }));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '存为模板…' }).click();
    const save = page.getByRole('dialog', { name: '存为模板' });
    await expectOnScreen(save);
    await shot(page, 'save-template');
    await expectReachable(save.getByRole('button', { name: '保存', exact: true }));
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  });

  it('the library and versions panels, find/replace and the status bar fit beside a sample report', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByTestId('open-file-input').setInputFiles(sample);
    await page.waitForSelector('.editor-content [data-role="heading1"]');
    await page.click('.editor-content');
    await page.keyboard.press('Control+h');
    const findBar = page.locator('.find-bar');
    await expectOnScreen(findBar);
    for (const button of await findBar.getByRole('button').all()) await expectOnScreen(button);
    await shot(page, 'find-replace');
    await page.keyboard.press('Escape');

    await expectOnScreen(page.locator('.status-bar'));
    await expectReachable(page.getByRole('button', { name: '放大' }));
    await expectReachable(page.getByRole('button', { name: '导出…' }));

    // A full library: its own actions stay at hand above a long list of results.
    await page.getByRole('tab', { name: '素材库' }).click();
    const library = page.getByRole('region', { name: '素材库' });
    app.libraryImportPaths = sampleFiles;
    await library.getByRole('button', { name: '导入文件…' }).click();
    await expect.poll(() => library.getByRole('status', { name: '导入结果' }).count(), { timeout: 30_000 }).toBe(1);
    await library.getByRole('searchbox', { name: '搜索素材' }).fill('工作');
    await expect.poll(() => library.locator('.snippet').count()).toBeGreaterThan(10);
    await expectReachable(library.getByRole('button', { name: '导入文件…' }));
    await shot(page, 'library-panel');

    // Thirty versions: the one picked can be restored without scrolling to the end of the list.
    const draftId = app.services.drafts.list()[0]!.id;
    for (let i = 0; i < 30; i++) app.services.drafts.save({ id: draftId, lexicalJson: `{}`, plainText: `第${i}稿`, reason: 'manual' });
    await page.getByRole('tab', { name: '历史版本' }).click();
    const versions = page.getByRole('region', { name: '历史版本' });
    await expect.poll(() => versions.locator('.version-list li').count()).toBe(30);
    await versions.locator('.version-list button').nth(2).click();
    await expectReachable(versions.getByRole('button', { name: '恢复此版本' }));
    await shot(page, 'versions');
    for (const tab of await page.getByRole('tab').all()) await expectOnScreen(tab);
    expect(app.problems).toEqual([]);
  });
});
