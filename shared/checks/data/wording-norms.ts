/**
 * 规范表述: fixed formulations whose wrong forms are certainly wrong wherever they occur (rule
 * norm/wording). Only forms that cannot be right are listed: 新时代中国特色社会主义思想 without
 * 习近平 is how the 十九大 report itself refers back to the thought, so it is not here; “建国” is
 * reported only before an anniversary count (建国以来 stands in the 1981 历史决议's title).
 *
 * Sources, by title and date (no address guessed): the 中国共产党章程 as amended by the 19th and 20th
 * congresses, the 十八届六中全会公报, the 百年奋斗决议, and 新华社's 禁用词和慎用词 list (2016 revision,
 * confirmed on stored copies of public pages with the project's `search` tool).
 */
import type { TifaSource } from './tifa-types';

export interface WordingNorm {
  /** Regular expression source of the wrong form (no flags). */
  wrong: string;
  /** The right form: the suggestion, replacing the whole match. */
  right: string;
  /** Why, in Chinese. */
  why: string;
  source: TifaSource;
  /** A sentence in which it must fire, and sentences in which it must not (the tests run them). */
  example: string;
  counterExamples: readonly string[];
}

const PARTY_CONSTITUTION_2017: TifaSource = { title: '中国共产党章程', issuer: '中国共产党第十九次全国代表大会', date: '2017-10-24' };
const PARTY_CONSTITUTION_2022: TifaSource = { title: '中国共产党章程', issuer: '中国共产党第二十次全国代表大会', date: '2022-10-22' };
const RESOLUTION_2021: TifaSource = { title: '中共中央关于党的百年奋斗重大成就和历史经验的决议', issuer: '中国共产党第十九届中央委员会第六次全体会议', date: '2021-11-11' };
const XINHUA_2016: TifaSource = { title: '新华社新闻信息报道中的禁用词和慎用词（2016年7月修订）', issuer: '新华通讯社', date: '2016-07' };

/** 战略支点, 战略对接 …: a compound in which 战略 is not what the initiative is called. */
const NOT_STRATEGY_COMPOUND = '(?!支点|对接|合作|伙伴|枢纽|通道|机遇|性)';

export const WORDING_NORMS: readonly WordingNorm[] = [
  {
    wrong: '习近平新时代中国特色社会主义理论',
    right: '习近平新时代中国特色社会主义思想',
    why: '党章确立的名称是“习近平新时代中国特色社会主义思想”',
    source: PARTY_CONSTITUTION_2017,
    example: '坚持以习近平新时代中国特色社会主义理论为指导',
    counterExamples: ['坚持以习近平新时代中国特色社会主义思想为指导', '中国特色社会主义理论体系'],
  },
  {
    wrong: '习近平总书记新时代中国特色社会主义思想',
    right: '习近平新时代中国特色社会主义思想',
    why: '思想的名称中不加“总书记”',
    source: PARTY_CONSTITUTION_2017,
    example: '深入学习习近平总书记新时代中国特色社会主义思想',
    counterExamples: ['深入学习习近平新时代中国特色社会主义思想和习近平总书记重要讲话精神'],
  },
  {
    wrong: '新时代习近平中国特色社会主义思想|习近平中国特色社会主义思想',
    right: '习近平新时代中国特色社会主义思想',
    why: '名称为“习近平新时代中国特色社会主义思想”，“新时代”在“习近平”之后、不可省略',
    source: PARTY_CONSTITUTION_2017,
    example: '用习近平中国特色社会主义思想武装头脑',
    counterExamples: ['用习近平新时代中国特色社会主义思想武装头脑'],
  },
  {
    wrong: '以习近平总书记为核心的党中央',
    right: '以习近平同志为核心的党中央',
    why: '规范表述为“以习近平同志为核心的党中央”',
    source: { title: '中国共产党第十八届中央委员会第六次全体会议公报', issuer: '中国共产党第十八届中央委员会', date: '2016-10-27' },
    example: '在以习近平总书记为核心的党中央坚强领导下',
    counterExamples: ['在以习近平同志为核心的党中央坚强领导下'],
  },
  {
    wrong: '确立习近平总书记党中央的核心',
    right: '确立习近平同志党中央的核心',
    why: '“两个确立”：确立习近平同志党中央的核心、全党的核心地位',
    source: RESOLUTION_2021,
    example: '深刻领悟“两个确立”的决定性意义，确立习近平总书记党中央的核心、全党的核心地位',
    counterExamples: ['确立习近平同志党中央的核心、全党的核心地位'],
  },
  {
    wrong: '维护习近平同志党中央的核心',
    right: '维护习近平总书记党中央的核心',
    why: '“两个维护”：坚决维护习近平总书记党中央的核心、全党的核心地位',
    source: PARTY_CONSTITUTION_2022,
    example: '坚决维护习近平同志党中央的核心、全党的核心地位',
    counterExamples: ['坚决维护习近平总书记党中央的核心、全党的核心地位'],
  },
  {
    wrong: '中华人民共合国|中华人名共和国|中华人民共和囯',
    right: '中华人民共和国',
    why: '国名用字有误',
    source: PARTY_CONSTITUTION_2022,
    example: '中华人民共合国成立以来',
    counterExamples: ['中华人民共和国成立以来'],
  },
  {
    wrong: `一带一路”战略${NOT_STRATEGY_COMPOUND}`,
    right: '一带一路”倡议',
    why: '规范表述为“一带一路”倡议，不称“一带一路”战略',
    source: XINHUA_2016,
    example: '积极融入“一带一路”战略',
    counterExamples: ['积极参与共建“一带一路”倡议', '打造“一带一路”战略支点'],
  },
  {
    wrong: `(?<![“"])一带一路战略${NOT_STRATEGY_COMPOUND}`,
    right: '“一带一路”倡议',
    why: '规范表述为“一带一路”倡议，不称“一带一路”战略',
    source: XINHUA_2016,
    example: '积极融入一带一路战略',
    counterExamples: ['推进一带一路建设', '一带一路战略支点城市'],
  },
  {
    wrong: '建国(?=[0-9一二三四五六七八九十百]{1,4}周年)',
    right: '新中国成立',
    why: '周年庆祝的规范表述为“新中国成立××周年”；党章已将“建国”改为“新中国成立”',
    source: XINHUA_2016,
    example: '庆祝建国75周年',
    counterExamples: ['庆祝新中国成立75周年', '建国以来党的若干历史问题'],
  },
];

/** Fixed lists whose order is part of the formulation. */
export interface OrderedList {
  name: string;
  /** The items, in the official order, each ending with the shared suffix. */
  items: readonly string[];
  suffix: string;
  source: TifaSource;
}

export const ORDERED_LISTS: readonly OrderedList[] = [
  {
    name: '四个意识',
    items: ['政治', '大局', '核心', '看齐'],
    suffix: '意识',
    source: { title: '中共中央政治局会议', issuer: '中共中央政治局', date: '2016-01-29' },
  },
  {
    name: '四个自信',
    items: ['道路', '理论', '制度', '文化'],
    suffix: '自信',
    source: PARTY_CONSTITUTION_2017,
  },
];
