// Page furniture: what sites put around a release. Kept as data so a new site's wording is a one-line change.

/** Whole-line headings that open a furniture block (compared lowercased, trailing ':' etc. removed). */
export const FURNITURE_HEADINGS: ReadonlySet<string> = new Set([
  // en
  'popular articles', 'popular', 'popular posts', 'popular news', 'most popular', 'most read', 'most viewed',
  'related articles', 'related news', 'related posts', 'related stories', 'related content', 'related',
  'read also', 'also read', 'read more', 'see also', 'you may also like', 'more news', 'more articles',
  'other news', 'latest news', 'latest articles', 'latest', 'recent news', 'recent posts', 'recent articles',
  'news archive', 'share', 'share this', 'share this article', 'share this page', 'share on', 'print',
  'print this page', 'print version', 'printer-friendly version', 'email', 'e-mail', 'email this page',
  'tags', 'keywords', 'topics', 'follow us', 'subscribe', 'contacts', 'contact us', 'useful links',
  'comments', 'leave a comment', 'back to top', 'back', 'previous article', 'next article',
  // ru
  'популярные статьи', 'популярное', 'популярные новости', 'самое читаемое', 'читайте также',
  'смотрите также', 'см. также', 'похожие материалы', 'похожие новости', 'материалы по теме',
  'новости по теме', 'другие новости', 'последние новости', 'все новости', 'архив новостей', 'поделиться',
  'версия для печати', 'распечатать', 'печать', 'теги', 'метки', 'ключевые слова', 'контакты',
  'подписаться', 'комментарии', 'наверх',
  // fr
  'articles populaires', 'les plus lus', 'lire aussi', 'à lire aussi', 'voir aussi', 'articles similaires',
  'articles liés', 'sur le même sujet', 'dernières nouvelles', 'dernières actualités', 'autres actualités',
  'toutes les actualités', 'partager', 'partager cet article', 'imprimer', 'version imprimable',
  'mots-clés', 'mots clés', 'étiquettes', 'nous contacter', 'suivez-nous', 'commentaires', 'haut de page',
  // es
  'artículos populares', 'lo más leído', 'más leídos', 'lea también', 'lee también', 'leer también',
  'ver también', 'véase también', 'artículos relacionados', 'noticias relacionadas', 'contenido relacionado',
  'últimas noticias', 'otras noticias', 'todas las noticias', 'compartir', 'comparte', 'imprimir',
  'versión para imprimir', 'etiquetas', 'palabras clave', 'contacto', 'contactos', 'síguenos', 'comentarios',
  // de, pt, it
  'beliebte artikel', 'meistgelesen', 'lesen sie auch', 'siehe auch', 'verwandte artikel', 'ähnliche artikel',
  'weitere nachrichten', 'neueste nachrichten', 'teilen', 'drucken', 'schlagwörter', 'kontakt',
  'leia também', 'veja também', 'artigos relacionados', 'notícias relacionadas', 'últimas notícias',
  'compartilhar', 'partilhar', 'leggi anche', 'vedi anche', 'articoli correlati', 'ultime notizie',
  'condividi', 'stampa',
  // zh, ar
  '相关新闻', '相关文章', '相关链接', '热门文章', '推荐阅读', '延伸阅读', '分享', '分享到', '打印', '打印本页', '关闭窗口',
  '联系我们', '联系方式', 'اتصل بنا',
  'اقرأ أيضا', 'اقرأ أيضاً', 'مقالات ذات صلة', 'أخبار ذات صلة', 'آخر الأخبار', 'شارك', 'مشاركة', 'طباعة',
  // comment sections and recommendation blocks that blogs and news sites put after the article
  'leave a reply', 'post a comment', 'add a comment', 'write a comment', 'join the discussion',
  'you might also like', 'you may also be interested in', 'related posts', 'similar posts', 'recommended for you',
  'about the author', 'share this post', 'share this story', 'comments are closed',
  'das könnte dich auch interessieren', 'das könnte sie auch interessieren', 'schreibe einen kommentar',
  'kommentar schreiben', 'kommentar verfassen', 'kommentieren', 'kommentare', 'ähnliche beiträge', 'verwandte beiträge',
  'weitere beiträge', 'weitere artikel', 'mehr zum thema', 'auch interessant', 'über den autor', 'diesen artikel teilen',
  'beitrag teilen', 'artikel teilen',
  'laisser un commentaire', 'laissez un commentaire', 'vous aimerez aussi', 'à lire également', 'articles recommandés',
  'deja un comentario', 'dejar un comentario', 'te puede interesar', 'también te puede interesar',
  'lascia un commento', 'potrebbe interessarti', 'articoli simili', 'komentarze', 'zobacz też', 'czytaj także', 'polecamy',
]);

/** Navigation words that are dropped wherever they stand but do not end the body. */
export const NAVIGATION_WORDS: ReadonlySet<string> = new Set([
  'home', 'menu', 'search', 'next', 'previous', 'главная', 'меню', 'поиск', 'accueil', 'recherche',
  'inicio', 'buscar', 'startseite', 'suche', '首页', 'الرئيسية',
  // screen-reader skip links and article-info labels that CMS templates print
  'skip to content', 'skip to main content', 'zum inhalt springen', 'aller au contenu', 'ir al contenido', 'details',
]);

/** A page-view counter ("Hits: 1234", "Просмотров: 56"): the CMS's, not the release's. */
export const VIEW_COUNTER =
  /^(?:hits|views|read|просмотров|просмотры|прочитано|vues|lectures|visitas|lecturas|aufrufe|zugriffe|浏览次数|阅读次数|阅读|المشاهدات|عدد المشاهدات)\s*[:：]?\s*[\d\s.,]+$/iu;

/** A "back to the list" link: an arrow and a few words. */
export const BACK_LINK = /^[←⟵«‹]\s*\S.{0,40}$/u;

/** Short lines starting like this close the body: tag lists and share bars come after it. */
export const CLOSING_PREFIX =
  /^(?:tags?|keywords|topics|share(?: on| this)?|теги|метки|ключевые слова|поделиться|mots[- ]clés|étiquettes|partager|etiquetas|palabras clave|compartir|schlagwörter|teilen|标签|关键词|分享到?)\s*[:：]/iu;

/** Comment-form and anti-spam notices: a comment section starts here. */
export const COMMENT_FORM_NOTICE =
  /^(?:diese website verwendet akismet|this site uses akismet|this site is protected by recaptcha|you must be logged in to post a comment|sie müssen (?:sich )?(?:angemeldet|eingeloggt|einloggen)|your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse e-mail ne sera pas publiée|tu dirección de correo electrónico no será publicada)/iu;

/** A site's clock ("Today: July 24, 2008"): the day the page was scraped, not the release's date. */
export const TODAY_LABEL = /^(?:today|heute|aujourd['’]hui|hoy|oggi|сегодня)\s*(?:is)?\s*[:,]/iu;

/** A wire label above a release ("FOR IMMEDIATE RELEASE", "News Release"): neither title nor body. */
export const RELEASE_LABEL = /^(?:(?:for immediate release|press release|news release|media release|embargoed until release)[\s:.,-]*)+$/iu;
export const RELEASE_LABEL_AT_START = /^\s*(?:(?:for immediate release|press release|news release|media release)[\s:.,-]*)+/iu;

/** Advertising labels: the line goes, the article goes on. */
export const AD_LABEL = /^[\s–—-]*(?:anzeige|advertisement|werbung|publicité|publicidad|pubblicità|reklama|sponsored)[\s:–—-]*$/iu;
/** A picture's credit line ("Photo: Reuters", "Credit: AP", "Titelbild: …", "Crédits photos : …"). */
export const PICTURE_CREDIT =
  /^(?:photos?|fotos?|images?|bild|titelbild|bildquelle|fotoquelle|credits?|photo credits?|crédits? photos?|photograph(?:ed)? by|photo by|foto:?\s*©|zdjęcie|fot\.)\s*(?:[:©]|$)/iu;
const MAX_CREDIT_CHARS = 120;
export const isPictureCredit = (line: string): boolean => line.length <= MAX_CREDIT_CHARS && PICTURE_CREDIT.test(line);

export const COPYRIGHT =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|все права защищены|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|版权所有|جميع الحقوق محفوظة/iu;

const COOKIE_WORD = /\bcookies?\b|куки|cookie-файл/iu;
const COOKIE_CONTEXT =
  /\b(?:use|uses|using|accept|consent|policy|agree|continu\w*|utilis\w*|usamos|utiliza\w*|acept\w*|verwend\w*)\b|использ|соглас|принима/iu;
export const isCookieNotice = (line: string): boolean => COOKIE_WORD.test(line) && COOKIE_CONTEXT.test(line);

/**
 * Text that e-mail cloaking scripts (Joomla and the like) leave in place of an address; it is removed
 * from inside lines because scrapers glue it to whatever follows.
 */
export const SPAM_PROTECTION_NOTICES: readonly RegExp[] = [
  /This e-?mail address is being protected from spam ?bots\.?\s*You need JavaScript enabled to view it\.?/giu,
  /Адрес электронной почты защищ[её]н от спам-ботов\.?\s*(?:Для просмотра адреса в вашем браузере должен быть включен Javascript|У вас должен быть включен JavaScript для просмотра)\.?/giu,
  /Cette adresse (?:e-?mail|électronique|de courriel) est protégée contre les robots spammeurs\.?\s*Vous devez activer le JavaScript pour la visualiser\.?/giu,
  /Esta dirección de correo electrónico está (?:siendo )?protegida contra los robots de spam\.?\s*Necesita(?:s)? (?:tener )?(?:activar |habilitado )?JavaScript(?: habilitado)? para (?:poder )?verla?o?\.?/giu,
];

export const PHONE_NUMBER = /(?:\+\s?\d{1,3}|\(\d{1,5}\))[\d\s()./-]{5,}\d/u;
export const CONTACT_LABEL =
  /^(?:tel|phone|telephone|fax|mob|mobile|hotline|e-?mail|address|тел|телефон|факс|эл\. почта|e-?mail|адрес|tél|téléphone|courriel|adresse|teléfono|telefono|telefon|correo(?: electrónico)?|dirección|anschrift)\.?\s*[:：]/iu;
export const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
export const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

export const STREET_WORD =
  /(?:^|[^\p{L}])(?:street|st\.|road|rd\.|avenue|ave\.|marg|lane|boulevard|blvd\.?|square|p\.?\s?o\.?\s?box|улица|ул\.|переулок|пер\.|проспект|пр-т|набережная|наб\.|шоссе|площадь|rue|chemin|calle|c\/|avenida|av\.|plaza|paseo|straße|strasse|platz|allee)(?=$|[^\p{L}])/iu;
export const POSTAL_CODE = /(?:^|[\s,–-])\d{5,6}(?:$|[\s,])/u;

/** Breadcrumb separators: "Home › News › Statements". */
export const BREADCRUMB_SEPARATOR = /\s[>»›|/]\s|\s*[»›]\s*/u;

/** The end of a sentence in any script we ingest; a line without one is a heading, a label or a fragment. */
// Scripts written without spaces between words (Chinese, Japanese), as a character class body.
export const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

export const SENTENCE_END = /[.!?…:»"”’)\]。！？؟]$/u;
export const ELLIPSIS_END = /(?:\.\.\.|…)$/u;
