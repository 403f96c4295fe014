"""Ack: one acknowledgement per office into a folder (``ucj-hub emit-acks``): the final words
not yet told (enrolled with KPJ and card token, returned with the reason), the waiting ranks
that moved, and the city's quota. Each round's acks are listed with what each carried; what
the next round would carry is counted in the background."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.cycle_models import AcksModel
from ucj_desktop.gui.hub.screen import HubScreen
from ucj_desktop.gui.text.hub_desk_text import counts_text
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.page import path_text, role_label
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.acks import AckRound, emit_acks


class AcksScreen(HubScreen):
    """``emitted(AckRound)`` follows acks written from this screen; ``previewed`` follows the
    background count of what the next round carries."""

    emitted = Signal(object)
    previewed = Signal(object)

    key = "ack"

    def build_page(self, layout: QVBoxLayout) -> None:
        self.next_label = role_label(role="cardLabel", wrap=True, name="nextRound")
        layout.addWidget(self.next_label)
        self.emit_button = self.action_button(
            self.tr("Tulis tanda terima ke &folder…"), self.write_acks, Permission.HUB_CYCLE
        )
        self.action_row(layout, self.emit_button).addStretch(1)
        self.banner(layout)
        rounds = QHBoxLayout()
        self.round_combo = self.labelled_combo(rounds, self.tr("&Putaran:"), 40)
        rounds.addStretch(1)
        layout.addLayout(rounds)
        self.model = AcksModel(self)
        self.table = self.sorting_table(
            self.model, AcksModel.COL_FILE, AcksModel.COL_OFFICE, "acksTable"
        )
        layout.addWidget(self.table, 1)
        self.round_combo.currentIndexChanged.connect(self._show_round)
        self.rounds: list[desk_views.AckRoundView] = []

    def reload(self) -> None:
        desk = self.desk
        rounds = self.read_now(
            lambda: desk_views.ack_rounds(desk),
            self.say_failed(self.tr("Tanda terima tidak terbaca")),
        )
        if rounds is None:
            return
        self.rounds = rounds
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self.rounds:
            self.round_combo.addItem(
                self.tr("Putaran {n} · {when} · {acks} tanda terima, {records} kabar").format(
                    n=r.round,
                    when=local_time(r.made_at, False),
                    acks=self.number(len(r.acks)),
                    records=self.number(sum(a.ack.records for a in r.acks)),
                ),
                r.round,
            )
        if not self.rounds:
            self.round_combo.addItem(self.tr("Belum ada tanda terima"), None)
        self.round_combo.blockSignals(False)
        self._show_round(0)
        self.next_label.setText(self.tr("Menghitung isi tanda terima berikutnya…"))
        self.read_later(lambda: desk_views.untold(desk), self._show_next, name="acks untold")

    def _show_round(self, index: int) -> None:
        self.model.set_rows(list(self.rounds[index].acks) if 0 <= index < len(self.rounds) else [])

    def _show_next(self, untold: dict[str, Counter[str]]) -> None:
        total: Counter[str] = Counter()
        for counts in untold.values():
            total.update(counts)
        if not total:
            self.next_label.setText(self.tr("Tidak ada kabar baru untuk kantor."))
        else:
            self.next_label.setText(
                self.tr("Tanda terima berikutnya: {n} kantor · {counts}").format(
                    n=self.number(len(untold)), counts=counts_text(total)
                )
            )
        self.previewed.emit(untold)

    def write_acks(self, folder: Path | None = None) -> Any:
        folder = folder or self._ask_folder(self.tr("Folder untuk tanda terima kantor"))
        if folder is None:
            return None
        out = folder
        return self.run_desk_op(
            self.as_operator(Permission.HUB_CYCLE, lambda hub: emit_acks(hub, out)),
            lambda done: self._written(done, out),
            self.tr("Menulis tanda terima…"),
            name="emit acks",
        )

    def _written(self, done: AckRound, folder: Path) -> None:
        if done.again and not done.acks:
            title = self.tr("Tidak ada kabar baru untuk kantor; tidak ada yang ditulis")
        elif done.again:
            title = self.tr("Tidak ada kabar baru; putaran {n} ditulis ulang").format(n=done.round)
        else:
            title = self.tr("Putaran {n}: {acks} tanda terima ditulis").format(
                n=done.round, acks=self.number(len(done.acks))
            )
        q = done.quota
        detail = self.tr(
            "Di {folder}. Kuota kota: {used} dari {total} terpakai, {waiting} menunggu. "
            "Bawa setiap berkas ke kantornya (Sinkronisasi → Impor tanda terima)."
        ).format(
            folder=path_text(folder),
            used=self.number(q.used),
            total=self.number(q.total),
            waiting=self.number(q.waiting),
        )
        self.say_done(title, detail, self.emitted, done)
