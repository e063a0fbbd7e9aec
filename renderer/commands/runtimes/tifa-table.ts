import type { CommandRuntime } from '../context';

export default { run: ({ dialogs }) => dialogs.open({ kind: 'tifa' }) } satisfies CommandRuntime;
