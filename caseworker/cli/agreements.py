"""`caseworker agreements list | verify | export-odrl`: agreements for admins and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import msgspec

from caseworker.agreements.odrl import to_odrl
from caseworker.agreements.registry import known_agreements, parse_published, status
from caseworker.agreements.signing import verify
from caseworker.sync.partners import load_partners


def _load_file(path: str) -> tuple[object, int]:
    published = parse_published(Path(path).read_text(encoding="utf-8"))
    if published.signed is None:
        sys.stderr.write(f"{path} is not a valid agreement: {published.problem}\n")
        return None, 2
    return published.signed, 0


def cmd_agreements(args: argparse.Namespace, open_store) -> int:  # type: ignore[no-untyped-def]
    action = args.agreements_command
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
        if not args.public_key:
            sys.stderr.write("Give the provider's public key with --public-key.\n")
            return 2
        ok = verify(signed, args.public_key)  # type: ignore[arg-type]
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
        bad += state == "signature_invalid"
        rows.append(
            {
                "id": doc.id,
                "version": doc.version,
                "title": doc.title,
                "provider": doc.provider,
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
        if not rows:
            print("No agreements held yet: sync first.")
    return 0
