import { Brackets, type Repository } from 'typeorm';
import { LEDGER_STAGES, ReleaseRecord, type LedgerStatus } from './release.entity.js';

export type RecordedStage = Exclude<LedgerStatus, 'received'>;

/** Entity property and SQL column of each stage's time. */
const COLUMN = {
  published: ['publishedAt', 'published_at'],
  translated: ['translatedAt', 'translated_at'],
  enriched: ['enrichedAt', 'enriched_at'],
  indexed: ['indexedAt', 'indexed_at'],
} as const satisfies Record<RecordedStage, readonly [keyof ReleaseRecord, string]>;

export interface StageMark {
  id: string;
  revision: number;
}

/**
 * Records that `releases` reached `stage` at `at`, in one statement that keeps the stage times
 * consistent however the writes interleave: the consumer may see `enriched` before `translated`,
 * and a stage's event may arrive before ingest has confirmed its own publish. So a write fills
 * every earlier stage still missing with its own time, and each column keeps the earliest time
 * written to it: when the earlier stage's own (earlier) time arrives, it replaces the filler.
 * The status only moves forward. ISO-8601 UTC strings compare in time order.
 *
 * `revision: 'exact'` matches the revision confirmed on Kafka; `'atMost'` lets a later stage of
 * an older revision be ignored, never recorded on a newer one.
 */
export async function recordStageTimes(
  ledger: Repository<ReleaseRecord>,
  releases: StageMark[],
  stage: RecordedStage,
  at: string,
  revision: 'exact' | 'atMost' = 'atMost',
): Promise<number> {
  if (releases.length === 0) return 0;
  const upTo = LEDGER_STAGES.slice(1, LEDGER_STAGES.indexOf(stage) + 1) as RecordedStage[];
  const earlier = LEDGER_STAGES.slice(0, LEDGER_STAGES.indexOf(stage));
  const set: Record<string, () => string> = {
    status: () => 'CASE WHEN status IN (:...earlier) THEN :stage ELSE status END',
  };
  for (const s of upTo) {
    const [property, column] = COLUMN[s];
    set[property] = () => `CASE WHEN ${column} IS NULL OR ${column} > :at THEN :at ELSE ${column} END`;
  }
  const op = revision === 'exact' ? '=' : '<=';
  const result = await ledger
    .createQueryBuilder()
    .update(ReleaseRecord)
    .set(set)
    .where(
      new Brackets((where) =>
        releases.forEach((r, i) => where.orWhere(`(id = :id${i} AND revision ${op} :revision${i})`, { [`id${i}`]: r.id, [`revision${i}`]: r.revision })),
      ),
    )
    .setParameters({ earlier, stage, at })
    .execute();
  return result.affected ?? 0;
}
