import type { CommandRuntime } from '../context';

export default { run: ({ print }) => print() } satisfies CommandRuntime;
