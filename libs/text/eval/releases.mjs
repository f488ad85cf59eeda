// The gold releases of the extraction eval set: invented texts in the style of ministry and embassy
// press releases (names of people and places are real-sounding but the events are made up).
// Each is rendered into a page by one of the site layouts in layouts.mjs.

export const RELEASES = [
  // ── en ──
  {
    id: 'en-telephone-conversation', lang: 'en', layout: 'wordpress', date: '2017-09-07', dateText: 'September 7, 2017',
    title: 'Foreign Minister holds telephone conversation with the Secretary of State',
    body: [
      'On 7 September, the Foreign Minister had a telephone conversation with the Secretary of State at the initiative of the American side.',
      'The ministers discussed the situation on the Korean peninsula following the latest nuclear test and agreed that all parties should refrain from steps that could lead to a further escalation of tension.',
      'Both sides stressed the importance of a political and diplomatic settlement of the crisis and of the full implementation of the relevant resolutions of the United Nations Security Council.',
      'The ministers also exchanged views on the preparations for the upcoming session of the General Assembly and agreed to meet on its sidelines in New York.',
    ],
  },
  {
    id: 'en-joint-statement', lang: 'en', layout: 'drupal', date: '2018-03-02', dateText: 'Friday, 02 March 2018 - 14:30',
    title: 'Joint Statement on the Second Round of Strategic Dialogue',
    body: [
      'The second round of the Strategic Dialogue between the two Foreign Ministries took place in the capital on 1 and 2 March 2018.',
      'The delegations reviewed the progress achieved since the first round and welcomed the growth of bilateral trade, which exceeded four billion dollars last year.',
      'The sides agreed to establish a joint working group on maritime security and to hold regular consultations on counter-terrorism, cyber security and migration.',
      'They reaffirmed their support for a rules-based international order and for the central role of the United Nations in maintaining international peace and security.',
      'The third round of the Strategic Dialogue will be held next year on a date to be agreed through diplomatic channels.',
    ],
  },
  {
    id: 'en-embassy-visa', lang: 'en', layout: 'legacy-aspnet', date: '2016-11-15', dateText: '15.11.2016',
    title: 'Embassy announces new procedure for visa applications',
    body: [
      'The Embassy informs that from 1 December 2016 all visa applications must be submitted through the online appointment system.',
      'Applicants are requested to fill in the electronic form, print it and bring it to the appointment together with their passport, two photographs and proof of travel insurance.',
      'Applications submitted in person without a prior appointment will no longer be accepted, except in urgent humanitarian cases.',
    ],
  },
  {
    id: 'en-print-statement', lang: 'en', layout: 'print', date: '2019-06-21', dateText: '21 June 2019',
    title: 'Statement by the Spokesperson on the situation in the Gulf of Oman',
    body: [
      'The Ministry is deeply concerned by the reports of attacks on two oil tankers in the Gulf of Oman.',
      'We call on all parties to exercise maximum restraint and to avoid any action that could further destabilise the region and threaten the freedom of navigation.',
      'The Ministry supports a thorough and impartial investigation of the incidents and stands ready to contribute to efforts aimed at de-escalation.',
    ],
  },
  // ── fr ──
  {
    id: 'fr-entretien', lang: 'fr', layout: 'drupal', date: '2017-09-05', dateText: '5 septembre 2017', charset: 'windows-1252',
    title: 'Entretien du ministre avec son homologue sud-coréen',
    body: [
      'Le ministre de l’Europe et des Affaires étrangères s’est entretenu ce jour avec son homologue sud-coréenne.',
      'Les deux ministres ont condamné avec la plus grande fermeté l’essai nucléaire conduit par la Corée du Nord, qui constitue une menace grave pour la sécurité régionale et internationale.',
      'Ils sont convenus de travailler ensemble, au sein du Conseil de sécurité des Nations unies, à l’adoption rapide de nouvelles sanctions.',
      'Le ministre a rappelé l’attachement de la France à la dénucléarisation complète, vérifiable et irréversible de la péninsule coréenne.',
    ],
  },
  {
    id: 'fr-communique-ambassade', lang: 'fr', layout: 'wordpress', date: '2018-05-14', dateText: '14 mai 2018',
    title: 'Communiqué de l’Ambassade : semaine de la francophonie économique',
    body: [
      'L’Ambassade de France a le plaisir d’annoncer l’ouverture de la semaine de la francophonie économique, du 14 au 18 mai 2018.',
      'Une quarantaine d’entreprises françaises et locales participeront à des rencontres consacrées aux énergies renouvelables, à l’agriculture et au numérique.',
      'Les inscriptions aux ateliers sont gratuites mais obligatoires, dans la limite des places disponibles.',
    ],
  },
  {
    id: 'fr-declaration-porte-parole', lang: 'fr', layout: 'joomla', date: '2020-01-08', dateText: 'mercredi 8 janvier 2020',
    title: 'Déclaration de la porte-parole sur la situation au Moyen-Orient',
    body: [
      'La France appelle toutes les parties à la plus grande retenue et à la désescalade.',
      'Nous restons pleinement engagés, avec nos partenaires européens, en faveur de la préservation de l’accord de Vienne sur le nucléaire iranien.',
      'La sécurité de nos ressortissants et de nos forces déployées dans la région est notre priorité ; des consignes ont été diffusées aux communautés françaises.',
      'La France poursuivra ses contacts avec l’ensemble des acteurs régionaux afin de contribuer à la stabilité de la région.',
    ],
  },
  {
    id: 'fr-version-imprimable', lang: 'fr', layout: 'print', date: '2016-03-22', dateText: '22/03/2016', charset: 'windows-1252',
    title: 'Attentats de Bruxelles – Message de solidarité du ministre',
    body: [
      'C’est avec une profonde émotion que j’ai appris les attentats qui ont frappé Bruxelles ce matin.',
      'J’adresse au peuple belge et aux familles des victimes le message de solidarité et d’amitié de la France.',
      'Face au terrorisme, l’Europe doit rester unie et déterminée.',
    ],
  },
  // ── es ──
  {
    id: 'es-comunicado-conjunto', lang: 'es', layout: 'drupal', date: '2017-09-05', dateText: '5 de septiembre de 2017',
    title: 'Comunicado conjunto sobre la situación en la península de Corea',
    body: [
      'Los Gobiernos firmantes condenan en los términos más enérgicos el ensayo nuclear realizado el 3 de septiembre por la República Popular Democrática de Corea.',
      'Este nuevo ensayo constituye una violación flagrante de las resoluciones del Consejo de Seguridad de las Naciones Unidas y supone una amenaza para la paz y la seguridad internacionales.',
      'Instamos a Pyongyang a abandonar sus programas nucleares y de misiles balísticos de manera completa, verificable e irreversible.',
      'Reiteramos nuestro compromiso con una solución pacífica y diplomática y nuestro apoyo a la plena aplicación de las sanciones vigentes.',
    ],
  },
  {
    id: 'es-embajada-elecciones', lang: 'es', layout: 'legacy-aspnet', date: '2019-04-02', dateText: '02/04/2019', charset: 'windows-1252',
    title: 'La Embajada informa sobre el voto de los residentes en el exterior',
    body: [
      'La Embajada recuerda a los ciudadanos residentes en el país que el plazo para solicitar el voto por correo finaliza el próximo 30 de abril.',
      'La solicitud puede presentarse en persona en la sección consular, de lunes a viernes de 9:00 a 13:00 horas, o por correo certificado.',
      'Los electores inscritos en el Registro de Matrícula Consular recibirán la documentación electoral en su domicilio.',
    ],
  },
  {
    id: 'es-visita-oficial', lang: 'es', layout: 'wordpress', date: '2018-10-23', dateText: '23 octubre, 2018',
    title: 'El ministro realiza una visita oficial a Montevideo',
    body: [
      'El ministro de Asuntos Exteriores inició hoy una visita oficial de dos días a la República Oriental del Uruguay.',
      'Durante su estancia se reunirá con el presidente de la República y con su homólogo uruguayo, con quien firmará un memorando de entendimiento sobre cooperación cultural y educativa.',
      'La agenda incluye asimismo un encuentro con representantes de la comunidad española y con empresarios de ambos países.',
      'La visita se enmarca en el impulso a las relaciones con América Latina y en los preparativos de la próxima Cumbre Iberoamericana.',
    ],
  },
  {
    id: 'es-nota-prensa', lang: 'es', layout: 'joomla', date: '2021-07-12', dateText: '12 Julio 2021',
    title: 'Nota de prensa: entrega de ayuda humanitaria a Haití',
    body: [
      'El Gobierno ha enviado hoy un avión con veinte toneladas de material sanitario y alimentos destinados a la población de Haití.',
      'La ayuda será distribuida por las agencias de Naciones Unidas y por organizaciones no gubernamentales presentes sobre el terreno.',
      'Esta contribución se suma a los dos millones de euros aprobados la semana pasada para atender la emergencia.',
    ],
  },
  // ── ru ──
  {
    id: 'ru-telefonnyi-razgovor', lang: 'ru', layout: 'bitrix', date: '2017-09-07', dateText: '07.09.2017', charset: 'windows-1251',
    title: 'О телефонном разговоре Министра иностранных дел с Государственным секретарём США',
    body: [
      '7 сентября состоялся телефонный разговор Министра иностранных дел с Государственным секретарём США.',
      'Обсуждалась ситуация на Корейском полуострове в контексте очередного ядерного испытания, проведённого КНДР.',
      'Подчёркнута необходимость избегать шагов, ведущих к дальнейшей эскалации напряжённости, и важность политико-дипломатического урегулирования.',
      'Министры также затронули ряд вопросов двусторонней повестки дня и договорились продолжить контакты.',
    ],
  },
  {
    id: 'ru-brifing', lang: 'ru', layout: 'joomla', date: '2018-03-02', dateText: '02 марта 2018',
    title: 'Брифинг официального представителя по актуальным вопросам внешней политики',
    body: [
      'Официальный представитель МИД провела очередной брифинг для представителей средств массовой информации.',
      'В ходе брифинга были освещены итоги переговоров министра с иностранными коллегами и график предстоящих международных контактов.',
      'Отдельное внимание было уделено положению российских граждан за рубежом и работе консульских учреждений.',
    ],
  },
  {
    id: 'ru-posolstvo-vizit', lang: 'ru', layout: 'bitrix', date: '2019-11-20', dateText: '20.11.2019', charset: 'koi8-r',
    title: 'Посол принял участие в открытии выставки русской живописи',
    body: [
      'Посол принял участие в церемонии открытия выставки русской живописи XIX века в Национальном музее.',
      'В своём выступлении он отметил значение культурных обменов для укрепления взаимопонимания между народами двух стран.',
      'Выставка продлится до конца января и будет дополнена циклом лекций и концертов.',
    ],
  },
  {
    id: 'ru-zayavlenie', lang: 'ru', layout: 'print', date: '2020-05-09', dateText: '9 мая 2020 года',
    title: 'Заявление в связи с 75-летием Победы',
    body: [
      'Сегодня мы отмечаем 75-ю годовщину Победы в Великой Отечественной войне.',
      'Мы чтим память миллионов погибших и выражаем глубокую благодарность ветеранам, отстоявшим свободу и независимость народов Европы.',
      'Наш долг — сохранить историческую правду и не допустить повторения трагедий прошлого.',
    ],
  },
  // ── zh ──
  {
    id: 'zh-fayanren', lang: 'zh', layout: 'govcn', date: '2017-09-05', dateText: '2017年9月5日', charset: 'gb18030',
    title: '外交部发言人就朝鲜核试验答记者问',
    body: [
      '问：朝鲜9月3日进行了第六次核试验，中方对此有何评论？',
      '答：中国政府对朝方不顾国际社会普遍反对再次进行核试验表示坚决反对和强烈谴责。',
      '我们强烈敦促朝方正视国际社会坚定意志，切实遵守安理会有关决议，停止采取恶化局势的错误行动。',
      '中方坚定不移致力于实现半岛无核化，坚定不移维护半岛和平稳定，坚持通过对话协商解决问题。',
    ],
  },
  {
    id: 'zh-huitan', lang: 'zh', layout: 'govcn', date: '2018-06-14', dateText: '2018-06-14',
    title: '外交部长同来访的外国外长举行会谈',
    body: [
      '6月14日，外交部长在北京同来访的外长举行会谈。',
      '双方积极评价两国关系发展，表示愿加强高层交往，深化经贸、人文等领域务实合作。',
      '双方还就共同关心的国际和地区问题交换了意见，同意在联合国等多边框架内加强沟通协调。',
    ],
  },
  {
    id: 'zh-shiguan-tongzhi', lang: 'zh', layout: 'custom-embassy', date: '2019-01-28', dateText: '2019/01/28', charset: 'gb18030',
    title: '驻外使馆提醒中国公民春节期间注意安全',
    body: [
      '春节临近，中国驻当地使馆提醒在当地的中国公民和游客注意人身和财产安全。',
      '近期当地治安形势较为复杂，请尽量避免前往人员密集场所，妥善保管护照等重要证件。',
      '如遇紧急情况，请及时报警并与使馆联系。',
    ],
  },
  {
    id: 'zh-lianhe-shengming', lang: 'zh', layout: 'print', date: '2020-11-15', dateText: '2020年11月15日',
    title: '关于区域全面经济伙伴关系协定签署的联合声明',
    body: [
      '2020年11月15日，区域全面经济伙伴关系协定以视频方式正式签署。',
      '协定的签署标志着全球规模最大的自由贸易区正式启航，将为地区经济复苏注入强劲动力。',
      '各方同意尽快完成各自国内核准程序，推动协定早日生效实施。',
    ],
  },
  // ── ar ──
  {
    id: 'ar-bayan', lang: 'ar', layout: 'arabic-portal', date: '2017-09-05', dateText: '5 سبتمبر 2017', charset: 'windows-1256',
    title: 'بيان وزارة الخارجية بشأن التجربة النووية في شبه الجزيرة الكورية',
    body: [
      'تعرب وزارة الخارجية عن قلقها البالغ إزاء التجربة النووية التي أجرتها جمهورية كوريا الشعبية الديمقراطية.',
      'وتؤكد الوزارة أن هذه التجربة تمثل انتهاكا لقرارات مجلس الأمن الدولي وتهديدا للأمن والسلم الدوليين.',
      'وتدعو الوزارة جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار من أجل التوصل إلى حل سلمي.',
    ],
  },
  {
    id: 'ar-istiqbal', lang: 'ar', layout: 'arabic-portal', date: '2018-12-10', dateText: '10 ديسمبر 2018',
    title: 'وزير الخارجية يستقبل سفير الاتحاد الأوروبي',
    body: [
      'استقبل وزير الخارجية اليوم سفير الاتحاد الأوروبي بمناسبة انتهاء فترة عمله.',
      'وجرى خلال اللقاء استعراض علاقات التعاون بين الجانبين وسبل تعزيزها في المجالات الاقتصادية والثقافية.',
      'وأشاد الوزير بالجهود التي بذلها السفير خلال فترة عمله متمنيا له التوفيق في مهامه المقبلة.',
    ],
  },
  {
    id: 'ar-safara', lang: 'ar', layout: 'wordpress', date: '2021-03-30', dateText: '30 مارس 2021',
    title: 'السفارة تعلن مواعيد العمل خلال شهر رمضان المبارك',
    body: [
      'تعلن السفارة عن مواعيد العمل خلال شهر رمضان المبارك، حيث يستقبل القسم القنصلي المراجعين من الساعة العاشرة صباحا حتى الساعة الثانية ظهرا.',
      'ويرجى من المواطنين حجز موعد مسبق عبر الموقع الإلكتروني قبل الحضور.',
      'وتتقدم السفارة بأطيب التهاني إلى الجالية بمناسبة حلول الشهر الفضيل.',
    ],
  },
  // ── de ──
  {
    id: 'de-pressemitteilung', lang: 'de', layout: 'bund', date: '2017-09-05', dateText: '05.09.2017',
    title: 'Außenminister telefoniert mit südkoreanischer Amtskollegin',
    body: [
      'Der Außenminister hat heute mit seiner südkoreanischen Amtskollegin telefoniert.',
      'Beide verurteilten den erneuten Atomtest Nordkoreas auf das Schärfste und sprachen sich für eine Verschärfung der Sanktionen im Sicherheitsrat der Vereinten Nationen aus.',
      'Der Minister betonte, dass eine Lösung des Konflikts nur auf diplomatischem Wege erreicht werden könne.',
      'Die beiden Minister vereinbarten, in engem Kontakt zu bleiben.',
    ],
  },
  {
    id: 'de-botschaft', lang: 'de', layout: 'joomla', date: '2019-10-03', dateText: '03. Oktober 2019', charset: 'windows-1252',
    title: 'Empfang der Botschaft zum Tag der Deutschen Einheit',
    body: [
      'Aus Anlass des Tages der Deutschen Einheit lud der Botschafter zu einem Empfang in seine Residenz ein.',
      'Mehr als dreihundert Gäste aus Politik, Wirtschaft, Kultur und Zivilgesellschaft folgten der Einladung.',
      'In seiner Rede würdigte der Botschafter die friedliche Revolution von 1989 und die enge Partnerschaft beider Länder.',
    ],
  },
  {
    id: 'de-erklaerung', lang: 'de', layout: 'bund', date: '2022-02-24', dateText: '24.02.2022',
    title: 'Erklärung der Außenministerin zur Lage in der Ukraine',
    body: [
      'Wir verurteilen den Angriff auf die Ukraine auf das Schärfste.',
      'Dies ist ein eklatanter Bruch des Völkerrechts und gefährdet die Sicherheit und Stabilität in ganz Europa.',
      'Gemeinsam mit unseren Partnern in der Europäischen Union und der NATO werden wir mit aller Entschlossenheit reagieren.',
      'Unsere Gedanken sind bei den Menschen in der Ukraine.',
    ],
  },
  {
    id: 'de-reisehinweis', lang: 'de', layout: 'custom-embassy', date: '2018-07-16', dateText: '16. Juli 2018',
    title: 'Hinweise der Botschaft zur Einreise während der Regenzeit',
    body: [
      'Die Botschaft weist darauf hin, dass es während der Regenzeit zu Überschwemmungen und Unterbrechungen des Straßenverkehrs kommen kann.',
      'Reisenden wird empfohlen, sich vor Fahrten über die Wetterlage zu informieren und sich in die Krisenvorsorgeliste einzutragen.',
      'Aktuelle Informationen erhalten Sie auch über die Reise- und Sicherheitshinweise des Auswärtigen Amts.',
    ],
  },
];
