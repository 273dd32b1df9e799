"""What can stop a package: one exception a person can act on, whatever went wrong.

`PackageRefused(message)` is raised before anything is written (or inside the one import
transaction, which then rolls back): the message says in Vietnamese what is wrong and what to do,
with an English gloss in parentheses. The command line prints it and exits 1; the GUI shows it.
"""

from __future__ import annotations

from db.progress import IsCancelled, OperationCancelled


class PackageRefused(Exception):
    """A package (or an export) that cannot go ahead; `str(error)` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnknownSender(PackageRefused):
    """A first package from a node not pinned here: a person must compare the key's fingerprint
    with the sender (by phone, on paper) and then trust it (`--trust-new-node`, or the GUI's
    prompt)."""

    def __init__(self, message: str, *, unit_code: str, node_id: str, fingerprint: str) -> None:
        super().__init__(message)
        self.unit_code = unit_code
        self.node_id = node_id
        self.fingerprint = fingerprint


class SyncCancelled(OperationCancelled):
    """The person pressed Cancel: nothing was written, no file was left behind. Not a refusal:
    `except PackageRefused` never catches it, so a cancelled batch of packages stops whole."""


def check_cancelled(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise SyncCancelled()
