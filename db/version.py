"""The installed version of SángKiến: written into packages and shown by the window and commands."""

from importlib.metadata import PackageNotFoundError, version

try:
    APP_VERSION = version("sangkien")
except PackageNotFoundError:  # running from a source tree that was not installed
    APP_VERSION = "0.1.0"
