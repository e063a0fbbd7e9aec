import type { CommandRuntime } from '../context';

export default { run: ({ session }) => session.create() } satisfies CommandRuntime;
