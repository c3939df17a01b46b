"""Protective marking on every export and printout: in the header and footer of every page of
a PDF and in its metadata; OFFICIAL-SENSITIVE for anything about a person, OFFICIAL for the
suppressed outcome figures. Also the Outcome figures page and its exports."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from sqlalchemy import select

from caseworker.exports.chronology import ChronologyFilter
from caseworker.exports.produce import chronology, subject_access
from caseworker.store.models import Citizen
from ui.export_pdf import pdf_bytes
from ui.main_window import MainWindow


def _every_page_marked(path: Path, marking: str) -> int:
    reader = pypdf.PdfReader(path)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.count(marking) >= 2, f"page {number} lacks its header or footer marking"
        if marking == "OFFICIAL":
            assert "OFFICIAL-SENSITIVE" not in text
    assert reader.metadata is not None and reader.metadata.title.startswith(f"{marking}:")
    assert reader.xmp_metadata is not None
    assert reader.xmp_metadata.dc_rights == {"x-default": marking}
    return len(reader.pages)


def test_pdfs_about_a_person_are_official_sensitive_on_every_page(
    synced, qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        citizen = max(
            session.scalars(select(Citizen.id).where(Citizen.merged_into.is_(None))),
            key=lambda c: len(chronology(store, c, ChronologyFilter(), "html").text),
        )
    report = subject_access(store, citizen)
    (tmp_path / "sar.pdf").write_bytes(pdf_bytes(report.text))
    assert _every_page_marked(tmp_path / "sar.pdf", "OFFICIAL-SENSITIVE") >= 2  # several pages
    document = chronology(store, citizen, ChronologyFilter(), "html")
    (tmp_path / "chronology.pdf").write_bytes(pdf_bytes(document.text))
    _every_page_marked(tmp_path / "chronology.pdf", "OFFICIAL-SENSITIVE")


def test_outcome_figures_page_and_its_official_exports(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        window,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.outcomes_actions.page is not None, timeout=10_000)
    page = window.outcomes_actions.page
    assert page is not None
    domains = page.charts["needs_by_domain"]
    assert "Family and relationships:" in domains.accessibleDescription()  # read out as text
    for _label, value in domains.rows:
        assert not (value.isdigit() and 0 < int(value) < 5)
    assert page.tables["requests_by_partner"].rowCount() == 6  # five partners and the total
    page.scope.setCurrentIndex(page.scope.findData("caseload"))  # the team's caseload alone
    qtbot.waitUntil(
        lambda: (
            window.outcomes_actions.page is not page and window.outcomes_actions.page is not None
        ),
        timeout=10_000,
    )
    page = window.outcomes_actions.page
    assert page.figures.population.startswith("The team's caseload")

    csv_path, pdf_path = tmp_path / "outcomes.csv", tmp_path / "outcomes.pdf"
    with qtbot.waitSignal(window.outcomes_actions.sig_exported, timeout=20_000):
        window.outcomes_actions.export("csv", csv_path)
    with qtbot.waitSignal(window.outcomes_actions.sig_exported, timeout=20_000):
        window.outcomes_actions.export("pdf", pdf_path)
    marking, _rows = read_marked_csv_loose(csv_path)
    assert marking == "OFFICIAL"
    _every_page_marked(pdf_path, "OFFICIAL")
    assert csv_path.stat().st_mode & 0o077 == 0 and pdf_path.stat().st_mode & 0o077 == 0


def read_marked_csv_loose(path: Path) -> tuple[str, list[str]]:
    """The outcome CSV holds several tables, so only its first and last rows are checked."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == lines[-1]
    return lines[0], lines[1:-1]


def test_the_consent_dialog_explains_and_the_explanation_prints_marked(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path: Path
) -> None:
    from caseworker.agreements.registry import known_agreements
    from caseworker.audit.log import recent
    from caseworker.insight.consent_words import explain_consent
    from ui.person.consent_dialog import ConsentDialog

    store, _, _ = synced
    with store.session() as session:
        known = known_agreements(session)
        citizen = session.scalars(select(Citizen.id)).first()
    dialog = ConsentDialog(
        "Test Person",
        ["housing", "police"],
        window,
        explain=lambda provider, purpose: explain_consent(known, provider, purpose),
    )
    qtbot.addWidget(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("early_help"))
    assert "rent arrears" in dialog.explanation.toPlainText()
    dialog.provider.setCurrentIndex(dialog.provider.findData("police"))  # the words follow
    assert "does not ask for your consent" in dialog.explanation.toPlainText()
    dialog.provider.setCurrentIndex(dialog.provider.findData("housing"))
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))  # the citizen's language
    said = dialog.explanation.toPlainText()
    assert "Beth fydd yn cael ei rannu: bydd Council Housing Services yn rhannu" in said
    assert "Newid eich meddwl" in said and "What will be shared" not in said

    out = tmp_path / "consent.pdf"
    words = explain_consent(known, "housing", "early_help")
    with qtbot.waitSignal(window.access_actions.sig_consent_printed, timeout=20_000):
        window.access_actions.print_consent(citizen, "Test Person", words, out)
    _every_page_marked(out, "OFFICIAL-SENSITIVE")
    printed = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "What will be shared: Council Housing Services will share rent arrears" in printed
    with store.session() as session:
        assert recent(session, kinds=("export",), limit=1)[0].detail["what"] == "consent_words"
    welsh = tmp_path / "caniatad.pdf"
    with qtbot.waitSignal(window.access_actions.sig_consent_printed, timeout=20_000):
        window.access_actions.print_consent(citizen, "Test Person", words, welsh, language="cy")
    printed = " ".join(pypdf.PdfReader(welsh).pages[0].extract_text().split())
    assert "Eich caniatâd: Council Housing Services" in printed
    assert "Beth fydd yn cael ei rannu" in printed
