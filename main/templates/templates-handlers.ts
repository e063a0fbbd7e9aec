/**
 * The templates.*, sectionTemplates.*, userTemplates.* and fields.* methods of the API contract, bound to the
 * templates service (main/templates/templates-service.ts) and the draft fields store.
 */
import type { ResourceImplementation } from '../../shared/api';
import type { Services } from '../services';
import { DraftFieldsStore } from './draft-fields-store';

type TemplateResource = 'templates' | 'sectionTemplates' | 'userTemplates' | 'fields';

export function implementTemplatesApi(services: Services): { [R in TemplateResource]: ResourceImplementation<R> } {
  const templates = () => services.templates;
  const draftFields = new DraftFieldsStore(services.settings, services.drafts);
  return {
    templates: {
      list: () => templates().list(),
      get: ({ id }) => templates().get(id),
      createDraft: ({ templateId, values, title, stripGuidance }) => {
        const draft = templates().createDraft({
          templateId,
          ...(values ? { values } : {}),
          ...(title !== undefined ? { title } : {}),
          ...(stripGuidance !== undefined ? { stripGuidance } : {}),
        });
        // The draft remembers its fields and what they were filled with, for 填写字段 and 插入章节.
        const { fields } = templates().get(templateId);
        const given = values ?? {};
        const filled = Object.fromEntries(fields.map((f) => [f.name, Object.hasOwn(given, f.name) ? given[f.name]! : (f.default ?? '')]));
        draftFields.declare(draft.id, fields, filled);
        return draft;
      },
    },
    sectionTemplates: {
      list: () => templates().listSections(),
      get: ({ id, values, level }) => templates().getSection(id, { ...(values ? { values } : {}), ...(level ? { level } : {}) }),
    },
    userTemplates: {
      save: (input) => templates().saveUser(input),
      update: (input) => templates().updateUser(input),
      delete: ({ id }) => templates().deleteUser(id),
    },
    fields: {
      get: ({ id }) => draftFields.get(id),
      set: ({ id, values }) => draftFields.setValues(id, values),
    },
  };
}
