import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The charset the bytes were read as, lowercase (e.g. 'utf-8', 'windows-1251'). */
  charset: string;
  /** Where the charset came from. */
  by: 'bom' | 'utf-8' | 'declared' | 'detected' | 'fallback';
}

export interface DecodeOptions {
  /** A Content-Type header or a bare charset name, as the sender declared it. */
  declared?: string;
  /** Look for `<meta charset>` / `<?xml encoding?>` in the first bytes too. */
  sniffMarkup?: boolean;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp1251: 'windows-1251',
  'koi8-u': 'koi8-r',
};

const canonical = (label: string) => {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ALIASES[name] ?? name;
};

function declaredCharset(bytes: Uint8Array, options: DecodeOptions): string | undefined {
  const fromHeader = options.declared?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? (options.declared?.includes('/') ? undefined : options.declared);
  if (fromHeader && iconv.encodingExists(canonical(fromHeader))) return canonical(fromHeader);
  if (!options.sniffMarkup) return undefined;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const found =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1] ?? head.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i)?.[1];
  return found && iconv.encodingExists(canonical(found)) ? canonical(found) : undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes to text. Order: a byte-order mark; valid UTF-8 (which also covers plain ASCII); the
 * declared charset unless statistics say it is wrong; the detected one; windows-1252. A declared
 * charset is often wrong on old ministry sites (a windows-1251 page served as ISO-8859-1), so it
 * is trusted only when the detector rates it at least half as likely as its best guess.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), charset), charset, by: 'bom' };
    }
  }
  if (isUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8', by: 'utf-8' };

  const declared = declaredCharset(bytes, options);
  const ranked = chardet.analyse(bytes).map((m) => ({ name: canonical(m.name), confidence: m.confidence }));
  const best = ranked.find((m) => m.name !== 'utf-8' && iconv.encodingExists(m.name));
  if (declared && declared !== 'utf-8') {
    const rating = ranked.find((m) => m.name === declared)?.confidence ?? 0;
    if (!best || best.name === declared || best.confidence < 20 || rating * 2 >= best.confidence) {
      return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, by: 'declared' };
    }
  }
  if (best) return { text: iconv.decode(Buffer.from(bytes), best.name), charset: best.name, by: 'detected' };
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252', by: 'fallback' };
}
