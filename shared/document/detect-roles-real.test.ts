/**
 * Role detection on the layouts of published documents (issue 11): a 发文字号 between or above the title,
 * the addressee after it, the signature and date followed by trailing lines, a date with placeholders,
 * and a document attached after its cover notice with its own title block.
 */
import { describe, expect, it } from 'vitest';
import { validateNumbering } from '../outline/validate';
import { detectRoles } from './detect-roles';

const roles = (texts: string[]) => detectRoles(texts).map((p) => p.role);

const BODY = '《国务院工作规则》已经2004年6月16日召开的国务院第54次常务会议修订通过，现予印发。';

describe('detectRoles on published layouts', () => {
  // 国务院关于印发《国务院工作规则》的通知（国发〔2004〕18号）, as published, with the rules attached.
  it('reads a cover notice with 发文字号, addressee, signature, date and the attached document', () => {
    expect(
      roles([
        '国务院关于印发《国务院工作规则》的通知',
        '国发〔2004〕18号',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        BODY,
        '国务院',
        '二〇〇四年六月二十六日',
        '国 务 院 工 作 规 则',
        '（二○○四年六月十六日国务院',
        '第54次常务会议修订通过）',
        '第十届全国人民代表大会第一次会议产生的新一届中央人民政府，根据《中华人民共和国宪法》和《中华人民共和国国务院组织法》，制定本规则。',
      ]),
    ).toEqual(['title', 'docNumber', 'addressee', 'body', 'signature', 'date', 'title', 'subtitle', 'subtitle', 'body']);
  });

  // 国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报（国办发〔2018〕108号）: the
  // attached list of 130 items, one sentence each, none with text under it.
  // Numbered by the third-level form "1.", each item is a third-level heading, 100. to 130. included.
  it('reads a list of 130 numbered one-sentence items as a list (body text), numbered past 99', () => {
    const items = Array.from({ length: 130 }, (_, i) => `${i + 1}.某省某市扎实推进第${i + 1}项改革，取得明显成效。`);
    const result = roles(['附件', '国务院第五次大督查发现的典型经验做法', '（共130项）', ...items]);
    expect(result.slice(0, 3)).toEqual(['attachment', 'title', 'subtitle']);
    expect(new Set(result.slice(3))).toEqual(new Set(['body']));
    expect(validateNumbering(detectRoles(['附件', '典型经验做法', ...items]))).toEqual([]);
    const skipped = items.filter((_, i) => i !== 119);
    expect(validateNumbering(detectRoles(['附件', '典型经验做法', ...skipped])).map((i) => [i.kind, i.text, i.suggestion])).toEqual([['skip', '121.', '120.']]);
    // Headings with their text under them stay headings, sentence-style or not.
    expect(roles(['（一）指导思想。', '正文。', '（二）基本原则。', '正文。', '（三）主要目标。', '正文。'])).toEqual(['heading2', 'body', 'heading2', 'body', 'heading2', 'body']);
  });

  // 2026 provincial government work reports: the speaker's line under the subtitle, then 各位代表：.
  it('reads the speaker line of a report as part of the title block, and the salutation under it', () => {
    const opening = '现在，我代表自治区人民政府，向大会报告工作，请予审议。';
    expect(roles(['政府工作报告', '——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上', '自治区人民政府主席 张雨浦', '各位代表：', opening])).toEqual([
      'title',
      'subtitle',
      'subtitle',
      'addressee',
      'body',
    ]);
    expect(roles(['2026年政府工作报告', '——2026年1月28日在云南省第十四届人民代表大会第四次会议上', '省长　王予波', '各位代表：', opening])).toEqual([
      'title',
      'subtitle',
      'subtitle',
      'addressee',
      'body',
    ]);
    expect(roles(['陕西省2026年政府工作报告', '2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚', '各位代表：', opening])).toEqual([
      'title',
      'subtitle',
      'addressee',
      'body',
    ]);
  });

  // 国家粮食应急预案（国办函〔2005〕57号）: its table of contents and decimal sections are no title lines.
  it('does not take 目录 or a numbered section for a title line', () => {
    expect(roles(['国家粮食应急预案', '目　　录', '1　总则', '1.1　编制目的'])).toEqual(['title', 'heading1', 'heading1', 'heading2']);
  });

  // 国家粮食应急预案 (国办函〔2005〕57号): a contents list repeats the section titles found further down.
  it('reads the entries of a contents list as its text and the sections after it as headings', () => {
    expect(
      roles(['国家粮食应急预案', '目　　录', '1　总则', '1.1　编制目的及依据', '4.2　国家级(Ⅰ级)应急响应', '1　总则', '1.1　编制目的及依据', BODY, '4.2　国家级（Ⅰ级）应急响应', BODY]),
    ).toEqual(['title', 'heading1', 'body', 'body', 'body', 'heading1', 'heading2', 'body', 'heading2', 'body']);
  });

  // The same 预案: its decimal clauses are sentences ("7.2 本预案由国务院办公厅负责解释。"), its section
  // titles are not; a label with a colon or a short sentence with text after it still heads a clause.
  it('reads a decimal-numbered sentence as a clause (body) and a decimal-numbered title as a heading', () => {
    expect(
      roles([
        '国家粮食应急预案',
        '7　附则',
        '7.1　各省、自治区、直辖市人民政府应根据本预案和本地区实际情况，制订和完善本省（区、市）粮食应急预案。',
        '7.2　本预案由国务院办公厅负责解释。',
        '4.2.2　国务院批准启动本预案后，国家粮食应急工作指挥部立即进入应急工作状态，并组织实施以下应急措施：',
        '1.2.1　国家级（Ⅰ级）：两个以上省、自治区、直辖市出现粮食应急状态。',
        '5.2.1　建立粮食应急加工网络。各省级人民政府要选择一批靠近主销区的粮食加工企业。',
      ]),
    ).toEqual(['title', 'heading1', 'body', 'body', 'body', 'heading3', 'heading3']);
  });

  // 国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知（国办发〔1996〕25号）
  it('reads a long addressee list under the 发文字号', () => {
    const addressee =
      '北京市、天津市、河北省、山西省、内蒙古自治区、辽宁省、吉林省、黑龙江省、上海市、江苏省、浙江省、安徽省、福建省、江西省、山东省、河南省、湖北省、湖南省、广东省、广西壮族自治区、陕西省、甘肃省人民政府，沈阳、北京、兰州、济南、南京、广州军区：';
    expect(roles(['国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知', '国办发〔1996〕25号', addressee, BODY])).toEqual([
      'title',
      'docNumber',
      'addressee',
      'body',
    ]);
  });

  // 黄浦区人民政府关于印发黄浦区消防“十二五”规划的通知（2013）as published: no signature line (the seal
  // stands for it), the date, then the plan with its own title.
  it('reads a date without signature above an attached document', () => {
    expect(roles(['黄浦区人民政府关于印发黄浦区消防“十二五”规划的通知', '区政府各委、局、办，各街道办事处：', '现将《黄浦区消防“十二五”规划》印发给你们，请认真按照执行。', '特此通知。', '2013年3月4日', '黄浦区消防“十二五”规划', '为了构建科学的消防安全体系，保障黄浦城区安全运行，制定本规划。', '一、“十一五”时期黄浦消防工作回顾'])).toEqual([
      'title',
      'addressee',
      'body',
      'body',
      'date',
      'title',
      'body',
      'heading1',
    ]);
  });

  // 国办发〔1996〕32号: the forwarded request under "附：".
  it('reads 附： as the head of an appended document, not an addressee', () => {
    expect(roles(['关于某问题的通知', '各省人民政府：', BODY, '国务院办公厅', '一九九六年五月十三日', '附：', '国家教委关于内地西藏班扩大规模有关问题的请示', '国务院：', BODY])).toEqual([
      'title',
      'addressee',
      'body',
      'signature',
      'date',
      'attachment',
      'title',
      'addressee',
      'body',
    ]);
  });

  // 崇明区高层建筑消防安全综合治理工作方案, 附件1 and 附件3: tables flattened into lines under a title.
  it('does not continue a complete title with the header cells of a table', () => {
    expect(roles(['附件1', '高层民用建筑的分类', '名称', '高层民用建筑', '单、多层民用建筑'])).toEqual(['attachment', 'title', 'body', 'body', 'body']);
    expect(roles(['附件3', '高层建筑消防安全综合治理工作负责领导、联络员名单反馈表', '地区或部门', '负责领导姓名'])).toEqual(['attachment', 'title', 'body', 'body']);
    expect(roles(['关于湖北省巴东县官渡口镇马鬃山村', '地质险情调研情况的报告', '国务院：'])).toEqual(['title', 'title', 'addressee']);
  });

  // Mixed heading forms of old documents: 国务院工作规则 (第X章), 国家粮食应急预案 (1 / 1.1 / 1.2.1).
  it('reads chapters and decimal section numbers as headings by depth', () => {
    expect(roles(['第一章　总　则', '一、第十届全国人民代表大会第一次会议产生的新一届中央人民政府，根据宪法和国务院组织法，制定本规则。', '第二章　组成人员职责'])).toEqual([
      'heading1',
      'heading1', // a numbered article of one sentence
      'heading1',
    ]);
    expect(
      roles(['1　总则', '1.1　编制目的及依据', '为保证在出现自然灾害和其他突发公共事件等情况时粮食市场供应，制定本预案。', '1.2.1　国家级（Ⅰ级）：两个以上省、自治区、直辖市出现粮食应急状态，以及超过省级人民政府处置能力的。', '2　组织机构和职责']),
    ).toEqual(['heading1', 'heading2', 'body', 'heading3', 'heading1']);
  });

  it('reads a 发文字号 above the title', () => {
    expect(roles(['国办发〔2018〕128号', '国务院办公厅关于印发全国深化“放管服”改革转变政府职能电视电话会议重点任务分工方案的通知', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', BODY])).toEqual([
      'docNumber',
      'title',
      'addressee',
      'body',
    ]);
  });

  it('finds signature and date under trailing lines: （此件公开发布）, 抄送, 印发', () => {
    expect(roles(['关于某事的通知', '各区县人民政府：', BODY, '国务院办公厅', '2018年12月29日', '（此件公开发布）'])).toEqual([
      'title',
      'addressee',
      'body',
      'signature',
      'date',
      'body',
    ]);
    expect(roles(['关于某事的通知', BODY, '市人民政府办公室', '2019年3月1日', '抄送：市委办公室，市人大常委会办公室。', '市人民政府办公室 2019年3月1日印发'])).toEqual([
      'title',
      'body',
      'signature',
      'date',
      'body',
      'body',
    ]);
  });

  // 国发〔2019〕4号 and 国办发〔1997〕11号 as published: the attached document's title follows the
  // （此件公开发布） or （本文有删减） note under the date, without a 附件 line.
  it('reads the attached document after the note under the date', () => {
    expect(roles(['国务院关于印发国家职业教育改革实施方案的通知', '国发〔2019〕4号', '各省、自治区、直辖市人民政府：', BODY, '国务院', '2019年1月24日', '（此件公开发布）', '国家职业教育改革实施方案', BODY])).toEqual([
      'title',
      'docNumber',
      'addressee',
      'body',
      'signature',
      'date',
      'body',
      'title',
      'body',
    ]);
    expect(roles(['国务院办公厅转发民政部关于清理整顿社会团体意见的通知', BODY, '国务院办公厅', '一九九七年四月八日', '（本文有删减）', '关于清理整顿社会团体的意见', '（民政部　一九九七年一月二十八日）', BODY])).toEqual([
      'title',
      'body',
      'signature',
      'date',
      'body',
      'title',
      'subtitle',
      'body',
    ]);
  });

  it('finds a date with placeholders and the signature above it', () => {
    expect(roles(['X区2026年工作总结', BODY, 'XX区人民政府', '2026年X月X日'])).toEqual(['title', 'body', 'signature', 'date']);
    expect(roles(['X区2026年工作总结', BODY, 'XX区人民政府', '2026年  月  日'])).toEqual(['title', 'body', 'signature', 'date']);
  });

  it('reads a document attached under a bare 附件 line with its own title, subtitle and headings', () => {
    expect(
      roles(['关于印发某工作方案的通知', '各街道办事处：', '现将《某工作方案》印发给你们，请认真贯彻执行。', '区人民政府办公室', '2026年3月2日', '附件', '某工作方案', '（2026—2027年）', '一、总体要求', BODY]),
    ).toEqual(['title', 'addressee', 'body', 'signature', 'date', 'attachment', 'title', 'subtitle', 'heading1', 'body']);
  });
});
