import type { WallTime } from './wall-time.js';

/** What a format-specific extractor found, before language, date formatting and validation. */
export interface ReleaseDraft {
  title: string;
  paragraphs: string[];
  publishedAt?: WallTime;
  canonicalUrl?: string;
  /** A language the page declares (e.g. <html lang>), used only when detection cannot tell. */
  declaredLanguage?: string;
}
