"""Pages show fresh data without reloading behind the person's back: when records change, a
visible page reloads at once, a hidden one when it is next shown."""

from __future__ import annotations


class RefreshOnChange:
    """Mix into a Page that has `refresh()`; call `watch_records()` at the end of __init__."""

    _stale = True

    def watch_records(self) -> None:
        self.context.records_changed.connect(self._records_changed)

    def _records_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def page_shown(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.refresh()
