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
    const load = () =>
      void api.tifa.list({}).then((r) => {
        if (live && r.ok) setTable(compileTifaTable(r.value.builtIn, r.value.user));
      });
    load();
    // The 提法表 dialog saved the office's entries: the open draft is checked by them at once.
    window.addEventListener(TIFA_CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(TIFA_CHANGED_EVENT, load);
    };
  }, [api]);
  return table;
}

/** Dispatched on window when the office's 提法 entries were saved. */
export const TIFA_CHANGED_EVENT = 'gongwen:tifa-changed';
