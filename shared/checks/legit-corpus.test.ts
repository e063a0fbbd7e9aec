/**
 * Correct official writing that the checker must leave alone: statistics with decimals and units,
 * Latin abbreviations (GDP, App, 5G, CPI), X射线, X光 and X型, quotations “…‘…’…”, nested 书名号
 * 《…〈…〉…》, legitimate reduplication (常常, 研究研究, 看看, 干干净净, 天天), correct
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
  '（二）坚持创新驱动，新动能加快成长。新建5G基站1200个，推广政务服务App和“一网通办”平台，GDP中数字经济占比提高到45%，居民消费价格指数（CPI）上涨0.8%。组织开展“智慧医疗”试点，为辖区居民免费提供X光检查和X射线胸片筛查，新建X型钢架防护棚12座，推行“1+X”证书制度。',
  '（三）坚持以人民为中心，民生福祉持续增进。常常深入基层、天天联系群众，层层压实责任，人人参与治理，家家户户受益，实实在在解决了一批急难愁盼问题，把背街小巷打扫得干干净净。遇事多研究研究、多商量商量，看看群众怎么说。',
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

/**
 * The same kinds of legitimate text one sentence at a time, each as a body paragraph of a 2026
 * document, so a false alarm names its sentence.
 */
const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  'statistics with decimals and units': [
    '全区地区生产总值达到736.21亿元，增长5.2%，优良天数比例达98.5%。',
    'PM2.5平均浓度为38微克/立方米，PM10平均浓度为56微克/立方米，同比下降1.2个百分点。',
    '全年办理群众诉求1.2万件，其中12345热线受理8.6万件，按时办结率99.89%，约占总量的1/3。',
    '每场宣讲10:30开始，窗口8:30—17:30对外办公，按1:1比例配套资金。',
    '截至2026年3月底，已建成项目15个（其中续建项目8个），总投资1,000亿元，旅游收入1,580.6亿元。',
    '第一季度实现增加值12.5亿元，同比提高6.0个百分点；温度控制在-5℃至35℃之间，误差±0.5℃。',
    '发放消费券500万元，带动消费3.2亿元，杠杆率达1:6.4；开通7×24小时服务热线。',
  ],
  'Latin abbreviations and words': [
    '新建5G基站1200个，GDP增长5.2%，CPI上涨0.8%，PPI下降1.5%。',
    '推广“i东城”App和Wi-Fi全覆盖，发展“5G+工业互联网”，培育B2B平台，打造4A级景区2个。',
    '引进A股上市公司3家、IPO辅导企业2家，开展CT、MRI检查，配备N95口罩5万只，对H7N9、COVID-19加强监测。',
    '按照“1+N”政策体系，制定“1+N+X”工作方案，实施A、B、C三类管理。',
    '网址为https://www.example.gov.cn/，邮箱为office@example.gov.cn。',
  ],
  'the letter X in words': [
    '购置X光机2台、X射线安检仪10台，安装X型支架，绘制X轴坐标图，拍摄X线片。',
    '推行“1+X”证书制度，培养复合型技术技能人才。',
  ],
  'quotations and nested 书名号': [
    '他说：“我们要牢记‘两个务必’，坚持‘三严三实’。”群众称赞：“这是‘民心工程’。”',
    '做到“‘两个维护’落在行动上”，抓好“三农”“三保”工作，坚持“两个毫不动摇”。',
    '认真学习《〈中共中央关于党的百年奋斗重大成就和历史经验的决议〉辅导读本》和《关于〈中华人民共和国监察法〉的说明》。',
    '贯彻落实《优化营商环境条例》（国务院令第722号），学习《习近平谈治国理政》第四卷。',
  ],
  'reduplication': [
    '常常深入基层，天天联系群众，多研究研究、多看看、多想想，把街巷打扫得干干净净、整整齐齐。',
    '大家要认认真真学习、踏踏实实工作、清清白白做人，时时处处严格要求自己，个个争当先锋，年年都有新进步。',
    '要扎扎实实、轰轰烈烈、明明白白地开展工作，的的确确取得了实效，家家户户都满意，事事有回音、件件有着落。',
    '一个一个解决，一件一件落实，试一试、看一看，讨论讨论，了解了解，商量商量。',
  ],
  'function words meeting themselves at a word boundary': [
    '目的的实现需要时间；有的的确困难；但是是否可行还要论证；总和和平均值均有提升。',
    '为了了解情况深入基层，针对对象特点施策，面对对手毫不退让，在在职党员中开展活动。',
  ],
  'words the typo table must leave alone': [
    '防止过度开发，避免过度包装，申报截止日期为6月30日，报名截止后不再受理。',
    '按排名先后确定，按装修标准验收，按受理顺序办理，按受教育程度分组，坚持以经济建设为中心。',
  ],
  'current wording for 2026': [
    '今年是“十五五”开局之年，全面贯彻党的二十大和二十届二中、三中、四中全会精神。',
    '新中国成立77周年之际，纪念中国共产党成立105周年。',
    '党的十八大以来，全区发展取得历史性成就。',
  ],
};

describe('legitimate sentences, one at a time', () => {
  for (const [kind, sentences] of Object.entries(SENTENCES)) {
    it(`raises no error or warning on ${kind}`, () => {
      for (const sentence of sentences) {
        const paragraphs = detectRoles(['东城区2026年工作要点', sentence]);
        expect(paragraphs[1]!.role, sentence).toBe('body');
        const { year, findings } = checkDocument(paragraphs);
        expect(year).toBe(2026);
        const alarms = findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} [${f.text}] ${f.message}`);
        expect(alarms, sentence).toEqual([]);
      }
    });
  }
});
