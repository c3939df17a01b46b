"""The whole sandbox partner network: population, feeds and one loopback server per partner.

`SandboxNetwork(seed, people).start()` serves the same records for the same seed. After
start, `advance()` simulates a working day: new events, people moving, records withdrawn.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from msgspec.structs import replace as replace_struct

from caseworker.agreements.model import SignedAgreement
from caseworker.agreements.signing import sign
from caseworker.partners.config import PartnerConfig
from caseworker.sandbox import agreements as sandbox_agreements
from caseworker.sandbox import catalogue as cat
from caseworker.sandbox import wire
from caseworker.sandbox.defaults import DEFAULT_PEOPLE, DEFAULT_SEED
from caseworker.sandbox.desk import RequestDesk
from caseworker.sandbox.feed import Feed, LogicalClock
from caseworker.sandbox.front_door import FEED_PARTNER
from caseworker.sandbox.front_door import contacts as front_door_contacts
from caseworker.sandbox.population import AS_OF, generate
from caseworker.sandbox.records import PartnerData, SItem, build_partner_data
from caseworker.sandbox.servers import PartnerServer

_NEW_EVENTS = {
    "health": cat.ED_ADULT,
    "social_care": cat.CONTACT,
    "police": cat.ASB,
    "education": cat.SUSPENSION,
    "housing": cat.ASB_COMPLAINT,
}


ENQUIRY_ANSWERS: dict[str, tuple[float, str | None, bool]] = {
    "nhs-trust": (4.0, None, False),
    "school": (6.0, None, False),
    "police": (
        8.0,
        "An active criminal investigation involves this household; sharing now could "
        "prejudice it. The MASH police officer will brief the strategy discussion in person.",
        False,
    ),
    "housing": (10.0, None, True),
    "childrens-social-care": (3.0, None, False),
}
"""How each sandbox partner answers a multi-agency enquiry: after how many seconds, whether
it withholds (with its reason), and whether it answers only after the deadline (late)."""


class SandboxNetwork:
    """A synthetic partner network, deterministic for a seed and size."""

    def __init__(self, seed: int = DEFAULT_SEED, people: int = DEFAULT_PEOPLE) -> None:
        self.seed = seed
        self.population = generate(seed, people)
        self.data = build_partner_data(self.population)
        self.clock = LogicalClock()
        self.feeds: dict[str, Feed] = {pid: Feed(self.clock) for pid in self.data}
        for partner_id, data in self.data.items():
            self._load(self.feeds[partner_id], data)
        self.today = date.today()
        self.agreements: dict[str, list[SignedAgreement]] = sandbox_agreements.build(
            seed, self.today
        )
        self.clock.realtime = True
        self.servers: dict[str, PartnerServer] = {}
        self.desks = {pid: RequestDesk(data, self.feeds[pid]) for pid, data in self.data.items()}
        """Each partner's request desk; set `delay_s` to change how long decisions take."""
        for partner_id, (delay, withhold, late) in ENQUIRY_ANSWERS.items():
            if partner_id in self.desks:
                desk = self.desks[partner_id].enquiries
                desk.delay_s, desk.withhold, desk.late = delay, withhold, late
        self.withdrawn: list[str] = []
        """Source ids of records withdrawn by advance(), for tests to look for."""
        self._rng = random.Random(f"{seed}:advance")

    @staticmethod
    def _load(feed: Feed, data: PartnerData) -> None:
        if data.spec.protocol == "fhir":
            for person in data.persons:
                feed.put("Patient", person.source_id, wire.patient(person))
            for item in data.items:
                assert item.fhir_type is not None
                feed.put(item.fhir_type, item.source_id, wire.health_resource(item))
            for consent in data.consents:
                feed.put("Consent", consent.source_id, wire.fhir_consent(consent))
            for relationship in data.relationships:
                feed.put("RelatedPerson", relationship.source_id, wire.related_person(relationship))
        else:
            for person in data.persons:
                feed.put("person", person.source_id, wire.case_person(person))
            for item in data.items:
                feed.put("record", item.source_id, wire.case_record(item))
            for consent in data.consents:
                feed.put("consent", consent.source_id, wire.case_consent(consent))
            for relationship in data.relationships:
                feed.put(
                    "relationship", relationship.source_id, wire.case_relationship(relationship)
                )
            if data.spec.partner_id == FEED_PARTNER:
                data.contacts = front_door_contacts(data)
            for contact_id, body in data.contacts:
                feed.put("contact", contact_id, body)

    def start(self, host: str = "127.0.0.1", base_port: int = 0) -> SandboxNetwork:
        """Serve every partner; ports base_port+1.. or ephemeral ones when base_port is 0."""
        for index, (partner_id, data) in enumerate(self.data.items(), start=1):
            port = base_port + index if base_port else 0
            self.servers[partner_id] = PartnerServer(
                data.spec,
                self.feeds[partner_id],
                host,
                port,
                self._published(partner_id),
                self.public_key(partner_id),
            )
            self.servers[partner_id].desk = self.desks[partner_id]
            self.servers[partner_id].start()
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()

    def __enter__(self) -> SandboxNetwork:
        return self.start() if not self.servers else self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def public_key(self, partner_id: str) -> str:
        return sandbox_agreements.public_key(self.seed, partner_id)

    def _published(self, partner_id: str):  # type: ignore[no-untyped-def]
        return lambda: self.agreements[partner_id]

    def partner_configs(self) -> list[PartnerConfig]:
        return [
            PartnerConfig(
                pid,
                s.spec.name,
                s.spec.agency,
                s.spec.protocol,
                s.base_url,
                self.public_key(pid),
                s.agreements_url,
            )
            for pid, s in self.servers.items()
        ]

    def revoke(self, agreement_id: str) -> SignedAgreement:
        """Publish a new, signed version of an agreement that revokes it."""
        for partner_id, published in self.agreements.items():
            latest = max(
                (a for a in published if a.document.id == agreement_id),
                key=lambda a: a.document.version,
                default=None,
            )
            if latest is not None:
                doc = replace_struct(
                    latest.document,
                    version=latest.document.version + 1,
                    status="revoked",
                    supersedes=latest.document.version,
                )
                signed = sign(doc, sandbox_agreements.partner_key(self.seed, partner_id))
                published.append(signed)
                return signed
        raise KeyError(agreement_id)

    def advance(self, changes: int = 10) -> Counter[str]:
        """Record `changes` new events across partners, move one person, withdraw one record.

        Returns how many records changed per partner (what an incremental sync should fetch).
        """
        changed: Counter[str] = Counter()
        rng = self._rng
        partners = list(self.data.values())
        for n in range(changes):
            data = partners[n % len(partners)]
            person = rng.choice(data.persons)
            self._add_event(data, person.source_id, "N", AS_OF)
            changed[data.spec.partner_id] += 1
        housing = self.data["housing"]
        mover = rng.choice(housing.persons)
        moved = replace(mover, address="Flat 2, 9 Station Road", postcode=mover.postcode)
        self.feeds["housing"].put("person", moved.source_id, wire.case_person(moved))
        changed["housing"] += 1
        police = self.data["police"]
        if police.items:
            withdrawn = police.items.pop(rng.randrange(len(police.items)))
            self.feeds["police"].delete("record", withdrawn.source_id)
            self.withdrawn.append(withdrawn.source_id)
            changed["police"] += 1
        return changed

    def add_history(self, people: int = 10, items: int = 200) -> list[int]:
        """Give `people` of the population known to the most partners `items` records each,
        spread over those partners and the last five years: the long histories a strategy
        meeting opens. Returns their population ids."""
        known: dict[int, list[tuple[PartnerData, str]]] = {}
        for data in self.data.values():
            for person in data.persons:
                known.setdefault(person.pid, []).append((data, person.source_id))
        chosen = sorted(known, key=lambda pid: (-len(known[pid]), pid))[:people]
        for pid in chosen:
            places = known[pid]
            for n in range(items):
                data, source_id = places[n % len(places)]
                self._add_event(data, source_id, "H", AS_OF - timedelta(days=(n * 9) % 1825))
        return chosen

    def _add_event(self, data: PartnerData, person_source_id: str, tag: str, on: date) -> None:
        """A new event of the partner's usual kind about one of its persons, served at once."""
        entry = _NEW_EVENTS[data.spec.agency]
        item = SItem(
            f"{data.spec.prefix}-{tag}{len(data.items) + 1:08d}",
            person_source_id,
            entry.kind,
            entry.category,
            entry.title,
            entry.detail,
            on,
            severity=entry.severity,
            significant=entry.significant,
            fhir_type=entry.fhir_type,
            code=entry.code,
        )
        data.items.append(item)
        self._put_item(data, item)

    def _put_item(self, data: PartnerData, item: SItem) -> None:
        feed = self.feeds[data.spec.partner_id]
        if data.spec.protocol == "fhir":
            assert item.fhir_type is not None
            feed.put(item.fhir_type, item.source_id, wire.health_resource(item))
        else:
            feed.put("record", item.source_id, wire.case_record(item))
