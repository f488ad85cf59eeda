#!/usr/bin/env bash
# Trains the Spanish NER model the stack's CoreNLP server runs
# (models/demarche/ner/spanish-conll2002.crf.ser.gz) on the CoNLL-2002 Spanish train split,
# given as gold JSON lines (the shape of ../shared/data/ner/: {text, entities}); the data is
# an argument and never copied into the repository.
#   libs/nlp/recogniser/train-spanish.sh <conll2002_es_train.jsonl>
# Needs `deploy/local/stack fetch corenlp` (the CoreNLP code), Maven and Node. Takes ~7 min to
# build the gazettes (spanish-gazettes.mjs) and ~20 min to train, with
# ~10 GB of heap, on two cores.
#
# Why our own: CoreNLP's published Spanish model is trained on AnCora, whose conventions
# differ from CoNLL-2002 (F1 0.78 on its dev split); trained on CoNLL-2002 with the same
# features and the same 512 distributional clusters (read out of the published model, whose
# source corpus is not distributed) it reaches the figure in libs/nlp/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
TRAIN=${1:?usage: train-spanish.sh <conll2002_es_train.jsonl>}
CACHE_DIR=${DEMARCHE_CACHE:-$HOME/.cache/demarche}
VERSION=$(sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' "$REPO/deploy/local/corenlp/pom.xml")
LIBS=$(ls -d "$CACHE_DIR"/corenlp-"$VERSION"-*/libs | head -1) || { echo "run deploy/local/stack fetch corenlp first" >&2; exit 1; }
JAVA_BIN=$(dirname "$(readlink -f "$(command -v java)")") # jshell sits beside java in a JDK
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mvn -B -q dependency:get -Dtransitive=false -Dartifact="edu.stanford.nlp:stanford-corenlp:$VERSION:jar:models-spanish" -Dmaven.repo.local="$WORK/m2"
MODELS=edu/stanford/nlp/models
(cd "$WORK" && unzip -qo "m2/edu/stanford/nlp/stanford-corenlp/$VERSION/stanford-corenlp-$VERSION-models-spanish.jar" \
  "$MODELS/ner/spanish.ancora.distsim.s512.crf.ser.gz" "$MODELS/parser/nndep/UD_Spanish.gz" \
  "$MODELS/kbp/spanish/wikidict_spanish.tsv" "$MODELS/kbp/spanish/gazetteers/kbp_regexner_mapping_sp.tag")
"$JAVA_BIN/jshell" -J-Xmx3g -R-Xmx3g -R-Dmodel="$WORK/$MODELS/ner/spanish.ancora.distsim.s512.crf.ser.gz" \
  -R-Dout="$WORK/clusters.tsv" --class-path "$(printf '%s:' "$LIBS"/*.jar)" "$HERE/distsim-from-model.jsh"
node "$HERE/spanish-gazettes.mjs" "$WORK/$MODELS/parser/nndep/UD_Spanish.gz" "$WORK/$MODELS/kbp/spanish/wikidict_spanish.tsv" \
  "$WORK/$MODELS/kbp/spanish/gazetteers/kbp_regexner_mapping_sp.tag" "$WORK"
node "$HERE/conll-to-tsv.mjs" "$TRAIN" >"$WORK/train.tsv"
mkdir -p "$HERE/models/demarche/ner"
java -Xmx10g -cp "$LIBS/*" edu.stanford.nlp.ie.crf.CRFClassifier -prop "$HERE/spanish-conll.prop" \
  -distSimLexicon "$WORK/clusters.tsv" \
  -gazette "$WORK/gaz-clusters.txt,$WORK/gaz-lexicon.txt" -trainFile "$WORK/train.tsv" -multiThreadGrad 2 \
  -serializeTo "$HERE/models/demarche/ner/spanish-conll2002.crf.ser.gz"
echo "trained: $HERE/models/demarche/ner/spanish-conll2002.crf.ser.gz"
