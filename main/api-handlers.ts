import { z } from 'zod';
import { apiContract, type ApiError, type ApiResource, type ApiResult, type ResourceImplementation, type TifaList } from '../shared/api';
import { BUILT_IN_TIFA } from '../shared/checks';
import { fromHost, ServiceError } from './errors';
import { implementCompareApi } from './export/compare-handlers';
import { chooseExportPath } from './export/export-dialog';
import { implementLibraryApi, type LibraryHooks } from './library/library-handlers';
import type { Services } from './services';
import { ViewSettingsService } from './settings/view-settings-service';
import { implementTemplatesApi } from './templates/templates-handlers';

type Implementation = { [R in ApiResource]: ResourceImplementation<R> };

/** What the host provides: file dialogs and the progress `emit` (LibraryHooks), printing, the close handshake. */
export interface HandlerHooks extends LibraryHooks {
  /** Called when the renderer reports that every pending edit is saved (window close). */
  onFlushComplete?: () => void;
  /** Prints the window's page view to PDF bytes (Electron: webContents.printToPDF; tests: page.pdf). */
  printToPdf?: () => Promise<Uint8Array>;
  /** Prints the window through the print layout (Electron: webContents.print); false = cancelled. */
  printWindow?: () => Promise<boolean>;
}

/** Binds every contract method to the services. Inputs arrive already validated (see `callApi`). */
export function implementApi(services: Services, hooks: HandlerHooks = {}): Implementation {
  const { drafts } = services;
  const view = new ViewSettingsService(services.settings);
  return {
    drafts: {
      list: () => drafts.list(),
      create: (input) => drafts.create(input),
      get: ({ id }) => drafts.get(id),
      save: (input) => drafts.save(input),
      rename: ({ id, title }) => drafts.rename(id, title),
      setYear: ({ id, year }) => drafts.setYear(id, year),
      setHouseStyle: ({ id, houseStyle }) => drafts.setHouseStyle(id, houseStyle),
      duplicate: ({ id }) => drafts.duplicate(id),
      delete: ({ id }) => drafts.delete(id),
      undoDelete: ({ id }) => drafts.undoDelete(id),
      import: ({ fileName, dataBase64 }) => services.imports.importBytes(fileName, Buffer.from(dataBase64, 'base64')),
      cancelImport: () => ({ canceled: services.imports.cancelAll() }),
    },
    rollover: {
      fromFile: async ({ fileName, dataBase64, year, fromYear }) => {
        const { paragraphs } = await services.imports.readCancelable(fileName, Buffer.from(dataBase64, 'base64'));
        return services.rollover.fromImported(fileName, paragraphs, year, fromYear === undefined ? {} : { fromYear });
      },
      fromDraft: ({ draftId, year, fromYear }) => services.rollover.fromDraft(draftId, year, fromYear === undefined ? {} : { fromYear }),
      get: ({ id }) => services.rollover.get(id),
      baseParagraphs: ({ id }) => services.rollover.baseParagraphs(id),
      keep: ({ id, keys }) => services.rollover.keep(id, keys),
      pendingFigures: ({ id }) => services.rollover.pendingFigures(id),
      addPendingFigures: ({ id, keys }) => services.rollover.addPendingFigures(id, keys),
      confirmFigures: ({ id, keys }) => services.rollover.confirmFigures(id, keys),
    },
    versions: {
      list: ({ id }) => drafts.listVersions(id),
      get: ({ id, versionId }) => drafts.getVersion(id, versionId),
      restore: ({ id, versionId }) => drafts.restoreVersion(id, versionId),
    },
    dismissals: {
      list: ({ id }) => services.dismissals.list(id),
      dismiss: ({ id, key }) => services.dismissals.dismiss(id, key),
      clear: ({ id }) => services.dismissals.clear(id),
    },
    export: {
      draft: ({ id, force, ...options }) =>
        services.exports.exportDraft(id, { ...options, force: force ?? false }, (defaultPath, format) =>
          chooseExportPath(fromHost(hooks.dialogs, '选择保存位置，不能导出'))(defaultPath, format),
        ),
      pdf: ({ id, force }) => {
        const what = '打印为 PDF';
        return services.exports.exportPdf(id, { force: force ?? false }, chooseExportPath(fromHost(hooks.dialogs, what)), fromHost(hooks.printToPdf, what));
      },
      print: async () => ({ printed: await fromHost(hooks.printWindow, '打印')() }),
      options: () => services.exports.options(),
    },
    app: {
      startupNotices: () => services.startupNotices,
      flushComplete: () => {
        hooks.onFlushComplete?.();
        return null;
      },
    },
    view: {
      get: () => view.get(),
      set: (patch) => view.set(patch),
    },
    tifa: {
      list: () => tifaList(services),
      saveUser: ({ entries }) => {
        services.tifa.saveUser(entries);
        return tifaList(services);
      },
    },
    library: implementLibraryApi(services, hooks),
    ...implementTemplatesApi(services),
    compare: implementCompareApi(services, hooks.dialogs),
  };
}

function tifaList(services: Services): TifaList {
  const { entries, problems } = services.tifa.readUser();
  return { builtIn: [...BUILT_IN_TIFA], user: entries, problems };
}

export type ApiDispatcher = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The one entry point every transport uses: checks that the method exists, validates the input
 * against the contract, runs it, and turns every failure into an ApiResult with a Chinese message.
 */
export function createDispatcher(impl: Implementation, onInternalError: (err: unknown) => void = () => {}): ApiDispatcher {
  return async (method, input) => {
    const found = typeof method === 'string' ? lookup(impl, method) : undefined;
    if (!found) {
      return failure({ code: 'invalid_input', message: `未知的调用：${String(method).slice(0, 40)}` });
    }
    const parsed = found.input.safeParse(input ?? {});
    if (!parsed.success) {
      return failure({ code: 'invalid_input', message: describeInvalid(parsed.error) });
    }
    try {
      return { ok: true, value: await found.run(parsed.data) };
    } catch (err) {
      if (err instanceof ServiceError) return failure({ code: err.code, message: err.message });
      onInternalError(err);
      return failure({ code: 'internal', message: `操作失败：${err instanceof Error ? err.message : String(err)}` });
    }
  };
}

/** A 'resource.verb' name's input schema and implementation; undefined for anything not in the contract. */
function lookup(impl: Implementation, method: string): { input: z.ZodType; run: (input: unknown) => unknown } | undefined {
  const dot = method.indexOf('.');
  const resource = method.slice(0, dot);
  const verb = method.slice(dot + 1);
  if (dot < 0 || !Object.hasOwn(apiContract, resource)) return undefined;
  const specs: Record<string, { input: z.ZodType }> = apiContract[resource as ApiResource];
  if (!Object.hasOwn(specs, verb)) return undefined;
  const run = (impl[resource as ApiResource] as Record<string, (input: unknown) => unknown>)[verb]!;
  return { input: specs[verb]!.input, run };
}

function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}

function describeInvalid(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first?.path.length ? `（${first.path.join('.')}）` : '';
  return `输入不正确${where}：${first?.message ?? ''}`;
}
