"""The package's version: one place, read by `minutes_parser.__version__` and ``minutes-parser --version``."""

__version__ = "0.1.0"
