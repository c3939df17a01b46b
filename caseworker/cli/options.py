"""The command-line grammar shared by main.py, the headless commands and the GUI."""

from __future__ import annotations

import argparse

from caseworker.agreements.vocabulary import ORGANISATIONS, PURPOSES, ROLES
from caseworker.cli import audit as audit_commands
from caseworker.cli import contacts as contact_commands
from caseworker.cli import enquiry as enquiry_commands
from caseworker.cli import export as export_commands
from caseworker.cli import insight as insight_commands
from caseworker.cli import linkage as linkage_commands
from caseworker.cli import partners as partner_commands
from caseworker.preferences import TEXT_SCALES, THEMES
from caseworker.sandbox.defaults import DEFAULT_PEOPLE, DEFAULT_PORT_BASE, DEFAULT_SEED
from caseworker.version import version


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseworker",
        description="Caseworker: a joined-up, access-aware view of the people your partners share.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {version()}", help="print the version"
    )
    parser.add_argument(
        "--home", help="profile folder (default: the OS data folder, or $CASEWORKER_HOME)"
    )
    parser.add_argument(
        "--insecure-keyring",
        action="store_true",
        help="development only: accept a keyring that does not protect the store key",
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the store's PIN from standard input (then, for 'store pin set', the new PIN "
        "on the next line) instead of asking at the terminal",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the embedded sandbox partner network (configured automatically)",
    )
    parser.add_argument(
        "--sandbox-port-base",
        type=int,
        default=DEFAULT_PORT_BASE,
        help="with --demo, use a sandbox already serving on PORT_BASE+1.. if any",
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="check that the window starts: print 'painted' once it is on screen, then quit",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser("sandbox", help="serve the synthetic partner network on loopback")
    sandbox.add_argument("--seed", type=int, default=DEFAULT_SEED, help="population seed")
    sandbox.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="population size")
    sandbox.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="inject a fault into every partner, e.g. fail_requests=3, rate_limited=2, "
        "drop_connections=1, truncate_bodies=1, replay_pages=2, max_page=50, drift=1, "
        "latency_s=0.05; prefix with a partner id to aim it: police:fail_requests=5",
    )
    sandbox.add_argument(
        "--port-base",
        type=int,
        default=DEFAULT_PORT_BASE,
        help="partners listen on PORT_BASE+1.. (0 for ephemeral ports)",
    )

    sync = commands.add_parser("sync", help="pull every configured partner into the store")
    sync.add_argument("--json", action="store_true", help="print counts per partner as JSON")
    sync.add_argument("--demo", action="store_true", help=argparse.SUPPRESS)

    search = commands.add_parser(
        "search", help="find citizens by name, NHS number or date of birth"
    )
    search.add_argument("text")
    search.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="the joined-up view of one citizen")
    show.add_argument("citizen_id", type=export_commands.citizen_number)
    show.add_argument("--json", action="store_true")

    profile = commands.add_parser("profile", help="your organisation, role and purposes")
    profile_commands = profile.add_subparsers(dest="profile_command", metavar="ACTION")
    profile_show = profile_commands.add_parser("show", help="the profile access is evaluated for")
    profile_show.add_argument("--json", action="store_true")
    profile_set = profile_commands.add_parser("set", help="choose organisation, role and purposes")
    profile_set.add_argument("--org", required=True, choices=sorted(ORGANISATIONS))
    profile_set.add_argument("--role", required=True, choices=sorted(ROLES))
    profile_set.add_argument("--purpose", required=True, action="append", choices=sorted(PURPOSES))
    profile_set.add_argument("--name", help="your name, as shown on notes and requests")
    profile.set_defaults(profile_command="show", json=False)

    agreements = commands.add_parser("agreements", help="data-sharing agreements held")
    agreement_commands = agreements.add_subparsers(dest="agreements_command", metavar="ACTION")
    listing = agreement_commands.add_parser("list", help="agreements held, with their status")
    listing.add_argument("--json", action="store_true")
    verifying = agreement_commands.add_parser(
        "verify", help="check signatures: of the agreements held, or of one FILE"
    )
    verifying.add_argument("file", nargs="?")
    verifying.add_argument("--public-key", help="the provider's Ed25519 public key (base64)")
    verifying.add_argument("--partner", help="check FILE against this partner's configured key")
    odrl = agreement_commands.add_parser("export-odrl", help="an agreement FILE as ODRL JSON-LD")
    odrl.add_argument("file")
    importing = agreement_commands.add_parser(
        "import", help="hold a signed agreement FILE for a partner (checked against its key)"
    )
    importing.add_argument("file")
    importing.add_argument("--partner", required=True, help="the partner it comes from (its id)")
    templating = agreement_commands.add_parser(
        "template", help="for a provider's DPO: a starting agreement document to edit, then sign"
    )
    templating.add_argument("--provider", required=True, help="the providing partner's id")
    templating.add_argument("--provider-name", required=True, help="its name, as in the document")
    templating.add_argument(
        "--recipient", default="childrens-social-care", choices=sorted(ORGANISATIONS)
    )
    templating.add_argument("-o", "--output", required=True, help="where to write the document")
    keygen = agreement_commands.add_parser(
        "keygen", help="for a provider's DPO: a new Ed25519 signing key; prints its public key"
    )
    signing = agreement_commands.add_parser(
        "sign", help="for a provider's DPO: sign an agreement document FILE"
    )
    signing.add_argument("file")
    signing.add_argument("-o", "--output", required=True, help="where to write the signed file")
    for keyed in (keygen, signing):
        where = keyed.add_mutually_exclusive_group(required=True)
        where.add_argument("--key-file", help="the signing key in an owner-only PEM file")
        where.add_argument("--keyring", metavar="NAME", help="the signing key in the OS keyring")
    agreements.set_defaults(agreements_command="list", json=False)

    partner_commands.add_arguments(commands)
    linkage_commands.add_arguments(commands)
    export_commands.add_arguments(commands)
    audit_commands.add_arguments(commands)
    insight_commands.add_arguments(commands)
    contact_commands.add_arguments(commands)
    enquiry_commands.add_arguments(commands)
    enquiry_commands.add_decide_arguments(commands)
    store = commands.add_parser("store", help="the encrypted store itself")
    store_commands = store.add_subparsers(dest="store_command", metavar="ACTION")
    store_commands.add_parser(
        "rekey", help="re-encrypt the store with a new key (close the window first)"
    )
    pin = store_commands.add_parser(
        "pin", help="set, change or remove the PIN asked for with the keyring (close the window)"
    )
    pin.add_argument("pin_action", choices=("set", "remove"), metavar="set|remove")
    store.set_defaults(store_command="rekey")

    demo = commands.add_parser("demo", help="open the app on the sandbox (or save a screenshot)")
    demo.add_argument("--screenshot", metavar="FILE", help="save a PNG of the main window and exit")
    demo.add_argument(
        "--tab",
        choices=(
            "home",
            "emerging",
            "front_door",
            "mash_research",
            "register",
            "outcomes",
            "agreements",
            "sar",
            "overview",
            "chronology",
            "people",
            "notes",
            "access",
            "records",
            "activity",
        ),
        default="overview",
        help="Home, Emerging needs, the data-flow register, the outcome figures, the agreements, "
        "the subject access report's first page, or a tab of the citizen page",
    )
    demo.add_argument(
        "--language", choices=("en", "cy"), default=None, help="the interface language to show"
    )
    demo.add_argument("--theme", choices=THEMES, default=None, help="the theme to show")
    demo.add_argument(
        "--text-size",
        type=int,
        choices=TEXT_SCALES,
        default=None,
        metavar="PERCENT",
        help="the text size, in per cent (100, 125, 150 or 200)",
    )
    demo.add_argument(
        "--size",
        default=None,
        metavar="WIDTHxHEIGHT",
        help="with --screenshot: the window's size (as a screen of that size would give it)",
    )
    demo.add_argument(
        "--partner-down",
        metavar="PARTNER",
        default=None,
        help="with --screenshot: the partner goes down after the first sync and a second sync "
        "fails for it, to show how the pages warn of out-of-date data",
    )
    return parser
