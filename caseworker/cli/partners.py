"""`caseworker partners list | add | test | remove`: partner connections for admins.

Secrets (an API key or an OAuth2 client secret) are read from standard input, never from
the command line (which other users can see), and kept only in the OS keyring.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from typing import Any

import msgspec

from caseworker.partners.config import AGENCIES, Limits, PartnerConfig
from caseworker.services.partners import (
    MessagesWaiting,
    remove_partner,
    save_partner,
)
from caseworker.store.store import Store
from caseworker.sync.partners import load_partners
from caseworker.sync.status import partner_statuses


def add_arguments(commands: Any) -> None:
    partners = commands.add_parser("partners", help="partner connections: list, add, test, remove")
    actions = partners.add_subparsers(dest="partners_command", metavar="ACTION")
    listing = actions.add_parser("list", help="configured partners and their sync health")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="add a partner, or change how one is reached")
    add.add_argument("--id", required=True, dest="partner_id")
    add.add_argument("--name", required=True)
    add.add_argument("--agency", required=True, choices=AGENCIES)
    add.add_argument("--protocol", required=True, choices=("fhir", "case"))
    add.add_argument("--base-url", required=True)
    add.add_argument("--public-key", help="the partner's Ed25519 agreement-signing key (base64)")
    add.add_argument("--agreements-url")
    add.add_argument("--auth", choices=("none", "api_key", "oauth2"), default="none")
    add.add_argument("--token-url", help="OAuth2 token endpoint")
    add.add_argument("--client-id", help="OAuth2 client id")
    add.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the API key or client secret from standard input",
    )
    add.add_argument("--ca-bundle", help="a CA bundle to trust for this partner")
    add.add_argument("--client-cert", help="a client certificate (PEM with key) for mutual TLS")
    default = Limits()
    limits = add.add_argument_group(
        "limits", "how much this partner may send and how long it may take (docs/partner-api.md)"
    )
    limits.add_argument(
        "--max-body-mb",
        type=int,
        default=default.max_body_bytes // (1024 * 1024),
        help="refuse an answer larger than this many MB (default %(default)s)",
    )
    limits.add_argument(
        "--request-deadline",
        type=float,
        default=default.request_deadline_s,
        metavar="SECONDS",
        help="give up on a request after this long, however it trickles (default %(default)s)",
    )
    limits.add_argument(
        "--max-pages",
        type=int,
        default=default.max_pages,
        help="stop a feed that has not ended after this many pages in a sync (default %(default)s)",
    )
    limits.add_argument(
        "--max-text",
        type=int,
        default=default.max_string_chars,
        metavar="CHARACTERS",
        help="quarantine a record holding a longer text (default %(default)s)",
    )
    test = actions.add_parser("test", help="check that a partner answers and its agreements verify")
    test.add_argument("partner_id")
    remove = actions.add_parser("remove", help="remove a partner and everything it shared")
    remove.add_argument("partner_id")
    remove.add_argument(
        "--force",
        action="store_true",
        help="remove even if messages for the partner are still waiting to go",
    )
    partners.set_defaults(partners_command="list", json=False)


def run(args: argparse.Namespace, open_store: Any) -> int:
    store_cm: AbstractContextManager[Store] = open_store(args)
    with store_cm as store:
        action = args.partners_command
        if action == "add":
            return _add(store, args)
        if action == "test":
            return _test(store, args.partner_id)
        if action == "remove":
            return _remove(store, args.partner_id, force=args.force)
        return _list(store, json_out=args.json)


def _add(store: Store, args: argparse.Namespace) -> int:
    config = PartnerConfig(
        args.partner_id,
        args.name,
        args.agency,
        args.protocol,
        args.base_url,
        args.public_key,
        args.agreements_url,
        args.auth,
        args.token_url,
        args.client_id,
        args.ca_bundle,
        args.client_cert,
        Limits(
            max_body_bytes=args.max_body_mb * 1024 * 1024,
            request_deadline_s=args.request_deadline,
            max_pages=args.max_pages,
            max_string_chars=args.max_text,
        ),
    )
    secret = None
    if config.auth != "none":
        if not args.secret_stdin:
            sys.stderr.write("Give the secret on standard input with --secret-stdin.\n")
            return 2
        secret = sys.stdin.readline().strip()
        if not secret:
            sys.stderr.write("No secret was given on standard input.\n")
            return 2
    try:
        save_partner(store, config, secret)
    except ValueError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    print(
        f"Partner {config.partner_id} saved. Check it with: caseworker partners test "
        f"{config.partner_id}"
    )
    return 0


def _test(store: Store, partner_id: str) -> int:
    config = next((p for p in load_partners(store) if p.partner_id == partner_id), None)
    if config is None:
        sys.stderr.write(f"No partner {partner_id!r} is configured.\n")
        return 2
    from caseworker.services.partner_check import check_partner  # HTTP: when a test runs

    result = check_partner(store, config)
    if not result.reached:
        print(f"{config.name}: could not be reached — {' '.join(result.problems)}")
        return 1
    print(
        f"{config.name} ({config.protocol}, {config.base_url}): answered in {result.seconds:.2f} s."
    )
    for note in result.notes:
        print(f"  {note}")
    in_force = ", ".join(result.in_force) or "none"
    source = (
        f"{result.published} published by the partner, {result.verified} of them verified "
        "with its key"
        if result.published
        else "the partner publishes none itself: they are imported"
    )
    print(f"Agreements in force: {in_force} ({source}).")
    if result.previews:
        print("The first page of each kind of record, through those agreements:")
    for p in result.previews:
        quarantined = sum(p.quarantined.values())
        why = ", ".join(f"{n} {code}" for code, n in sorted(p.quarantined.items()))
        print(
            f"  {p.kind:<14} {p.read:>4} read: {p.kept} kept ({p.limited} with fields masked "
            f"or on request), {p.withheld} withheld, {quarantined} quarantined"
            + (f" ({why})" if why else "")
        )
    for problem in result.problems:
        print(f"PROBLEM: {problem}")
    print("Ready to sync." if result.ok else "Not ready: fix the problems above, then test again.")
    return 0 if result.ok else 1


def _remove(store: Store, partner_id: str, *, force: bool) -> int:
    if partner_id not in {p.partner_id for p in load_partners(store)}:
        sys.stderr.write(f"No partner {partner_id!r} is configured.\n")
        return 2
    try:
        remove_partner(store, partner_id, force=force)
    except MessagesWaiting as exc:
        sys.stderr.write(f"{exc} (use --force to discard them)\n")
        return 1
    print(f"Partner {partner_id} removed, with everything it had shared.")
    return 0


def _list(store: Store, *, json_out: bool) -> int:
    statuses = {s.partner_id: s for s in partner_statuses(store)}
    rows = [
        {
            "id": p.partner_id,
            "name": p.name,
            "agency": p.agency,
            "protocol": p.protocol,
            "base_url": p.base_url,
            "auth": p.auth,
            "signing_key": bool(p.public_key),
            "last_success_at": statuses[p.partner_id].last_success_at,
            "failures": statuses[p.partner_id].failures,
            "paused_until": statuses[p.partner_id].paused_until,
            "limits": p.limits.changed(),
        }
        for p in load_partners(store)
    ]
    if json_out:
        sys.stdout.write(msgspec.json.format(msgspec.json.encode(rows), indent=2).decode() + "\n")
        return 0
    for row in rows:
        health = (
            "paused"
            if row["paused_until"]
            else ("ok" if row["last_success_at"] else "never synced")
        )
        changed: dict[str, float] = row["limits"]  # type: ignore[assignment]
        own = ", ".join(f"{k}={v:g}" for k, v in changed.items())
        print(
            f"{row['id']:<24} {row['protocol']:<5} {row['auth']:<8} {health:<13} {row['base_url']}"
            + (f"  (own limits: {own})" if own else "")
        )
    if not rows:
        print("No partners are configured.")
    return 0
