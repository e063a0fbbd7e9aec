// Every migration, in order. Numbered .sql files imported statically so the bundle carries them;
// add a file and a line here, never edit an applied one.
import m0001 from './0001_drafts.sql';
import m0002 from './0002_settings.sql';
import m0003 from './0003_dismissed_findings.sql';
import m0004 from './0004_draft_doc_title.sql';
import m0005 from './0005_draft_house_style.sql';
import m0006 from './0006_draft_bases.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_drafts', sql: m0001 },
  { version: 2, name: '0002_settings', sql: m0002 },
  { version: 3, name: '0003_dismissed_findings', sql: m0003 },
  { version: 4, name: '0004_draft_doc_title', sql: m0004 },
  { version: 5, name: '0005_draft_house_style', sql: m0005 },
  { version: 6, name: '0006_draft_bases', sql: m0006 },
];
