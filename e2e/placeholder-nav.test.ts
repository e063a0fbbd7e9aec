import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const selected = (app: AppSession) => app.page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('F8 right after typing', () => {
  it('selects the placeholder in the text as it is now, and typing replaces it whole', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('请{{单位名称}}于{{报送日期}}前报送。');
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toBe('待填 2 处');

    // Text typed before the fields moves them; F8 comes before the checker has looked again.
    await page.keyboard.press('Home');
    await page.keyboard.insertText('会议区委');
    await page.keyboard.press('F8');
    expect(await selected(app)).toBe('{{单位名称}}');
    await page.keyboard.insertText('市委办公室');
    await page.keyboard.press('F8');
    expect(await selected(app)).toBe('{{报送日期}}');
    await page.keyboard.insertText('5月10日');
    await expect.poll(() => page.locator('.editor-content p').first().innerText()).toBe('会议区委请市委办公室于5月10日前报送。');
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toBe('无待填项');
    expect(app.problems).toEqual([]);
  });

  it('F8 in a new paragraph typed a moment ago finds its field', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('一、总体情况');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('{{单位名称}}今年以来扎实推进各项工作。');
    await page.keyboard.press('F8');
    expect(await selected(app)).toBe('{{单位名称}}');
    await page.keyboard.insertText('区委办');
    await expect.poll(() => page.locator('.editor-content p').nth(1).innerText()).toBe('区委办今年以来扎实推进各项工作。');
    expect(app.problems).toEqual([]);
  });
});
