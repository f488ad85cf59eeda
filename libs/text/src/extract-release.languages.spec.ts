import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractRelease — Spanish scraped text', () => {
  const release = extractRelease({ content: fixture('comunicado.es.txt'), format: 'text' });

  it('skips the embassy name above the headline', () => {
    expect(release.title).toBe('Comunicado de prensa: reunión del Canciller con su homólogo de Portugal');
  });

  it('reads a date-only dateline as YYYY-MM-DD', () => {
    expect(release.publishedAt).toBe('2017-09-05');
  });

  it('takes blank-line separated paragraphs and stops at "Lea también"', () => {
    expect(release.paragraphs).toEqual([
      'El Ministro de Relaciones Exteriores se reunió este martes en Lisboa con su homólogo portugués para revisar la agenda bilateral y los preparativos de la próxima cumbre iberoamericana.',
      'Ambos cancilleres destacaron el crecimiento del comercio entre los dos países durante el último año y acordaron impulsar nuevos proyectos de cooperación en energías renovables, ciencia y educación superior.',
      'Asimismo, intercambiaron opiniones sobre la situación en América Latina y coincidieron en la importancia del diálogo político y del respeto al derecho internacional.',
    ]);
  });

  it('detects Spanish', () => {
    expect(release.language).toBe('es');
  });
});

describe('extractRelease — Russian scraped text', () => {
  const content = fixture('soobshchenie.ru.txt');
  const release = extractRelease({ content, format: 'text' });

  it('reads the title, the dateline with its time, and the body up to "Читайте также"', () => {
    expect(release.title).toBe(
      'О телефонном разговоре Министра иностранных дел России с Министром иностранных дел Индии',
    );
    expect(release.publishedAt).toBe('2017-09-05T14:30:00');
    expect(release.paragraphs).toEqual([
      'Состоялся телефонный разговор Министра иностранных дел Российской Федерации с Министром иностранных дел Республики Индии.',
      'Министры обсудили ход подготовки к предстоящим контактам на высшем уровне, а также вопросы сотрудничества в области энергетики, торговли и инвестиций.',
      'Стороны обменялись мнениями по актуальным международным проблемам, включая ситуацию в Афганистане и на Корейском полуострове, и договорились продолжить тесную координацию в ООН.',
    ]);
    expect(release.language).toBe('ru');
  });

  it('resolves Moscow time', () => {
    expect(extractRelease({ content, format: 'text', timezone: 'Europe/Moscow' }).publishedAt).toBe(
      '2017-09-05T14:30:00+03:00',
    );
  });
});

describe('extractRelease — French scraped text', () => {
  const content = [
    'Accueil › Actualités › Communiqués',
    'Déclaration du porte-parole sur la situation au Sahel',
    '',
    'jeudi 7 septembre 2017 à 17h44',
    '',
    'La France condamne avec la plus grande fermeté l’attaque perpétrée hier contre un convoi humanitaire.',
    'Lire aussi : Entretien du ministre avec son homologue malien',
    'Elle appelle toutes les parties à garantir la sécurité du personnel humanitaire et à respecter le droit international.',
    '',
    'Articles populaires',
    '',
    '12 septembre 2017',
    'Visite du ministre au Niger et au...',
    '',
    'Partager',
    'Tous droits réservés',
  ].join('\n');
  const release = extractRelease({ content, format: 'text' });

  it('skips the breadcrumb, reads the French dateline and drops the inline cross-reference', () => {
    expect(release.title).toBe('Déclaration du porte-parole sur la situation au Sahel');
    expect(release.publishedAt).toBe('2017-09-07T17:44:00');
    expect(release.paragraphs).toEqual([
      'La France condamne avec la plus grande fermeté l’attaque perpétrée hier contre un convoi humanitaire.',
      'Elle appelle toutes les parties à garantir la sécurité du personnel humanitaire et à respecter le droit international.',
    ]);
    expect(release.language).toBe('fr');
  });
});

describe('extractRelease — other scripts and small layouts', () => {
  it('skips a short section name above the headline', () => {
    const release = extractRelease({
      content: 'Press releases\nStatement on the elections in Country X\n\nThe ministry welcomes the peaceful conduct of the elections.',
      format: 'text',
    });
    expect(release.title).toBe('Statement on the elections in Country X');
  });

  it('reads a Chinese release with its dateline and stops at 相关新闻', () => {
    const release = extractRelease({
      content:
        '外交部发言人就朝鲜半岛局势答记者问\n\n2017年9月5日 14:30\n\n问：据报道，朝鲜近日再次进行核试验。中方对此有何评论？\n答：中方坚决反对朝方进行核试验，强烈敦促朝方停止采取恶化局势的错误行动。\n\n相关新闻\n\n外交部发言人例行记者会...',
      format: 'text',
      timezone: 'Asia/Shanghai',
    });
    expect(release.publishedAt).toBe('2017-09-05T14:30:00+08:00');
    expect(release.paragraphs).toHaveLength(2);
    expect(release.language).toBe('zh');
  });

  it('reads an Arabic release and stops at اقرأ أيضا', () => {
    const release = extractRelease({
      content:
        'بيان وزارة الخارجية بشأن الانتخابات\n\n5 سبتمبر 2017\n\nترحب وزارة الخارجية بإجراء الانتخابات في أجواء سلمية وتدعو جميع الأطراف إلى احترام النتائج.\n\nاقرأ أيضا\n\nوزير الخارجية يلتقي نظيره...',
      format: 'text',
    });
    expect(release.publishedAt).toBe('2017-09-05');
    expect(release.paragraphs).toEqual([
      'ترحب وزارة الخارجية بإجراء الانتخابات في أجواء سلمية وتدعو جميع الأطراف إلى احترام النتائج.',
    ]);
    expect(release.language).toBe('ar');
  });

  // A ministry's Chinese release pushed as JSON: one paragraph, no spaces, its date run into the lead.
  const lead = '2023年5月6日，国务委员兼外长王毅在伊斯兰堡会见巴基斯坦外长比拉瓦尔。王毅表示，中方愿同巴方一道，推进中巴经济走廊建设。';

  it('keeps a Chinese body whole under a stated title and reads the date run into its lead', () => {
    for (const content of [lead, `${lead}\n\n比拉瓦尔说，巴方感谢中国政府的支持。`]) {
      const release = extractRelease({ content, format: 'text', title: '王毅会见巴基斯坦外长比拉瓦尔', language: 'zh' });
      expect(release).toMatchObject({ title: '王毅会见巴基斯坦外长比拉瓦尔', titleSource: 'given', publishedAt: '2023-05-06' });
      expect(release.paragraphs[0]).toBe(lead);
      expect(release.paragraphs).toHaveLength(content === lead ? 1 : 2);
    }
  });

  it('derives a title from the first Chinese sentence rather than take the paragraph for one', () => {
    const release = extractRelease({ content: lead, format: 'text' });
    expect(release).toMatchObject({ title: '国务委员兼外长王毅在伊斯兰堡会见巴基斯坦外长比拉瓦尔', titleSource: 'derived', paragraphs: [lead], language: 'zh' });
  });
});
