import type { OfficeType } from './kb.types.js';

export interface RolePattern {
  /** The role as the release states it, in English. */
  role: string;
  office: OfficeType;
  re: RegExp;
}

/**
 * Office titles in the six UN languages. English titles are capitalised in releases
 * ("Foreign Minister Sergey Lavrov"), which keeps "the ministers shared…" out.
 * Longer titles come first: the first pattern to claim a span wins.
 */
export const ROLE_PATTERNS: RolePattern[] = [
  // Deputies and envoys first, so "Deputy Foreign Minister" is not read as the minister.
  { role: 'Deputy Foreign Minister', office: 'deputy', re: /\b(?:First )?Deputy (?:Foreign Minister|Minister (?:of|for) Foreign Affairs)\b|[Зз]аместител\p{L}* [Мм]инистра иностранных дел|[Зз]амминистра иностранных дел|[Vv]iceministr[oa] de (?:[Aa]suntos|[Rr]elaciones) [Ee]xteriores|外交部副部长|نائب وزير الخارجية/gu },
  { role: 'Deputy Prime Minister', office: 'deputy', re: /\b(?:First )?Deputy Prime Minister\b|\bVice[- ]Premier\b|[Вв]ице-премьер\p{L}*|[Зз]аместител\p{L}* [Пп]редседателя [Пп]равительства|副总理|نائب رئيس الوزراء/gu },
  { role: 'Vice President', office: 'deputy', re: /\bVice[- ]President\b|[Вв]ице-президент\p{L}*|[Vv]icepresident[ea]|[Vv]ice-présidente?|副总统|副主席|نائب الرئيس/gu },
  { role: 'State Secretary', office: 'deputy', re: /\bState Secretary\b|[Сс]татс-секретар\p{L}*/gu },
  { role: 'Permanent Representative', office: 'ambassador', re: /\bPermanent Representative\b|[Пп]остоянн\p{L}* представител\p{L}*|[Rr]epresentante [Pp]ermanente|[Rr]eprésentante? permanente?|常驻联合国代表|المندوب الدائم/gu },
  { role: 'Ambassador', office: 'ambassador', re: /\bAmbassador\b|[Пп]осол\p{L}*|[Ee]mbajadora?\b|[Aa]mbassadeur|[Aa]mbassadrice|大使|السفير/gu },
  { role: 'Foreign Ministry Spokesperson', office: 'spokesperson', re: /\bForeign Ministry Spokesperson\b|официальный представитель МИД\p{L}*|portavoz del Ministerio de Asuntos Exteriores|porte-parole du ministère des Affaires étrangères|外交部发言人|المتحدث(?:ة)? باسم وزارة الخارجية/gu },
  { role: 'Secretary-General', office: 'secretary-general', re: /\bSecretary[- ]General\b|Генеральн\p{L}* секретар\p{L}*|Генсек\p{L}*|[Ss]ecretario [Gg]eneral|[Ss]ecrétaire général|秘书长|الأمين العام/gu },
  { role: 'Foreign Minister', office: 'foreign-minister', re: /\b(?:Foreign Minister|Minister (?:of|for) Foreign Affairs(?: and [A-Z][a-z]+)?)\b(?!s)|[Мм]инистр\p{L}* иностранных дел|[Мм]инистр\p{L}* ИД|[Mm]inistr[oa] de (?:[Aa]suntos|[Rr]elaciones) [Ee]xteriores(?: y de Cooperación| y Cooperación| de la Unión Europea y Cooperación)?|[Cc]anciller|[Mm]inistre (?:de l'Europe et )?des [Aa]ffaires [ée]trang[èe]res|外交部长|外长|وزير(?:ة)? الخارجية/gu },
  { role: 'Secretary of State', office: 'foreign-minister', re: /\bSecretary of State\b|[Гг]оссекретар\p{L}*|[Гг]осударственн\p{L}* секретар\p{L}* США|[Ss]ecretario de Estado|国务卿|وزير الخارجية الأمريكي/gu },
  { role: 'Foreign Secretary', office: 'foreign-minister', re: /\bForeign Secretary\b/gu },
  { role: 'External Affairs Minister', office: 'foreign-minister', re: /\b(?:External Affairs Minister|Minister of External Affairs)\b/gu },
  { role: 'Prime Minister', office: 'head-of-government', re: /\b(?:Prime Minister|Premier)\b(?!s)|[Пп]ремьер-министр\p{L}*|[Пп]редседател\p{L}* [Пп]равительства|[Pp]rimer[oa]? [Mm]inistr[oa]|[Pp]remier [Mm]inistre|总理|首相|رئيس الوزراء|رئيس الحكومة/gu },
  { role: 'Chancellor', office: 'head-of-government', re: /\b(?:Federal )?Chancellor\b|[Кк]анцлер\p{L}*|[Cc]anciller federal|[Cc]hancelière?|总理默克尔/gu },
  { role: 'President', office: 'head-of-state', re: /\bPresident\b(?! of the European Commission)(?!s)|[Пп]резидент\p{L}*|[Pp]residente?a?\b|[Pp]résidente?\b|国家主席|总统|الرئيس/gu },
  { role: 'Spokesperson', office: 'spokesperson', re: /\b(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)\b|[Пп]ресс-секретар\p{L}*|[Пп]ортавоз|[Pp]ortavoz|[Pp]orte-parole|发言人|المتحدث(?:ة)? (?:الرسمي|باسم)/gu },
  { role: 'King', office: 'head-of-state', re: /\bKing\b|[Кк]ороль|[Rr]ey\b|[Rr]oi\b|国王|الملك/gu },
  { role: 'Queen', office: 'head-of-state', re: /\bQueen\b|[Кк]оролева|[Rr]eina\b|[Rr]eine\b|女王|الملكة/gu },
];

export interface RoleHit {
  start: number;
  end: number;
  role: string;
  office: OfficeType;
}

/** Every office title in `text`, non-overlapping, earlier patterns winning. */
export function findRoles(text: string): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const p of ROLE_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, role: p.role, office: p.office });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Words that introduce a short form of a known person: "Mr Lavrov", "Secretary Tillerson". */
export const COURTESY_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Mme|M)\.?|\b(?:Secretary|Minister|President|Chancellor|Premier|Ambassador|Senator|señor|señora|monsieur|madame)|(?:господин|госпожа|г-н|г-жа|министр|президент|канцлер|госсекретарь))\s+$/iu;
