"""Codes turned into words (Bahasa Indonesia), usable without Qt: GUI, CLI and printing."""
