import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { OFFICE_LAPTOP, openApp, type AppSession } from './harness';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

const headings1 = (page: Page) => page.locator('.editor-content [data-role="heading1"]').allInnerTexts();
const editorText = (page: Page) => page.locator('.editor-content').innerText();

/** The level-2 headings between the level-1 heading starting with `marker` and the next level-1 heading. */
const sectionChildren = (page: Page, marker: string) =>
  page.evaluate((m) => {
    const out: string[] = [];
    let inside = false;
    for (const p of document.querySelectorAll<HTMLElement>('.editor-content [data-role]')) {
      if (p.dataset['role'] === 'heading1') inside = p.innerText.startsWith(m);
      else if (inside && p.dataset['role'] === 'heading2') out.push(p.innerText.replace(/。.*$/, ''));
    }
    return out;
  }, marker);

/** Selects `text` in the editor the way a mouse drag would (a DOM selection Lexical picks up). */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const root = document.querySelector('.editor-content')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`text not found: ${t}`);
  }, text);
  await page.waitForTimeout(100); // selectionchange reaches Lexical
}


/** Whether Lexical's own selection (not only the DOM's) has its caret inside `paragraph`. */
function lexicalCaretIn(paragraph: Locator): Promise<boolean> {
  return paragraph.evaluate((el) => {
    const root = el.closest('[contenteditable="true"]') as (HTMLElement & { __lexicalEditor?: LexicalEditorLike }) | null;
    const editor = root?.__lexicalEditor;
    const key = editor?.getEditorState()._selection?.anchor?.key;
    const anchor = key ? editor!.getElementByKey(key) : null;
    return anchor !== null && el.contains(anchor);
  });
}

/** What lexicalCaretIn reads of the editor the root element carries (Lexical sets __lexicalEditor on it). */
interface LexicalEditorLike {
  getEditorState(): { _selection: { anchor?: { key: string } } | null };
  getElementByKey(key: string): HTMLElement | null;
}

/** Ctrl+Shift+I, search the section picker, Enter: the first match goes in and the picker closes. */
async function insertSectionFromPicker(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+Shift+I');
  const picker = page.getByRole('dialog', { name: '插入章节' });
  await picker.getByRole('searchbox', { name: '搜索章节' }).fill(query);
  await picker.getByRole('searchbox', { name: '搜索章节' }).press('Enter');
  await expect.poll(() => picker.count()).toBe(0);
}

describe('report templates', () => {
  it('creates a document from the 主体责任 template, inserts a 存在问题 section in the middle, renumbers, and undo restores', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('主体责任');
    await expect.poll(() => gallery.getByRole('option').count()).toBe(1);
    await gallery.getByRole('option').first().getByRole('button').click();
    const preview = gallery.getByRole('region', { name: '模板预览' });
    expect(await preview.locator('.template-outline li').first().innerText()).toContain('一、');
    const form = gallery.getByRole('form', { name: '填写字段' });
    await form.getByLabel('报告主体（党委、党组）').fill('和平区委');
    await form.getByLabel('年份').fill('2026');
    for (const input of await form.locator('input').all()) if (!(await input.inputValue())) await input.fill('和平区');
    await form.getByRole('button', { name: '创建' }).click();

    await page.waitForSelector('.editor-content [data-role="title"]');
    expect(await page.locator('.editor-content [data-role="title"]').innerText()).toBe('和平区委2026年落实全面从严治党主体责任情况报告');
    expect(await editorText(page)).not.toContain('{{');
    const before = await headings1(page);
    expect(before.map((h) => h.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    // Guidance prompts are placeholders F8 can reach; the status bar counts them.
    await expect.poll(() => page.getByTestId('placeholder-count').innerText()).toMatch(/^待填 \d+ 处$/);

    // Caret at the end of the last paragraph of section 三, then insert 存在问题 there.
    const fourth = page.locator('.editor-content p', { hasText: /^四、/ });
    const lastOfThird = fourth.locator('xpath=preceding-sibling::p[1]');
    await lastOfThird.click();
    await page.keyboard.press('End');
    // The command reads Lexical's selection, which follows the DOM's on selectionchange: on a loaded
    // machine it can lag the keypress (the section once went in where the caret had been before).
    await expect.poll(() => lexicalCaretIn(lastOfThird)).toBe(true);
    await insertSectionFromPicker(page, '存在问题');

    const after = await headings1(page);
    expect(after.map((h) => h.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(after[3]).toBe('四、存在的问题');
    // Every heading after the insertion moved down by one, with its text unchanged.
    expect(after.slice(4).map((h) => h.slice(2))).toEqual(before.slice(3).map((h) => h.slice(2)));
    await expect.poll(() => page.locator('.problem-group[data-category="numbering"]').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => headings1(page)).toEqual(before);
    expect(app.problems).toEqual([]);
  });

  it('插入章节 with the caret at the start of a heading (an outline click) puts the section before that whole section', async () => {
    app = await openApp();
    const { page } = app;
    app.services.templates.createDraft({ templateId: 'standing-committee-annual-report', values: { 报告主体: '和平区委' } });
    await app.reload();
    await page.locator('.draft-open').first().click();
    await page.waitForSelector('.editor-content [data-role="title"]');
    const before = await headings1(page);
    const subsOf二 = await sectionChildren(page, '二、');
    expect(subsOf二.length).toBeGreaterThan(1);

    await page.locator('.outline-jump', { hasText: '聚焦中心任务' }).click();
    await insertSectionFromPicker(page, '存在问题');

    const after = await headings1(page);
    expect(after[1]).toBe('二、存在的问题');
    expect(after.slice(2).map((h) => h.slice(2))).toEqual(before.slice(1).map((h) => h.slice(2)));
    // The section it went before keeps every sub-item; the inserted one took none of them.
    expect(await sectionChildren(page, '三、')).toEqual(subsOf二);
    expect(await sectionChildren(page, '二、')).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('at 1366×768, the gallery search picks the first match; ↓ and Enter create the one shown', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    const search = gallery.getByRole('searchbox', { name: '搜索模板' });
    const preview = gallery.getByRole('region', { name: '模板预览' });
    await search.fill('工作要点');
    // The selection and the preview follow the filter: the first match, not the first template.
    await expect.poll(() => gallery.locator('[role="option"][aria-selected="true"]').innerText()).toContain('年度工作要点');
    expect(await preview.locator('h3').innerText()).toBe('年度工作要点');
    await search.press('Enter');
    await page.waitForSelector('.editor-content [data-role="title"]');
    expect(await page.locator('.editor-content [data-role="title"]').allInnerTexts()).toEqual([expect.stringContaining('工作要点')]);
    expect(await editorText(page)).toContain('做好今年工作，要坚持以习近平新时代中国特色社会主义思想为指导');

    // ↓ moves the selection among the matches (and the preview with it); Enter creates that one.
    await page.getByRole('button', { name: '← 文档列表' }).click();
    await page.getByRole('button', { name: '从模板新建…' }).click();
    await search.fill('报告');
    const options = gallery.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const second = (await options.nth(1).locator('.template-name').innerText()).trim();
    await search.press('ArrowDown');
    await expect.poll(() => preview.locator('h3').innerText()).toBe(second);
    await search.press('Enter');
    await expect.poll(() => app.services.drafts.list().length).toBe(2);
    const created = app.services.templates.list().templates.find((t) => t.name === second)!;
    const plain = app.services.templates.fill(created.id, {}).paragraphs.find((p) => p.role === 'body' && !/\{\{|【/.test(p.text))!;
    await expect.poll(() => editorText(page)).toContain(plain.text);
    expect(app.problems).toEqual([]);
  });

  it('marks a field, saves the draft as a template of its own, creates from it with the default, and deletes it', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.click('.editor-content');
    for (const [i, line] of ['和平街道安全生产工作情况报告', '一、主要做法', '和平街道全年开展安全检查120次。'].entries()) {
      if (i) await page.keyboard.press('Enter');
      await page.keyboard.insertText(line);
    }
    await selectText(page, '和平街道');
    await page.getByRole('button', { name: '设为字段' }).click();
    const mark = page.getByRole('dialog', { name: '设为字段' });
    await mark.getByLabel('字段名').fill('单位名称');
    await mark.getByRole('button', { name: '设为字段' }).click();
    await expect.poll(() => editorText(page)).toContain('{{单位名称}}安全生产工作情况报告');
    expect((await editorText(page)).match(/\{\{单位名称\}\}/g)).toHaveLength(2);

    await page.getByRole('button', { name: '存为模板…' }).click();
    const save = page.getByRole('dialog', { name: '存为模板' });
    await save.getByLabel('模板名称').fill('街道安全生产报告');
    await expect.poll(() => save.getByLabel('单位名称的默认值').inputValue()).toBe('和平街道');
    await save.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => save.count()).toBe(0);

    await page.getByRole('button', { name: '← 文档列表' }).click();
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('街道安全生产');
    const mine = gallery.getByRole('option');
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.innerText()).toContain('我的模板');
    await mine.getByRole('button', { name: /街道安全生产报告/ }).click();
    await expect.poll(() => gallery.getByRole('form', { name: '填写字段' }).getByLabel('单位名称').inputValue()).toBe('和平街道');
    await gallery.getByRole('form', { name: '填写字段' }).getByLabel('单位名称').fill('幸福街道');
    await gallery.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => editorText(page)).toContain('幸福街道全年开展安全检查120次。');

    // 编辑: the template opens with its fields left in; saving over it changes the template.
    await page.getByRole('button', { name: '← 文档列表' }).click();
    await page.getByRole('button', { name: '从模板新建…' }).click();
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('街道安全生产');
    await gallery.getByRole('option').getByRole('button', { name: '编辑' }).click();
    await expect.poll(() => editorText(page)).toContain('{{单位名称}}全年开展安全检查120次。');
    await page.click('.editor-content');
    await page.keyboard.press('Control+End');
    // The draft opened with its first {{字段}} selected; Lexical takes the caret move on selectionchange.
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('二、下步打算');
    await page.getByRole('button', { name: '存为模板…' }).click();
    await save.getByLabel('保存为').selectOption({ label: '覆盖“街道安全生产报告”' });
    await save.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => save.count()).toBe(0);
    const mineNow = app.services.templates.list().templates.filter((t) => !t.builtIn);
    expect(mineNow).toHaveLength(1);
    expect(mineNow[0]!.outline.map((o) => `${o.marker}${o.title}`)).toEqual(['一、主要做法', '二、下步打算']);

    await page.getByRole('button', { name: '← 文档列表' }).click();
    await page.getByRole('button', { name: '从模板新建…' }).click();
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('街道安全生产');
    await gallery.getByRole('option').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => gallery.getByRole('option').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});

describe('typing right after creating a draft', () => {
  it('lands at the start of a blank draft, and replaces the first field of a template draft', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await page.getByRole('button', { name: '新建空白文档' }).click();
    await page.waitForSelector('.editor-content');
    await page.keyboard.type('abc');
    await expect.poll(() => editorText(page)).toContain('abc');

    await page.getByRole('button', { name: '← 文档列表' }).click();
    await page.getByRole('button', { name: '从模板新建…' }).click();
    const gallery = page.getByRole('dialog', { name: '新建文档' });
    await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('主体责任');
    await gallery.getByRole('searchbox', { name: '搜索模板' }).press('Enter');
    await page.waitForSelector('.editor-content [data-role="title"]');
    // The title starts with the unfilled {{单位名称}} field: typing replaces it.
    expect(await page.locator('.editor-content [data-role="title"]').innerText()).toMatch(/^\{\{/);
    await page.keyboard.type('xyz');
    await expect.poll(() => page.locator('.editor-content [data-role="title"]').innerText()).toMatch(/^xyz/);
    expect(app.problems).toEqual([]);
  });
});
