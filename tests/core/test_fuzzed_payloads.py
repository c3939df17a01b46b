"""Generated partner payloads, thousands per connector: none crashes a connector, and each
is either read or set aside with a reason (which the sync quarantines).

Each example starts from a well-formed record of the sandbox and breaks it the ways partner
systems do: fields dropped, values of the wrong type, strings in odd scripts, huge numbers,
extra fields, or not JSON at all.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseworker.partners.case_sharing import CaseSharingConnector
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_bundle import parse_bundle
from caseworker.partners.fhir_model import Bundle, Entry
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import Page
from caseworker.sandbox import wire
from caseworker.sandbox.network import SandboxNetwork

EXAMPLES = 2000
NETWORK = SandboxNetwork(people=40)
CASE = NETWORK.data["childrens-social-care"]
HEALTH = NETWORK.data["nhs-trust"]
NOW = datetime(2026, 11, 1, tzinfo=UTC).isoformat()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _changes() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in CASE.persons[:10]:
        out.append(
            {"type": "person", "id": p.source_id, "updated": NOW, "data": wire.case_person(p)}
        )
    for i in CASE.items[:10]:
        out.append(
            {"type": "record", "id": i.source_id, "updated": NOW, "data": wire.case_record(i)}
        )
    for c in CASE.consents[:5]:
        out.append(
            {"type": "consent", "id": c.source_id, "updated": NOW, "data": wire.case_consent(c)}
        )
    for r in CASE.relationships[:5]:
        out.append(
            {
                "type": "relationship",
                "id": r.source_id,
                "updated": NOW,
                "data": wire.case_relationship(r),
            }
        )
    return out


def _resources() -> list[dict[str, Any]]:
    out = [wire.patient(p) for p in HEALTH.persons[:10]]
    out += [wire.health_resource(i) for i in HEALTH.items[:15]]
    out += [wire.fhir_consent(c) for c in HEALTH.consents[:5]]
    out += [wire.related_person(r) for r in HEALTH.relationships[:5]]
    return out


CHANGES, RESOURCES = _changes(), _resources()


@st.composite
def broken(draw: st.DrawFn, samples: list[dict[str, Any]]) -> bytes:
    """A sample record, broken in a few places (or not at all), as bytes."""
    record = json.loads(json.dumps(draw(st.sampled_from(samples))))
    for _ in range(draw(st.integers(0, 3))):
        target = record
        if isinstance(record.get("data"), dict) and draw(st.booleans()):
            target = record["data"]
        keys = list(target)
        action = draw(st.sampled_from(("drop", "replace", "add")))
        if action == "drop" and keys:
            target.pop(draw(st.sampled_from(keys)))
        elif action == "replace" and keys:
            target[draw(st.sampled_from(keys))] = draw(json_values)
        else:
            target[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
    if draw(st.integers(0, 30)) == 0:  # now and then, not JSON at all
        return draw(st.binary(max_size=60))
    return json.dumps(record).encode()


def _accounted(page: Page) -> int:
    return page.size + page.ignored


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is repeatable
    suppress_health_check=[HealthCheck.too_slow],
)
@given(payload=broken(CHANGES))
def test_case_sharing_reads_or_rejects_every_change(payload: bytes) -> None:
    config = PartnerConfig(
        "childrens-social-care", "CSC", "social_care", "case", "http://127.0.0.1"
    )
    page = Page(cursor="")
    CaseSharingConnector(config, PartnerHttp("CSC")).read_change(page, msgspec.Raw(payload))
    assert _accounted(page) == 1  # read, a tombstone, or set aside: never lost, never raised
    for rejection in page.rejected:
        assert rejection.reason_code and rejection.reason_detail is not None


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is repeatable
    suppress_health_check=[HealthCheck.too_slow],
)
@given(payloads=st.lists(broken(RESOURCES), min_size=1, max_size=5))
def test_fhir_reads_or_rejects_every_resource(payloads: list[bytes]) -> None:
    bundle = Bundle(
        "Bundle", "collection", entry=[Entry(resource=msgspec.Raw(p)) for p in payloads]
    )
    page = parse_bundle(bundle)
    assert _accounted(page) == len(payloads)  # each entry read, ignored or set aside
    for rejection in page.rejected:
        assert rejection.reason_code


AGREEMENTS = [
    (json.loads(msgspec.json.encode(signed)), NETWORK.public_key(provider))
    for provider, published in NETWORK.agreements.items()
    for signed in published[:2]
]


@st.composite
def tampered(draw: st.DrawFn) -> tuple[str, str, bool]:
    """A published agreement, changed somewhere deep inside (or not): (json, key, changed)."""
    original, key = draw(st.sampled_from(AGREEMENTS))
    record = json.loads(json.dumps(original))
    for _ in range(draw(st.integers(0, 2))):
        target: Any = record
        while isinstance(target, dict | list) and target and draw(st.integers(0, 3)):
            inner = (
                target[draw(st.sampled_from(list(target)))]
                if isinstance(target, dict)
                else target[draw(st.integers(0, len(target) - 1))]
            )
            if not isinstance(inner, dict | list) or not inner:
                break
            target = inner
        if isinstance(target, dict) and target:
            target[draw(st.sampled_from(list(target)))] = draw(json_values)
        elif isinstance(target, list):
            target.append(draw(json_values))
    # Compared as JSON text: in Python True == 1, but a partner sending true for 1 changed it.
    return json.dumps(record), key, json.dumps(record) != json.dumps(original)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is repeatable
    suppress_health_check=[HealthCheck.too_slow],
)
@given(case=tampered())
def test_a_changed_agreement_is_refused_with_a_reason_or_fails_its_signature(
    case: tuple[str, str, bool],
) -> None:
    from caseworker.agreements.registry import parse_published
    from caseworker.agreements.signing import verify

    raw, key, changed = case
    published = parse_published(raw)
    if published.signed is None:
        assert changed and published.problem  # unreadable: refused, and says why
        return
    assert verify(published.signed, key) is not changed  # only the untouched one verifies
