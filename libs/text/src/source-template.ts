import { createHash } from 'node:crypto';
import { normalizeForHash } from './normalize-for-hash.js';

/** When a block counts as the source's template rather than a release's text. */
export interface TemplateThresholds {
  /** Seen in at least this many documents of the source… */
  minDocuments: number;
  /** …and in at least this share of its last `window` documents. */
  minShare: number;
  /** How many recent documents the share is measured over. */
  window: number;
}

export const DEFAULT_TEMPLATE_THRESHOLDS: Readonly<TemplateThresholds> = { minDocuments: 3, minShare: 0.3, window: 50 };

export interface BlockCount {
  /** Documents of the source that held the block, ever. */
  documents: number;
  /** Documents among the recent window that held it. */
  recent: number;
}

/** What a template remembers; plain data, so a store can keep it as rows and JSON. */
export interface SourceTemplateState {
  documents: number;
  /** Fingerprint sets of the recent documents, oldest first. */
  window: string[][];
  blocks: Map<string, BlockCount>;
}

export interface LearnedDocument {
  /** Fingerprints whose counts went up (documents and recent). */
  added: string[];
  /** Fingerprints of the document that left the window (recent went down). */
  evicted: string[];
}

/**
 * A paragraph's fingerprint: the hash of its hash form (NFKC, quotes, spacing, case). Numbers are
 * kept: paragraphs that differ only in a figure ("mission 3", "1 234 cases") are release text, and
 * the furniture whose numbers change (view counters) is caught by the generic filter.
 */
export const blockFingerprint = (paragraph: string): string =>
  createHash('sha256').update(normalizeForHash(paragraph), 'utf8').digest('hex').slice(0, 16);

const fingerprintsOf = (paragraphs: readonly string[]): string[] => [...new Set(paragraphs.map(blockFingerprint))].sort();

/**
 * One source's template, learnt across its documents: a block (paragraph) that recurs in many of
 * them is page furniture the generic extractor kept (a slogan, an address line, a disclaimer), not
 * release text. Deterministic: the same state and paragraphs always strip the same way.
 */
export class SourceTemplate {
  readonly state: SourceTemplateState;

  constructor(
    state?: Partial<SourceTemplateState>,
    readonly thresholds: TemplateThresholds = DEFAULT_TEMPLATE_THRESHOLDS,
  ) {
    this.state = { documents: state?.documents ?? 0, window: state?.window ?? [], blocks: state?.blocks ?? new Map() };
  }

  isBoilerplate(fingerprint: string): boolean {
    const count = this.state.blocks.get(fingerprint);
    if (!count || count.documents < this.thresholds.minDocuments) return false;
    const windowSize = Math.max(1, this.state.window.length);
    return count.recent >= this.thresholds.minShare * windowSize;
  }

  /**
   * The paragraphs without the template's blocks. A page made of template blocks only keeps its
   * paragraphs as they are: the template must never take a release's whole body.
   */
  strip(paragraphs: readonly string[]): string[] {
    const kept = paragraphs.filter((paragraph) => !this.isBoilerplate(blockFingerprint(paragraph)));
    return kept.length > 0 ? kept : [...paragraphs];
  }

  /** Counts one more document of the source (each of its blocks once). */
  learn(paragraphs: readonly string[]): LearnedDocument {
    const added = fingerprintsOf(paragraphs);
    for (const fingerprint of added) {
      const count = this.state.blocks.get(fingerprint) ?? { documents: 0, recent: 0 };
      this.state.blocks.set(fingerprint, { documents: count.documents + 1, recent: count.recent + 1 });
    }
    this.state.documents += 1;
    this.state.window.push(added);
    const evicted = this.state.window.length > this.thresholds.window ? this.state.window.shift()! : [];
    for (const fingerprint of evicted) {
      const count = this.state.blocks.get(fingerprint);
      if (count) this.state.blocks.set(fingerprint, { ...count, recent: Math.max(0, count.recent - 1) });
    }
    return { added, evicted };
  }
}
