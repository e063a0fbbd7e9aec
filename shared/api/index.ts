/**
 * The whole contract between the renderer and the main process, one file per resource in this folder.
 *
 * Each method, named `resource.verb` ('drafts.get'), has a zod schema for its input (validated at runtime
 * in main before a service sees it) and a result type. Three transports carry the same contract: Electron
 * IPC (main/ipc.ts + main/preload.ts), Playwright's exposeBinding in browser tests (e2e/harness.ts), and
 * direct calls from the CLI. Callers get a nested object, `api.drafts.get({ id })`; every call resolves to
 * an ApiResult: failures carry a code and a Chinese message for the user.
 */
import type { z } from 'zod';
import { appContract } from './app';
import type { ApiResult } from './common';
import { compareContract } from './compare';
import { dismissalsContract } from './dismissals';
import { draftsContract } from './drafts';
import type { ApiEvent } from './ipc-events';
import { exportContract } from './export';
import { fieldsContract } from './fields';
import { libraryContract } from './library';
import { rolloverContract } from './rollover';
import { sectionTemplatesContract, templatesContract, userTemplatesContract } from './templates';
import { tifaContract } from './tifa';
import { versionsContract } from './versions';
import { viewContract } from './view';

export { MAX_DOCUMENT_JSON_CHARS, MAX_IMPORT_BYTES, MAX_PLAIN_TEXT_CHARS, MAX_TITLE_CHARS } from '../limits';
export type { ApiError, ApiErrorCode, ApiResult } from './common';
export { draftIdSchema, yearSchema } from './common';
export type * from './app';
export type * from './drafts';
export type * from './versions';
export { exportColophonSchema, exportHeaderSchema, exportOptionsSchema } from './export';
export type * from './export';
export type * from './view';
export type * from './library';
export type * from './rollover';
export type * from './templates';
export type * from './tifa';
export type * from './ipc-events';
export type * from './compare';
export { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './ipc-events';

export const apiContract = {
  drafts: draftsContract,
  versions: versionsContract,
  dismissals: dismissalsContract,
  export: exportContract,
  app: appContract,
  view: viewContract,
  library: libraryContract,
  templates: templatesContract,
  sectionTemplates: sectionTemplatesContract,
  userTemplates: userTemplatesContract,
  fields: fieldsContract,
  rollover: rolloverContract,
  compare: compareContract,
  tifa: tifaContract,
} as const;

export type ApiContract = typeof apiContract;
export type ApiResource = keyof ApiContract;
/** Every method's name as the transports carry it: 'drafts.get', 'library.search', … */
export type ApiMethod = { [R in ApiResource]: `${R}.${keyof ApiContract[R] & string}` }[ApiResource];

type SpecInput<S> = S extends { input: infer I extends z.ZodType } ? z.input<I> : never;
type SpecOutput<S> = S extends { output: infer O } ? O : never;
type SpecOf<M extends ApiMethod> = M extends `${infer R extends ApiResource}.${infer V}` ? ApiContract[R][V & keyof ApiContract[R]] : never;

export type ApiInput<M extends ApiMethod> = SpecInput<SpecOf<M>>;
export type ApiOutput<M extends ApiMethod> = SpecOutput<SpecOf<M>>;

export const apiMethods = Object.entries(apiContract).flatMap(([resource, methods]) =>
  Object.keys(methods).map((verb) => `${resource}.${verb}`),
) as ApiMethod[];

/** What main implements for one resource: each verb takes the (validated) input and gives the result. */
export type ResourceImplementation<R extends ApiResource> = {
  [V in keyof ApiContract[R]]: (input: SpecInput<ApiContract[R][V]>) => SpecOutput<ApiContract[R][V]> | Promise<SpecOutput<ApiContract[R][V]>>;
};

/** What the preload exposes as `window.gongwen` (and the browser-test harness binds the same way). */
export type GongwenApi = {
  [R in ApiResource]: {
    [V in keyof ApiContract[R]]: (input: SpecInput<ApiContract[R][V]>) => Promise<ApiResult<SpecOutput<ApiContract[R][V]>>>;
  };
} & {
  /** Subscribe to events from main; returns the unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
};

/** The nested call object (`api.drafts.get`) over one transport that carries the dotted method name. */
export function bindApiCalls(invoke: (method: ApiMethod, input: unknown) => Promise<unknown>): Record<ApiResource, Record<string, (input: unknown) => Promise<unknown>>> {
  const calls = {} as Record<ApiResource, Record<string, (input: unknown) => Promise<unknown>>>;
  for (const method of apiMethods) {
    const [resource, verb] = method.split('.') as [ApiResource, string];
    (calls[resource] ??= {})[verb] = (input: unknown) => invoke(method, input);
  }
  return calls;
}
