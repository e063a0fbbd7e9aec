import type { CommandRuntime } from '../context';

/** 存入素材库 (Ctrl+Shift+L): the selected text into the snippet library, with the headings above it. */
export default { run: ({ workspace }) => workspace.saveSelectionToLibrary() } satisfies CommandRuntime;
