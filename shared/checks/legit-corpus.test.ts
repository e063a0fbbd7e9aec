/**
 * Correct official writing that the checker must leave alone: statistics with decimals and units,
 * Latin abbreviations, X射线 and X光, quotations, nested 书名号, legitimate reduplication, correct
 * enumerations and numbering, dates, 发文字号, an attachment note. Any error or warning here is a
 * false alarm.
 */
import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { checkDocument } from './engine';

const REPORT = [
  '东城区2026年工作要点',
  '区委、区政府：',
  '根据《东城区2026年重点工作任务分工》（东府发〔2026〕3号）要求，现将今年工作要点报告如下：',
  '今年是“十五五”开局之年。做好今年工作，要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中、四中全会精神，坚决做到“两个维护”，增强“四个意识”、坚定“四个自信”。',
  '一、2025年工作回顾',
  '过去一年，全区地区生产总值达到736.21亿元，增长5.2%；一般公共预算收入41.14亿元，税收占比86.16%。优良天数比例达98.5%，PM2.5平均浓度为38微克/立方米，同比下降1.2个百分点。全年办理群众诉求1.2万件，按时办结率99.89%。',
  '（一）坚持稳中求进，经济运行稳中向好。一是扩大有效投资，全年实施重大项目120个；二是提升消费活力，社会消费品零售总额增长6.3%；三是稳住外贸基本盘，进出口总额突破500亿元。',
  '（二）坚持创新驱动，新动能加快成长。新建5G基站1200个，推广政务服务App和“一网通办”平台，GDP中数字经济占比提高到45%。组织开展“智慧医疗”试点，为辖区居民免费提供X光检查和X射线胸片筛查。',
  '（三）坚持以人民为中心，民生福祉持续增进。常常深入基层、天天联系群众，层层压实责任，人人参与治理，家家户户受益，实实在在解决了一批急难愁盼问题。遇事多研究研究、多商量商量，看看群众怎么说。',
  '二、2026年主要任务',
  '（一）深入学习贯彻党的二十届四中全会精神',
  '1．抓好理论武装。认真学习《关于〈中华人民共和国监察法〉的说明》，组织学习《习近平谈治国理政》第四卷。',
  '2．抓好宣传宣讲。于2026年4月8日前完成第一轮集中宣讲，每场10:30开始，材料发送至office@example.gov.cn，或登录https://www.example.gov.cn/study?id=1查看。',
  '（二）推动经济高质量发展',
  '1．加快项目建设。截至目前，已签订合作协议15项，总投资1,000亿元。对重大项目实行“一项目一专班”，作出专门部署。',
  '（1）完善要素保障。统筹用地、用能指标，优先保障重大项目。',
  '（2）优化审批服务',
  '2．持续优化营商环境。坚持“两个毫不动摇”，贯彻落实《优化营商环境条例》，做到“无事不扰、有求必应”。',
  '3．统筹发展和安全。防止过度开发和过度包装，三、四月份集中开展隐患排查，一、二季度完成整治；为了了解情况，针对对象特点分类施策，对H7N9、COVID-19等传染病加强监测。',
  '三、保障措施',
  '各部门要切实担负起主体责任，深刻领悟“两个确立”的决定性意义，做到“‘两个维护’落在行动上”，兢兢业业、久久为功，确保各项任务落到实处。项目申报截止日期为2026年6月30日。',
  '附件：1．重点项目清单',
  '2．任务分工表',
  '东城区人民政府',
  '2026年4月8日',
];

describe('legitimate text', () => {
  const paragraphs = detectRoles(REPORT);
  const result = checkDocument(paragraphs);

  it('reads the document year from the title', () => {
    expect(result.year).toBe(2026);
  });

  it('raises no error and no warning', () => {
    const alarms = result.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule} [${f.text}] in ${paragraphs[f.paragraph]!.text.slice(0, 20)}`);
    expect(alarms).toEqual([]);
  });

  it('raises no info either', () => {
    expect(result.findings).toEqual([]);
  });
});
