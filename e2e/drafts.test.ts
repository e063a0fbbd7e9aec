import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { focusEditorEnd, openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

async function newDraft(a: AppSession) {
  await a.page.getByRole('button', { name: '新建空白文档' }).click();
  await a.page.waitForSelector('.editor-content');
  await focusEditorEnd(a.page);
}

const saveState = (a: AppSession) => a.page.getByTestId('save-state');

describe('drafts in the browser against real SQLite', () => {
  it('autosaves typed Chinese, shows the save state, and brings the text back after a reload', async () => {
    app = await openApp();
    const { page } = app;
    await expect.poll(() => page.locator('.empty-hint').first().textContent()).toContain('还没有文档');
    await newDraft(app);
    await page.keyboard.insertText('区委办：');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('现将我办贯彻落实情况报告如下：');
    await expect.poll(() => saveState(app).textContent()).toBe('正在保存…');
    await expect.poll(() => saveState(app).textContent(), { timeout: 5000 }).toBe('已保存');
    await expect.poll(() => page.getByTestId('word-count').textContent()).toBe('字数：19');

    const [draft] = app.services.drafts.list();
    expect(app.services.drafts.get(draft!.id).plainText).toBe('区委办：\n现将我办贯彻落实情况报告如下：');

    await app.reload();
    await page.getByRole('button', { name: /区委办：/ }).click();
    await expect.poll(() => page.locator('.editor-content').innerText()).toContain('现将我办贯彻落实情况报告如下：');
    expect(await page.locator('.editor-content p').count()).toBe(2);
    expect(app.problems).toEqual([]);
  });

  it('commits IME composition as typed text and saves only the committed characters', async () => {
    app = await openApp();
    const { page } = app;
    await newDraft(app);
    const cdp = await page.context().newCDPSession(page);
    await page.keyboard.insertText('一、');
    // Pinyin being composed, as a Chinese IME does, then the chosen characters committed.
    for (const partial of ['j', 'ji', 'jia', 'jiaq', 'jiaqiang']) {
      await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    }
    await page.waitForTimeout(1300); // longer than the autosave delay: nothing may be saved mid-composition
    expect(app.services.drafts.list()[0]!.wordCount).toBe(0);
    await cdp.send('Input.insertText', { text: '加强' });
    await cdp.send('Input.imeSetComposition', { text: 'xuexi', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.insertText', { text: '学习' });
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('一、加强学习');
    await expect.poll(() => saveState(app).textContent(), { timeout: 5000 }).toBe('已保存');
    const id = app.services.drafts.list()[0]!.id;
    expect(app.services.drafts.get(id).plainText).toBe('一、加强学习');
    expect(app.problems).toEqual([]);
  });

  it('undoes and redoes typing with Ctrl+Z / Ctrl+Y and the toolbar', async () => {
    app = await openApp();
    const { page } = app;
    await newDraft(app);
    await page.keyboard.insertText('第一段');
    await page.waitForTimeout(400); // separate history entries (Lexical merges edits within ~300 ms)
    await page.keyboard.insertText('追加文字');
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第一段追加文字');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第一段');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第一段追加文字');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第一段');
    await expect.poll(() => saveState(app).textContent(), { timeout: 5000 }).toBe('已保存');
    expect(app.services.drafts.get(app.services.drafts.list()[0]!.id).plainText).toBe('第一段');
  });

  it('saves at once when main asks before closing the window', async () => {
    app = await openApp();
    const { page } = app;
    await newDraft(app);
    await page.keyboard.insertText('关闭前最后一句');
    await app.emit({ type: 'flushRequest' }); // well before the 1 s autosave delay
    await expect.poll(() => app.flushCompletions, { timeout: 2000 }).toBe(1);
    const id = app.services.drafts.list()[0]!.id;
    expect(app.services.drafts.get(id).plainText).toBe('关闭前最后一句');
    expect(app.services.drafts.listVersions(id)[0]!.reason).toBe('close');
  });

  it('renames, duplicates and deletes drafts with undo from the start screen', async () => {
    app = await openApp();
    const { page } = app;
    const draft = app.services.drafts.create({ plainText: '原稿内容' });
    await app.reload();
    const item = page.locator(`[data-draft-id="${draft.id}"]`);
    await item.getByRole('button', { name: '重命名' }).click();
    await page.getByLabel('文档标题').fill('2026年工作要点');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.draft-title').allTextContents()).toEqual(['2026年工作要点']);

    await item.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => page.locator('.draft-title').allTextContents()).toContain('2026年工作要点（副本）');

    await item.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => page.locator('.draft-title').allTextContents()).toEqual(['2026年工作要点（副本）']);
    await page.getByRole('alert').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => page.locator('.draft-title').count()).toBe(2);
    expect(app.services.drafts.get(draft.id).plainText).toBe('原稿内容');
  });

  it('does not save a draft that was only opened (no new version, no reordering)', async () => {
    app = await openApp();
    const { page } = app;
    const older = app.services.drafts.create({ title: '较早的文档' });
    app.services.drafts.save({ id: older.id, lexicalJson: '', plainText: '一、总体情况\n正文内容。', reason: 'manual' });
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('较新的文档');
    await expect.poll(() => app.services.drafts.list()[0]!.displayTitle, { timeout: 5000 }).toBe('较新的文档');
    const before = app.services.drafts.get(older.id);
    const versionsBefore = app.services.drafts.listVersions(older.id).length;
    await app.reload();
    await page.locator(`[data-draft-id="${older.id}"] .draft-open`).click();
    await page.waitForSelector('.editor-content [data-role="heading1"]');
    await page.waitForTimeout(1500); // longer than the autosave delay
    expect(app.services.drafts.get(older.id).updatedAt).toBe(before.updatedAt);
    expect(app.services.drafts.listVersions(older.id)).toHaveLength(versionsBefore);
    expect(app.services.drafts.list()[0]!.title).not.toBe('较早的文档');
    expect(app.problems).toEqual([]);
  });

  it('restores an earlier version from the 历史版本 panel', async () => {
    app = await openApp();
    const { page } = app;
    const draft = app.services.drafts.create({});
    app.services.drafts.save({ id: draft.id, lexicalJson: '', plainText: '第一稿', reason: 'manual' });
    app.services.drafts.save({ id: draft.id, lexicalJson: '', plainText: '第二稿', reason: 'manual' });
    await app.reload();
    await page.locator(`[data-draft-id="${draft.id}"] .draft-open`).click();
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第二稿');
    await page.getByRole('tab', { name: '历史版本' }).click();
    await page.locator('.version-list button').nth(1).click();
    await expect.poll(() => page.locator('.version-preview pre').textContent()).toBe('第一稿');
    await page.getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('第一稿');
    expect(app.services.drafts.get(draft.id).plainText).toBe('第一稿');
  });

  it('reports a damaged database at start-up in Chinese', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-bad-'));
    fs.writeFileSync(path.join(dataDir, 'gongwen.db'), 'not a database'.repeat(300));
    app = await openApp({ dataDir });
    await expect.poll(() => app.page.locator('.notice-banner').textContent()).toContain('数据库文件已损坏');
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('gongwen.db.damaged-'))).toBe(true);
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    app = undefined as unknown as AppSession;
  });
});

describe("a draft's name follows its title paragraphs", () => {
  it('in the header, the draft list and the export file name, for a template draft and a blank one', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('年度工作要点');
    await gallery.getByRole('option').first().getByRole('button').first().click();
    await gallery.getByRole('form', { name: '填写字段' }).getByLabel('年份').fill('2026');
    await gallery.getByRole('button', { name: '创建' }).click();
    const title = page.locator('.editor-content [data-role="title"]');
    await expect.poll(() => title.innerText()).toBe('{{单位名称}}2026年工作要点');
    // Fill the field in the title by hand (select it, type over it).
    await title.click();
    await page.keyboard.press('Home');
    for (let i = 0; i < '{{单位名称}}'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.insertText('和平区');
    await expect.poll(() => title.innerText()).toBe('和平区2026年工作要点');
    const header = page.getByLabel('文档标题');
    await expect.poll(() => header.getAttribute('placeholder')).toBe('和平区2026年工作要点');

    // The export offers the current title as the file name.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: '导出' });
    await dialog.getByLabel('我已知晓这些错误，仍要导出').check();
    await dialog.getByRole('button', { name: '仍然导出' }).click();
    // The gate runs in a worker thread, started on first use (from the TypeScript sources here): wait as the export tests do.
    await expect.poll(() => app.exportRequests.length, { timeout: 30_000 }).toBe(1);
    expect(path.basename(app.exportRequests[0]!.defaultPath)).toBe('和平区2026年工作要点.docx');

    await page.getByRole('button', { name: '← 文档列表' }).click();
    await expect.poll(() => page.locator('.draft-title').allTextContents()).toEqual(['和平区2026年工作要点']);

    // A blank draft: the header and the list agree on the typed title.
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    await page.keyboard.insertText('关于2026年第一季度安全生产工作情况的报告');
    await expect.poll(() => header.getAttribute('placeholder')).toBe('关于2026年第一季度安全生产工作情况的报告');
    await page.getByRole('button', { name: '← 文档列表' }).click();
    await expect.poll(() => page.locator('.draft-title').first().textContent()).toBe('关于2026年第一季度安全生产工作情况的报告');
    expect(app.problems).toEqual([]);
  });
});
