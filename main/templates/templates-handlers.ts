/**
 * The template methods of the API contract, bound to the templates service (main/templates/templates-service.ts).
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import type { Services } from '../services';

type TemplateMethod =
  | 'listTemplates'
  | 'getTemplate'
  | 'createDraftFromTemplate'
  | 'listSectionTemplates'
  | 'getSectionTemplate'
  | 'saveUserTemplate'
  | 'updateUserTemplate'
  | 'deleteUserTemplate';
type TemplateImplementation = { [M in TemplateMethod & ApiMethod]: (input: ApiInput<M>) => ApiOutput<M> };

export function implementTemplatesApi(services: Services): TemplateImplementation {
  const templates = () => services.templates;
  return {
    listTemplates: () => templates().list(),
    getTemplate: ({ id }) => templates().get(id),
    createDraftFromTemplate: ({ templateId, values, title, stripGuidance }) =>
      templates().createDraft({
        templateId,
        ...(values ? { values } : {}),
        ...(title !== undefined ? { title } : {}),
        ...(stripGuidance !== undefined ? { stripGuidance } : {}),
      }),
    listSectionTemplates: () => templates().listSections(),
    getSectionTemplate: ({ id, values, level }) =>
      templates().getSection(id, { ...(values ? { values } : {}), ...(level ? { level } : {}) }),
    saveUserTemplate: (input) => templates().saveUser(input),
    updateUserTemplate: (input) => templates().updateUser(input),
    deleteUserTemplate: ({ id }) => templates().deleteUser(id),
  };
}
