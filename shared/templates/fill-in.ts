/**
 * The blanks a template draft leaves for the writer: {{字段}} not filled and 【】 writing prompts. A new
 * template draft opens with the first one selected, so the writer's first keystrokes fill it.
 */
import { findGuidance } from '../document/guidance';
import { findFields } from './fields';

export interface FillInSpan {
  paragraph: number;
  /** [start, end) in that paragraph's text, braces or brackets included. */
  start: number;
  end: number;
}

/** The first unfilled field or writing prompt in document order, or null when there is none. */
export function firstFillIn(texts: readonly string[]): FillInSpan | null {
  for (const [paragraph, text] of texts.entries()) {
    const spans = [...findFields(text), ...findGuidance(text)];
    if (spans.length === 0) continue;
    const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
    return { paragraph, start: first.start, end: first.end };
  }
  return null;
}
