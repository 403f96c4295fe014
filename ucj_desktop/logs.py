"""Logging setup. Log lines never carry personal data: codes, ids and counts only."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs


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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "ucj.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only folder must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
