"""A throwaway PostgreSQL cluster on this PC: for a headquarters' trial and for the tests.

    python -m db.postgres.trial_server start FOLDER [--port N] [--lang en]   prints the address
    python -m db.postgres.trial_server stop FOLDER

initdb into FOLDER (trust authentication, listening on 127.0.0.1 only), pg_ctl start on a free
port, one database `sangkien`. Run as root, the cluster belongs to the `postgres` system user
(PostgreSQL refuses to run as root). A real server is set up by its administrator (README).
Started twice, it says the address of the one already running; a port another program holds
is named, with what to do.
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
PROGRAM_FILES = ("ProgramFiles", "ProgramW6432")  # where Windows' installer puts PostgreSQL


class TrialServerError(Exception):
    def text(self, lang: str = "vi") -> str:
        said = self.args[0] if self.args else ""
        return said.text(lang) if isinstance(said, Message) else str(said)


def server_bin(name: str) -> str | None:
    """A PostgreSQL program: on PATH, or in the versioned folder its installer made (not on
    PATH there): Debian's /usr/lib/postgresql/16/bin, Windows' C:\\Program Files\\PostgreSQL\\
    16\\bin; the newest version first."""
    found = shutil.which(name)
    if found:
        return found
    for folder in _installed_bin_folders():
        for program in (folder / name, folder / f"{name}.exe"):
            if program.exists():
                return str(program)
    return None


def _installed_bin_folders() -> list[Path]:
    roots = [Path("/usr/lib/postgresql")]
    roots += [Path(os.environ[v]) / "PostgreSQL" for v in PROGRAM_FILES if v in os.environ]
    folders = [folder for root in roots for folder in root.glob("*/bin")]
    return sorted(folders, key=lambda f: _version(f.parent.name), reverse=True)


def _version(name: str) -> tuple[int, ...]:
    """'16' > '9.6' as numbers, not as text."""
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_owner() -> list[str]:
    """Run the server's programs as `postgres` when we are root."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"]
    return []


def _run(args: list[str], folder: Path, failed: Message | None = None) -> None:
    done = subprocess.run(
        [*_as_owner(), *args], cwd=folder, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        said = done.stderr.strip()[-400:]
        raise TrialServerError(failed or f"{Path(args[0]).name} failed: {said}")


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
        if running_port(self.folder) is None:
            raise TrialServerError(Message("server.trial_not_running", folder=self.folder))
        _run([_need("pg_ctl"), "-D", str(self.data), "-m", mode, "stop"], self.folder)


def running_port(folder: Path) -> int | None:
    """The port of the cluster in FOLDER if it is running (pg_ctl status), else None."""
    data = folder.absolute() / "data"
    pg_ctl = server_bin("pg_ctl")
    if pg_ctl is None or not (data / "postmaster.pid").exists():
        return None
    status = subprocess.run(
        [*_as_owner(), pg_ctl, "-D", str(data), "status"], capture_output=True, check=False
    )
    if status.returncode != 0:
        return None
    lines = (data / "postmaster.pid").read_text(encoding="utf-8").splitlines()
    return int(lines[3]) if len(lines) > 3 and lines[3].strip().isdigit() else None


def _port_taken(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _need(name: str) -> str:
    found = server_bin(name)
    if found is None:
        raise TrialServerError(Message("server.trial_not_installed", program=name))
    return found


def start(folder: Path, port: int | None = None) -> TrialServer:
    """initdb (if FOLDER has no cluster yet) and start it; returns the running server."""
    folder = folder.absolute()
    already = running_port(folder)
    if already is not None:  # started before: the same server, wherever it listens
        return TrialServer(folder, already)
    if port is not None and _port_taken(port):
        raise TrialServerError(Message("server.trial_port_taken", port=port, other=port + 1))
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    server = TrialServer(folder, port or free_port())
    if _as_owner():
        shutil.chown(folder, "postgres")
        _refuse_unless_owner_can_enter(folder, made)
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
        failed=Message("server.trial_did_not_start", log=folder / "server.log"),
    )
    _wait_ready(server)
    try:
        server.create_database(DATABASE)
    except TrialServerError as error:
        if "already exists" not in str(error):
            raise
    return server


def _refuse_unless_owner_can_enter(folder: Path, made: bool) -> None:
    """Run as root, the cluster is the `postgres` user's, who may not pass a private folder
    on the way (root's home is drwx------): say so rather than initdb's 'Permission denied'."""
    entered = subprocess.run([*_as_owner(), "test", "-w", str(folder)], check=False)
    if entered.returncode != 0:
        if made:
            folder.rmdir()  # nothing left behind
        raise TrialServerError(Message("server.trial_folder_private", folder=folder))


def _wait_ready(server: TrialServer, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", server.port)) == 0:
                return
        time.sleep(0.1)
    raise TrialServerError(Message("server.trial_did_not_start", log=server.folder / "server.log"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.postgres.trial_server")
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--port", type=int, default=5432)
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            server = start(args.folder, args.port)
            print(server.address())
        else:
            TrialServer(args.folder.absolute(), args.port).stop()
    except TrialServerError as error:
        print(error.text(args.lang), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
