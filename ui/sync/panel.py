"""SyncPanel: one progress bar per partner, its state in words, and a Sync now / Stop button."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.sync import PartnerProgress, PartnerStatus, SyncReport
from ui import labels
from ui.i18n import plural, tr
from ui.labels import failure_words
from ui.widgets.tiles import TileGrid


class SyncPanel(QWidget):
    sig_sync_requested = Signal()
    sig_stop_requested = Signal()
    sig_review_set_aside = Signal()
    sig_outbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.partners = TileGrid()  # as many partners a line as fit, more lines as text grows
        self._rows: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        self.button = QPushButton()
        self.button.clicked.connect(self._on_button)
        self._running = False
        self._synced_here = False
        """A sync finished in this window (its summary says what it fetched)."""
        self._show_idle_button()
        self.summary = QLabel(tr("Not synced yet"))
        self.summary.setAccessibleName(tr("Sync status"))
        self.summary.setWordWrap(True)
        self.review = QPushButton(tr("Set &aside…"))
        self.review.setToolTip(tr("Records partners sent that could not be read"))
        self.review.setAccessibleName(tr("Review records set aside"))
        self.review.clicked.connect(self.sig_review_set_aside.emit)
        self.review.setVisible(False)
        self.outbox = QPushButton(tr("Out&box"))
        self.outbox.setToolTip(tr("What you wrote for partners, and where each item stands"))
        self.outbox.clicked.connect(self.sig_outbox_requested.emit)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.summary)
        left.addWidget(self.partners)
        right = QVBoxLayout()
        for button in (self.button, self.review, self.outbox):
            right.addWidget(button)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(left, 1)
        row.addLayout(right)

    def show_outbox_waiting(self, waiting: int) -> None:
        self.outbox.setText(
            plural(waiting, "Out&box ({count} waiting)", "Out&box ({count} waiting)")
            if waiting
            else tr("Out&box")
        )
        self.outbox.setAccessibleName(
            plural(waiting, "Outbox: {count} item waiting", "Outbox: {count} items waiting")
        )

    def bar(self, partner_id: str) -> QProgressBar:
        return self._rows[partner_id][1]

    def state_text(self, partner_id: str) -> str:
        return self._rows[partner_id][2].text()

    def _row(self, progress: PartnerProgress) -> tuple[QLabel, QProgressBar, QLabel]:
        return self._partner_row(progress.partner_id, progress.name)

    def _partner_row(self, partner_id: str, partner: str) -> tuple[QLabel, QProgressBar, QLabel]:
        if partner_id not in self._rows:
            name = QLabel(partner)
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setAccessibleName(tr("Sync progress for {partner}", partner=partner))
            bar.setTextVisible(True)
            state = QLabel()
            state.setWordWrap(True)
            tile = QWidget()
            column = QVBoxLayout(tile)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            for part in (name, bar, state):
                column.addWidget(part)
            self.partners.add(tile)
            self._rows[partner_id] = (name, bar, state)
        return self._rows[partner_id]

    def on_progress(self, progress: PartnerProgress) -> None:
        _, bar, state = self._row(progress)
        if progress.state == "running" and not progress.estimated_total:
            bar.setRange(0, 0)  # busy: the partner has not said how much is coming
        elif progress.state == "done" and not progress.fetched:
            bar.setRange(0, 1)
            bar.setValue(0)  # nothing came: an empty bar, not a full one
        else:
            total = max(progress.estimated_total or 0, progress.fetched, 1)
            bar.setRange(0, total)
            bar.setValue(total if progress.state == "done" else progress.fetched)
        bar.setFormat(
            tr("Nothing new")
            if progress.state == "done" and not progress.fetched
            else plural(progress.fetched, "{count} record", "{count} records")
        )
        text = (
            "✓ " + labels.sync_state(progress.state)
            if progress.state == "done"
            else labels.sync_state(progress.state)
        )
        why = failure_words(progress.error_code) if progress.state == "failed" else ""
        if progress.state == "failed":
            text = "✗ " + tr("Failed (hover for why)")
        state.setToolTip(why)  # in words, with what to do: never a status code
        state.setAccessibleDescription(why)
        state.setText(text)

    def _show_idle_button(self) -> None:
        self.button.setText(tr("Sync now"))
        self.button.setToolTip(tr("Fetch what partners have changed since the last sync (F5)"))
        self.button.setAccessibleName(tr("Sync now"))
        self.button.setEnabled(True)

    def _on_button(self) -> None:
        if self._running:
            self.button.setEnabled(False)  # stopping takes until the current page is stored
            self.summary.setText(tr("Stopping after the current page…"))
            self.sig_stop_requested.emit()
        else:
            self.sig_sync_requested.emit()

    def on_started(self) -> None:
        self._running = True
        self.button.setText(tr("Stop sync"))
        self.button.setToolTip(tr("Stop after the current page; nothing fetched so far is lost"))
        self.button.setAccessibleName(tr("Stop sync"))
        self.summary.setText(tr("Syncing with partners…"))

    def on_finished(self, report: SyncReport) -> None:
        self._running = False
        self._synced_here = True
        self._show_idle_button()
        fetched = sum(r.fetched for r in report.results)
        failed = [r for r in report.results if not r.ok]
        if report.cancelled:
            text = plural(
                fetched,
                "Sync stopped: {count} change kept; the rest comes next time.",
                "Sync stopped: {count} changes kept; the rest come next time.",
            )
        else:
            text = plural(
                fetched, "Synced: {count} change fetched.", "Synced: {count} changes fetched."
            )
        if failed:
            text += " " + plural(
                len(failed),
                "{count} partner could not be synced.",
                "{count} partners could not be synced.",
            )
        for purge in report.purges:
            text += " " + plural(
                purge.records_removed,
                "{partner}: {count} record removed ({cause}).",
                "{partner}: {count} records removed ({cause}).",
                partner=purge.provider,
                cause=purge.cause,
            )
        quarantined = sum(r.quarantined for r in report.results)
        if quarantined:
            self.review.setVisible(True)
        if quarantined:
            text += " " + plural(
                quarantined,
                "{count} record set aside as unreadable.",
                "{count} records set aside as unreadable.",
            )
        self.summary.setText(text)

    def on_failed(self, message: str) -> None:
        self._running = False
        self._show_idle_button()
        self.summary.setText(tr("Sync stopped: {reason}", reason=message))

    def show_statuses(self, statuses: list[PartnerStatus]) -> None:
        """Each partner's last success, or when a paused partner is tried next; before any
        sync this session (at start, after a change of language), the partners' rows and when
        the last sync was, so the panel never says "Not synced yet" of a store that was."""
        synced = [s.last_success_at for s in statuses if s.last_success_at is not None]
        if not self._running and not self._synced_here and synced:
            self.summary.setText(tr("Last synced {when}.", when=_when(max(synced))))
        for status in statuses:
            if status.partner_id not in self._rows and (self._running or self._synced_here):
                continue  # a partner this sync does not include
            _name, bar, state = self._partner_row(status.partner_id, status.name)
            if not (self._running or self._synced_here):
                bar.setRange(0, 1)
                bar.setValue(0)
                bar.setFormat("")  # nothing fetched yet in this window
            if status.paused():
                assert status.paused_until is not None
                when = status.paused_until.astimezone().strftime("%H:%M")
                state.setText("✗ " + tr("Failed — next try {time}", time=when))
            elif status.last_success_at is not None:
                state.setText("✓ " + tr("Up to date {when}", when=_when(status.last_success_at)))


def _when(instant: datetime) -> str:
    """ "at 14:05" today, else "on 03/12/2026 at 14:05" (local time)."""
    local = instant.astimezone()
    time = local.strftime("%H:%M")
    if local.date() == datetime.now().astimezone().date():
        return tr("at {time}", time=time)
    return tr("on {date} at {time}", date=local.strftime("%d/%m/%Y"), time=time)
