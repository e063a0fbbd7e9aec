import type { CommandRuntime } from '../context';

export default { run: ({ openFilePicker }) => openFilePicker() } satisfies CommandRuntime;
