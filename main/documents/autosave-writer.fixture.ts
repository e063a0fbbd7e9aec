// Child process for the crash test: saves a draft in a tight loop through the real DraftsService and
// prints "saved N" after each save has returned. The test kills it with SIGKILL mid-loop.
import { createServices } from '../services';

const [dataDir, draftId] = process.argv.slice(2);
if (!dataDir || !draftId) throw new Error('usage: autosave-writer DATA_DIR DRAFT_ID');
const services = createServices(dataDir);
const padding = '为全面完成年度目标任务而努力奋斗。'.repeat(2800); // ≈ 50,000 characters

for (let n = 1; ; n++) {
  const text = `第${n}次保存\n${padding}`;
  services.drafts.save({ id: draftId, lexicalJson: JSON.stringify({ n, text }), plainText: text, reason: n % 7 === 0 ? 'manual' : 'autosave' });
  process.stdout.write(`saved ${n}\n`);
}
