/**
 * Collects single writes from concurrent callers into batches, flushed by count, size or
 * age. Each caller's promise settles with the result of its own item, so a Kafka offset is
 * committed only once that one document was acknowledged.
 */
export interface BatcherLimits {
  maxItems: number;
  maxBytes: number;
  maxWaitMs: number;
}

export interface BatchEntry<I> {
  item: I;
  bytes: number;
}

/** Sends one batch; returns one settled result per item, in order (throw = the whole batch failed). */
export type BatchSender<I, R> = (items: I[]) => Promise<PromiseSettledResult<R>[]>;

interface Pending<I, R> extends BatchEntry<I> {
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

export class BulkBatcher<I, R> {
  private pending: Pending<I, R>[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly limits: BatcherLimits,
    private readonly send: BatchSender<I, R>,
  ) {}

  add(item: I, bytes: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      // An item that alone passes the byte limit still goes out, in a batch of its own.
      if (this.pending.length > 0 && this.pendingBytes + bytes > this.limits.maxBytes) this.flush();
      this.pending.push({ item, bytes, resolve, reject });
      this.pendingBytes += bytes;
      if (this.pending.length >= this.limits.maxItems || this.pendingBytes >= this.limits.maxBytes) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.limits.maxWaitMs);
    });
  }

  /** Sends what is pending now; resolves when every batch in flight has settled. */
  async drain(): Promise<void> {
    this.flush();
    await Promise.all([...this.inFlight]);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.pendingBytes = 0;
    const done = this.sendBatch(batch).finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  private async sendBatch(batch: Pending<I, R>[]): Promise<void> {
    let results: PromiseSettledResult<R>[];
    try {
      results = await this.send(batch.map((p) => p.item));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const result = results[i];
      if (!result) p.reject(new Error(`bulk response has no item ${i} of ${batch.length}`));
      else if (result.status === 'fulfilled') p.resolve(result.value);
      else p.reject(result.reason);
    });
  }
}
