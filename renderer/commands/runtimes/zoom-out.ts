import type { CommandRuntime } from '../context';

export default { run: ({ zoom }) => zoom.zoomOut() } satisfies CommandRuntime;
