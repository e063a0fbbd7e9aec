// Runs in the sandboxed preload: exposes the typed API (shared/api.ts) as window.gongwen, one function per
// contract method, and never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiMethods, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ApiEvent, type GongwenApi } from '../shared/api';

const calls = Object.fromEntries(
  apiMethods.map((method) => [method, (input: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)]),
);

const api = {
  ...calls,
  onEvent(listener: (event: ApiEvent) => void) {
    const handler = (_event: IpcRendererEvent, payload: ApiEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
} as GongwenApi;

contextBridge.exposeInMainWorld('gongwen', api);
