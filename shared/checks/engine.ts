/**
 * The checker: per-paragraph rules, a cheap document-level pass, and the incremental checker the editor
 * calls on every keystroke.
 *
 * Per-paragraph rules see one paragraph (text, role) and the document year, nothing else, so their
 * results can be cached by (role, text, year) and survive paragraphs being inserted above. The
 * document pass covers what depends on position: the heading numbering sequence, enumerations that
 * continue into the next paragraph, the addressee line and the closing date. It is linear in the
 * number of paragraphs and parses little more than one marker per heading.
 */
import type { DocParagraph, ParagraphRole } from '../document/roles';
import { summarizeEnumeration, type EnumerationSummary } from './enumeration';
import { checkEnumeration, checkHeadingNumbering } from './numbering';
import { atParagraph, type ParagraphFinding } from './finding';
import { checkDocumentFormat, checkFormat } from './format';
import { checkHeadingStops } from './heading-stops';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './house-style';
import { checkHouseStyle } from './house-style-rules';
import { checkPairing } from './pairing';
import { checkPendingFigures } from './pending-figures';
import { checkPlaceholders } from './placeholder';
import { checkPunctuation } from './punctuation';
import { checkRepetition } from './repetition';
import { checkStale } from './stale';
import { checkTifa } from './tifa';
import { BUILT_IN_TIFA_TABLE, type CompiledTifa } from './tifa-table';
import { checkTitleUnits, UNIT_ROLES } from './title-units';
import { checkTypos } from './typo';
import { checkWording } from './wording';
import type { Finding, Severity } from './types';
import { detectDocumentYear } from './year';

export interface ParagraphCheckContext {
  /** The document's year (detectDocumentYear or the writer's override); null turns the stale rules off. */
  year: number | null;
  /** The house style (单位规范) the arguable rules follow; the default when absent. */
  style?: HouseStyle;
  /** Keys (shared/rollover/figures.ts) of figures carried over from last year's report, still 待更新. */
  pendingFigures?: ReadonlySet<string>;
  /** The compiled 提法 table (built-in + the office's own); the built-in table when absent. */
  tifa?: CompiledTifa;
}

export interface CheckOptions {
  /** Overrides the year detected from the title or the date line. */
  year?: number;
  /** House style (单位规范); DEFAULT_HOUSE_STYLE when absent. */
  style?: HouseStyle;
  /** Figures still 待更新 after a rollover (their keys). */
  pendingFigures?: ReadonlySet<string>;
  /** The compiled 提法 table (compileTifaTable); the built-in table when absent. */
  tifa?: CompiledTifa;
}

export interface DocumentCheckResult {
  year: number | null;
  findings: Finding[];
}

const NON_BLANK = /\S/;

/** Every per-paragraph rule on one paragraph; offsets are into paragraph.text. */
export function checkParagraphText(paragraph: DocParagraph, context: ParagraphCheckContext): ParagraphFinding[] {
  const text = paragraph.text;
  if (!NON_BLANK.test(text)) return [];
  const out = checkPlaceholders(text);
  for (const f of checkPendingFigures(text, context.pendingFigures)) out.push(f);
  const add = (findings: ParagraphFinding[]) => {
    for (const f of findings) out.push(f);
  };
  add(checkEnumeration(text));
  add(checkPunctuation(paragraph));
  add(checkHouseStyle(paragraph, context.style ?? DEFAULT_HOUSE_STYLE));
  // Title and subtitle lines are paired and scanned as one unit in the document pass (title-units.ts).
  if (!UNIT_ROLES.has(paragraph.role)) {
    add(checkPairing(text));
    add(checkRepetition(text));
  }
  add(checkTypos(text));
  add(checkStale(text, context));
  add(checkTifa(text, { year: context.year, table: context.tifa ?? BUILT_IN_TIFA_TABLE }));
  add(checkWording(text));
  add(checkFormat(paragraph));
  return out;
}

/** The per-paragraph findings of paragraph `index`, in order. */
export function checkParagraph(paragraph: DocParagraph, index: number, context: ParagraphCheckContext): Finding[] {
  return settle(checkParagraphText(paragraph, context).map((f) => atParagraph(f, index)));
}

/**
 * The document-level pass: heading numbering, continued enumerations, addressee and closing date.
 * `enumeration` may supply each paragraph's enumeration summary from a cache.
 */
export function checkStructure(
  paragraphs: readonly DocParagraph[],
  enumeration?: (index: number) => EnumerationSummary,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): Finding[] {
  const findings = checkHeadingNumbering(paragraphs, enumeration, style);
  for (const problem of checkDocumentFormat(paragraphs)) findings.push(atParagraph(problem.finding, problem.paragraph));
  for (const problem of checkHeadingStops(paragraphs, style)) findings.push(atParagraph(problem.finding, problem.paragraph));
  for (const problem of checkTitleUnits(paragraphs)) findings.push(atParagraph(problem.finding, problem.paragraph));
  return findings;
}

export function checkDocument(paragraphs: readonly DocParagraph[], options: CheckOptions = {}): DocumentCheckResult {
  const year = options.year ?? detectDocumentYear(paragraphs);
  const style = options.style ?? DEFAULT_HOUSE_STYLE;
  const tifa = options.tifa ?? BUILT_IN_TIFA_TABLE;
  const context: ParagraphCheckContext = { year, style, tifa, pendingFigures: options.pendingFigures };
  const findings: Finding[] = [];
  paragraphs.forEach((p, i) => {
    for (const f of checkParagraphText(p, context)) findings.push(atParagraph(f, i));
  });
  findings.push(...checkStructure(paragraphs, undefined, style));
  return { year, findings: settle(findings) };
}

/** What the incremental checker keeps per (role, text). */
interface CachedParagraph {
  findings: ParagraphFinding[];
  enumeration: EnumerationSummary;
}

/**
 * Checks a document again and again as it is edited, re-running the per-paragraph rules only for
 * paragraphs whose (role, text) it has not seen with the current year. A keystroke changes one
 * paragraph, so one paragraph is re-checked; the document pass runs every time, on cached summaries.
 */
export class IncrementalChecker {
  /** role → text → entry. Keyed by the text itself, not a concatenation: unchanged paragraphs keep
   *  their string objects, whose hashes V8 caches, so a look-up does not rehash the text. */
  private cache = new Map<ParagraphRole, Map<string, CachedParagraph>>();
  private cacheYear: number | null | undefined = undefined;
  private cacheStyle: HouseStyle | undefined = undefined;
  private cachePending: ReadonlySet<string> | undefined = undefined;
  private cacheTifa: CompiledTifa | undefined = undefined;

  check(paragraphs: readonly DocParagraph[], options: CheckOptions = {}): DocumentCheckResult {
    const year = options.year ?? detectDocumentYear(paragraphs);
    const style = options.style ?? DEFAULT_HOUSE_STYLE;
    const tifa = options.tifa ?? BUILT_IN_TIFA_TABLE;
    const pendingFigures = options.pendingFigures;
    // A new table (an office saved its entries) or a new pending set is a new object: compared by identity.
    if (year !== this.cacheYear || style !== this.cacheStyle || tifa !== this.cacheTifa || pendingFigures !== this.cachePending) {
      this.cache.clear();
      this.cacheYear = year;
      this.cacheStyle = style;
      this.cacheTifa = tifa;
      this.cachePending = pendingFigures;
    }
    const context: ParagraphCheckContext = { year, style, tifa, pendingFigures };
    // Only the current paragraphs' entries are kept, so the cache never outgrows the document.
    const next = new Map<ParagraphRole, Map<string, CachedParagraph>>();
    const entries: CachedParagraph[] = [];
    const findings: Finding[] = [];
    paragraphs.forEach((p, i) => {
      let byText = next.get(p.role);
      if (byText === undefined) next.set(p.role, (byText = new Map()));
      let entry = byText.get(p.text) ?? this.cache.get(p.role)?.get(p.text);
      if (entry === undefined) {
        entry = { findings: checkParagraphText(p, context), enumeration: summarizeEnumeration(p.text) };
      }
      byText.set(p.text, entry);
      entries.push(entry);
      for (const f of entry.findings) findings.push(atParagraph(f, i));
    });
    this.cache = next;
    findings.push(...checkStructure(paragraphs, (i) => entries[i]!.enumeration, style));
    return { year, findings: settle(findings) };
  }

  /** Forget everything (a new document). */
  reset(): void {
    this.cache.clear();
    this.cacheYear = undefined;
    this.cacheStyle = undefined;
    this.cachePending = undefined;
    this.cacheTifa = undefined;
  }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings in document order, without the overlaps two rules produce for one mistake: a finding
 * inside another of its own category (the XX inside an unfilled 【XX】), a punctuation finding inside
 * a finding of another category (the half-width brackets of "X府发(2026)3号", which the 发文字号
 * finding rewrites whole), and exact repeats.
 */
export function settle(findings: Finding[]): Finding[] {
  findings.sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      a.start - b.start ||
      b.end - a.end ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  const out: Finding[] = [];
  // Sorted by start, longest first: a finding that covers a later one has been kept already, so the
  // furthest end reached by kept findings (per category, and over all but punctuation) decides.
  let paragraph = -1;
  let reach = new Map<string, number>();
  let nonPunctuationReach = -1;
  for (const f of findings) {
    if (f.paragraph !== paragraph) {
      paragraph = f.paragraph;
      reach = new Map();
      nonPunctuationReach = -1;
    }
    if (f.end <= (reach.get(f.category) ?? -1)) continue;
    if (f.category === 'punctuation' && f.end <= nonPunctuationReach) continue;
    out.push(f);
    reach.set(f.category, Math.max(reach.get(f.category) ?? -1, f.end));
    if (f.category !== 'punctuation') nonPunctuationReach = Math.max(nonPunctuationReach, f.end);
  }
  return out;
}
