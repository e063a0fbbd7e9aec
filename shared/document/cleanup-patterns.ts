/**
 * Watermarks and ads that document-sharing sites put into reports, as data: cleanup.ts applies them
 * in this order and the user sees `reason` for every removal (and can put any of them back).
 *
 * Line patterns remove a whole paragraph, so each is anchored to wording no report uses and most
 * carry a length cap: real paragraphs are long, ad lines are short, and a cap keeps a loose match
 * from ever wiping a real paragraph that happens to mention, say, a QQ group. Inline patterns cut a
 * fragment out of a paragraph that is otherwise kept.
 */

export type CleanupKind = 'line' | 'inline';

export interface CleanupPattern {
  id: string;
  /** Why the text was taken out, in Chinese, for the cleanup list. */
  reason: string;
  kind: CleanupKind;
  /** Line patterns: tested (not global) against the trimmed paragraph. Inline: global, every match is cut. */
  pattern: RegExp;
  /** Line patterns only: paragraphs longer than this (trimmed, in characters) are never removed. */
  maxLength?: number;
}

/** Names of the sites whose signature lines appear in shared reports. */
const SITE_NAMES = ['酷乐文行'];

const QQ = '(?:QQ|ＱＱ|qq)';
/** Words that make a QQ number an ad ("获取完整版资料咨询……QQ") rather than, say, a contact line in a notice. */
const AD_WORDS = '(?:资料|会员|获取|完整版|唯一指定|免费|加群|进群|下载|整理)';

export const CLEANUP_PATTERNS: readonly CleanupPattern[] = [
  {
    id: 'watermark-no-sharing',
    reason: '网站水印（仅供学习、禁止外传）',
    kind: 'line',
    // Two or more of the stock phrases and nothing else: "仅供学习 禁止外传 用后删除".
    pattern: /^(?:(?:仅供(?:学习|参考|内部交流)(?:使用|参考|交流)?|禁止外传|严禁外传|请勿外传|用后删除|阅后即焚|请勿商用)[\s，,、。！!；;]*){2,}$/,
    maxLength: 40,
  },
  {
    id: 'member-notice',
    reason: '网站会员资料声明',
    kind: 'line',
    pattern: /^【[^【】]*(?:会员资料|内部交流|严禁外传|禁止外传|商业用途)[^【】]*】$/,
    maxLength: 80,
  },
  {
    id: 'qq-contact',
    reason: '网站广告（QQ 联系方式）',
    kind: 'line',
    pattern: new RegExp(`^(?=.*${AD_WORDS}).*${QQ}\\s*(?:号|群)?\\s*[:：]?\\s*[1-9][0-9]{4,11}`),
    maxLength: 100,
  },
  {
    id: 'member-group',
    reason: '网站广告（会员群、QQ 群）',
    kind: 'line',
    pattern: new RegExp(`(?:会员群|免费\\s*${QQ}\\s*群)\\s*[:：]`),
    maxLength: 80,
  },
  {
    id: 'site-signature',
    reason: '资料网站署名',
    kind: 'line',
    pattern: new RegExp(`^(?:${SITE_NAMES.join('|')})`),
    maxLength: 100,
  },
  {
    id: 'contribution-notice',
    reason: '投稿网站声明（原创投稿、请勿照搬）',
    kind: 'line',
    pattern: /^本文(?:系|为|是)?作者原创|仅供学习参考[，,]?\s*请勿照搬照抄/,
    maxLength: 80,
  },
  {
    id: 'site-slogan',
    reason: '资料网站宣传语',
    kind: 'line',
    pattern: /^(?:自建平台[、，,\s]*实时分享|根据实际需求和形[式势]任务不断迭代|公文写作门户网站)/,
    maxLength: 60,
  },
  {
    id: 'subscription-ad',
    reason: '网站订阅广告',
    kind: 'line',
    pattern: /^现在订阅立享/,
    maxLength: 60,
  },
  {
    id: 'anti-resale',
    reason: '网站广告（打击倒卖、举报有奖）',
    kind: 'line',
    pattern: /^(?:【打击倒卖活动】|举报倒卖会员资料)/,
    maxLength: 60,
  },
  {
    id: 'paid-marker',
    reason: '网站付费内容标记',
    kind: 'inline',
    pattern: /##paid(?:begin|end)##/g,
  },
  {
    id: 'material-ad',
    reason: '网站广告（公文素材微信号）',
    kind: 'inline',
    pattern: new RegExp(`【\\s*更多[^【】\\n]{0,30}?(?:微信号?|公众号|VX|vx|${QQ})\\s*[:：][^【】\\n]{0,40}】`, 'g'),
  },
];
