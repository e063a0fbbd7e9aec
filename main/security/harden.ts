import { app, protocol, session, type WebContents } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mimeTypeFor } from './mime';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isRequestAllowed, resolveAppUrl } from './policy';

/** Must run before `app` is ready: app:// is a standard, secure scheme with its own origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer bundle on app://gongwen/ with the CSP header, and blocks every other request. */
export function hardenSession(rendererDir: string, devServerUrl?: string): void {
  const ses = session.defaultSession;
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const relative = resolveAppUrl(request.url);
    if (!relative) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(path.join(rendererDir, ...relative.split('/')));
      return new Response(body, {
        headers: {
          'Content-Type': mimeTypeFor(relative),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  // Offline by design: anything that is not our own bundle is cancelled before it leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, devServerUrl) }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}

/** No navigation away from the app, no new windows, no <webview>, for every web contents ever created. */
export function denyNavigation(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
