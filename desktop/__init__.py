"""Everything a person sees of SángKiến: the Qt windows, the command line and printed output."""

from db.version import APP_VERSION as __version__

__all__ = ["__version__"]
