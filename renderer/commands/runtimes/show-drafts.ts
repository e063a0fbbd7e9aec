import type { CommandRuntime } from '../context';

export default { run: ({ session }) => session.showList() } satisfies CommandRuntime;
