"""Importing a signed agreement in the window (issue 19, deliverable 1): from View →
Agreements, for the partner it names; an agreement for another provider is refused in words
and nothing is held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseworker.agreements import authoring
from caseworker.agreements.registry import known_agreements
from caseworker.partners.config import PartnerConfig
from caseworker.sync.partners import configure_partners
from ui.main_window import MainWindow


def _signed_file(folder: Path, provider: str, key: object) -> Path:
    document = authoring.template(provider, "Riverside GP", "childrens-social-care", date.today())
    path = folder / f"{provider}.signed.json"
    path.write_bytes(authoring.signed_json(authoring.sign_document(document, key)))  # type: ignore[arg-type]
    return path


def test_a_signed_agreement_is_imported_from_the_window(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path: Path, dialogs
) -> None:
    store, _, _ = synced
    key = authoring.new_key()
    configure_partners(
        store,
        [
            PartnerConfig(
                "riverside-gp", "Riverside GP", "health", "fhir",
                "https://gp.example/fhir", authoring.public_of(key),
            )
        ],
    )  # fmt: skip
    actions = window.agreement_actions
    wrong = _signed_file(tmp_path, "another-gp", key)
    actions.import_agreement(wrong, "riverside-gp")
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    ((title, body),) = dialogs
    assert title == "The agreement was not imported"
    assert "another-gp" in body and "--id another-gp" in body

    right = _signed_file(tmp_path, "riverside-gp", key)
    with qtbot.waitSignal(actions.sig_agreement_imported, timeout=10_000):
        actions.import_agreement(right, "riverside-gp")
    assert "riverside-gp-safeguarding v1" in window.statusBar().currentMessage()
    with store.session() as session:
        held = [k.document.id for k in known_agreements(session, "riverside-gp")]
    assert held == ["riverside-gp-safeguarding"]


def test_a_dpo_drafts_keys_and_signs_in_the_window_and_it_imports(  # type: ignore[no-untyped-def]
    window: MainWindow, synced, qtbot, tmp_path: Path, dialogs
) -> None:
    """Draft from the template, a key file, a signature: then the administrator's import of
    that file for the partner holds it. A draft edited into nonsense is refused in words."""
    import json

    from ui.agreements.authoring import AgreementAuthoring

    store, _, _ = synced
    dpo = AgreementAuthoring(window)
    draft = dpo.new_draft(
        tmp_path / "draft.json", "riverside-gp", "Riverside GP", "childrens-social-care"
    )
    assert draft is not None
    public = dpo.new_key(key_file=tmp_path / "dpo.pem")
    assert public is not None and (tmp_path / "dpo.pem").stat().st_mode & 0o777 == 0o600
    assert any(public in body for _, body in dialogs)  # shown, to pass to administrators
    signed = dpo.sign(draft, tmp_path / "signed.json", key_file=tmp_path / "dpo.pem")
    assert signed is not None

    configure_partners(
        store,
        [
            PartnerConfig(
                "riverside-gp", "Riverside GP", "health", "fhir", "https://gp.example/fhir",
                public,
            )
        ],
    )  # fmt: skip
    with qtbot.waitSignal(window.agreement_actions.sig_agreement_imported, timeout=10_000):
        window.agreement_actions.import_agreement(signed, "riverside-gp")

    broken = json.loads(draft.read_text())
    broken["valid_until"] = "2000-01-01"
    draft.write_text(json.dumps(broken))
    dialogs.clear()
    assert dpo.sign(draft, tmp_path / "again.json", key_file=tmp_path / "dpo.pem") is None
    ((title, body),) = dialogs
    assert title == "The agreement was not signed" and "valid_until" in body
    assert not (tmp_path / "again.json").exists()
