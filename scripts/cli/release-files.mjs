// Release files as `demarche import` reads them, turned into extractRelease inputs for the commands
// that run extraction locally (enrich): .txt scraped text, .html/.htm a page, .json one release
// object or an array, .ndjson/.jsonl one object a line, .xml/.rss/.atom a feed (one per item).
// A JSON release's `title` and `publishedAt`, a feed item's <title> and pubDate are stated hints.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

export const FILE_KINDS = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed' };

const fromJson = (record, where) => {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new Error(`${where}: not a JSON object`);
  const content = record.html ?? record.body;
  if (typeof content !== 'string') throw new Error(`${where}: body or html is required`);
  return {
    content,
    format: record.html !== undefined ? 'html' : 'text',
    ...(typeof record.title === 'string' && { title: record.title }),
    ...(typeof record.publishedAt === 'string' && { publishedAt: record.publishedAt, dateSource: 'given' }),
    ...(typeof record.url === 'string' && { url: record.url }),
    ...(typeof record.language === 'string' && { language: record.language }),
    ...(typeof record.timezone === 'string' && { timezone: record.timezone }),
  };
};

/** The extractRelease inputs a file holds, each with `where` (file, or file:line / file#item). */
export async function readReleaseFile(file, { format } = {}) {
  const { decodeBytes, parseFeedItems } = await import('@demarche/text');
  const bytes = await readFile(file);
  const kind = format ?? FILE_KINDS[extname(file).toLowerCase()] ?? 'text';
  if (kind === 'text' || kind === 'html') {
    const content = decodeBytes(bytes, { sniffMarkup: kind === 'html' }).text;
    const html = kind === 'html' || (format === undefined && /^\s*<(!doctype|html)/i.test(content));
    return [{ where: file, input: { content, format: html ? 'html' : 'text' } }];
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (kind === 'json') {
    const value = JSON.parse(text);
    return (Array.isArray(value) ? value : [value]).map((record, i) => ({ where: Array.isArray(value) ? `${file}[${i}]` : file, input: fromJson(record, file) }));
  }
  if (kind === 'ndjson') {
    return text
      .split('\n')
      .map((line, i) => [line, i + 1])
      .filter(([line]) => line.trim() !== '')
      .map(([line, n]) => ({ where: `${file}:${n}`, input: fromJson(JSON.parse(line), `${file}:${n}`) }));
  }
  const feed = parseFeedItems(decodeBytes(bytes, { sniffMarkup: true }).text);
  return feed.items.map((item, i) => ({
    where: `${file}#${i + 1}`,
    input: {
      content: item.html || item.title || '',
      format: 'html',
      ...(item.title && { title: item.title }),
      ...(item.publishedAt && { publishedAt: item.publishedAt, dateSource: 'feed' }),
      ...(/^https?:\/\//.test(item.url ?? '') && { url: item.url }),
    },
  }));
}
