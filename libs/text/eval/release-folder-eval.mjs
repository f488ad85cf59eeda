// Raw scraped releases with a date per file (the Senate folder's layout: index.tsv with columns
// file, …, date_from_file_name). Counts how many come through extraction, with a title, with a date,
// and with the file's date; and, among the releases whose text writes the file's date, how many got it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, extractRelease } from '@demarche/text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const isReleaseFolder = (folder) => existsSync(join(folder, 'index.tsv'));

/** Does the text write this date out ("June 21st, 2007", "21 June 2007", "Jun. 21, 2007", "6/21/2007", "06 21 2007")? */
const writesDate = (text, iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[month - 1];
  const monthWord = `(?:${name}|${name.slice(0, 3)}\\.?)`;
  const dayWord = `0?${day}(?:st|nd|rd|th)?`;
  const patterns = [
    `${monthWord}\\s+${dayWord}\\s*,?\\s+${year}`,
    `${dayWord}\\s+${monthWord}\\s*,?\\s+${year}`,
    `\\b0?${month}/0?${day}/(?:${year}|${String(year).slice(2)})\\b`,
    `(?<![\\d.,/:-])0?${month} 0?${day} ${year}\\b`,
  ];
  return patterns.some((pattern) => new RegExp(pattern, 'iu').test(text));
};

export const runReleaseFolderEval = (folder, { verbose = false, limit = Infinity, only } = {}) => {
  const [header, ...lines] = readFileSync(join(folder, 'index.tsv'), 'utf8').split('\n').filter(Boolean);
  const columns = header.split('\t');
  const fileAt = columns.indexOf('file');
  const dateAt = columns.findIndex((column) => column.startsWith('date'));
  const entries = lines
    .map((line) => line.split('\t'))
    .map((cells) => ({ file: cells[fileAt], date: cells[dateAt] }))
    .filter((entry) => !only || entry.file === only)
    .slice(0, limit);
  const counts = { releases: 0, ingested: 0, titled: 0, dated: 0, matching: 0, stated: 0, statedMatching: 0 };
  const refusals = new Map();
  const sources = new Map();
  const started = performance.now();
  for (const entry of entries) {
    counts.releases += 1;
    const text = decodeBytes(readFileSync(join(folder, entry.file))).text;
    const stated = writesDate(text, entry.date);
    if (stated) counts.stated += 1;
    let release;
    try {
      release = extractRelease({ content: text, format: 'text' });
    } catch (error) {
      const code = error.code ?? error.message;
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
      if (verbose) console.log(`${entry.file} refused: ${code}`);
      continue;
    }
    counts.ingested += 1;
    if (release.title.trim() !== '') counts.titled += 1;
    if (release.publishedAt) counts.dated += 1;
    const matches = release.publishedAt?.slice(0, 10) === entry.date;
    if (matches) counts.matching += 1;
    if (stated && matches) counts.statedMatching += 1;
    const source = `${release.titleSource ?? '-'}/${release.dateSource ?? '-'}`;
    sources.set(source, (sources.get(source) ?? 0) + 1);
    if (verbose && ((stated && !matches) || release.titleSource === 'derived')) {
      console.log(`${entry.file} ${entry.date} got ${release.publishedAt ?? 'no date'} (${release.dateSource ?? '-'}) title[${release.titleSource ?? '-'}]: ${release.title.slice(0, 120)}`);
    }
  }
  console.log(`release folder: ${counts.releases} releases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`refused: ${[...refusals].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
  console.log(`title/date sources: ${[...sources].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`).join(', ')}`);
  console.log(`the text writes the file's date in ${counts.stated}; found in ${counts.statedMatching} of them`);
  console.log(
    `eval: releases=${counts.releases} ingested=${counts.ingested} titled=${counts.titled} dated=${counts.dated} date_matches=${counts.matching} date_stated=${counts.stated} stated_matches=${counts.statedMatching}`,
  );
};
