# deploy/local/extractor.sh - the extractor component, sourced by deploy/local/stack:
# trafilatura (Apache-2.0, PyPI) behind libs/text/extractor/trafilatura_server.py, the second
# opinion the ingest service merges with its own extraction of HTML pages (EXTRACTOR_URL).
# shellcheck shell=bash

EXTRACTOR_DIR=$REPO_DIR/libs/text/extractor

extractor_venv() { python_venv_path trafilatura "$EXTRACTOR_DIR/requirements.txt"; }
extractor_installed() { python_venv_installed; }
extractor_url() { echo "http://127.0.0.1:$EXTRACTOR_PORT"; }
extractor_ports() { echo "$EXTRACTOR_PORT"; }
extractor_healthy() { curl -fsS -m 5 "$(extractor_url)/health" 2>/dev/null | grep -q '"ok"'; }
extractor_detail() { echo "trafilatura $(sed -n 's/^trafilatura==//p' "$EXTRACTOR_DIR/requirements.txt") extraction, $EXTRACTOR_WORKERS workers"; }
extractor_fetch() { python_venv_fetch "trafilatura (PyPI, ~30 MB)" "$EXTRACTOR_DIR/requirements.txt" "$(extractor_venv)"; }

extractor_start() {
  extractor_fetch
  python_server_launch extractor "$(extractor_venv)" "$EXTRACTOR_DIR/trafilatura_server.py" \
    --port "$EXTRACTOR_PORT" --workers "$EXTRACTOR_WORKERS"
}
