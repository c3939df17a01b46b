"""Exports name the person as a practitioner needs (issue 22): the heading carries the date of
birth and NHS number as this viewer may see them, and a page's dates read as the app shows
them (dd/mm/yyyy); the CSV keeps ISO dates for a spreadsheet to sort."""

from __future__ import annotations

import re

from caseworker.exports.chronology import to_csv, to_html
from caseworker.services.reading import showcase
from caseworker.services.viewing import open_citizen


def test_the_chronology_names_the_person_and_dates_as_the_app_does(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    view = open_citizen(store, showcase(store))  # type: ignore[arg-type]
    born = view.identity.birth_date.preferred
    number = view.identity.nhs_number.preferred
    assert born is not None and number is not None
    html = to_html(view, view.chronology)
    heading = re.search(r"<h1>(.*?)</h1>", html)
    assert heading is not None
    n = str(number.value)
    assert f"born {born.value:%d/%m/%Y}" in heading.group(1)
    assert f"NHS number {n[:3]} {n[3:6]} {n[6:]}" in heading.group(1)
    dated = [i for i in view.chronology if i.on]
    assert f"<td>{dated[0].on:%d/%m/%Y}</td>" in html
    assert dated[0].on.isoformat() not in html
    assert dated[0].on.isoformat() in to_csv(view.chronology)
