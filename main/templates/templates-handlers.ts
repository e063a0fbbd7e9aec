/**
 * The template methods of the API contract, bound to the templates service (main/templates/templates-service.ts).
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import type { Services } from '../services';
import { DraftFieldsStore } from './draft-fields-store';

type TemplateMethod =
  | 'listTemplates'
  | 'getTemplate'
  | 'createDraftFromTemplate'
  | 'listSectionTemplates'
  | 'getSectionTemplate'
  | 'saveUserTemplate'
  | 'updateUserTemplate'
  | 'deleteUserTemplate'
  | 'getDraftFields'
  | 'setDraftFields';
type TemplateImplementation = { [M in TemplateMethod & ApiMethod]: (input: ApiInput<M>) => ApiOutput<M> };

export function implementTemplatesApi(services: Services): TemplateImplementation {
  const templates = () => services.templates;
  const draftFields = new DraftFieldsStore(services.settings, services.drafts);
  return {
    listTemplates: () => templates().list(),
    getTemplate: ({ id }) => templates().get(id),
    createDraftFromTemplate: ({ templateId, values, title, stripGuidance }) => {
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
    listSectionTemplates: () => templates().listSections(),
    getSectionTemplate: ({ id, values, level }) =>
      templates().getSection(id, { ...(values ? { values } : {}), ...(level ? { level } : {}) }),
    saveUserTemplate: (input) => templates().saveUser(input),
    updateUserTemplate: (input) => templates().updateUser(input),
    deleteUserTemplate: ({ id }) => templates().deleteUser(id),
    getDraftFields: ({ id }) => draftFields.get(id),
    setDraftFields: ({ id, values }) => draftFields.setValues(id, values),
  };
}
