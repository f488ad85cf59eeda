/** At most one request per host every `intervalMs`: callers wait their turn, in order. */
export class HostRateLimiter {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.intervalMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
