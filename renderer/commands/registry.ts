import type { CommandId } from '../../shared/commands';
import type { CommandRuntime } from './context';

// One file per command, named by its id (Joplin's desktop commands: a declaration and a runtime). The
// declaration is the command's row in shared/commands.ts; registry.test.ts checks the two sets match.
const modules = import.meta.glob<{ default: CommandRuntime }>('./runtimes/*.ts', { eager: true });

export const COMMAND_RUNTIMES: Readonly<Record<string, CommandRuntime>> = Object.fromEntries(
  Object.entries(modules).map(([file, module]) => [file.replace(/^.*\/|\.ts$/g, ''), module.default]),
);

export function runtimeOf(id: CommandId): CommandRuntime | undefined {
  return COMMAND_RUNTIMES[id];
}
