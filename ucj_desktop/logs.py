"""Logging setup. Log lines never carry personal data: codes, ids and counts only."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import platformdirs


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotated log file whose own failures (a full disk) lose the line, not the command:
    logging's default prints a traceback on the officer's console instead."""

    def handleError(self, record: logging.LogRecord) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a bug in a log call still shows
            super().handleError(record)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be flushed: the disk is full
            self.stream = None


def setup_logging(data_dir: Path | None, level: int = logging.INFO) -> None:
    """Log to ``DATA_DIR/logs/ucj.log`` (rotated); before a store exists, to the user log folder."""
    root = logging.getLogger("ucj_desktop")
    if root.handlers:
        return
    root.setLevel(level)
    root.propagate = False
    try:
        log_dir = (
            data_dir / "logs"
            if data_dir is not None
            else Path(platformdirs.user_log_dir("UCJDesktop", "PemkotBekasi"))
        )
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _QuietFileHandler(
            log_dir / "ucj.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only folder must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
