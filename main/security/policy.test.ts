import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isRequestAllowed, isTrustedSenderUrl, resolveAppUrl } from './policy';

describe('isRequestAllowed', () => {
  it('allows only the app origin in production', () => {
    expect(isRequestAllowed('app://gongwen/index.html')).toBe(true);
    expect(isRequestAllowed('app://gongwen/assets/index-abc.js')).toBe(true);
    expect(isRequestAllowed('https://example.com/')).toBe(false);
    expect(isRequestAllowed('http://127.0.0.1:5173/')).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd')).toBe(false);
    expect(isRequestAllowed('app://evil/index.html')).toBe(false);
    expect(isRequestAllowed('ws://10.0.0.1/')).toBe(false);
    expect(isRequestAllowed('not a url')).toBe(false);
  });

  it('allows the local dev server during development only', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isRequestAllowed('http://localhost:8080/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts only pages of the app', () => {
    expect(isTrustedSenderUrl('app://gongwen/index.html')).toBe(true);
    expect(isTrustedSenderUrl('https://gongwen/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://gongwen.evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('about:blank')).toBe(false);
  });
});

describe('resolveAppUrl', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppUrl('app://gongwen/')).toBe('index.html');
    expect(resolveAppUrl('app://gongwen/assets/a.js?x=1')).toBe('assets/a.js');
    expect(resolveAppUrl('app://gongwen/%E5%AD%97%E4%BD%93.woff2')).toBe('字体.woff2');
  });

  it('refuses traversal and foreign hosts', () => {
    // The URL parser already folds dot segments, so this stays inside the renderer folder.
    expect(resolveAppUrl('app://gongwen/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd');
    // Encoded slashes survive parsing and would escape after decoding: refused.
    expect(resolveAppUrl('app://gongwen/..%2F..%2Fsecret')).toBeNull();
    expect(resolveAppUrl('app://gongwen/a/..%5C..%5Csecret')).toBeNull();
    expect(resolveAppUrl('app://other/index.html')).toBeNull();
    expect(resolveAppUrl('https://gongwen/index.html')).toBeNull();
    expect(resolveAppUrl('app://gongwen/%E0%A4%A')).toBeNull();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('forbids remote code and connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
