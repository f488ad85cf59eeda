import { describe, expect, it } from 'vitest';
import { parseFeedItems } from './feed.parse.js';

describe('parseFeedItems and XML entities', () => {
  it.each([
    ['billion laughs', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]><rss version="2.0"><channel><title>t</title><item><title>&lol1;</title><link>https://example.org/a</link></item></channel></rss>'],
    ['external entity', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://example.org/b</link></item></channel></rss>'],
  ])('refuses a feed with a DTD declaring entities (%s)', (_name, xml) => {
    expect(() => parseFeedItems(xml)).toThrow(expect.objectContaining({ code: 'EXTRACT.XML_ENTITIES' }));
  });
});
