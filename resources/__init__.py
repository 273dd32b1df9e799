"""Files shipped with SángKiến: fonts, icons, translations, templates and reference data.

`resource_path` finds them both in the source tree and inside a PyInstaller folder.
"""

from pathlib import Path


def resource_root() -> Path:
    """<program folder>/resources: db.paths decides where the program folder is, frozen or not."""
    from db.paths import bundled_path

    return bundled_path("resources")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
