import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../shared/commands';
import { COMMAND_RUNTIMES } from './registry';

describe('command runtimes', () => {
  it('has one runtime file per command of the table, and none without a row', () => {
    expect(Object.keys(COMMAND_RUNTIMES).sort()).toEqual([...COMMAND_IDS].sort());
    for (const runtime of Object.values(COMMAND_RUNTIMES)) expect(typeof runtime.run).toBe('function');
  });
});
