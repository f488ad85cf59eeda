// German gold releases of the extraction eval set.

export default [
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
