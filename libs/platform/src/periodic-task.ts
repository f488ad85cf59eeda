/**
 * Work done on a timer from start() to stop(): never two runs at once (a tick that finds one
 * running joins it), and stop() waits for the run in progress. An interval of 0 never ticks;
 * run() still works on demand.
 */
export class PeriodicTask<T> {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => Promise<T>,
  ) {}

  start(): void {
    if (this.intervalMs > 0) this.timer = setInterval(() => void this.run(), this.intervalMs);
  }

  run(): Promise<T> {
    this.running ??= this.work().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
