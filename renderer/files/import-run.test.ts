import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api';
import { busyMessage, ImportRun, isCanceled } from './import-run';

describe('ImportRun', () => {
  it('a cancel before the file is sent stops it in the renderer: nothing sent, main not told', () => {
    const run = new ImportRun('大报告.pdf');
    expect(run.cancel()).toBe(false);
    expect(run.canceled).toBe(true);
    expect(run.send()).toBe(false);
  });

  it('a cancel after the file is sent tells main, once', () => {
    const run = new ImportRun('大报告.pdf');
    expect(run.send()).toBe(true);
    expect(run.canceled).toBe(false);
    expect(run.cancel()).toBe(true);
    expect(run.canceled).toBe(true);
    // 取消 pressed again, or Esc after 取消: main was told already.
    expect(run.cancel()).toBe(false);
  });
});

describe('isCanceled', () => {
  it('is true only for an API failure with code canceled', () => {
    expect(isCanceled(new ApiFailure('canceled', '已取消导入“大报告.pdf”，没有创建文档。'))).toBe(true);
    expect(isCanceled(new ApiFailure('invalid_input', '无法读取“坏文件.docx”'))).toBe(false);
    expect(isCanceled(new Error('canceled'))).toBe(false);
    expect(isCanceled({ code: 'canceled' })).toBe(false);
    expect(isCanceled(null)).toBe(false);
  });
});

it('busyMessage names the file being read and what the writer can do', () => {
  expect(busyMessage('大报告.pdf')).toBe('正在读取“大报告.pdf”：请等它打开，或先取消。');
});
