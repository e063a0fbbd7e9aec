/**
 * 提法表: wordings of Party and government reports with the years they are right in, what replaced
 * them and the official document or meeting that decided it. checkTifa (../tifa.ts) reports an entry
 * whose validUntil lies before the document's year when the wording speaks of the present.
 *
 * How the sources were obtained: every entry names the official document or meeting by title, issuer
 * and date. Dates were taken from the documents' own publication (新华社 通稿, 公报, 国务院公报) as
 * known to the author, and checked against stored copies of public pages with the project's `search`
 * tool where one was found (乙类乙管总体方案 2022-12-26, 中央政治局会议 2020-04-17 on 六保 and 外防输入、
 * 内防反弹, 党纪学习教育 April–July 2024, 深入贯彻中央八项规定精神学习教育 from the 2025 两会 to the end
 * of July). A `url` is given only where the stored copy is an official site's page; no address is
 * guessed. Where only the month is certain, the date is 'YYYY-MM'.
 *
 * Plenum, congress and anniversary entries are matched by stale.ts against data/calendar.ts
 * (`delegate`): the plenum entries are built from the calendar so their dates live in one place, and a
 * test holds the anniversary entries to the calendar's event years. Every other entry is matched by
 * the table's own pattern (tifa-table.ts).
 */
import { CENTRAL_COMMITTEES } from './calendar';
import type { TifaEntry, TifaSource } from './tifa-types';

const src = (title: string, issuer: string, date: string, url?: string): TifaSource => (url ? { title, issuer, date, url } : { title, issuer, date });

const CPC = '中共中央';
const ZB = '中共中央办公厅';
const GWY = '国务院';
const NPC = '全国人民代表大会';
const NPCSC = '全国人民代表大会常务委员会';
const XJP = '习近平';

// ---------------------------------------------------------------------------------------------
// 会议: plenums and congresses, from the calendar. Closing days of each plenum (公报 date).

const PLENUM_CLOSED: Readonly<Record<string, readonly string[]>> = {
  十七: ['', '', '', '', '', '', '2012-11-04'],
  十八: ['2012-11-15', '2013-02-28', '2013-11-12', '2014-10-23', '2015-10-29', '2016-10-27', '2017-10-14'],
  十九: ['2017-10-25', '2018-01-19', '2018-02-28', '2019-10-31', '2020-10-29', '2021-11-11', '2022-10-12'],
  二十: ['2022-10-23', '2023-02-28', '2024-07-18', '2025-10-23'],
};
const CONGRESS_OPENED: Readonly<Record<string, string>> = { 十八: '2012-11-08', 十九: '2017-10-18', 二十: '2022-10-16' };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function meetingEntries(): TifaEntry[] {
  const out: TifaEntry[] = [];
  CENTRAL_COMMITTEES.forEach((c, i) => {
    const next = CENTRAL_COMMITTEES[i + 1];
    const until = next ? { validUntil: { year: next.year, month: next.month } } : {};
    const replacement = next ? { replacement: `党的${next.ordinal}大和${next.ordinal}届历次全会精神` } : {};
    const opened = CONGRESS_OPENED[c.ordinal];
    if (opened) {
      out.push({
        wording: `党的${c.ordinal}大精神`,
        kind: '会议',
        validFrom: { year: c.year, month: c.month },
        ...until,
        ...replacement,
        delegate: 'stale/past-congress',
        source: src(`在中国共产党第${c.ordinal}次全国代表大会上的报告`, `中共第${c.ordinal}届中央委员会`, opened),
      });
    }
    for (const p of c.plenums) {
      const closed = PLENUM_CLOSED[c.ordinal]?.[NUMERALS.indexOf(p.ordinal)];
      if (!closed) continue; // before 2012: outside the table's years
      out.push({
        wording: `${c.ordinal}届${p.ordinal}中全会精神`,
        kind: '会议',
        validFrom: { year: p.year, month: p.month },
        ...until,
        ...replacement,
        delegate: 'stale/past-committee',
        source: src(`中国共产党第${c.ordinal}届中央委员会第${p.ordinal}次全体会议公报`, `中国共产党第${c.ordinal}届中央委员会`, closed),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// 规划: five-year plans as current tasks. 收官/开局 in the wrong year stays with stale.ts (plan-year).

/** A plan named as the plan being carried out now: 全面落实“十四五”规划. The span is the plan's name. */
const implementing = (name: string) =>
  `(?<=(?:全面落实|认真落实|贯彻落实|深入实施|全面实施|组织实施|扎实推进|落实好|实施好|全面完成|完成好)[“"]?)${name}(?=[”"]?(?:规划|时期目标|规划纲要))`;

const PLANS: TifaEntry[] = [
  {
    wording: '十二五',
    pattern: implementing('十二五'),
    kind: '规划',
    validFrom: 2011,
    validUntil: 2015,
    replacement: '当期五年规划',
    source: src('中华人民共和国国民经济和社会发展第十二个五年规划纲要', NPC, '2011-03-14'),
  },
  {
    wording: '十三五',
    pattern: implementing('十三五'),
    kind: '规划',
    validFrom: 2016,
    validUntil: 2020,
    replacement: '“十四五”（2021—2025年）、“十五五”（2026—2030年）规划',
    source: src('中华人民共和国国民经济和社会发展第十三个五年规划纲要', NPC, '2016-03-16'),
  },
  {
    wording: '十四五',
    pattern: implementing('十四五'),
    kind: '规划',
    validFrom: 2021,
    validUntil: 2025,
    replacement: '“十五五”规划（2026—2030年）',
    suggestion: '十五五',
    source: src('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要', NPC, '2021-03-11'),
  },
  {
    wording: '十五五',
    kind: '规划',
    validFrom: 2026,
    source: src('中共中央关于制定国民经济和社会发展第十五个五年规划的建议', '中国共产党第二十届中央委员会第四次全体会议', '2025-10-23'),
  },
];

// ---------------------------------------------------------------------------------------------
// 主题教育: each campaign as an activity under way (开展……) after it ended. Its 成果 (巩固……成果)
// and a look back stay right, except where noted.

/** Listed with the other campaigns (扎实开展党史学习教育、……主题教育、党纪学习教育), it is a review of
 *  several years, as a 2026 政府工作报告 looks back on the 十四五 period: not reported. */
const carryingOut = (name: string) => `(?:深入|扎实|全面|认真|广泛|组织)?开展(?:好)?${name}(?![、，和][^。；]*?(?:主题教育|学习教育))`;

const CAMPAIGNS: TifaEntry[] = [
  {
    wording: '党的群众路线教育实践活动',
    pattern: carryingOut('(?:党的)?群众路线教育实践活动'),
    kind: '主题教育',
    validFrom: { year: 2013, month: 6 },
    validUntil: { year: 2014, month: 10 },
    action: '已于2014年10月总结，不应再作为正在开展的活动',
    source: src('习近平在党的群众路线教育实践活动总结大会上的讲话', XJP, '2014-10-08'),
  },
  {
    wording: '“三严三实”专题教育',
    pattern: '[“"]?三严三实[”"]?专题教育(?!成果)',
    kind: '主题教育',
    validFrom: { year: 2015, month: 4 },
    validUntil: 2015,
    action: '2015年在县处级以上领导干部中开展，已结束',
    source: src('关于在县处级以上领导干部中开展“三严三实”专题教育方案', ZB, '2015-04'),
  },
  {
    wording: '“两学一做”学习教育',
    kind: '主题教育',
    validFrom: { year: 2016, month: 2 },
    source: src('关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案', ZB, '2016-02'),
  },
  {
    wording: '推进“两学一做”学习教育常态化制度化',
    kind: '主题教育',
    validFrom: { year: 2017, month: 3 },
    source: src('关于推进“两学一做”学习教育常态化制度化的意见', ZB, '2017-03'),
  },
  {
    wording: '“不忘初心、牢记使命”主题教育',
    pattern: '[“"]?不忘初心[、，,]?\\s*牢记使命[”"]?主题教育',
    kind: '主题教育',
    validFrom: { year: 2019, month: 5 },
    validUntil: { year: 2020, month: 1 },
    replacement: '当年开展的学习教育（2023年学习贯彻习近平新时代中国特色社会主义思想主题教育，2024年党纪学习教育，2025年深入贯彻中央八项规定精神学习教育）',
    note: '“不忘初心、牢记使命”本身是长期要求（建立不忘初心、牢记使命的制度），只有“……主题教育”有期限；巩固其成果在2020年的文稿中仍是现行表述',
    source: src('习近平在“不忘初心、牢记使命”主题教育总结大会上的讲话', XJP, '2020-01-08'),
  },
  {
    wording: '党史学习教育',
    pattern: carryingOut('党史学习教育'),
    kind: '主题教育',
    validFrom: { year: 2021, month: 2 },
    validUntil: 2021,
    action: '2021年在全党开展，已结束；可写巩固拓展党史学习教育成果',
    source: src('习近平在党史学习教育动员大会上的讲话', XJP, '2021-02-20'),
  },
  {
    wording: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    pattern: carryingOut('学习贯彻习近平新时代中国特色社会主义思想主题教育'),
    kind: '主题教育',
    validFrom: { year: 2023, month: 4 },
    validUntil: { year: 2024, month: 1 },
    action: '2023年4月起分两批开展，已结束；可写巩固拓展主题教育成果',
    source: src('习近平在学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议上的讲话', XJP, '2023-04-03'),
  },
  {
    wording: '党纪学习教育',
    pattern: carryingOut('党纪学习教育'),
    kind: '主题教育',
    validFrom: { year: 2024, month: 4 },
    validUntil: { year: 2024, month: 7 },
    action: '2024年4月至7月开展，已结束；可写巩固深化党纪学习教育成果',
    source: src('关于在全党开展党纪学习教育的通知', ZB, '2024-04'),
  },
  {
    wording: '深入贯彻中央八项规定精神学习教育',
    pattern: carryingOut('深入贯彻中央八项规定精神学习教育'),
    kind: '主题教育',
    validFrom: { year: 2025, month: 3 },
    validUntil: { year: 2025, month: 7 },
    action: '2025年全国两会后启动、7月底前基本结束；可写巩固拓展学习教育成果',
    source: src('关于在全党开展深入贯彻中央八项规定精神学习教育的通知', ZB, '2025-03'),
  },
  {
    wording: '基层减负年',
    pattern: '[“"]?基层减负年[”"]?(?![^，。；！？]*成果)',
    kind: '主题教育',
    severity: 'info',
    validFrom: 2019,
    validUntil: 2019,
    action: '2019年为“基层减负年”；此后写持续为基层减负',
    note: '巩固拓展“基层减负年”成果是2020年起的现行写法，不报',
    source: src('关于解决形式主义突出问题为基层减负的通知', ZB, '2019-03'),
  },
  {
    wording: '习近平总书记系列重要讲话精神',
    pattern: '习近平总书记系列重要讲话(?:精神)?',
    kind: '工作提法',
    validFrom: 2013,
    validUntil: { year: 2017, month: 10 },
    replacement: '习近平新时代中国特色社会主义思想',
    source: src('中国共产党第十九次全国代表大会关于《中国共产党章程（修正案）》的决议', '中国共产党第十九次全国代表大会', '2017-10-24'),
  },
];

// ---------------------------------------------------------------------------------------------
// 疫情防控: wordings of 2020–2022. On 2023-01-08 新型冠状病毒感染 became 乙类乙管.

const YILEI = src('关于对新型冠状病毒感染实施“乙类乙管”的总体方案', '国务院应对新型冠状病毒感染疫情联防联控机制综合组', '2022-12-26', 'http://ws.china-embassy.gov.cn/zgxw/202212/t20221227_10995730.htm');
const END_2022 = { year: 2022, month: 12 } as const;
const COVID_ACTION = '2023年1月8日起新冠病毒感染实施“乙类乙管”';

/** A disease outbreak among animals or plants (非洲猪瘟疫情, 动物疫情), or a named disease's: not COVID.
 *  世纪疫情 is how reviews after 2023 name the past pandemic (有力克服世纪疫情冲击). */
const NOT_ANIMAL = '(?<![动植物猪瘟禽病疫虫害热纪])';

const COVID: TifaEntry[] = [
  {
    wording: '疫情防控和经济社会发展“双战双赢”',
    pattern: '(?:疫情防控和经济社会发展)?[“"]?双战双赢[”"]?',
    kind: '工作提法',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: YILEI,
  },
  {
    wording: '统筹疫情防控和经济社会发展',
    pattern: '(?:高效)?统筹(?:推进)?(?:新冠肺炎)?疫情防控和经济社会发展',
    kind: '工作提法',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: src('习近平在统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议上的讲话', XJP, '2020-02-23'),
  },
  {
    wording: '一手抓疫情防控，一手抓经济社会发展',
    pattern: '一手抓疫情防控[，、,]?\\s*一手抓经济社会发展',
    kind: '工作提法',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: src('习近平在统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议上的讲话', XJP, '2020-02-23'),
  },
  {
    wording: '外防输入、内防反弹',
    pattern: '[“"]?外防输入[、，,]?\\s*内防(?:反弹|扩散)[”"]?(?:总策略)?',
    kind: '工作提法',
    validFrom: { year: 2020, month: 3 },
    validUntil: END_2022,
    action: COVID_ACTION,
    note: '2020年春也作“外防输入、内防扩散”',
    source: src('中共中央政治局会议（分析国内外新冠肺炎疫情防控形势，研究部署抓紧抓实抓细常态化疫情防控工作）', '中共中央政治局', '2020-04-17', 'http://big5.china.com.cn/gate/big5/xitheory.china.com.cn/2020-04/17/content_75970538.html'),
  },
  {
    wording: '动态清零',
    pattern: '[“"]?动态清零[”"]?总方针|(?<=坚持|社会面)[“"]?动态清零[”"]?|(?<=疫情[^，。；！？]{0,8})[“"]?动态清零[”"]?',
    note: '“重大事故隐患动态清零”“高风险机构动态清零”“生态环境问题动态清零”是现行的工作用语，只报与疫情相连的',
    kind: '工作提法',
    validFrom: { year: 2021, month: 8 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: YILEI,
  },
  {
    wording: '常态化疫情防控',
    pattern: '常态化疫情防控|疫情防控常态化|疫情常态化防控',
    kind: '工作提法',
    validFrom: { year: 2020, month: 5 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: src('关于做好新冠肺炎疫情常态化防控工作的指导意见', '国务院应对新型冠状病毒肺炎疫情联防联控机制', '2020-05-07'),
  },
  {
    wording: '疫情防控人民战争、总体战、阻击战',
    pattern: '疫情防控(?:的)?(?:人民战争、总体战、阻击战|阻击战|狙击战)',
    kind: '工作提法',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    action: COVID_ACTION,
    source: src('中共中央政治局常务委员会会议（研究加强新型冠状病毒感染的肺炎疫情防控工作）', '中共中央政治局常务委员会', '2020-02-03'),
  },
  {
    wording: '常态化核酸检测',
    kind: '工作提法',
    validFrom: 2022,
    validUntil: END_2022,
    action: '“乙类乙管”后检测策略调整为“愿检尽检”',
    source: YILEI,
  },
  {
    wording: '疫情防控和复工复产',
    pattern: '疫情防控和复工复产|复工复产复商复市|复工复产复学|复工达产',
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    action: COVID_ACTION,
    note: '单说“复工复产”不报：节后复工复产、灾后复工复产每年都说',
    source: src('习近平在统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议上的讲话', XJP, '2020-02-23'),
  },
  {
    wording: '新冠肺炎疫情',
    pattern: '新冠肺炎疫情|新型冠状病毒肺炎疫情|新冠病毒肺炎疫情',
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2020, month: 2 },
    validUntil: END_2022,
    replacement: '新型冠状病毒感染（2022年12月26日更名）',
    source: src('国家卫生健康委员会公告（2022年第7号）', '国家卫生健康委员会', '2022-12-26'),
  },
  {
    wording: '疫情防控',
    pattern: `${NOT_ANIMAL}疫情防控`,
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2020, month: 1 },
    validUntil: END_2022,
    action: '若指新冠疫情防控，2023年1月8日起已实施“乙类乙管”，请核对是否仍为当前工作',
    source: YILEI,
  },
  {
    wording: '疫情',
    pattern: `${NOT_ANIMAL}疫情(?!防控)`,
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2020, month: 1 },
    validUntil: END_2022,
    action: '若指新冠疫情，2023年1月8日起已实施“乙类乙管”，请核对是否仍为当前形势',
    note: '动物、植物疫情与各类传染病疫情（非洲猪瘟疫情、动物疫情）不报',
    source: YILEI,
  },
];

// ---------------------------------------------------------------------------------------------
// 工作提法: goals reached, campaigns turned into standing work, wordings replaced.

const ACHIEVED = src('习近平在庆祝中国共产党成立100周年大会上的讲话', XJP, '2021-07-01');
const POVERTY_END = src('习近平在全国脱贫攻坚总结表彰大会上的讲话', XJP, '2021-02-25');
const POVERTY_NEXT = '巩固拓展脱贫攻坚成果同乡村振兴有效衔接';
/** "打赢脱贫攻坚战后，" and "……以来" look back from after the victory; "如期打赢脱贫攻坚战、全面建成
 *  小康社会" lists what was achieved (a 2026 政府工作报告's five-year review). */
const NOT_AFTER = '(?![^，。；！？]*?(?:后|以来))(?!、(?:如期)?全面建成小康社会)';
const REFORM_2018 = src('深化党和国家机构改革方案', CPC, '2018-03-21');
const REFORM_2023 = src('党和国家机构改革方案', CPC, '2023-03-16');
/** An institution named in a document title (《国土资源部关于……》) or as 原…… is cited, not current. */
const NOT_FORMER = '(?<![原《])';

/** A ministry or office renamed or merged in a reform: current after the reform only as 原……. */
function renamed(old: string, since: number, now: string, until: { year: number; month: number }, source: TifaSource, direct = true): TifaEntry {
  const entry: TifaEntry = { wording: old, pattern: `${NOT_FORMER}${old}`, kind: '工作提法', validFrom: since, validUntil: until, replacement: now, source };
  if (direct) entry.suggestion = now;
  return entry;
}
const R2018 = { year: 2018, month: 3 } as const;
const R2023 = { year: 2023, month: 3 } as const;
const R2021 = { year: 2021, month: 2 } as const;
const CBIRC = '中国银行保险监督管理委员会（2018年）、国家金融监督管理总局（2023年）';

const WORK: TifaEntry[] = [
  // 全面建成小康社会: achieved 2021-07-01; as a goal it is stale after.
  {
    wording: '决胜全面建成小康社会',
    kind: '工作提法',
    validFrom: { year: 2017, month: 10 },
    validUntil: { year: 2021, month: 7 },
    replacement: '全面建设社会主义现代化国家',
    source: ACHIEVED,
  },
  {
    wording: '确保全面建成小康社会',
    pattern: '(?:确保|如期|高质量|夺取)全面建成小康社会',
    kind: '工作提法',
    validFrom: 2012,
    validUntil: { year: 2021, month: 7 },
    replacement: '全面建设社会主义现代化国家',
    note: '“在全面建成小康社会基础上”是现行表述，不报',
    source: ACHIEVED,
  },
  {
    wording: '全面建成小康社会收官之年',
    kind: '工作提法',
    validFrom: 2020,
    validUntil: 2020,
    action: '2020年为全面建成小康社会收官之年',
    source: ACHIEVED,
  },
  {
    wording: '为实现第一个百年奋斗目标',
    pattern: '(?:确保|如期|为)实现第一个百年奋斗目标',
    kind: '工作提法',
    validFrom: 2012,
    validUntil: { year: 2021, month: 7 },
    replacement: '向第二个百年奋斗目标进军',
    source: ACHIEVED,
  },
  {
    wording: '全面建成小康社会、全面深化改革、全面依法治国、全面从严治党',
    pattern: '全面建成小康社会、全面深化改革',
    kind: '工作提法',
    validFrom: { year: 2015, month: 2 },
    validUntil: { year: 2020, month: 10 },
    replacement: '“四个全面”战略布局：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党',
    suggestion: '全面建设社会主义现代化国家、全面深化改革',
    source: src('中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议', '中国共产党第十九届中央委员会第五次全体会议', '2020-10-29'),
  },
  {
    wording: '全面建设社会主义现代化国家',
    kind: '工作提法',
    validFrom: { year: 2020, month: 10 },
    source: src('中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议', '中国共产党第十九届中央委员会第五次全体会议', '2020-10-29'),
  },
  {
    wording: '向第二个百年奋斗目标进军',
    kind: '工作提法',
    validFrom: { year: 2021, month: 7 },
    source: ACHIEVED,
  },
  // 脱贫攻坚: won (全国脱贫攻坚总结表彰大会 2021-02-25); the task since is its successor.
  {
    wording: '打赢脱贫攻坚战',
    pattern: `(?:决战决胜|坚决打赢|如期打赢|打赢打好|打赢|打好)脱贫攻坚战?(?!战)${NOT_AFTER}`,
    kind: '工作提法',
    validFrom: 2015,
    validUntil: { year: 2021, month: 2 },
    replacement: POVERTY_NEXT,
    note: '“打赢脱贫攻坚战后”“脱贫攻坚战取得全面胜利”是回顾，不报',
    source: POVERTY_END,
  },
  {
    wording: '夺取脱贫攻坚战全面胜利',
    kind: '工作提法',
    validFrom: 2020,
    validUntil: { year: 2021, month: 2 },
    replacement: POVERTY_NEXT,
    source: POVERTY_END,
  },
  {
    wording: '脱贫攻坚重大政治任务',
    pattern: '脱贫攻坚(?:重大政治任务|政治任务|目标任务)',
    kind: '工作提法',
    validFrom: 2015,
    validUntil: { year: 2021, month: 2 },
    replacement: POVERTY_NEXT,
    source: POVERTY_END,
  },
  {
    wording: '精准脱贫攻坚战',
    pattern: `(?:打好|打赢)精准脱贫攻坚战${NOT_AFTER}`,
    kind: '工作提法',
    validFrom: { year: 2017, month: 10 },
    validUntil: { year: 2021, month: 2 },
    replacement: POVERTY_NEXT,
    source: POVERTY_END,
  },
  {
    wording: POVERTY_NEXT,
    kind: '工作提法',
    validFrom: 2021,
    source: src('中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见', '中共中央 国务院', '2020-12-16'),
  },
  {
    wording: '脱贫攻坚精神',
    kind: '工作提法',
    validFrom: { year: 2021, month: 2 },
    source: POVERTY_END,
  },
  renamed('国务院扶贫开发领导小组办公室', 1993, '国家乡村振兴局（2023年起在农业农村部加挂牌子）', R2021, POVERTY_END, false),
  renamed('国务院扶贫办', 1993, '国家乡村振兴局（2023年起在农业农村部加挂牌子）', R2021, POVERTY_END, false),
  { ...renamed('国家乡村振兴局', 2021, '农业农村部（加挂国家乡村振兴局牌子）', R2023, REFORM_2023, false), severity: 'info' },
  // 六稳 (2018-07) and 六保 (2020-04): the last 政府工作报告 to set them as a task was 2022's.
  {
    wording: '“六稳”“六保”',
    pattern: '[“"]?六稳[”"]?[、，,]?[“"]?六保[”"]?(?:工作|任务)?|[“"]?六保[”"]?[、，,]?[“"]?六稳[”"]?(?:工作|任务)?',
    kind: '工作提法',
    validFrom: { year: 2020, month: 4 },
    validUntil: 2022,
    action: '2023年起政府工作报告不再部署“六稳”“六保”，请按当年中央经济工作会议和政府工作报告的表述',
    source: src('2022年国务院政府工作报告', GWY, '2022-03-05'),
  },
  {
    wording: '“六稳”工作',
    pattern: '[“"]?六稳[”"]?(?:工作)?',
    kind: '工作提法',
    validFrom: { year: 2018, month: 7 },
    validUntil: 2022,
    action: '2023年起政府工作报告不再部署“六稳”，请按当年中央经济工作会议和政府工作报告的表述',
    source: src('2022年国务院政府工作报告', GWY, '2022-03-05'),
  },
  {
    wording: '“六保”任务',
    pattern: '[“"]?六保[”"]?(?:任务)?',
    kind: '工作提法',
    validFrom: { year: 2020, month: 4 },
    validUntil: 2022,
    action: '2023年起政府工作报告不再部署“六保”，请按当年中央经济工作会议和政府工作报告的表述',
    source: src('中共中央政治局会议（分析研究当前经济形势，部署当前经济工作）', '中共中央政治局', '2020-04-17', 'http://big5.china.com.cn/gate/big5/xitheory.china.com.cn/2020-04/17/content_75970538.html'),
  },
  // 三大攻坚战 (2017–2020) and the battles that followed.
  {
    wording: '打好三大攻坚战',
    pattern: `(?:坚决打好|打好|打赢|决胜)(?:防范化解重大风险、精准脱贫、污染防治)?三大攻坚战${NOT_AFTER}`,
    kind: '工作提法',
    validFrom: { year: 2017, month: 10 },
    validUntil: 2020,
    replacement: '深入打好污染防治攻坚战；防范化解重大风险',
    source: src('中国共产党第十九届中央委员会第五次全体会议公报', '中国共产党第十九届中央委员会', '2020-10-29'),
  },
  {
    wording: '坚决打好污染防治攻坚战',
    pattern: '(?<!深入)(?<!深入推进)打好污染防治攻坚战',
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2018, month: 6 },
    validUntil: { year: 2021, month: 11 },
    replacement: '深入打好污染防治攻坚战',
    source: src('中共中央 国务院关于深入打好污染防治攻坚战的意见', '中共中央 国务院', '2021-11-02'),
  },
  {
    wording: '深入打好污染防治攻坚战',
    kind: '工作提法',
    validFrom: { year: 2021, month: 11 },
    source: src('中共中央 国务院关于深入打好污染防治攻坚战的意见', '中共中央 国务院', '2021-11-02'),
  },
  {
    wording: '三去一降一补',
    pattern: '[“"]?三去一降一补[”"]?',
    kind: '工作提法',
    severity: 'info',
    validFrom: { year: 2015, month: 12 },
    validUntil: 2018,
    replacement: '“巩固、增强、提升、畅通”八字方针（深化供给侧结构性改革）',
    source: src('中央经济工作会议', '中共中央 国务院', '2018-12-21'),
  },
  // 扫黑除恶: a campaign 2018–2020 (总结表彰 2021-03), then standing work.
  {
    wording: '扫黑除恶专项斗争',
    pattern: '扫黑除恶专项斗争(?!以来|期间|成果|中|取得|总结)',
    kind: '工作提法',
    validFrom: 2018,
    validUntil: { year: 2021, month: 3 },
    replacement: '常态化扫黑除恶斗争',
    suggestion: '常态化扫黑除恶斗争',
    note: '“巩固扫黑除恶专项斗争成果”是现行表述，不报',
    source: src('全国扫黑除恶专项斗争总结表彰大会', '中共中央 国务院', '2021-03-29'),
  },
  {
    wording: '常态化扫黑除恶斗争',
    kind: '工作提法',
    validFrom: { year: 2021, month: 3 },
    source: src('全国扫黑除恶专项斗争总结表彰大会', '中共中央 国务院', '2021-03-29'),
  },
  // Meetings looked forward to: right only before they are held.
  {
    wording: '喜迎党的十九大',
    pattern: '喜迎(?:党的)?十九大|迎接党的十九大(?:胜利)?召开',
    kind: '会议',
    validFrom: 2017,
    validUntil: { year: 2017, month: 10 },
    action: '党的十九大已于2017年10月召开',
    source: src('在中国共产党第十九次全国代表大会上的报告', '中共第十八届中央委员会', '2017-10-18'),
  },
  {
    wording: '喜迎党的二十大',
    pattern: '喜迎(?:党的)?二十大|迎接党的二十大(?:胜利)?召开',
    kind: '会议',
    validFrom: 2022,
    validUntil: { year: 2022, month: 10 },
    action: '党的二十大已于2022年10月召开',
    source: src('在中国共产党第二十次全国代表大会上的报告', '中共第十九届中央委员会', '2022-10-16'),
  },
  {
    wording: '筹办北京冬奥会',
    pattern: '筹办(?:好)?(?:北京)?冬奥会|(?:北京)?冬奥会(?:和冬残奥会)?筹办',
    kind: '工作提法',
    validFrom: 2015,
    validUntil: { year: 2022, month: 3 },
    action: '北京2022年冬奥会、冬残奥会已于2022年3月闭幕',
    source: src('习近平在北京冬奥会、冬残奥会总结表彰大会上的讲话', XJP, '2022-04-08'),
  },
  // Institutions renamed or merged (2018, 2023). A citation 《……》 or 原…… is left alone.
  renamed('国家工商行政管理总局', 2001, '国家市场监督管理总局', R2018, REFORM_2018),
  renamed('国家工商总局', 2001, '国家市场监督管理总局', R2018, REFORM_2018),
  renamed('国家质量监督检验检疫总局', 2001, '国家市场监督管理总局', R2018, REFORM_2018),
  renamed('国家质检总局', 2001, '国家市场监督管理总局', R2018, REFORM_2018),
  renamed('国家食品药品监督管理总局', 2013, '国家市场监督管理总局、国家药品监督管理局', R2018, REFORM_2018, false),
  renamed('国土资源部', 1998, '自然资源部', R2018, REFORM_2018),
  renamed('环境保护部', 2008, '生态环境部', R2018, REFORM_2018),
  renamed('国家卫生和计划生育委员会', 2013, '国家卫生健康委员会', R2018, REFORM_2018),
  renamed('国家卫生计生委', 2013, '国家卫生健康委', R2018, REFORM_2018),
  renamed('国家旅游局', 1982, '文化和旅游部', R2018, REFORM_2018),
  renamed('国家安全生产监督管理总局', 2005, '应急管理部', R2018, REFORM_2018),
  renamed('国家安全监管总局', 2005, '应急管理部', R2018, REFORM_2018),
  renamed('国家林业局', 1998, '国家林业和草原局', R2018, REFORM_2018),
  renamed('国务院法制办公室', 1998, '司法部', R2018, REFORM_2018),
  renamed('中国银行业监督管理委员会', 2003, CBIRC, R2018, REFORM_2018, false),
  renamed('中国保险监督管理委员会', 1998, CBIRC, R2018, REFORM_2018, false),
  renamed('中央全面深化改革领导小组', 2013, '中央全面深化改革委员会', R2018, REFORM_2018),
  renamed('中央网络安全和信息化领导小组', 2014, '中央网络安全和信息化委员会', R2018, REFORM_2018),
  renamed('中央财经领导小组', 1980, '中央财经委员会', R2018, REFORM_2018),
  renamed('中央外事工作领导小组', 1981, '中央外事工作委员会', R2018, REFORM_2018),
  renamed('中国银行保险监督管理委员会', 2018, '国家金融监督管理总局', R2023, REFORM_2023),
  renamed('中国银保监会', 2018, '国家金融监督管理总局', R2023, REFORM_2023),
  // Current wordings, with the document that set them (never reported; they date the table).
  ...current([
    ['新发展理念', { year: 2015, month: 10 }, src('中国共产党第十八届中央委员会第五次全体会议公报', '中国共产党第十八届中央委员会', '2015-10-29')],
    ['乡村振兴战略', { year: 2017, month: 10 }, src('在中国共产党第十九次全国代表大会上的报告', '中共第十八届中央委员会', '2017-10-18')],
    ['高质量发展', { year: 2017, month: 10 }, src('在中国共产党第十九次全国代表大会上的报告', '中共第十八届中央委员会', '2017-10-18')],
    ['习近平新时代中国特色社会主义思想', { year: 2017, month: 10 }, src('中国共产党章程', '中国共产党第十九次全国代表大会', '2017-10-24')],
    ['新发展格局', { year: 2020, month: 10 }, src('中国共产党第十九届中央委员会第五次全体会议公报', '中国共产党第十九届中央委员会', '2020-10-29')],
    ['统筹发展和安全', { year: 2020, month: 10 }, src('中国共产党第十九届中央委员会第五次全体会议公报', '中国共产党第十九届中央委员会', '2020-10-29')],
    ['两个确立', { year: 2021, month: 11 }, src('中共中央关于党的百年奋斗重大成就和历史经验的决议', '中国共产党第十九届中央委员会第六次全体会议', '2021-11-11')],
    ['两个维护', { year: 2018, month: 1 }, src('中国共产党章程', '中国共产党第二十次全国代表大会', '2022-10-22')],
    ['四个意识', { year: 2016, month: 1 }, src('中共中央政治局会议', '中共中央政治局', '2016-01-29')],
    ['四个自信', { year: 2016, month: 7 }, src('习近平在庆祝中国共产党成立95周年大会上的讲话', XJP, '2016-07-01')],
    ['中国式现代化', { year: 2022, month: 10 }, src('在中国共产党第二十次全国代表大会上的报告', '中共第十九届中央委员会', '2022-10-16')],
    ['全过程人民民主', { year: 2021, month: 7 }, ACHIEVED],
    ['伟大建党精神', { year: 2021, month: 7 }, ACHIEVED],
    ['总体国家安全观', { year: 2014, month: 4 }, src('习近平在中央国家安全委员会第一次会议上的讲话', XJP, '2014-04-15')],
    ['习近平法治思想', { year: 2020, month: 11 }, src('中央全面依法治国工作会议', CPC, '2020-11-17')],
    ['习近平生态文明思想', { year: 2018, month: 5 }, src('全国生态环境保护大会', CPC, '2018-05-19')],
    ['习近平外交思想', { year: 2018, month: 6 }, src('中央外事工作会议', CPC, '2018-06-23')],
    ['习近平文化思想', { year: 2023, month: 10 }, src('全国宣传思想文化工作会议', CPC, '2023-10-08')],
    ['伟大抗疫精神', { year: 2020, month: 9 }, src('习近平在全国抗击新冠肺炎疫情表彰大会上的讲话', XJP, '2020-09-08')],
    ['全国统一大市场', { year: 2022, month: 3 }, src('中共中央 国务院关于加快建设全国统一大市场的意见', '中共中央 国务院', '2022-03-25')],
    ['全面推行河长制', { year: 2016, month: 12 }, src('关于全面推行河长制的意见', '中共中央办公厅 国务院办公厅', '2016-12-11')],
    ['优化营商环境', 2019, src('优化营商环境条例（国务院令第722号）', GWY, '2019-10-22')],
    ['反有组织犯罪', 2022, src('中华人民共和国反有组织犯罪法', NPCSC, '2021-12-24')],
    ['新型冠状病毒感染', { year: 2022, month: 12 }, src('国家卫生健康委员会公告（2022年第7号）', '国家卫生健康委员会', '2022-12-26')],
  ]),
];

function current(rows: ReadonlyArray<readonly [string, TifaEntry['validFrom'], TifaSource]>): TifaEntry[] {
  return rows.map(([wording, validFrom, source]) => ({ wording, kind: '工作提法', validFrom, source }));
}

// ---------------------------------------------------------------------------------------------
// 纪念日: anniversary counts are right in one year; stale.ts computes them from calendar.ts's event
// years. The entries record the official commemoration of each count in 2012–2026.

function anniversary(wording: string, year: number, title: string, issuer: string, date: string): TifaEntry {
  return {
    wording,
    kind: '纪念日',
    validFrom: year,
    validUntil: year,
    action: `周年数随年份而变，${year}年以外按文稿年份重算`,
    delegate: 'stale/anniversary',
    source: src(title, issuer, date),
  };
}

const ANNIVERSARY_ENTRIES: TifaEntry[] = [
  anniversary('毛泽东同志诞辰120周年', 2013, '纪念毛泽东同志诞辰120周年座谈会', CPC, '2013-12-26'),
  anniversary('邓小平同志诞辰110周年', 2014, '纪念邓小平同志诞辰110周年座谈会', CPC, '2014-08-20'),
  anniversary('中国人民抗日战争暨世界反法西斯战争胜利70周年', 2015, '纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会', '中共中央 全国人大常委会 国务院 全国政协 中央军委', '2015-09-03'),
  anniversary('中国共产党成立95周年', 2016, '庆祝中国共产党成立95周年大会', CPC, '2016-07-01'),
  anniversary('红军长征胜利80周年', 2016, '纪念红军长征胜利80周年大会', CPC, '2016-10-21'),
  anniversary('香港回归祖国20周年', 2017, '庆祝香港回归祖国20周年大会暨香港特别行政区第五届政府就职典礼', '香港特别行政区', '2017-07-01'),
  anniversary('中国人民解放军建军90周年', 2017, '庆祝中国人民解放军建军90周年大会', '中共中央 国务院 中央军委', '2017-08-01'),
  anniversary('改革开放40周年', 2018, '庆祝改革开放40周年大会', '中共中央 国务院', '2018-12-18'),
  anniversary('五四运动100周年', 2019, '纪念五四运动100周年大会', CPC, '2019-04-30'),
  anniversary('人民政协成立70周年', 2019, '庆祝中国人民政治协商会议成立70周年大会', CPC, '2019-09-20'),
  anniversary('新中国成立70周年', 2019, '庆祝中华人民共和国成立70周年大会', '中共中央 全国人大常委会 国务院 全国政协 中央军委', '2019-10-01'),
  anniversary('澳门回归祖国20周年', 2019, '庆祝澳门回归祖国20周年大会暨澳门特别行政区第五届政府就职典礼', '澳门特别行政区', '2019-12-20'),
  anniversary('中国人民抗日战争胜利75周年', 2020, '纪念中国人民抗日战争暨世界反法西斯战争胜利75周年座谈会', '中共中央 国务院 中央军委', '2020-09-03'),
  anniversary('中国人民志愿军抗美援朝出国作战70周年', 2020, '纪念中国人民志愿军抗美援朝出国作战70周年大会', '中共中央 国务院 中央军委', '2020-10-23'),
  anniversary('中国共产党成立100周年', 2021, '庆祝中国共产党成立100周年大会', CPC, '2021-07-01'),
  anniversary('西藏和平解放70周年', 2021, '庆祝西藏和平解放70周年大会', '西藏自治区各族各界', '2021-08-19'),
  anniversary('辛亥革命110周年', 2021, '纪念辛亥革命110周年大会', CPC, '2021-10-09'),
  anniversary('香港回归祖国25周年', 2022, '庆祝香港回归祖国25周年大会暨香港特别行政区第六届政府就职典礼', '香港特别行政区', '2022-07-01'),
  anniversary('毛泽东同志诞辰130周年', 2023, '纪念毛泽东同志诞辰130周年座谈会', CPC, '2023-12-26'),
  anniversary('邓小平同志诞辰120周年', 2024, '纪念邓小平同志诞辰120周年座谈会', CPC, '2024-08-22'),
  anniversary('新中国成立75周年', 2024, '庆祝中华人民共和国成立75周年招待会', GWY, '2024-09-30'),
  anniversary('澳门回归祖国25周年', 2024, '庆祝澳门回归祖国25周年大会暨澳门特别行政区第六届政府就职典礼', '澳门特别行政区', '2024-12-20'),
  anniversary('中国人民抗日战争胜利80周年', 2025, '纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会', '中共中央 全国人大常委会 国务院 全国政协 中央军委', '2025-09-03'),
  ...[
    ['国家宪法日', 2014, '全国人民代表大会常务委员会关于设立国家宪法日的决定', '2014-11-01'],
    ['烈士纪念日', 2014, '全国人民代表大会常务委员会关于设立烈士纪念日的决定', '2014-08-31'],
    ['中国人民抗日战争胜利纪念日', 2014, '全国人民代表大会常务委员会关于确定中国人民抗日战争胜利纪念日的决定', '2014-02-27'],
    ['南京大屠杀死难者国家公祭日', 2014, '全国人民代表大会常务委员会关于设立南京大屠杀死难者国家公祭日的决定', '2014-02-27'],
    ['全民国家安全教育日', 2015, '中华人民共和国国家安全法', '2015-07-01'],
    ['全国生态日', 2023, '全国人民代表大会常务委员会关于设立全国生态日的决定', '2023-06-28'],
  ].map(([wording, year, title, date]): TifaEntry => ({
    wording: wording as string,
    kind: '纪念日',
    validFrom: year as number,
    source: src(title as string, NPCSC, date as string),
  })),
];

/** The built-in table. */
export const BUILT_IN_TIFA: readonly TifaEntry[] = [...meetingEntries(), ...PLANS, ...CAMPAIGNS, ...COVID, ...WORK, ...ANNIVERSARY_ENTRIES];
