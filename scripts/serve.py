#!/usr/bin/env python3
"""Serves www/ on 127.0.0.1 (never on other interfaces) and prints the URL.

    python3 scripts/serve.py [PORT]      # PORT 0 or taken: the next free one
"""
import functools
import http.server
import os
import socket
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "www")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}

    def end_headers(self):
        # Always fresh during development; the service worker handles offline use.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


def free_port(wanted):
    for port in [wanted] + list(range(wanted + 1, wanted + 50)) if wanted else [0]:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return s.getsockname()[1]
            except OSError:
                continue
    raise SystemExit("serve: no free port near %d" % wanted)


def main():
    port = free_port(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
    handler = functools.partial(Handler, directory=ROOT)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"factlens: serving the page at http://127.0.0.1:{port}/  (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
