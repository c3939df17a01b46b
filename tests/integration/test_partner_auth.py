"""Partners that need credentials: API keys, OAuth2 tokens refreshed on expiry, TLS rules."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from caseworker.errors import AuthExpired
from caseworker.partners.auth import (
    ClientCredentials,
    InsecureTransport,
    check_transport,
    save_secret,
)
from caseworker.partners.http import PartnerHttp, RetryPolicy
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.auth import DEMO_API_KEY, DEMO_CLIENT
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.conftest import ROOT

FAST = RetryPolicy(attempts=2, base_s=0.01, max_s=0.05)


def _configure(store: Store, sandbox: SandboxNetwork, **changes: object) -> None:
    configs = [
        replace(c, **changes) if c.partner_id == "police" else c  # type: ignore[arg-type]
        for c in sandbox.partner_configs()
    ]
    configure_partners(store, configs)
    apply_profile(store, DEMO_PROFILE)


def _police(report):  # type: ignore[no-untyped-def]
    return next(r for r in report.results if r.partner_id == "police")


def test_an_api_key_from_the_keyring_opens_the_partner_and_a_wrong_one_is_reported(
    store: Store, sandbox: SandboxNetwork
) -> None:
    sandbox.servers["police"].auth.mode = "api_key"
    _configure(store, sandbox, auth="api_key")
    save_secret("police", "not-the-key")
    refused = _police(SyncService(store, retry=FAST).sync_all())
    assert refused.error_code == "auth_expired" and "credentials" in (refused.error_message or "")
    save_secret("police", DEMO_API_KEY)
    assert _police(SyncService(store, retry=FAST).sync_all()).created > 0


def test_oauth2_tokens_are_fetched_cached_and_refreshed_when_they_expire(
    store: Store, sandbox: SandboxNetwork
) -> None:
    server = sandbox.servers["police"]
    server.auth.mode = "oauth2"
    server.auth.token_lifetime_s = 30.05  # with the 30 s safety margin: renewed every 50 ms
    server.faults.latency_s = 0.03
    server.faults.max_page = 20
    _configure(
        store,
        sandbox,
        auth="oauth2",
        token_url=server.url("/oauth/token"),
        client_id=DEMO_CLIENT[0],
    )
    save_secret("police", DEMO_CLIENT[1])
    result = _police(SyncService(store, retry=FAST).sync_all())
    assert result.ok and result.created > 0
    assert server.auth.issued > 2  # the token expired during the sync and was renewed


def test_a_token_revoked_early_is_replaced_after_one_401(sandbox: SandboxNetwork) -> None:
    server = sandbox.servers["police"]
    server.auth.mode = "oauth2"
    session = requests.Session()
    auth = ClientCredentials("Police", server.url("/oauth/token"), *DEMO_CLIENT, session=session)
    http = PartnerHttp("Police", session=session, retry=FAST, auth=auth)
    http.get(server.agreements_url, accept="application/json")
    server.auth.revoke_all()
    http.get(server.agreements_url, accept="application/json")
    assert auth.fetched == 2
    wrong = ClientCredentials(
        "Police", server.url("/oauth/token"), "caseworker", "wrong", session=requests.Session()
    )
    with pytest.raises(AuthExpired, match="client credentials"):
        wrong.headers()


def test_only_loopback_may_use_plain_http() -> None:
    check_transport("https://partner.example/api/v1")
    check_transport("http://127.0.0.1:8080/api/v1")
    check_transport("http://localhost/api")
    for url in ("http://partner.example/api/v1", "http://10.0.0.5/api", "ftp://127.0.0.1/x"):
        with pytest.raises(InsecureTransport):
            check_transport(url)


def test_partners_add_list_test_remove_on_the_command_line(
    cli_env: dict[str, str], sandbox: SandboxNetwork
) -> None:
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    server = sandbox.servers["police"]
    server.auth.mode = "api_key"

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "partners", *args],
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    add = [
        "add",
        "--id",
        "police",
        "--name",
        "Police",
        "--agency",
        "police",
        "--protocol",
        "case",
        "--base-url",
        server.base_url,
        "--public-key",
        sandbox.public_key("police"),
        "--auth",
        "api_key",
        "--secret-stdin",
        "--max-text",
        "5000",
    ]
    nonsense = run(*add, "--request-deadline", "0", stdin=DEMO_API_KEY + "\n")
    assert nonsense.returncode == 2 and "deadline for one request" in nonsense.stderr
    assert run(*add, stdin=DEMO_API_KEY + "\n").returncode == 0
    keyring_text = Path(env["CASEWORKER_TEST_KEYRING"]).read_text()
    assert DEMO_API_KEY in keyring_text  # in the (test) keyring, and nowhere in the store
    profile = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "profile", "set", "--org",
         "childrens-social-care", "--role", "social_worker", "--purpose",
         "safeguarding_children"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert profile.returncode == 0, profile.stderr
    tested = run("test", "police")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "(2 published by the partner, 2 of them verified with its key)" in tested.stdout
    assert "changes" in tested.stdout and "kept" in tested.stdout  # a page, through them
    assert "Ready to sync." in tested.stdout
    listed = json.loads(run("list", "--json").stdout)
    assert [p["id"] for p in listed] == ["police"] and listed[0]["auth"] == "api_key"
    assert listed[0]["limits"] == {"max_string_chars": 5000}  # only what differs is kept
    insecure = run(
        "add",
        "--id",
        "x",
        "--name",
        "X",
        "--agency",
        "police",
        "--protocol",
        "case",
        "--base-url",
        "http://partner.example/api",
    )
    assert insecure.returncode == 2 and "https" in insecure.stderr
    assert run("remove", "police").returncode == 0
    assert json.loads(run("list", "--json").stdout) == []
