import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Converts a UTF-8 text file to .docx with LibreOffice headless: a real Word file made by a real office suite. */
export function textToDocxWithLibreOffice(textFile: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--infilter=Text (encoded):UTF8,LF,,',
      '--convert-to',
      'docx',
      '--outdir',
      outDir,
      textFile,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  return path.join(outDir, path.basename(textFile).replace(/\.[^.]+$/, '.docx'));
}
