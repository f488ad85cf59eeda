/**
 * Which backends may translate which pair, in order of preference, from TRANSLATION_ROUTES:
 * `es>en=deepl,apertium;*>es=apertium;*>*=apertium,libretranslate`. `*` matches any language;
 * the first rule whose pair matches wins. Without a matching rule every configured backend
 * is a candidate, in the configured order.
 */
export interface RouteRule {
  from: string;
  to: string;
  backends: string[];
}

export const ROUTES_PATTERN = /^$|^(\*|[a-z]{2})>(\*|[a-z]{2})=[a-z0-9-]+(,[a-z0-9-]+)*(;(\*|[a-z]{2})>(\*|[a-z]{2})=[a-z0-9-]+(,[a-z0-9-]+)*)*$/;

export function parseRoutes(spec: string): RouteRule[] {
  return spec
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean)
    .map((rule) => {
      const [pair, names] = rule.split('=');
      const [from, to] = pair.split('>');
      return { from, to, backends: names.split(',').map((n) => n.trim()) };
    });
}

export function routeFor<T extends { name: string }>(rules: RouteRule[], from: string, to: string, backends: T[]): T[] {
  const rule = rules.find((r) => (r.from === '*' || r.from === from) && (r.to === '*' || r.to === to));
  if (!rule) return backends;
  return rule.backends.flatMap((name) => backends.filter((b) => b.name === name));
}
