import { Injectable } from '@nestjs/common';
import { rejectPrototypeKeys } from '@demarche/net';
import { ReleasesConfig } from '../config/ingest.config.js';
import { ndjsonLineGroups } from '../http/ndjson-lines.js';
import { outcomeOfError, type ErrorOutcome } from '../http/outcome-of-error.js';
import { jsonInput } from './push-input.js';
import { InvalidRequestError } from './release.errors.js';
import type { IngestInput, IngestOutcome } from './release-event.js';
import { ReleasesService } from './releases.service.js';

export type BatchResultLine =
  | ({ line: number } & IngestOutcome)
  | { line: number; status: 'rejected'; error: ErrorOutcome };

/**
 * Ingests an NDJSON stream and yields one result per record, in order: a bad line becomes a
 * `rejected` result with a machine-readable reason, never a failed batch. The lines read together
 * are ingested together, with the outcomes of pushes one after another (two copies of one text
 * dedupe like two pushes).
 */
@Injectable()
export class BatchService {
  constructor(
    private readonly releases: ReleasesService,
    private readonly config: ReleasesConfig,
  ) {}

  /** The most a batch may hold once decompressed: BATCH_MAX_LINES lines of at most MAX_BODY_BYTES, capped at 256 MiB. */
  maxBodyBytes(): number {
    return Math.min(this.config.batchMaxLines * this.config.maxBodyBytes, 256 * 1024 ** 2);
  }

  async *ingest(stream: AsyncIterable<Buffer | string>, defaultSource?: string): AsyncGenerator<BatchResultLine> {
    const maxLines = this.config.batchMaxLines;
    let records = 0;
    // The lines of each chunk read are ingested together (one ledger transaction, one produce request).
    for await (const group of ndjsonLineGroups(stream, this.config.maxBodyBytes)) {
      const results: (BatchResultLine | undefined)[] = [];
      const inputs: { at: number; line: number; input: IngestInput }[] = [];
      for (const item of group) {
        records++;
        if ('tooLong' in item) {
          results.push(rejected(item.line, { httpStatus: 413, code: 'INGEST.LINE_TOO_LARGE', message: 'line longer than MAX_BODY_BYTES' }));
        } else if ('invalidUtf8' in item) {
          results.push(rejected(item.line, { httpStatus: 400, code: 'INGEST.INVALID_UTF8', message: 'the line is not valid UTF-8' }));
        } else if (records > maxLines) {
          results.push(rejected(item.line, { httpStatus: 413, code: 'INGEST.BATCH_TOO_LONG', message: `a batch holds at most ${maxLines} records` }));
        } else {
          try {
            inputs.push({ at: results.length, line: item.line, input: parseLine(item.text, defaultSource) });
            results.push(undefined);
          } catch (error) {
            results.push(rejected(item.line, outcomeOfError(error)));
          }
        }
      }
      const outcomes = inputs.length > 0 ? await this.releases.ingestMany(inputs.map((i) => i.input)) : [];
      inputs.forEach(({ at, line }, i) => {
        const outcome = outcomes[i];
        results[at] = outcome.status === 'fulfilled' ? { line, ...outcome.value } : rejected(line, outcomeOfError(outcome.reason));
      });
      yield* results as BatchResultLine[];
    }
  }
}

function parseLine(text: string, defaultSource?: string): IngestInput {
  let plain: unknown;
  try {
    plain = JSON.parse(text, rejectPrototypeKeys);
  } catch (error) {
    throw new InvalidRequestError('INGEST.NOT_JSON', `not JSON: ${(error as Error).message}`);
  }
  if (defaultSource && typeof plain === 'object' && plain !== null && !Array.isArray(plain) && !('source' in plain)) {
    plain = { ...plain, source: defaultSource };
  }
  return jsonInput(plain);
}

const rejected = (line: number, error: ErrorOutcome): BatchResultLine => ({ line, status: 'rejected', error });
