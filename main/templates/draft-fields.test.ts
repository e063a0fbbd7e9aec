import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, Draft, DraftFields } from '../../shared/api';
import { createDispatcher, implementApi, type ApiDispatcher } from '../api-handlers';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let call: ApiDispatcher;

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(temp.dir, { now: () => new Date('2026-04-08T09:00:00+08:00') });
  call = createDispatcher(implementApi(services));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

const value = <T>(r: ApiResult<unknown>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

describe('a draft’s template fields (填写字段)', () => {
  it('remembers the fields and values a draft was created with, merges what the panel fills in, and outlives a restart', async () => {
    const draft = value<Draft>(await call('templates.createDraft', { templateId: 'periodic-work-summary', values: { 单位名称: '' } }));
    const fields = value<DraftFields>(await call('fields.get', { id: draft.id }));
    expect(fields.fields.map((f) => f.name)).toEqual(['单位名称', '年份', '时段', '下一时段', '上级机关', '主送机关', '署名机关', '成文日期']);
    expect(fields.fields[0]!.label).toBe('单位名称（文中自称）');
    // Given "" stays unfilled; the others took their defaults (年份 and 成文日期 computed at creation).
    expect(fields.values).toEqual({ 年份: '2026', 时段: '上半年', 下一时段: '下半年', 上级机关: '区委、区政府', 成文日期: '2026年4月8日' });

    const after = value<DraftFields>(await call('fields.set', { id: draft.id, values: { 单位名称: ' 和平街道 ', 时段: '' } }));
    expect(after.values['单位名称']).toBe('和平街道');
    expect(after.values).not.toHaveProperty('时段');

    services.close();
    services = createServices(temp.dir);
    call = createDispatcher(implementApi(services));
    expect(value<DraftFields>(await call('fields.get', { id: draft.id })).values['单位名称']).toBe('和平街道');
  });

  it('has no fields for a blank draft, refuses an unknown draft and a bad field name', async () => {
    const blank = value<Draft>(await call('drafts.create', {}));
    expect(value<DraftFields>(await call('fields.get', { id: blank.id }))).toEqual({ fields: [], values: {} });
    const missing = await call('fields.get', { id: 'AAAAAAAAAAAAAAAA' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const bad = await call('fields.set', { id: blank.id, values: { '单位{名称}': 'x' } });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
  });
});
