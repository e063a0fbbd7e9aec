import { describe, expect, it } from 'vitest';
import { checkDocument } from './engine';
import { findingContext } from './context';

describe('findingContext', () => {
  it('shows the characters around a finding, marking cuts inside the paragraph', () => {
    const text = '今年以来，街道共召开专题会议X次，覆盖全部社区。';
    const f = checkDocument([{ role: 'body', text }]).findings.find((x) => x.category === 'placeholder')!;
    expect(findingContext(text, f, 4)).toEqual({ before: '…专题会议', text: 'X', after: '次，覆盖…' });
  });

  it('does not mark a cut at the paragraph edges', () => {
    expect(findingContext('X次会议', { start: 0, end: 1, text: 'X' }, 8)).toEqual({ before: '', text: 'X', after: '次会议' });
  });
});
