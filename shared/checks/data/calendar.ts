/**
 * Dates the stale-wording rules compare against: Central Committees and their plenums, Party
 * congresses, five-year plans, anniversaries. Extend these tables as new plenums are held; the rules
 * read nothing else.
 */

export interface YearMonth {
  year: number;
  month: number;
}

export interface Plenum extends YearMonth {
  /** 一 … 七 as in 四中全会. */
  ordinal: string;
}

export interface CentralCommittee extends YearMonth {
  /** 十八, 十九, 二十 as in 十九届. The committee is elected by the congress of the same number. */
  ordinal: string;
  plenums: readonly Plenum[];
}

const plenums = (...dates: Array<[string, number, number]>): Plenum[] =>
  dates.map(([ordinal, year, month]) => ({ ordinal, year, month }));

/** In order. A committee is current from its election until the next one's. */
export const CENTRAL_COMMITTEES: readonly CentralCommittee[] = [
  {
    ordinal: '十七',
    year: 2007,
    month: 10,
    plenums: plenums(['一', 2007, 10], ['二', 2008, 2], ['三', 2008, 10], ['四', 2009, 9], ['五', 2010, 10], ['六', 2011, 10], ['七', 2012, 11]),
  },
  {
    ordinal: '十八',
    year: 2012,
    month: 11,
    plenums: plenums(['一', 2012, 11], ['二', 2013, 2], ['三', 2013, 11], ['四', 2014, 10], ['五', 2015, 10], ['六', 2016, 10], ['七', 2017, 10]),
  },
  {
    ordinal: '十九',
    year: 2017,
    month: 10,
    plenums: plenums(['一', 2017, 10], ['二', 2018, 1], ['三', 2018, 2], ['四', 2019, 10], ['五', 2020, 10], ['六', 2021, 11], ['七', 2022, 10]),
  },
  {
    ordinal: '二十',
    year: 2022,
    month: 10,
    plenums: plenums(['一', 2022, 10], ['二', 2023, 2], ['三', 2024, 7], ['四', 2025, 10]),
  },
];

export interface FiveYearPlan {
  /** 十三五 as written in “十三五”规划. */
  name: string;
  start: number;
  end: number;
}

export const FIVE_YEAR_PLANS: readonly FiveYearPlan[] = [
  { name: '十一五', start: 2006, end: 2010 },
  { name: '十二五', start: 2011, end: 2015 },
  { name: '十三五', start: 2016, end: 2020 },
  { name: '十四五', start: 2021, end: 2025 },
  { name: '十五五', start: 2026, end: 2030 },
];

export interface Anniversary {
  /** The wordings that name the event before "N周年". */
  names: readonly string[];
  year: number;
}

export const ANNIVERSARIES: readonly Anniversary[] = [
  { names: ['新中国成立', '中华人民共和国成立', '共和国成立', '建国'], year: 1949 },
  { names: ['中国共产党成立', '建党'], year: 1921 },
  { names: ['改革开放'], year: 1978 },
  { names: ['中国人民解放军建军', '人民军队建军', '建军'], year: 1927 },
  { names: ['中国人民抗日战争暨世界反法西斯战争胜利', '中国人民抗日战争胜利', '抗日战争胜利', '抗战胜利'], year: 1945 },
  { names: ['红军长征胜利', '长征胜利'], year: 1936 },
  { names: ['五四运动'], year: 1919 },
  { names: ['辛亥革命'], year: 1911 },
  { names: ['香港回归祖国', '香港回归'], year: 1997 },
  { names: ['澳门回归祖国', '澳门回归'], year: 1999 },
  { names: ['西藏和平解放'], year: 1951 },
  { names: ['人民政协成立'], year: 1949 },
  { names: ['中国人民志愿军抗美援朝出国作战', '抗美援朝出国作战'], year: 1950 },
  { names: ['毛泽东同志诞辰'], year: 1893 },
  { names: ['邓小平同志诞辰'], year: 1904 },
];
