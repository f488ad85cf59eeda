import type { ExtractedEntity, PlacedMention } from './entity.extractor.js';
import { eventDate } from './event-date.js';
import { sentenceAround, type ReleaseText } from './release-text.js';

export { eventDate };

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
  'telephone-conversation': /telephone conversation|phone conversation|(?:tele)?phone call|spoke (?:by|on the) (?:tele)?phone|телефонн\p{L}* разговор|по телефону|conversación telefónica|llamada telefónica|conversation téléphonique|entretien téléphonique|par téléphone|por teléfono|通电话|通话|اتصال(?:ا|ً){0,2} هاتفي|مكالمة هاتفية/iu,
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
