import type { CommandRuntime } from '../context';

export default { run: ({ workspace }) => workspace.setPanels((p) => ({ ...p, left: !p.left })) } satisfies CommandRuntime;
