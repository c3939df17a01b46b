"""`caseworker agreements list | verify | import | export-odrl`: agreements for administrators
and scripts; `template | keygen | sign`: for the providing organisation's DPO, whose system
publishes no agreements of its own (docs/partners.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from caseworker.agreements import authoring
from caseworker.agreements.model import AgreementError
from caseworker.agreements.odrl import to_odrl
from caseworker.agreements.registry import known_agreements, parse_published, status
from caseworker.agreements.signing import verify
from caseworker.exports.target import write_export
from caseworker.services.agreements import import_agreement
from caseworker.sync.partners import load_partners


def _load_file(path: str) -> tuple[object, int]:
    published = parse_published(Path(path).read_text(encoding="utf-8"))
    if published.signed is None:
        sys.stderr.write(f"{path} is not a valid agreement: {published.problem}\n")
        return None, 2
    return published.signed, 0


def _signing_key(args: argparse.Namespace, *, new: bool) -> Ed25519PrivateKey:
    if new:
        key = authoring.new_key()
        if args.key_file:
            authoring.save_key_file(Path(args.key_file), key)
        else:
            authoring.save_key_in_keyring(args.keyring, key)
        return key
    if args.key_file:
        return authoring.load_key_file(Path(args.key_file))
    return authoring.load_key_from_keyring(args.keyring)


def _authoring(args: argparse.Namespace) -> int:
    """template, keygen and sign: no store needed, only the DPO's files and keyring."""
    action = args.agreements_command
    try:
        if action == "template":
            document = authoring.template(
                args.provider, args.provider_name, args.recipient, date.today()
            )
            write_export(Path(args.output), authoring.document_json(document), force=False)
            print(
                f"A starting agreement is in {args.output}. Read and edit every clause, then "
                f"sign it: caseworker agreements sign {args.output} -o SIGNED.json --key-file K"
            )
            return 0
        if action == "keygen":
            key = _signing_key(args, new=True)
            where = args.key_file or f"the keyring (as {args.keyring!r})"
            print(f"Signing key kept in {where}. Its public key, for administrators:")
            print(authoring.public_of(key))
            return 0
        key = _signing_key(args, new=False)
        agreement = authoring.read_document(Path(args.file).read_bytes())
        signed = authoring.sign_document(agreement, key)
        write_export(Path(args.output), authoring.signed_json(signed), force=False)
        print(
            f"Signed {agreement.id} v{agreement.version} for provider {agreement.provider} into "
            f"{args.output}, with the key whose public half is {authoring.public_of(key)}"
        )
        return 0
    except AgreementError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"{args.file} cannot be read ({exc.strerror or type(exc).__name__}).\n")
        return 2


def cmd_agreements(args: argparse.Namespace, open_store) -> int:  # type: ignore[no-untyped-def]
    action = args.agreements_command
    if action in ("template", "keygen", "sign"):
        return _authoring(args)
    if action == "import":
        try:
            raw = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            sys.stderr.write(f"{args.file} cannot be read ({type(exc).__name__}).\n")
            return 2
        with open_store(args) as store:
            held = import_agreement(store, args.partner, raw)
        print(
            f"Imported {held.agreement_id} v{held.version} ({held.title}) for {args.partner}: "
            f"{held.status.replace('_', ' ')}."
        )
        return 0 if held.status in ("active", "expiring_soon") else 1
    if action == "export-odrl":
        signed, code = _load_file(args.file)
        if signed is None:
            return code
        sys.stdout.write(json.dumps(to_odrl(signed.document), indent=2) + "\n")  # type: ignore[attr-defined]
        return 0
    if action == "verify" and args.file:
        signed, code = _load_file(args.file)
        if signed is None:
            return code
        public_key = args.public_key
        if args.partner and not public_key:
            with open_store(args) as store:
                keys = {p.partner_id: p.public_key for p in load_partners(store)}
            public_key = keys.get(args.partner)
        if not public_key:
            sys.stderr.write(
                "Give the provider's public key with --public-key, or a configured partner "
                "with --partner.\n"
            )
            return 2
        ok = verify(signed, public_key)  # type: ignore[arg-type]
        print("Signature valid." if ok else "Signature NOT valid: do not rely on this agreement.")
        return 0 if ok else 1
    today = date.today()
    with open_store(args) as store:
        keys = {p.partner_id: p.public_key for p in load_partners(store)}
        with store.session() as session:
            known = known_agreements(session)
    rows = []
    bad = 0
    for k in known:
        doc = k.document
        state = status(k, today)
        bad += state in ("signature_invalid", "provider_mismatch")
        rows.append(
            {
                "id": doc.id,
                "version": doc.version,
                "title": doc.title,
                "provider": doc.provider,
                "partner": k.held_for,
                "status": state,
                "valid_from": doc.valid_from,
                "valid_until": doc.valid_until,
                "review_date": doc.review_date,
                "clauses": len(doc.rules),
                "provider_key_configured": bool(keys.get(doc.provider)),
            }
        )
    if action == "verify":
        for row in rows:
            print(f"{row['id']} v{row['version']}: {row['status']}")
        return 1 if bad else 0
    if args.json:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(rows), indent=2).decode() + "\n")
    else:
        for row in rows:
            print(
                f"{row['status']:<18} {row['provider']:<22} {row['id']} v{row['version']}  "
                f"until {row['valid_until']}  — {row['title']}"
            )
            if row["status"] == "provider_mismatch":
                print(
                    f"{'':<18} came from partner {row['partner']!r} but names provider "
                    f"{row['provider']!r}: it grants nothing. Add the partner again with "
                    f"--id {row['provider']}."
                )
        if not rows:
            print("No agreements held yet: sync first, or import one (agreements import).")
    return 0
