"""Welsh: every user-visible string is translated, and the app switches language without a
restart, keeping the person on screen."""

from __future__ import annotations

import ast

import shiboken6
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget, QTreeWidget, QWidget

from caseworker.preferences import Preferences, load_preferences
from tests.conftest import ROOT
from tests.ui.person import open_person, showcase_child
from ui import language, shell
from ui.catalogue import (
    CONTEXT,
    PLURAL_MARKERS,
    catalogue,
    extract,
    gaps,
    plural_categories,
    read_ts,
    split_key,
)
from ui.i18n import plural
from ui.main_window import MainWindow
from ui.ops.taskman import TaskManager
from ui.shell import open_window

TS = ROOT / "resources" / "translations" / "caseworker_cy.ts"
UI = ROOT / "ui"

TEXT_SETTERS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTabText",
    "setStatusTip",
    "showMessage",
    "setWhatsThis",
}
TEXT_FIRST = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton"}
TEXT_FIRST |= {"QMenu", "QToolButton", "addItem", "addMenu", "setHeaderLabels"}
NOT_SHOWN_IN_APP = {("export_pdf.py", "setTitle")}  # PDF metadata


def _words(node: ast.expr) -> str | None:
    """A literal with letters in it (English words), or an f-string built around some."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if any(c.isalpha() for c in node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return (
            "".join(map(str, parts))
            if any(any(c.isalpha() for c in str(p)) for p in parts)
            else None
        )
    if isinstance(node, ast.List):
        return next((w for e in node.elts if (w := _words(e))), None)
    return None


def test_no_user_visible_text_bypasses_translation() -> None:
    """A literal handed straight to a widget would show in English whatever the language."""
    bypassing = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            shown = name in TEXT_SETTERS | TEXT_FIRST and (path.name, name) not in NOT_SHOWN_IN_APP
            if shown and (words := _words(node.args[0])):
                bypassing.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}({words!r})")
    assert bypassing == []


def test_every_message_has_a_welsh_translation_with_the_same_placeholders() -> None:
    found = catalogue(ROOT, "cy")
    assert len(found) > 500 and len(found) > len(extract(UI))  # the core's error texts too
    plurals = extract(UI, PLURAL_MARKERS)
    assert plural_categories("cy") == ("zero", "two", "few", "many")  # with one and other: six
    assert len(found) == len(catalogue(ROOT)) + 4 * len(plurals) and len(plurals) > 30
    missing = gaps(found, read_ts(TS))
    assert missing.untranslated == ()  # run `make translations` and translate what it lists
    assert missing.wrong_placeholders == ()
    assert missing.lost_mnemonics == ()


def test_the_compiled_translation_matches_the_translators_file(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(language.qm_file("cy"))
    held = read_ts(TS)
    stale = [
        source
        for source in catalogue(ROOT, "cy")
        if translator.translate(CONTEXT, *split_key(source)) != held[source].translation
    ]
    assert stale == []  # run `make translations` to compile the .qm again


def test_counts_take_every_welsh_plural_form(qapp) -> None:  # type: ignore[no-untyped-def]
    """Welsh has six plural forms (CLDR): zero, one, two, few (3), many (6) and other; a
    number before a noun mutates it (2 berson, 3 pherson)."""
    one, many = "{count} person found", "{count} people found"
    assert [plural(n, one, many) for n in (0, 1, 2)] == [
        "0 people found",
        "1 person found",
        "2 people found",
    ]
    try:
        assert language.install("cy")
        assert [plural(n, one, many) for n in (0, 1, 2, 3, 4, 6, 11)] == [
            "Canfuwyd 0 pobl",
            "Canfuwyd 1 person",
            "Canfuwyd 2 berson",
            "Canfuwyd 3 pherson",
            "Canfuwyd 4 person",
            "Canfuwyd 6 pherson",
            "Canfuwyd 11 person",
        ]
        tasks = ("{count} open task", "{count} open tasks")  # feminine: tair tasg, chwe thasg
        assert [plural(n, *tasks) for n in (1, 2, 3, 6)] == [
            "1 dasg ar agor",
            "2 dasg ar agor",
            "3 tasg ar agor",
            "6 thasg ar agor",
        ]
    finally:
        language.install("en")


def _visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(i) for i in range(header.columnCount())]
        if isinstance(widget, QMenu):
            texts += [a.text() for a in widget.actions()] + [widget.title()]
        texts += [widget.toolTip(), widget.accessibleName()]
    return [t for t in texts if t]


def test_switching_to_welsh_rebuilds_the_window_in_welsh(  # type: ignore[no-untyped-def]
    synced, qtbot, dialogs
) -> None:
    store, _, _ = synced
    window = open_window(MainWindow, store, TaskManager(), insecure_keyring=False)
    window.show()
    citizen = showcase_child(store)
    open_person(window, qtbot, citizen)
    english = {s for s, m in read_ts(TS).items() if m.translation and m.translation != s}
    assert english & set(_visible_texts(window))  # the English UI shows catalogue strings
    before = len(shell.rebuilt)
    try:
        window.preferences_actions.save(Preferences(language="cy"))
        qtbot.waitUntil(lambda: len(shell.rebuilt) > before, timeout=10_000)
        welsh = shell.rebuilt[-1]
        qtbot.waitUntil(lambda: welsh.page.view is not None, timeout=10_000)
        assert welsh.page.view.citizen_id == citizen  # the same person, still on screen
        assert welsh.stack.currentWidget() is welsh.page
        assert [m.title() for m in welsh.menuBar().findChildren(QMenu)][:1] == ["&Ffeil"]
        tabs = welsh.page.tabs
        assert tabs.tabText(tabs.indexOf(welsh.page.chronology_pane)).startswith("Cronoleg")
        assert sorted(set(_visible_texts(welsh)) & english) == []  # nothing left in English
        assert load_preferences(store).language == "cy"  # kept for next time
    finally:
        language.install("en")
        for opened in (window, *shell.rebuilt[before:]):
            if shiboken6.isValid(opened):
                opened.close()


def test_the_cores_error_messages_are_shown_in_welsh(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseworker.services.team import EntryRefused
    from ui.errors import describe

    refused = EntryRefused(
        "Write something first: the entry is empty.",
        hint="Choose among the agencies listed for this person.",
    )
    assert language.install("cy")
    try:
        _title, body = describe(refused)
    finally:
        language.install("en")
    assert body == (
        "Ysgrifennwch rywbeth yn gyntaf: mae'r cofnod yn wag. Dewiswch o blith yr "
        "asiantaethau a restrir ar gyfer y person hwn."
    )
    assert describe(refused)[1].startswith("Write something first")


def test_a_cores_error_with_parameters_is_worded_in_welsh(qapp) -> None:  # type: ignore[no-untyped-def]
    from caseworker.errors import PartnerUnavailable
    from ui.errors import describe

    error = PartnerUnavailable(
        "{partner_name} did not answer in time.",
        hint="Try again later.",
        partner_name="Hillside Academy",
    )
    assert language.install("cy")
    try:
        title, body = describe(error)
    finally:
        language.install("en")
    assert body.startswith("Ni atebodd Hillside Academy mewn pryd.")
    assert title != "A partner is unavailable"  # the title is Welsh too


def test_a_subject_access_report_can_be_made_in_welsh_whatever_the_interface_language(
    synced, qapp
) -> None:  # type: ignore[no-untyped-def]
    """Headings, column names, the words for access, kinds and uses, and the page's own
    language are Welsh; the person's data is as the partners sent it."""
    import re

    from caseworker.exports.produce import subject_access
    from ui.words import words_in

    store, _, _ = synced
    citizen = showcase_child(store)
    english = subject_access(store, citizen).text
    welsh = subject_access(store, citizen, words_in("cy")).text  # the interface is English

    def words(document: str) -> set[str]:
        return set(re.findall(r"<(?:h1|h2|th)>([^<]+)</", document))

    assert len(words(english)) > 20
    assert words(welsh) & words(english) == set()  # no heading or column left in English
    assert '<html lang="cy">' in welsh and '<html lang="en">' in english
    assert "wedi&#x27;i rannu&#x27;n llawn" in welsh or "rannu'n llawn" in welsh
    assert "Produced" not in welsh and "Cynhyrchwyd" in welsh


def test_the_data_flow_register_exports_with_welsh_headers_and_words(synced, qapp) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    from caseworker.insight.register import COLUMNS, register_csv
    from caseworker.services.register import load_register
    from ui.words import words_in

    store, _, _ = synced
    rows = load_register(store)
    lines = list(csv.reader(io.StringIO(register_csv(rows, words_in("cy")))))
    header = lines[1]  # after the marking
    assert header[0] == "Darparwr" and len(header) == len(COLUMNS)
    assert set(header) & set(COLUMNS) == set()  # no column named in English
    assert any("mewn grym" in line for line in lines[2:-1])  # the agreements' status in Welsh


def test_a_chronology_exports_in_welsh_with_its_headers(synced, qapp) -> None:  # type: ignore[no-untyped-def]
    from caseworker.exports.chronology import ChronologyFilter
    from caseworker.exports.produce import chronology
    from ui.words import words_in

    store, _, _ = synced
    everything = ChronologyFilter(frozenset(), None, None, False, "", frozenset())
    csv_text = chronology(store, showcase_child(store), everything, "csv", words_in("cy")).text
    assert csv_text.splitlines()[1].startswith("dyddiad,asiantaeth,digwyddiad")
    page = chronology(store, showcase_child(store), everything, "html", words_in("cy")).text
    assert "Cronoleg amlasiantaethol:" in page and '<html lang="cy">' in page


def test_the_outcome_figures_are_worded_in_welsh(synced, qapp) -> None:  # type: ignore[no-untyped-def]
    from caseworker.services.outcomes import load_outcomes, outcomes_document
    from ui.words import words_in

    store, _, _ = synced
    english = load_outcomes(store)
    welsh = load_outcomes(store, "held", words_in("cy"))
    titles = [t.title for t in welsh.tables]
    assert set(titles) & {t.title for t in english.tables} == set()
    assert welsh.language == "cy" and welsh.population.startswith("Pawb a gedwir")
    page = outcomes_document(welsh, "html", words_in("cy"))
    assert "Ffigurau canlyniadau ar gyfer y bwrdd ar y cyd" in page


def test_words_inside_a_cores_error_are_welsh_too(qapp) -> None:  # type: ignore[no-untyped-def]
    """An error's parameter that is itself words (why the keyring is refused, what a partner's
    paging did) is a Phrase: said in Welsh with the rest, and in English by str()."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from caseworker.errors import InsecureKeyring, PartnerIncomplete
    from caseworker.store.keys import require_secure_backend
    from caseworker.words import Phrase
    from ui.errors import describe

    keyring.set_keyring(NoKeyring())  # the test's own keyring is put back after it
    try:
        require_secure_backend(allow_insecure=False)
        raise AssertionError("a missing keyring was accepted")
    except InsecureKeyring as refused:
        keyring_error: InsecureKeyring = refused
    paging = PartnerIncomplete(
        "{config_name} {said} {path} records but {what} after {received}, so this sync of it "
        "is incomplete; what was not received will be asked for again.",
        config_name="Hillside Trust",
        said=Phrase("says it holds {total}", total=500),
        path="Patient",
        what=Phrase("sent an empty page"),
        received=100,
    )
    assert "no system keyring is running" in str(keyring_error)
    assert str(paging).startswith("Hillside Trust says it holds 500 Patient records but sent")
    assert language.install("cy")
    try:
        said_keyring, said_paging = describe(keyring_error)[1], describe(paging)[1]
    finally:
        language.install("en")
    assert "nid oes cylch allweddi'r system yn rhedeg" in said_keyring
    assert said_paging.startswith(
        "Mae Hillside Trust yn dweud ei fod yn dal 500 o gofnodion Patient ond anfonodd "
        "dudalen wag ar ôl 100"
    )
    assert "running" not in said_keyring and "empty" not in said_paging


def test_the_plural_rules_held_here_are_cldr_s_as_babel_holds_them() -> None:
    """The rules are written in ui/i18n.py so that no start reads babel's locale data; they
    must stay the ones babel ships (a babel with newer CLDR data would fail this)."""
    from babel import Locale

    from ui.i18n import PLURAL_RULES

    for code, rules in PLURAL_RULES.items():
        assert Locale.parse(code).plural_form.rules == rules, code
