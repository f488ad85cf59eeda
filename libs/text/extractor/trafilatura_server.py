#!/usr/bin/env python3
"""Main-content extraction over HTTP: trafilatura's text of an HTML page, one paragraph a line.

    POST /extract   body: the page's HTML (UTF-8)  -> {"paragraphs": ["...", ...]}
    GET  /health                                   -> {"status": "ok", "trafilatura": version}

A second opinion on the pages we extract ourselves, merged with ours by mergeSecondOpinion
(libs/text). Forked --workers share the listening socket, as in natasha's
server: the GIL would let threads use one core only. Threads still serve each connection, so a
client's idle keep-alive connection never holds the next request back.
"""
import argparse
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import trafilatura

MAX_BYTES = 10_000_000


def plain(line):
    """A line of trafilatura's text without its list ("- ") and table ("| a | b |") marks, which
    are not the release's words and would keep the merge from seeing the paragraph ours has."""
    line = line.strip()
    if line.startswith("- "):
        line = line[2:]
    if line.startswith("|"):
        line = " ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip())
    return line.strip()


def extract(html):
    text = trafilatura.extract(html) or ""
    return [line for line in map(plain, text.split("\n")) if line]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._send(200, {"status": "ok", "trafilatura": trafilatura.__version__, "pid": os.getpid()})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/extract":
            return self._send(404, {"error": "not found"})
        length = int(self.headers.get("content-length") or 0)
        if length > MAX_BYTES:
            return self._send(413, {"error": f"page over {MAX_BYTES} bytes"})
        html = self.rfile.read(length).decode("utf-8", errors="replace")
        try:
            self._send(200, {"paragraphs": extract(html)})
        except Exception as error:  # one broken page must not take the worker down
            self._send(422, {"error": str(error)})

    def log_message(self, *args):  # one line per request would drown the log
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9002)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    extract("<html><body><p>warm up</p></body></html>")
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
    print(f"trafilatura extractor on http://{args.host}:{args.port} pid {os.getpid()}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
