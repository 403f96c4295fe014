"""Indonesian sentences for storage problems shown at start-up (never a traceback)."""

from __future__ import annotations

from ucj_desktop.gui.platform_check import PlatformProblem
from ucj_desktop.gui.text import translate
from ucj_desktop.security.recovery import RecoveryCodeError, line_of_group
from ucj_desktop.store.errors import Problem, StoreError


def _recovery_code_error(error: BaseException) -> RecoveryCodeError | None:
    cause = error.__cause__
    return cause if isinstance(cause, RecoveryCodeError) else None


def recovery_code_line(error: BaseException) -> int | None:
    """The line of the printed code to check, when ``error`` names a group of it."""
    found = _recovery_code_error(error)
    return None if found is None or found.group is None else line_of_group(found.group)


def _recovery_code_invalid_text(error: StoreError) -> str:
    found = _recovery_code_error(error)
    if found is not None and found.code == "recovery.empty":
        return translate(
            "messages", "Ketik kode pemulihan dari lembar yang dicetak saat penyiapan."
        )
    if found is not None and found.code == "recovery.length":
        return translate(
            "messages",
            "Kode pemulihan belum lengkap atau kelebihan huruf: 14 kelompok berisi 4 huruf "
            "atau angka (4 baris, baris terakhir 2 kelompok).",
        )
    if found is not None and found.group is not None:
        return translate(
            "messages",
            "Kode pemulihan tidak sah: periksa kelompok ke-{group} (baris {line}) dengan "
            "lembar kode pemulihan.",
        ).format(group=found.group, line=line_of_group(found.group))
    return translate(
        "messages", "Kode pemulihan tidak sah: ada salah ketik. Periksa setiap kelompok."
    )


def store_problem_text(error: StoreError) -> str:
    texts = {
        Problem.NOT_INITIALISED: translate(
            "messages",
            "Belum ada data kantor di folder ini. Minta admin menjalankan penyiapan awal "
            "(ucj init).",
        ),
        Problem.ALREADY_INITIALISED: translate("messages", "Data kantor sudah ada di folder ini."),
        Problem.KEYRING_UNAVAILABLE: translate(
            "messages",
            "Brankas kunci sistem (keyring) tidak tersedia, jadi kunci data tidak dapat "
            "disimpan dengan aman. Aktifkan Windows Credential Manager / Keychain / GNOME "
            "Keyring, lalu buka aplikasi lagi.",
        ),
        Problem.KEY_MISSING: translate(
            "messages",
            "Kunci data tidak ada di brankas kunci (keyring) komputer ini. Admin dapat "
            "memulihkannya dengan kode pemulihan yang dicetak saat penyiapan, atau memulihkan "
            "data dari berkas cadangan (.ucjbak).",
        ),
        Problem.WRONG_KEY: translate(
            "messages",
            "Kunci di brankas kunci (keyring) komputer ini bukan kunci data kantor ini. Admin "
            "dapat memulihkannya dengan kode pemulihan milik data ini, atau memulihkan data "
            "dari berkas cadangan (.ucjbak).",
        ),
        Problem.CORRUPT: translate(
            "messages", "Berkas data rusak. Hubungi admin untuk memulihkan dari cadangan terakhir."
        ),
        Problem.IO_ERROR: translate(
            "messages",
            "Disk tidak dapat dibaca atau ditulisi. Periksa disk dan ruang kosongnya, lalu "
            "minta admin menjalankan pemeriksaan data (ucj check). Jangan memulihkan cadangan "
            "kecuali pemeriksaan menemukan kerusakan.",
        ),
        Problem.READ_ONLY: translate(
            "messages",
            "Folder data tidak dapat ditulisi (hanya-baca). Pindahkan data ke folder yang "
            "dapat ditulisi atau minta admin memperbaiki izin folder.",
        ),
        Problem.DISK_FULL: translate(
            "messages", "Disk penuh. Kosongkan ruang disk lalu coba lagi."
        ),
        Problem.LOCKED: translate(
            "messages", "Data sedang dipakai program lain. Tutup program itu lalu coba lagi."
        ),
        Problem.CANNOT_OPEN: translate("messages", "Berkas data tidak dapat dibuka."),
        Problem.MANIFEST_INVALID: translate(
            "messages", "Berkas keterangan data (store.json) rusak. Hubungi admin."
        ),
        Problem.SCHEMA_TOO_NEW: translate(
            "messages",
            "Data ini dibuat oleh versi UCJ Desktop yang lebih baru. Pasang versi terbaru.",
        ),
        Problem.RECOVERY_CODE_INVALID: _recovery_code_invalid_text(error),
        Problem.RECOVERY_CODE_WRONG_STORE: translate(
            "messages", "Kode pemulihan ini milik data kantor lain."
        ),
    }
    return texts.get(error.problem, error.problem.value)


def keyring_missing_text() -> str:
    """The first page of setup on a computer whose keyring cannot keep the store key: what
    it is, why there is no other way, and what to do on each system, in full."""
    return translate(
        "messages",
        "UCJ Desktop menyimpan kunci data kantor di brankas kunci (keyring) sistem operasi, "
        "tidak di berkas biasa, supaya data warga tidak dapat dibaca bila laptop atau "
        "disknya hilang. Di komputer ini brankas kunci tidak dapat dipakai, jadi "
        "data kantor belum dapat dibuat. Aplikasi tidak pernah menyimpan kunci tanpa "
        "brankas.\n\n"
        "Yang perlu dilakukan:\n"
        "• Windows: masuk dengan akun Windows biasa (bukan akun sementara); Credential "
        "Manager (Pengelola Kredensial) harus berjalan.\n"
        "• Linux: masuk ke sesi desktop yang menjalankan GNOME Keyring (paket gnome-keyring) "
        "atau KWallet, dan buka kuncinya bila diminta.\n"
        "• macOS: Keychain pengguna (login) harus terbuka.\n\n"
        "Sesudah itu tutup penyiapan ini dan buka UCJ Desktop lagi. Bila masih gagal, "
        "hubungi admin TI Disnaker.",
    )


def platform_problem_text(problem: PlatformProblem) -> str:
    """One line for the terminal and the log: what Qt's platform plugin lacks, and the fix."""
    if problem.missing:
        return translate(
            "messages",
            "jendela tidak dapat dibuka: Qt ({plugin}) memerlukan pustaka sistem yang tidak "
            "ada: {libraries}. Pasang: sudo apt install {packages}",
        ).format(
            plugin=problem.plugin,
            libraries=", ".join(soname for soname, _ in problem.missing),
            packages=" ".join(package for _, package in problem.missing),
        )
    return translate(
        "messages", "jendela tidak dapat dibuka: Qt ({plugin}) tidak dapat dimuat: {reason}"
    ).format(plugin=problem.plugin, reason=problem.reason)


def qt_fatal_text(message: str) -> str:
    """Qt's own last words before it stops the app (e.g. no X display), on one line."""
    return translate("messages", "jendela tidak dapat dibuka: {message}").format(message=message)
