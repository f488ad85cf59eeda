import type { RolePattern } from './role.patterns.js';

/**
 * Titles of the officials real releases are full of and no knowledge base lists: deputy
 * ministers, envoys, legislators, governors, mayors, heads of agencies. They are roles of
 * the person they stand beside and are never resolved to an office holder. They come after
 * the heads of state and government and the foreign ministers, so "Deputy Foreign Minister"
 * or "Prime Minister" keep their own patterns.
 */
export const OFFICIALS: RolePattern[] = [
  { role: 'Deputy Minister', office: 'official', re: /\b(?:First )?(?:Deputy|Vice) Minister\b|\bVice[- ]Minister\b|[Зз]аместител\p{L}* [Мм]инистра(?!\p{L})|[Зз]амминистра(?!\p{L})|[Vv]iceministr[oa]\b|[Vv]ice-ministre\b|[Ss]ous-ministre\b|副部长/gu },
  { role: 'Special Envoy', office: 'official', re: /\bSpecial (?:Envoy|Representative|Coordinator|Advisor|Adviser)\b|\b[Ee]nvoy\b(?!s)|[Сс]пецпредставител\p{L}*|[Сс]пециальн\p{L}* представител\p{L}*|[Ee]nviad[oa] [Ee]special|[Ee]nvoyée? spéciale?|特使|特别代表/gu },
  { role: 'Minister', office: 'official', re: /\bMinister (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?:,? (?:and |of |for |the )*\p{Lu}[\p{L}-]*)*|\bMinister\b(?!s)|[Мм]инистр\p{L}*(?= \p{Lu})|[Mm]inistr[oa] (?:de|del) \p{Lu}[\p{L}-]*(?: (?:(?:y|e|de|del|la|las|los) )*\p{Lu}[\p{L}-]*)*|[Mm]inistre (?:de la |de l['’]|des |du )\p{Lu}[\p{L}-]*|Bundesminister\p{L}*|部长/gu },
  { role: 'Secretary', office: 'official', re: /\bSecretary (?:of|for) (?:the )?(?!State\b)\p{Lu}[\p{L}-]*(?: (?:and |of |for |the )*\p{Lu}[\p{L}-]*)*/gu },
  { role: 'Senator', office: 'official', re: /\bSen(?:ator|\.)(?= \p{Lu})|\bSenator\b|[Сс]енатор\p{L}*|[Ss]enador(?:a)?\b|[Ss]énat(?:eur|rice)\b|参议员/gu },
  { role: 'Representative', office: 'official', re: /\bRep\.(?= \p{Lu})|\bRepresentative(?= \p{Lu})|\bCongress(?:man|woman)\b|\bMember of Parliament\b|\bMP(?= \p{Lu})|[Дд]епутат\p{L}*|[Dd]iputad[oa]\b|[Dd]éputée?\b|议员/gu },
  { role: 'Governor', office: 'official', re: /\bGov(?:ernor|\.)(?= \p{Lu})|\bGovernor\b|[Гг]убернатор\p{L}*|[Gg]obernador(?:a)?\b|[Gg]ouverneure?\b|州长|省长/gu },
  { role: 'Mayor', office: 'official', re: /(?<!Estado )\bMayor\b|[Мм]эр(?:а|у|ом|е)?(?!\p{L})|[Aa]lcalde(?:sa)?\b|\b[Mm]aire\b|市长/gu },
  { role: 'Director', office: 'official', re: /\bDirector[- ]General\b|\b(?:Executive |Managing |Deputy )?Director\b|\bAdministrator\b|\bCommissioner\b|[Дд]иректор\p{L}*|[Dd]irector(?:a)? [Gg]eneral|[Dd]irect(?:eur|rice) général(?:e)?|局长|司长|署长/gu },
  { role: 'Chair', office: 'official', re: /\bChair(?:man|woman|person)?\b(?!s)|[Pp]residente? de la Comisión\b|[Pp]résidente? de la commission\b/gu },
];
