# deploy/local/recognisers.sh - the named-entity recognisers of the stack, sourced by
# deploy/local/stack (it provides say/die/launch/mvn_quiet/find_java/...):
#   corenlp  Stanford CoreNLP 4.5.x server (GPL: its own process, never linked), NER for
#            en, es, fr, de, zh; code and models from Maven Central, only the NER files kept;
#   natasha  natasha/slovnet (MIT, weights inside the PyPI packages) behind
#            libs/nlp/recogniser/natasha_server.py, NER for ru, in a venv of its own.
# shellcheck shell=bash

CORENLP_MODEL_LANGS=(models models-french models-german models-chinese)
# What the NER needs of each model jar (Spanish runs our own model, trained on CoNLL-2002).
corenlp_model_files() {
  case $1 in
    models) echo 'edu/stanford/nlp/models/ner/english.conll.4class.distsim.*' ;;
    models-french) echo 'edu/stanford/nlp/models/ner/french-wikiner-4class.*' ;;
    models-german) echo 'edu/stanford/nlp/models/ner/german.distsim.*' ;;
    models-chinese) echo 'edu/stanford/nlp/models/ner/chinese.misc.distsim.* edu/stanford/nlp/models/segmenter/chinese/ctb.gz edu/stanford/nlp/models/segmenter/chinese/dict-chris6.ser.gz edu/stanford/nlp/models/segmenter/chinese/dict/*' ;;
  esac
}

corenlp_version() { sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' "$CORENLP_POM" | head -1; }
corenlp_home() { echo "$CACHE_DIR/corenlp-$(corenlp_version)-$(sha256sum "$CORENLP_POM" | cut -c1-12)"; }
corenlp_installed() { return 0; } # everything comes from Maven Central
corenlp_url() { echo "http://127.0.0.1:$CORENLP_PORT"; }
corenlp_ports() { echo "$CORENLP_PORT"; }
corenlp_detail() { echo "Stanford CoreNLP $(corenlp_version) NER (en es fr de zh), $CORENLP_THREADS threads (listens on ALL interfaces)"; }

corenlp_fetch() {
  local home tmp v jar a f; home=$(corenlp_home); v=$(corenlp_version)
  [[ -f $home/.complete ]] && return 0
  have unzip || die "unzip not found; run deploy/local/install-system-deps"
  say "fetching Stanford CoreNLP $v and its NER models via Maven (one-off, ~2.5 GB of jars of which ~0.64 GB are kept, cached in $CACHE_DIR)..."
  tmp="$home.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp" && cp "$CORENLP_POM" "$tmp/pom.xml"
  mvn_quiet -f "$tmp/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp/libs" ||
    { rm -rf "$tmp"; die "CoreNLP classpath download failed"; }
  # The model jars go to a throwaway local repository: ~/.m2 must not keep 2.5 GB of them.
  for a in "${CORENLP_MODEL_LANGS[@]}"; do
    mvn_quiet dependency:get -Dtransitive=false -Dartifact="edu.stanford.nlp:stanford-corenlp:$v:jar:$a" -Dmaven.repo.local="$tmp/m2" ||
      { rm -rf "$tmp"; die "CoreNLP $a download failed"; }
    jar="$tmp/m2/edu/stanford/nlp/stanford-corenlp/$v/stanford-corenlp-$v-$a.jar"
    # shellcheck disable=SC2046 # the patterns are for unzip, not the shell
    (cd "$tmp" && mkdir -p models && set -f && unzip -qo "$jar" $(corenlp_model_files "$a") -d models) ||
      { rm -rf "$tmp"; die "unzip of $a failed"; }
    rm -f "$jar"
  done
  rm -rf "$tmp/m2"
  for f in english.conll.4class.distsim french-wikiner-4class german.distsim chinese.misc.distsim; do
    [[ -f $tmp/models/edu/stanford/nlp/models/ner/$f.crf.ser.gz ]] || { rm -rf "$tmp"; die "CoreNLP model $f missing after fetch"; }
  done
  touch "$tmp/.complete"
  rm -rf "$home" && mv "$tmp" "$home"
}

corenlp_start() {
  local java home dir
  corenlp_fetch
  java=$(find_java 17 "${CORENLP_JAVA_HOME:+$CORENLP_JAVA_HOME/bin/java}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)") ||
    die "CoreNLP needs Java 8+ (17 is what we run); none found"
  home=$(corenlp_home)
  dir=$(runtime_dir corenlp root)
  rm -f "$RUN_DIR/corenlp.warm"
  # Classpath: code, the NER files of the model jars, and our own trained models.
  launch corenlp "$dir" "$java" -Xms1g -Xmx"$CORENLP_HEAP" -XX:+UseParallelGC -XX:+UseTransparentHugePages -Djava.awt.headless=true \
    -cp "$home/libs/*:$home/models:$RECOGNISER_DIR/models" edu.stanford.nlp.pipeline.StanfordCoreNLPServer \
    -port "$CORENLP_PORT" -threads "$CORENLP_THREADS" -timeout 60000 -maxCharLength 500000 -quiet
}

# The properties the enrich service sends for a language, URL-encoded (the server keeps one
# pipeline per distinct set, so the warm-up must send exactly these).
corenlp_query() {
  node -e 'const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const l = process.argv[2]; if (l === "list") { console.log(Object.keys(c.languages).join(" ")); process.exit(0); }
    console.log(encodeURIComponent(JSON.stringify({ ...c.common, ...c.languages[l] })))' "$CORENLP_PROPS" "$1"
}

# Healthy = every language's model answers. The first check after a start loads them all
# (sequentially: ~1 min), later ones ask English only.
corenlp_healthy() {
  local pid lang text
  port_open "$CORENLP_PORT" || return 1
  pid=$(comp_pid corenlp 2>/dev/null || echo foreign)
  if [[ -f $RUN_DIR/corenlp.warm && $(<"$RUN_DIR/corenlp.warm") == "$pid" ]]; then
    curl -fsS -m 10 -o /dev/null "$(corenlp_url)/?properties=$(corenlp_query en)" --data-binary 'Paris' 2>/dev/null
    return
  fi
  for lang in $(corenlp_query list); do
    text=Paris; [[ $lang == zh ]] && text='北京'
    curl -fsS -m 300 -o /dev/null "$(corenlp_url)/?properties=$(corenlp_query "$lang")" --data-binary "$text" 2>/dev/null || return 1
  done
  echo "$pid" >"$RUN_DIR/corenlp.warm"
}

natasha_venv() { python_venv_path natasha "$RECOGNISER_DIR/requirements.txt"; }
natasha_installed() { python_venv_installed; }
natasha_url() { echo "http://127.0.0.1:$NATASHA_PORT"; }
natasha_ports() { echo "$NATASHA_PORT"; }
natasha_healthy() { curl -fsS -m 5 "$(natasha_url)/health" 2>/dev/null | grep -q '"ok"'; }
natasha_detail() { echo "natasha/slovnet Russian NER, $NATASHA_WORKERS workers"; }
natasha_fetch() { python_venv_fetch "natasha (PyPI, ~40 MB with its model weights)" "$RECOGNISER_DIR/requirements.txt" "$(natasha_venv)"; }

natasha_start() {
  natasha_fetch
  python_server_launch natasha "$(natasha_venv)" "$RECOGNISER_DIR/natasha_server.py" \
    --port "$NATASHA_PORT" --workers "$NATASHA_WORKERS"
}
