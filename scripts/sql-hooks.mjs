// Node module hooks: load `*.sql` files as an ES module whose default export is the file's text.
// The CLI and child processes in tests run TypeScript through tsx; this hook gives them the same
// `import sql from './0001_x.sql'` that the Vite plugin (scripts/vite-sql-text.ts) gives the app bundle.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.sql')) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
