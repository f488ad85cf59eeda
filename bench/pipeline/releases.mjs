// Realistic ~3 KB press releases for the pipeline benchmark: en, es, fr, ru and de, naming
// ministers, capitals, countries and organisations from the knowledge base, each with its own
// words so near-duplicate clustering does not fold them into one story.

const PEOPLE = {
  en: ['Foreign Minister Sergey Lavrov', 'Secretary of State Rex Tillerson', 'Secretary-General António Guterres', 'Foreign Minister Wang Yi', 'President Emmanuel Macron', 'Chancellor Angela Merkel', 'Foreign Minister Kang Kyung-wha'],
  es: ['el ministro Serguéi Lavrov', 'el secretario de Estado Rex Tillerson', 'el secretario general António Guterres', 'el ministro Wang Yi', 'el presidente Emmanuel Macron', 'la canciller Angela Merkel'],
  fr: ['le ministre Sergueï Lavrov', 'le secrétaire d’État Rex Tillerson', 'le secrétaire général António Guterres', 'le ministre Wang Yi', 'le président Emmanuel Macron', 'la chancelière Angela Merkel'],
  ru: ['министр иностранных дел Сергей Лавров', 'государственный секретарь Рекс Тиллерсон', 'генеральный секретарь Антониу Гутерриш', 'министр Ван И'],
  de: ['Außenminister Sergej Lawrow', 'Außenminister Rex Tillerson', 'UN-Generalsekretär António Guterres', 'Bundeskanzlerin Angela Merkel', 'Präsident Emmanuel Macron'],
};
const PLACES = {
  en: ['Moscow', 'Washington', 'Beijing', 'Pyongyang', 'Seoul', 'Paris', 'Berlin', 'Tehran', 'Kyiv', 'New York', 'Geneva', 'Vienna'],
  es: ['Moscú', 'Washington', 'Pekín', 'Pionyang', 'Seúl', 'París', 'Berlín', 'Teherán', 'Kiev', 'Ginebra', 'Viena'],
  fr: ['Moscou', 'Washington', 'Pékin', 'Pyongyang', 'Séoul', 'Paris', 'Berlin', 'Téhéran', 'Kiev', 'Genève', 'Vienne'],
  ru: ['Москва', 'Вашингтон', 'Пекин', 'Пхеньян', 'Сеул', 'Париж', 'Берлин', 'Тегеран', 'Женева', 'Вена'],
  de: ['Moskau', 'Washington', 'Peking', 'Pjöngjang', 'Seoul', 'Paris', 'Berlin', 'Teheran', 'Kiew', 'Genf', 'Wien'],
};
const ORGS = {
  en: ['the United Nations Security Council', 'the International Atomic Energy Agency', 'the European Union', 'NATO', 'the OSCE', 'ASEAN'],
  es: ['el Consejo de Seguridad de las Naciones Unidas', 'el Organismo Internacional de Energía Atómica', 'la Unión Europea', 'la OTAN', 'la OSCE'],
  fr: ['le Conseil de sécurité des Nations unies', 'l’Agence internationale de l’énergie atomique', 'l’Union européenne', 'l’OTAN', 'l’OSCE'],
  ru: ['Совет Безопасности ООН', 'МАГАТЭ', 'Европейский союз', 'НАТО', 'ОБСЕ'],
  de: ['der UN-Sicherheitsrat', 'die Internationale Atomenergiebehörde', 'die Europäische Union', 'die NATO', 'die OSZE'],
};
const TITLES = {
  en: (p, q) => `${p} holds telephone conversation with ${q}`,
  es: (p, q) => `Conversación telefónica entre ${p} y ${q}`,
  fr: (p, q) => `Entretien téléphonique entre ${p} et ${q}`,
  ru: (p, q) => `Телефонный разговор: ${p} и ${q}`,
  de: (p, q) => `Telefonat zwischen ${p} und ${q}`,
};
const OPENINGS = {
  en: (p, q, place) => `On the initiative of the other side, ${p} held a telephone conversation with ${q} from ${place}.`,
  es: (p, q, place) => `A iniciativa de la otra parte, ${p} mantuvo una conversación telefónica con ${q} desde ${place}.`,
  fr: (p, q, place) => `À l’initiative de la partie adverse, ${p} s’est entretenu par téléphone avec ${q} depuis ${place}.`,
  ru: (p, q, place) => `По инициативе другой стороны ${p} провёл телефонный разговор с ${q} из города ${place}.`,
  de: (p, q, place) => `Auf Initiative der anderen Seite führte ${p} von ${place} aus ein Telefonat mit ${q}.`,
};
const WORDS = {
  en: 'situation peninsula sanctions resolution dialogue restraint nuclear missile launch talks delegation cooperation humanitarian ceasefire treaty verification inspection energy trade investment grain shipping border consultations memorandum agreement security stability region partners negotiations settlement climate fisheries aviation customs visas students culture'.split(' '),
  es: 'situación península sanciones resolución diálogo moderación nuclear misil lanzamiento conversaciones delegación cooperación humanitaria alto el fuego tratado verificación inspección energía comercio inversión frontera consultas memorando acuerdo seguridad estabilidad región socios negociaciones clima pesca aviación aduanas visados estudiantes cultura'.split(' '),
  fr: 'situation péninsule sanctions résolution dialogue retenue nucléaire missile lancement pourparlers délégation coopération humanitaire cessez-le-feu traité vérification inspection énergie commerce investissement frontière consultations mémorandum accord sécurité stabilité région partenaires négociations climat pêche aviation douanes visas étudiants culture'.split(' '),
  ru: 'ситуация полуостров санкции резолюция диалог сдержанность ядерный ракета пуск переговоры делегация сотрудничество гуманитарный перемирие договор проверка инспекция энергетика торговля инвестиции граница консультации меморандум соглашение безопасность стабильность регион партнёры урегулирование климат рыболовство авиация таможня визы студенты культура'.split(' '),
  de: 'Lage Halbinsel Sanktionen Resolution Dialog Zurückhaltung nuklear Rakete Start Gespräche Delegation Zusammenarbeit humanitär Waffenruhe Vertrag Überprüfung Inspektion Energie Handel Investitionen Grenze Konsultationen Memorandum Abkommen Sicherheit Stabilität Region Partner Verhandlungen Klima Fischerei Luftfahrt Zoll Visa Studenten Kultur'.split(' '),
};
const LANGUAGES = ['en', 'en', 'es', 'fr', 'ru', 'de']; // English is the most common original

/** A small seeded generator: the same seed gives the same corpus. */
function random(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** One JSON push (`POST /releases` / a line of `POST /releases/batch`) of about `bytes` UTF-8 bytes. */
export function makeRelease(i, { run, source, bytes = 3000, seed = 1 }) {
  const rnd = random(seed * 100_003 + i);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const lang = LANGUAGES[i % LANGUAGES.length];
  const [p, q] = [pick(PEOPLE[lang]), pick(PEOPLE[lang])];
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(rnd() * 8) }, () => pick(WORDS[lang]));
    const at = Math.floor(rnd() * words.length);
    words.splice(at, 0, rnd() < 0.5 ? pick(PLACES[lang]) : pick(ORGS[lang]));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraphs = [`${OPENINGS[lang](p, q, pick(PLACES[lang]))} (ref. ${run}-${i})`];
  while (Buffer.byteLength(paragraphs.join('\n\n')) < bytes) {
    paragraphs.push(Array.from({ length: 3 + Math.floor(rnd() * 3) }, sentence).join(' '));
  }
  const day = 1 + (i % 28);
  return {
    source,
    url: `https://${source}/press/${run}/${i}`,
    title: TITLES[lang](p, q),
    body: paragraphs.join('\n\n'),
    language: lang,
    publishedAt: `2018-03-${String(day).padStart(2, '0')}T10:15:00+03:00`,
  };
}
