"""UCJ Desktop: offline registration desk for Kota Bekasi's SIGAP / UCJ programme."""

# The one place the version is written: pyproject.toml reads it from here (dynamic version),
# so the programs need not ask importlib.metadata at every start.
__version__ = "0.1.0"
