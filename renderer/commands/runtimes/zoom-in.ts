import type { CommandRuntime } from '../context';

export default { run: ({ zoom }) => zoom.zoomIn() } satisfies CommandRuntime;
