import { describe, expect, it } from 'vitest';
import { detectRoles } from './detect-roles';
import type { ParagraphRole } from './roles';

const roles = (texts: string[], sourceRoles?: (ParagraphRole | null)[]) => detectRoles(texts, sourceRoles ? { sourceRoles } : {}).map((p) => p.role);
const BODY = '各地区、各部门要高度重视，认真组织实施，确保各项任务落到实处。';

describe('enumerated item lists (body text, not headings)', () => {
  // 国务院办公厅转发民政部关于清理整顿社会团体意见的通知（国办发〔1997〕11号）
  it('reads conditions listed under a heading, one sentence each, as body', () => {
    expect(
      roles([
        '（二）符合下列要求的社会团体予以保留。',
        '1.遵守国家法律法规和有关政策规定，依照章程开展活动。',
        '2.有规范的名称。',
        '3.有50个以上的成员（基金会除外）。',
        '4.有稳定的经费来源和独立的财务帐号。',
        '（三）对存在下列问题的社会团体要进行整改。',
      ]),
    ).toEqual(['heading2', 'body', 'body', 'body', 'body', 'heading2']);
  });

  // 崇明区高层建筑消防安全综合治理工作方案 (2017): problems listed under unnumbered-phrase headings.
  it('reads problem items under each heading as body, the headings as headings', () => {
    expect(
      roles([
        '（一）易燃可燃外保温材料',
        '1.高层建筑违规采用易燃可燃外保温材料。',
        '2.高层建筑外墙外保温防护层破损开裂、脱落，未将保温材料完全包覆。',
        '（二）建筑消防设施',
        '1.高层建筑未按消防技术标准设置消防设施，或设置不符合消防技术标准。',
        '2.建筑消防设施故障、损坏或瘫痪，不能保持完好有效。',
      ]),
    ).toEqual(['heading2', 'body', 'body', 'heading2', 'body', 'body']);
  });

  // 宜春市2022年国民经济和社会发展统计公报: the numbered notes under 注释：.
  it('reads the numbered notes of a statistical bulletin as body under the 注释 label', () => {
    expect(
      roles([
        '注释：',
        '1.本公报中数据均为初步统计数，最后以年报核定数据为准。部分数据因四舍五入的原因，存在总项与分项合计不等的情况。',
        '2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。',
        '3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。',
      ]),
    ).toEqual(['heading1', 'body', 'body', 'body']);
  });

  // 国务院工作规则（国发〔2004〕18号）: articles 一、…五十四、 under 第X章, one with a second paragraph (款).
  it('reads the articles of a rule as body, an article with a second paragraph included', () => {
    expect(
      roles([
        '第二章　组成人员职责',
        '九、秘书长在总理领导下，负责处理国务院的日常工作。',
        '十、总理出国访问期间，由负责常务工作的副总理代行总理职务。',
        '十一、各部部长、各委员会主任、人民银行行长、审计长负责本部门的工作。',
        '审计署在总理领导下，依照法律规定独立行使审计监督权，不受其他行政机关、社会团体和个人的干涉。',
        '十二、国务院及各部门要加快政府职能转变，全面履行经济调节、市场监管、社会管理和公共服务职能。',
        '十三、健全宏观调控体系，主要运用经济、法律手段并辅之以必要的行政手段引导和调控经济运行。',
        '第三章　全面履行政府职能',
      ]),
    ).toEqual(['heading1', 'body', 'body', 'body', 'body', 'body', 'body', 'heading1']);
  });

  // 国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知（国办发〔2018〕117号）: measures that
  // open with a clause; the first sentence of some is short enough to pass for a run-in heading alone.
  it('reads measures that each open with a clause as body, though some would pass for run-in headings alone', () => {
    expect(
      roles([
        '一、对深化商事制度改革成效显著、落实事中事后监管等相关政策措施社会反映好的市（地、州、盟）、县（市、区、旗），在安排年度企业发展专项资金时予以倾斜支持。',
        '二、对促进外贸、外资稳定增长，积极优化营商环境成效明显的省（区、市），在外贸转型升级基地培育中给予优先支持。（商务部负责）',
        '三、对推进电子商务进农村综合示范工作成效明显的县（市、区、旗），在年度电子商务进农村综合示范工作中予以支持。',
      ]),
    ).toEqual(['body', 'body', 'body']);
  });

  it('keeps sentence-style headings that have their sections under them', () => {
    expect(roles(['（一）指导思想。', BODY, '（二）基本原则。', BODY, '（三）主要目标。', BODY])).toEqual(['heading2', 'body', 'heading2', 'body', 'heading2', 'body']);
  });

  // Sample 001 (区委全会报告): run-in headings with their text in one paragraph, one of them 51 characters long.
  it('keeps run-in headings, each with its text in its paragraph', () => {
    expect(
      roles([
        '（一）坚持以党的政治建设为统领，持续强化理论武装。全年召开常委会会议32次，专题学习习近平新时代中国特色社会主义思想。',
        '（二）以庆祝新中国成立70周年和开展“不忘初心、牢记使命”主题教育为契机，充分激发党员干部干事创业热情和积极性。机关、企业、社区等各个层面组织开展主题活动。',
        '（三）压实安全生产责任。街道党工委高度重视安全生产工作，层层签订责任书。',
      ]),
    ).toEqual(['heading2', 'heading2', 'heading2']);
  });

  // A skeleton typed before its sections are written: heading phrases, no sentence among them.
  it('keeps an outline of bare heading phrases', () => {
    expect(roles(['一、总体要求', '二、重点任务', '三、保障措施'])).toEqual(['heading1', 'heading1', 'heading1']);
  });

  // 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）: a label and a colon head each item.
  it('keeps items headed by a label and a colon (一、元旦：……)', () => {
    expect(
      roles([
        '一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。',
        '二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。',
        '三、清明节：4月5日放假，与周末连休。',
        '四、劳动节：5月1日放假。',
      ]),
    ).toEqual(['heading1', 'heading1', 'heading1', 'heading1']);
  });

  it('keeps a list whose paragraphs the source format marks as headings (Word heading styles)', () => {
    const texts = ['1.有规范的名称。', '2.有50个以上的成员。'];
    expect(roles(texts)).toEqual(['body', 'body']);
    expect(roles(texts, ['heading3', 'heading3'])).toEqual(['heading3', 'heading3']);
  });
});
