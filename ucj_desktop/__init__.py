"""UCJ Desktop: offline registration desk for Kota Bekasi's SIGAP / UCJ programme."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ucj-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
