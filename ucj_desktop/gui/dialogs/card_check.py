"""Periksa kartu: is the membership card in the officer's hand genuine, and whose is it?

The GUI twin of ``ucj verify-card``. The officer scans the QR code on the back of the card with
a USB scanner, which types the token and Enter into the focused field (or pastes the code); the
hub's signature is checked offline and the verdict shown at once, in big words. Only the claims
of a genuine card are shown (the NIK masked, as the card carries it); a forged card shows
nothing of what it claims. After each check the field's text is selected, so the next scan
replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import day_text, status_label
from ucj_desktop.gui.widgets.page import button_row, role_label, vbox
from ucj_desktop.gui.widgets.style import SCREEN_STYLE, fixed_font, repolish
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.card_check import CardCheck, check_card
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.sync.card_token import CardClaims

UNREADABLE = ("card.not_a_token", "card.bad_payload")

STYLE = (
    SCREEN_STYLE
    + """
QDialog#cardCheckDialog { background: #f5f7fa; }
QLabel[role="dialogTitle"] { font-size: 19px; font-weight: bold; color: #15303d; }
QLabel[role="dialogHint"] { font-size: 13px; color: #4a5b66; }
QLineEdit#tokenEdit { font-size: 13px; padding: 6px 8px; border: 1px solid #b8c6cf;
                      border-radius: 6px; background: #ffffff; color: #15303d; }
QLineEdit#tokenEdit:focus { border: 2px solid #0b4f6c; padding: 5px 7px; }
QPushButton#checkButton { padding: 6px 18px; font-weight: bold; }
QFrame#resultPanel { background: #ffffff; border: 1px solid #d9e1e7; border-radius: 8px; }
QFrame#resultPanel[tone="good"] { background: #eef7f2; border: 2px solid #1b6e47; }
QFrame#resultPanel[tone="warn"] { background: #fff8e6; border: 2px solid #8a5a00; }
QFrame#resultPanel[tone="bad"] { background: #fdf0ef; border: 2px solid #b3261e; }
QLabel#verdictLabel { font-size: 22px; font-weight: bold; color: #15303d; }
QLabel#verdictLabel[tone="good"] { color: #1b6e47; }
QLabel#verdictLabel[tone="warn"] { color: #8a5a00; }
QLabel#verdictLabel[tone="bad"] { color: #b3261e; }
QLabel#verdictLabel[tone="idle"] { font-size: 17px; color: #4a5b66; }
QLabel#adviceLabel { font-size: 13px; color: #15303d; }
QLabel#actionLabel { font-size: 14px; font-weight: bold; color: #15303d; }
QLabel[role="fieldName"] { font-size: 13px; color: #4a5b66; padding-top: 1px; }
QLabel[role="fieldValue"] { font-size: 14px; color: #15303d; }
QLabel#nameValue { font-size: 16px; font-weight: bold; }
QLabel#endValue[tone="warn"] { color: #8a5a00; font-weight: bold; }
"""
)

# The objectNames of the details grid's value labels, top to bottom.
FIELDS = ("nameValue", "kpjValue", "nikValue", "endValue", "officeValue", "localValue")


class CardCheckDialog(QDialog):
    """A field for the scanned code, a "Periksa" button and the verdict panel.

    ``checked`` is emitted after every check that reached the service, with the ``CardCheck``
    of a genuine card or the exception that stopped it. Two are reported as what they are,
    not as a forged card: no trusted hub key (``DomainError("keys.no_hub_key")``) and a code
    whose signature lost or gained characters (``DomainError("card.not_a_token")``).
    """

    checked = Signal(object)

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        parent: QWidget | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardCheckDialog")
        self.setWindowTitle(self.tr("Periksa Kartu Peserta"))
        self.setStyleSheet(STYLE)
        self.opened = opened
        self.who = who
        self.today = today or date.today
        self.last_result: CardCheck | None = None
        self.setMinimumSize(520, 460)
        self.resize(560, 460)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(role_label(self.tr("Periksa kartu peserta"), "dialogTitle"))
        layout.addWidget(
            role_label(
                self.tr(
                    "Pindai QR di balik kartu dengan pemindai, atau tempel kodenya. "
                    "Pemeriksaan berjalan tanpa internet."
                ),
                "dialogHint",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.setSpacing(8)
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("tokenEdit")
        self.token_edit.setPlaceholderText(
            self.tr("Pindai QR di balik kartu, atau tempel kodenya di sini")
        )
        # Codes in a fixed-width font (easy to compare by eye); the placeholder in the
        # normal font, so that it fits.
        self._mono = fixed_font()
        self._plain = self.token_edit.font()
        # The hint is read whole, whatever its language's length.
        self.token_edit.ensurePolished()
        hint = self.token_edit.fontMetrics().horizontalAdvance(self.token_edit.placeholderText())
        self.token_edit.setMinimumWidth(hint + 64)  # padding, frame and the clear button
        self.token_edit.textChanged.connect(self._pick_font)
        self.token_edit.setClearButtonEnabled(True)
        self.token_edit.setAccessibleName(self.tr("Kode kartu"))
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.setObjectName("checkButton")
        # Enter in the field is the scanner's "done": it runs the check through returnPressed
        # only, so no button may be the dialog's default (that would check twice).
        self.check_button.setAutoDefault(False)
        self.token_edit.returnPressed.connect(lambda: self.check())
        self.check_button.clicked.connect(lambda: self.check())
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        layout.addSpacing(2)

        self.result_panel = QFrame()
        self.result_panel.setObjectName("resultPanel")
        panel = vbox(self.result_panel, margins=(18, 12, 18, 12), spacing=6)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("adviceLabel")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel.addWidget(self.verdict_label)
        panel.addWidget(self.advice_label)

        self.details = QWidget()
        self.details.setObjectName("detailsGrid")
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        names = (
            self.tr("Nama"),
            self.tr("KPJ"),
            self.tr("NIK"),
            self.tr("Berlaku s.d."),
            self.tr("Kantor"),
            self.tr("Catatan di kantor ini"),
        )
        self.values: dict[str, QLabel] = {}
        for index, (object_name, name) in enumerate(zip(FIELDS, names, strict=True)):
            name_label = role_label(name, "fieldName")
            name_label.setIndent(0)
            value = role_label(role="fieldValue", wrap=True)
            value.setObjectName(object_name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Top-aligned beside a wrapped value; the name's row centred (its value is larger).
            align = Qt.AlignmentFlag.AlignVCenter if index == 0 else Qt.AlignmentFlag.AlignTop
            grid.addWidget(name_label, index, 0, align)
            grid.addWidget(value, index, 1)
            self.values[object_name] = value
        for object_name in ("kpjValue", "nikValue"):
            self.values[object_name].setFont(fixed_font())
        panel.addWidget(self.details)
        self.action_label = QLabel()
        self.action_label.setObjectName("actionLabel")
        self.action_label.setWordWrap(True)
        panel.addSpacing(4)
        panel.addWidget(self.action_label)
        panel.addStretch(1)
        layout.addWidget(self.result_panel, 1)

        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        layout.addLayout(button_row(self.close_button))

        self._show_waiting()
        self.token_edit.setFocus()

    # Checking

    def check(self, text: str | None = None) -> CardCheck | None:
        """Check ``text`` (default: the field's text); the genuine card's CardCheck, or None."""
        if text is None:
            text = self.token_edit.text()
        else:
            self.token_edit.setText(text)
        self.last_result = None
        if not text.strip():
            self._show(
                "idle",
                self.tr("Belum ada kode"),
                self.tr(
                    "Arahkan pemindai ke QR di balik kartu, atau tempel kodenya di kolom di "
                    "atas, lalu tekan Enter."
                ),
            )
            self._ready_for_next_scan()
            return None
        try:
            result = check_card(self.opened, self.who, text)
        except EXPECTED_ERRORS as exc:
            reported = self._show_failure(exc, text)
            self._ready_for_next_scan()
            self.checked.emit(reported)
            return None
        self.last_result = result
        self._show_card(result)
        self._ready_for_next_scan()
        self.checked.emit(result)
        return result

    def _pick_font(self, text: str) -> None:
        self.token_edit.setFont(self._mono if text else self._plain)

    def _ready_for_next_scan(self) -> None:
        self._fit()
        self.token_edit.setFocus()
        self.token_edit.selectAll()

    def _fit(self) -> None:
        """Grow to show the whole verdict (wrapped labels do not raise a dialog's minimum
        height by themselves: a long name or a narrow window would clip the details)."""
        for widget in (self.details, self.result_panel, self):
            layout = widget.layout()
            if layout is not None:
                layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # What the panel shows

    def _show_waiting(self) -> None:
        self._show(
            "idle",
            self.tr("Menunggu kartu"),
            self.tr("Hasil pemeriksaan tampil di sini: asli atau tidak, dan milik siapa kartunya."),
        )

    def _show(
        self,
        tone: str,
        verdict: str,
        advice: str,
        action: str = "",
        card: CardCheck | None = None,
    ) -> None:
        self.verdict_label.setText(verdict)
        self.verdict_label.setProperty("tone", tone)
        self.result_panel.setProperty("tone", tone)
        repolish(self.verdict_label)
        repolish(self.result_panel)
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        self.action_label.setText(action)
        self.action_label.setVisible(bool(action))
        if card is None:  # nothing of an unverified card's claims stays on screen
            for value in self.values.values():
                value.clear()
        self.details.setVisible(card is not None)

    def _show_card(self, result: CardCheck) -> None:
        claims = result.claims
        end = self._date_text(claims.coverage_end)
        compare = self.tr("→ Cocokkan nama di atas dengan KTP pekerja.")
        if claims.coverage_end >= self.today():
            tone = "good"
            self._show(
                tone,
                self.tr("✓ KARTU ASLI"),
                self.tr("Tanda tangan hub kota cocok: kartu ini dibuat oleh hub dan tidak diubah."),
                compare,
                result,
            )
        else:
            tone = "warn"
            self._show(
                tone,
                self.tr("⚠ KARTU ASLI, MASA BERLAKU HABIS"),
                self.tr(
                    "Kartu ini asli, tetapi kepesertaannya berakhir pada {end}. Kartu ini tidak "
                    "lagi membuktikan kepesertaan yang aktif."
                ).format(end=end),
                compare,
                result,
            )
        self.values["nameValue"].setText(claims.name)
        self.values["kpjValue"].setText(claims.kpj)
        self.values["nikValue"].setText(claims.nik_masked)
        self.values["endValue"].setText(end)
        self.values["endValue"].setProperty("tone", tone)  # an ended cover in the warn colour
        repolish(self.values["endValue"])
        self.values["officeValue"].setText(self._office_text(claims))
        self.values["localValue"].setText(self._local_text(result.local_status))

    def _show_failure(self, exc: Exception, text: str) -> Exception:
        """Show why the card was not accepted; the exception ``checked`` reports."""
        code = exc.code if isinstance(exc, DomainError) else ""
        if code == "keys.no_hub_key":
            # Without a trusted hub key no card can verify: say so, never "forged".
            self._show(
                "warn",
                self.tr("Belum dapat memeriksa kartu"),
                self.tr(
                    "Kunci hub kota belum diimpor di komputer ini, jadi tanda tangan kartu "
                    "belum dapat diperiksa. Ini bukan berarti kartunya palsu."
                ),
                self.tr(
                    "→ Admin perlu mengimpor kunci hub dari Disnaker lebih dulu, di layar "
                    "Sinkronisasi. Sampai itu, kartu belum dapat diterima sebagai bukti."
                ),
            )
            return exc
        if code == "card.bad_signature":
            self._show(
                "bad",
                self.tr("✗ BUKAN KARTU ASLI"),
                self.tr(
                    "Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini tidak "
                    "dibuat oleh hub, atau isinya telah diubah."
                ),
                self.tr(
                    "→ Pindai ulang sekali lagi untuk memastikan.\n"
                    "→ Bila hasilnya sama, jangan terima kartu ini.\n"
                    "→ Laporkan kepada supervisor."
                ),
            )
        elif code in UNREADABLE:
            self._show(
                "bad",
                self.tr("? KODE TIDAK TERBACA"),
                self.tr("Yang terbaca bukan kode kartu UCJ yang utuh."),
                self.tr(
                    "→ Pindai ulang; pegang kartu rata dan diam.\n"
                    "→ Atau tempel kodenya lengkap: satu deret angka panjang\n"
                    "   (kartu lama: diawali UCJ1.).\n"
                    "→ Bila tetap gagal, laporkan kepada supervisor."
                ),
            )
        else:
            self._show("bad", self.tr("Tidak dapat memeriksa"), error_text(exc))
        return exc

    # Words for the details

    @staticmethod
    def _date_text(day: date) -> str:
        return day_text(day)

    def _office_text(self, claims: CardClaims) -> str:
        kelurahan = kelurahan_by_code(claims.office)
        if kelurahan is None:
            return claims.office
        return self.tr("{kelurahan}, Kec. {kecamatan}").format(
            kelurahan=kelurahan.name, kecamatan=kelurahan.kecamatan_name
        )

    def _local_text(self, local_status: str | None) -> str:
        if local_status is None:
            return self.tr("Tidak ada catatan di kantor ini (kartu dari kelurahan lain)")
        try:
            return status_label(Status(local_status))
        except ValueError:
            return local_status
