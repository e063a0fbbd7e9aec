import type { Dialogs, OpenDialogRequest, SaveDialogRequest } from './dialogs';

export type DialogRequest = { kind: 'open'; request: OpenDialogRequest } | { kind: 'save'; request: SaveDialogRequest };

/**
 * Dialogs for tests: every request is recorded, and `answer` says what the user "chose" (null = cancel).
 * The browser-test harness answers export and library dialogs with temp paths this way.
 */
export function scriptedDialogs(options: {
  documentsDir: string;
  answer: (request: DialogRequest) => string[] | string | null | Promise<string[] | string | null>;
}): Dialogs & { requests: DialogRequest[] } {
  const requests: DialogRequest[] = [];
  return {
    requests,
    documentsDir: () => options.documentsDir,
    async open(request) {
      const entry: DialogRequest = { kind: 'open', request };
      requests.push(entry);
      const chosen = await options.answer(entry);
      if (chosen === null) return null;
      const paths = Array.isArray(chosen) ? chosen : [chosen];
      return paths.length ? paths : null;
    },
    async save(request) {
      const entry: DialogRequest = { kind: 'save', request };
      requests.push(entry);
      const chosen = await options.answer(entry);
      return Array.isArray(chosen) ? (chosen[0] ?? null) : chosen;
    },
  };
}
