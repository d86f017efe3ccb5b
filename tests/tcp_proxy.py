"""A flaky TCP proxy for the offline shop floor's acceptance tests: forwards bytes between a
client and PostgreSQL, and breaks the line the ways a shop floor's Wi-Fi does.

- `drop_up` share of the client -> server chunks `eligible_up` accepts are dropped: not
  forwarded, the connection closed (the request was lost in flight);
- `drop_down` share of the server -> client chunks answering such a request are dropped
  the same way (the server did the work, its answer was lost);
- `cut` share of any chunk, either way, is forwarded and then the connection cut;
- `paused`: new connections are closed at once (the server is unreachable).

By default every chunk is eligible. A PostgreSQL transaction takes 10-30 round trips, so
a 15 % drop of every chunk would let almost no transaction through; the acceptance tests
make the ends of transactions eligible (`is_commit`: the COMMIT request and its answer),
which is where a lost request and a lost answer differ, plus a small `cut` of any chunk.

Threads: one accept loop, two pumps per connection. `stats` counts what happened.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections import Counter
from collections.abc import Callable


def is_commit(chunk: bytes) -> bool:
    """A chunk carrying a simple-query COMMIT (what psycopg sends at Connection.commit())."""
    return b"COMMIT" in chunk.upper()


class FlakyProxy:
    """State: target (host, port), the drop shares, port (listening), stats (Counter)."""

    def __init__(self, target_host: str, target_port: int, *, drop_up: float = 0.0, drop_down: float = 0.0,
                 cut: float = 0.0, eligible_up: Callable[[bytes], bool] | None = None, seed: int | None = None):
        self.target = (target_host, target_port)
        self.drop_up, self.drop_down, self.cut = drop_up, drop_down, cut
        self.eligible_up = eligible_up or (lambda _chunk: True)
        self.random = random.Random(seed)
        self.stats: Counter = Counter()
        self.paused = False
        self._lock = threading.Lock()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = self._server.getsockname()[1]
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FlakyProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, database_url) -> str:
        """The database URL with host and port replaced by this proxy's."""
        return database_url.set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def _chance(self, share: float) -> bool:
        if share <= 0:
            return False
        with self._lock:
            return self.random.random() < share

    def _count(self, key: str) -> None:
        with self._lock:
            self.stats[key] += 1

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _addr = self._server.accept()
            except OSError:
                return
            if self.paused:
                self._count("refused")
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            self._count("connections")
            link = _Link(client, upstream)
            threading.Thread(target=self._pump, args=(link, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(link, False), daemon=True).start()

    def _pump(self, link: _Link, up: bool) -> None:
        src, dst = (link.client, link.upstream) if up else (link.upstream, link.client)
        while True:
            try:
                chunk = src.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            if up:
                eligible = self.eligible_up(chunk)
                if eligible and self._chance(self.drop_up):
                    self._count("dropped_up")
                    break
                if eligible:
                    link.awaiting_answer = True
            elif link.awaiting_answer:
                link.awaiting_answer = False
                if self._chance(self.drop_down):
                    self._count("dropped_down")
                    break
            try:
                dst.sendall(chunk)
            except OSError:
                break
            self._count("chunks")
            if self._chance(self.cut):
                self._count("cut")
                break
        link.close()

    def stop(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._server.close()


class _Link:
    def __init__(self, client: socket.socket, upstream: socket.socket):
        self.client, self.upstream = client, upstream
        self.awaiting_answer = False
        self._closed = False
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
