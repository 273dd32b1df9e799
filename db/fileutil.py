"""Writing files so that a crash, a full disk or a write-protected USB stick never leaves a half
file under its final name, and says plainly what happened.

`atomic_write(path)` yields a binary file object; `atomic_path(path)` yields a temporary path for
libraries that write by name (ReportLab, zipfile). Both write beside the target under a temporary
name, flush and fsync it, then rename it over the final name in one step. On any error the
temporary file is removed and an `OSError` from the system becomes a `StorageError` whose message
a person can act on (disk full, read-only medium, no permission).
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from db.messages import Message

TEMP_SUFFIX = ".sktmp"


class DatabaseError(Exception):
    """A database that cannot be opened or used, with a message a person can act on."""


class StorageError(OSError):
    """A file could not be written or read: one message that says what to do."""


_MESSAGES = {  # the words: db/messages.py
    errno.ENOSPC: "storage.disk_full",
    errno.EDQUOT: "storage.quota",
    errno.EROFS: "storage.read_only",
    errno.EACCES: "storage.no_permission",
    errno.EPERM: "storage.not_permitted",
    errno.ENOENT: "storage.no_folder",
    errno.EIO: "storage.io_error",
    errno.EFBIG: "storage.too_large",
}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def on_removable_medium(path: Path | str) -> bool:
    """True for a USB stick or memory card (Windows drive type; Linux/macOS mount folders)."""
    if os.name == "nt":  # pragma: no cover - Windows builds
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 2  # DRIVE_REMOVABLE
    return os.path.abspath(path).startswith(REMOVABLE_ROOTS)


def storage_error(error: OSError, path: Path | str) -> StorageError:
    """The person-readable form of a system error while writing `path` (kept as __cause__)."""
    if isinstance(error, StorageError):
        return error
    code = _MESSAGES.get(error.errno or 0, "storage.other")
    replacing = getattr(error, "filename2", None) is not None  # os.replace(temp, path) failed
    if error.errno in (errno.EACCES, errno.EPERM) and replacing and Path(path).is_file():
        code = "storage.file_in_use"  # Windows refuses to replace a file Excel or Word holds
    if error.errno == errno.EIO and on_removable_medium(path):
        code = "storage.removable_io_error"
    message = Message(code, path=path, reason=error.strerror or error)
    return StorageError(error.errno, message)


def temp_name_for(path: Path) -> Path:
    """A hidden temporary name beside `path`, on the same disk so the final rename is atomic."""
    import secrets  # (hmac, hashlib, random: not loaded by every command's start)

    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def publish(temp: Path, path: Path) -> None:
    """Move a finished, fsynced temporary file to its final name in one step."""
    os.replace(temp, path)
    fsync_folder(path.parent)


class StagedFiles:
    """Files written whole under temporary names that take their final names only when
    `publish()` is called: after the database transaction that goes with them has committed,
    so a file under its final name always has its records (a certificate PDF never shows
    numbers the register does not hold)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []

    def add(self, temp: Path, path: Path) -> None:
        self.pending.append((temp, path))

    def publish(self) -> None:
        """Rename every file to its name, then make the renames durable: one fsync per folder,
        not per file (a batch of thousands of certificates waited a disk flush per file)."""
        folders: dict[Path, None] = {}
        while self.pending:
            temp, path = self.pending[0]
            try:
                os.replace(temp, path)
            except OSError as error:
                raise storage_error(error, path) from error
            folders[path.parent] = None
            self.pending.pop(0)
        for folder in folders:
            fsync_folder(folder)

    def discard(self) -> None:
        for temp, _path in self.pending:
            _discard(temp)
        self.pending.clear()


@contextlib.contextmanager
def staged_files() -> Iterator[StagedFiles]:
    """Collect staged files; if the block fails, none of them appears and the temps go."""
    staged = StagedFiles()
    try:
        yield staged
    except BaseException:
        staged.discard()
        raise


@contextlib.contextmanager
def atomic_path(path: Path | str, stage: StagedFiles | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` whole (or, with `stage`,
    waits there for `stage.publish()`); on error nothing changes at `path` and the temporary
    file is removed."""
    path = Path(path)
    temp = temp_name_for(path)
    try:
        yield temp
        fsync_file(temp)
        if stage is not None:
            stage.add(temp, path)
        else:
            publish(temp, path)
    except OSError as error:
        _discard(temp)
        raise storage_error(error, path) from error
    except BaseException:
        _discard(temp)
        raise


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file object; its content replaces `path` whole when the block ends."""
    with atomic_path(path) as temp, open(temp, "wb") as handle:
        yield handle
        handle.flush()


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_write(path) as handle:
        handle.write(data)


def write_text_atomic(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def remove_stale_temp_files(folder: Path | str, older_than_s: float = 3600) -> int:
    """Remove temporary files a killed program left in `folder` (only old ones: a younger one may
    still be being written by another program); returns how many."""
    removed = 0
    now = time.time()
    for temp in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime >= older_than_s:
                temp.unlink()
                removed += 1
    return removed


def remove_database_files(path: Path | str) -> None:
    """Remove a database file and its WAL, shared-memory and journal files (a setup or demo
    that failed must leave nothing behind)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
