import { describe, expect, it } from 'vitest';
import { recogniserFromEnv } from '@demarche/nlp';

// The stack's own CoreNLP server with the Spanish model trained on CoNLL-2002 (libs/nlp/recogniser).
describe('the Spanish recogniser, through the real CoreNLP server', () => {
  const sentence = 'El ministro de Asuntos Exteriores , José Manuel Albares , se reunió en Bogotá con la Organización de Estados Americanos .';

  it('finds the person, the place and the body of a ministry sentence', async () => {
    const found = await recogniserFromEnv({ timeoutMs: 120_000 }).recognise(sentence, 'es');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'PER', text: 'José Manuel Albares' }),
        expect.objectContaining({ type: 'LOC', text: 'Bogotá' }),
        expect.objectContaining({ type: 'ORG', text: 'Organización de Estados Americanos' }),
      ]),
    );
  });

  // CoNLL-2002 lost its "y" between capitalised words ("Ministerio de Industria. Comercio"):
  // scored on the gold's tokens and sentences, such a name is one name; with CoreNLP's own
  // sentence splitter it is two.
  it('reads CoNLL gold on its own tokens and sentences when told the text is pre-tokenised', async () => {
    const text = `${sentence}\nEl Ministerio de Industria. Comercio ( MIC ) apoya a Brown and Williamson Tobacco, Corp .`;
    const gold = await recogniserFromEnv({ timeoutMs: 120_000, pretokenised: true }).recognise(text, 'es');
    const own = await recogniserFromEnv({ timeoutMs: 120_000 }).recognise(text, 'es');
    for (const m of gold) {
      expect(m.start === 0 || /\s/.test(text[m.start - 1]!), m.text).toBe(true);
      expect(m.end === text.length || /\s/.test(text[m.end]!), m.text).toBe(true);
    }
    expect(gold.map((m) => m.text)).toContain('Ministerio de Industria. Comercio');
    expect(own.map((m) => m.text)).not.toContain('Ministerio de Industria. Comercio');
  });
});
