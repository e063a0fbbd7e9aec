/**
 * "This year's report" made from sample 000 by hand, for the 对照 tests (engine, Word, CLI): section 二
 * moved before 一 (both renumbered), a word changed and a sentence added in the opening, a word changed
 * in 一, a new section 三 written and the old 三 (six subsections) deleted.
 */
import type { DocParagraph } from '../document/roles';

export const SAMPLE_EDITS = {
  addedSentence: '目前，各项工作已全面部署、有序推进。',
  newHeading: '三、持续改进作风，狠抓工作落实',
  newBody: '坚持把作风建设贯穿全年工作始终，以钉钉子精神确保各项任务落地见效。',
} as const;

/** `old` is sample 000 as imported (17 non-blank paragraphs: 前言, 一, 二, 三 with six subsections). */
export function thisYearFromSample000(old: readonly DocParagraph[]): DocParagraph[] {
  const [addressee, intro, headA, bodyA, headB, bodyB] = old;
  return [
    addressee!,
    { role: 'body', text: intro!.text.replace('凝集智慧力量', '凝聚智慧力量') + SAMPLE_EDITS.addedSentence },
    { role: 'heading1', text: headB!.text.replace(/^二、/, '一、') },
    bodyB!,
    { role: 'heading1', text: headA!.text.replace(/^一、/, '二、') },
    { role: 'body', text: bodyA!.text.replace('召开班子会议', '召开专题会议') },
    { role: 'heading1', text: SAMPLE_EDITS.newHeading },
    { role: 'body', text: SAMPLE_EDITS.newBody },
  ];
}
