// Spanish gold releases of the extraction eval set.

export default [
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
];
