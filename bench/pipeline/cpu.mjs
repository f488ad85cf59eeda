// Where the CPU goes: the machine's busy time (/proc/stat) and each service's own (/proc/<pid>/stat)
// over a measured window, per release. The pipeline and the direct-bulk baseline are compared on
// the same machine, so the CPU each spends per document bounds the throughput ratio: with every
// core busy, releases/s cannot pass cores × 1000 / (CPU ms per release). Linux only.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function machine() {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
  const total = fields.reduce((a, b) => a + b, 0);
  return { busyMs: (total - idle) * TICK_MS, totalMs: total * TICK_MS };
}

function processMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}

/** A reading of the machine and of each named process (`{ name: pid }`). */
export function cpuReading(pids) {
  return { machine: machine(), processes: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processMs(pid)])) };
}

/**
 * CPU ms per item between two readings: each named process, `rest` (Kafka, Elasticsearch,
 * PostgreSQL and anything else on the machine) and `total`; and how busy the machine was.
 */
export function cpuPerItem(before, after, items) {
  const per = (ms) => Number((ms / items).toFixed(2));
  const perProcess = {};
  let named = 0;
  for (const name of Object.keys(after.processes)) {
    const ms = after.processes[name] - (before.processes[name] ?? 0);
    named += ms;
    perProcess[name] = per(ms);
  }
  const busy = after.machine.busyMs - before.machine.busyMs;
  const elapsed = after.machine.totalMs - before.machine.totalMs;
  return {
    cores: availableParallelism(),
    machineBusyPct: elapsed > 0 ? Math.round((100 * busy) / elapsed) : 0,
    msPerItem: { ...perProcess, rest: per(Math.max(0, busy - named)), total: per(busy) },
  };
}
