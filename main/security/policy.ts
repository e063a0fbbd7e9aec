/**
 * The app's security policy as pure data and functions, so it can be unit-tested without Electron.
 * The app is offline by design: the renderer may load its own bundle and nothing else.
 */

/** Our own scheme: the renderer is served from app://gongwen/ (not file://, so it has a real origin). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gongwen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // React and Lexical set styles through the CSSOM, which CSP does not restrict; no inline <style> needed
  // except the ones Vite emits as files. 'unsafe-inline' for style attributes is kept off.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Whether the renderer may make a request. Only the app's own origin (and, in development, the local
 * Vite dev server) is allowed; every other request is cancelled before it leaves the machine.
 */
export function isRequestAllowed(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'chrome-extension:') return true;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
    if (sameHost && (parsed.protocol === 'http:' || parsed.protocol === 'ws:')) return true;
  }
  return false;
}

/** Whether an IPC message comes from the app's own page (not an iframe, not a navigated-away page). */
export function isTrustedSenderUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  return Boolean(devServerUrl && url.startsWith(devServerUrl));
}

/**
 * Maps an app:// URL to a file inside the renderer folder, refusing anything that would escape it.
 * Returns a path relative to the renderer folder (always with forward slashes), or null.
 */
export function resolveAppUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0'))) return null;
  return segments.length ? segments.join('/') : 'index.html';
}
