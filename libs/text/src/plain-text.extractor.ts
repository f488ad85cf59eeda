import { parseDateline } from './date.finder.js';
import { classifyLine, normalizeLine, readBody, type Body } from './furniture.filter.js';
import { SENTENCE_END, TODAY_LABEL, UNSPACED_SCRIPTS } from './furniture.patterns.js';
import type { ReleaseDraft } from './release-draft.js';
import { canBeTitle, pickTitleIndex } from './title.candidate.js';
import type { WallTime } from './wall-time.js';
import { firstSentenceTitle, splitEdgeDate, splitRunInTitle } from './title.derive.js';
import { splitLines } from './whitespace.util.js';
import { joinWrappedLines } from './wrapped-lines.join.js';

// The title and dateline sit in the first few meaningful lines; a date further down is body or furniture.
const HEAD_LINES = 8;

// A line between the headline and the dateline that reads as prose is a lead, not a subtitle.
const isLead = (line: string): boolean => line.length > 200 || SENTENCE_END.test(line);

interface HeadLine {
  position: number;
  text: string;
  wallTime?: WallTime;
}

/** Meaningful lines at the top: furniture skipped, datelines marked, up to a furniture block. */
const readHead = (lines: readonly string[], language?: string): HeadLine[] => {
  const head: HeadLine[] = [];
  for (const [position, text] of lines.entries()) {
    if (head.length >= HEAD_LINES) break;
    if (text === '') continue;
    if (TODAY_LABEL.test(text)) continue; // the page's clock, not the release's date
    const wallTime = parseDateline(text, language);
    if (wallTime) {
      head.push({ position, text, wallTime });
      continue;
    }
    const verdict = classifyLine(text, language);
    if (verdict === 'stop' && head.length > 0) break;
    if (verdict !== 'keep') continue;
    head.push({ position, text });
    // A meaningful line too long for a title, or a sentence after the dateline, means prose has begun.
    if (!canBeTitle(text) || (head.some((line) => line.wallTime) && isLead(text))) break;
  }
  return head;
};


// Scrapers that flatten a page's layout leave its blocks apart by long runs of spaces.
const COLUMN_GAP = /[ \t\u00a0]{3,}/gu;
// A month name glued to the word before it when the markup between them was lost ("RELEASEFebruary 17 2005").
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const GLUED_MONTH = new RegExp(`(?<=\\p{L})(?=${MONTH} \\d{1,2}\\b)`, 'gu');
// A written date glued, with no space, to the sentence before it or to the word after it, as a
// letter's date often is ("attached below.April 30, 2007The Honorable"): it stands on its own line.
const WRITTEN_DATE = `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? +(?:19|20)\\d{2}`;
const GLUED_DATE = new RegExp(`(?<=\\p{Ll}[.!?])${WRITTEN_DATE}|${WRITTEN_DATE}(?=\\p{Lu})`, 'gu');
// A title line this long, or closed like a sentence, may be a headline run into its dateline.
// Chinese and Japanese say as much in a third of the characters.
const UNSPACED_TEXT = new RegExp(`[${UNSPACED_SCRIPTS}]{8}`, 'u');
const runInSuspectChars = (line: string): number => (UNSPACED_TEXT.test(line) ? 40 : 120);

const bodyOf = ({ paragraphs, datelines }: Body): Pick<ReleaseDraft, 'paragraphs' | 'bodyDatelines'> => ({
  paragraphs,
  ...(datelines.length > 0 && { bodyDatelines: datelines }),
});

/** No title line: the headline run into the dateline split off, else the first sentence. */
const derivedDraft = (lines: readonly string[], first: HeadLine, language?: string, dateline?: WallTime): ReleaseDraft => {
  const runIn = splitRunInTitle(first.text, language);
  const title = runIn?.title ?? firstSentenceTitle(first.text);
  const body = [runIn ? runIn.rest : first.text, ...lines.slice(first.position + 1)].join('\n');
  const wallTime = dateline ?? runIn?.wallTime;
  return {
    title,
    titleSource: 'derived',
    ...bodyOf(readBody([body], { language })),
    ...(wallTime && { publishedAt: wallTime, dateSource: 'text' as const }),
  };
};

/**
 * Scraped plain text: title line, dateline, body lines, then page furniture. Title and dateline are
 * looked for among the first lines; the site or section name a scraper sometimes keeps above the
 * title is skipped; short lines between title and dateline (rubrics, "Press release") are dropped.
 * Without a title line the title is derived (derivedDraft); only text that is all furniture gives none.
 * `titleStated`: the first line is a title the input stated, set above the content, which is all body.
 */
export const extractFromPlainText = (content: string, language?: string, titleStated = false): ReleaseDraft => {
  const lines = joinWrappedLines(splitLines(content.replace(COLUMN_GAP, '\n').replace(GLUED_MONTH, ' ').replace(GLUED_DATE, '\n$&\n')).map(normalizeLine));
  const head = readHead(lines, language);
  // Of several datelines at the top, the last stands next to the release; the others are the page's
  // (a scrape date above the site's menu, "July 31 2008 … Press Releases … Title July 12th 2007").
  const dateline = head.findLast((line) => line.wallTime);
  const pageDate = head.findLast((line) => line.wallTime && line !== dateline);
  const text = head.filter((line) => !line.wallTime);
  const before = dateline ? text.filter((line) => line.position < dateline.position && line.position > (pageDate?.position ?? -1)) : [];
  const titleCandidates = (before.length > 0 ? before : text).filter((line) => canBeTitle(line.text));
  const firstText = text[0];
  if (titleCandidates.length === 0) {
    return firstText ? derivedDraft(lines, firstText, language, dateline?.wallTime) : { paragraphs: [] };
  }
  // A stated title is the first line (draftOf put it there): nothing else is taken for one.
  const title = titleStated ? text[0]! : titleCandidates[pickTitleIndex(titleCandidates.map((line) => line.text))]!;
  if (!titleStated && !dateline && (title.text.length > runInSuspectChars(title.text) || /[.!?。！？]$/u.test(title.text))) {
    // A run-in headline is split off; a long line of prose is no headline at all.
    const prose = title.text.length > runInSuspectChars(title.text) && /[.!?"”。！？]$/u.test(title.text);
    if (prose || splitRunInTitle(title.text, language)) return derivedDraft(lines, title, language);
  }

  // A dateline written into the title line itself.
  const edge = dateline ? undefined : splitEdgeDate(title.text, language);
  if (edge) {
    const body = bodyOf(readBody([lines.slice(title.position + 1).join('\n')], { language }));
    return { title: edge.title, titleSource: 'markup', ...body, publishedAt: edge.wallTime, dateSource: 'text' };
  }

  const leads = before.filter((line) => line.position > title.position && isLead(line.text)).map((line) => line.text);
  const bodyStart = dateline && dateline.position > title.position ? dateline.position + 1 : title.position + 1;
  const body = bodyOf(readBody([...leads, lines.slice(bodyStart).join('\n')], { language }));
  return {
    title: title.text,
    titleSource: 'markup',
    ...body,
    // some scrapes repeat the headline above the body
    paragraphs: body.paragraphs.filter((paragraph) => paragraph !== title.text),
    ...(dateline?.wallTime && { publishedAt: dateline.wallTime, dateSource: 'text' as const }),
  };
};
