/** Apertium names languages with ISO 639-3 codes; the pipeline uses ISO 639-1. */
const ISO3_TO_ISO1: Record<string, string> = {
  ara: 'ar', arg: 'an', ast: 'ast', bel: 'be', bre: 'br', bul: 'bg', cat: 'ca', ces: 'cs', cym: 'cy',
  dan: 'da', deu: 'de', ell: 'el', eng: 'en', epo: 'eo', eus: 'eu', fra: 'fr', gle: 'ga', glg: 'gl',
  hin: 'hi', ita: 'it', kaz: 'kk', nld: 'nl', nno: 'nn', nob: 'nb', oci: 'oc', pol: 'pl', por: 'pt',
  ron: 'ro', rus: 'ru', spa: 'es', swe: 'sv', tat: 'tt', ukr: 'uk', urd: 'ur', zho: 'zh',
};

const ISO1_TO_ISO3 = Object.fromEntries(Object.entries(ISO3_TO_ISO1).map(([three, one]) => [one, three]));

export const toIso1 = (code: string): string | undefined => ISO3_TO_ISO1[code.split('_')[0]];
export const toIso3 = (code: string): string | undefined => ISO1_TO_ISO3[code];
