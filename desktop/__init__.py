"""Everything a person sees of SángKiến: the Qt windows, the command line and printed output."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sangkien")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
