/**
 * A release as an embassy site's scraper hands it over: title, dateline, paragraphs, then the
 * page furniture (popular articles, teasers, address, phones, the e-mail obfuscation line).
 * `marker` makes the text unique so tests against a shared stack never collide.
 */
export function scrapedRelease(marker: string) {
  const title = `Foreign Minister's telephone conversation with the Secretary-General of the Pacific Forum ${marker}`;
  const paragraphs = [
    `On March 3, the Foreign Minister had a telephone conversation with the Secretary-General of the Pacific Islands Forum, Dame Meg Taylor, reference ${marker}.`,
    'The parties discussed preparations for the Forum leaders meeting in Apia and the situation with rising sea levels, which threatens several member states.',
    'The Minister confirmed the readiness to increase support for renewable energy projects in the region and to continue scholarships for students from the islands.',
    'When discussing the multilateral agenda, the parties spoke in favour of closer coordination at the United Nations on fisheries and maritime security.',
  ];
  const furniture = [
    'Popular articles',
    '',
    '02 March 2018',
    '',
    'Briefing by the Foreign Ministry Spokesperson on current issues,...',
    '',
    'Question: Could you comment on the latest developments in the negotiations on the new...',
    'Emergency phone number for citizens in distress +64-21-555-0199',
    '57 Messines Road, Karori,',
    'Wellington 6012',
    '(64-4) 476-6113;',
    '(64-4) 476-6742',
    'This email address is being protected from spambots. You need JavaScript enabled to view it.',
    'This email address is being protected from spambots. You need JavaScript enabled to view it.',
  ];
  const text = [title, '', 'Saturday, 03 March 2018 10:15', '', ...paragraphs, '', ...furniture].join('\n');
  return { text, title, paragraphs, publishedAt: '2018-03-03T10:15:00' };
}
