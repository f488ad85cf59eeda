import { describe, expect, it } from 'vitest';
import { layoutText } from './release-text.js';
import { classifyTopics, producibleTopicCodes, topicRules } from './topic.classifier.js';

const topics = (title: string, ...paragraphs: string[]) =>
  classifyTopics(undefined, [{ in: 'original', language: 'en', ...layoutText(title, paragraphs) }], [], []);
const codes = (title: string, ...paragraphs: string[]) => topics(title, ...paragraphs).map((t) => t.code);

describe('topic rules', () => {
  it('cover at least 60 IPTC Media Topics, each with a label and evidence to look for', () => {
    const iptc = topicRules().rules.filter((r) => r.code.startsWith('medtop:'));
    expect(new Set(iptc.map((r) => r.code)).size).toBeGreaterThanOrEqual(60);
    for (const rule of iptc) {
      expect(rule.code).toMatch(/^medtop:\d{8}$/);
      expect(rule.label).toMatch(/^[a-z]/);
      expect(rule.any ?? rule.all).toBeDefined();
    }
    expect(producibleTopicCodes().has('korean-peninsula')).toBe(true);
  });

  it('tag a specific topic with the words that show it', () => {
    const found = topics('Senator welcomes new sanctions on Iran', 'The sanctions target the regime.');
    const sanction = found.find((t) => t.code === 'medtop:20000642')!;
    expect(sanction.label).toBe('economic sanction');
    expect(sanction.why).toBe('iptc rule medtop:20000642: keyword "sanctions" ×2 (title)');
  });

  it('never give a broad parent for a child alone, nor for a minister or a president', () => {
    const found = codes('The Minister and the President discuss Medicare', 'Medicare drug benefit for seniors.');
    expect(found).toContain('medtop:20000480');
    expect(found).not.toContain('medtop:07000000');
    expect(found).not.toContain('medtop:11000000');
  });

  it('need the stated weight of evidence, a word in the headline counting twice', () => {
    expect(codes('A bill on trade', 'It also mentions sanctions once.')).not.toContain('medtop:20000642');
    expect(codes('New sanctions on Iran', 'The bill is ready.')).toContain('medtop:20000642');
    expect(codes('A bill on the economy', 'It helps small businesses and the economy grow.')).not.toContain('medtop:04000000');
  });

  it('stand down when a veto word shows the release is about something else', () => {
    const grant = 'The Department of Homeland Security awards the fire department $50,000 under the Assistance to Firefighters Grant Program; homeland security matters.';
    expect(codes('Fire grant announced', grant)).not.toContain('medtop:20000598');
    expect(codes('Fire grant announced', grant)).toContain('medtop:20000168');
  });
});
