import { z } from 'zod';
import type { DraftFields, TemplateFieldInfo } from '../../shared/api';
import type { DraftsService } from '../documents/drafts-service';
import type { SettingsStore } from '../settings/settings-store';

const storedSchema = z.object({
  fields: z.array(z.object({ name: z.string(), label: z.string(), default: z.string().optional(), hint: z.string().optional() })),
  values: z.record(z.string(), z.string()),
});

const EMPTY: DraftFields = { fields: [], values: {} };

/**
 * The template fields of each draft and the values filled in, for the 填写字段 panel and 插入章节.
 * Kept as one settings entry per draft (`draftFields:<id>`): small JSON read and written whole, with
 * no schema change to the drafts table. Every call checks the draft exists (not_found otherwise).
 */
export class DraftFieldsStore {
  constructor(
    private readonly settings: SettingsStore,
    private readonly drafts: DraftsService,
  ) {}

  get(id: string): DraftFields {
    this.drafts.get(id);
    return this.settings.get(key(id), storedSchema, EMPTY);
  }

  /** A draft made from a template: its fields, and the values it was filled with ("" = left as {{名称}}). */
  declare(id: string, fields: readonly TemplateFieldInfo[], values: Readonly<Record<string, string>>): DraftFields {
    this.drafts.get(id);
    const next: DraftFields = { fields: fields.map((f) => ({ ...f })), values: nonEmpty(values) };
    this.settings.set(key(id), next);
    return next;
  }

  /** Values filled in with the panel, merged with the others (a field given "" becomes unfilled). */
  setValues(id: string, values: Readonly<Record<string, string>>): DraftFields {
    const current = this.get(id);
    const merged = { ...current.values };
    for (const [name, value] of Object.entries(values)) {
      if (value.trim()) merged[name] = value.trim();
      else delete merged[name];
    }
    const next: DraftFields = { fields: current.fields, values: merged };
    this.settings.set(key(id), next);
    return next;
  }
}

function key(id: string): string {
  return `draftFields:${id}`;
}

function nonEmpty(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}
