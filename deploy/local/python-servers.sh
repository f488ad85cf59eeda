# deploy/local/python-servers.sh - the venvs of the stack's small Python servers (natasha's NER,
# trafilatura's extraction), sourced by deploy/local/stack. Each server gets a venv of Debian's
# python3 filled from PyPI with its own requirements.txt, cached by that file's hash.
# shellcheck shell=bash

STACK_PYTHON=${STACK_PYTHON:-${NATASHA_PYTHON:-/usr/bin/python3}} # Debian's, with venv; a pyenv shim may lack it

python_venv_path() { echo "$CACHE_DIR/$1-$(sha256sum "$2" | cut -c1-12)"; }
python_venv_installed() { [[ -x $STACK_PYTHON ]] || { echo "not installed ($STACK_PYTHON missing; run deploy/local/install-system-deps)"; return 1; }; }

# python_venv_fetch LABEL REQUIREMENTS VENV
python_venv_fetch() {
  local label=$1 requirements=$2 venv=$3
  [[ -f $venv/.complete ]] && return 0
  python_venv_installed >/dev/null || die "$STACK_PYTHON not found; run deploy/local/install-system-deps"
  say "installing $label into $venv..."
  # The venv is built where it will live (its scripts hard-code their path), under a temporary name.
  "$STACK_PYTHON" -m venv "$venv.build" >/dev/null || die "python3 -m venv failed (install python3-venv)"
  "$venv.build/bin/pip" install -q --disable-pip-version-check -r "$requirements" ||
    { rm -rf "$venv.build"; die "pip install for $label failed"; }
  rm -rf "$venv" && mv "$venv.build" "$venv"
  # Moving a venv breaks its scripts but not `python -m`/the interpreter link, which is all we use.
  touch "$venv/.complete"
}

# python_server_launch COMPONENT VENV SCRIPT ARGS...: the server in its venv, as root like natasha
# (it reads only the repository and listens on loopback).
python_server_launch() {
  local comp=$1 venv=$2; shift 2
  launch "$comp" / env -u PYTHONPATH -u PYTHONHOME "$venv/bin/python" "$@"
}
