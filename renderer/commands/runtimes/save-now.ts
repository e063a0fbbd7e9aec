import type { CommandRuntime } from '../context';

export default { run: ({ session, toast }) => session.flush().catch(toast.error) } satisfies CommandRuntime;
