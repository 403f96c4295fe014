"""The main window's screens, one module each, all on the one Screen base (screens/base.py)."""
