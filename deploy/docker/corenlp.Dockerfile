# Stanford CoreNLP server with the NER models Démarche uses (en, fr, de, zh from the published
# model jars; es our own, libs/nlp/recogniser). Build context: the repository root.
# GPL: it runs as its own container and nothing of ours links it.
FROM maven:3.9-eclipse-temurin-17 AS fetch
WORKDIR /build
COPY deploy/local/corenlp/pom.xml pom.xml
RUN mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/corenlp/libs
# Only the NER files of the model jars (~0.6 GB of ~2.5 GB), as deploy/local/recognisers.sh keeps.
RUN set -e; v=$(sed -n 's:.*<corenlp.version>\(.*\)</corenlp.version>.*:\1:p' pom.xml); n=edu/stanford/nlp/models; \
    for a in models models-french models-german models-chinese; do \
      mvn -B -q dependency:get -Dtransitive=false -Dartifact=edu.stanford.nlp:stanford-corenlp:$v:jar:$a -Dmaven.repo.local=/tmp/m2; \
      case $a in \
        models) files="$n/ner/english.conll.4class.distsim.*" ;; \
        models-french) files="$n/ner/french-wikiner-4class.*" ;; \
        models-german) files="$n/ner/german.distsim.*" ;; \
        models-chinese) files="$n/ner/chinese.misc.distsim.* $n/segmenter/chinese/ctb.gz $n/segmenter/chinese/dict-chris6.ser.gz $n/segmenter/chinese/dict/*" ;; \
      esac; \
      set -f; unzip -qo /tmp/m2/edu/stanford/nlp/stanford-corenlp/$v/stanford-corenlp-$v-$a.jar $files -d /corenlp/models; set +f; \
      rm -rf /tmp/m2/edu/stanford/nlp/stanford-corenlp/$v/*-$a.jar; \
    done; rm -rf /tmp/m2

# The properties the enrich service sends per language, URL-encoded for the health check
# (which must send exactly those: the server keeps one pipeline per distinct set).
FROM node:20-slim AS props
COPY libs/nlp/data/corenlp.json /corenlp.json
RUN mkdir /warm && node -e 'const c = require("/corenlp.json"); for (const [l, p] of Object.entries(c.languages)) require("fs").writeFileSync("/warm/" + l + ".q", encodeURIComponent(JSON.stringify({ ...c.common, ...p })))'

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=fetch /corenlp /corenlp
COPY libs/nlp/recogniser/models /corenlp/ours
COPY --from=props /warm /corenlp/warm
USER 1000
EXPOSE 9000
ENV CORENLP_HEAP=5g CORENLP_THREADS=2
CMD ["sh", "-c", "exec java -Xms1g -Xmx$CORENLP_HEAP -XX:+UseParallelGC -XX:+UseTransparentHugePages -cp '/corenlp/libs/*:/corenlp/models:/corenlp/ours' edu.stanford.nlp.pipeline.StanfordCoreNLPServer -port 9000 -threads $CORENLP_THREADS -timeout 60000 -maxCharLength 500000 -quiet"]
