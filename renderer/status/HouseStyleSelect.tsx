import { DEFAULT_HOUSE_STYLE, HOUSE_STYLES } from '../../shared/checks/house-style';

export interface HouseStyleControl {
  /** The draft's house style id; null = the default style. */
  value: string | null;
  onChange: (houseStyle: string | null) => void;
}

/**
 * 单位规范: the house style the checks follow for this draft (标题末尾句号, “1.”/“1．”, 并列引号间的顿号,
 * 引号). Offices decide these differently; the choice is kept with the draft.
 */
export function HouseStyleSelect({ value, onChange }: HouseStyleControl) {
  const current = HOUSE_STYLES.find((s) => s.id === value) ?? DEFAULT_HOUSE_STYLE;
  return (
    <label className="house-style-control" title={`单位规范：${current.description}`}>
      单位规范：
      <select
        aria-label="单位规范"
        value={current.id}
        onChange={(e) => onChange(e.target.value === DEFAULT_HOUSE_STYLE.id ? null : e.target.value)}
      >
        {HOUSE_STYLES.map((s) => (
          <option key={s.id} value={s.id} title={s.description}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
