import { Injectable, Logger } from '@nestjs/common';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { normalizeForHash } from '@demarche/text';
import { QueryFailedError } from 'typeorm';
import { ReleasesConfig, TemplateConfig } from '../config/ingest.config.js';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { minhashSignature } from '../dedupe/minhash.js';
import { TemplateService } from '../templates/template.service.js';
import { KeyedLock } from './keyed-lock.js';
import { ledgerRow } from './ledger-row.js';
import { ingestOutcome, learnsTemplate, toReleaseEvent, type IngestInput, type IngestOutcome } from './release-event.js';
import { UnprocessableReleaseError } from './release.errors.js';
import { ReleaseLedgerRepository } from './release-ledger.repository.js';
import { ReleasePublisher } from './release-publisher.js';
import { SecondOpinionService } from './second-opinion.service.js';
import { withoutRepeats } from './without-repeats.js';

interface Prepared {
  index: number;
  input: IngestInput;
  event: ReleaseIngestedV1;
  /** The paragraphs before the source's template was stripped (what template learning counts). */
  extracted: string[];
  learning: boolean;
}

type Settled = PromiseSettledResult<IngestOutcome>;

/**
 * Ingests releases: each input becomes an event (release-event.ts decides it), a copy of a known
 * text becomes a sighting, a new release or revision is recorded in the ledger, then published.
 */
@Injectable()
export class ReleasesService {
  private readonly logger = new Logger(ReleasesService.name);
  private readonly lock = new KeyedLock();

  constructor(
    private readonly ledger: ReleaseLedgerRepository,
    private readonly dedupe: DedupeService,
    private readonly publisher: ReleasePublisher,
    private readonly config: ReleasesConfig,
    private readonly templateConfig: TemplateConfig,
    private readonly templates: TemplateService,
    private readonly secondOpinion: SecondOpinionService,
  ) {}

  async ingest(input: IngestInput): Promise<IngestOutcome> {
    const [result] = await this.ingestMany([input]);
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  }

  /**
   * Ingests releases together, with the result of each, in order: the same outcomes as one push
   * after another, in a few queries, one ledger transaction and one produce request for the lot.
   */
  async ingestMany(inputs: IngestInput[]): Promise<Settled[]> {
    const results: Settled[] = new Array(inputs.length);
    const prepared: Prepared[] = [];
    const opinions = await Promise.all(inputs.map((input) => this.secondOpinion.paragraphsOf(input)));
    for (const [index, input] of inputs.entries()) {
      try {
        const event = this.eventOf(input, opinions[index]);
        // The id and content hash come from the generic extraction, before the source's template is
        // stripped: what was learnt so far changes with every document, and ids must not.
        const extracted = event.paragraphs;
        const learning = learnsTemplate(this.templateConfig.learning, input);
        if (learning) event.paragraphs = await this.templates.strip(event.source.id, extracted);
        prepared.push({ index, input, event, extracted, learning });
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
    for (const group of withoutRepeats(prepared)) {
      // Two copies of one text arriving together must not both become releases: one group at a time
      // per text here, and across instances the primary key settles it (the loser retries alone).
      const outcomes = await this.lock
        .runAll(group.map((p) => p.event.contentHash), () => this.recordGroup(group))
        .catch((reason: unknown) => group.map((): Settled => ({ status: 'rejected', reason })));
      for (const [i, p] of group.entries()) {
        results[p.index] = outcomes[i];
        // A new release only: an update or a duplicate of a known one would count its blocks twice.
        const outcome = outcomes[i];
        if (p.learning && outcome.status === 'fulfilled' && outcome.value.status === 'accepted') {
          await this.templates.learn(p.event.source.id, p.extracted);
        }
      }
    }
    return results;
  }

  /** The event the current extractors make of an input (no ledger write, no publish): see ReextractService. */
  async extractEvent(input: IngestInput): Promise<ReleaseIngestedV1> {
    return this.eventOf(input, await this.secondOpinion.paragraphsOf(input));
  }

  private eventOf(input: IngestInput, secondOpinion: string[] | undefined): ReleaseIngestedV1 {
    try {
      return toReleaseEvent(input, { source: this.config.defaultSource, timezone: this.config.defaultTimezone }, secondOpinion);
    } catch (error) {
      if (error instanceof UnprocessableReleaseError && error.code === 'EXTRACT.UNPARSABLE') {
        this.logger.warn({ msg: 'extraction failed', error: (error.cause as Error)?.message });
      }
      throw error;
    }
  }

  private async recordGroup(group: Prepared[]): Promise<Settled[]> {
    try {
      return await this.record(group);
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
      // Another instance wrote one of these first: each alone, the loser as a new revision.
      if (group.length > 1) {
        const outcomes: Settled[] = [];
        for (const p of group) outcomes.push(...(await this.recordGroup([p]).catch((reason: unknown) => [{ status: 'rejected' as const, reason }])));
        return outcomes;
      }
      this.logger.warn({ msg: 'concurrent write, retrying', releaseId: group[0].event.id, error: error.message });
      return this.record([{ ...group[0], event: { ...group[0].event, revision: Date.now() } }]);
    }
  }

  /** Records a group whose ids and texts are all different (see `withoutRepeats`). */
  private async record(group: Prepared[]): Promise<Settled[]> {
    const outcomes = new Map<Prepared, Promise<IngestOutcome>>();

    // The same normalised text from any source is one release: note where it was seen.
    const known = await this.dedupe.findExact(group.map((p) => p.event.contentHash));
    const fresh: Prepared[] = [];
    for (const p of group) {
      const same = known.get(p.event.contentHash);
      if (!same) {
        fresh.push(p);
        continue;
      }
      const recorded = JSON.parse(same.event) as ReleaseIngestedV1;
      await this.dedupe.recordSighting(same.id, p.event.source.id, p.event.url, p.event.ingestedAt);
      // Recorded but its publish never completed: finish the job with the recorded event.
      const outcome =
        same.status === 'received'
          ? this.publisher.publish(recorded).then(() => ingestOutcome(recorded, 'accepted'))
          : Promise.resolve(ingestOutcome(recorded, 'duplicate'));
      // Settled below, after the other releases' writes: a failure must not count as unhandled meanwhile.
      outcome.catch(() => undefined);
      outcomes.set(p, outcome);
    }

    if (fresh.length > 0) {
      const clusterOfKnown = await this.ledger.clustersOfKnown(fresh.map((p) => p.event.id));
      const signed = fresh.map((p) => ({ id: p.event.id, signature: minhashSignature(p.event.paragraphs.map(normalizeForHash).join('\n')) }));
      const clusters = await this.dedupe.clustersOf(signed);
      fresh.forEach((p, i) => (p.event.nearDuplicateClusterId = clusterOfKnown.get(p.event.id) ?? clusters[i] ?? p.event.id));
      await this.ledger.record(
        fresh.map((p, i) => ({ row: ledgerRow(p.event, p.input, signed[i].signature), signature: signed[i].signature, revision: clusterOfKnown.has(p.event.id) })),
      );
      const published = this.publisher.publishAll(fresh.map((p) => p.event));
      fresh.forEach((p, i) => {
        const status = clusterOfKnown.has(p.event.id) ? 'updated' : 'accepted';
        outcomes.set(
          p,
          published[i].then(() => {
            this.logger.log({ msg: `release ${status}`, releaseId: p.event.id, source: p.event.source.id, clusterId: p.event.nearDuplicateClusterId });
            return ingestOutcome(p.event, status);
          }),
        );
      });
    }
    return Promise.allSettled(group.map((p) => outcomes.get(p)!));
  }
}
