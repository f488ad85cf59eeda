#!/usr/bin/env bash
# Validates the deployment files without a Docker engine or a cluster:
#  1. docker-compose.yml with Debian's docker-compose (1.29, Compose file schema, interpolation,
#     anchors and merge keys, depends_on targets). Two newer constructs it predates are
#     normalised on a copy first: the top-level `name:` and `env_file: {path, required}`.
#  2. deploy/k8s/*.yaml against the Kubernetes OpenAPI schemas bundled in PyPI's
#     kubernetes-validate (strict: unknown fields fail), and the KEDA ScaledObjects against
#     KEDA's CRD schema as published in npm's @kubernetes-models/keda.
# Prints `validate-deploy: N passed, N failed`; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${VALIDATE_DEPLOY_CACHE:-/tmp/demarche-validate-deploy}
K8S_VERSION=${K8S_VERSION:-1.30.0}
mkdir -p "$WORK"
passed=0
failed=0
ok() { echo "validate-deploy: ok   $1"; passed=$((passed + 1)); }
ko() { echo "validate-deploy: FAIL $1"; failed=$((failed + 1)); }

# ── 1. docker compose ───────────────────────────────────────────────────────────────────────
if ! command -v docker-compose >/dev/null; then
  (apt-get install -y -qq docker-compose >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq docker-compose; }) >/dev/null 2>&1
fi
if command -v docker-compose >/dev/null; then
  sed -e '/^name:/d' -e 's/env_file: *{ *path: *\([^,}]*\), *required: *false *}/env_file: []/' docker-compose.yml >"$WORK/docker-compose.yml"
  if out=$(docker-compose --project-directory "$ROOT" -f "$WORK/docker-compose.yml" config -q 2>&1); then
    ok "docker-compose.yml (docker-compose $(docker-compose version --short 2>/dev/null))"
  else
    ko "docker-compose.yml"; echo "$out" | sed 's/^/    /'
  fi
else
  ko "docker-compose.yml: cannot install Debian's docker-compose"
fi

# ── 2. Kubernetes manifests ─────────────────────────────────────────────────────────────────
if [ ! -x "$WORK/venv/bin/kubernetes-validate" ]; then
  python3 -m venv "$WORK/venv" >/dev/null && "$WORK/venv/bin/pip" install -q kubernetes-validate==1.37.0 >/dev/null 2>&1
fi
if [ -x "$WORK/venv/bin/kubernetes-validate" ]; then
  for file in deploy/k8s/*.yaml; do
    [ "$(basename "$file")" = kustomization.yaml ] && continue
    out=$("$WORK/venv/bin/kubernetes-validate" --strict --no-warn -k "$K8S_VERSION" "$file" 2>&1)
    if [ $? -eq 0 ] && ! grep -q ERROR <<<"$out"; then ok "$file (Kubernetes $K8S_VERSION, strict)"; else ko "$file"; echo "$out" | sed 's/^/    /'; fi
  done
else
  ko "deploy/k8s: cannot install kubernetes-validate from PyPI"
fi

if [ ! -d "$WORK/keda/node_modules/@kubernetes-models/keda" ]; then
  mkdir -p "$WORK/keda" && (cd "$WORK/keda" && npm init -y >/dev/null && npm install --no-audit --no-fund --engine-strict=false @kubernetes-models/keda@2.0.0 yaml@2 >/dev/null 2>&1)
fi
if [ -d "$WORK/keda/node_modules/@kubernetes-models/keda" ]; then
  if out=$(cd "$WORK/keda" && node --input-type=module - "$ROOT/deploy/k8s/keda.yaml" <<'JS' 2>&1
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
let count = 0;
for (const doc of parseAllDocuments(readFileSync(process.argv[2], 'utf8'))) {
  const object = doc.toJSON();
  if (!object) continue;
  if (object.kind !== 'ScaledObject') throw new Error(`unexpected kind ${object.kind}`);
  new ScaledObject(object).validate(); // throws with the failing path
  const trigger = object.spec.triggers.find((t) => t.type === 'kafka');
  if (!trigger?.metadata?.consumerGroup || !trigger.metadata.topic) throw new Error(`${object.metadata.name}: kafka trigger needs consumerGroup and topic`);
  count++;
}
console.log(`${count} ScaledObjects`);
JS
  ); then ok "deploy/k8s/keda.yaml ($out, KEDA CRD schema)"; else ko "deploy/k8s/keda.yaml"; echo "$out" | sed 's/^/    /'; fi
else
  ko "deploy/k8s/keda.yaml: cannot install @kubernetes-models/keda from npm"
fi

# ── 3. Grafana dashboard: valid JSON, every panel query names a metric the services export ──
for file in deploy/grafana/*.json; do
  [ -e "$file" ] || continue
  if out=$(node -e '
    const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const exprs = (d.panels ?? []).flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    const bad = exprs.filter((e) => !/demarche_/.test(e ?? ""));
    if (!d.title || exprs.length === 0 || bad.length) { console.log("no title, no queries, or queries without demarche_ metrics: " + bad.join(" | ")); process.exit(1); }
    console.log(exprs.length + " queries");' "$file" 2>&1); then ok "$file ($out)"; else ko "$file"; echo "$out" | sed 's/^/    /'; fi
done

echo "validate-deploy: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
