import { parseDateline } from './date.finder.js';
import { classifyLine, cleanParagraphs, normalizeLine } from './furniture.filter.js';
import { SENTENCE_END } from './furniture.patterns.js';
import type { ReleaseDraft } from './release-draft.js';
import { canBeTitle, pickTitleIndex } from './title.candidate.js';
import type { WallTime } from './wall-time.js';
import { splitLines } from './whitespace.util.js';
import { joinWrappedLines } from './wrapped-lines.join.js';

// The title and dateline sit in the first few meaningful lines; a date further down is body or furniture.
const HEAD_LINES = 6;

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

/**
 * Scraped plain text: title line, dateline, body lines, then page furniture. Title and dateline are
 * looked for among the first lines; the site or section name a scraper sometimes keeps above the
 * title is skipped; short lines between title and dateline (rubrics, "Press release") are dropped.
 */
export const extractFromPlainText = (content: string, language?: string): ReleaseDraft | undefined => {
  const lines = joinWrappedLines(splitLines(content).map(normalizeLine));
  const head = readHead(lines, language);
  const dateline = head.find((line) => line.wallTime);
  const before = dateline ? head.filter((line) => line.position < dateline.position) : [];
  const titleCandidates = (before.length > 0 ? before : head.filter((line) => line !== dateline)).filter((line) =>
    canBeTitle(line.text),
  );
  if (titleCandidates.length === 0) return undefined;
  const title = titleCandidates[pickTitleIndex(titleCandidates.map((line) => line.text))]!;

  const leads = before.filter((line) => line.position > title.position && isLead(line.text)).map((line) => line.text);
  const bodyStart = dateline && dateline.position > title.position ? dateline.position + 1 : title.position + 1;
  const paragraphs = cleanParagraphs([...leads, lines.slice(bodyStart).join('\n')], { language }).filter(
    (paragraph) => paragraph !== title.text, // some scrapes repeat the headline above the body
  );
  return { title: title.text, paragraphs, publishedAt: dateline?.wallTime };
};
