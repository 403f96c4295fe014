"""An English catalog for the language tests, built by Qt's own lrelease from a few words
(the app's ucj_en.qm is filled by the translators, and a test must not depend on their words),
and the language put back after each test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from ucj_desktop.gui.language import QM_NAME, apply_language, use_catalog
from ucj_desktop.wording.linguist import tool

# (context, Indonesian source) -> English, as a translator would write them.
WORDS: Mapping[tuple[str, str], str] = {
    ("RegistrationForm", "Nama &lengkap"): "Full &name",
    ("RegistrationForm", "&Ajukan verifikasi"): "&Submit for verification",
    ("RegistrationForm", "Pendaftaran"): "Registration",
    ("RegistrationScreen", "Kuota terpakai kantor ini: {used} dari {quota}"): (
        "Quota used by this office: {used} of {quota}"
    ),
    ("EligibilityPanel", "Kelayakan"): "Eligibility",
    ("screens", "Beranda"): "Home",
    ("screens", "Pendaftaran"): "Registration",
    ("DeskWindow", "Kunci layar"): "Lock screen",
    ("LoginDialog", "Masuk"): "Sign in",
    ("hub_login", "Masuk — UCJ Hub"): "Sign in — UCJ Hub (EN)",
    ("LoginDialog", "&Nama pengguna"): "&User name",
    ("LanguageSwitch", "Bahasa:"): "Language:",
    ("hub_screens", "Kantor"): "Offices",
    ("HubWindow", "UCJ Hub"): "UCJ Hub (EN)",
}


def build_catalog(folder: Path, words: Mapping[tuple[str, str], str] = WORDS) -> Path:
    """``folder / ucj_en.qm`` compiled from ``words``; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), english in words.items():
        contexts.setdefault(context, []).append((source, english))
    body = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(e)}</translation></message>"
            for s, e in messages
        )
        + "</context>"
        for name, messages in contexts.items()
    )
    ts = folder / "en_test.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="en">{body}</TS>\n',
        encoding="utf-8",
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(folder / QM_NAME)],
        check=True,
        capture_output=True,
    )
    return folder


@contextmanager
def english_words(folder: Path) -> Iterator[Path]:
    """English from ``WORDS`` while the block runs; the app's catalog and Bahasa Indonesia
    after it (the process's language is global)."""
    use_catalog(build_catalog(folder))
    try:
        yield folder
    finally:
        use_catalog(None)
        apply_language("id")
