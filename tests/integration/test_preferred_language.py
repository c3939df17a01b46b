"""A citizen's preferred language: recorded where a partner sends it (FHIR
Patient.communication, Case Sharing's preferred_language) and its agreement shares
`person.language`, never otherwise, and what is printed for them is in it by default."""

from __future__ import annotations

import html
from pathlib import Path

import keyring
from sqlalchemy import select

from caseworker.paths import resolve_paths
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import SourcePerson
from caseworker.store.store import Store, open_store
from caseworker.sync.engine import SyncReport
from caseworker.views.citizen import citizen_view
from tests.support.cli import run_main as _run
from tests.support.keyrings import TestFileKeyring


def _rows(store: Store) -> list[tuple[str, str | None, int | None]]:
    with store.session() as session:
        query = select(
            SourcePerson.partner_id, SourcePerson.preferred_language, SourcePerson.citizen_id
        )
        return [(p, lang, c) for p, lang, c in session.execute(query)]


def test_partners_that_share_it_give_the_language_and_no_other_partner_is_stored(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, sandbox, _ = synced
    rows = _rows(store)
    kept = {(partner, lang) for partner, lang, _ in rows if lang}
    fhir = {p for p, s in sandbox.servers.items() if s.spec.protocol == "fhir"}
    case = {p for p, s in sandbox.servers.items() if s.spec.protocol == "case"}
    assert {p for p, lang in kept if lang == "cy"} & fhir  # from Patient.communication
    assert {p for p, lang in kept if lang == "cy"} & case  # from the documented field
    assert {lang for _, lang in kept} == {"cy", "en", "pl"}  # 'cy-GB' is kept as its language
    # The school records a pupil's language but its agreement does not share person.language:
    # none is stored, although the school sent one for every pupil.
    schools = {p for p, data in sandbox.data.items() if data.spec.agency == "education"}
    assert schools and all(person.language for p in schools for person in sandbox.data[p].persons)
    assert [lang for partner, lang, _ in rows if partner in schools] != []
    assert {lang for partner, lang, _ in rows if partner in schools} == {None}


def test_the_view_gives_the_persons_language_with_who_recorded_it(
    synced: tuple[Store, SandboxNetwork, SyncReport],
) -> None:
    store, _, _ = synced
    welsh = next(c for _, lang, c in _rows(store) if lang == "cy" and c is not None)
    with store.session() as session:
        view = citizen_view(session, welsh)
    assert view.identity.language == "cy"
    held = view.identity.preferred_language.preferred
    assert held is not None and held.source.partner_name and held.access is not None


def test_a_subject_access_report_is_in_the_persons_language_unless_asked_otherwise(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    env = home_env
    assert _run(env, "sync", "--demo", "--json").returncode == 0
    keyring.set_keyring(TestFileKeyring())  # the file keyring main.py kept the key in
    with open_store(
        resolve_paths(Path(env["CASEWORKER_HOME"])), allow_insecure_keyring=True
    ) as store:
        languages = {c: lang for _, lang, c in _rows(store) if c is not None and lang}
    welsh = min(c for c, lang in languages.items() if lang == "cy")
    polish = min(c for c, lang in languages.items() if lang == "pl")
    for citizen, expected in ((welsh, "cy"), (polish, "en")):  # Polish: not one Caseworker writes
        report = tmp_path / f"sar-{citizen}.html"
        done = _run(env, "export", "sar", str(citizen), "--format", "html", "-o", str(report))
        assert done.returncode == 0, done.stderr
        assert f'<html lang="{expected}">' in report.read_text()
    text = html.unescape((tmp_path / f"sar-{welsh}.html").read_text())
    assert "Adroddiad mynediad at ddata" in text and "Iaith ddewisol" in text and "Cymraeg" in text
    asked = tmp_path / "sar-en.html"  # the worker can still ask for English
    done = _run(
        env, "export", "sar", str(welsh), "--format", "html", "--language", "en", "-o", str(asked)
    )
    assert done.returncode == 0, done.stderr
    assert '<html lang="en">' in asked.read_text() and "Preferred language" in asked.read_text()
    printed = _run(env, "show", str(welsh))
    assert "Preferred language:" in printed.stdout and "Welsh" in printed.stdout
