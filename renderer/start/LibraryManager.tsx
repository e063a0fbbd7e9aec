import { Modal } from '../components/Modal';
import { LibraryPanel } from '../library/LibraryPanel';

interface Props {
  onClose: () => void;
}

const THIS_YEAR = new Date().getFullYear();

/**
 * 素材库 from the start screen: the same panel as beside a draft — import, search, favourites, tags,
 * merge, back up, restore, share — without opening a draft. There is nothing to insert into, so
 * results carry no 插入; stale wording is flagged for this year, the year the next report is written in.
 */
export function LibraryManager({ onClose }: Props) {
  return (
    <Modal label="素材库" className="library-manager" onClose={onClose}>
      <div className="library-manager-head">
        <span className="muted">管理素材库：导入往年材料、检索、收藏、备份与恢复。写作时在文档右侧的“素材库”中插入。</span>
        <button type="button" aria-label="关闭素材库" onClick={onClose}>
          关闭
        </button>
      </div>
      <LibraryPanel targetYear={THIS_YEAR} />
    </Modal>
  );
}
