import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RolloverBase } from '../../shared/api';
import type { DocParagraph } from '../../shared/document/roles';
import { planRollover, type RolloverPlan } from '../../shared/rollover/rollover';
import { getApi, unwrap } from '../api';
import { useToast } from '../components/toast-context';

const NO_FIGURES: ReadonlySet<string> = new Set();

export interface RolloverState {
  /** Null when the open draft was not made from last year's report. */
  base: RolloverBase | null;
  baseParagraphs: DocParagraph[];
  /** The checklist of the base, computed once (the base never changes). */
  plan: RolloverPlan | null;
  kept: ReadonlySet<string>;
  /** Keys of the figures still 待更新; the same Set object until it changes (the checker caches on it). */
  pendingFigures: ReadonlySet<string>;
  keep(ids: readonly string[]): void;
  addPendingFigures(keys: readonly string[]): void;
  confirmFigures(keys: readonly string[]): void;
}

/** The open draft's base (以去年报告为底稿): its checklist and kept items; and any draft's pending figures. */
export function useRollover(draftId: string | null): RolloverState {
  const api = getApi();
  const toast = useToast();
  const [base, setBase] = useState<RolloverBase | null>(null);
  const [baseParagraphs, setBaseParagraphs] = useState<DocParagraph[]>([]);
  const [pending, setPending] = useState<string[]>([]);

  useEffect(() => {
    setBase(null);
    setBaseParagraphs([]);
    setPending([]);
    if (!draftId) return;
    let live = true;
    void (async () => {
      const figures = await api.rollover.pendingFigures({ id: draftId });
      if (live && figures.ok) setPending(figures.value);
      const got = await api.rollover.get({ id: draftId });
      if (!live || !got.ok || got.value === null) return;
      const paragraphs = await api.rollover.baseParagraphs({ id: draftId });
      if (!live || !paragraphs.ok) return;
      setBaseParagraphs(paragraphs.value);
      setBase(got.value);
    })();
    return () => {
      live = false;
    };
  }, [api, draftId]);

  // The plan depends on the years only, not on kept items changing.
  const fromYear = base?.fromYear;
  const toYear = base?.toYear;
  const plan = useMemo(
    () => (fromYear !== undefined && toYear !== undefined && baseParagraphs.length ? planRollover(baseParagraphs, toYear, fromYear) : null),
    [fromYear, toYear, baseParagraphs],
  );
  const kept = useMemo(() => new Set(base?.kept ?? []), [base?.kept]);
  const pendingFigures = useMemo(() => (pending.length ? new Set(pending) : NO_FIGURES), [pending]);

  const keep = useCallback(
    (ids: readonly string[]) => {
      if (!draftId || ids.length === 0) return;
      void api.rollover.keep({ id: draftId, keys: [...ids] }).then((r) => setBase(unwrap(r))).catch(toast.error);
    },
    [api, draftId, toast],
  );
  const changeFigures = useCallback(
    (method: 'addPendingFigures' | 'confirmFigures', keys: readonly string[]) => {
      if (!draftId || keys.length === 0) return;
      void api.rollover[method]({ id: draftId, keys: [...keys] }).then((r) => setPending(unwrap(r))).catch(toast.error);
    },
    [api, draftId, toast],
  );
  const addPendingFigures = useCallback((keys: readonly string[]) => changeFigures('addPendingFigures', keys), [changeFigures]);
  const confirmFigures = useCallback((keys: readonly string[]) => changeFigures('confirmFigures', keys), [changeFigures]);

  return { base, baseParagraphs, plan, kept, pendingFigures, keep, addPendingFigures, confirmFigures };
}
