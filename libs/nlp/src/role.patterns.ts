import type { OfficeType } from './kb.types.js';
import { OFFICIALS } from './official.patterns.js';

export interface RolePattern {
  /** The role as the release states it, in English. */
  role: string;
  office: OfficeType;
  re: RegExp;
  /** The state a title names by itself ("Taoiseach" is Ireland's, "Secretary of State" the US's). */
  country?: string;
}

/**
 * Office titles in the six UN languages. English titles are capitalised in releases
 * ("Foreign Minister Sergey Lavrov"), which keeps "the ministers shared…" out.
 * Longer titles come first: the first pattern to claim a span wins.
 */
export const ROLE_PATTERNS: RolePattern[] = [
  // Deputies and envoys first, so "Deputy Foreign Minister" is not read as the minister.
  { role: 'Deputy Foreign Minister', office: 'deputy', re: /\b(?:First )?Deputy (?:Foreign Minister|Minister (?:of|for) Foreign Affairs)\b|[Зз]аместител\p{L}* [Мм]инистра иностранных дел|[Зз]амминистра иностранных дел|[Vv]iceministr[oa] de (?:[Aa]suntos|[Rr]elaciones) [Ee]xteriores|外交部副部长|نائب وزير الخارجية/gu },
  { role: 'Deputy Secretary of State', office: 'deputy', re: /\bDeputy Secretary(?: of State)?\b|[Ss]ecretario [Aa]djunto de Estado|[Ss]ecrétaire d['’][ÉE]tat adjoint|[Зз]аместител\p{L}* [Гг]оссекретаря|常务副国务卿|副国务卿/gu },
  { role: 'Deputy Prime Minister', office: 'deputy', re: /\b(?:First )?Deputy Prime Minister\b|\bVice[- ]Premier\b|[Вв]ице-премьер\p{L}*|[Зз]аместител\p{L}* [Пп]редседателя [Пп]равительства|副总理|نائب رئيس الوزراء/gu },
  { role: 'Tánaiste', office: 'deputy', country: 'IE', re: /(?<!\p{L})T[áa]naiste(?!\p{L})/gu },
  { role: 'Crown Prince', office: 'deputy', re: /\bCrown Prince\b|[Нн]аследн\p{L}* принц\p{L}*|[Pp]rince héritier|[Pp]ríncipe [Hh]eredero|王储|ولي العهد/gu },
  { role: 'Vice President', office: 'deputy', re: /\bVice[- ]President\b|[Вв]ице-президент\p{L}*|[Vv]icepresident[ea]|[Vv]ice-présidente?|副总统|副主席|نائب الرئيس/gu },
  // Spain's and France's junior ministers, before the US "Secretario de Estado".
  { role: 'State Secretary', office: 'deputy', re: /\bState Secretary\b|[Сс]татс-секретар\p{L}*|[Ss]ecretari[oa] de Estado (?:de|para)(?: la| el| los| las)? \p{Lu}\p{L}*(?:(?: y| e| de| del| la| las| los)* \p{Lu}\p{L}*)*|[Ss]ecrétaire d['’][ÉE]tat (?:chargée? d[eu]s?|auprès d[eu]|aux?|à la) (?:l['’])?\p{L}+(?:(?: et| de la| de l['’]| des| du| de)+ \p{L}+)*/gu },
  { role: 'Permanent Representative', office: 'ambassador', re: /\bPermanent Representative\b|[Пп]остоянн\p{L}* представител\p{L}*|[Rr]epresentante [Pp]ermanente|[Rr]eprésentante? permanente?|常驻联合国代表|المندوب الدائم/gu },
  { role: 'Ambassador', office: 'ambassador', re: /\b[Aa]mbassador\b|[Пп]осол\p{L}*|[Ee]mbajadora?\b|[Aa]mbassadeur|[Aa]mbassadrice|大使|السفير/gu },
  { role: 'Foreign Ministry Spokesperson', office: 'spokesperson', re: /\bForeign Ministry Spokesperson\b|официальный представитель МИД\p{L}*|portavoz del Ministerio de Asuntos Exteriores|porte-parole du ministère des Affaires étrangères|外交部发言人|المتحدث(?:ة)? باسم وزارة الخارجية/gu },
  { role: 'Secretary-General', office: 'secretary-general', re: /\bSecretary[- ]General\b|Генеральн\p{L}* секретар\p{L}*|Генсек\p{L}*|[Ss]ecretario [Gg]eneral|[Ss]ecrétaire général|秘书长|الأمين العام/gu },
  // Before the foreign minister: in Spanish "la canciller alemana" is Germany's head of government.
  { role: 'Chancellor', office: 'head-of-government', re: /\b(?:Federal )?Chancellor\b(?! of the Exchequer)|[Фф]едеральн\p{L}* канцлер\p{L}*|[Кк]анцлер\p{L}*|[Cc]anciller(?:a)? [Ff]ederal|[Cc]anciller(?:a)?(?= (?:alem[aá]na?|austr[ií]ac[oa]|de Alemania|de Austria)(?!\p{L}))|[Cc]hanceli(?:er|ère)(?: fédéral(?:e)?)?|联邦总理|总理默克尔|المستشار(?:ة)?(?= (?:الألماني|الألمانية|النمساوي|النمساوية))/gu },
  { role: 'Foreign Minister', office: 'foreign-minister', re: /\b(?:Foreign (?:Affairs )?Minister|Minister (?:of|for) Foreign Affairs(?: and (?:(?:International|Regional|European|African|East African|Foreign|External) )?[A-Z][a-z]+)?|Minister (?:of|for) (?:Europe and Foreign|Foreign and European) Affairs)\b(?!s)|[Мм]инистр\p{L}* иностранных дел|[Мм]инистр\p{L}* ИД|[Mm]inistr[oa] de (?:(?:[Aa]suntos|[Rr]elaciones) )?[Ee]xteriores(?:,? (?:de la )?Unión Europea y Cooperación| y (?:de )?Cooperación)?|[Cc]anciller|[Mm]inistre (?:de l['’]Europe et )?des [Aa]ffaires [ée]trang[èe]res|[Гг]лав\p{L}* МИД\p{L}*|[Гг]лав\p{L}* внешнеполитического ведомства|[Jj]ef[ea] de la diplomacia|[Cc]hef(?:fe)? de la diplomatie|\btop diplomat\b|外交部部长|外交部长|外长|外(?:务|交)大臣|وزير(?:ة)? (?:ال)?خارجية/gu },
  { role: 'Secretary of State', office: 'foreign-minister', country: 'US', re: /[Ss]ecrétaire d['’][ÉE]tat(?= (?:américain|des [ÉE]tats-Unis))|\bSecretary of State\b|[Гг]оссекретар\p{L}*|[Гг]осударственн\p{L}* секретар\p{L}* США|[Ss]ecretario de Estado|国务卿|وزير الخارجية الأمريكي/gu },
  { role: 'Foreign Secretary', office: 'foreign-minister', re: /\bForeign Secretary\b/gu },
  { role: 'External Affairs Minister', office: 'foreign-minister', re: /\b(?:External Affairs Minister|Minister of External Affairs)\b/gu },
  { role: 'Taoiseach', office: 'head-of-government', country: 'IE', re: /\bTaoiseach\b/gu },
  { role: 'State Counsellor', office: 'head-of-government', country: 'MM', re: /\bState Counsell?or\b|[Гг]осударственн\p{L}* советник\p{L}* Мьянмы|国务资政/gu },
  // Before the president: Spain's "presidente del Gobierno" and Italy's "President of the Council of Ministers" head governments.
  { role: 'Prime Minister', office: 'head-of-government', re: /[Pp]residente?a? del (?:Gobierno|Consejo de Ministros)|[Pp]résidente? du (?:[Gg]ouvernement|Conseil des ministres)|\bPresident of the (?:Government|Council of Ministers)\b|\bChairman of the (?:Council|Cabinet) of Ministers\b|[Пп]редседател\p{L}* Совета [Мм]инистров|\bHead of Government\b|[Гг]лав\p{L}* [Пп]равительства|[Jj]ef[ea] del Gobierno|[Cc]hef(?:fe)? du [Gg]ouvernement|[Пп]ремьер Госсовета|[Пп]ремьер Государственного совета|رئيس(?:ة)? مجلس الوزراء/gu },
  { role: 'Prime Minister', office: 'head-of-government', re: /[Pp]remier [Mm]inistre|\b(?:Prime Minister|Premier)\b(?!s)|[Пп]ремьер-министр\p{L}*|[Пп]редседател\p{L}* [Пп]равительства|[Pp]rimer[oa]? [Mm]inistr[oa]|总理|首相|رئيس الوزراء|رئيس الحكومة/gu },
  { role: 'President of the Swiss Confederation', office: 'head-of-state', country: 'CH', re: /\bPresident of the (?:Swiss )?Confederation\b|[Pp]résidente? de la Confédération(?: suisse)?|[Pp]residente?a? de la Confederación(?: Suiza)?|[Пп]резидент\p{L}* Швейцарск\p{L}* [Кк]онфедераци\p{L}*|瑞士联邦主席|رئيس(?:ة)? الاتحاد السويسري/gu },
  { role: 'President', office: 'head-of-state', country: 'CN', re: /[Пп]редседател\p{L}* (?:КНР|Китайской Народной Республики)/gu },
  { role: 'High Representative', office: 'high-representative', re: /\bHigh Representative(?: of the (?:European )?Union)?(?: for Foreign Affairs and Security Policy)?\b|[Вв]ерховн\p{L}* представител\p{L}*(?: ЕС| Европейского союза)?|[Aa]lt[oa] [Rr]epresentante|[Hh]aut(?:e)? [Rr]eprésentant(?:e)?|高级代表|الممثل(?:ة)? الأعلى/gu },
  { role: 'President of the European Commission', office: 'commission-president', re: /\bPresident of the European Commission\b|[Пп]редседател\p{L}* Европейской комиссии|[Pp]residente?a? de la Comisión Europea|[Pp]résidente? de la Commission européenne|欧盟委员会主席|رئيس(?:ة)? المفوضية الأوروبية/gu },
  { role: 'Chairman', office: 'head-of-state', re: /\bChairman of the (?:Presidential Council|Transitional Sovereignty Council|Sovereignty Council|Sovereign Council)\b/gu },
  // North Korea's head of state: "Chairman of the State Affairs Commission" and its renderings.
  { role: 'Chairman', office: 'head-of-state', country: 'KP', re: /\b(?:Chairman of the State Affairs Commission|President of the State Affairs)\b|[Пп]редседател\p{L}* (?:Государственного совета|Госсовета|Комитета государственных дел) КНДР|[Pp]residente? de (?:la Comisión de )?Asuntos (?:de )?Estado|[Pp]résident (?:de la Commission )?des [Aa]ffaires d['’][ÉE]tat|国务委员会委员长/gu },
  { role: 'Head of State', office: 'head-of-state', re: /\bHead of State\b|[Гг]лав\p{L}* государства|[Jj]ef[ea] (?:de|del) Estado(?! Mayor)|[Cc]hef de l['’][ÉE]tat|国家元首|رئيس الدولة/gu },
  { role: 'President', office: 'head-of-state', re: /[Mm]andatari[oa]\b|رئيس(?:ة)? (?:ال)?جمهورية|\bPresident\b(?! of the European Commission)(?!s)|[Пп]резидент\p{L}*|[Pp]residente?a?\b|[Pp]résidente?\b|国家主席|总统|الرئيس/gu },
  { role: 'Spokesperson', office: 'spokesperson', re: /\b(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)\b|[Пп]ресс-секретар\p{L}*|[Пп]ортавоз|[Pp]ortavoz|[Pp]orte-parole|发言人|المتحدث(?:ة)? (?:الرسمي|باسم)/gu },
  // Not "أمير": in Arabic it is also every prince's title.
  { role: 'Emir', office: 'head-of-state', re: /(?<!\p{L})(?:Emir|[Éé]mir|[Ee]mir)(?!\p{L})|(?<!\p{L})[Ээ]мир(?:а|у|ом|е)?(?!\p{L})|埃米尔/gu },
  { role: 'Sultan', office: 'head-of-state', re: /\bSultan(?= of (?:Oman|Brunei)\b)|[Сс]ултан\p{L}*(?= (?:Омана|Брунея))|[Ss]ultán(?= de (?:Omán|Brunéi))|[Ss]ultan(?= (?:d['’]Oman|de Brunei))/gu },
  { role: 'Grand Duke', office: 'head-of-state', country: 'LU', re: /\bGrand Duke\b|[Вв]елик\p{L}* [Гг]ерцог\p{L}*|[Gg]rand-[Dd]uc\b|[Gg]ran [Dd]uque/gu },
  { role: 'Supreme Leader', office: 'head-of-state', country: 'IR', re: /\bSupreme Leader\b|[Вв]ерховн\p{L}* (?:лидер|руководител)\p{L}*|[Gg]uide suprême|[Ll]íder [Ss]upremo|最高领袖|المرشد الأعلى/gu },
  ...OFFICIALS,
  { role: 'King', office: 'head-of-state', re: /\bKing\b|[Кк]ороль|[Rr]ey\b|[Rr]oi\b|国王|الملك/gu },
  { role: 'Queen', office: 'head-of-state', re: /\bQueen\b|[Кк]оролева|[Rr]eina\b|[Rr]eine\b|女王|الملكة/gu },
];

export interface RoleHit {
  start: number;
  end: number;
  role: string;
  office: OfficeType;
  country?: string;
}

/** Every office title in `text`, non-overlapping, earlier patterns winning. */
export function findRoles(text: string): RoleHit[] {
  const hits: RoleHit[] = [];
  for (const p of ROLE_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, role: p.role, office: p.office, ...(p.country ? { country: p.country } : {}) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Words that introduce a short form of a known person: "Mr Lavrov", "Secretary Tillerson". */
export const COURTESY_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Mme|M)\.?|\b(?:Secretary|Minister|President|Chancellor|Premier|Ambassador|Senator|señor|señora|monsieur|madame)|(?:господин|госпожа|г-н|г-жа|министр|президент|канцлер|госсекретарь))\s+$/iu;
