import type { UnlinkedType } from './person-name.js';

// What a statistical recogniser proposes that no name is: read off real releases (U.S. Senate
// pages as scraped, ministry releases in Chinese).

/** Named after a person, but no person: "Betty Rutherford Chair", "Ralph Lowell Medal", "Virginia Tech". */
const NOT_A_PERSON = /\s(?:Chair|Medal|Awards?|Prize|Fellowship|Scholarship|Professorship|Lecture|Trophy|Tempore|Act|Program|Tech|Institute|Foundation|University|College|School|Center|Centre|Hall|Subcommittee|Committee)$|^(?:Subcommittee|Committee|Pro Tempore)$/u;
const ORG_HEAD = /\s(?:Tech|Institute|Foundation|University|College|School|Center|Centre|Subcommittee|Committee)$/u;

/** Features of the earth named after a person: "Second Thomas Shoal", "Lake Victoria". */
const PLACE_HEAD = /\s(?:Shoal|Reef|Island|Islands|Bay|Sea|River|Lake|Strait|Mountains?|Peninsula|Valley|Canal|Gulf)$|^(?:Lake|Mount|Cape)\s/u;

/** A person as the model read it; a body or place where a word makes it one ("Virginia Tech"); else nothing. */
export function personNamedThing(text: string): UnlinkedType | undefined {
  if (PLACE_HEAD.test(text)) return 'location';
  if (!NOT_A_PERSON.test(text)) return 'person';
  return ORG_HEAD.test(text) ? 'organization' : undefined;
}

/**
 * An English name in a scraped Title Case headline list runs on through the verbs ("Congress
 * Extends Pryor", "Hawaii Residents Could See Retirement Benefit Cuts"); no body is named with a
 * modal or a headline verb, or after senators.
 */
const HEADLINE_VERB = /\s(?:Could|Would|Should|Will|Can|Must|Is|Are|Was|Were|Be|Been|Has|Have|Had|Says|Said|Announces|Urges|Extends|Calls|Applauds|Praises|Welcomes|Secures|Introduces|Passes|Receives|Wins|Joins|Votes|Seeks|Backs|Helps)\s|\bSenators?\b|\bMembers\b/u;

const GENERIC_BODY =
  /^(?:Federal|Congressional|Administration|Committee|Subcommittee|Department|Agency|Government|Ministry|Office|Council|Commission|Assistance|Senate Committee|(?:News|Press) Releases?)$/u;

/** Whether a name the model found may stand as an entity of `type`. */
export function plausible(text: string, type: UnlinkedType, language: string): boolean {
  if (text.length < 2 || !/\p{L}/u.test(text) || /\n/.test(text)) return false;
  if (language === 'en' && type !== 'person' && HEADLINE_VERB.test(` ${text} `)) return false;
  // "the Committee", "Federal", "News Releases": a word for a kind of body, or page furniture.
  if (type !== 'person' && GENERIC_BODY.test(text)) return false;
  // "R CO", "D-IL": a legislator's party and state, not a body.
  if (/^[RDI](?:\s+|-)[A-Z][A-Za-z]{1,4}$/u.test(text)) return false;
  // Chinese "中方", "巴方" (the Chinese, the Pakistani side) and "中巴" (China–Pakistan) are not places.
  // Nor are "政府" (the government), "双方" (both sides) and the like bodies of their own.
  if (type !== 'person' && /^\p{Script=Han}方$|^中\p{Script=Han}$|^(?:政府|国家|人民|当局|有关部门)$/u.test(text)) return false;
  // A name in a cased script starts with a capital: "the ministers" is not one.
  return !/^\p{Ll}/u.test(text);
}
