"""A person works all day in the window: thousands of signals (every search keystroke, every
background query). PySide6 6.12.0 dropped a reference to True on every emit, and the window
crashed after a few hundred (Fatal Python error: bool_dealloc); pyproject.toml excludes it."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    happened = Signal(object)


def test_emitting_a_signal_keeps_pythons_references(qapp):
    emitter = Emitter()
    emitter.happened.connect(lambda _value: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(100):
        emitter.happened.emit(None)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
