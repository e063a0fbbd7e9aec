import { describe, expect, it } from 'vitest';
import { checkDocument } from './engine';
import { checkPlaceholders } from './placeholder';

const flagged = (text: string) => checkPlaceholders(text).map((f) => f.text);

function expectOffsets(text: string): void {
  for (const f of checkPlaceholders(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
}

describe('placeholder check', () => {
  it('flags redaction marks: X, XX, XXX, in names and numbers', () => {
    expect(flagged('开展专项督查X次')).toEqual(['X']);
    expect(flagged('XX区委、XXX同志')).toEqual(['XX', 'XXX']);
    expect(flagged('迎来新中国成立7X周年')).toEqual(['7X']);
    expect(flagged('X7栋居民楼')).toEqual(['X7']);
    expect(flagged('总投资X.X亿元')).toEqual(['X.X']);
    expect(flagged('X月X日召开会议')).toEqual(['X', 'X']);
    expect(flagged('X区X事处')).toEqual(['X', 'X']);
    expect(flagged('ＸＸ街道')).toEqual(['ＸＸ']);
    expect(flagged('xx单位于x月x日')).toEqual(['xx', 'x', 'x']);
  });

  it('reports them as errors with a stable rule id', () => {
    const [f] = checkPlaceholders('开展专项督查X次');
    expect(f).toMatchObject({ category: 'placeholder', severity: 'error', rule: 'placeholder/redaction', start: 6, end: 7 });
  });

  it('leaves the letter X in words alone', () => {
    expect(flagged('进行X光检查，配备X射线安检机')).toEqual([]);
    expect(flagged('X型钢架、X轴坐标、X线片')).toEqual([]);
    expect(flagged('推广App应用，GDP增长，PM2.5浓度下降，5G基站')).toEqual([]);
    expect(flagged('XML格式、Excel表格、Xbox、iPhone X、Windows XP、X-ray')).toEqual([]);
    expect(flagged('3x3米的展板，x86架构')).toEqual([]);
    expect(flagged('XXL码服装')).toEqual([]);
    // X as the open term of a formula: "1+X"证书制度, "1+N+X"政策体系.
    expect(flagged('推行“1+X”证书制度，构建“1+N+X”政策体系，形成“X+1”模式')).toEqual([]);
    expect(flagged('新增X+1个网点')).toEqual([]);
    expect(flagged('X个网点、XX+项目')).toEqual(['X']);
  });

  it('flags ××, ○○, □□, ＊＊ runs but not a multiplication sign or ○ written as zero', () => {
    expect(flagged('××单位、○○街道、□□社区、＊＊同志')).toEqual(['××', '○○', '□□', '＊＊']);
    expect(flagged('3×4米')).toEqual([]);
    expect(flagged('二○○八年')).toEqual([]);
  });

  it('flags 【】 fill-in and guidance brackets, not the site ad the importer removes', () => {
    expect(flagged('全年完成【待补充】项')).toEqual(['【待补充】']);
    expect(flagged('【此处填写主要成绩】')).toEqual(['【此处填写主要成绩】']);
    expect(flagged('【简要回顾上年工作】')).toEqual(['【简要回顾上年工作】']);
    expect(flagged('方面【更多公文素材，微信：dadawk01】')).toEqual([]);
    expect(flagged('X府发【2026】3号')).toEqual(['X']); // the 发文字号 brackets are the format check's
  });

  it('flags blanks, empty brackets and template fields', () => {
    expect(flagged('截至____月，完成＿＿＿项')).toEqual(['____', '＿＿＿']);
    expect(flagged('{{单位名称}}关于{{事项}}的报告')).toEqual(['{{单位名称}}', '{{事项}}']);
    expect(flagged('截至（  ）月完成（）项')).toEqual(['（  ）', '（）']);
    expect(flagged('调用f()函数')).toEqual([]);
  });

  it('reports offsets that slice to the flagged text', () => {
    expectOffsets('X月X日，XX区委在X7栋召开会议，投资X.X亿元，【待补充】，{{单位}}，××，＿＿');
  });
});

describe('template guidance and fields', () => {
  const rules = (text: string) => checkPlaceholders(text).map((f) => [f.rule, f.text]);

  it('reports 【】 prompts as placeholder/guidance errors, distinct from fill-in marks', () => {
    const text = '会议召开后，街道第一时间传达学习。【简述本单位学习传达情况，包括会议次数、覆盖范围】';
    const [f] = checkPlaceholders(text);
    expect(f).toMatchObject({ category: 'placeholder', severity: 'error', rule: 'placeholder/guidance', text: '【简述本单位学习传达情况，包括会议次数、覆盖范围】' });
    expect(f!.message).toMatch(/^模板提示文字尚未替换/);
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(rules('全年完成【待补充】项，【此处填写主要成绩】')).toEqual([
      ['placeholder/bracket', '【待补充】'],
      ['placeholder/guidance', '【此处填写主要成绩】'],
    ]);
  });

  it('reports prompts longer than the old 60-character limit, and shortens them in the message', () => {
    const prompt = `【${'写明具体举措和成效，'.repeat(10)}】`;
    const [f] = checkPlaceholders(`正文。${prompt}`);
    expect(f).toMatchObject({ rule: 'placeholder/guidance', start: 3, end: 3 + prompt.length, text: prompt });
    expect(f!.message.length).toBeLessThan(60);
  });

  it('does not report text that only looks like a prompt', () => {
    expect(rules('方面【更多公文素材，微信：dadawk01】')).toEqual([]);
    expect(rules('X府发【2026】3号')).toEqual([['placeholder/redaction', 'X']]);
    expect(rules('（一）压实安全生产责任。街道党工委召开专题会议。')).toEqual([]);
  });

  it('reports unfilled {{字段}} as error-level placeholder/template, every occurrence', () => {
    const text = '{{单位名称}}关于贯彻落实{{会议名称}}精神情况的报告，{{单位名称}}';
    const findings = checkPlaceholders(text);
    expect(findings.map((f) => [f.rule, f.severity, f.text, f.start])).toEqual([
      ['placeholder/template', 'error', '{{单位名称}}', 0],
      ['placeholder/template', 'error', '{{会议名称}}', text.indexOf('{{会议')],
      ['placeholder/template', 'error', '{{单位名称}}', text.lastIndexOf('{{')],
    ]);
    expect(flagged('｛｛年份｝｝年工作要点')).toEqual(['｛｛年份｝｝']);
    expect(flagged('和平街道2026年工作要点')).toEqual([]);
  });

  it('reports a field inside a prompt once, as the prompt', () => {
    const { findings } = checkDocument([{ role: 'body', text: '今年以来，【概括{{单位名称}}的总体情况】。' }]);
    expect(findings.map((f) => f.rule)).toEqual(['placeholder/guidance']);
  });

  it('gives F8 every field and prompt of a template paragraph as a placeholder, in order', () => {
    const text = '{{会议名称}}召开以来，{{单位名称}}迅速传达学习。【概括总体情况】现将有关情况报告如下：';
    const { findings } = checkDocument([{ role: 'body', text }]);
    expect(findings.filter((f) => f.category === 'placeholder').map((f) => f.text)).toEqual(['{{会议名称}}', '{{单位名称}}', '【概括总体情况】']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });
});
