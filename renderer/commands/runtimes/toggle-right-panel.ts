import type { CommandRuntime } from '../context';

export default { run: ({ workspace }) => workspace.setPanels((p) => ({ ...p, right: !p.right })) } satisfies CommandRuntime;
