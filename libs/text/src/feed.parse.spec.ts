import { describe, expect, it } from 'vitest';
import { parseFeedItems } from './feed.parse.js';
import { isExtractionError } from './extraction.error.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>MFA</title>
<item><title>Statement A</title><link>https://mfa.example.org/a</link><guid>a-1</guid><description>Short teaser</description><pubDate>Tue, 05 Sep 2017 10:00:00 GMT</pubDate></item>
<item><title>Statement B</title><link>https://mfa.example.org/b</link><content:encoded><![CDATA[<p>${'Full text. '.repeat(80)}</p>]]></content:encoded></item>
</channel></rss>`;

const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>E</title><link rel="alternate" href="https://mfa.example.org/e"/><id>urn:e1</id><updated>2017-09-05T10:00:00Z</updated><summary>s</summary></entry></feed>`;

const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://mfa.example.org/"><title>c</title></channel><item rdf:about="https://mfa.example.org/r"><title>R</title><link>https://mfa.example.org/r</link><description>d</description><dc:date>2017-09-05</dc:date></item></rdf:RDF>`;

describe('parseFeedItems', () => {
  it('reads RSS 2.0 items, telling summaries from full content', () => {
    const feed = parseFeedItems(rss);
    expect(feed.format).toBe('rss');
    expect(feed.items).toMatchObject([
      { id: 'a-1', url: 'https://mfa.example.org/a', title: 'Statement A', summaryOnly: true, publishedAt: 'Tue, 05 Sep 2017 10:00:00 GMT' },
      { id: 'https://mfa.example.org/b', title: 'Statement B', summaryOnly: false },
    ]);
  });

  it('reads Atom and RDF', () => {
    expect(parseFeedItems(atom).items).toMatchObject([{ id: 'urn:e1', url: 'https://mfa.example.org/e', summaryOnly: true, publishedAt: '2017-09-05T10:00:00Z' }]);
    expect(parseFeedItems(rdf)).toMatchObject({ format: 'rdf', items: [{ url: 'https://mfa.example.org/r', publishedAt: '2017-09-05' }] });
  });

  it('refuses, never expands, DTD entities (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>t</title><item><title>&c;</title><link>https://mfa.example.org/x</link></item></channel></rss>`;
    expect(() => parseFeedItems(bomb)).toThrow(expect.objectContaining({ code: 'EXTRACT.XML_ENTITIES' }));
  });

  it('rejects what is not a feed with EXTRACT.BAD_FEED', () => {
    try {
      parseFeedItems('<html><body>no</body></html>');
      expect.unreachable();
    } catch (error) {
      expect(isExtractionError(error) && error.code).toBe('EXTRACT.BAD_FEED');
    }
  });
});
