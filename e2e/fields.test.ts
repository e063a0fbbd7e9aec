import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const editorText = (page: Page) => page.locator('.editor-content').innerText();
const count = (text: string, of: string) => text.split(of).length - 1;

describe('填写字段 panel', () => {
  it('lists the draft’s fields after creating from a template, fills every occurrence in one undo step, and 插入章节 takes the values', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('工作总结');
    await gallery.getByRole('option').first().getByRole('button').click();
    // 单位名称 left empty: it stays {{单位名称}} in the text.
    await gallery.getByRole('form', { name: '填写字段' }).getByRole('button', { name: '创建' }).click();
    await page.waitForSelector('.editor-content [data-role="title"]');

    const panel = page.getByRole('region', { name: '文档字段' });
    await expect.poll(() => panel.count()).toBe(1);
    const unit = panel.getByLabel('单位名称（文中自称）');
    expect(await unit.inputValue()).toBe('');
    expect(await panel.getByLabel('总结时段').inputValue()).toBe('上半年');
    const tokens = count(await editorText(page), '{{单位名称}}');
    expect(tokens).toBeGreaterThan(1);
    await expect.poll(() => panel.getByTestId('field-count-单位名称').innerText()).toBe(`待填 ${tokens} 处`);

    await unit.fill('和平街道');
    await unit.press('Enter');
    await expect.poll(async () => count(await editorText(page), '{{单位名称}}')).toBe(0);
    expect(count(await editorText(page), '和平街道')).toBe(tokens);

    // One undo step brings every occurrence back.
    await page.click('.editor-content');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => count(await editorText(page), '{{单位名称}}')).toBe(tokens);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => count(await editorText(page), '和平街道')).toBe(tokens);

    // A filled field changed in the panel changes everywhere it was filled in.
    await unit.fill('平安街道');
    await panel.getByRole('button', { name: '填入全文' }).click();
    await expect.poll(async () => count(await editorText(page), '平安街道')).toBe(tokens);
    expect(count(await editorText(page), '和平街道')).toBe(0);

    // 插入章节 fills the section's {{单位名称}} with the draft's value.
    await page.locator('.editor-content p').last().click();
    await page.keyboard.press('Control+Shift+I');
    const picker = page.getByRole('dialog', { name: '插入章节' });
    await picker.getByRole('searchbox', { name: '搜索章节' }).fill('主要做法');
    await picker.getByRole('searchbox', { name: '搜索章节' }).press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    const text = await editorText(page);
    expect(count(text, '平安街道')).toBeGreaterThan(tokens);
    expect(text).not.toContain('{{单位名称}}');

    // The values belong to the draft: they are there after a restart.
    await page.waitForTimeout(1500); // autosave
    await app.reload();
    await page.locator('.draft-open').first().click();
    await page.getByRole('tab', { name: '字段' }).click();
    await expect.poll(() => page.getByRole('region', { name: '文档字段' }).getByLabel('单位名称（文中自称）').inputValue()).toBe('平安街道');
    expect(app.problems).toEqual([]);
  });
});
