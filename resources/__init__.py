"""Files shipped with SángKiến: fonts, icons, translations, templates and reference data.

`resource_path` finds them both in the source tree and inside a PyInstaller folder.
"""

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
