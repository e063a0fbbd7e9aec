import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { createDispatcher, implementApi } from '../api-handlers';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(temp.dir);
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

describe('DismissalsService', () => {
  it('remembers ignored findings per draft across a reopen, once each, and clears them', () => {
    const a = services.drafts.create({});
    const b = services.drafts.create({});
    services.dismissals.dismiss(a.id, 'typo/table␟已␟截止目前␟完成');
    services.dismissals.dismiss(a.id, 'typo/table␟已␟截止目前␟完成');
    expect(services.dismissals.list(a.id)).toEqual(['typo/table␟已␟截止目前␟完成']);
    expect(services.dismissals.list(b.id)).toEqual([]);

    services.close();
    services = createServices(temp.dir);
    expect(services.dismissals.list(a.id)).toHaveLength(1);
    expect(services.dismissals.clear(a.id)).toEqual([]);
    expect(services.dismissals.list(a.id)).toEqual([]);
  });

  it('refuses an unknown or deleted draft with a Chinese message', () => {
    const a = services.drafts.create({});
    services.drafts.delete(a.id);
    expect(() => services.dismissals.dismiss(a.id, 'k')).toThrow('找不到这个文档');
  });

  it('validates the key through the API dispatcher', async () => {
    const dispatch = createDispatcher(implementApi(services), () => undefined);
    const a = services.drafts.create({});
    const bad = await dispatch('dismissals.dismiss', { id: a.id, key: 'x'.repeat(401) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const good = await dispatch('dismissals.dismiss', { id: a.id, key: 'k' });
    expect(good).toEqual({ ok: true, value: ['k'] });
  });
});
