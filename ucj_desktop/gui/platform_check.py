"""Before the first window: will Qt's platform plugin load, and if not, what is missing?

On Linux under X11 Qt loads its ``xcb`` plugin, which links against a dozen system libraries
(libxcb-icccm, libxcb-keysyms, libxkbcommon-x11...). When one is missing Qt logs a warning that
often names the wrong one, then aborts (qFatal, exit 134) before any window. So before
QApplication exists we load the plugin ourselves; if the loader refuses, each library the plugin
needs is tried on its own and the missing ones are named with the Debian/Ubuntu package that
brings them. The plugin is tried first because the frozen bundle may carry some of the
libraries beside it, where a bare ``CDLL("libxcb-...")`` would not look.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# What Qt 6's libqxcb.so / libQt6XcbQpa.so.6 link against outside Qt (ldd of the PySide6 wheel),
# with the Debian/Ubuntu package of each. README's "A real Linux desktop" lists the same.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


@dataclass(frozen=True)
class PlatformProblem:
    """Qt's platform plugin ``plugin`` will not load: ``missing`` libraries (soname, package),
    or, when none of those is the cause, the loader's own ``reason``."""

    plugin: str
    missing: tuple[tuple[str, str], ...]
    reason: str


def platform_name(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first on this system."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if not sys.platform.startswith("linux"):
        return ""
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return "wayland" if wayland else "xcb"


def _load_error(name: str) -> str | None:
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return None


def xcb_plugin() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms/libqxcb.so"


def platform_problem(
    environ: Mapping[str, str] = os.environ, plugin: Path | None = None
) -> PlatformProblem | None:
    """Why Qt's platform plugin cannot load here, or None (it loads, or it is not xcb)."""
    if platform_name(environ) != "xcb":
        return None
    plugin = plugin or xcb_plugin()
    if not plugin.exists():  # not our wheel's layout: let Qt say what it says
        return None
    reason = _load_error(str(plugin))
    if reason is None:
        return None
    missing = tuple(
        (soname, package)
        for soname, package in XCB_LIBRARIES.items()
        if _load_error(soname) is not None
    )
    return PlatformProblem("xcb", missing, reason)
