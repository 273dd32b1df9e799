"""Everything a person sees of SángKiến: the Qt windows, the command line and printed output."""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # `desktop.__version__` (db.version), read only when asked for: importlib.metadata costs
    # 45-70 ms, and every start (the window, every command) imports this package first.
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from db.version import APP_VERSION

    return APP_VERSION
