import { describe, expect, it } from 'vitest';
import { splitTitleLines } from './title-lines';

describe('splitTitleLines', () => {
  it('keeps a short title on one line', () => {
    expect(splitTitleLines('区2020年工作要点')).toEqual(['区2020年工作要点']);
  });

  it('breaks before the closing phrase, upper line the longer (trapezoid)', () => {
    expect(splitTitleLines('X区委2020年落实全面从严治党主体责任情况报告')).toEqual(['X区委2020年落实全面从严治党主体责任', '情况报告']);
    const lines = splitTitleLines('关于贯彻落实党的十九届四中全会精神情况的报告');
    expect(lines.join('')).toBe('关于贯彻落实党的十九届四中全会精神情况的报告');
    expect([...lines[0]!].length).toBeGreaterThanOrEqual([...lines[1]!].length);
    expect(lines.every((l) => [...l].length <= 20)).toBe(true);
  });

  it('never breaks inside a number', () => {
    const lines = splitTitleLines('关于印发2026年全区安全生产和消防工作要点及任务分工方案的通知');
    expect(lines.join('')).toBe('关于印发2026年全区安全生产和消防工作要点及任务分工方案的通知');
    for (let i = 1; i < lines.length; i++) expect(/[0-9]$/.test(lines[i - 1]!) && /^[0-9年]/.test(lines[i]!)).toBe(false);
    expect(lines.every((l) => [...l].length <= 20)).toBe(true);
  });
});
