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

/** A date still to be filled in: 2026年X月X日, 2026年  月  日, 2026年×月×日. */
const PLACEHOLDER_DATE = /^[0-9０-９]{4}\s*年\s*(?:[0-9０-９]{1,2}|[XＸ×xｘ○]{1,2}|[\s\u3000]+)\s*月\s*(?:[0-9０-９]{1,2}|[XＸ×xｘ○]{1,2}|[\s\u3000]*)\s*日$/;

/**
 * 2026年4月8日, 2026年04月08日 (a format finding, still a date), 二〇二〇年十二月三十日, and a date with
 * placeholders (2026年X月X日, 2026年  月  日); also in （）.
 */
export function isDateLine(text: string): boolean {
  const inner = /^[（(](.*)[）)]$/.exec(text)?.[1]?.trim() ?? text;
  return ARABIC_DATE.test(inner) || CHINESE_DATE.test(inner) || PLACEHOLDER_DATE.test(inner);
}

/**
 * Lines that follow the signature and date of a document: （此件公开发布）, （联系人：……）, and the 版记
 * (抄送：……。, "XX办公室 2019年3月1日印发").
 */
export function isTrailingLine(text: string): boolean {
  return (
    /^[（(]\s*(?:此件|联系人|联系电话|此页无正文|本件|本文)[^）)]*[）)]$/.test(text) ||
    /^(?:抄\s*送|分\s*送|发\s*送|印\s*发|主\s*送)\s*[：:]/.test(text) ||
    /[0-9〇○一二三四五六七八九十]\s*日\s*印\s*发$/.test(text)
  );
}

/** A bare 附件 / 附件1 line: an appended document follows, with its own title block. */
export function isAttachmentHeading(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$/.test(text) || /^附\s*[：:]\s*$/.test(text);
}

/** The last words of a complete title: the kind of document (……的通知, ……反馈表, ……的分类). */
export const TITLE_KIND_END = /(?:报告|通知|意见|决定|方案|要点|总结|计划|规划|讲话|通报|请示|批复|复函|函|纪要|办法|规定|细则|规则|公告|通告|说明|预案|条例|公报|表|清单|名单|目录|分类|方法|指南|标准)$/;

/**
 * The start of a section in the mixed heading forms of regulations, rules and contingency plans
 * (the number is followed by an ideographic space in published texts):
 * 第七章 赡养老人, 第二十二条 ……, 第三节, and decimal section numbers (2 组织机构和职责, 2.1.1 ……).
 * Each opens its own （一）/（1） lists.
 */
export function isSectionLine(text: string): boolean {
  const t = text.trimStart();
  if (/^第[一二三四五六七八九十百零〇0-9]{1,5}[编章节条](?:[\s\u3000]|$)/.test(t)) return true;
  // 4.2.2 国务院批准启动本预案后，……: a decimal clause number opens its section at any length; a bare
  // "2 组织机构和职责" only as a short line.
  if (/^[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}[\s\u3000]+[\u4e00-\u9fff]/.test(t)) return true;
  return /^[0-9]{1,2}[\s\u3000]+[\u4e00-\u9fff]/.test(t) && charLength(t) <= 40 && !t.includes('。');
}

function opensPair(text: string): boolean {
  return opensBracket(text) || (text.match(/《/g)?.length ?? 0) > (text.match(/》/g)?.length ?? 0);
}

/**
 * The heading level a section line gives: 第X编/章 → 1, 第X节 → 2; a decimal section number by its
 * depth (1 总则 → 1, 1.1 编制目的 → 2, 1.2.1 …… → 3); null for anything else, 第X条 included (an
 * article is body text).
 */
export function sectionHeadingLevel(text: string): 1 | 2 | 3 | null {
  const t = text.trim();
  if (/^第[一二三四五六七八九十百零〇0-9]{1,5}[编章](?:[\s\u3000]|$)/.test(t)) return charLength(t) <= 30 && !t.includes('。') ? 1 : null;
  if (/^第[一二三四五六七八九十百零〇0-9]{1,5}节(?:[\s\u3000]|$)/.test(t)) return charLength(t) <= 30 && !t.includes('。') ? 2 : null;
  const decimal = /^([0-9]{1,2}(?:\.[0-9]{1,2}){0,2})[\s\u3000]+[\u4e00-\u9fff]/.exec(t);
  if (!decimal || !isSectionLine(t)) return null;
  return (decimal[1]!.split('.').length as 1 | 2 | 3);
}

/**
 * A label that opens a division of its own on a line by itself: 目录 before a plan's contents, 注释：
 * and 资料来源： under a statistical bulletin. It heads what
 * follows as a first-level section does, without a number.
 */
export function isDivisionLabel(text: string): boolean {
  return /^(?:目[\s\u3000]*录|注[\s\u3000]*释|附[\s\u3000]*注|资料来源|参考文献)[：:]?$/.test(text.trim());
}

/** A line that opens a bracket it does not close: "（二○○四年六月十六日国务院" over two lines. */
export function opensBracket(text: string): boolean {
  return (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0);
}

/** A line that closes a bracket opened on the line before: "第54次常务会议修订通过）". */
export function closesBracket(text: string): boolean {
  return (text.match(/[）)]/g)?.length ?? 0) > (text.match(/[（(]/g)?.length ?? 0);
}

/** 附件：…, 附件1：…, and the bare "附件1" that heads an appended document. Not "附件材料已报送". */
export function isAttachmentLine(text: string): boolean {
  return /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*(?:[：:]|$)/.test(text) || /^附\s*[：:]\s*$/.test(text);
}

/** "2．XXX统计表" under "附件：1．XXX": the next attachment name, not a level-3 heading. */
export function isAttachmentContinuation(text: string): boolean {
  return /^[0-9０-９]{1,2}\s*[.．、]/.test(text) && !text.includes('。') && charLength(text) <= 60;
}

/** 发文字号 such as X府发〔2026〕3号 (also with the wrong brackets [2026] / 【2026】). */
export function isDocNumberLine(text: string): boolean {
  return /[〔[【(（]\s*[0-9]{4}\s*[〕\]】)）]\s*[0-9]+\s*号$/.test(text) && charLength(text) <= 30;
}

/** A long 主送机关 list: unit names separated by 、 and ， (国办发〔1996〕25号 names 22 provinces). */
function isAddresseeList(text: string): boolean {
  return charLength(text) <= 300 && (text.match(/[、，,]/g)?.length ?? 0) >= 8 && /(?:政府|机构|部门|单位|军区|委员会|党委|局|厅|委|办)[：:]$/.test(text);
}

/** A lead-in to what follows: "现将有关情况报告如下：", "国务院全体会议的主要任务是：", "主要包括：". */
const LEAD_IN_END = /(?:如下|以下|下列|是|为|有|包括|包含|要求|规定|任务|措施|意见|情况)[：:]$/;

/**
 * 主送机关 / salutation: 区委办：, 区委、区政府：, 同志们：. Short, ends with a colon, no sentence
 * inside. A lead-in such as "现将有关情况报告如下：" ends with a colon too, so the words of a lead-in (如下, 是, 包括 …) exclude it.
 */
export function isAddresseeLike(text: string): boolean {
  return (
    (charLength(text) <= 50 || isAddresseeList(text)) &&
    /[：:]$/.test(text) &&
    !/[。！？；;!?]/.test(text) &&
    (text.match(/[：:]/g)?.length ?? 0) === 1 &&
    !LEAD_IN_END.test(text)
  );
}

/**
 * The salutation that opens a speech, which takes the addressee's place under its title block and may
 * run over two lines: 尊敬的各位同事、各位来宾， / 女士们，先生们，朋友们： / 同志们：
 */
export function isSalutation(text: string): boolean {
  return (
    charLength(text) <= 40 &&
    /[，,：:！!]$/.test(text) &&
    !/[。；;？?]/.test(text) &&
    /^(?:尊敬的)?[^。；]*?(?:同志们|朋友们|女士们|先生们|同事们|来宾们|各位(?:代表|委员|来宾|同事|领导|嘉宾|朋友))/.test(text)
  );
}

/**
 * "——在全区工作会议上的讲话", "（2026年4月8日）", "（征求意见稿）", "2026年1月27日在……会议上": the lines
 * set under a title.
 */
export function isSubtitleLike(text: string): boolean {
  if (/^(?:——|—|－－|--)/.test(text)) return charLength(text) <= 80;
  if (/^[（(].*[）)]$/.test(text)) return charLength(text) <= 60;
  if (/^[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*在/.test(text)) return charLength(text) <= 80 && !text.includes('。');
  return isDateLine(text);
}

/** Issuers set apart by spaces under a bulletin's title: "万载县统计局 国家统计局万载调查队". */
function isIssuerLine(text: string): boolean {
  const parts = text.split(/[ \u3000]+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^[\u4e00-\u9fff]{2,20}(?:局|队|厅|委|办|部|院|府|会|办公室|中心|政府)$/.test(part));
}

/**
 * A byline under a title: the issuers of a bulletin, or the speaker of a report or speech, office and name: "自治区人民政府主席 张雨浦",
 * "省长 王予波", "中华人民共和国主席 习近平".
 */
export function isByline(text: string): boolean {
  if (isIssuerLine(text)) return true;
  return /^[\u4e00-\u9fff]{2,24}[ \u3000]+[\u4e00-\u9fff]{2,4}$/.test(text) && /(?:长|主席|书记|主任|总理|部长|委员|代表|同志)[ \u3000]/.test(text);
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
    !isSubtitleLike(text) &&
    !isTrailingLine(text) &&
    !isSectionLine(text) &&
    !/^目[\s\u3000]*录$/.test(text)
  );
}

/**
 * A second or third title line under `previous`: not after a line that completes a title (……的通知,
 * ……反馈表) unless that line leaves 《 or （ open, and not a scrap of two to four characters unless it completes the title (……的报告): the
 * header cells of a table flattened into lines ("名称", "地区或部门") are no title lines.
 */
export function isTitleContinuation(text: string, previous?: string): boolean {
  if (!isTitleLike(text) || charLength(text) > TITLE_LINE_MAX_CHARS) return false;
  // A line that leaves 《 or （ open ("国务院关于印发《国务院工作规则") goes on, whatever its last words.
  if (previous !== undefined && TITLE_KIND_END.test(previous.trim()) && !opensPair(previous)) return false;
  return charLength(text) >= 5 || TITLE_KIND_END.test(text);
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
