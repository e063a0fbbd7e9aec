import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE_CHANNEL, type ApiResult } from '../shared/api';
import type { ApiDispatcher } from './api-handlers';
import { isTrustedSenderUrl } from './security/policy';

/**
 * Wires the one dispatcher to IPC. Only the main frame of the app's own page may call: an iframe or a
 * page the window was somehow navigated to gets a refusal, never a service.
 */
export function registerIpc(dispatch: ApiDispatcher, devServerUrl?: string): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame || !isTrustedSenderUrl(frame.url, devServerUrl)) {
      return { ok: false, error: { code: 'invalid_input', message: '拒绝来自未知页面的调用。' } };
    }
    return dispatch(String(method), input);
  });
}
