"""Running the workbench in a background thread on a free localhost port: for the end-to-end tests, the crawl,
the screenshots and the benchmark, which all talk to a real server over real HTTP."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from podium.web.app import create_app

STARTUP_SECONDS = 20


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextmanager
def running(db: str | Path, host: str = "127.0.0.1") -> Iterator[str]:
    """The base URL of a server over `db`, serving until the block ends."""
    server = uvicorn.Server(uvicorn.Config(create_app(db), host=host, port=free_port(host), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(STARTUP_SECONDS)
