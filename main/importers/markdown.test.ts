import { describe, expect, it } from 'vitest';
import { markdownToParagraphs, stripInlineMarkdown } from './markdown';

const md = (lines: string[]) => markdownToParagraphs(lines.join('\n'));

describe('markdownToParagraphs', () => {
  it('takes a single # at the top as the title and ## as 一级标题', () => {
    expect(md(['# X区2026年工作要点', '', '## 一、紧扣目标任务', '正文。', '### 压实责任', '#### 强化统筹', '##### 完善制度'])).toEqual([
      { text: 'X区2026年工作要点', sourceRole: 'title' },
      { text: '', sourceRole: null },
      { text: '一、紧扣目标任务', sourceRole: 'heading1' },
      { text: '正文。', sourceRole: null },
      { text: '压实责任', sourceRole: 'heading2' },
      { text: '强化统筹', sourceRole: 'heading3' },
      { text: '完善制度', sourceRole: 'heading4' },
    ]);
  });

  it('takes # as 一级标题 when there are several of them', () => {
    expect(md(['# 加强学习', '正文。', '# 狠抓落实', '## 压实责任']).map((p) => p.sourceRole)).toEqual(['heading1', null, 'heading1', 'heading2']);
  });

  it('maps depths by rank, so skipped depths still give consecutive levels', () => {
    expect(md(['正文。', '## 甲', '#### 乙', '###### 丙']).map((p) => p.sourceRole)).toEqual([null, 'heading1', 'heading2', 'heading3']);
  });

  it('does not take a single # further down for the title', () => {
    expect(md(['正文。', '# 加强学习']).map((p) => p.sourceRole)).toEqual([null, 'heading1']);
  });

  it('reads setext headings, closing #s and #标题 without a space', () => {
    expect(md(['工作报告', '====', '加强学习', '----', '## 压实责任 ##', '##狠抓落实', '#tag'])).toEqual([
      { text: '工作报告', sourceRole: 'title' },
      { text: '加强学习', sourceRole: 'heading1' },
      { text: '压实责任', sourceRole: 'heading1' },
      { text: '狠抓落实', sourceRole: 'heading1' },
      { text: '#tag', sourceRole: null },
    ]);
  });

  it('strips bullets, task boxes and quotes but keeps ordered markers (1. is a heading marker in a report)', () => {
    expect(md(['- 第一项', '* [x] 第二项', '+ 第三项', '> 引用内容', '> > 嵌套', '1. 强化统筹安排', '2) 其他']).map((p) => p.text)).toEqual([
      '第一项',
      '第二项',
      '第三项',
      '引用内容',
      '嵌套',
      '1. 强化统筹安排',
      '2) 其他',
    ]);
  });

  it('drops fences, thematic breaks, front matter and table separators, keeps code and cell text', () => {
    expect(md(['---', 'title: 报告', '---', '正文。', '***', '```', '**不处理**', '```', '| 项目 | 金额 |', '|---|---:|', '| 投资 | X亿元 |'])).toEqual([
      { text: '正文。', sourceRole: null },
      { text: '', sourceRole: null },
      { text: '**不处理**', sourceRole: null },
      { text: '项目\t金额', sourceRole: null },
      { text: '投资\tX亿元', sourceRole: null },
    ]);
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    ['**加强**学习', '加强学习'],
    ['__加强__学习', '加强学习'],
    ['*强调*内容', '强调内容'],
    ['单字*强*调', '单字强调'],
    ['这是_强调_内容', '这是强调内容'],
    ['~~删除~~线', '删除线'],
    ['`代码`片段', '代码片段'],
    ['见[通知](https://example.gov.cn/a)全文', '见通知全文'],
    ['![图片说明](a.png)', '图片说明'],
    ['第一行<br>第二行', '第一行第二行'],
    ['<https://example.gov.cn>', 'https://example.gov.cn'],
    ['单位名称：____', '单位名称：____'],
    ['单位：______，日期：______', '单位：______，日期：______'],
    ['file_name_here', 'file_name_here'],
    ['转义\\*星号\\*', '转义*星号*'],
    ['5 * 3 = 15', '5 * 3 = 15'],
  ])('%s → %s', (input, output) => {
    expect(stripInlineMarkdown(input)).toBe(output);
  });
});
