import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../main/services';
import { makeTempDir } from '../main/testing/temp-dir';
import { lexicalJsonFor, reportOfLength } from './fixtures';
import { summarize, time, type BenchRow } from './stats';

/**
 * Autosave of a 50,000-character draft through the real DraftsService (SQLite, WAL, synchronous=FULL),
 * next to writing the same bytes to a plain file with fsync — the cheapest durable save there is.
 */
export function benchAutosave(iterations = 200): BenchRow {
  const temp = makeTempDir('gongwen-bench-');
  try {
    const services = createServices(temp.dir);
    const paragraphs = reportOfLength(50_000);
    const draft = services.drafts.create({});
    const inputs = Array.from({ length: iterations }, (_, i) => {
      const edited = [...paragraphs];
      edited[i % edited.length] = `${edited[i % edited.length]}${i}`; // one keystroke's difference
      return { lexicalJson: lexicalJsonFor(edited), plainText: edited.join('\n') };
    });
    const figure: number[] = [];
    for (const input of inputs) figure.push(time(() => services.drafts.save({ id: draft.id, ...input })));
    services.close();

    const file = path.join(temp.dir, 'plain.bin');
    const baseline: number[] = [];
    for (const input of inputs) {
      baseline.push(
        time(() => {
          const fd = fs.openSync(file, 'w');
          fs.writeSync(fd, input.lexicalJson);
          fs.writeSync(fd, input.plainText);
          fs.fsyncSync(fd);
          fs.closeSync(fd);
        }),
      );
    }
    const bytes = Buffer.byteLength(inputs[0]!.lexicalJson) + Buffer.byteLength(inputs[0]!.plainText);
    return {
      name: 'autosave of a 50,000-character draft (DraftsService.save)',
      figure: summarize(figure),
      baselineName: 'writeFile + fsync of the same bytes',
      baseline: summarize(baseline),
      note: `${(bytes / 1024).toFixed(0)} KiB per save (Lexical JSON + plain text)`,
    };
  } finally {
    temp.cleanup();
  }
}
