import type { CommandRuntime } from '../context';

/** With a draft open, that draft is offered as the base; the writer may choose a file or another draft. */
export default {
  run: ({ dialogs, session }) => dialogs.open(session.draft ? { kind: 'rollover', draftId: session.draft.id } : { kind: 'rollover' }),
} satisfies CommandRuntime;
