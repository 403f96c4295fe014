"""The Qt binding itself: releases with reference-count bugs that would crash the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def test_void_calls_do_not_drop_references_to_none(qapp):
    # PySide6 6.12.0 released a reference to None on every call returning void; on Python 3.11
    # None's count then reaches zero and the interpreter aborts ("none_dealloc") mid-session.
    before = sys.getrefcount(None)
    for _ in range(2000):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    assert sys.getrefcount(None) >= before - 50  # other threads may hold a few transiently
