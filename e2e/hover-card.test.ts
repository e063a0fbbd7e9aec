import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OFFICE_LAPTOP, openApp, type AppSession, newDraftWith } from './harness';
import { underlined } from './highlights';

let app: AppSession;
afterEach(async () => {
  await app?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Where an underlined text sits on screen (its n-th underline range, in document order). */
function underlineBox(page: Page, text: string, nth = 0): Promise<Box> {
  return page.evaluate(
    ([t, n]) => {
      const ranges = [...(CSS.highlights.get('gw-check-warning') as unknown as Set<Range>)].filter((r) => r.toString() === t);
      const sorted = ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = sorted[n as number]!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    },
    [text, nth] as const,
  );
}

const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

async function boxOf(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });
  return b;
}

// Dense with underlined typos, so any way from one word to its card crosses others.
const TEXT = [
  '截止目前，全区上下再接再励，全力以付推进各项工作，决不一愁莫展。',
  '各单位要凝集共识，再接再励，全力以付，确保过度期内工作不断档。',
  '截止目前，全区凝集共识，各项工作稳步推进，过度期内全力以付。',
  '全区上下要再接再励，凝集共识，全力以付，截止年底完成任务。',
];

// Underlined words one character apart, long enough to run to the right edge of every line.
const LISTS =
  '要发扬再接再励、全力以付、凝集共识的精神，截止目前已完成年度任务八成，过度期内政策保持稳定，' +
  '不能一愁莫展，各单位要再接再励、全力以付、凝集共识，截止年底前全面完成，过度期内再接再励、全力以付、凝集共识、截止目前。';

const occurrences = (s: string, w: string) => s.split(w).length - 1;

describe('the hover card over an underlined finding (1366×768)', () => {
  it('sits under its word, stays while the mouse travels to it across other underlines, and 应用 works', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await newDraftWith(page, [...TEXT, LISTS]);
    await expect.poll(async () => (await underlined(page, 'warning')).length).toBeGreaterThan(20);
    const card = page.getByRole('dialog', { name: '问题详情' });

    // Come up from the last underline of the text, across others, to the 全力以付 of
    // 「再接再励、全力以付、凝集共识」 at the start of the last paragraph.
    const start = centre(await underlineBox(page, '截止', 5));
    const word = await underlineBox(page, '全力以付', 4);
    await page.mouse.move(start.x, start.y);
    await page.mouse.move(centre(word).x, centre(word).y, { steps: 16 });
    await expect.poll(async () => (await card.isVisible()) && (await card.innerText())).toContain('“全力以付”应为“全力以赴”');

    // Right under its word (4 px gap), left edges aligned.
    const at = await boxOf(page, '.finding-card');
    expect(Math.abs(at.top - (word.bottom + 4))).toBeLessThan(2);
    expect(Math.abs(at.left - word.left)).toBeLessThan(2);

    // Aim at the card's top right: the way there runs along the line, over 凝集 right after the word.
    const head = await boxOf(page, '.finding-card-head');
    const neighbour = await underlineBox(page, '凝集', 4);
    expect(neighbour.left - word.right).toBeLessThan(25);
    await page.mouse.move(at.right - 12, head.top + head.height / 2, { steps: 20 });
    expect(await card.innerText()).toContain('“全力以付”应为“全力以赴”');
    // Then to 应用, and rest there: the card stays (the old one closed itself ~300 ms after the pointer reached it).
    const apply = card.getByRole('button', { name: '应用' });
    const button = await apply.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(button.x, button.y, { steps: 10 });
    await page.waitForTimeout(800);
    expect(await card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain('“全力以付”应为“全力以赴”');
    await page.mouse.down();
    await page.mouse.up();

    await expect.poll(() => page.locator('.editor-content p').nth(4).innerText()).toBe(LISTS.replace('全力以付', '全力以赴'));
    await expect.poll(() => card.count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('near the right edge of the window the card keeps its full width inside the viewport, and its 应用 is reachable', async () => {
    app = await openApp({ viewport: OFFICE_LAPTOP });
    const { page } = app;
    await newDraftWith(page, [...TEXT, LISTS]);
    // Plain view without the right panel: the text runs close to the window's right edge.
    await app.emit({ type: 'menu', command: 'toggle-right-panel' });
    await page.getByRole('button', { name: '普通视图' }).click();
    await expect.poll(async () => (await underlined(page, 'warning')).length).toBeGreaterThan(20);
    const card = page.getByRole('dialog', { name: '问题详情' });

    // The rightmost underline in the text, and the leftmost underline of the same word (words on one line).
    const ends = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('gw-check-warning') as unknown as Set<Range>)];
      const rects = ranges.filter((r) => r.getClientRects().length === 1).map((r) => ({
        text: r.toString(),
        rect: r.getBoundingClientRect().toJSON() as DOMRect,
      }));
      const right = rects.sort((a, b) => b.rect.right - a.rect.right)[0]!;
      const left = rects.filter((r) => r.text === right.text).sort((a, b) => a.rect.left - b.rect.left)[0]!;
      const mid = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left });
      return { text: right.text, right: mid(right.rect), left: mid(left.rect) };
    });

    // Its normal width, where there is room.
    await page.mouse.move(ends.left.x, ends.left.y, { steps: 3 });
    await expect.poll(async () => (await card.isVisible()) && (await card.innerText())).toContain(`“${ends.text}”应为`);
    const normal = await boxOf(page, '.finding-card');
    // Where the card would run out of the window if it started at its word.
    expect(ends.right.left + normal.width).toBeGreaterThan(OFFICE_LAPTOP.width);
    await page.mouse.move(5, OFFICE_LAPTOP.height - 5, { steps: 3 });
    await expect.poll(() => card.count()).toBe(0);

    await page.mouse.move(ends.right.x, ends.right.y, { steps: 3 });
    await expect.poll(async () => (await card.isVisible()) && (await card.innerText())).toContain(`“${ends.text}”应为`);
    const edge = await boxOf(page, '.finding-card');
    await page.screenshot({ path: '/tmp/wt-a-card-edge.png' });
    expect(edge.left).toBeGreaterThanOrEqual(0);
    expect(edge.top).toBeGreaterThanOrEqual(0);
    expect(edge.right).toBeLessThanOrEqual(OFFICE_LAPTOP.width);
    expect(edge.bottom).toBeLessThanOrEqual(OFFICE_LAPTOP.height);
    expect(Math.round(edge.width)).toBe(Math.round(normal.width));

    // Straight to 应用, down and to the left over the underlines before the word: the card stays.
    const apply = card.getByRole('button', { name: '应用' });
    const button = await apply.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(button.x, button.y, { steps: 20 });
    expect(await card.innerText()).toContain(`“${ends.text}”应为`);
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(async () => (await underlined(page, 'warning')).filter((t) => t === ends.text).length).toBeLessThan(
      occurrences([...TEXT, LISTS].join(''), ends.text),
    );
    expect(app.problems).toEqual([]);
  });
});
