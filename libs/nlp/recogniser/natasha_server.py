#!/usr/bin/env python3
"""Russian NER over HTTP: natasha's slovnet NER (news model, weights inside the package).

    POST /ner   body: UTF-8 text      -> {"spans": [[start, end, "PER"|"ORG"|"LOC"], ...]}
    GET  /health                      -> {"status": "ok", "model": ...}

Offsets are UTF-16 code units (what the Node side counts), end exclusive. The model is loaded
once, then the listening socket is shared by --workers forked processes (the GIL would let
threads use one core only), which share the model's memory copy-on-write. Each process serves
its connections on threads: with keep-alive, a single-threaded process would belong to one
client connection until it closed, and the others would wait in the accept queue.
"""
import argparse
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# One BLAS thread per process, set before numpy loads: the server scales by its worker
# processes, and a second BLAS thread per worker only spins, costing 40% more CPU per text.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from natasha import NewsEmbedding, NewsNERTagger

TAGGER = NewsNERTagger(NewsEmbedding())
MAX_BYTES = 2_000_000


def utf16_offsets(text):
    """Code-point index -> UTF-16 index, only built when the text leaves the BMP."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    table, n = [], 0
    for c in text:
        table.append(n)
        n += 2 if ord(c) >= 0x10000 else 1
    table.append(n)
    return table


def recognise(text):
    # The tagger tokenises by itself: natasha's Doc.segment would only add sentences and tokens
    # to the spans, at a quarter of the cost.
    spans = TAGGER(text).spans if text.strip() else []
    table = utf16_offsets(text)
    at = (lambda i: table[i]) if table else (lambda i: i)
    return [[at(s.start), at(s.stop), s.type] for s in spans]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the enrich service sends many small requests

    def _send(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._send(200, {"status": "ok", "model": "slovnet_ner_news_v1", "pid": os.getpid()})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/ner":
            return self._send(404, {"error": "not found"})
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BYTES:
            return self._send(413, {"error": f"text over {MAX_BYTES} bytes"})
        try:
            text = self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError:
            return self._send(400, {"error": "body is not UTF-8"})
        self._send(200, {"spans": recognise(text)})

    def log_message(self, *args):  # one line per request would drown the log
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9001)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    recognise("Москва")  # warm the model before the port answers
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    children = []
    for _ in range(max(0, args.workers - 1)):
        pid = os.fork()
        if pid == 0:
            children = []
            break
        children.append(pid)

    def stop(*_):
        for pid in children:
            os.kill(pid, signal.SIGTERM)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    print(f"natasha NER on http://{args.host}:{args.port} pid {os.getpid()}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
