"""Dialogs a screen opens (or the app shell, for restore): one module per dialog or family."""
