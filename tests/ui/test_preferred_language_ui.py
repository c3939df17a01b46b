"""A citizen's preferred language in the window: shown with who they are, and the language
that what is printed for them starts in (the worker may still choose the other)."""

from __future__ import annotations

import html

from sqlalchemy import select

from caseworker.store.models import SourcePerson
from tests.ui.person import open_person
from ui.main_window import MainWindow
from ui.person.consent_dialog import ConsentDialog


def _preferring(store, language: str) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return int(
            session.scalars(
                select(SourcePerson.citizen_id)
                .where(SourcePerson.preferred_language == language)
                .where(SourcePerson.citizen_id.is_not(None))
                .order_by(SourcePerson.citizen_id)
            ).first()
        )


def _identity_text(window: MainWindow) -> str:
    layout = window.page.identity
    widgets = (layout.itemAt(i).widget() for i in range(layout.count()))
    return " | ".join(w.text() for w in widgets if w is not None and hasattr(w, "text"))


def test_a_welsh_speakers_page_says_so_and_their_report_is_in_welsh(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path
) -> None:
    store, _, _ = synced
    english = _preferring(store, "en")  # the interface's own language goes without saying
    open_person(window, qtbot, english)
    assert "Preferred language" not in _identity_text(window)
    welsh = _preferring(store, "cy")
    open_person(window, qtbot, welsh)
    shown = _identity_text(window)
    assert "Preferred language:" in shown and "Welsh (" in shown  # with who recorded it
    report = tmp_path / "report.html"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_subject_access(report)  # no language asked: theirs
    text = html.unescape(report.read_text())
    assert '<html lang="cy">' in text and "Adroddiad mynediad at ddata" in text
    english = tmp_path / "report-en.html"
    with qtbot.waitSignal(window.export_actions.sig_exported, timeout=20_000):
        window.export_actions.export_subject_access(english, language="en")
    assert '<html lang="en">' in english.read_text()


def test_the_consent_explanation_starts_in_the_language_the_person_prefers(qtbot) -> None:  # type: ignore[no-untyped-def]
    welsh = ConsentDialog("Gwen Pritchard", ["police"], prefers="cy")
    qtbot.addWidget(welsh)
    assert welsh.language.currentData() == "cy"
    assert welsh.language.toolTip() == "Gwen Pritchard prefers Welsh."
    polish = ConsentDialog("Jan Nowak", ["police"], prefers="pl")  # not a language it writes
    qtbot.addWidget(polish)
    assert polish.language.currentData() == "en"
    assert polish.language.toolTip() == "Jan Nowak prefers Polish."
    unknown = ConsentDialog("Sam Jones", ["police"])
    qtbot.addWidget(unknown)
    assert unknown.language.currentData() == "en" and unknown.language.toolTip() == ""
