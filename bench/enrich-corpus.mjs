// A deterministic corpus of ~3,000-character diplomatic releases in the six UN languages, with
// names taken from the knowledge base, for bench/enrich.mjs (and for comparing two builds).
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
/** Characters (UTF-16 units) per release: 3 KB of Latin text, 5–9 KB of UTF-8 in other scripts. */
export const RELEASE_CHARS = 3000;

const SCRIPT = { ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u };

// Countries, capitals and organisations as each language writes them; every name must be an
// alias in the knowledge base (checked below), so a renamed alias fails the bench loudly.
const NAMES = {
  en: {
    countries: ['Russia', 'the United States', 'China', 'France', 'Germany', 'India', 'Turkey', 'Japan', 'Iran', 'Syria', 'Egypt', 'Brazil', 'the DPRK', 'Saudi Arabia'],
    places: ['Moscow', 'Washington', 'Beijing', 'Paris', 'Berlin', 'New Delhi', 'Ankara', 'Geneva', 'Cairo', 'Tokyo'],
    orgs: ['the UN Security Council', 'BRICS', 'the SCO', 'NATO', 'the European Union', 'ASEAN', 'the IAEA', 'the OSCE', 'the G20'],
  },
  fr: {
    countries: ['Russie', 'États-Unis', 'Chine', 'France', 'Allemagne', 'Inde', 'Turquie', 'Japon', 'Iran', 'Syrie', 'Égypte', 'Brésil', 'Royaume-Uni'],
    places: ['Paris', 'Berlin', 'Moscou', 'Pékin', 'Genève', 'Washington', 'Le Caire'],
    orgs: ['Nations unies', 'Union européenne', 'OTAN', 'AIEA', 'OSCE', 'BRICS', 'G20'],
  },
  es: {
    countries: ['Rusia', 'Estados Unidos', 'China', 'Francia', 'Alemania', 'India', 'Turquía', 'Japón', 'Irán', 'Siria', 'Egipto', 'Brasil', 'Reino Unido', 'Argentina', 'México'],
    places: ['Madrid', 'Moscú', 'Pekín', 'Ginebra', 'Washington', 'París', 'Berlín'],
    orgs: ['Naciones Unidas', 'Unión Europea', 'OTAN', 'OIEA', 'BRICS', 'G20'],
  },
  ru: {
    countries: ['Россия', 'США', 'Китай', 'Франция', 'Германия', 'Индия', 'Турция', 'Япония', 'Иран', 'Сирия', 'Египет', 'Бразилия', 'Великобритания', 'КНДР', 'Саудовская Аравия'],
    places: ['Москва', 'Вашингтон', 'Пекин', 'Женева'],
    orgs: ['Совет Безопасности ООН', 'ООН', 'НАТО', 'МАГАТЭ', 'ОБСЕ', 'БРИКС', 'ШОС'],
  },
  zh: {
    countries: ['俄罗斯', '美国', '中国', '法国', '德国', '印度', '土耳其', '日本', '伊朗', '叙利亚', '埃及', '巴西', '英国', '朝鲜', '沙特阿拉伯'],
    places: ['北京', '莫斯科', '华盛顿', '日内瓦'],
    orgs: ['联合国安理会', '联合国', '欧盟', '北约', '国际原子能机构', '金砖国家', '上海合作组织'],
  },
  ar: {
    countries: ['روسيا', 'الولايات المتحدة', 'الصين', 'فرنسا', 'ألمانيا', 'الهند', 'تركيا', 'اليابان', 'إيران', 'سوريا', 'مصر', 'البرازيل', 'المملكة المتحدة', 'السعودية'],
    places: ['موسكو', 'بكين', 'واشنطن', 'جنيف', 'القاهرة', 'الرياض'],
    orgs: ['مجلس الأمن', 'الأمم المتحدة', 'الاتحاد الأوروبي', 'الوكالة الدولية للطاقة الذرية', 'جامعة الدول العربية', 'بريكس'],
  },
};

/** Russian templates want the genitive ("вокруг Сирии"): the matcher finds inflected names. */
const RU_GENITIVE = {
  Россия: 'России', Китай: 'Китая', Франция: 'Франции', Германия: 'Германии', Индия: 'Индии', Турция: 'Турции',
  Япония: 'Японии', Иран: 'Ирана', Сирия: 'Сирии', Египет: 'Египта', Бразилия: 'Бразилии',
  Великобритания: 'Великобритании', 'Саудовская Аравия': 'Саудовской Аравии', 'Совет Безопасности ООН': 'Совета Безопасности ООН',
};

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

// {a}/{b}: persons, {A}/{B}: their surnames, {c}/{d}: countries, {p}: a capital, {o}: an organisation.
const TEMPLATES = {
  en: {
    title: "{a}'s talks with {b}",
    lead: 'On {month} {day}, Foreign Minister {a} held talks with {b} in {p} on the situation in {c} and {d}.',
    body: [
      'The sides exchanged views on pressing issues of the international agenda and reaffirmed their commitment to a peaceful settlement in {c}.',
      'Mr {A} noted the role of {o} and the position of {d} on sanctions and nuclear non-proliferation.',
      'They stressed the importance of dialogue and respect for international law in resolving disputes between {c} and {d}.',
      'Particular attention was paid to trade, investment and energy cooperation as well as cultural and humanitarian ties.',
      'The parties agreed to continue consultations at various levels, including within {o}.',
      '{B} thanked {A} for the hospitality extended in {p}.',
    ],
  },
  fr: {
    title: 'Entretien de {a} avec {b}',
    lead: 'Le {day} {month}, le ministre des Affaires étrangères {a} s’est entretenu avec {b} à {p} de la situation en {c} et en {d}.',
    body: [
      'Les deux parties ont procédé à un échange de vues sur les questions d’actualité de l’agenda international et réaffirmé leur attachement à un règlement pacifique.',
      'M. {A} a souligné le rôle de l’{o} et la position de la {d} sur les sanctions et la non-prolifération nucléaire.',
      'Ils ont insisté sur l’importance du dialogue et du respect du droit international entre la {c} et la {d}.',
      'Une attention particulière a été accordée au commerce, aux investissements et à la coopération énergétique.',
      'Les parties sont convenues de poursuivre les consultations à différents niveaux, y compris au sein de l’{o}.',
      '{B} a remercié {A} pour l’accueil réservé à {p}.',
    ],
  },
  es: {
    title: 'Conversaciones de {a} con {b}',
    lead: 'El {day} de {month}, el ministro de Asuntos Exteriores {a} mantuvo conversaciones con {b} en {p} sobre la situación en {c} y {d}.',
    body: [
      'Las partes intercambiaron opiniones sobre los temas candentes de la agenda internacional y reafirmaron su compromiso con una solución pacífica.',
      'El señor {A} destacó el papel de {o} y la posición de {d} sobre las sanciones y la no proliferación nuclear.',
      'Subrayaron la importancia del diálogo y del respeto del derecho internacional entre {c} y {d}.',
      'Se prestó especial atención al comercio, las inversiones y la cooperación energética, así como a los vínculos culturales.',
      'Las partes acordaron continuar las consultas a distintos niveles, incluso en el marco de {o}.',
      '{B} agradeció a {A} la hospitalidad recibida en {p}.',
    ],
  },
  ru: {
    title: 'О переговорах {a} и {b}',
    lead: '{day} {month} в городе {p} Министр иностранных дел {a} провёл переговоры с {b}. Обсуждалась ситуация вокруг {c} и {d}.',
    body: [
      'Стороны обменялись мнениями по актуальным вопросам международной повестки дня и подтвердили приверженность мирному урегулированию.',
      '{A} отметил роль {o} и позицию {d} по вопросам санкций и ядерного нераспространения.',
      'Была подчёркнута важность диалога и уважения норм международного права в отношениях {c} и {d}.',
      'Особое внимание было уделено торговле, инвестициям и энергетическому сотрудничеству, а также культурным и гуманитарным связям.',
      'Стороны договорились продолжить консультации на различных уровнях, в том числе в рамках {o}.',
      '{B} поблагодарил {A} за гостеприимство, оказанное в городе {p}.',
    ],
  },
  zh: {
    title: '{a}同{b}举行会谈',
    lead: '{month}月{day}日，外交部长{a}在{p}同{b}举行会谈，双方就{c}和{d}局势交换意见。',
    body: [
      '双方就当前国际议程中的紧迫问题交换了看法，重申致力于通过和平方式解决争端。',
      '{A}表示，{o}发挥着重要作用，并介绍了{d}在制裁和核不扩散问题上的立场。',
      '双方强调，{c}和{d}应坚持对话，尊重国际法，妥善处理分歧。',
      '双方特别关注贸易、投资和能源合作，以及人文交流。',
      '双方同意继续在各个层级开展磋商，包括在{o}框架内加强协调。',
      '{B}感谢{A}在{p}给予的热情接待。',
    ],
  },
  ar: {
    title: 'محادثات {a} مع {b}',
    lead: 'في {day} {month}، أجرى وزير الخارجية {a} محادثات مع {b} في {p} حول الوضع في {c} و{d}.',
    body: [
      'وتبادل الجانبان وجهات النظر حول القضايا الملحة على جدول الأعمال الدولي وأكدا التزامهما بالتسوية السلمية.',
      'وأشار {A} إلى دور {o} وموقف {d} من العقوبات ومنع الانتشار النووي.',
      'وشدد الجانبان على أهمية الحوار واحترام القانون الدولي في العلاقات بين {c} و{d}.',
      'وأولي اهتمام خاص للتجارة والاستثمار والتعاون في مجال الطاقة، فضلا عن الروابط الثقافية والإنسانية.',
      'واتفق الطرفان على مواصلة المشاورات على مختلف المستويات، بما في ذلك في إطار {o}.',
      'وشكر {B} {A} على حسن الضيافة في {p}.',
    ],
  },
};
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Persons as the language writes them: their full name in its script (Latin for en/fr/es). */
function personsFor(kb, language) {
  const script = SCRIPT[language];
  const persons = [];
  for (const e of kb.entities.values()) {
    if (e.type !== 'person') continue;
    if (!script) {
      persons.push({ full: e.name, surname: e.surname ?? e.name.split(' ').at(-1) });
      continue;
    }
    const own = e.aliases.filter((a) => script.test(a));
    if (!own.length) continue;
    const full = own.reduce((x, y) => (y.length > x.length ? y : x));
    const surname = own.reduce((x, y) => (y.length < x.length ? y : x));
    persons.push({ full, surname });
  }
  return persons;
}

/**
 * `count` releases, languages in turn. `kb` is a loaded knowledge base (`entities`: a Map of
 * id → entity with `aliases`); throws when a name above is not one of its aliases.
 */
export function generateCorpus(kb, count) {
  const aliases = new Set([...kb.entities.values()].flatMap((e) => e.aliases));
  const strip = (n) => n.replace(/^the /, '');
  for (const [language, names] of Object.entries(NAMES)) {
    const missing = Object.values(names).flat().filter((n) => !aliases.has(strip(n)));
    if (missing.length) throw new Error(`bench corpus (${language}): not in the knowledge base: ${missing.join(', ')}`);
  }
  const persons = Object.fromEntries(LANGUAGES.map((l) => [l, personsFor(kb, l)]));

  // A small deterministic generator, so every run measures the same corpus.
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];

  return Array.from({ length: count }, (_, i) => {
    const language = LANGUAGES[i % LANGUAGES.length];
    const names = NAMES[language];
    const t = TEMPLATES[language];
    const [a, b] = [pick(persons[language]), pick(persons[language])];
    const month = 1 + (i % 12);
    const inflect = (name) => (language === 'ru' ? (RU_GENITIVE[name] ?? name) : name);
    const fill = (s) =>
      s
        .replaceAll('{a}', a.full)
        .replaceAll('{b}', b.full)
        .replaceAll('{A}', a.surname)
        .replaceAll('{B}', b.surname)
        .replaceAll('{c}', inflect(pick(names.countries)))
        .replaceAll('{d}', inflect(pick(names.countries)))
        .replaceAll('{p}', pick(names.places))
        .replaceAll('{o}', inflect(pick(names.orgs)))
        .replaceAll('{day}', String(1 + (i % 27)))
        .replaceAll('{month}', language === 'zh' ? String(month) : (MONTHS[language] ?? AR_MONTHS)[month - 1]);
    const paragraphs = [fill(t.lead)];
    while (paragraphs.join('\n\n').length < RELEASE_CHARS - 200) {
      paragraphs.push([pick(t.body), pick(t.body), pick(t.body)].map(fill).join(language === 'zh' ? '' : ' '));
    }
    return { title: fill(t.title), paragraphs, language, publishedAt: `2019-${String(month).padStart(2, '0')}-28T10:00:00` };
  });
}
