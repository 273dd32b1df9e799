"""The garbage collector during start-up (issue 13).

Start-up makes some 70,000 objects that live as long as the process: SQLAlchemy, the models, the
parsers, Qt's wrappers. The collector, run every 700 new objects, walked them again and again and
found nothing: 10-25% of a command's time. `sangkien` (desktop.__main__) pauses it until the
database is open or the window shows (`start_up_done`), then freezes what exists out of later
collections and runs it as usual. A command that opens no database the usual way (the demo,
restoring a backup) gets it back once the process has used START_UP_LIMIT_S of CPU all the
same (CPU, not the clock: on a busy machine start-up takes longer by the clock, not in CPU), so
no long run goes without it. Tests that call desktop.cli.run in process are not affected.
"""

from __future__ import annotations

import gc
import threading
import time

START_UP_LIMIT_S = 3.0

_paused = False


def pause_collector() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True
        threading.Thread(target=_limit_pause, name="start-up limit", daemon=True).start()


def _limit_pause() -> None:
    while _paused:
        if time.process_time() >= START_UP_LIMIT_S:
            start_up_done()
            return
        time.sleep(0.1)


def start_up_done() -> None:
    """What start-up made stays (frozen); the collector runs again from here on."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
