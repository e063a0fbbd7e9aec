import { useCallback, useEffect, useState } from 'react';
import type { DraftFields } from '../../shared/api';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';

export interface DraftFieldsState {
  /** Null until loaded (and with no draft open). */
  fields: DraftFields | null;
  /** Stores the values filled in with the panel; resolves with the draft's fields as now stored. */
  save: (values: Record<string, string>) => Promise<void>;
}

/** The open draft's template fields and their values (main keeps them per draft). */
export function useDraftFields(draftId: string | null): DraftFieldsState {
  const { error: onError } = useToast();
  const [fields, setFields] = useState<DraftFields | null>(null);

  useEffect(() => {
    setFields(null);
    if (!draftId) return;
    let live = true;
    void getApi()
      .fields.get({ id: draftId })
      .then((r) => live && r.ok && setFields(r.value));
    return () => {
      live = false;
    };
  }, [draftId]);

  const save = useCallback(
    async (values: Record<string, string>) => {
      if (!draftId) return;
      try {
        setFields(unwrap(await getApi().fields.set({ id: draftId, values })));
      } catch (err) {
        onError(err);
      }
    },
    [draftId, onError],
  );

  return { fields, save };
}
