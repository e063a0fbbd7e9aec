/**
 * Breaks a long 公文 title into lines shaped as a trapezoid (each line no longer than the one above,
 * GB/T 9704 §7.3.3), breaking only between words: before a closing phrase such as 情况报告 / 工作要点,
 * after 关于 / 的, or between a 书名号 title and what follows — never inside a word or a number.
 */
const SUFFIXES = [
  '贯彻落实情况的报告', '情况的报告', '情况报告', '工作报告', '工作要点', '工作总结', '实施方案', '工作方案',
  '的报告', '的通知', '的意见', '的决定', '的请示', '的批复', '的函', '报告', '要点', '总结', '方案',
];

/** Positions where a break may fall, with a preference weight (higher is better). */
function breakCandidates(title: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const suffix of SUFFIXES) {
    const at = title.lastIndexOf(suffix);
    if (at > 0 && at + suffix.length === title.length) out.set(at, Math.max(out.get(at) ?? 0, 3));
  }
  for (let i = 1; i < title.length; i++) {
    const prev = title[i - 1]!;
    const next = title[i]!;
    if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z年月日.]/.test(next)) continue; // inside a number or year
    if ('》”）'.includes(prev)) out.set(i, Math.max(out.get(i) ?? 0, 2));
    if (prev === '的' || title.slice(i - 2, i) === '关于' || prev === '在' || prev === '和') out.set(i, Math.max(out.get(i) ?? 0, 2));
    if ('“《（'.includes(next)) out.set(i, Math.max(out.get(i) ?? 0, 1));
  }
  return out;
}

export function splitTitleLines(title: string, maxChars = 20): string[] {
  const text = title.trim();
  if ([...text].length <= maxChars) return [text];
  const candidates = breakCandidates(text);
  let best: { at: number; score: number } | null = null;
  for (const [at, weight] of candidates) {
    const first = at;
    const rest = text.length - at;
    if (first > maxChars || first < rest) continue; // keep the trapezoid: the upper line is the longer
    // Prefer balanced lines, then the stronger break.
    const score = weight * 4 - (first - rest);
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) {
    const at = Math.min(maxChars, Math.ceil(text.length / 2));
    best = { at, score: 0 };
  }
  return [text.slice(0, best.at), ...splitTitleLines(text.slice(best.at), maxChars)];
}
