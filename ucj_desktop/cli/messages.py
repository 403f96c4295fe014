"""One line for each problem code the CLI can meet, in the language the command speaks.

The words are Indonesian (the programme's language) inside ``QT_TRANSLATE_NOOP("cli", ...)``;
``describe`` translates them where they are shown, so ``pyside6-lupdate`` finds every one and
the English ones live in ``resources/translations/en_cli.ts``. The GUI says the same codes in
its own tables (gui/text/error_text.py, messages.py); the CLI's lines name the option or file
an admin at a terminal must fix. The codes of the office's work are in domain_messages.py,
the hub's in hub_messages.py.
"""

from __future__ import annotations

from ucj_desktop.cli.domain_messages import OFFICE_MESSAGES
from ucj_desktop.cli.hub_messages import HUB_MESSAGES
from ucj_desktop.cli.numbers import fill
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.security.passwords import PasswordPolicyError
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate
from ucj_desktop.wording.details import detail_words, worded

STORE_MESSAGES: dict[Problem, str] = {
    Problem.NOT_INITIALISED: QT_TRANSLATE_NOOP(
        "cli",
        "belum ada data kantor di {path}: jalankan 'ucj init' dahulu (atau beri --data-dir)",
    ),
    Problem.ALREADY_INITIALISED: QT_TRANSLATE_NOOP(
        "cli", "data kantor sudah ada di {path}; tidak ada yang diubah"
    ),
    Problem.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "cli",
        "brankas kunci (keyring) sistem tidak dapat dipakai ({detail}): kunci data tidak dapat "
        "disimpan dengan aman. Jalankan brankas kunci sesi desktop (Windows Credential "
        "Manager, macOS Keychain, GNOME Keyring atau KWallet) lalu coba lagi; aplikasi tidak "
        "pernah menyimpan kunci tanpa brankas",
    ),
    Problem.KEY_MISSING: QT_TRANSLATE_NOOP(
        "cli",
        "kunci data tidak ada di brankas kunci (keyring) komputer ini: jalankan 'ucj recover "
        "KODE' (di hub: 'ucj-hub recover KODE') dengan kode pemulihan yang dicetak saat "
        "penyiapan",
    ),
    Problem.WRONG_KEY: QT_TRANSLATE_NOOP(
        "cli",
        "kunci di brankas kunci (keyring) bukan kunci data di {path}: jalankan 'ucj recover "
        "KODE' dengan kode pemulihan milik data ini",
    ),
    Problem.CORRUPT: QT_TRANSLATE_NOOP(
        "cli",
        "berkas data {path} rusak ({detail}): pulihkan cadangan terakhir dengan 'ucj restore "
        "BERKAS'",
    ),
    Problem.IO_ERROR: QT_TRANSLATE_NOOP(
        "cli",
        "disk tempat {path} tidak dapat dibaca atau ditulisi ({detail}): periksa disk dan "
        "ruang kosongnya, lalu jalankan 'ucj check'; pulihkan cadangan hanya bila pemeriksaan "
        "menemukan kerusakan",
    ),
    Problem.READ_ONLY: QT_TRANSLATE_NOOP(
        "cli", "tidak dapat menulis di {path}: folder atau berkasnya hanya-baca ({detail})"
    ),
    Problem.DISK_FULL: QT_TRANSLATE_NOOP(
        "cli", "disk tempat {path} penuh: kosongkan ruang disk lalu coba lagi"
    ),
    Problem.LOCKED: QT_TRANSLATE_NOOP(
        "cli", "data {path} sedang dipakai program lain: tutup program itu lalu coba lagi"
    ),
    Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "cli", "berkas data {path} tidak dapat dibuka: {detail}"
    ),
    Problem.MANIFEST_INVALID: QT_TRANSLATE_NOOP(
        "cli", "berkas keterangan data {path} rusak: {detail}"
    ),
    Problem.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP(
        "cli",
        "data ini dibuat oleh UCJ Desktop versi yang lebih baru ({detail}): pasang versi itu "
        "atau yang lebih baru",
    ),
    Problem.RECOVERY_CODE_INVALID: QT_TRANSLATE_NOOP(
        "cli", "itu bukan kode pemulihan yang sah ({detail}): periksa kodenya"
    ),
    Problem.RECOVERY_CODE_WRONG_STORE: QT_TRANSLATE_NOOP(
        "cli", "kode pemulihan itu sah, tetapi milik data kantor lain, bukan data di {path}"
    ),
}

PASSWORD_MESSAGES: dict[str, str] = {
    "password.too_short": QT_TRANSLATE_NOOP("cli", "kata sandi: minimal {minimum} karakter"),
    "password.too_long": QT_TRANSLATE_NOOP("cli", "kata sandi: maksimal {maximum} karakter"),
    "password.surrounding_space": QT_TRANSLATE_NOOP(
        "cli", "kata sandi: tidak boleh diawali atau diakhiri spasi"
    ),
    "password.empty": QT_TRANSLATE_NOOP(
        "cli", "kata sandi: tidak diberikan (UCJ_PASSWORD atau masukan standar)"
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("cli", "kata sandi: kedua ketikan berbeda"),
}

DOMAIN_MESSAGES: dict[str, str] = {**OFFICE_MESSAGES, **HUB_MESSAGES}


def describe(exc: BaseException) -> str:
    """The one line printed for an expected failure, in the command's language."""
    if isinstance(exc, StoreError):
        template = STORE_MESSAGES.get(exc.problem)
        if template is None:
            return exc.problem.value
        path = exc.path or translate("cli", "folder data")
        detail = detail_words(exc.detail or "-")
        return fill(translate("cli", template), path=path, detail=detail)
    if isinstance(exc, PasswordPolicyError):
        template = PASSWORD_MESSAGES.get(exc.code)
        return exc.code if template is None else fill(translate("cli", template), **exc.values)
    if isinstance(exc, DomainError):
        domain_template = DOMAIN_MESSAGES.get(exc.code)
        if domain_template is None:
            return str(exc)
        # Some templates name the field ("columns.duplicate"), which is not among the values.
        return fill(translate("cli", domain_template), field=exc.field, **worded(exc.values))
    return str(exc)
