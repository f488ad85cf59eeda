import type { WallTime } from './wall-time.js';

/** What a format-specific extractor found, before language, date formatting and validation. */
export interface ReleaseDraft {
  /** Absent when no line or element stands out as the title: extractRelease derives one. */
  title?: string;
  /** How the title was found: a title line or element ('markup'), or split off a run-in dateline ('derived'). */
  titleSource?: 'markup' | 'derived';
  paragraphs: string[];
  publishedAt?: WallTime;
  /** 'markup': machine-readable metadata; 'text': a dateline written in the page. */
  dateSource?: 'markup' | 'text';
  /** Dates standing alone on a line inside the body, the first guesses after publishedAt. */
  bodyDatelines?: WallTime[];
  canonicalUrl?: string;
  /** A language the page declares (e.g. <html lang>), used only when detection cannot tell. */
  declaredLanguage?: string;
}
