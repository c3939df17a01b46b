"""The headless commands. Each returns a process exit code; errors go to stderr in plain words.

Exit codes: 0 success, 1 partly failed (a partner could not be synced), 2 could not start
(store or keyring problem, bad arguments), 3 not found.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec

from caseworker.cli.pin import current_pin
from caseworker.errors import CaseworkerError, NotFound
from caseworker.logs import configure as configure_logging
from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE, InvalidProfile, Profile, load_profile
from caseworker.services.viewing import find, open_citizen
from caseworker.store.keys import INSECURE_ENV
from caseworker.store.store import Store, open_store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.sync.report import SyncReport
from caseworker.views.citizen import identity_text
from caseworker.words import ENGLISH

if TYPE_CHECKING:
    from caseworker.sandbox.network import SandboxNetwork
    from caseworker.sync.engine import SyncService

log = logging.getLogger("caseworker")


def _print_json(value: Any) -> None:
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(value), indent=2).decode() + "\n")


def insecure_requested(args: argparse.Namespace) -> bool:
    return bool(args.insecure_keyring or os.environ.get(INSECURE_ENV) == "1")


def open_profile_store(
    args: argparse.Namespace, *, pin: str | None = None, ask: bool = True
) -> Store:
    """Open the profile's store; with `ask`, its PIN (if it has one) is asked for at the
    terminal or read with --pin-stdin, else `pin` is used."""
    paths = resolve_paths(args.home)
    store = open_store(
        paths,
        allow_insecure_keyring=insecure_requested(args),
        pin=current_pin(args, paths) if ask else pin,
    )
    if store.info.insecure_keyring:
        sys.stderr.write(
            "Warning: the store key is in an insecure keyring "
            f"({store.info.keyring_backend}). Use this only for development.\n"
        )
    return store


def ensure_demo_profile(store: Store) -> None:
    """The demo works as a children's social worker unless a profile was chosen already."""
    with store.session() as session:
        chosen = load_profile(session)
    if chosen is None:
        apply_profile(store, DEMO_PROFILE)


def _sync_service(store: Store) -> SyncService:
    """The sync's engine, loaded when a command syncs: the window opens stores through this
    module and starts without the partner stack."""
    from caseworker.sync.engine import SyncService

    return SyncService(store)


def sync_with_demo(store: Store, args: argparse.Namespace) -> SyncReport:
    from caseworker.sandbox.embedded import DemoPartners  # the sandbox: only when asked for

    with DemoPartners(args.seed, args.people, args.sandbox_port_base) as demo:
        configure_partners(store, demo.configs)
        ensure_demo_profile(store)
        return _sync_service(store).sync_all(partners=demo.configs)


def cmd_sync(args: argparse.Namespace) -> int:
    with open_profile_store(args) as store:
        report = sync_with_demo(store, args) if args.demo else _sync_service(store).sync_all()
    if args.json:
        _print_json(
            {
                "ok": report.ok,
                "partners": [
                    {
                        k: getattr(r, k)
                        for k in (
                            "partner_id",
                            "fetched",
                            "created",
                            "updated",
                            "deleted",
                            "quarantined",
                            "seconds",
                            "error_code",
                            "error_message",
                            "withheld",
                            "unchanged",
                            "agreements_changed",
                            "messages_sent",
                            "requests_decided",
                        )
                    }
                    for r in report.results
                ],
                "purges": [
                    {
                        "provider": p.provider,
                        "cause": p.cause,
                        "fields_cleared": p.fields_cleared,
                        "records_removed": p.records_removed,
                    }
                    for p in report.purges
                ],
            }
        )
    else:
        if not report.results:
            print("No partners are configured. Run with --demo to use the sandbox network.")
        for purge in report.purges:
            print(
                f"Removed from {purge.provider}: {purge.fields_cleared} fields and "
                f"{purge.records_removed} records ({purge.cause})."
            )
        for r in report.results:
            status = "ok" if r.ok else f"FAILED: {r.error_message}"
            print(
                f"{r.name:<34} {r.fetched:>7} fetched  {r.created:>7} new  "
                f"{r.updated:>6} changed  {r.deleted:>5} removed  "
                f"{r.quarantined:>4} quarantined  {status}"
            )
    return 0 if report.ok else 1


def cmd_search(args: argparse.Namespace) -> int:
    with open_profile_store(args) as store:
        results = find(store, args.text)
    if args.json:
        _print_json(results)
    else:
        for r in results:
            born = r.birth_date.strftime("%d/%m/%Y") if r.birth_date else "—"
            print(
                f"{r.citizen_id:>7}  {r.name:<30} {born:<11} {r.postcode or '':<9} "
                f"{', '.join(r.agencies)}"
            )
        if not results:
            print("No one matches that search.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_profile_store(args) as store:
        view = open_citizen(store, args.citizen_id)
    if args.json:
        _print_json(view)
        return 0
    ident = view.identity
    name = ident.name.preferred.value if ident.name.preferred else "(no name)"
    print(f"{name} — known to {', '.join(view.agencies)}")
    for label, attribute in (
        ("Name", "name"),
        ("Born", "birth_date"),
        ("NHS number", "nhs_number"),
        ("Address", "address"),
        ("Other names", "other_names"),
        ("NHS number, unverified", "unverified_numbers"),
        ("Other identifiers", "identifiers"),
        ("Preferred language", "preferred_language"),
    ):
        field = getattr(ident, attribute)
        for sourced in [*([field.preferred] if field.preferred else []), *field.variants]:
            shown = identity_text(attribute, sourced.value, ENGLISH)
            print(f"  {label + ':':<24} {shown}  ({sourced.source.partner_name})")
        for held in field.held_back:
            print(f"  {label + ':':<24} held by {held.source.partner_name}, on request")
    for group in view.needs_and_risks:
        print(f"\n{group.domain.upper()}")
        for item in group.items:
            print(f"  [{item.kind}] {item.title}  ({item.source.partner_name})")
    print("\nCHRONOLOGY")
    for item in view.chronology:
        when = item.on.strftime("%d/%m/%Y") if item.on else "—"
        mark = "*" if item.significant else " "
        print(f" {mark}{when}  {item.source.partner_name:<34} {item.title}")
    return 0


def _fault_value(name: str, value: str) -> float | int | bool:
    if name == "latency_s":
        return float(value)
    if name == "drift":
        return value.lower() not in ("0", "false", "no")
    return int(value)


def apply_fault(network: SandboxNetwork, spec: str) -> None:
    """'fail_requests=3' for every partner, or 'police:fail_requests=3' for one."""
    target, _, assignment = spec.rpartition(":")
    name, _, value = assignment.partition("=")
    if (target and target not in network.servers) or not value or name.startswith("_"):
        raise ValueError(f"Cannot apply fault {spec!r}: use [PARTNER:]NAME=VALUE.")
    servers = [network.servers[target]] if target else list(network.servers.values())
    for server in servers:
        if not hasattr(server.faults, name) or callable(getattr(server.faults, name)):
            raise ValueError(f"Unknown fault {name!r}.")
        setattr(server.faults, name, _fault_value(name, value))


def cmd_sandbox(args: argparse.Namespace) -> int:
    from caseworker.sandbox.network import SandboxNetwork

    network = SandboxNetwork(args.seed, args.people)
    try:
        network.start(base_port=args.port_base)
    except OSError as exc:
        network.stop()
        sys.stderr.write(
            f"The sandbox could not listen on ports {args.port_base + 1}-{args.port_base + 5} "
            f"({exc.strerror}). Stop whatever uses them, or choose others with --port-base.\n"
        )
        return 2
    try:
        for spec in args.fault:
            apply_fault(network, spec)
    except ValueError as exc:
        network.stop()
        sys.stderr.write(f"{exc}\n")
        return 2
    print(f"Sandbox partner network: {len(network.population.people)} synthetic people.")
    for config in network.partner_configs():
        print(f"  {config.name:<34} {config.protocol:<5} {config.base_url}")
    print("Press Ctrl+C to stop.")
    sys.stdout.flush()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        network.stop()
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    with open_profile_store(args) as store:
        if args.profile_command == "set":
            try:
                profile = Profile(args.org, args.role, tuple(args.purpose), args.name or "")
            except InvalidProfile as exc:
                sys.stderr.write(f"That profile is not possible: {exc}.\n")
                return 2
            change = apply_profile(store, profile)
            if change.changed:
                print("Profile saved. The next sync fetches what this profile may see.")
            for purge in change.purges:
                print(
                    f"Removed from {purge.provider}: {purge.fields_cleared} fields, "
                    f"{purge.records_removed} records ({purge.cause})."
                )
            return 0
        with store.session() as session:
            current = load_profile(session)
    if args.json:
        _print_json(current)
    elif current is None:
        print(
            "No profile yet. Set one with: caseworker profile set --org ORG --role ROLE "
            "--purpose PURPOSE"
        )
    else:
        print(
            f"{current.display_name or 'You'}: {current.role} at {current.org}, "
            f"for {', '.join(current.purposes)}"
        )
    return 0


def cmd_agreements(args: argparse.Namespace) -> int:
    from caseworker.cli.agreements import cmd_agreements as run_agreements

    return run_agreements(args, open_profile_store)


def cmd_partners(args: argparse.Namespace) -> int:
    from caseworker.cli.partners import run as run_partners

    return run_partners(args, open_profile_store)


def cmd_linkage(args: argparse.Namespace) -> int:
    from caseworker.cli.linkage import run as run_linkage

    return run_linkage(args, open_profile_store)


def cmd_export(args: argparse.Namespace) -> int:
    from caseworker.cli.export import run as run_export

    return run_export(args, open_profile_store)


def cmd_store(args: argparse.Namespace) -> int:
    from caseworker.cli.pin import run as run_store

    return run_store(args, allow_insecure_keyring=insecure_requested(args))


def cmd_audit(args: argparse.Namespace) -> int:
    from caseworker.cli.audit import run as run_audit

    return run_audit(args, open_profile_store)


def cmd_insight(args: argparse.Namespace) -> int:
    from caseworker.cli.insight import run as run_insight

    return run_insight(args, open_profile_store)


def cmd_contacts(args: argparse.Namespace) -> int:
    from caseworker.cli.contacts import run as run_contacts

    return run_contacts(args, open_profile_store)


def cmd_enquiry(args: argparse.Namespace) -> int:
    from caseworker.cli.enquiry import run as run_enquiry

    return run_enquiry(args, open_profile_store)


def cmd_decide(args: argparse.Namespace) -> int:
    from caseworker.cli.enquiry import run_decide

    return run_decide(args, open_profile_store)


COMMANDS = {
    "contacts": cmd_contacts,
    "decide": cmd_decide,
    "enquiry": cmd_enquiry,
    "insight": cmd_insight,
    "audit": cmd_audit,
    "store": cmd_store,
    "export": cmd_export,
    "linkage": cmd_linkage,
    "partners": cmd_partners,
    "agreements": cmd_agreements,
    "profile": cmd_profile,
    "sync": cmd_sync,
    "search": cmd_search,
    "show": cmd_show,
    "sandbox": cmd_sandbox,
}


def run(args: argparse.Namespace) -> int:
    """Run a headless command, turning the core's errors into a message and an exit code."""
    configure_logging(resolve_paths(args.home))
    return guarded(lambda: COMMANDS[args.command](args))


def guarded(command: Callable[[], int]) -> int:
    """Run `command`; the core's errors become a plain message and an exit code."""
    try:
        return command()
    except NotFound as exc:
        sys.stderr.write(f"{exc}\n")
        return 3
    except CaseworkerError as exc:
        sys.stderr.write(f"Caseworker could not continue: {exc}\n")
        return 2
