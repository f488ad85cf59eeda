import type { ExtractedEntity } from './entity.extractor.js';
import type { TopicConditions, TopicRule } from './kb.types.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { ReleaseText } from './release-text.js';
import { foldText } from './text-fold.js';

export interface TopicMatch {
  /** IPTC Media Topic code (`medtop:…`) or a topic feed slug. */
  code: string;
  label: string;
  /** Which rule matched and on what evidence. */
  why: string;
}

interface Evidence {
  entities: Map<string, ExtractedEntity>;
  countries: Set<string>;
  keywords: Map<TopicRule, Set<string>>;
  eventType?: string;
}

/**
 * Topics from the editor-written rules in data/topics.yaml. Keywords are found with one
 * Aho–Corasick pass per text over every rule's keywords at once.
 */
export function classifyTopics(kb: KnowledgeBase, texts: ReleaseText[], entities: ExtractedEntity[], countries: string[], eventType?: string): TopicMatch[] {
  const keywords = new Map<TopicRule, Set<string>>();
  for (const t of texts) {
    for (const hit of kb.keywordMatcher.find(t.text)) {
      for (const { value } of hit.targets) keywords.set(value.rule, (keywords.get(value.rule) ?? new Set()).add(value.keyword));
    }
  }
  const evidence: Evidence = { entities: new Map(entities.map((e) => [e.id, e])), countries: new Set(countries), keywords, eventType };
  const matches: TopicMatch[] = [];
  for (const rule of kb.topicRules) {
    const why = explain(rule, evidence);
    if (why) matches.push({ code: rule.code, label: rule.label, why });
  }
  return matches;
}

/** The evidence for `rule`, or undefined when it does not match. */
function explain(rule: TopicRule, ev: Evidence): string | undefined {
  const parts: string[] = [];
  if (rule.all) {
    const all = evidenceFor(rule, rule.all, ev);
    const required = count(rule.all);
    if (all.length < required) return undefined;
    parts.push(...all);
  }
  if (rule.any) {
    const any = evidenceFor(rule, rule.any, ev);
    if (!any.length) return undefined;
    parts.push(...any.slice(0, 4));
  }
  if (!parts.length) return undefined;
  return `${rule.code.startsWith('medtop:') ? 'iptc' : 'feed'} rule ${rule.code}: ${parts.join('; ')}`;
}

const count = (c: TopicConditions) => (c.entities?.length ?? 0) + (c.countries?.length ?? 0) + (c.keywords?.length ?? 0) + (c.eventTypes?.length ?? 0);

function evidenceFor(rule: TopicRule, c: TopicConditions, ev: Evidence): string[] {
  const out: string[] = [];
  for (const id of c.entities ?? []) {
    const e = ev.entities.get(id);
    if (e) out.push(`entity ${e.name} (${id})`);
  }
  for (const iso of c.countries ?? []) if (ev.countries.has(iso)) out.push(`country ${iso}`);
  const seen = ev.keywords.get(rule);
  const said = new Set<string>();
  for (const k of c.keywords ?? []) {
    const folded = foldText(k);
    if (seen?.has(k) && !said.has(folded)) {
      said.add(folded);
      out.push(`keyword "${k}"`);
    }
  }
  for (const t of c.eventTypes ?? []) if (ev.eventType === t) out.push(`event ${t}`);
  return out;
}
