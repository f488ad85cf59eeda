import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { encodeSignature } from '../dedupe/minhash.js';
import { encodeRaw } from './raw-codec.js';
import type { IngestInput } from './release-event.js';
import type { ReleaseRecord } from './release.entity.js';

/** The ledger row of a new release (or new revision): received, not yet confirmed on Kafka. */
export function ledgerRow(event: ReleaseIngestedV1, input: Pick<IngestInput, 'contentType' | 'rawBytes' | 'content'>, signature: Uint32Array): ReleaseRecord {
  return {
    id: event.id,
    sourceId: event.source.id,
    url: event.url ?? null,
    title: event.title,
    contentHash: event.contentHash,
    revision: event.revision,
    status: 'received',
    contentType: input.contentType,
    ...encodeRaw(input.rawBytes ?? input.content),
    event: JSON.stringify(event),
    clusterId: event.nearDuplicateClusterId ?? null,
    signature: encodeSignature(signature),
    receivedAt: event.ingestedAt,
    publishedAt: null,
    translatedAt: null,
    enrichedAt: null,
    indexedAt: null,
    lastError: null,
    lastErrorAt: null,
    lastErrorStage: null,
    lastErrorCode: null,
  };
}
