// `node --import ./scripts/register-ts.mjs file.ts` runs the project's TypeScript directly (no build step):
// tsx compiles .ts, and sql-hooks.mjs loads migrations. Registered second, the SQL hook runs first.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./sql-hooks.mjs', import.meta.url);
