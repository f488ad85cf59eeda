/**
 * Reads a log whose sequence numbers are handed out before their transactions commit: seq 11
 * can become visible before seq 10 does, and a rolled-back insert leaves 10 missing for good.
 * The cursor only passes a hole once it has stayed open for `gapWaitMs`, so readers see the
 * log in order and whole, unless a writer took longer than that to commit.
 */
export class LogCursor {
  private hole?: { after: number; since: number };

  constructor(
    /** The last sequence number passed on. */
    public position: number,
    private readonly gapWaitMs: number,
  ) {}

  /** Of `rows` (seq ascending, all after `position`), those that may be passed on now, in order. */
  advance<T extends { seq: number }>(rows: T[], now = Date.now()): T[] {
    const out: T[] = [];
    for (const row of rows) {
      if (row.seq <= this.position) continue;
      if (row.seq !== this.position + 1) {
        if (this.hole?.after !== this.position) this.hole = { after: this.position, since: now };
        if (now - this.hole.since < this.gapWaitMs) break;
      }
      this.hole = undefined;
      out.push(row);
      this.position = row.seq;
    }
    return out;
  }
}
