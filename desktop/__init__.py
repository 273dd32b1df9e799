"""Everything a person sees of SángKiến: the Qt windows, the command line and printed output."""


def __getattr__(name: str) -> str:
    # `desktop.__version__`, read only when asked for: importlib.metadata costs ~70 ms at start-up.
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sangkien")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.1.0"
