import { useFreeEscape } from '../components/free-escape';
import { ProgressStrip } from '../components/ProgressStrip';
import { useShownAfter } from '../components/use-shown-after';

/** Most files open faster than this; a strip flashing up for them would only distract. */
const SHOW_AFTER_MS = 400;

interface Props {
  fileName: string;
  onCancel: () => void;
}

/**
 * The file being opened, once it takes a while: a small strip in the bottom-right corner with 取消 (Esc
 * too). It blocks nothing, since the import leaves the open draft alone: the writer may read on meanwhile.
 */
export function ImportIndicator({ fileName, onCancel }: Props) {
  const shown = useShownAfter(SHOW_AFTER_MS);
  useFreeEscape(shown ? onCancel : null);
  if (!shown) return null;
  return (
    <div className="import-indicator" role="status" aria-label="正在打开文件">
      <ProgressStrip label="读取进度" onCancel={onCancel}>
        正在读取“{fileName}”…
      </ProgressStrip>
    </div>
  );
}
