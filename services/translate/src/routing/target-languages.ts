/**
 * Target languages of a release: the deployment's TRANSLATION_TARGETS plus the extra targets of
 * its source from TRANSLATION_SOURCE_TARGETS (`exteriores.gob.es:en;mid.ru:en,es`). A source
 * entry matches the source id itself and its subdomains (`mid.ru` covers `embassy-india.mid.ru`).
 * A release is never translated into its own language.
 */
export class TargetLanguages {
  private readonly deployment: string[];
  private readonly bySource: [string, string[]][];

  constructor(targets: string, sourceTargets: string) {
    this.deployment = list(targets);
    this.bySource = sourceTargets
      .split(';')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const at = entry.lastIndexOf(':');
        return [entry.slice(0, at), list(entry.slice(at + 1))];
      });
  }

  for(release: { language: string; source: { id: string } }): string[] {
    const extra = this.bySource.filter(([source]) => matches(release.source.id, source)).flatMap(([, langs]) => langs);
    return [...new Set([...this.deployment, ...extra])].filter((t) => t !== release.language);
  }
}

export const SOURCE_TARGETS_PATTERN = /^$|^[a-z0-9][a-z0-9._-]*:[a-z]{2}(,[a-z]{2})*(;[a-z0-9][a-z0-9._-]*:[a-z]{2}(,[a-z]{2})*)*$/;

const list = (csv: string) => csv.split(',').map((s) => s.trim()).filter(Boolean);

const matches = (sourceId: string, entry: string) => sourceId === entry || sourceId.endsWith(`.${entry}`);
