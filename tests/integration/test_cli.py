"""The headless commands, run as a user would run them: main.py in a subprocess."""

from __future__ import annotations

import json

from tests.support.cli import run_main as _run
from tests.support.marked import read_marked_csv


def test_insecure_test_keyring_is_refused_without_the_flag(cli_env: dict[str, str]) -> None:
    done = _run(cli_env, "search", "anyone")
    assert done.returncode == 2
    assert "will not keep its encryption key" in done.stderr
    assert "--insecure-keyring" in done.stderr


def test_sync_search_show_as_json(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    synced = _run(env, "sync", "--demo", "--json")
    assert synced.returncode == 0, synced.stderr
    assert "insecure keyring" in synced.stderr  # warned on every start
    counts = json.loads(synced.stdout)
    assert counts["ok"] and len(counts["partners"]) == 5
    assert all(p["fetched"] > 0 and p["error_code"] is None for p in counts["partners"])

    again = json.loads(_run(env, "--insecure-keyring", "sync", "--demo", "--json").stdout)
    # Nothing new: only the FHIR cursor's overlap comes back, and is recognised as unchanged.
    assert [p["fetched"] - p["unchanged"] for p in again["partners"]] == [0] * 5

    found = json.loads(_run(env, "search", "smith", "--json").stdout)
    assert found and all("smith" in r["name"].lower() or r["agencies"] for r in found)

    shown = _run(env, "show", str(found[0]["citizen_id"]), "--json")
    assert shown.returncode == 0, shown.stderr
    view = json.loads(shown.stdout)
    assert view["identity"]["name"]["preferred"]["source"]["partner_id"]
    for group in view["needs_and_risks"]:
        for item in group["items"]:
            assert item["source"]["partner_name"] and item["source"]["record_id"]
    for item in view["chronology"]:
        assert item["source"]["agency"]
        access = dict((field, decision) for field, decision in item["access"])
        assert access["record.title"]["level"] in ("full", "masked")
        if access["record.title"]["state"] != "own":
            reason = access["record.title"]["reasons"][0]
            assert reason["agreement_id"] and reason["clause"] and reason["lawful_basis"]
    assert view["identity"]["name"]["preferred"]["access"]["level"] in ("full", "masked")
    assert view["viewer"]["role"] == "social_worker"

    listed = json.loads(_run(env, "agreements", "list", "--json").stdout)
    assert {a["status"] for a in listed} >= {"active", "expired", "superseded", "expiring_soon"}
    assert all(a["provider_key_configured"] for a in listed)
    verified = _run(env, "agreements", "verify")
    assert verified.returncode == 0 and "signature_invalid" not in verified.stdout

    missing = _run(env, "show", "999999")
    assert missing.returncode == 3 and "No citizen" in missing.stderr


def test_linkage_parameters_estimated_exported_loaded_and_the_review_queue(
    cli_env: dict[str, str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    assert _run(env, "sync", "--demo", "--json").returncode == 0
    estimated = _run(env, "linkage", "estimate", "--json")
    assert estimated.returncode == 0, estimated.stderr
    result = json.loads(estimated.stdout)
    assert result["pairs_used"] > 100
    # Agreement counts for a match, disagreement against it, whatever EM settled on.
    assert result["weights"]["birth_date.exact"] > 0 > result["weights"]["birth_date.different"]

    exported = tmp_path / "params.json"
    assert _run(env, "linkage", "params", "--export", str(exported)).returncode == 0
    params = json.loads(exported.read_text())
    params["link_at"], params["review_at"] = 0.9999999, 0.3
    exported.write_text(json.dumps(params))
    loaded = _run(env, "linkage", "params", "--load", str(exported))
    assert loaded.returncode == 0, loaded.stderr
    shown = json.loads(_run(env, "linkage", "params").stdout)
    assert shown["link_at"] == 0.9999999

    queue = _run(env, "linkage", "review", "--json")
    assert queue.returncode == 0, queue.stderr
    assert isinstance(json.loads(queue.stdout), list)

    params["review_at"] = 2.0
    exported.write_text(json.dumps(params))
    refused = _run(env, "linkage", "params", "--load", str(exported))
    assert refused.returncode == 2
    assert "thresholds" in refused.stderr
    assert json.loads(_run(env, "linkage", "params").stdout)["review_at"] == 0.3  # kept


def test_export_a_chronology_as_csv_html_and_pdf_owner_only(
    cli_env: dict[str, str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import html
    import stat

    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    assert _run(env, "sync", "--demo", "--json").returncode == 0
    found = json.loads(_run(env, "search", "holt", "--json").stdout)
    citizen = str(max(found, key=lambda r: len(r["agencies"]))["citizen_id"])
    view = json.loads(_run(env, "show", citizen, "--json").stdout)

    out = tmp_path / "chronology.csv"
    done = _run(env, "export", "chronology", citizen, "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "outside Caseworker's encrypted store" in done.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    marking, rows = read_marked_csv(out)
    assert marking == "OFFICIAL-SENSITIVE"
    assert len(rows) == len(view["chronology"]) > 0
    assert all(r["agency"] and r["record"] for r in rows)

    significant = tmp_path / "significant.csv"
    args = ("export", "chronology", citizen, "--significant-only", "-o", str(significant))
    assert _run(env, *args).returncode == 0
    _, kept = read_marked_csv(significant)
    assert 0 < len(kept) <= len(rows) and all(r["significant"] == "yes" for r in kept)

    page = tmp_path / "chronology.html"
    args = ("export", "chronology", citizen, "--format", "html", "-o", str(page))
    assert _run(env, *args).returncode == 0
    text = page.read_text()
    assert text.count('<p class="marking">OFFICIAL-SENSITIVE</p>') == 2  # header and footer
    assert '<meta name="classification" content="OFFICIAL-SENSITIVE">' in text
    assert "Multi-agency chronology" in text

    pdf = tmp_path / "chronology.pdf"
    done = _run(env, "export", "chronology", citizen, "--format", "pdf", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left

    missing = _run(env, "export", "chronology", "999999", "-o", str(tmp_path / "x.csv"))
    assert missing.returncode == 3 and not (tmp_path / "x.csv").exists()

    report = tmp_path / "sar.html"
    done = _run(env, "export", "sar", citizen, "--format", "html", "-o", str(report))
    assert done.returncode == 0, done.stderr
    text = html.unescape(report.read_text())
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    name = view["identity"]["name"]["preferred"]["value"]
    assert f"Subject access report: {name}" in text
    for record in view["records"]:  # every record held, with who shared it
        assert record["record_id"] in text and record["partner_name"] in text
    assert "clause" in text  # each item's agreement and clause
    assert "Who has opened or used this record" in text
    assert "opened the record" in text and "exported the record" in text
    welsh = tmp_path / "sar-cy.html"  # the same report in Welsh, for a citizen who asks
    done = _run(
        env, "export", "sar", citizen, "--format", "html", "--language", "cy", "-o", str(welsh)
    )
    assert done.returncode == 0, done.stderr
    text = html.unescape(welsh.read_text())
    assert '<html lang="cy">' in text and f"Adroddiad mynediad at ddata: {name}" in text
    assert "Pwy sydd wedi agor neu ddefnyddio'r cofnod hwn" in text and "agorodd y cofnod" in text
    assert "Who has opened" not in text
    sar_pdf = tmp_path / "sar.pdf"
    done = _run(env, "export", "sar", citizen, "--format", "pdf", "-o", str(sar_pdf))
    assert done.returncode == 0 and sar_pdf.read_bytes().startswith(b"%PDF")
    refused = _run(env, "export", "sar", citizen, "--format", "csv", "-o", str(tmp_path / "s"))
    assert refused.returncode == 2 and "--format pdf" in refused.stderr

    # Every search, view and export above is in the audit log, and the chain holds.
    entries = json.loads(_run(env, "audit", "list", "--limit", "500", "--json").stdout)
    kinds = [e["kind"] for e in entries]
    stages = [e["detail"].get("stage") for e in entries if e["kind"] == "export"]
    assert stages.count("attempted") == stages.count("written") == 7  # each released, then saved
    assert "search" in kinds and "view" in kinds
    exports = [e["detail"] for e in entries if e["kind"] == "export"]
    assert {(e["what"], e["format"]) for e in exports} == {
        ("chronology", "csv"),
        ("chronology", "html"),
        ("chronology", "pdf"),
        ("sar", "html"),
        ("sar", "pdf"),
    }
    assert not any(name in json.dumps(e["detail"]) for e in entries if e["kind"] != "search")
    verified = _run(env, "audit", "verify")
    assert verified.returncode == 0 and "intact" in verified.stdout
