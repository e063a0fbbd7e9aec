import { useEffect, useState } from 'react';
import type { LibraryFacets, LibraryImportProgress, LibraryImportReport, LibrarySearchHit, LibrarySimilar } from '../../shared/api';
import { SECTION_KINDS, type SectionKind } from '../../shared/library/section-kinds';
import { getApi, unwrap } from '../api';
import { SnippetItem } from './SnippetItem';
import { NO_FILTERS, useLibrarySearch, type LibraryFilters } from './use-library-search';
import { likeSearchNote } from './like-search-note';
import { ProgressStrip } from '../components/ProgressStrip';
import { useToast } from '../components/toast-context';

interface Props {
  /** The draft's year: results flag wording that is stale in it. */
  targetYear: number | null;
  /** Absent on the start screen (no draft to insert into): results then carry no 插入. */
  onInsert?: (hit: LibrarySearchHit) => void;
}

/**
 * 素材库: search prior-year paragraphs as you type (highlighted matches, source, year, heading path),
 * filter and sort, insert or drag into the draft; import files or folders with progress and cancel;
 * favourites, tags, edit, delete with undo, merge near-duplicates; back up, restore and share.
 */
export function LibraryPanel({ targetYear, onInsert }: Props) {
  const toast = useToast();
  const api = getApi();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [refreshKey, setRefreshKey] = useState(0);
  const [facets, setFacets] = useState<LibraryFacets | null>(null);
  const [progress, setProgress] = useState<LibraryImportProgress | null>(null);
  const [report, setReport] = useState<LibraryImportReport | null>(null);
  const [similar, setSimilar] = useState<{ hit: LibrarySearchHit; others: LibrarySimilar[] } | null>(null);
  const { result, error } = useLibrarySearch(query, filters, targetYear, refreshKey);
  const refresh = () => setRefreshKey((k) => k + 1);

  useEffect(() => {
    void api.library.facets({}).then((r) => r.ok && setFacets(r.value));
  }, [api, refreshKey]);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'libraryImportProgress') setProgress(event);
      }),
    [api],
  );

  const run = async <T,>(work: () => Promise<T>, done?: (value: T) => void) => {
    try {
      const value = await work();
      done?.(value);
      refresh();
    } catch (err) {
      toast.message(err instanceof Error ? err.message : String(err));
    }
  };

  const importFrom = (pick: 'files' | 'folder') =>
    run(
      async () => {
        setReport(null);
        setProgress({ done: 0, total: 0, file: '', added: 0, duplicates: 0 });
        try {
          return unwrap(await api.library.import({ pick }));
        } finally {
          setProgress(null);
        }
      },
      (r) => r.status !== 'dismissed' && setReport(r),
    );

  const set = (patch: Partial<LibraryFilters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <section className="panel library-panel" aria-label="素材库">
      <div className="panel-head">
        <h2>素材库</h2>
        <span className="muted">{facets ? `${facets.total} 条` : ''}</span>
      </div>
      <input
        type="search"
        className="library-search"
        aria-label="搜索素材"
        placeholder="搜索往年段落：营商环境、安全生产……（Ctrl+K）"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="library-filters">
        <select
          aria-label="年份"
          value={filters.year === null ? '' : String(filters.year)}
          onChange={(e) => set({ year: e.target.value === '' ? null : e.target.value === 'unknown' ? 'unknown' : Number(e.target.value) })}
        >
          <option value="">全部年份</option>
          {facets?.years.map((y) => (
            <option key={String(y.value)} value={y.value === null ? 'unknown' : y.value}>
              {y.value ?? '年份不详'}（{y.count}）
            </option>
          ))}
        </select>
        <select aria-label="类别" value={filters.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || null) as SectionKind | null })}>
          <option value="">全部类别</option>
          {SECTION_KINDS.filter((k) => !facets || facets.kinds.some((f) => f.value === k)).map((k) => (
            <option key={k} value={k}>
              {k}
              {facets ? `（${facets.kinds.find((f) => f.value === k)?.count ?? 0}）` : ''}
            </option>
          ))}
        </select>
        {facets && facets.tags.length > 0 && (
          <select aria-label="标签" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
            <option value="">全部标签</option>
            {facets.tags.map((t) => (
              <option key={t.value} value={t.value}>
                {t.value}（{t.count}）
              </option>
            ))}
          </select>
        )}
        {facets && facets.sources.length > 1 && (
          <select aria-label="来源" value={filters.source ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
            <option value="">全部来源</option>
            {facets.sources.map((s) => (
              <option key={s.value} value={s.value}>
                {s.value}（{s.count}）
              </option>
            ))}
          </select>
        )}
        <select aria-label="排序" value={filters.sort} onChange={(e) => set({ sort: e.target.value as LibraryFilters['sort'] })}>
          <option value="relevance">按相关度</option>
          <option value="newest">最新的在前</option>
          <option value="most-used">最常用的在前</option>
        </select>
        <label className="library-fav">
          <input type="checkbox" checked={filters.favoritesOnly} onChange={(e) => set({ favoritesOnly: e.target.checked })} />
          只看收藏
        </label>
      </div>
      {/* The panel's own actions above the results, so a long list never pushes them out of reach. */}
      <div className="library-actions">
        <button type="button" disabled={progress !== null} onClick={() => void importFrom('files')}>
          导入文件…
        </button>
        <button type="button" disabled={progress !== null} onClick={() => void importFrom('folder')}>
          导入文件夹…
        </button>
        <details className="library-manage">
          <summary>管理</summary>
          <button
            type="button"
            onClick={() => void run(async () => unwrap(await api.library.backup({})), (r) => r.status === 'written' && toast.message(`已备份 ${r.snippets} 条素材到 ${r.path}`))}
          >
            备份素材库…
          </button>
          <button
            type="button"
            onClick={() =>
              void run(async () => unwrap(await api.library.restore({})), (r) => r.status === 'restored' && toast.message(`已恢复 ${r.snippets} 条素材；原素材库保留在 ${r.previousKeptAt}`))
            }
          >
            从备份恢复…
          </button>
          <button
            type="button"
            onClick={() =>
              void run(
                async () =>
                  unwrap(
                    await api.library.exportSubset(
                      filters.tag ? { tags: [filters.tag] } : filters.favoritesOnly ? { favoritesOnly: true } : {},
                    ),
                  ),
                (r) => r.status === 'written' && toast.message(`已导出 ${r.snippets} 条素材到 ${r.path}`),
              )
            }
            title="导出当前标签或收藏的素材，分享给同事"
          >
            导出分享文件…
          </button>
          <button type="button" onClick={() => void run(async () => unwrap(await api.library.importSubset({})), (r) => r.status !== 'dismissed' && setReport(r))}>
            导入分享文件…
          </button>
        </details>
      </div>
      {result?.mode === 'like' && (
        <p className="muted library-mode" data-testid="library-mode">
          {likeSearchNote(result)}
        </p>
      )}
      {error && <p className="error-text">{error}</p>}
      {progress && (
        <ProgressStrip label="导入进度" progress={progress} onCancel={() => void api.library.cancelImport({})}>
          正在导入 {progress.done}/{progress.total || '…'} 个文件 {progress.file && `· ${progress.file.split(/[\\/]/).pop()}`}（新增 {progress.added}，重复{' '}
          {progress.duplicates}）
        </ProgressStrip>
      )}
      {report && (
        <div className="library-report" role="status" aria-label="导入结果">
          {report.status === 'canceled' ? '导入已取消：' : '导入完成：'}
          {report.filesImported}/{report.filesTotal} 个文件，新增 {report.added} 条，重复 {report.duplicates} 条
          {report.nearDuplicates ? `（其中近似 ${report.nearDuplicates} 条）` : ''}
          {report.imported.length > 0 && (
            <details className="library-imported">
              <summary>已导入的文件</summary>
              <ul>
                {report.imported.map((f) => (
                  <li key={f.file}>
                    {f.file.split(/[\\/]/).pop()}：新增 {f.added} 条，重复 {f.duplicates} 条
                  </li>
                ))}
              </ul>
            </details>
          )}
          {report.failed.length > 0 && (
            <ul className="library-failed">
              {report.failed.map((f) => (
                <li key={f.file}>
                  {f.file.split(/[\\/]/).pop()}：{f.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button" onClick={() => setReport(null)}>
            关闭
          </button>
        </div>
      )}
      {similar && (
        <div className="library-similar" role="region" aria-label="相似素材">
          <p>
            与所选素材相似的 {similar.others.length} 条
            <button type="button" className="link-button" onClick={() => setSimilar(null)}>
              关闭
            </button>
          </p>
          <ul>
            {similar.others.map((o) => (
              <li key={o.snippet.id}>
                <span className="muted">相似度 {Math.round(o.similarity * 100)}% · {o.snippet.source}</span>
                <p>{o.snippet.text.slice(0, 80)}…</p>
              </li>
            ))}
          </ul>
          {similar.others.length > 0 && (
            <button
              type="button"
              onClick={() =>
                void run(
                  async () => unwrap(await api.library.mergeDuplicates({ keepId: similar.hit.id, mergeIds: similar.others.map((o) => o.snippet.id) })),
                  () => {
                    toast.message(`已把 ${similar.others.length} 条相似素材合并到所选素材`);
                    setSimilar(null);
                  },
                )
              }
            >
              合并到所选素材
            </button>
          )}
        </div>
      )}
      <ul className="snippet-list" aria-label="搜索结果">
        {result?.results.map((hit) => (
          <SnippetItem
            key={hit.id}
            hit={hit}
            onInsert={onInsert}
            onToggleFavorite={(h) => void run(async () => unwrap(await api.library.update({ id: h.id, favorite: !h.favorite })))}
            onEditTags={(h, tags) => void run(async () => unwrap(await api.library.update({ id: h.id, tags })))}
            onEditText={(h, text) => void run(async () => unwrap(await api.library.update({ id: h.id, text })))}
            onSimilar={(h) => void run(async () => unwrap(await api.library.similar({ id: h.id })), (others) => setSimilar({ hit: h, others }))}
            onDelete={(h) =>
              void run(
                async () => unwrap(await api.library.delete({ ids: [h.id] })),
                () =>
                  toast.message('已删除 1 条素材', {
                    label: '撤销',
                    run: () => void run(async () => unwrap(await api.library.undoDelete({ ids: [h.id] }))),
                  }),
              )
            }
          />
        ))}
      </ul>
      {result && result.results.length === 0 && (
        <p className="empty-hint">{facets?.total ? '没有找到匹配的素材。' : '素材库是空的：导入往年的报告，段落会按章节归类，随时检索。'}</p>
      )}
      {result && result.total > result.results.length && (
        <p className="muted">
          共 {result.total}
          {result.totalIsLowerBound ? '+' : ''} 条，显示前 {result.results.length} 条；可加关键词或筛选缩小范围。
        </p>
      )}
    </section>
  );
}
