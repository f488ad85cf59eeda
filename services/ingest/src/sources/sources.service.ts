import { readFile } from 'node:fs/promises';
import { Injectable, Logger, NotFoundException, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { describeValidationErrors } from '@demarche/contracts';
import { PeriodicTask } from '@demarche/platform';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LessThanOrEqual, IsNull, type Repository } from 'typeorm';
import { parse as parseYaml } from 'yaml';
import { PollingConfig } from '../config/ingest.config.js';
import { FeedPollerService } from './feed-poller.service.js';
import { SourceRecord } from './source.entity.js';
import { SOURCE_ID, SourceSettingsDto, type PollResultDto, type SourceDto } from './source.dto.js';

const DEFAULT_INTERVAL_SECONDS = 900;

/** The sources registry: API and sources.yaml write settings; the poller writes health. */
@Injectable()
export class SourcesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SourcesService.name);
  private readonly ticks: PeriodicTask<void>;

  constructor(
    @InjectRepository(SourceRecord) private readonly sources: Repository<SourceRecord>,
    private readonly poller: FeedPollerService,
    private readonly config: PollingConfig,
  ) {
    this.ticks = new PeriodicTask(config.tickMs, () => this.pollDue());
  }

  async onApplicationBootstrap() {
    const file = this.config.sourcesFile;
    if (file) await this.loadFile(file);
    this.ticks.start();
  }

  onApplicationShutdown() {
    return this.ticks.stop();
  }

  async list(): Promise<SourceDto[]> {
    return (await this.sources.find({ order: { id: 'ASC' } })).map(toDto);
  }

  async get(id: string): Promise<SourceDto> {
    return toDto(await this.record(id));
  }

  /** Creates or updates a source's settings; its health and feed validators are kept. */
  async upsert(id: string, settings: SourceSettingsDto): Promise<{ source: SourceDto; created: boolean }> {
    const existing = await this.sources.findOneBy({ id });
    const record = existing ?? this.sources.create({ id, consecutiveFailures: 0, itemsSeen: 0, itemsIngested: 0, itemsRejected: 0 });
    const kind = settings.kind === 'listing' || settings.kind === 'sitemap' ? settings.kind : 'feed';
    // Validators of another address or kind would make the first poll a wrong 304.
    const urlChanged = existing !== null && (existing.url !== settings.url || existing.kind !== kind);
    Object.assign(record, {
      kind,
      url: settings.url,
      publisher: settings.publisher ?? null,
      country: settings.country ?? null,
      language: settings.language ?? null,
      timezone: settings.timezone ?? null,
      intervalSeconds: settings.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      enabled: settings.enabled ?? true,
      fetchPages: settings.fetchPages ?? true,
      allowPrivateNetwork: settings.allowPrivateNetwork ?? false,
      itemSelector: settings.itemSelector ?? null,
      nextSelector: settings.nextSelector ?? null,
      maxPages: settings.maxPages ?? 3,
    });
    if (urlChanged) Object.assign(record, { etag: null, lastModified: null });
    record.nextPollAt ??= new Date().toISOString();
    return { source: toDto(await this.sources.save(record)), created: existing === null };
  }

  async remove(id: string): Promise<void> {
    const result = await this.sources.delete({ id });
    if (!result.affected) throw new NotFoundException({ code: 'SOURCE.UNKNOWN', message: `no source ${id}` });
  }

  async pollNow(id: string): Promise<PollResultDto> {
    return this.poller.poll(await this.record(id));
  }

  /** Polls every enabled source whose time has come, one after another. */
  private async pollDue(): Promise<void> {
    try {
      const now = new Date().toISOString();
      const due = await this.sources.find({
        where: [
          { enabled: true, nextPollAt: LessThanOrEqual(now) },
          { enabled: true, nextPollAt: IsNull() },
        ],
        take: 50,
      });
      for (const source of due) await this.poller.poll(source);
    } catch (error) {
      this.logger.warn({ msg: 'poll tick failed', error: (error as Error).message });
    }
  }

  /** sources.yaml: `sources: [{id, kind, url, publisher?, country?, language?, timezone?, interval? | intervalSeconds?, …}]`. */
  async loadFile(path: string): Promise<number> {
    const document = parseYaml(await readFile(path, 'utf8')) as { sources?: unknown[] } | null;
    let loaded = 0;
    for (const [index, entry] of (document?.sources ?? []).entries()) {
      const { id, interval, ...rest } = (entry ?? {}) as Record<string, unknown>;
      const settings = plainToInstance(SourceSettingsDto, { ...rest, ...(interval !== undefined ? { intervalSeconds: parseInterval(interval) } : {}) });
      const problems = describeValidationErrors(validateSync(settings, { whitelist: true, forbidNonWhitelisted: true }));
      if (typeof id !== 'string' || !SOURCE_ID.test(id)) problems.unshift('id: must be a lowercase slug (a-z, 0-9, . _ -)');
      if (problems.length > 0) {
        this.logger.error({ msg: `${path}: source #${index + 1} skipped`, problems });
        continue;
      }
      await this.upsert(id as string, settings);
      loaded++;
    }
    this.logger.log({ msg: 'sources loaded', file: path, count: loaded });
    return loaded;
  }

  private async record(id: string): Promise<SourceRecord> {
    const record = await this.sources.findOneBy({ id });
    if (!record) throw new NotFoundException({ code: 'SOURCE.UNKNOWN', message: `no source ${id}` });
    return record;
  }
}

/** `90`, `90s`, `15m`, `2h`, `1d` → seconds. */
export function parseInterval(value: unknown): number | unknown {
  if (typeof value === 'number') return value;
  const match = typeof value === 'string' ? value.trim().match(/^(\d+)\s*([smhd]?)$/) : null;
  if (!match) return value;
  return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
}

function toDto(r: SourceRecord): SourceDto {
  const opt = <T>(v: T | null) => v ?? undefined;
  return {
    id: r.id,
    kind: r.kind,
    url: r.url,
    publisher: opt(r.publisher),
    country: opt(r.country),
    language: opt(r.language),
    timezone: opt(r.timezone),
    intervalSeconds: r.intervalSeconds,
    enabled: r.enabled,
    fetchPages: r.fetchPages,
    allowPrivateNetwork: r.allowPrivateNetwork,
    ...(r.kind === 'listing' ? { maxPages: r.maxPages, itemSelector: opt(r.itemSelector), nextSelector: opt(r.nextSelector) } : {}),
    health: {
      state: !r.lastPolledAt ? 'never-polled' : r.consecutiveFailures > 0 ? 'failing' : 'ok',
      lastPolledAt: opt(r.lastPolledAt),
      lastSuccessAt: opt(r.lastSuccessAt),
      lastError: opt(r.lastError),
      lastErrorCode: opt(r.lastErrorCode),
      lastErrorAt: opt(r.lastErrorAt),
      consecutiveFailures: r.consecutiveFailures,
      itemsSeen: r.itemsSeen,
      itemsIngested: r.itemsIngested,
      itemsRejected: r.itemsRejected,
      nextPollAt: opt(r.nextPollAt),
    },
  };
}
