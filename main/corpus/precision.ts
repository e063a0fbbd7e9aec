/** Precision of judged findings, overall, for errors, and per rule and category. */
export interface JudgedRow {
  severity: string;
  rule: string;
  verdict: boolean;
}

export interface Precision {
  total: number;
  truePositives: number;
  precision: number;
}

function precision(rows: readonly JudgedRow[]): Precision {
  const truePositives = rows.filter((r) => r.verdict).length;
  return { total: rows.length, truePositives, precision: rows.length ? truePositives / rows.length : 1 };
}

export function precisionOf(rows: readonly JudgedRow[]): {
  all: Precision;
  errors: Precision;
  byRule: Map<string, Precision>;
  byCategory: Map<string, Precision>;
} {
  const group = (key: (r: JudgedRow) => string) => {
    const groups = new Map<string, JudgedRow[]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, precision(v)]));
  };
  return {
    all: precision(rows),
    errors: precision(rows.filter((r) => r.severity === 'error')),
    byRule: group((r) => r.rule),
    byCategory: group((r) => r.rule.split('/')[0]!),
  };
}
