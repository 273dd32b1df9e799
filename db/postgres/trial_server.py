"""A throwaway PostgreSQL cluster on this PC: for a headquarters' trial and for the tests.

    python -m db.postgres.trial_server start FOLDER [--port N]   prints the --db address
    python -m db.postgres.trial_server stop FOLDER

initdb into FOLDER (trust authentication, listening on 127.0.0.1 only), pg_ctl start on a free
port, one database `sangkien`. Run as root, the cluster belongs to the `postgres` system user
(PostgreSQL refuses to run as root). A real server is set up by its administrator (README).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from db.messages import Message

USER = "sangkien"
DATABASE = "sangkien"


class TrialServerError(Exception):
    pass


def server_bin(name: str) -> str | None:
    """A PostgreSQL program: on PATH, or in Debian's versioned folder (not on PATH there)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in versions:
        if (folder / name).exists():
            return str(folder / name)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner() -> list[str]:
    """Run the server's programs as `postgres` when we are root."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"]
    return []


def _run(args: list[str], folder: Path) -> None:
    done = subprocess.run(
        [*_as_owner(), *args], cwd=folder, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise TrialServerError(f"{Path(args[0]).name} failed: {done.stderr.strip()[-400:]}")


@dataclass
class TrialServer:
    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def address(self, database: str = DATABASE) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        _run(
            [_need("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name],
            self.folder,
        )
        return self.address(name)

    def stop(self, mode: str = "fast") -> None:
        """Stop the cluster ("immediate" for a throwaway one: nothing to keep)."""
        _run([_need("pg_ctl"), "-D", str(self.data), "-m", mode, "stop"], self.folder)


def _need(name: str) -> str:
    found = server_bin(name)
    if found is None:
        raise TrialServerError(Message("server.trial_not_installed", program=name))
    return found


def start(folder: Path, port: int | None = None) -> TrialServer:
    """initdb (if FOLDER has no cluster yet) and start it; returns the running server."""
    folder = folder.absolute()
    folder.mkdir(parents=True, exist_ok=True)
    server = TrialServer(folder, port or free_port())
    if _as_owner():
        shutil.chown(folder, "postgres")
    if not (server.data / "PG_VERSION").exists():
        _run(
            [
                _need("initdb"),
                "-D",
                str(server.data),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            folder,
        )
    options = f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    _run(
        [
            _need("pg_ctl"),
            "-D",
            str(server.data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "30",
            "start",
        ],
        folder,
    )
    _wait_ready(server)
    try:
        server.create_database(DATABASE)
    except TrialServerError as error:
        if "already exists" not in str(error):
            raise
    return server


def _wait_ready(server: TrialServer, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", server.port)) == 0:
                return
        time.sleep(0.1)
    raise TrialServerError(f"the trial server did not start: see {server.folder}/server.log")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.postgres.trial_server")
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--port", type=int, default=5432)
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            server = start(args.folder, args.port)
            print(server.address())
        else:
            TrialServer(args.folder.absolute(), args.port).stop()
    except TrialServerError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
