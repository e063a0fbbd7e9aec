import { describe, expect, it } from 'vitest';
import { checkRepetition } from './repetition';

const flagged = (text: string) => checkRepetition(text).map((f) => [f.text, f.suggestion]);

describe('repetition check', () => {
  it('flags doubled function words (samples 000, 003, 004)', () => {
    expect(flagged('最具创业激情的的新X而努力奋斗')).toEqual([['的的', '的']]);
    expect(flagged('加强对对X等背街小巷的整治')).toEqual([['对对', '对']]);
    expect(flagged('设置X个执纪监督和和X个审查调查室')).toEqual([['和和', '和']]);
    expect(flagged('完成了了任务，这是是关键，在在全区推广')).toEqual([
      ['了了', '了'],
      ['是是', '是'],
      ['在在', '在'],
    ]);
    expect(flagged('的的的')).toEqual([['的的的', '的']]);
  });

  it('flags doubled words, also split by a line break', () => {
    expect(flagged('做好工作工作')).toEqual([['工作工作', '工作']]);
    expect(flagged('区政府先后先后出台')).toEqual([['先后先后', '先后']]);
    expect(flagged('推动高质量高质量发展')).toEqual([['高质量高质量', '高质量']]);
    expect(flagged('切实加强的\n的建设')).toEqual([['的\n的', '的']]);
  });

  it('allows legitimate reduplication', () => {
    for (const text of [
      '常常看看，天天人人，层层压实，个个年年，事事处处，纷纷渐渐，往往刚刚，仅仅稍稍，一一对应',
      '研究研究，讨论讨论，商量商量，学习学习',
      '家家户户，实实在在，的的确确，和和美美，是是非非，方方面面，兢兢业业',
      '一天一天，一步一步，一批一批',
      '为了了解情况，不了了之，针对对象，面对对手，存在在，现在在，总和和，参与与，涉及及',
      '在在职党员中开展活动，在在建项目中推广，在在校学生中宣传',
      '推动发展发展中国家合作，提高生产生产力',
      '管党治党，一级抓一级，同谋划、同部署',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  // A doubling must be a real doubled word, not two words meeting across a word boundary:
  // 国办发〔2018〕108号: 推进小微企业创业创新工作 (创业 + 创新 is no doubled 业创).
  it('needs the doubled word to be a word, not a string that spans word boundaries', () => {
    for (const text of ['推进小微企业创业创新工作。', '促进就业创业创新。', '开展大众创业万众创新活动，推动就业创业创新，一个个项目落地，常常研究研究。']) {
      expect(flagged(text), text).toEqual([]);
    }
    expect(flagged('加强工作工作落实')).toEqual([['工作工作', '工作']]);
  });

  it('reports offsets that slice to the flagged text, as warnings', () => {
    const text = '加强对对X，工作工作，的\n的建设，和和';
    const findings = checkRepetition(text);
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.severity).toBe('warning');
    }
  });
});
