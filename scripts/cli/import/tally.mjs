/** Counts and a one-line progress bar on stderr (only on a terminal). */
export class Tally {
  ingested = 0;
  duplicates = 0;
  rejected = 0;
  files = 0;
  reasons = new Map();
  examples = [];

  constructor(total) {
    this.total = total;
    this.tty = process.stderr.isTTY;
  }

  result(where, body) {
    if (body.status === 'duplicate') this.duplicates++;
    else this.ingested++;
    this.draw();
  }

  reject(where, code, why) {
    this.rejected++;
    this.reasons.set(code, (this.reasons.get(code) ?? 0) + 1);
    if (this.examples.length < 50) this.examples.push(`  ${where}: ${code} ${why}`);
    this.draw();
  }

  fileDone() {
    this.files++;
    this.draw();
  }

  draw() {
    if (!this.tty) return;
    const width = 30;
    const filled = Math.round((this.files / this.total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.files}/${this.total} files  ingested ${this.ingested}  duplicates ${this.duplicates}  rejected ${this.rejected}\x1b[K`,
    );
  }

  finish() {
    if (this.tty) process.stderr.write('\n');
    console.log(`import: files=${this.total} ingested=${this.ingested} duplicates=${this.duplicates} rejected=${this.rejected}`);
    for (const [code, count] of [...this.reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${code}: ${count}`);
    if (this.examples.length > 0) console.log(`rejected:\n${this.examples.join('\n')}`);
  }
}
