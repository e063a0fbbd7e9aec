import { describe, expect, it } from 'vitest';
import { checkDocument } from './engine';
import { checkFieldSyntax } from './field-syntax';

const flagged = (text: string) => checkFieldSyntax(text).map((f) => `${f.start}:${f.text}`);

describe('template field syntax ({{名称}} with both braces)', () => {
  it('fires on an opening {{ that is never closed', () => {
    // What typing over a mis-selected field left behind.
    expect(flagged('{{会议区委……')).toEqual(['0:{{']);
    expect(flagged('会议由{{会议区委办公室主持，各单位主要负责同志参加。')).toEqual(['3:{{']);
    // The first field lost its }}: the second one is whole.
    expect(flagged('请{{单位名称于{{成文日期}}前报送。')).toEqual(['1:{{']);
  });

  it('fires on a closing }} with no {{ before it', () => {
    expect(flagged('单位名称}}关于2025年工作情况的报告')).toEqual(['4:}}']);
    expect(flagged('{{单位名称}}}}关于{{年份}}年工作情况的报告')).toEqual(['8:}}']);
  });

  it('holds full-width ｛｛ ｝｝ fields to the same rule, each width with its own pair', () => {
    expect(flagged('｛｛单位名称关于2025年工作情况的报告')).toEqual(['0:｛｛']);
    expect(flagged('{{单位名称｝｝关于2025年工作情况的报告')).toEqual(['0:{{', '6:｝｝']);
  });

  it('does not fire on whole fields, single braces or text without braces', () => {
    expect(flagged('{{单位名称}}关于贯彻落实{{会议名称}}精神情况的报告')).toEqual([]);
    expect(flagged('｛｛单位名称｝｝2025年工作要点')).toEqual([]);
    expect(flagged('{{}}')).toEqual([]);
    // Single full-width braces are set notation, not fields: 数列｛aₙ｝, 集合｛1，2，3｝.
    expect(flagged('设数列｛aₙ｝的前n项和为Sₙ，集合｛1，2，3｝中的元素。')).toEqual([]);
    expect(flagged('配置项写作{name}，或 {"key": 1}。')).toEqual([]);
    expect(flagged('全区完成老旧小区改造任务，群众满意度明显提升。')).toEqual([]);
  });

  it('is an error-level placeholder finding in the document check, naming the clause it enforces', () => {
    const { findings } = checkDocument([{ role: 'body', text: '会议由{{会议区委办公室主持。' }]);
    const f = findings.find((x) => x.rule === 'placeholder/field-syntax');
    expect(f).toMatchObject({ category: 'placeholder', severity: 'error', paragraph: 0, start: 3, end: 5, text: '{{' });
    expect(f!.message).toContain('{{名称}}');
    expect(f!.suggestion).toBeUndefined();
    // A whole field is reported as an unfilled field only.
    const whole = checkDocument([{ role: 'body', text: '{{单位名称}}关于2025年工作情况的报告' }]).findings;
    expect(whole.map((x) => x.rule)).toEqual(['placeholder/template']);
  });
});
