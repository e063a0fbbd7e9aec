/**
 * Every rule the checker has: its severity and the clause it enforces (GB/T 9704—2012 党政机关公文格式,
 * GB/T 15834—2011 标点符号用法, GB/T 15835—2011 出版物上数字用法, or the house style 单位规范 where no
 * standard decides). A finding names its rule id; the clause is looked up here, so the editor's hover
 * card, the problems panel and `gongwen check` say the same thing.
 *
 * Severity discipline (issue 11):
 *   error   — the text is certainly wrong: an unfilled placeholder, a pair left open in one unit, a
 *             numbering sequence that cannot be right (a skipped or repeated number);
 *   warning — very likely wrong: a half-width comma in Chinese text, a doubled 的, a typo from the table,
 *             stale wording that speaks of the present;
 *   info    — style: forms the standards prefer where published documents differ, house-style rules.
 */
import type { Severity } from './types';

export interface RuleInfo {
  severity: Severity;
  /** The clause enforced, in Chinese, as the writer sees it. */
  clause: string;
  /** What the rule checks, in Chinese (for the catalogue and `--style` help). */
  title: string;
}

const GB9704 = 'GB/T 9704—2012';
const GB15834 = 'GB/T 15834—2011';
const GB15835 = 'GB/T 15835—2011';
const HOUSE = '单位规范';

export const RULE_CATALOGUE = {
  'placeholder/redaction': { severity: 'error', title: '未填的 X 占位', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/marks': { severity: 'error', title: '××、○○、□□ 占位', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/bracket': { severity: 'error', title: '【待补充】', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/guidance': { severity: 'error', title: '【……】写作提示', clause: `${HOUSE}：成稿不留写作提示` },
  'placeholder/blank': { severity: 'error', title: '＿＿ 空白', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/empty-brackets': { severity: 'error', title: '空括号（  ）', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/template': { severity: 'error', title: '{{字段}}', clause: `${HOUSE}：成稿不留待填内容` },
  'placeholder/figure': { severity: 'error', title: '待更新的去年数字', clause: `${HOUSE}：以去年报告为底稿时，沿用的数字须更新或确认` },

  'numbering/skip': { severity: 'error', title: '编号跳号', clause: `${GB9704} 7.3.3 结构层次序数依次编排` },
  'numbering/repeat': { severity: 'error', title: '编号重复', clause: `${GB9704} 7.3.3 结构层次序数依次编排` },
  'numbering/backward': { severity: 'error', title: '编号倒退', clause: `${GB9704} 7.3.3 结构层次序数依次编排` },
  'numbering/scheme': { severity: 'warning', title: '编号与本文的编号方式（各章从头或跨章连续）不一致', clause: `${GB9704} 7.3.3 结构层次序数依次编排` },
  'numbering/restart': { severity: 'warning', title: '上级标题未变而编号从头开始', clause: `${GB9704} 7.3.3 结构层次序数依次编排` },
  'numbering/level-mismatch': { severity: 'warning', title: '编号与标题层级不符', clause: `${GB9704} 7.3.3 第一层“一、”，第二层“（一）”，第三层“1.”，第四层“（1）”` },
  'numbering/reversed': { severity: 'warning', title: '标题层级颠倒', clause: `${GB9704} 7.3.3 结构层次序数` },
  'numbering/form': { severity: 'info', title: '编号写法', clause: `${GB9704} 7.3.3 第一层“一、”，第二层“（一）”，第三层“1.”，第四层“（1）”` },
  'numbering/enumeration': { severity: 'error', title: '一是……二是……顺序', clause: `${HOUSE}：列举序数依次排列` },

  'punctuation/half-width': { severity: 'warning', title: '中文里的半角标点', clause: `${GB15834} 第5章 标点符号占一个字位置（全角）` },
  'punctuation/full-width-alphanumeric': { severity: 'warning', title: '全角数字、字母', clause: `${GB15835} 阿拉伯数字使用半角形式` },
  'punctuation/full-width-point': { severity: 'warning', title: '小数点用全角“．”', clause: `${GB15835} 小数点用下脚点“.”` },
  'punctuation/doubled': { severity: 'warning', title: '标点重复', clause: `${GB15834} 第4章 标点符号的用法` },
  'punctuation/heading-end': { severity: 'warning', title: '标题末尾的标点', clause: `${HOUSE}：单独成行的标题末尾不用逗号、分号、顿号；句号与本文同级标题一致` },
  'punctuation/heading-colon': { severity: 'info', title: '标题末尾的冒号', clause: `${HOUSE}：单独成行的标题末尾一般不加冒号` },
  'punctuation/heading-stop-style': { severity: 'info', title: '标题末尾句号（单位规范）', clause: `${HOUSE}：标题末尾句号` },
  'punctuation/level3-point': { severity: 'info', title: '“1.”与“1．”（单位规范）', clause: `${HOUSE}：第三层序数的点号` },
  'punctuation/quoted-list-comma': { severity: 'info', title: '并列引号、书名号之间的顿号（单位规范）', clause: `${GB15834} 4.5.3.5 并列的引号、书名号之间通常不用顿号（单位规范可定）` },
  'punctuation/corner-quotes': { severity: 'info', title: '直角引号「」（单位规范）', clause: `${GB15834} 4.8 横排文稿引号用“”‘’` },

  'pairing/unbalanced': { severity: 'error', title: '成对符号不成对', clause: `${GB15834} 第4章 引号、括号、书名号成对使用` },
  'pairing/nesting': { severity: 'warning', title: '引号、书名号嵌套', clause: `${GB15834} 4.8、4.15 里层用单引号、单书名号` },

  'repetition/char': { severity: 'warning', title: '重复字', clause: `${HOUSE}：文字无误` },
  'repetition/word': { severity: 'warning', title: '重复词', clause: `${HOUSE}：文字无误` },
  'typo/table': { severity: 'warning', title: '常见错别字', clause: `${HOUSE}：《现代汉语词典》规范词形` },
  'typo/zero-width': { severity: 'warning', title: '汉字旁看不见的零宽字符', clause: `${HOUSE}：文字无误，不含看不见的字符` },

  'stale/past-committee': { severity: 'warning', title: '往届全会精神作为现行依据', clause: `${HOUSE}：时效表述` },
  'stale/past-congress': { severity: 'warning', title: '往届党代会精神作为现行依据', clause: `${HOUSE}：时效表述` },
  'stale/future-event': { severity: 'info', title: '晚于文稿年份的事件', clause: `${HOUSE}：时效表述` },
  'stale/recent-event': { severity: 'info', title: '旧会议表述为新近召开', clause: `${HOUSE}：时效表述` },
  'stale/plan-year': { severity: 'warning', title: '五年规划的开局、收官之年', clause: `${HOUSE}：时效表述` },
  'stale/anniversary': { severity: 'warning', title: '周年数与年份不符', clause: `${HOUSE}：时效表述` },
  'stale/tifa': { severity: 'warning', title: '已过时效的提法（提法表）', clause: `${HOUSE}：时效表述（提法表，依据中央文件、会议的时间）` },
  'stale/relative-year': { severity: 'warning', title: '今年、去年与年份不符', clause: `${HOUSE}：时效表述` },

  'norm/wording': { severity: 'warning', title: '规范表述', clause: '规范表述（中央宣传口径：党章、中央全会文件、新华社禁用词和慎用词）' },

  'format/date': { severity: 'warning', title: '日期写法', clause: `${GB9704} 7.3.5 月、日不编虚位` },
  'format/doc-number': { severity: 'warning', title: '发文字号写法', clause: `${GB9704} 7.2.4 年份用六角括号“〔〕”，序号不加“第”、不编虚位` },
  'format/attachment': { severity: 'warning', title: '附件说明', clause: `${GB9704} 7.3.4 附件名称后不加标点` },
  'format/copy-to': { severity: 'warning', title: '抄送机关', clause: `${GB9704} 7.4.2 最后一个抄送机关后标句号` },
  'format/addressee': { severity: 'warning', title: '主送机关后的冒号', clause: `${GB9704} 7.3.2 最后一个主送机关名称后标全角冒号` },
  'format/date-year': { severity: 'warning', title: '成文日期与发文字号年份不一致', clause: `${GB9704} 7.2.4 发文字号的年份为发文年份；7.3.5 成文日期` },
  'format/date-line': { severity: 'info', title: '成文日期用阿拉伯数字', clause: `${GB9704} 7.3.5 成文日期用阿拉伯数字` },
} as const satisfies Readonly<Record<string, RuleInfo>>;

export type RuleId = keyof typeof RULE_CATALOGUE;

export function isKnownRule(rule: string): rule is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_CATALOGUE, rule);
}

/** The catalogue entry of a rule id; every rule the checker emits has one (a test holds it to that). */
export function ruleInfo(rule: string): RuleInfo | undefined {
  return isKnownRule(rule) ? RULE_CATALOGUE[rule] : undefined;
}

/** The clause a finding's rule enforces, for display. */
export function ruleClause(rule: string): string {
  return ruleInfo(rule)?.clause ?? '';
}
