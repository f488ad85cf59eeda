// Builds the two gazettes the Spanish NER model trains with (train-spanish.sh), out of files in
// CoreNLP's published models-spanish jar, so that no outside data is needed:
//   clusters: k-means (cosine; k = 64 and 300) of the parser's 37,524 Spanish word vectors, one
//             line `E<k>C<cluster> <word>` per word and k — word classes the CRF can share
//             across words it saw once or never in CoNLL-2002;
//   lexicon:  `WIKI <phrase>` for Wikipedia anchor texts and `KBP<class> <phrase>` for the KBP
//             annotator's typed names (CITY, COUNTRY, ORGANIZATION …), each lower- and title-cased,
//             without the phrases of words too common to look up (below).
//   node spanish-gazettes.mjs <UD_Spanish.gz> <wikidict_spanish.tsv> <kbp_regexner_mapping_sp.tag> <out-dir>
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const [vectorsFile, wikiFile, kbpFile, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: spanish-gazettes.mjs <UD_Spanish.gz> <wikidict_spanish.tsv> <kbp_regexner_mapping_sp.tag> <out-dir>');
  process.exit(2);
}

function readVectors(file) {
  const words = [];
  const rows = [];
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const fields = line.split(' ');
    if (fields.length < 50) continue; // header lines (dict=…, pos=…) and the weight matrices
    const word = fields[0];
    if (/^-[A-Z]+-$/.test(word)) continue; // -UNKNOWN-, -NULL-, -ROOT-
    const vector = Float32Array.from(fields.slice(1), Number);
    const norm = Math.hypot(...vector) || 1;
    rows.push(vector.map((x) => x / norm));
    words.push(word);
  }
  return { words, rows };
}

// Seeded so that the same jar always yields the same gazette, hence the same model.
function random(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

function kmeans(rows, k, iterations, next) {
  const dim = rows[0].length;
  const centroids = Array.from({ length: k }, () => Float32Array.from(rows[Math.floor(next() * rows.length)]));
  const assignment = new Int32Array(rows.length);
  for (let iteration = 0; iteration < iterations; iteration++) {
    rows.forEach((row, i) => {
      let best = 0;
      let bestScore = -Infinity;
      centroids.forEach((centroid, c) => {
        let score = 0;
        for (let d = 0; d < dim; d++) score += row[d] * centroid[d];
        if (score > bestScore) [best, bestScore] = [c, score];
      });
      assignment[i] = best;
    });
    const sums = Array.from({ length: k }, () => new Float32Array(dim));
    rows.forEach((row, i) => row.forEach((x, d) => (sums[assignment[i]][d] += x)));
    sums.forEach((sum, c) => {
      const norm = Math.hypot(...sum);
      if (norm > 0) centroids[c] = sum.map((x) => x / norm); // an emptied cluster keeps its centroid
    });
  }
  return assignment;
}

const { words, rows } = readVectors(vectorsFile);
const next = random(7);
const clusterLines = [64, 300].flatMap((k) => {
  const assignment = kmeans(rows, k, 25, next);
  return words.map((word, i) => `E${k}C${assignment[i]} ${word}`);
});
writeFileSync(join(outDir, 'gaz-clusters.txt'), clusterLines.join('\n') + '\n');

const LOWER = new Set('de del la las los el y en e o da do dos das di van von al a'.split(' '));
const titleCase = (phrase) =>
  phrase
    .split(' ')
    .map((w, i) => (i > 0 && LOWER.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

const lexicon = new Set();
function addPhrase(label, phrase) {
  const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return;
  const lower = words.join(' ');
  lexicon.add(`${label} ${lower}`);
  lexicon.add(`${label} ${titleCase(lower)}`);
}
for (const line of readFileSync(wikiFile, 'utf8').split('\n')) addPhrase('WIKI', line.split('\t')[0]);
for (const line of readFileSync(kbpFile, 'utf8').split('\n')) {
  const [phrase, type] = line.split('\t');
  if (type) addPhrase(`KBP${type}`, phrase);
}
// CoreNLP files each phrase under every word of it and, for each token, checks every phrase filed
// under that token: the 13,000 phrases holding "de" made the model ten times slower (300 ms of
// server CPU per release against 30). Phrases with a word that more than MAX_PHRASES_PER_WORD
// phrases hold (de, del, la, San) are left out, for the same dev F1.
const MAX_PHRASES_PER_WORD = 300;
const phrasesPerWord = new Map();
const phraseWords = (line) => line.split(' ').slice(1);
for (const line of lexicon) {
  for (const word of phraseWords(line)) phrasesPerWord.set(word, (phrasesPerWord.get(word) ?? 0) + 1);
}
const kept = [...lexicon].filter((line) => phraseWords(line).every((word) => phrasesPerWord.get(word) <= MAX_PHRASES_PER_WORD));
writeFileSync(join(outDir, 'gaz-lexicon.txt'), kept.join('\n') + '\n');
console.error(`gazettes: ${words.length} words clustered, ${kept.length} of ${lexicon.size} lexicon lines`);
