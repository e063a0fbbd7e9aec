import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { DocParagraph } from '../../shared/document/roles';
import { renderExport } from './export-document';

const doc: DocParagraph[] = [
  { role: 'title', text: '关于2026年上半年工作情况的报告' },
  { role: 'heading1', text: '一、主要工作' },
  { role: 'body', text: '【简述上半年主要工作，包括重点任务完成情况】' },
  { role: 'body', text: '上半年共召开会议12次。【补充会议主要内容和成效】' },
  { role: 'body', text: '待补充事项：【待补充】' },
];

describe('template guidance is never exported', () => {
  it('drops prompt-only paragraphs and prompts inside text from .docx and .txt, keeping fill-in marks', async () => {
    const txt = (await renderExport(doc, 'txt', { fonts: 'standard' })).toString('utf8');
    expect(txt).not.toContain('简述上半年');
    expect(txt).not.toContain('补充会议主要内容');
    expect(txt).toContain('上半年共召开会议12次。');
    expect(txt).toContain('【待补充】');

    const docx = await renderExport(doc, 'docx', { fonts: 'standard' });
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const paragraphs = value.split('\n').filter((l) => l.trim());
    expect(paragraphs).toEqual(['关于2026年上半年工作情况的报告', '一、主要工作', '上半年共召开会议12次。', '待补充事项：【待补充】']);
  });
});
