"""Outcome figures on the sandbox: they agree with what each person's page shows, no count
from 1 to 4 is published under any total, turnaround is measured, and every export is
marked OFFICIAL."""

from __future__ import annotations

import json
import subprocess
import sys

import msgspec
from sqlalchemy import select

from caseworker.insight.outcomes import DOMAIN_WORDS, outcome_figures, outcomes_csv, outcomes_html
from caseworker.partners.vocabulary import DOMAINS
from caseworker.profile import DEMO_PROFILE
from caseworker.services.team import add_entry
from caseworker.store.models import Citizen, SourcePerson
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import citizen_view
from tests.conftest import ROOT


def _cells(figures) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        cell
        for t in figures.tables
        for row in [*t.rows, *([t.total] if t.total else [])]
        for cell in row[1:]
    ]


def test_needs_by_domain_agree_with_each_persons_page(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        figures = outcome_figures(session, DEMO_PROFILE.viewer)
        citizens = session.scalars(select(Citizen.id).where(Citizen.merged_into.is_(None))).all()
        views = [citizen_view(session, c, viewer=DEMO_PROFILE.viewer) for c in citizens]
    domains = {t.key: t for t in figures.tables}["needs_by_domain"]
    for domain, (label, cell) in zip(DOMAINS, domains.rows, strict=True):
        expected = sum(1 for v in views if any(g.domain == domain for g in v.needs_and_risks))
        assert label == DOMAIN_WORDS[domain]  # the domain in the app's own words for it
        assert cell == (str(expected) if expected == 0 or expected >= 5 else "<5"), domain


def test_no_small_count_is_published_and_nobody_is_named(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        figures = outcome_figures(session, DEMO_PROFILE.viewer)
        names = {f for f in session.scalars(select(SourcePerson.family_name)) if f}
    assert figures.marking == "OFFICIAL"
    for cell in _cells(figures):
        assert not (cell.isdigit() and 0 < int(cell) < 5), cell
    published = json.dumps(msgspec.to_builtins(figures))
    assert not [n for n in names if n in published]  # no one's name in any figure
    for t in figures.tables:
        if t.total is not None:  # a shown total never sits beside one hidden cell
            for column in range(1, len(t.columns)):
                if t.total[column].isdigit():
                    hidden = [r[column] for r in t.rows if r[column] in ("<5", "*")]
                    assert len(hidden) != 1, (t.key, column)


def test_referral_turnaround_is_shown_only_over_five_answered(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        police = session.scalars(
            select(SourcePerson.citizen_id).where(SourcePerson.partner_id == "police").distinct()
        ).all()
        school = session.scalars(
            select(SourcePerson.citizen_id).where(SourcePerson.partner_id == "school").distinct()
        ).all()
    for citizen in police[:6]:
        add_entry(
            store,
            citizen,
            kind="referral",
            text="Please assess",
            partners=["police"],
            author="T",
            urgency="routine",
            basis="public_task",
        )
    for citizen in school[:2]:
        add_entry(
            store,
            citizen,
            kind="referral",
            text="Please assess",
            partners=["school"],
            author="T",
            urgency="routine",
            basis="public_task",
        )
    SyncService(store).sync_all()  # delivers them; the partners acknowledge
    with store.session() as session:
        figures = outcome_figures(session, DEMO_PROFILE.viewer)
    table = {t.key: t for t in figures.tables}["requests_by_partner"]
    rows = {r[0]: r for r in table.rows}
    police_row, school_row = rows["Constabulary Public Protection Unit"], rows["Hillside Academy"]
    assert school_row[1] == "<5"
    # The total (8) is shown, so police's 6 is hidden too: else 8 - 6 would give school's 2.
    assert table.total is not None and table.total[1] == "8" and police_row[1] == "*"
    assert police_row[3].endswith("hours")  # six answered: the median is shown
    assert school_row[3] == "fewer than 5 cases"


def test_exports_carry_the_official_marking(synced, cli_env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        figures = outcome_figures(session, DEMO_PROFILE.viewer)
    text = outcomes_csv(figures).splitlines()
    assert text[0] == "OFFICIAL" and text[-1] == "OFFICIAL"
    page = outcomes_html(figures)
    assert '<meta name="classification" content="OFFICIAL">' in page
    assert page.count('<p class="marking">OFFICIAL</p>') == 2

    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    run = [sys.executable, str(ROOT / "main.py")]
    assert (
        subprocess.run(
            [*run, "sync", "--demo"], env=env, capture_output=True, timeout=180
        ).returncode
        == 0
    )
    done = subprocess.run(
        [*run, "insight", "outcomes", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    published = json.loads(done.stdout)
    assert published["marking"] == "OFFICIAL" and len(published["tables"]) == 6


def test_the_teams_caseload_alone(synced) -> None:  # type: ignore[no-untyped-def]
    from caseworker.services.following import set_following

    store, _, _ = synced
    with store.session() as session:
        followed = session.scalars(select(Citizen.id).where(Citizen.merged_into.is_(None))).all()[
            :7
        ]
    for citizen in followed:
        set_following(store, citizen, True)
    with store.session() as session:
        figures = outcome_figures(session, DEMO_PROFILE.viewer, scope="caseload")
        everyone = outcome_figures(session, DEMO_PROFILE.viewer)
    assert figures.population.startswith("The team's caseload")
    time_to_action = {t.key: t for t in figures.tables}["time_to_action"]
    assert time_to_action.total is not None and time_to_action.total[1] in ("7", "<5", "5", "6")
    assert everyone.tables[2].total != time_to_action.total  # a smaller population
