// Renders the README screenshots from the real renderer bundle against real SQLite:
//   npm run screenshots   (builds first; writes docs/screenshots/*.png)
import fs from 'node:fs';
import path from 'node:path';
import { OFFICE_LAPTOP, openApp } from '../e2e/harness';

const samples = path.resolve(import.meta.dirname, '../fixtures/samples');
const out = path.resolve(import.meta.dirname, '../docs/screenshots');
fs.mkdirSync(out, { recursive: true });

// At the size of the common office laptop screen, so the pictures show what most writers will see.
const app = await openApp({ viewport: OFFICE_LAPTOP });
try {
  const { page } = app;
  const sample = (name: string) => fs.readFileSync(path.join(samples, name));
  await app.services.imports.importBytes('区委常委会工作报告.txt', sample('001_32978eeceef8f739.txt'));
  await app.services.imports.importBytes('2020年工作要点.txt', sample('003_a47c038e8596e2b4.txt'));
  await app.services.imports.importBytes('贯彻落实区委全会精神情况报告.txt', sample('000_d58627854540f769.txt'));
  await app.reload();
  await page.screenshot({ path: path.join(out, 'start-screen.png') });

  // The page view of sample 001, as imported (roles detected, ads removed).
  await page.getByRole('button', { name: /扛稳责任/ }).click();
  await page.waitForSelector('.editor-content [data-role="heading1"]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'page-view.png') });

  await page.getByRole('button', { name: '普通视图' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(out, 'plain-view.png') });
  await page.getByRole('button', { name: '页面视图' }).click();

  // Live checks on sample 000: underlines, the problems panel, the outline and a hover card.
  await page.getByRole('button', { name: '← 文档列表' }).click();
  await page.locator('.draft-open', { hasText: '贯彻落实区委全会精神' }).first().click();
  await page.waitForSelector('.problems-panel .problem');
  await page.locator('.problem-group[data-category="placeholder"] .problem-group-head').click();
  const typo = page.locator('.problem-group[data-category="typo"] .problem-jump').first();
  await typo.click();
  await page.waitForTimeout(300);
  const box = await page.evaluate(() => {
    const sel = window.getSelection();
    const r = sel && sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (box) await page.mouse.move(box.x, box.y);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'checks.png') });

  // The template gallery (从模板新建) with the 主体责任 template selected.
  await page.getByRole('button', { name: '← 文档列表' }).click();
  await page.getByRole('button', { name: '从模板新建…' }).click();
  const gallery = page.getByRole('dialog', { name: '新建文档' });
  await gallery.getByRole('searchbox', { name: '搜索模板' }).fill('主体责任');
  await gallery.getByRole('option').first().getByRole('button').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'templates.png') });
  await gallery.getByRole('button', { name: '创建' }).click();
  await page.waitForSelector('.editor-content [data-role="title"]');

  // The snippet library: the samples imported, a search, results with highlights and stale flags.
  await app.services.library.importPaths(
    fs
      .readdirSync(samples)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(samples, f)),
  );
  await page.getByLabel('文档年份').selectOption('2026');
  await page.getByRole('tab', { name: '素材库' }).click();
  await page.getByRole('region', { name: '素材库' }).getByRole('searchbox', { name: '搜索素材' }).fill('全会精神');
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(out, 'library.png') });

  // 以去年报告为底稿: sample 002 (2020) made into 2026's, its checklist, then 对照去年 after accepting all.
  const { paragraphs } = await app.services.imports.read('X区委2020年落实全面从严治党主体责任情况报告.txt', sample('002_60ffe4ad60b6dedb.txt'));
  app.services.rollover.fromImported('X区委2020年落实全面从严治党主体责任情况报告.txt', paragraphs, 2026);
  await page.getByRole('button', { name: '← 文档列表' }).click();
  await page.locator('.draft-open', { hasText: 'X区委2020年' }).first().click();
  await page.waitForSelector('.editor-content [data-role="heading1"]');
  await page.getByRole('tab', { name: '年份清单' }).click();
  const checklist = page.getByRole('region', { name: '年份与时效清单' });
  await checklist.getByTestId('checklist-summary').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, 'rollover-checklist.png') });
  await checklist.getByRole('button', { name: '全部接受' }).click();
  await page.waitForTimeout(300);
  await checklist.getByRole('button', { name: '对照去年…' }).click();
  await page.getByRole('dialog', { name: '对照去年' }).getByTestId('compare-reuse').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'compare.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
