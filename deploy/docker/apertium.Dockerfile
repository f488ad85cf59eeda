# Apertium APY with the English<->Spanish pair, from Debian's packages.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends apertium-apy apertium-eng-spa curl \
 && rm -rf /var/lib/apt/lists/*
EXPOSE 2737
CMD ["/usr/bin/python3", "/usr/bin/apertium-apy", "-p", "2737", "/usr/share/apertium/modes"]
