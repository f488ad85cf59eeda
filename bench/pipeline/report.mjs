// Figures and the self-contained HTML chart (inline SVG, no scripts, nothing fetched) of the pipeline benchmark.

export const STAGES = [
  ['received', 'published'],
  ['published', 'translated'],
  ['translated', 'enriched'],
  ['enriched', 'indexed'],
  ['indexed', 'searchable'],
];

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const round = (v) => (Number.isFinite(v) ? Math.round(v) : null);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)),
  };
}

/** Per-release milliseconds between consecutive stages, from the ledger's times and the searchable poll. */
export function stageBreakdown(records) {
  const out = {};
  for (const [from, to] of STAGES) {
    out[`${from}→${to}`] = summarize(records.map((r) => r.times[to] - r.times[from]));
  }
  return out;
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function barChart(title, groups, unit) {
  // groups: [{ label, bars: [{ name, value, color }] }]
  const width = 760;
  const rowH = 18;
  const labelW = 190;
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)));
  let y = 30;
  const parts = [`<text x="0" y="16" font-weight="bold">${esc(title)}</text>`];
  for (const group of groups) {
    parts.push(`<text x="0" y="${y + 13}">${esc(group.label)}</text>`);
    for (const bar of group.bars) {
      const w = Math.max(0, ((bar.value ?? 0) / max) * (width - labelW - 120));
      parts.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${bar.color}"/>`);
      parts.push(`<text x="${labelW + w + 6}" y="${y + 12}" font-size="11">${esc(bar.name)} ${bar.value ?? '—'} ${unit}</text>`);
      y += rowH;
    }
    y += 8;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 10}" font-family="sans-serif" font-size="12">${parts.join('')}</svg>`;
}

export function htmlReport(result) {
  const colors = { p50: '#4c78a8', p95: '#f58518', p99: '#e45756' };
  const sections = result.runs.map((run) => {
    const latency = barChart(
      `Latency per stage, translation ${run.translation} (${run.releases} releases)`,
      [
        ...Object.entries(run.stages).map(([label, s]) => ({ label, bars: ['p50', 'p95', 'p99'].map((p) => ({ name: p, value: s[p], color: colors[p] })) })),
        { label: 'accepted→searchable', bars: ['p50', 'p95', 'p99'].map((p) => ({ name: p, value: run.latency[p], color: colors[p] })) },
      ],
      'ms',
    );
    const throughput = barChart(
      `Throughput, translation ${run.translation}`,
      [
        { label: 'pipeline (push→searchable)', bars: [{ name: '', value: run.throughputRps, color: '#54a24b' }] },
        { label: 'direct _bulk (same docs)', bars: [{ name: '', value: run.directBulk?.rps != null ? Math.round(run.directBulk.rps) : null, color: '#b279a2' }] },
      ],
      'releases/s',
    );
    const cpu = barChart(
      `CPU ms per release, translation ${run.translation} (direct _bulk: ${run.directBulk?.cpu?.msPerItem.total ?? '—'} ms per document)`,
      Object.entries(run.cpu?.msPerItem ?? {}).map(([label, ms]) => ({ label: label === 'rest' ? 'Kafka, Elasticsearch, PostgreSQL' : label, bars: [{ name: '', value: ms, color: '#72b7b2' }] })),
      'ms',
    );
    return `<h2>Translation ${esc(run.translation)}</h2><p>throughput ratio ${run.throughputRatio ?? '—'} (CPU ceiling ${run.ceilingRatio ?? '—'}); p50 ${run.latency.p50} ms, p95 ${run.latency.p95} ms, p99 ${run.latency.p99} ms${run.steady ? `; at a steady ${run.steady.rate} releases/s: p50 ${run.steady.latency.p50} ms, p95 ${run.steady.latency.p95} ms, p99 ${run.steady.latency.p99} ms` : ''}</p>${throughput}${latency}${cpu}`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Démarche pipeline benchmark ${esc(result.startedAt)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:820px}svg{display:block;margin:1em 0}</style></head>
<body><h1>Démarche pipeline benchmark</h1><p>${esc(result.startedAt)} · ${esc(result.database)} · goal: ≥ 0.5 of direct bulk, p99 ≤ 3000 ms without translation</p>
${sections.join('\n')}
<p><small>Stage times from the ingest ledger (each stage's event time, <code>ce_time</code>); searchable = first seen by a search polling Elasticsearch. CPU from /proc: each service's own, the rest of the machine as Kafka, Elasticsearch and PostgreSQL.</small></p>
</body></html>
`;
}
