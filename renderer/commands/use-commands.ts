import { useCallback, useEffect, useRef } from 'react';
import { commandById, commandForKey, type CommandId } from '../../shared/commands';
import { getApi } from '../api';
import type { CommandContext } from './context';
import { runtimeOf } from './registry';

/**
 * Runs commands from the table (shared/commands.ts): the one key handler of the renderer, and the
 * application menu's commands from main, both through `run`. A command marked 'draft' does nothing
 * (and lets its key pass) while no draft is open.
 */
export function useCommands(context: CommandContext): (id: CommandId) => void {
  // The latest context without re-subscribing the handlers on every render.
  const latest = useRef(context);
  latest.current = context;

  const enabled = useCallback((id: CommandId) => commandById(id).when === 'always' || latest.current.session.draft !== null, []);
  const run = useCallback(
    (id: CommandId) => {
      if (!enabled(id)) return;
      const result = runtimeOf(id)?.run(latest.current);
      if (result instanceof Promise) result.catch(latest.current.toast.error);
    },
    [enabled],
  );

  useEffect(() => {
    // Capture: before the editor, so Ctrl+F or Ctrl+P never reach Lexical or Chromium's own handling.
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command || !enabled(command.id as CommandId)) return;
      event.preventDefault();
      run(command.id as CommandId);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled, run]);

  useEffect(
    () =>
      getApi().onEvent((event) => {
        if (event.type === 'menu') run(event.command);
      }),
    [run],
  );

  return run;
}
