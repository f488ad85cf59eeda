// Checks on the entities before they are written: unique ids, and one owner per alias.

/**
 * Throws on a duplicate id; takes each ambiguous alias from the entities that lose it, and
 * returns the aliases dropped as ambiguous. Mutates `entities` (aliases, and the build-only rank).
 */
export function settleAliases(entities) {
  // Ids must be unique: a duplicate means two curated entries describe one thing.
  const seen = new Map();
  for (const e of entities) {
    if (seen.has(e.id)) throw new Error(`duplicate id ${e.id}: ${seen.get(e.id)} and ${e.name}`);
    seen.set(e.id, e.name);
  }

  // An alias that names two non-person entities goes to the one that matters more (a sovereign
  // state over a territory, a country over its capital city, as for "Singapore"); on a tie it is
  // ambiguous and dropped from both, and the build says so. Persons share surnames and are told
  // apart at run time by tenure.
  const rankOf = (e) => e.rank ?? (e.type === 'location' ? 1 : 2);
  const owners = new Map();
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const a of e.aliases) {
      const key = a.toLowerCase();
      const list = owners.get(key) ?? [];
      // "Américaine" and "américaine" are one alias of one entity.
      if (!list.includes(e)) owners.set(key, [...list, e]);
    }
  }
  const ambiguous = [];
  const losers = new Map();
  for (const [alias, list] of owners) {
    if (new Set(list.map((e) => e.id)).size < 2) continue;
    const best = Math.max(...list.map(rankOf));
    const top = list.filter((e) => rankOf(e) === best);
    if (top.length > 1) ambiguous.push(`${alias} (${[...new Set(top.map((e) => e.country ?? e.id))].join(' ')})`);
    for (const e of list) if (rankOf(e) < best || top.length > 1) losers.set(e.id, [...(losers.get(e.id) ?? []), alias]);
  }
  for (const e of entities) {
    const lost = losers.get(e.id);
    if (lost) e.aliases = e.aliases.filter((a) => !lost.includes(a.toLowerCase()));
    delete e.rank;
  }
  return ambiguous;
}
