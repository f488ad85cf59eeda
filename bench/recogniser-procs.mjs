// CPU time and resident memory of the stack's recogniser servers (deploy/local/stack starts each
// in its own process group, pid in .stack/run/<name>.pid), read from /proc, for bench/enrich.mjs.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_S = 100; // USER_HZ on Linux

function groupOf(name, stateDir) {
  try {
    return Number(readFileSync(`${stateDir}/run/${name}.pid`, 'utf8').trim());
  } catch {
    return undefined;
  }
}

/** CPU ms (user + system) and RSS MB summed over each server's process group. */
export function sampleRecognisers(stateDir, names = ['corenlp', 'natasha']) {
  const groups = new Map(names.map((n) => [groupOf(n, stateDir), n]).filter(([g]) => g));
  const out = Object.fromEntries(names.map((n) => [n, { cpuMs: 0, rssMb: 0, procs: 0 }]));
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = groups.get(Number(f[2])); // field 5, the process group
    if (!name) continue;
    out[name].cpuMs += ((Number(f[11]) + Number(f[12])) / TICKS_PER_S) * 1000;
    out[name].rssMb += (Number(f[21]) * 4096) / 1048576;
    out[name].procs++;
  }
  return out;
}
