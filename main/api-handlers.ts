import { z } from 'zod';
import {
  apiContract,
  type ApiError,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
} from '../shared/api';
import { ServiceError } from './errors';
import type { ChooseExportPath } from './export/export-service';
import { implementLibraryApi, type LibraryHooks } from './library/library-handlers';
import type { Services } from './services';
import { ViewSettingsService } from './settings/view-settings-service';
import { implementTemplatesApi } from './templates/templates-handlers';

type Implementation = { [M in ApiMethod]: (input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** The snippet library's hooks (file dialogs, the progress `emit`) are declared in main/library/library-handlers.ts. */
export interface HandlerHooks extends LibraryHooks {
  /** Called when the renderer reports that every pending edit is saved (window close). */
  onFlushComplete?: () => void;
  /**
   * Where to save an export: Electron shows a save dialog (main/index.ts), browser tests return a temp
   * path. Gets the suggested path (last export folder + the draft's title) and the format; null = cancelled.
   */
  chooseExportPath?: ChooseExportPath;
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
    listDrafts: () => drafts.list(),
    createDraft: (input) => drafts.create(input),
    getDraft: ({ id }) => drafts.get(id),
    saveDraft: (input) => drafts.save(input),
    renameDraft: ({ id, title }) => drafts.rename(id, title),
    setDraftYear: ({ id, year }) => drafts.setYear(id, year),
    setDraftHouseStyle: ({ id, houseStyle }) => drafts.setHouseStyle(id, houseStyle),
    duplicateDraft: ({ id }) => drafts.duplicate(id),
    deleteDraft: ({ id }) => drafts.delete(id),
    undoDeleteDraft: ({ id }) => drafts.undoDelete(id),
    listVersions: ({ id }) => drafts.listVersions(id),
    getVersion: ({ id, versionId }) => drafts.getVersion(id, versionId),
    restoreVersion: ({ id, versionId }) => drafts.restoreVersion(id, versionId),
    importDocument: ({ fileName, dataBase64 }) => services.imports.importBytes(fileName, Buffer.from(dataBase64, 'base64')),
    listDismissals: ({ id }) => services.dismissals.list(id),
    dismissFinding: ({ id, key }) => services.dismissals.dismiss(id, key),
    clearDismissals: ({ id }) => services.dismissals.clear(id),
    exportDraft: ({ id, force, ...options }) =>
      services.exports.exportDraft(id, { ...options, force: force ?? false }, (defaultPath, format) => {
        if (!hooks.chooseExportPath) throw new ServiceError('unsupported', '此环境无法选择保存位置，不能导出。');
        return hooks.chooseExportPath(defaultPath, format);
      }),
    exportPdf: ({ id, force }) => {
      const { chooseExportPath, printToPdf } = hooks;
      if (!chooseExportPath || !printToPdf) throw new ServiceError('unsupported', '此环境无法打印为 PDF。');
      return services.exports.exportPdf(id, { force: force ?? false }, chooseExportPath, printToPdf);
    },
    printWindow: async () => {
      if (!hooks.printWindow) throw new ServiceError('unsupported', '此环境无法打印。');
      return { printed: await hooks.printWindow() };
    },
    getExportOptions: () => services.exports.options(),
    getStartupNotices: () => services.startupNotices,
    getViewSettings: () => view.get(),
    setViewSettings: (patch) => view.set(patch),
    flushComplete: () => {
      hooks.onFlushComplete?.();
      return null;
    },
    ...implementLibraryApi(services, hooks),
    ...implementTemplatesApi(services),
  };
}

export type ApiDispatcher = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The one entry point every transport uses: checks that the method exists, validates the input
 * against the contract, runs it, and turns every failure into an ApiResult with a Chinese message.
 */
export function createDispatcher(impl: Implementation, onInternalError: (err: unknown) => void = () => {}): ApiDispatcher {
  return async (method, input) => {
    if (typeof method !== 'string' || !Object.hasOwn(apiContract, method)) {
      return failure({ code: 'invalid_input', message: `未知的调用：${String(method).slice(0, 40)}` });
    }
    const name = method as ApiMethod;
    const parsed = (apiContract[name].input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) {
      return failure({ code: 'invalid_input', message: describeInvalid(parsed.error) });
    }
    try {
      const run = impl[name] as (input: unknown) => unknown;
      return { ok: true, value: await run(parsed.data) };
    } catch (err) {
      if (err instanceof ServiceError) return failure({ code: err.code, message: err.message });
      onInternalError(err);
      return failure({ code: 'internal', message: `操作失败：${err instanceof Error ? err.message : String(err)}` });
    }
  };
}

function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}

function describeInvalid(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first?.path.length ? `（${first.path.join('.')}）` : '';
  return `输入不正确${where}：${first?.message ?? ''}`;
}
