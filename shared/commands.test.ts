import { describe, expect, it } from 'vitest';
import { COMMANDS, acceleratorLabel, commandForKey, parseAccelerator, type CommandDeclaration } from './commands';

const press = (key: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('the command table', () => {
  it('has unique ids and unique shortcuts', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = (COMMANDS as readonly CommandDeclaration[]).flatMap((c) => (c.keys ?? []).map((k) => JSON.stringify(parseAccelerator(k))));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the command of a key press, Cmd as Ctrl, Shift only where the shortcut has it', () => {
    expect(commandForKey(press('e', { ctrl: true }))?.id).toBe('export');
    expect(commandForKey(press('E', { meta: true }))?.id).toBe('export');
    expect(commandForKey(press('N', { ctrl: true, shift: true }))?.id).toBe('new-from-template');
    expect(commandForKey(press('n', { ctrl: true }))?.id).toBe('new-draft');
    expect(commandForKey(press('\\', { ctrl: true, shift: true }))?.id).toBe('toggle-right-panel');
    expect(commandForKey(press('e'))).toBeNull();
    expect(commandForKey(press('e', { ctrl: true, alt: true }))).toBeNull();
    expect(commandForKey(press('b', { ctrl: true }))).toBeNull();
  });

  it('zooms in with Ctrl+= and with Ctrl++ (Shift+= on most keyboards, or the keypad)', () => {
    expect(commandForKey(press('=', { ctrl: true }))?.id).toBe('zoom-in');
    expect(commandForKey(press('+', { ctrl: true, shift: true }))?.id).toBe('zoom-in');
    expect(commandForKey(press('+', { ctrl: true }))?.id).toBe('zoom-in');
    expect(commandForKey(press('=', { ctrl: true, shift: true }))?.id).toBe('zoom-in');
    expect(commandForKey(press('-', { ctrl: true }))?.id).toBe('zoom-out');
    expect(commandForKey(press('0', { ctrl: true }))?.id).toBe('zoom-reset');
  });

  it('labels shortcuts as a writer on Windows reads them', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+I')).toBe('Ctrl+Shift+I');
    expect(acceleratorLabel('CmdOrCtrl+Plus')).toBe('Ctrl++');
  });
});
