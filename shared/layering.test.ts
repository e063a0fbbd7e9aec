import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

// The layer rules are only worth having if they fire: lint small virtual files placed in each layer.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('refuses Node, Electron and React imports in shared/', async () => {
    expect(await ruleIdsFor("import fs from 'node:fs';\nexport const a = fs;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import path from 'path';\nexport const a = path;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import { app } from 'electron';\nexport const a = app;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import React from 'react';\nexport const a = React;\n", 'shared/x/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("export const w = window.innerWidth;\n", 'shared/probe.ts')).toContain('no-restricted-globals');
  });

  it('refuses shared/ reaching into main/ or renderer/', async () => {
    expect(await ruleIdsFor("import { x } from '../main/services';\nexport const a = x;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
  });

  it('refuses shared/ loading the template data files, but not its own template model', async () => {
    const data = "import { builtInDocumentTemplates } from '../templates/index';\nexport const a = builtInDocumentTemplates;\n";
    expect(await ruleIdsFor(data, 'shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor(data.replace('../templates', '../../templates'), 'shared/x/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import { fillFields } from './templates/fields';\nexport const a = fillFields;\n", 'shared/probe.ts')).toEqual([]);
    // The contract's files in shared/api/ reach the template model one level up, but never the data files.
    expect(await ruleIdsFor("import { fillFields } from '../templates/fields';\nexport const a = fillFields;\n", 'shared/api/probe.ts')).toEqual([]);
    expect(await ruleIdsFor(data.replace('../templates', '../../templates'), 'shared/api/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import { x } from '../../main/services';\nexport const a = x;\n", 'shared/api/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIdsFor("import fs from 'node:fs';\nexport const a = fs;\n", 'shared/api/probe.ts')).toContain('no-restricted-imports');
  });

  it('refuses main/ and Node in renderer/, and renderer/ in main/', async () => {
    expect(await ruleIdsFor("import { x } from '../main/services';\nexport const a = x;\n", 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIdsFor("import fs from 'node:fs';\nexport const a = fs;\n", 'renderer/probe.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIdsFor("import { x } from '../renderer/App';\nexport const a = x;\n", 'main/probe.ts')).toContain('no-restricted-imports');
  });

  it('lets renderer/ import only the types of shared/api', async () => {
    expect(await ruleIdsFor("import { apiContract } from '../shared/api';\nexport const a = apiContract;\n", 'renderer/probe.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await ruleIdsFor("import type { Draft } from '../shared/api';\nexport type A = Draft;\n", 'renderer/probe.ts')).toEqual([]);
    expect(await ruleIdsFor("import { draftsContract } from '../shared/api/drafts';\nexport const a = draftsContract;\n", 'renderer/probe.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('accepts the allowed directions', async () => {
    expect(await ruleIdsFor("import { z } from 'zod';\nexport const a = z;\n", 'shared/probe.ts')).toEqual([]);
    expect(await ruleIdsFor("import { countWords } from '../shared/text/word-count';\nexport const a = countWords;\n", 'renderer/probe.ts')).toEqual([]);
    expect(await ruleIdsFor("import fs from 'node:fs';\nimport { x } from '../shared/api';\nexport const a = [fs, x];\n", 'main/probe.ts')).toEqual([]);
  });
});
