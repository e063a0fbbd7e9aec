import type { CommandRuntime } from '../context';

export default { run: ({ zoom }) => zoom.resetZoom() } satisfies CommandRuntime;
