import { OPEN_FIND_COMMAND } from '../../editor/plugins/FindReplacePlugin/commands';
import type { CommandRuntime } from '../context';

export default { run: ({ workspace }) => void workspace.editor?.dispatchCommand(OPEN_FIND_COMMAND, 'replace') } satisfies CommandRuntime;
