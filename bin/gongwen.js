#!/usr/bin/env node
// `gongwen` command line. Runs main/cli.ts straight from the checkout (tsx compiles it on the fly), so
// `npx gongwen --help` works right after `npm install` with no build step.
//
// better-sqlite3 13 needs Node >= 22 (Node-API 10). npm scripts and npx already put the project's own
// Node 22 (devDependency `node`) first on PATH; when started with an older system Node we re-run
// ourselves on that Node 22 rather than crash inside the native module.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  let node22;
  try {
    const require = createRequire(import.meta.url);
    node22 = path.join(path.dirname(require.resolve('node/package.json')), 'bin', 'node');
  } catch {
    process.stderr.write(`gongwen：需要 Node.js 22 或更高版本（当前为 ${process.version}）。请先在项目目录运行 npm install。\n`);
    process.exit(2);
  }
  const result = spawnSync(node22, [import.meta.filename ?? new URL(import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 2);
}

await import('../scripts/register-ts.mjs');
const { main } = await import('../main/cli.ts');
process.exitCode = await main(process.argv.slice(2));
