import { useEffect, useRef, useState } from 'react';
import type { LibrarySearchResult, SectionKind } from '../../shared/api';
import { getApi, unwrap } from '../api';

export interface LibraryFilters {
  year: number | 'unknown' | null;
  kind: SectionKind | null;
  tag: string | null;
  source: string | null;
  favoritesOnly: boolean;
  sort: 'relevance' | 'newest' | 'most-used';
}

export const NO_FILTERS: LibraryFilters = { year: null, kind: null, tag: null, source: null, favoritesOnly: false, sort: 'relevance' };

/** Search as the writer types (debounced a little), with the filters; stale wording flagged for `targetYear`. */
export function useLibrarySearch(query: string, filters: LibraryFilters, targetYear: number | null, refreshKey: number, limit = 50) {
  const [result, setResult] = useState<LibrarySearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const next = unwrap(
            await getApi().library.search({
              query,
              limit,
              sort: filters.sort,
              ...(filters.year === 'unknown' ? { yearUnknown: true } : filters.year !== null ? { years: [filters.year] } : {}),
              ...(filters.kind ? { kinds: [filters.kind] } : {}),
              ...(filters.tag ? { tags: [filters.tag] } : {}),
              ...(filters.source ? { sources: [filters.source] } : {}),
              ...(filters.favoritesOnly ? { favoritesOnly: true } : {}),
              ...(targetYear !== null ? { targetYear } : {}),
            }),
          );
          // A slower answer to an older query must not replace a newer one.
          if (mine === seq.current) {
            setResult(next);
            setError(null);
          }
        } catch (err) {
          if (mine === seq.current) setError(err instanceof Error ? err.message : String(err));
        }
      })();
    }, 60);
    return () => clearTimeout(timer);
  }, [query, filters, targetYear, refreshKey, limit]);

  return { result, error };
}
