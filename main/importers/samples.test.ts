import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocParagraph, ParagraphRole } from '../../shared/document/roles';
import { splitRunInHeading } from '../../shared/document/run-in';
import { importBytes, importFile, type ImportResult } from './import-file';
import { buildDocx } from './testing/build-docx';
import { encodeGb18030, encodeUtf16 } from './testing/gb18030';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
const sampleFile = (prefix: string) => samplesDir + fs.readdirSync(samplesDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;

interface Expected {
  counts: Partial<Record<ParagraphRole, number>>;
  /** Every paragraph that is not body: its role and its text (for a run-in heading, the heading part). */
  outline: Array<[ParagraphRole, string]>;
  removed: number;
}

const EXPECTED: Record<string, Expected> = {
  '000': {
    removed: 0,
    counts: { addressee: 1, body: 7, heading1: 3, heading2: 6 },
    outline: [
      ['addressee', '区委办：'],
      ['heading1', '一、加强学习，统一思想，全面领会会议精神实质'],
      ['heading1', '二、进一步认清形势，明确X年的工作思路'],
      ['heading1', '三、围绕重点，全力以赴，为完成全年目标任务而努力拼搏'],
      ['heading2', '（一）紧盯目标，加大项目推进力度。'],
      ['heading2', '（二）多策并举，抓好招商引资工作。'],
      ['heading2', '（三）加快转变社会管理模式，持续巩固创建成果'],
      ['heading2', '（四）统筹兼顾协调发展，着力保障和改善民生'],
      ['heading2', '（五）及时化解社会矛盾，全力维护社会稳定'],
      ['heading2', '（六）坚持党要管党严治党，不断夯实党建基础'],
    ],
  },
  '001': {
    removed: 0,
    counts: { title: 2, addressee: 1, body: 8, heading1: 5, heading2: 19 },
    outline: [
      ['title', '扛稳责任  固强补弱  砥砺奋进'],
      ['title', '着力绘好XX高质量发展的时代工笔画'],
      ['addressee', '同志们：'],
      ['heading1', '一、强化思想政治引领，不断集聚高质量发展的强大合力'],
      ['heading2', '（一）突出认识提升，持续推进学习习近平新时代中国特色社会主义思想走深走实。'],
      ['heading2', '（二）以庆祝新中国成立70周年和开展“不忘初心、牢记使命”主题教育为契机，充分激发党员干部干事创业热情和积极性。'],
      ['heading2', '（三）强化宣传思想文化工作，凝聚促进高质量发展的正能量。'],
      ['heading1', '二、突出重点关键，推动高质量发展各项任务全面落实'],
      ['heading2', '（一）突出制造业这个重点，全力推进经济高质量发展。'],
      ['heading2', '（二）突出大气和水环境整治，全力打好污染防治攻坚战。'],
      ['heading2', '（三）突出激发活力、稳妥有序这个基本原则，全面深化各项改革。'],
      ['heading2', '（四）突出问题楼盘和非法集资处置，切实防范化解重大风险隐患。'],
      ['heading2', '（五）突出部门职能转变，切实优化营商环境。'],
      ['heading1', '三、落实以人民为中心的发展思想，在改善民生中让群众感受到高质量发展的良好成效'],
      ['heading2', '（一）抓住百城提质这个关键，全力打造宜居环境城区。'],
      ['heading2', '（二）以解决群众急盼的关切为重点，大力发展社会各项事业。'],
      ['heading2', '（三）突出源头预防和隐患化解处置，全力维护社会和谐稳定。'],
      ['heading1', '四、加强民主法治建设，把制度优势转化为高质量发展的有力支撑'],
      ['heading2', '（一）支持区人大及其常委会依法履行职责，使区委的重大决策通过法定程序成为全区人民的共同意志和统一行动。'],
      ['heading2', '（二）支持区政协履行政治协商、民主监督、参政议政职能。'],
      ['heading2', '（三）巩固和发展爱国统一战线。'],
      ['heading2', '（四）统筹推进学法懂法尊法守法，法治建设全面提速。'],
      ['heading1', '五、全面加强党的建设，以党建高质量推进经济社会发展高质量'],
      ['heading2', '（一）始终坚持党的政治建设。'],
      ['heading2', '（二）切实加强干部队伍建设。'],
      ['heading2', '（三）全面筑牢基层战斗堡垒。'],
      ['heading2', '（四）强化执纪监督问责。'],
    ],
  },
  '002': {
    removed: 12,
    counts: { title: 1, body: 9, heading1: 5, heading3: 19 },
    outline: [
      ['title', 'X区委2020年落实全面从严治党主体责任情况报告'],
      ['heading1', '一、以上率下抓谋划、强统筹，带动形成一级抓一级、层层抓落实的工作格局'],
      ['heading3', '1．强化统筹安排，明确责任目标。'],
      ['heading3', '2．强化问题导向，补齐短板差距。'],
      ['heading3', '3．强化督查考核，推动责任落地。'],
      ['heading1', '二、共克时艰勇担当、善作为，在坚决打好疫情防控阻击战中践行初心使命'],
      ['heading3', '1．构建疫情防控指挥体系。'],
      ['heading3', '2．科学开展疫情监测处置。'],
      ['heading3', '3．筑牢疫情防控坚强堡垒。'],
      ['heading3', '4．保证生产生活平稳有序。'],
      ['heading1', '三、政治引领聚合力、固堡垒，推动实现各领域各方面党的建设更加有形有力'],
      ['heading3', '1．持续强化理论武装。'],
      ['heading3', '2．巩固“不忘初心、牢记使命”主题教育成果。'],
      ['heading3', '3．坚持和加强党的全面领导。'],
      ['heading3', '4．突出党建领航夯实基层基础。'],
      ['heading3', '5．着眼精准精细打通治理堵点。'],
      ['heading1', '四、牢记宗旨促发展、惠民生，在打造品质城区升级版进程中彰显担当精神'],
      ['heading3', '1．把统筹协调作为重要前提。'],
      ['heading3', '2．把思想解放作为强大动力。'],
      ['heading3', '3．把改善民生作为不懈追求。'],
      ['heading3', '4．把优化环境作为坚实支撑。'],
      ['heading1', '五、提振精神强作风、树新风，以勇于自我革命精神永葆党的先进性和纯洁性'],
      ['heading3', '1．统筹推进干部和人才队伍建设。'],
      ['heading3', '2．驰而不息纠正“四风”、改进作风。'],
      ['heading3', '3．坚持无禁区、全覆盖、零容忍深化反腐败斗争。'],
    ],
  },
  '003': {
    removed: 1,
    counts: { title: 1, body: 5, heading1: 4 },
    outline: [
      ['title', '区2020年工作要点'],
      ['heading1', '一、紧扣目标任务，助推经济发展'],
      ['heading1', '二、紧扣发展要务，优化营商环境'],
      ['heading1', '三、紧扣民生福祉，创新社会治理'],
      ['heading1', '四、紧扣群众利益，做实基层党建'],
    ],
  },
  '004': {
    removed: 4,
    counts: { title: 1, body: 12, heading1: 2, heading2: 9 },
    outline: [
      ['title', '贯彻落实党的十九届四中全会精神情况报告'],
      ['heading1', '一、抓好学习传达，领会精神实质'],
      ['heading1', '二、抓好工作结合，抓好贯彻落实'],
      ['heading2', '（一）在坚持和完善党的领导制度体系方面'],
      ['heading2', '（二）在坚持完善人民代表大会制度方面'],
      ['heading2', '（三）在坚持完善中国特色社会主义法治体系方面'],
      ['heading2', '（四）在坚持完善中国特色社会主义行政体制方面'],
      ['heading2', '（五）在坚持完善社会主义基本经济制度方面'],
      ['heading2', '（六）在坚持和完善繁荣发展社会主义先进文化制度方面'],
      ['heading2', '（七）在坚持和完善民生保障制度方面'],
      ['heading2', '（八）在坚持和完善生态文明制度体系方面'],
      ['heading2', '（九）在坚持和完善党和国家监督体系方面。'],
    ],
  },
};

const outline = (paragraphs: DocParagraph[]) =>
  paragraphs.filter((p) => p.role !== 'body').map((p) => [p.role, splitRunInHeading(p.text).headingPart || p.text]);

function countRoles(paragraphs: DocParagraph[]): Partial<Record<ParagraphRole, number>> {
  const counts: Partial<Record<ParagraphRole, number>> = {};
  for (const p of paragraphs) counts[p.role] = (counts[p.role] ?? 0) + 1;
  return counts;
}

function expectSample(result: ImportResult, expected: Expected): void {
  expect(countRoles(result.paragraphs)).toEqual(expected.counts);
  expect(outline(result.paragraphs)).toEqual(expected.outline);
  expect(result.removed).toHaveLength(expected.removed);
  // None of the samples closes with a signature or a date.
  expect(result.paragraphs.some((p) => p.role === 'signature' || p.role === 'date')).toBe(false);
}

describe('roles of the five samples', () => {
  for (const [sample, expected] of Object.entries(EXPECTED)) {
    const file = sampleFile(sample);
    const lines = fs.readFileSync(file, 'utf8').split('\n');

    it(`sample ${sample} as the UTF-8 .txt it is`, async () => {
      const result = await importFile(file);
      expect(result.encoding).toBe('utf-8');
      expectSample(result, expected);
      // One click restores everything cleanup took out, each line as it was (indentation aside).
      expect(result.rawParagraphs.map((p) => p.text)).toEqual(lines.map((l) => l.trim()).filter(Boolean));
    });

    it(`sample ${sample} as GB18030 and UTF-16 text`, async () => {
      const text = lines.join('\r\n');
      for (const [bytes, encoding] of [
        [encodeGb18030(text), 'gb18030'],
        [encodeUtf16(text, 'le', true), 'utf-16le'],
        [encodeUtf16(text, 'be'), 'utf-16be'],
      ] as const) {
        const result = await importBytes(`${sample}.txt`, bytes);
        expect(result.encoding).toBe(encoding);
        expectSample(result, expected);
      }
    });

    it(`sample ${sample} as a .docx without styles`, async () => {
      const result = await importBytes(`${sample}.docx`, await buildDocx(lines));
      expect(result.encoding).toBe('docx');
      expectSample(result, expected);
    });
  }

  it('keeps 一是…… paragraphs as body (samples 002, 003, 004)', async () => {
    for (const sample of ['002', '003', '004']) {
      const { paragraphs } = await importFile(sampleFile(sample));
      const enumerations = paragraphs.filter((p) => p.text.startsWith('一是'));
      expect(enumerations.length).toBeGreaterThan(0);
      expect(enumerations.every((p) => p.role === 'body')).toBe(true);
    }
  });

  it('puts the 1． headings of sample 002 directly under the 一、 headings', async () => {
    const { paragraphs } = await importFile(sampleFile('002'));
    const headings = paragraphs.filter((p) => p.role.startsWith('heading')).map((p) => p.role);
    expect(headings.slice(0, 5)).toEqual(['heading1', 'heading3', 'heading3', 'heading3', 'heading1']);
    expect(headings).not.toContain('heading2');
  });
});
