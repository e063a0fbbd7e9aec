import { busyMessage } from '../../files/import-run';
import type { CommandRuntime } from '../context';

export default {
  run: ({ session, toast, openFilePicker }) => {
    // One file at a time (DraftSession.openFiles): said before the picker, not after a file is chosen in it.
    if (session.importing) toast.message(busyMessage(session.importing));
    else openFilePicker();
  },
} satisfies CommandRuntime;
