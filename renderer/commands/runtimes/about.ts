import type { CommandRuntime } from '../context';

export default { run: ({ toast }) => toast.message('公文写作台 0.1.0：离线运行，不联网。') } satisfies CommandRuntime;
