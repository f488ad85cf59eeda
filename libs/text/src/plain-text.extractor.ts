import { parseDateline } from './date.finder.js';
import { classifyLine, cleanParagraphs, normalizeLine } from './furniture.filter.js';
import { SENTENCE_END, TODAY_LABEL } from './furniture.patterns.js';
import type { ReleaseDraft } from './release-draft.js';
import { canBeTitle, pickTitleIndex } from './title.candidate.js';
import type { WallTime } from './wall-time.js';
import { firstSentenceTitle, splitEdgeDate, splitRunInTitle } from './title.derive.js';
import { splitLines } from './whitespace.util.js';
import { joinWrappedLines } from './wrapped-lines.join.js';

// The title and dateline sit in the first few meaningful lines; a date further down is body or furniture.
const HEAD_LINES = 8;

interface HeadLine {
  position: number;
  text: string;
  wallTime?: WallTime;
}

/** Meaningful lines at the top: furniture skipped, the first dateline marked, up to a furniture block. */
const readHead = (lines: readonly string[], language?: string): HeadLine[] => {
  const head: HeadLine[] = [];
  for (const [position, text] of lines.entries()) {
    if (head.length >= HEAD_LINES) break;
    if (text === '') continue;
    if (TODAY_LABEL.test(text)) continue; // the page's clock, not the release's date
    const wallTime = head.some((line) => line.wallTime) ? undefined : parseDateline(text, language);
    if (wallTime) {
      head.push({ position, text, wallTime });
      continue;
    }
    const verdict = classifyLine(text, language);
    if (verdict === 'stop' && head.length > 0) break;
    if (verdict !== 'keep') continue;
    head.push({ position, text });
    // A meaningful line too long for a title means prose has begun.
    if (!canBeTitle(text)) break;
  }
  return head;
};

// A line between the headline and the dateline that reads as prose is a lead, not a subtitle.
const isLead = (line: string): boolean => line.length > 200 || SENTENCE_END.test(line);

// Scrapers that flatten a page's layout leave its blocks apart by long runs of spaces.
const COLUMN_GAP = /[ \t\u00a0]{3,}/gu;
// A month name glued to the word before it when the markup between them was lost ("RELEASEFebruary 17 2005").
const GLUED_MONTH = /(?<=[\p{L}])(?=(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}\b)/gu;
// A title line this long, or closed like a sentence, may be a headline run into its dateline.
const RUN_IN_SUSPECT_CHARS = 120;

/** No title line: the headline run into the dateline split off, else the first sentence. */
const derivedDraft = (lines: readonly string[], first: HeadLine, language?: string): ReleaseDraft => {
  const runIn = splitRunInTitle(first.text, language);
  const title = runIn?.title ?? firstSentenceTitle(first.text);
  const body = [runIn ? runIn.rest : first.text, ...lines.slice(first.position + 1)].join('\n');
  return {
    title,
    titleSource: 'derived',
    paragraphs: cleanParagraphs([body], { language }),
    ...(runIn?.wallTime && { publishedAt: runIn.wallTime, dateSource: 'text' as const }),
  };
};

/**
 * Scraped plain text: title line, dateline, body lines, then page furniture. Title and dateline are
 * looked for among the first lines; the site or section name a scraper sometimes keeps above the
 * title is skipped; short lines between title and dateline (rubrics, "Press release") are dropped.
 * Without a title line the title is derived (derivedDraft); only text that is all furniture gives none.
 */
export const extractFromPlainText = (content: string, language?: string): ReleaseDraft => {
  const lines = joinWrappedLines(splitLines(content.replace(COLUMN_GAP, '\n').replace(GLUED_MONTH, ' ')).map(normalizeLine));
  const head = readHead(lines, language);
  const dateline = head.find((line) => line.wallTime);
  const before = dateline ? head.filter((line) => line.position < dateline.position) : [];
  const titleCandidates = (before.length > 0 ? before : head.filter((line) => line !== dateline)).filter((line) =>
    canBeTitle(line.text),
  );
  const firstText = head.find((line) => line !== dateline);
  if (titleCandidates.length === 0) {
    return firstText ? derivedDraft(lines, firstText, language) : { paragraphs: [] };
  }
  const title = titleCandidates[pickTitleIndex(titleCandidates.map((line) => line.text))]!;
  if (!dateline && (title.text.length > RUN_IN_SUSPECT_CHARS || /[.!?]$/u.test(title.text))) {
    // A run-in headline is split off; a long line of prose is no headline at all.
    const prose = title.text.length > RUN_IN_SUSPECT_CHARS && /[.!?"”]$/u.test(title.text);
    if (prose || splitRunInTitle(title.text, language)) return derivedDraft(lines, title, language);
  }

  // A dateline written into the title line itself.
  const edge = dateline ? undefined : splitEdgeDate(title.text, language);
  if (edge) {
    const paragraphs = cleanParagraphs([lines.slice(title.position + 1).join('\n')], { language });
    return { title: edge.title, titleSource: 'markup', paragraphs, publishedAt: edge.wallTime, dateSource: 'text' };
  }

  const leads = before.filter((line) => line.position > title.position && isLead(line.text)).map((line) => line.text);
  const bodyStart = dateline && dateline.position > title.position ? dateline.position + 1 : title.position + 1;
  const paragraphs = cleanParagraphs([...leads, lines.slice(bodyStart).join('\n')], { language }).filter(
    (paragraph) => paragraph !== title.text, // some scrapes repeat the headline above the body
  );
  return {
    title: title.text,
    titleSource: 'markup',
    paragraphs,
    ...(dateline?.wallTime && { publishedAt: dateline.wallTime, dateSource: 'text' as const }),
  };
};
