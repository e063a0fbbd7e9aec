import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Finding } from '../../shared/checks/types';
import type { DocParagraph } from '../../shared/document/roles';

/** The app's dialogs: at most one is open, with what it was opened with. */
export type DialogRequest =
  /** 导出, with the error-level findings at the moment it opened. */
  | { kind: 'export'; errors: Finding[] }
  | { kind: 'gallery' }
  /** 提法表: the built-in dated wordings and the office's own. */
  | { kind: 'tifa' }
  /** 对照去年: the open draft beside its base. */
  | { kind: 'compare' }
  /** 以去年报告为底稿新建, from a file or a draft (this one preselected). */
  | { kind: 'rollover'; draftId?: string }
  | { kind: 'section-picker' }
  | { kind: 'library-palette' }
  | { kind: 'library-manager' }
  /** 设为字段 with the selected text. */
  | { kind: 'mark-field'; selected: string }
  /** 存为模板: the whole document, and the selected sections if more than one paragraph is selected. */
  | { kind: 'save-template'; document: DocParagraph[]; selection: DocParagraph[] | null };

export interface Dialogs {
  current: DialogRequest | null;
  open(request: DialogRequest): void;
  close(): void;
}

const DialogsContext = createContext<Dialogs | null>(null);

/** Which dialog is open, for any component to open one (as Lexical's playground does with useModal). */
export function DialogsProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<DialogRequest | null>(null);
  const dialogs = useMemo<Dialogs>(() => ({ current, open: setCurrent, close: () => setCurrent(null) }), [current]);
  return <DialogsContext.Provider value={dialogs}>{children}</DialogsContext.Provider>;
}

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs 须在 DialogsProvider 之内使用');
  return dialogs;
}
