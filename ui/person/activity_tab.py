"""ActivityTab: who opened, exported or changed this person's record, and when.

Read from the audit log (caseworker.audit): views, reveals, exports, access requests,
emergency access, notes and tasks, consent and link decisions, newest first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from caseworker.services.reading import AuditRecord
from caseworker.views.vocabulary import ORGANISATIONS
from ui import labels
from ui.i18n import plural, tr
from ui.widgets.lists import row_list, set_empty_text


def _org(detail: dict[str, Any], key: str) -> str:
    code = str(detail.get(key, ""))
    return ORGANISATIONS.get(code, code)


def what_words(entry: AuditRecord) -> str:
    """The entry in plain words: what was done, with the detail that matters."""
    d = entry.detail
    kind = entry.kind
    if kind == "view" and d.get("page") == "front_door":
        return tr("Looked at the front door ({count} open contacts)", count=d.get("contacts", 0))
    if kind == "contact":
        return {
            "recorded": tr("Recorded a contact"),
            "matched": tr("Said who the child in a contact is"),
            "not_known": tr("Said the child in a contact is not known here"),
            "rated": tr("Rated a contact {rating}", rating=labels.rating(str(d.get("rating", "")))),
            "viewed": tr("Read a contact"),
        }.get(str(d.get("action")), tr("Changed a contact"))
    if kind == "enquiry":
        return {
            "opened": tr("Asked partner agencies what they know (a multi-agency enquiry)"),
            "answered": tr("A partner agency answered a multi-agency enquiry"),
            "viewed": tr("Read a multi-agency enquiry"),
        }.get(str(d.get("action")), tr("Changed a multi-agency enquiry"))
    if kind == "decision":
        return tr("Recorded the front door's decision")
    if kind == "view" and d.get("page") == "emerging_needs":
        return tr("Looked at emerging needs ({count} households)", count=d.get("households", 0))
    if kind == "seen_in_household":
        return tr(
            "Saw {count} of their risks on the page of someone in their household",
            count=d.get("risks", 0),
        )
    if kind == "view":
        return tr("Opened the record")
    if kind == "emerging_need":
        return tr(
            "Dismissed the household from emerging needs: {reason}", reason=str(d.get("reason", ""))
        )
    if kind == "export":
        what = {
            "sar": tr("subject access report"),
            "register": tr("data-flow register"),
            "outcomes": tr("outcome figures"),
            "consent_words": tr("consent explanation"),
        }.get(str(d.get("what")), tr("chronology"))
        fmt = str(d.get("format", "")).upper()
        if d.get("stage") == "written":
            return tr("The {what} ({format}) was saved", what=what, format=fmt)
        if d.get("stage") == "failed":
            return tr(
                "The {what} ({format}) could not be saved: nothing was left", what=what, format=fmt
            )
        return tr("Exported the {what} as {format}", what=what, format=fmt)
    if kind == "access_request":
        return tr(
            "Asked {partner} to release “{field}”",
            partner=_org(d, "partner"),
            field=labels.field(str(d.get("field", ""))),
        )
    if kind == "break_glass":
        return tr(
            "Used emergency access to {partner}'s information",
            partner=_org(d, "partner"),
        )
    if kind in ("note", "referral") or (kind == "task" and d.get("action") == "written"):
        return {
            "note": tr("Wrote a case note"),
            "task": tr("Set a task"),
            "referral": tr("Made a referral"),
        }[kind]
    if kind == "task":
        return tr("Marked a task done") if d.get("action") == "done" else tr("Reopened a task")
    if kind == "consent":
        return tr(
            "Recorded consent {state} for {partner}",
            state=labels.consent_state(str(d.get("state", ""))),
            partner=_org(d, "provider"),
        )
    if kind == "follow":
        return tr("Started following") if d.get("follow") else tr("Stopped following")
    if kind == "link_decision":
        return {
            "accepted": tr("Confirmed records as the same person"),
            "rejected": tr("Decided records are different people"),
            "undone": tr("Undid a linking decision"),
            "linked": tr("Linked another person's records in by hand"),
            "unlinked": tr("Unlinked a record"),
        }.get(str(d.get("decision")), tr("Changed which records are this person"))
    if kind == "reveal":
        return tr("Revealed “{field}”", field=labels.field(str(d.get("field", ""))))
    return kind.replace("_", " ")


class ActivityTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditRecord] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = row_list(
            tr("Who used this record"), [tr("When"), tr("Who"), tr("Organisation"), tr("What")]
        )
        set_empty_text(
            self.list, tr("Every view, search and export of this record is listed here.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)

    def show_activity(self, entries: list[AuditRecord]) -> None:
        self.entries = entries
        self.list.clear()
        for entry in entries:
            self.list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        entry.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                        entry.actor,
                        ORGANISATIONS.get(entry.org, entry.org),
                        what_words(entry),
                    ]
                )
            )
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.intro.setText(
            plural(
                len(entries),
                "{count} action on this record is in the audit log, newest first. Every "
                "opening, export and change is recorded and cannot be altered.",
                "{count} actions on this record are in the audit log, newest first. Every "
                "opening, export and change is recorded and cannot be altered.",
            )
        )
