import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { AliasMatcher } from './alias.matcher.js';
import type { ExtractedEntity } from './entity.extractor.js';
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

interface Conditions {
  entities?: string[];
  countries?: string[];
  keywords?: string[];
  eventTypes?: string[];
}

/** One rule of data/topics.yaml (see the file's header for the meaning of each part). */
export interface TopicRuleSpec {
  code: string;
  label: string;
  all?: Conditions;
  any?: Conditions;
  /** Weight of `any` evidence needed: a keyword counts once per occurrence, twice in the title; default 1. */
  min?: number;
  /** Keywords that veto the rule: the release is about something else. */
  not?: string[];
}

interface CompiledRules {
  rules: TopicRuleSpec[];
  keywords: AliasMatcher<{ rule: TopicRuleSpec; keyword: string; veto: boolean }>;
}

const TOPICS_FILE = new URL('../data/topics.yaml', import.meta.url);
let compiled: CompiledRules | undefined;

/** The rules, read once per process; topics are decided here only, not from kb.json. */
export function topicRules(file: URL | string = TOPICS_FILE): CompiledRules {
  if (compiled && file === TOPICS_FILE) return compiled;
  const doc = parse(readFileSync(file, 'utf8')) as { iptc?: TopicRuleSpec[]; feeds?: TopicRuleSpec[] };
  const rules = [...(doc.iptc ?? []), ...(doc.feeds ?? [])];
  const entries = rules.flatMap((rule) => [
    ...[...(rule.all?.keywords ?? []), ...(rule.any?.keywords ?? [])].map((keyword) => ({ alias: keyword, value: { rule, keyword, veto: false } })),
    ...(rule.not ?? []).map((keyword) => ({ alias: keyword, value: { rule, keyword, veto: true } })),
  ]);
  const result = { rules, keywords: new AliasMatcher(entries) };
  if (file === TOPICS_FILE) compiled = result;
  return result;
}

/** Every code enrichment can tag a release with: IPTC codes and topic feed slugs. */
export function producibleTopicCodes(): Set<string> {
  return new Set(topicRules().rules.map((r) => r.code));
}

interface Mentions {
  n: number;
  weight: number;
  inTitle: boolean;
}

interface Evidence {
  entities: Map<string, ExtractedEntity>;
  countries: Set<string>;
  /** Rule → keyword → its mentions. */
  keywords: Map<TopicRuleSpec, Map<string, Mentions>>;
  vetoed: Set<TopicRuleSpec>;
  eventType?: string;
}

/**
 * Topics from the editor-written rules in data/topics.yaml, each with its evidence. Keywords
 * are found with one Aho–Corasick pass per text over every rule's keywords at once. A broad
 * code is a rule like any other: it needs evidence of its own, never a child's.
 */
export function classifyTopics(_kb: KnowledgeBase | undefined, texts: ReleaseText[], entities: ExtractedEntity[], countries: string[], eventType?: string): TopicMatch[] {
  const { rules, keywords: matcher } = topicRules();
  const keywords = new Map<TopicRuleSpec, Map<string, Mentions>>();
  const vetoed = new Set<TopicRuleSpec>();
  for (const t of texts) {
    for (const hit of matcher.find(t.text)) {
      // A word listed twice in a rule (the same in two languages) is still one occurrence.
      const counted = new Set<TopicRuleSpec>();
      for (const { value } of hit.targets) {
        if (value.veto) vetoed.add(value.rule);
        else if (!counted.has(value.rule)) {
          counted.add(value.rule);
          const seen = keywords.get(value.rule) ?? new Map<string, Mentions>();
          const m = seen.get(value.keyword) ?? { n: 0, weight: 0, inTitle: false };
          const inTitle = hit.start < t.bodyStart;
          // What the headline says weighs as much as two mentions in the body.
          seen.set(value.keyword, { n: m.n + 1, weight: m.weight + (inTitle ? 2 : 1), inTitle: m.inTitle || inTitle });
          keywords.set(value.rule, seen);
        }
      }
    }
  }
  const evidence: Evidence = { entities: new Map(entities.map((e) => [e.id, e])), countries: new Set(countries), keywords, vetoed, eventType };
  const matches: TopicMatch[] = [];
  for (const rule of rules) {
    const why = explain(rule, evidence);
    if (why) matches.push({ code: rule.code, label: rule.label, why });
  }
  return matches;
}

/** The evidence for `rule`, or undefined when it does not match. */
function explain(rule: TopicRuleSpec, ev: Evidence): string | undefined {
  if (ev.vetoed.has(rule)) return undefined;
  const parts: string[] = [];
  if (rule.all) {
    const all = evidenceFor(rule, rule.all, ev);
    if (all.items.length < count(rule.all)) return undefined;
    parts.push(...all.items);
  }
  if (rule.any) {
    const any = evidenceFor(rule, rule.any, ev);
    if (!any.items.length || any.weight < (rule.min ?? 1)) return undefined;
    parts.push(...any.items.slice(0, 4));
  }
  if (!parts.length) return undefined;
  return `${rule.code.startsWith('medtop:') ? 'iptc' : 'feed'} rule ${rule.code}: ${parts.join('; ')}`;
}

const count = (c: Conditions) => (c.entities?.length ?? 0) + (c.countries?.length ?? 0) + (c.keywords?.length ?? 0) + (c.eventTypes?.length ?? 0);

/** The pieces of evidence found, and their weight: a keyword counts once per occurrence. */
function evidenceFor(rule: TopicRuleSpec, c: Conditions, ev: Evidence): { items: string[]; weight: number } {
  const items: string[] = [];
  let weight = 0;
  for (const id of c.entities ?? []) {
    const e = ev.entities.get(id);
    if (e) {
      items.push(`entity ${e.name} (${id})`);
      weight++;
    }
  }
  for (const iso of c.countries ?? []) {
    if (!ev.countries.has(iso)) continue;
    items.push(`country ${iso}`);
    weight++;
  }
  const seen = ev.keywords.get(rule);
  const said = new Set<string>();
  for (const k of c.keywords ?? []) {
    const folded = foldText(k);
    const m = seen?.get(k);
    if (m && !said.has(folded)) {
      said.add(folded);
      items.push(`keyword "${k}"${m.n > 1 ? ` ×${m.n}` : ''}${m.inTitle ? ' (title)' : ''}`);
      weight += m.weight;
    }
  }
  for (const t of c.eventTypes ?? []) {
    if (ev.eventType !== t) continue;
    items.push(`event ${t}`);
    weight++;
  }
  return { items, weight };
}
