"""Files attached to an initiative (scans, photos): content stored once by SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import Attachment, Blob
from db.queries.initiatives import live_initiative
from db.validation import Problem, ValidationFailed, raise_if, unreadable_file

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_NAME_CHARS = 255


class AttachmentNotFound(LookupError):
    def __init__(self, attachment_id: str) -> None:
        super().__init__(Message("lookup.no_attachment", id=attachment_id))


def _too_big(size: int) -> Problem:
    size_mb, limit = f"{size / 1048576:.1f}", MAX_ATTACHMENT_BYTES // 1048576
    return Problem.said(
        "file", "too_big", Message("validation.file_too_big", size=size_mb, limit=limit)
    )


@dataclass(frozen=True)
class ReadFile:
    """A file read and hashed ahead of saving (off the GUI thread): `attach_file` takes it."""

    path: Path
    content: bytes
    sha256: str


def read_file(path: Path) -> ReadFile:
    """Read and hash a file to attach; ValidationFailed if too big or unreadable."""
    content = _read_content(path)
    return ReadFile(path, content, hashlib.sha256(content).hexdigest())


def _read_content(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        content = bytes(source)
        raise_if([_too_big(len(content))] if len(content) > MAX_ATTACHMENT_BYTES else [])
        return content
    path = Path(source)
    try:
        size = path.stat().st_size
        raise_if([_too_big(size)] if size > MAX_ATTACHMENT_BYTES else [])
        return path.read_bytes()
    except OSError as error:
        said = unreadable_file(path, error)
        raise ValidationFailed([Problem.said("file", "unreadable", said)]) from None


def _clean_file_name(source: str | Path | bytes, file_name: str | None) -> str:
    if file_name is None and not isinstance(source, bytes | bytearray | memoryview):
        file_name = Path(source).name
    name = PurePath((file_name or "").replace("\\", "/")).name.strip()
    if not name:
        raise ValidationFailed(
            [Problem.said("file_name", "required", Message("validation.file_name"))]
        )
    if len(name) > MAX_NAME_CHARS:
        stem, suffix = name.rsplit(".", 1) if "." in name else (name, "")
        name = stem[: MAX_NAME_CHARS - len(suffix) - 1] + ("." + suffix if suffix else "")
    return name


def store_blob(session: Session, content: bytes, digest: str | None = None) -> str:
    """The content's SHA-256, storing the content unless it is already there."""
    digest = digest or hashlib.sha256(content).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(content), data=content))
        session.flush()
    return digest


def attach_file(
    session: Session,
    initiative_id: str,
    path_or_bytes: str | Path | bytes | ReadFile,
    file_name: str | None = None,
    actor: str = "",
) -> Attachment:
    """Attach a file (a path, bytes with `file_name`, or a file already read) to a live
    initiative."""
    initiative = live_initiative(session, initiative_id)
    if isinstance(path_or_bytes, ReadFile):
        name = _clean_file_name(path_or_bytes.path, file_name)
        content, digest = path_or_bytes.content, path_or_bytes.sha256
    else:
        name = _clean_file_name(path_or_bytes, file_name)
        content, digest = _read_content(path_or_bytes), None
    digest = store_blob(session, content, digest)
    return RecordWriter(session, actor).create(
        Attachment,
        initiative_id=initiative.id,
        sha256=digest,
        file_name=name,
        mime_type=mimetypes.guess_type(name)[0],
        size=len(content),
        added_on=dt.date.today(),
    )


def attachment_content(session: Session, attachment_id: str) -> bytes:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise AttachmentNotFound(attachment_id)
    data = session.scalar(select(Blob.data).where(Blob.sha256 == attachment.sha256))
    if data is None:
        raise AttachmentNotFound(Message("attachment.not_synced", name=attachment.file_name))
    return data


def remove_attachment(session: Session, attachment_id: str, actor: str = "") -> Attachment:
    """A tombstone: the attachment disappears from the initiative; its content stays stored."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise AttachmentNotFound(attachment_id)
    RecordWriter(session, actor).delete(attachment)
    return attachment
