// Renders the README screenshots from the real renderer bundle against real SQLite:
//   npm run screenshots   (builds first; writes docs/screenshots/*.png)
import fs from 'node:fs';
import path from 'node:path';
import { openApp, focusEditorEnd } from '../e2e/harness';

const samples = path.resolve(import.meta.dirname, '../fixtures/samples');
const out = path.resolve(import.meta.dirname, '../docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const app = await openApp();
try {
  const text = fs.readFileSync(path.join(samples, '000_d58627854540f769.txt'), 'utf8').trim();
  app.services.drafts.create({ title: '贯彻落实区委全会精神情况报告', plainText: text, year: 2026 });
  app.services.drafts.create({ title: '2026年工作要点', plainText: '一、紧扣目标任务，助推经济发展' });
  await app.reload();
  await app.page.screenshot({ path: path.join(out, 'start-screen.png') });
  await app.page.getByRole('button', { name: /贯彻落实区委全会精神情况报告/ }).click();
  await focusEditorEnd(app.page);
  await app.page.keyboard.insertText('');
  await app.page.waitForTimeout(300);
  await app.page.screenshot({ path: path.join(out, 'editor.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await app.close();
}
