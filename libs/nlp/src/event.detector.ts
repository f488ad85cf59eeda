import type { ExtractedEntity, PlacedMention } from './entity.extractor.js';
import { sentenceAround, type ReleaseText } from './release-text.js';

export const EVENT_TYPES = [
  'telephone-conversation',
  'joint-statement',
  'agreement-signed',
  'condolences',
  'congratulations',
  'protest',
  'briefing',
  'interview',
  'visit',
  'talks',
  'meeting',
  'comment',
  'statement',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Cue phrases per event type in the six UN languages, most specific type first. */
const EVENT_CUES: Record<EventType, RegExp> = {
  'telephone-conversation': /telephone conversation|phone conversation|(?:tele)?phone call|spoke (?:by|on the) (?:tele)?phone|телефонн\p{L}* разговор|по телефону|conversación telefónica|llamada telefónica|conversation téléphonique|entretien téléphonique|par téléphone|por teléfono|通电话|通话|اتصال[اً]{0,2} هاتفي|مكالمة هاتفية/iu,
  'joint-statement': /joint (?:statement|declaration|communiqu[ée])|совместн\p{L}* заявлени|declaración conjunta|comunicado conjunto|déclaration conjointe|communiqué conjoint|联合声明|بيان مشترك/iu,
  'agreement-signed': /\bsign(?:ed|ing)? (?:an? |the )?(?:\p{L}+ )?(?:agreement|memorandum|treaty|accord|protocol|declaration)|(?:agreement|memorandum|treaty) was signed|подписа\p{L}* (?:\p{L}+ )?(?:соглашени|меморандум|договор|протокол)|firm\p{L}* (?:un |el |la )?(?:acuerdo|memorando|tratado|protocolo)|sign\p{L}* (?:un |l'|le )?(?:accord|mémorandum|traité|protocole)|签署|签订|(?:توقيع|وقع) (?:اتفاق|مذكرة|معاهدة)/iu,
  condolences: /condolence|соболезновани|condolencia|condoléance|慰问|唁电|تعزية|تعازي/iu,
  congratulations: /congratulat|поздрав|felicit|félicit|祝贺|贺电|تهنئة|هنأ/iu,
  protest: /\bprotest\b|note of protest|summoned|протест|вызван\p{L}* в МИД|nota de protesta|convocad\p{L}* (?:al|a la) (?:embajador|encargad)|protestation|convoqu\p{L}* l'ambassadeur|抗议|召见|احتجاج|استدعاء السفير/iu,
  briefing: /\bbriefing\b|брифинг|rueda de prensa|sesión informativa|point de presse|例行记者会|吹风会|إحاطة إعلامية/iu,
  interview: /\binterview\b|интервью|entrevista|\binterview accordée|采访|专访|مقابلة/iu,
  visit: /\bvisit(?:s|ed|ing)?\b|визит|посети|посещени|\bvisita|\bvisite|访问|到访|زيارة/iu,
  talks: /\btalks\b|\bnegotiations\b|переговор|conversaciones|negociaciones|pourparlers|\bentretiens\b|négociations|会谈|谈判|محادثات|مفاوضات/iu,
  meeting: /\bmeet(?:s|ing)?\b|\bmet\b|встреч|reunión|se reunió|rencontre|entrevue|s'est entretenu|会见|会晤|会面|لقاء|اجتماع|التقى/iu,
  comment: /\bcomment\b|комментари|comentario|commentaire|评论|答记者问|تعليق/iu,
  statement: /\bstatement\b|\bcondemns?\b|заявлени|осужда|declaración|comunicado|\bcondena\b|déclaration|communiqué|\bcondamne\b|声明|谴责|بيان|تدين/iu,
};

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

/** Initiative phrases; the country named inside the match is the initiator. */
const INITIATIVE = /at the (?:[\p{L}.-]+ ){1,3}(?:side's )?initiative|at the initiative of (?:the )?(?:[\p{L}.-]+ ?){1,3}|по инициативе (?:[\p{L}-]+ ?){1,2}|a (?:iniciativa|petición) de (?:la parte )?(?:[\p{L}-]+ ?){1,2}|à l'initiative (?:de la partie |du |de la |des )?(?:[\p{L}-]+ ?){1,2}|应(?:[\p{Script=Han}]{1,6})(?:方)?(?:邀请|请求)|بمبادرة من (?:الجانب )?(?:[\p{L}]+ ?){1,2}/iu;
const PLACE_BEFORE = /(?:\bin|\bto|\bat|\bв|\bво|\ben|\bà|\ba|\bau|在|في)\s*$/iu;

export interface EventParticipant {
  id: string;
  name: string;
  country?: string;
  role?: string;
}

export interface DiplomaticEvent {
  type: EventType;
  participants: EventParticipant[];
  /** ISO 3166-1 alpha-2 of the side that initiated it, when stated. */
  initiator?: string;
  /** YYYY-MM-DD, when the release dates the event itself and that differs from publication. */
  date?: string;
  place?: { id: string; name: string };
  /** The cue that decided the type, for explanations. */
  cue: string;
}

/**
 * The diplomatic event a release reports: its type from cue phrases (title first, then the
 * opening paragraph, then the body), participants from the sentence that states it.
 */
export function detectEvent(texts: ReleaseText[], mentions: PlacedMention[], publishedDate?: string): DiplomaticEvent | undefined {
  const found = findCue(texts);
  if (!found) return undefined;
  const { type, text, at, cue } = found;
  const zone = at < text.bodyStart ? { start: 0, end: text.bodyStart } : sentenceAround(text.text, at);
  // The title names the parties; the first body sentence with the cue usually adds them too.
  const lead = at < text.bodyStart ? firstCueSentence(text, type) : undefined;
  const inZone = (m: PlacedMention) => m.in === text.in && ((m.start >= zone.start && m.end <= zone.end) || (!!lead && m.start >= lead.start && m.end <= lead.end));
  const here = mentions.filter(inZone).sort((a, b) => a.start - b.start);

  const participants: EventParticipant[] = [];
  for (const m of here) {
    if (m.entity.type !== 'person' || participants.some((p) => p.id === m.entity.id)) continue;
    participants.push(participant(m.entity));
  }

  const event: DiplomaticEvent = { type, participants, cue };
  const scope = lead ?? zone;
  const sentence = text.text.slice(scope.start, scope.end);
  const initiative = INITIATIVE.exec(sentence);
  if (initiative) {
    const from = scope.start + initiative.index;
    const to = from + initiative[0].length;
    const country = mentions.find((m) => m.in === text.in && m.entity.type === 'country' && m.start >= from && m.end <= to);
    if (country?.entity.country) event.initiator = country.entity.country;
  }
  const date = eventDate(sentence, publishedDate) ?? eventDate(text.text.slice(text.bodyStart, text.bodyStart + 300), publishedDate);
  if (date && date !== publishedDate) event.date = date;
  if (type !== 'telephone-conversation') {
    const place = here.find((m) => (m.entity.type === 'location' || m.entity.type === 'country') && PLACE_BEFORE.test(text.text.slice(Math.max(0, m.start - 6), m.start)));
    if (place) event.place = { id: place.entity.id, name: place.entity.name };
  }
  return event;
}

function participant(e: ExtractedEntity): EventParticipant {
  return { id: e.id, name: e.name, ...(e.country ? { country: e.country } : {}), ...(e.role ? { role: e.role } : {}) };
}

function findCue(texts: ReleaseText[]): { type: EventType; text: ReleaseText; at: number; cue: string } | undefined {
  const zones: ((t: ReleaseText) => [number, number])[] = [
    (t) => [0, t.bodyStart],
    (t) => [t.bodyStart, firstParagraphEnd(t)],
    (t) => [t.bodyStart, t.text.length],
  ];
  for (const [i, zone] of zones.entries()) {
    let best: { type: EventType; text: ReleaseText; at: number; cue: string } | undefined;
    for (const type of EVENT_TYPES) {
      for (const t of texts) {
        const [from, to] = zone(t);
        const m = EVENT_CUES[type].exec(t.text.slice(from, to));
        if (!m) continue;
        const found = { type, text: t, at: from + m.index, cue: m[0] };
        // A title says what it is first ("Statement by … at the briefing"); a body is read by type order.
        if (i > 0) return found;
        if (!best || (t === best.text && found.at < best.at)) best = found;
      }
    }
    if (best) return best;
  }
  return undefined;
}

function firstParagraphEnd(t: ReleaseText): number {
  const end = t.text.indexOf('\n\n', t.bodyStart);
  return end < 0 ? t.text.length : end;
}

function firstCueSentence(t: ReleaseText, type: EventType): { start: number; end: number } | undefined {
  const m = EVENT_CUES[type].exec(t.text.slice(t.bodyStart, firstParagraphEnd(t)));
  return m ? sentenceAround(t.text, t.bodyStart + m.index) : sentenceAround(t.text, t.bodyStart);
}

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
