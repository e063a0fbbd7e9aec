import type { ApiResult, GongwenApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or bound by the browser-test harness: the same typed API. */
    gongwen?: GongwenApi;
  }
}

export function getApi(): GongwenApi {
  if (!window.gongwen) throw new Error('公文写作台的后台服务不可用：请从应用程序启动本页面。');
  return window.gongwen;
}

/** An API failure, carrying the Chinese message from main. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiFailure(result.error.code, result.error.message);
}
