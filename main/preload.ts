// Runs in the sandboxed preload: exposes the typed API (shared/api/) as window.gongwen, one object per
// resource with one function per method (window.gongwen.drafts.get), and never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bindApiCalls, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ApiEvent, type GongwenApi } from '../shared/api';

const api = {
  ...bindApiCalls((method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input)),
  onEvent(listener: (event: ApiEvent) => void) {
    const handler = (_event: IpcRendererEvent, payload: ApiEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
} as GongwenApi;

contextBridge.exposeInMainWorld('gongwen', api);
