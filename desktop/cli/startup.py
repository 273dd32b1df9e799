"""The garbage collector during start-up (issue 13).

Start-up makes some 70,000 objects that live as long as the process: SQLAlchemy, the models, the
parsers, Qt's wrappers. The collector, run every 700 new objects, walked them again and again and
found nothing: ~10% of a command's time. `sangkien` (desktop.__main__) pauses it until the
database is open or the window shows (`start_up_done`), then freezes what exists out of later
collections and runs it as usual. Tests that call desktop.cli.run in process are not affected.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_up_done() -> None:
    """What start-up made stays (frozen); the collector runs again from here on."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
