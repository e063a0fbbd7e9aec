/**
 * What a single paragraph looks like, independent of where it stands: a date line, an addressee,
 * something shaped like a title. Role detection combines these with position. All take trimmed text.
 */

/** Counted in characters (code points), as writers count them. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const ARABIC_DATE = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/;
const CHINESE_DATE = /^[〇○零OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日$/;

/** 2026年4月8日, 2026年04月08日 (a format finding, still a date), 二〇二〇年十二月三十日; also in （）. */
export function isDateLine(text: string): boolean {
  const inner = /^[（(](.*)[）)]$/.exec(text)?.[1]?.trim() ?? text;
  return ARABIC_DATE.test(inner) || CHINESE_DATE.test(inner);
}

/** 附件：…, 附件1：…, and the bare "附件1" that heads an appended document. Not "附件材料已报送". */
export function isAttachmentLine(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|$)/.test(text);
}

/** "2．XXX统计表" under "附件：1．XXX": the next attachment name, not a level-3 heading. */
export function isAttachmentContinuation(text: string): boolean {
  return /^[0-9０-９]{1,2}\s*[.．、]/.test(text) && !text.includes('。') && charLength(text) <= 60;
}

/** 发文字号 such as X府发〔2026〕3号 (also with the wrong brackets [2026] / 【2026】). */
export function isDocNumberLine(text: string): boolean {
  return /[〔[【(（]\s*[0-9]{4}\s*[〕\]】)）]\s*[0-9]+\s*号$/.test(text) && charLength(text) <= 30;
}

/**
 * 主送机关 / salutation: 区委办：, 区委、区政府：, 同志们：. Short, ends with a colon, no sentence
 * inside. A lead-in such as "现将有关情况报告如下：" ends with a colon too, so 如下 excludes it.
 */
export function isAddresseeLike(text: string): boolean {
  return (
    charLength(text) <= 50 &&
    /[：:]$/.test(text) &&
    !/[。！？；;!?]/.test(text) &&
    (text.match(/[：:]/g)?.length ?? 0) === 1 &&
    !/如下[：:]$/.test(text)
  );
}

/** "——在全区工作会议上的讲话", "（2026年4月8日）", "（征求意见稿）": the lines set under a title. */
export function isSubtitleLike(text: string): boolean {
  if (/^(?:——|—|－－|--)/.test(text)) return charLength(text) <= 80;
  if (/^[（(].*[）)]$/.test(text)) return charLength(text) <= 60;
  return isDateLine(text);
}

const TITLE_MAX_CHARS = 80;
/** A second or third title line: titles are broken into lines of at most about one printed line. */
const TITLE_LINE_MAX_CHARS = 40;

/** A line that could be (the first line of) a title: short, no sentence in it, no closing punctuation. */
export function isTitleLike(text: string): boolean {
  const length = charLength(text);
  return (
    length > 0 &&
    length <= TITLE_MAX_CHARS &&
    !text.includes('。') &&
    !/[，,；;：:！!？?、…]$/.test(text) &&
    !isDateLine(text) &&
    !isAttachmentLine(text) &&
    !isDocNumberLine(text) &&
    !isSubtitleLike(text)
  );
}

export function isTitleContinuation(text: string): boolean {
  return isTitleLike(text) && charLength(text) <= TITLE_LINE_MAX_CHARS;
}

/** 发文机关署名: a unit name, short, without sentence punctuation. */
export function isSignatureLike(text: string): boolean {
  return charLength(text) > 0 && charLength(text) <= 30 && !/[。，,；;：:！!？?、]/.test(text);
}

/**
 * What a title typed as the first line of a new draft reads like: 关于……的报告/通知/意见/…, ……工作报告,
 * ……工作总结, ……工作要点 (a 总结 or 要点 with a year or period). Stricter than isTitleLike, which import
 * applies to a whole document's first line: typed live, the first line may be the start of a sentence,
 * so only a line with a title's ending and no sentence punctuation at all counts.
 */
const READS_AS_TITLE: readonly RegExp[] = [
  /^关于.{2,}的(?:报告|请示|通知|意见|实施意见|决定|通报|批复|复函|函|方案|实施方案|工作方案|办法|规定|总结|汇报|讲话)$/,
  /.{2,}(?:工作报告|情况报告|情况的报告|述职报告|述职述廉报告|调研报告|自查报告)$/,
  /.{2,}(?:工作总结|工作要点)$/,
  /(?:[0-9０-９]{4}年|年度|半年|季度).*(?:总结|要点)$/,
];

export function readsAsTitle(text: string): boolean {
  return charLength(text) >= 6 && isTitleLike(text) && !/[，,。；;：:！!？?]/.test(text) && READS_AS_TITLE.some((re) => re.test(text));
}

/** The last word of a unit or a salutation: 区委, 区委办公室, 区直各部门, 同志们, 各位代表 … */
const ORGAN_END =
  /(?:[委办局厅府院会处科室所组司署队]|部|中心|公司|集团|支部|总支|单位|部门|街道|[镇乡街]|人大|政协|同志们|朋友们|代表|委员|领导)$/;
/** Words that end a body phrase, some on an organ's last character (不足之处, 工作会). */
const NOT_ORGAN_END = /(?:之处|好处|问题|情况|做法|工作|措施|要求|目标|原因|建议|成效|打算|如下|指出|强调|认为|决定)$/;

/**
 * 主送机关 typed under a title: a short line of unit names (or 同志们：) and a colon. Precision first:
 * "主要做法如下：", "存在的主要问题：" and other lead-ins end with a colon too, so every name before the
 * colon must end as a unit or a salutation does.
 */
export function isOrganAddressee(text: string): boolean {
  if (!isAddresseeLike(text) || charLength(text) > 30) return false;
  const names = text
    .replace(/[：:]$/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .split(/[、，,]/);
  return names.every((n) => charLength(n.trim()) >= 2 && ORGAN_END.test(n.trim()) && !NOT_ORGAN_END.test(n.trim()));
}
