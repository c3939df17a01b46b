"""Reading and writing partner configuration in the store."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select

from caseworker.partners.config import Limits, PartnerConfig
from caseworker.store.models import Partner
from caseworker.store.store import Store


def configure_partners(store: Store, configs: Iterable[PartnerConfig]) -> None:
    """Add partners, or update how existing ones are reached. Cursors are kept."""
    with store.session() as session:
        for config in configs:
            row = session.get(Partner, config.partner_id)
            if row is None:
                row = Partner(id=config.partner_id)
                session.add(row)
            row.name, row.agency = config.name, config.agency
            row.protocol, row.base_url = config.protocol, config.base_url
            row.public_key, row.agreements_url = config.public_key, config.agreements_url
            row.auth, row.token_url, row.client_id = config.auth, config.token_url, config.client_id
            row.ca_bundle, row.client_cert = config.ca_bundle, config.client_cert
            changed = config.limits.changed()
            row.limits = json.dumps(changed, sort_keys=True) if changed else None


def load_partners(store: Store) -> list[PartnerConfig]:
    with store.session() as session:
        return [
            PartnerConfig(
                p.id,
                p.name,
                p.agency,
                p.protocol,
                p.base_url,
                p.public_key,
                p.agreements_url,
                p.auth,
                p.token_url,
                p.client_id,
                p.ca_bundle,
                p.client_cert,
                Limits.from_changed(json.loads(p.limits) if p.limits else None),
            )
            for p in session.scalars(select(Partner).order_by(Partner.id))
        ]


def load_cursor(store: Store, partner_id: str) -> str | None:
    with store.session() as session:
        row = session.get(Partner, partner_id)
        return row.cursor if row else None
