// The day a release says its event took place, in the six UN languages and their digit forms.

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_RU = ['январ', 'феврал', 'март', 'апрел', 'мая', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Arabic month names: the Egyptian/Gulf (Latin-derived) set and the Levantine/Iraqi (Syriac) set, with common spellings. */
const MONTHS_AR: string[][] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار', 'ايار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'اغسطس', 'آب'],
  ['سبتمبر', 'أيلول', 'ايلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول', 'كانون الاول'],
];
// Longest first so "كانون الثاني" is not cut short; no month name is a prefix of another word here.
const AR_MONTH_NAMES = MONTHS_AR.flat().sort((a, b) => b.length - a.length).join('|');
const arabicMonth = (name: string) => MONTHS_AR.findIndex((names) => names.includes(name));

/** Eastern Arabic (٠–٩), Persian (۰–۹) and full-width (０–９) digits as ASCII, same length. */
// Each block starts at a code point ending in 0, so the low nibble is the digit.
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (d) => String(d.codePointAt(0)! & 0xf));

const DATE_PATTERNS: { re: RegExp; month: (m: RegExpExecArray) => number; day: (m: RegExpExecArray) => number; year: (m: RegExpExecArray) => string | undefined }[] = [
  { re: new RegExp(`\\b[Oo]n (${MONTHS_EN.join('|')}) (\\d{1,2})(?:,? (\\d{4}))?`, 'i'), month: (m) => MONTHS_EN.indexOf(m[1]!.toLowerCase()), day: (m) => +m[2]!, year: (m) => m[3] },
  { re: new RegExp(`\\b[Oo]n (\\d{1,2}) (${MONTHS_EN.join('|')})(?: (\\d{4}))?`, 'i'), month: (m) => MONTHS_EN.indexOf(m[2]!.toLowerCase()), day: (m) => +m[1]!, year: (m) => m[3] },
  { re: new RegExp(`(\\d{1,2}) (${MONTHS_RU.join('|')})[а-я]*(?: (\\d{4}))?`, 'iu'), month: (m) => MONTHS_RU.findIndex((x) => m[2]!.toLowerCase() === x), day: (m) => +m[1]!, year: (m) => m[3] },
  { re: new RegExp(`(\\d{1,2}) de (${MONTHS_ES.join('|')})(?: de (\\d{4}))?`, 'iu'), month: (m) => MONTHS_ES.indexOf(m[2]!.toLowerCase()), day: (m) => +m[1]!, year: (m) => m[3] },
  { re: new RegExp(`\\b[Ll]e (\\d{1,2})(?:er)? (${MONTHS_FR.join('|')})(?: (\\d{4}))?`, 'iu'), month: (m) => MONTHS_FR.indexOf(m[2]!.toLowerCase()), day: (m) => +m[1]!, year: (m) => m[3] },
  // "2017年9月5日", "9月5日" (also 号); digits are ASCII after `asciiDigits`.
  { re: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u, month: (m) => +m[2]! - 1, day: (m) => +m[3]!, year: (m) => m[1] },
  // "5 سبتمبر 2017", "5 أيلول", "5 سبتمبر/أيلول" (the press pairs both month names).
  {
    re: new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})\\s+(${AR_MONTH_NAMES})(?!\\p{L})(?:\\s*[/(]\\s*(?:${AR_MONTH_NAMES})(?!\\p{L})\\s*\\)?)?(?:\\s+(?:عام\\s+|سنة\\s+)?(\\d{4}))?`, 'u'),
    month: (m) => arabicMonth(m[2]!),
    day: (m) => +m[1]!,
    year: (m) => m[3],
  },
];

/** The date a sentence gives the event ("On September 5", "5 сентября", "9月5日", "٥ سبتمبر"), year from publication when absent. */
export function eventDate(sentence: string, publishedDate?: string): string | undefined {
  const text = asciiDigits(sentence);
  for (const p of DATE_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const month = p.month(m);
    const day = p.day(m);
    if (month < 0 || month > 11 || day < 1 || day > 31) continue;
    let year = p.year(m);
    if (!year) {
      if (!publishedDate) continue;
      const pubYear = +publishedDate.slice(0, 4);
      const pubMonth = +publishedDate.slice(5, 7) - 1;
      // "On December 30" in a release of January 2 is last year's.
      year = String(month > pubMonth + 1 ? pubYear - 1 : pubYear);
    }
    return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}
