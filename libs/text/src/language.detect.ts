import { eld } from 'eld/medium';

export const UNDETERMINED_LANGUAGE = 'und';

// eld reads n-grams; a few hundred characters settle it and keep long pages cheap.
const SAMPLE_CHARS = 2000;

/** 'en-GB' / 'EN' / 'en_US' → 'en'; anything that is not a two-letter code → undefined. */
export const normalizeLanguageHint = (hint: string | undefined): string | undefined => {
  const primary = hint?.trim().split(/[-_]/u)[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/u.test(primary) ? primary : undefined;
};

/** ISO 639-1 code of the text's language, or 'und' when it has too little to go on. */
export const detectLanguage = (text: string): string => {
  const detected = eld.detect(text.slice(0, SAMPLE_CHARS)).language;
  return detected || UNDETERMINED_LANGUAGE;
};
