import type { ReleaseIngestedV1 } from '@demarche/contracts';

/**
 * Splits releases into consecutive groups in which no id and no text repeats: a repeat waits for
 * the group before it, so it is an update or a duplicate exactly as it would be pushed alone.
 */
export function withoutRepeats<P extends { event: Pick<ReleaseIngestedV1, 'id' | 'contentHash'> }>(prepared: P[], maxGroup = 64): P[][] {
  const groups: P[][] = [];
  let group: P[] = [];
  const seen = new Set<string>();
  for (const p of prepared) {
    if (group.length >= maxGroup || seen.has(p.event.id) || seen.has(p.event.contentHash)) {
      groups.push(group);
      group = [];
      seen.clear();
    }
    group.push(p);
    seen.add(p.event.id).add(p.event.contentHash);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
