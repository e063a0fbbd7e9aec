import type { Plugin } from 'vite';

/** Imports `*.sql` files as their text, so SQL migrations stay plain numbered .sql files yet are bundled statically. */
export function sqlText(): Plugin {
  return {
    name: 'gongwen-sql-text',
    transform(code, id) {
      if (!id.endsWith('.sql')) return null;
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
