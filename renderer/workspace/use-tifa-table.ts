import { useEffect, useState } from 'react';
import { compileTifaTable, type CompiledTifa } from '../../shared/checks/tifa-table';
import { getApi } from '../api';

/**
 * The 提法 table for the live checker: built-in and the office's own entries (tifa.list), loaded once
 * and compiled once, so the checker's cache (which compares the table by identity) is cleared only
 * when the table really changes. Undefined until loaded: the checker uses the built-in table.
 */
export function useTifaTable(): CompiledTifa | undefined {
  const api = getApi();
  const [table, setTable] = useState<CompiledTifa | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void api.tifa.list({}).then((r) => {
      if (live && r.ok) setTable(compileTifaTable(r.value.builtIn, r.value.user));
    });
    return () => {
      live = false;
    };
  }, [api]);
  return table;
}
