// French gold releases of the extraction eval set.

export default [
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
];
