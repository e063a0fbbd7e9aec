/**
 * GB/T 9704-2012 page and type numbers, in Word's units (twips = 1/20 pt, half-points for type size).
 * See ../shared/docs/gongwen-format.md: A4, margins 37/35/28/26 mm, a 156 × 225 mm text block with
 * 22 lines of 28 characters.
 */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4, written literally (unit converters round 210 × 297 mm down by a twip). */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
export const TEXT_BLOCK = {
  width: PAGE.width - MARGINS.left - MARGINS.right, // 8845 twips = 156 mm
  height: PAGE.height - MARGINS.top - MARGINS.bottom, // 12756 twips = 225 mm
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Exact line pitch: the text block height over 22 lines, rounded down (579 twips = 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE);

/** 3号 = 16 pt; 2号 = 22 pt; 4号 = 14 pt (sizes in half-points). */
export const SIZE = { body: 32, title: 44, pageNumber: 28, colophon: 28 } as const;

/**
 * 28 characters of 16 pt are 448 pt, wider than the 442.25 pt text block. Condensing each character
 * by 0.25 pt (15.75 × 28 = 441 pt) fits exactly 28 a line; w:spacing is in twips: −0.25 pt = −5.
 */
export const BODY_CHARACTER_SPACING = -5;
/** One body character: 15.75 pt = 315 twips (used for indents given in characters). */
export const BODY_CHAR = 315;
/** One 4号 character (page numbers are set one character in from the edge). */
export const PAGE_NUMBER_CHAR = 280;
/** Footer distance: the page number sits about 7 mm below the text block. */
export const FOOTER_DISTANCE = MARGINS.bottom - mm(7) - mm(5);

export interface FontSet {
  /** 小标宋 for the title. */
  title: string;
  /** 仿宋 for body text and level-3/4 headings. */
  body: string;
  /** 黑体 for level-1 headings. */
  hei: string;
  /** 楷体 for level-2 headings. */
  kai: string;
  /** 宋体 for page numbers. */
  song: string;
  titleBold: boolean;
}

export type FontChoice = 'standard' | 'system';

/** 公文标准字体 need the official fonts installed; 系统字体 are those Windows ships. */
export const FONT_SETS: Record<FontChoice, FontSet> = {
  standard: { title: '方正小标宋简体', body: '仿宋_GB2312', hei: '黑体', kai: '楷体_GB2312', song: '宋体', titleBold: false },
  system: { title: '宋体', body: '仿宋', hei: '黑体', kai: '楷体', song: '宋体', titleBold: true },
};
