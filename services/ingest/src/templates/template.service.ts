import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { blockFingerprint, SourceTemplate, type BlockCount, type TemplateThresholds } from '@demarche/text';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { TemplateConfig } from '../config/ingest.config.js';
import { KeyedLock } from '../releases/keyed-lock.js';
import { SourceTemplateRecord } from './source-template.entity.js';
import { TemplateBlockRecord } from './template-block.entity.js';

/**
 * Per-source template learning, kept in the database: blocks that recur across many documents of
 * one source are its page furniture and are stripped from its releases (and from earlier ones on
 * replay). Only the blocks a document holds are read, so a strip costs two small queries.
 */
@Injectable()
export class TemplateService {
  private readonly logger = new Logger(TemplateService.name);
  private readonly lock = new KeyedLock();
  private readonly thresholds: TemplateThresholds;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: TemplateConfig,
  ) {
    this.thresholds = { minDocuments: config.minDocuments, minShare: config.minShare, window: config.window };
  }

  /** The paragraphs without the source's learnt template (never all of them). */
  async strip(sourceId: string, paragraphs: string[]): Promise<string[]> {
    const template = await this.load(this.dataSource.manager, sourceId, paragraphs.map(blockFingerprint));
    return template ? template.strip(paragraphs) : paragraphs;
  }

  /** Counts one more document of the source. Concurrent learners of one source take turns. */
  async learn(sourceId: string, paragraphs: string[]): Promise<void> {
    await this.lock.run(`template:${sourceId}`, () =>
      this.dataSource.transaction(async (manager) => {
        const row = await manager.findOneBy(SourceTemplateRecord, { sourceId });
        const window = row ? (JSON.parse(row.window) as string[][]) : [];
        // The blocks this document adds and the ones the oldest document takes away when it leaves the window.
        const touched = [...new Set([...paragraphs.map(blockFingerprint), ...(window.length >= this.thresholds.window ? window[0]! : [])])];
        const template = (await this.load(manager, sourceId, touched, row)) ?? new SourceTemplate(undefined, this.thresholds);
        const { added, evicted } = template.learn(paragraphs);
        await manager.save(SourceTemplateRecord, {
          sourceId,
          documents: template.state.documents,
          window: JSON.stringify(template.state.window),
          updatedAt: new Date().toISOString(),
        });
        const changed = [...new Set([...added, ...evicted])].map((fingerprint) => ({ sourceId, fingerprint, ...template.state.blocks.get(fingerprint)! }));
        for (let start = 0; start < changed.length; start += 200) await manager.save(TemplateBlockRecord, changed.slice(start, start + 200));
      }),
    ).catch((error: Error) => {
      // Learning is an optimisation: a failed update never fails the release that triggered it.
      this.logger.warn({ msg: 'template learning failed', source: sourceId, error: error.message });
    });
  }

  private async load(
    manager: EntityManager,
    sourceId: string,
    fingerprints: string[],
    knownRow?: SourceTemplateRecord | null,
  ): Promise<SourceTemplate | undefined> {
    const row = knownRow === undefined ? await manager.findOneBy(SourceTemplateRecord, { sourceId }) : knownRow;
    if (!row) return undefined;
    const blocks = new Map<string, BlockCount>();
    const unique = [...new Set(fingerprints)];
    for (let start = 0; start < unique.length; start += 500) {
      const found = await manager.findBy(TemplateBlockRecord, { sourceId, fingerprint: In(unique.slice(start, start + 500)) });
      for (const block of found) blocks.set(block.fingerprint, { documents: block.documents, recent: block.recent });
    }
    return new SourceTemplate({ documents: row.documents, window: JSON.parse(row.window) as string[][], blocks }, this.thresholds);
  }
}
