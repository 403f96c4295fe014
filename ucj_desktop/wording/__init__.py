"""Codes turned into words (Bahasa Indonesia), usable without Qt by the GUI, the CLI and printing."""
