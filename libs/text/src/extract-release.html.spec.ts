import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const LONG_PARAGRAPHS =
  '<p>The Ministry of Foreign Affairs welcomes the agreement reached yesterday between the parties on the exchange of prisoners of war.</p>' +
  '<p>We call on both sides to implement the agreement in good faith and to continue the dialogue under the auspices of the mediators.</p>';

describe('extractRelease — HTML page with menu, cookie banner, share bar, related articles and footer', () => {
  const url = 'https://embassy.example.org/en/news/joint-statement-ladoga?utm_source=feed';
  const content = fixture('press-release.en.html');
  const release = extractRelease({ content, format: 'html', url });

  it('takes og:title without the site name', () => {
    expect(release.title).toBe('Joint statement on the Lake Ladoga water agreement');
  });

  it('resolves the relative canonical link against the url', () => {
    expect(release.canonicalUrl).toBe('https://embassy.example.org/en/news/joint-statement-ladoga');
  });

  it('takes article:published_time, keeping the offset as written', () => {
    expect(release.publishedAt).toBe('2021-11-18T09:30:00+03:00');
  });

  it('shows the same instant in the source timezone when one is given', () => {
    expect(extractRelease({ content, format: 'html', url, timezone: 'Europe/Helsinki' }).publishedAt).toBe(
      '2021-11-18T08:30:00+02:00',
    );
  });

  it('returns only the article paragraphs, entities decoded and inline markup flattened', () => {
    expect(release.paragraphs).toEqual([
      'On 17 November, the delegations of Finland and the Russian Federation met in Sortavala to review the implementation of the agreement on the protection of Lake Ladoga & its tributaries.',
      'The parties noted with satisfaction that the monitoring of water quality has continued without interruption and that the joint laboratory programme for 2022–2024 has been approved. They agreed to publish the results of the «Clean Shores» survey in both languages.',
      'The delegations also discussed fishing quotas, the protection of the Saimaa ringed seal and the exchange of data on seasonal floods. The next meeting of the joint commission will be held in Lappeenranta in the spring of 2022.',
    ]);
  });

  it('lets no script, style or markup reach the paragraphs', () => {
    const text = release.paragraphs.join('\n');
    expect(text).not.toMatch(/trackRead|dataLayer|inline-note|[<>]|&\w+;/u);
  });

  it('detects English', () => {
    expect(release.language).toBe('en');
  });
});

describe('extractRelease — HTML page without metadata', () => {
  const url = 'https://in.ambafrance.example.org/entretien-ministre';
  const release = extractRelease({ content: fixture('communique.fr.html'), format: 'html', url });

  it('strips the site suffix from <title> / uses the h1', () => {
    expect(release.title).toBe('Entretien du ministre avec son homologue indien');
  });

  it('reads the visible French dateline', () => {
    expect(release.publishedAt).toBe('2017-09-05');
  });

  it('falls back to the given url as canonical url', () => {
    expect(release.canonicalUrl).toBe(url);
  });

  it('returns the body without the "Lire aussi" block or the footer', () => {
    expect(release.paragraphs).toEqual([
      'Le ministre de l’Europe et des Affaires étrangères s’est entretenu mardi par téléphone avec son homologue indien, à l’initiative de la partie indienne.',
      'Les deux ministres ont fait le point sur la préparation de la visite d’État prévue au printemps et sur la coopération dans les domaines de l’énergie solaire, de l’espace et de la défense.',
      'Ils sont convenus de renforcer leur concertation au sein des Nations unies sur le climat et la sécurité maritime dans l’océan Indien.',
    ]);
    expect(release.language).toBe('fr');
  });
});

describe('extractRelease — HTML details', () => {
  it('filters furniture that carries no telling class names, as in scraped text', () => {
    const content = page(
      '<title>Statement on the prisoner exchange</title>',
      `<div><h1>Statement on the prisoner exchange</h1><div>${LONG_PARAGRAPHS}` +
        '<div><b>Share</b> <a>Facebook</a></div><div><h4>Related articles</h4><p>Minister meets the ICRC president</p></div>' +
        '<p>Address: 32/34 Smolenskaya-Sennaya Square, Moscow</p></div></div>',
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual([
      'The Ministry of Foreign Affairs welcomes the agreement reached yesterday between the parties on the exchange of prisoners of war.',
      'We call on both sides to implement the agreement in good faith and to continue the dialogue under the auspices of the mediators.',
    ]);
  });

  it('takes datePublished from JSON-LD, even inside @graph', () => {
    const content = page(
      '<title>Statement</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-02-01T10:00:00"}]}</script>',
      `<article><h1>Statement</h1>${LONG_PARAGRAPHS}</article>`,
    );
    expect(extractRelease({ content, format: 'html', timezone: 'Europe/Kyiv' }).publishedAt).toBe(
      '2022-02-01T10:00:00+02:00',
    );
  });

  it('takes <time datetime> in the article but ignores the date widget in the page header', () => {
    const content = page(
      '<title>Statement</title>',
      '<header><time datetime="2030-01-01">1 January 2030</time></header>' +
        `<article><h1>Statement</h1><time datetime="2022-02-01">1 February 2022</time>${LONG_PARAGRAPHS}</article>`,
    );
    expect(extractRelease({ content, format: 'html' }).publishedAt).toBe('2022-02-01');
  });

  it('takes og:url when there is no canonical link', () => {
    const content = page(
      '<title>Statement</title><meta property="og:url" content="https://mfa.example.org/statement">',
      `<article><h1>Statement</h1>${LONG_PARAGRAPHS}</article>`,
    );
    expect(extractRelease({ content, format: 'html', url: 'https://mirror.example.net/x' }).canonicalUrl).toBe(
      'https://mfa.example.org/statement',
    );
  });

  it('reads a short statement that Readability alone would not take for an article', () => {
    const content = page(
      '<title>Short note | MFA</title>',
      '<nav><a>Home</a> <a>News</a></nav><h1>Short note</h1><p>The ministry condemns the attack.</p><footer>© 2020 MFA</footer>',
    );
    const release = extractRelease({ content, format: 'html' });
    expect(release.title).toBe('Short note');
    expect(release.paragraphs).toEqual(['The ministry condemns the attack.']);
  });

  it('splits <br>-separated lines and keeps list items as paragraphs', () => {
    const content = page(
      '<title>Visa regime update</title>',
      '<article><h1>Visa regime update</h1><p>From 1 June the following rules apply to applicants from all countries:<br>first rule for all travellers.<br>Second rule for the families.</p>' +
        '<ul><li>Applications are accepted online only.</li><li>Fees are paid on the day of the appointment.</li></ul></article>',
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual([
      'From 1 June the following rules apply to applicants from all countries:',
      'first rule for all travellers.',
      'Second rule for the families.',
      'Applications are accepted online only.',
      'Fees are paid on the day of the appointment.',
    ]);
  });

  it('treats a fragment without <title> or <h1> as headline plus body', () => {
    const release = extractRelease({
      content: '<p>Statement on the prisoner exchange</p>' + LONG_PARAGRAPHS,
      format: 'html',
    });
    expect(release.title).toBe('Statement on the prisoner exchange');
    expect(release.paragraphs).toHaveLength(2);
  });
});
