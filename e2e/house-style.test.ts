import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE_LAPTOP, openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

describe('house style (单位规范) per draft', () => {
  it('switches the arguable rules with the status-bar select, keeps the choice with the draft, and names the clause', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    // 2021年国务院政府工作报告 writes “六稳”“六保”; many offices write “六稳”、“六保”.
    for (const [i, line] of ['关于2021年工作情况的报告', '区委办：', '今年以来，我们扎实做好“六稳”、“六保”工作。'].entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    const styleNotes = page.locator('.problem-group[data-category="punctuation"] .problem');
    await page.waitForTimeout(400);
    expect(await styleNotes.count()).toBe(0);

    await page.getByLabel('单位规范').selectOption({ label: '国标从严' });
    await expect.poll(() => styleNotes.count()).toBe(1);
    const message = styleNotes.first().locator('.problem-message');
    await expect.poll(() => message.innerText()).toContain('并列的引号或书名号之间不加顿号');
    expect(await message.getAttribute('title')).toContain('GB/T 15834—2011 4.5.3.5');
    await page.screenshot({ path: '/tmp/wt-d-house-style.png' });
    await expect.poll(() => app.services.drafts.list()[0]!.houseStyle).toBe('strict');

    await page.waitForTimeout(1500); // autosave
    await app.reload();
    await page.locator('.draft-open').first().click();
    await page.waitForSelector('.problems-panel');
    expect(await page.getByLabel('单位规范').inputValue()).toBe('strict');
    await expect.poll(() => styleNotes.count()).toBe(1);

    await page.getByLabel('单位规范').selectOption({ label: '通用' });
    await expect.poll(() => styleNotes.count()).toBe(0);
    await expect.poll(() => app.services.drafts.list()[0]!.houseStyle).toBeNull();
  });
});
