import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from './services';
import { makeTempDir } from './testing/temp-dir';
import { createDispatcher, implementApi, type ApiDispatcher } from './api-handlers';
import { apiContract, apiMethods } from '../shared/api';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let call: ApiDispatcher;
let flushed = 0;

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(temp.dir);
  call = createDispatcher(implementApi(services, { onFlushComplete: () => flushed++ }));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

describe('API dispatcher', () => {
  it('implements every method of the contract', () => {
    const impl = implementApi(services);
    const implemented = Object.entries(impl).flatMap(([resource, verbs]) => Object.keys(verbs).map((verb) => `${resource}.${verb}`));
    expect(implemented.sort()).toEqual([...apiMethods].sort());
    const declared = Object.values(apiContract).reduce((n, verbs) => n + Object.keys(verbs).length, 0);
    expect(apiMethods.length).toBe(declared);
    expect(apiMethods.every((m) => /^[a-zA-Z]+\.[a-zA-Z]+$/.test(m))).toBe(true);
  });

  it('runs a valid call and returns its value', async () => {
    const created = await call('drafts.create', { title: '报告' });
    expect(created.ok).toBe(true);
    const list = await call('drafts.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ title: '报告' }] });
  });

  it('refuses unknown methods and prototype keys', async () => {
    for (const name of ['dropDatabase', 'constructor', '__proto__', 'toString', 'drafts', 'drafts.', 'drafts.constructor', 'drafts.__proto__', '__proto__.get', 'constructor.name', 'drafts.get.x', 'listDrafts']) {
      const result = await call(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('未知的调用') } });
    }
  });

  it('validates inputs with a Chinese message and never reaches the service', async () => {
    const bad = await call('drafts.get', { id: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('输入不正确（id）') } });
    const extra = await call('drafts.list', { sql: 'DROP TABLE drafts' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongType = await call('drafts.save', { id: 'abcdefgh12', lexicalJson: 5, plainText: '' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const style = await call('drafts.setHouseStyle', { id: 'abcdefgh12', houseStyle: '随便' });
    expect(style).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('未知的单位规范') } });
    const tooLong = await call('drafts.rename', { id: 'abcdefgh12', title: '长'.repeat(201) });
    expect(tooLong).toMatchObject({ ok: false, error: { message: expect.stringContaining('标题不能超过') } });
  });

  it('maps service errors to typed results', async () => {
    const missing = await call('drafts.get', { id: 'abcdefgh12' });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: '找不到该文档，可能已被删除。' } });
  });

  it('reports app.flushComplete to the host', async () => {
    await call('app.flushComplete', {});
    expect(flushed).toBeGreaterThan(0);
  });
});
