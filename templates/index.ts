// The built-in templates, imported statically so every consumer gets them the same way: electron-vite
// inlines the JSON into the main bundle (nothing to ship beside the app), vitest and the CLI (tsx) load
// it as modules. Add a file here and it is loaded, validated (main/templates/templates-service.ts) and
// tested (main/templates/templates.acceptance.test.ts). The files are data, validated at load: their
// static types are not relied on.
import annualWorkPlan from './annual-work-plan.json';
import meetingSpiritReport from './meeting-spirit-report.json';
import partyResponsibilityReport from './party-responsibility-report.json';
import periodicWorkSummary from './periodic-work-summary.json';
import standingCommitteeAnnualReport from './standing-committee-annual-report.json';
import development from './sections/development.json';
import governance from './sections/governance.json';
import party from './sections/party.json';
import structure from './sections/structure.json';

export interface BuiltInFile {
  /** The file under templates/, for messages. */
  file: string;
  data: unknown;
}

/** Document templates, in the order the picker lists them. */
export const builtInDocumentTemplates: readonly BuiltInFile[] = [
  { file: 'meeting-spirit-report.json', data: meetingSpiritReport },
  { file: 'standing-committee-annual-report.json', data: standingCommitteeAnnualReport },
  { file: 'party-responsibility-report.json', data: partyResponsibilityReport },
  { file: 'annual-work-plan.json', data: annualWorkPlan },
  { file: 'periodic-work-summary.json', data: periodicWorkSummary },
];

/** Section templates, one file per category. */
export const builtInSectionFiles: readonly BuiltInFile[] = [
  { file: 'sections/structure.json', data: structure },
  { file: 'sections/party.json', data: party },
  { file: 'sections/development.json', data: development },
  { file: 'sections/governance.json', data: governance },
];
