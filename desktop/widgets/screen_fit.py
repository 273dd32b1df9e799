"""Windows that fit the screen a person has: a 1366×768 laptop with a 40-pixel taskbar leaves
1366×728, of which a window's frame takes some more. A dialog asks for the size it would like and
gets no more than the screen's free area (less a margin for the frame)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_MARGIN = 40  # title bar and borders that the window manager adds around the dialog


def available_size(widget: QWidget | None = None) -> tuple[int, int]:
    """The width and height of the screen's free area (without taskbars)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or smaller when the screen is smaller."""
    free_width, free_height = available_size(widget)
    widget.resize(
        min(width, free_width - FRAME_MARGIN // 2), min(height, free_height - FRAME_MARGIN)
    )


def fit_remembered(widget: QWidget, settings, key: str, width: int, height: int) -> None:
    """The size and place a person left this window at last time (settings' `key`), else
    width×height fitted to the screen; remember_geometry() keeps it when it closes."""
    fit_to_screen(widget, width, height)
    geometry = settings.value(key)
    if geometry is not None:
        widget.restoreGeometry(geometry)


def remember_geometry(widget: QWidget, settings, key: str) -> None:
    settings.setValue(key, widget.saveGeometry())
