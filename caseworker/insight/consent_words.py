"""Consent in plain words: what a citizen agrees to, generated from the agreements in force.

When a worker records consent, the citizen should hear (and can take away in print) what
will be shared, with whom, why, for how long, and how to say no later. The words come from
the permitting clauses that need consent for the chosen provider and purpose, so they change
when the agreements do, and never promise more or less than the agreements say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.vocabulary import ORGANISATIONS, PURPOSES, ROLES
from caseworker.exports.page import MARKING, esc, page


@dataclass(frozen=True)
class ConsentExplanation:
    provider: str
    provider_name: str
    purpose_label: str
    shared: tuple[str, ...]
    """What is shared only with consent (data class labels)."""
    recipients: tuple[str, ...]
    """Who receives it: organisations and, where the clause narrows it, roles."""
    kept_for: str
    agreements: tuple[str, ...]

    @property
    def needs_consent(self) -> bool:
        return bool(self.shared)

    def sentences(self) -> list[str]:
        """The explanation, one plain sentence per point, in the order a citizen asks."""
        if not self.needs_consent:
            return [
                f"{self.provider_name} does not ask for your consent to share information for "
                f"{self.purpose_label.lower()}.",
                "What it shares for this purpose is shared under the law, not because you "
                "agreed, so saying yes or no here does not change it.",
            ]
        return [
            f"What will be shared: {self.provider_name} will share "
            f"{_listed([_in_sentence(x) for x in self.shared])}.",
            f"Who with: {_listed(self.recipients)}.",
            f"Why: for {self.purpose_label.lower()}.",
            f"For how long: it is kept for up to {self.kept_for} after {self.provider_name} "
            "last updated it, and then deleted.",
            "Saying no: you do not have to agree. If you say no, this information is not "
            "shown to the people above; help is still offered.",
            f"Changing your mind: you can withdraw your consent at any time by telling your "
            f"worker or {self.provider_name}. From then on the information is no longer shown, "
            "and nothing new is shared because of your earlier consent.",
        ]


def _listed(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _in_sentence(label: str) -> str:
    """ "Rent arrears" -> "rent arrears"; "CAMHS involvement" stays as it is."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def duration(days: int) -> str:
    """730 -> "2 years", 180 -> "6 months", 45 -> "45 days"."""
    if days % 365 == 0:
        years = days // 365
        return f"{years} year" + ("s" if years != 1 else "")
    if days % 30 == 0:
        months = days // 30
        return f"{months} month" + ("s" if months != 1 else "")
    return f"{days} day" + ("s" if days != 1 else "")


def _recipient(org: str, roles: Sequence[str]) -> str:
    name = "any partner organisation" if org == "*" else ORGANISATIONS.get(org, org)
    if "*" in roles:
        return name
    named = [ROLES[r][1].lower() + "s" if r in ROLES else r for r in roles]
    return f"{name} ({_listed(named)})"


def explain_consent(
    agreements: Sequence[KnownAgreement], provider: str, purpose: str, today: date | None = None
) -> ConsentExplanation:
    """What consent to `provider` sharing for `purpose` means under the agreements in force."""
    today = today or date.today()
    shared: list[str] = []
    recipients: list[str] = []
    titles: list[str] = []
    retention = 0
    for known in agreements:
        doc = known.document
        if doc.provider != provider or not known.usable_on(today):
            continue
        for rule in doc.rules:
            if rule.effect != "permit" or rule.consent != "required":
                continue
            if rule.purposes and purpose not in rule.purposes:
                continue
            for name in rule.data_classes:
                label = doc.data_classes[name].label
                if label not in shared:
                    shared.append(label)
            for recipient in rule.recipients:
                who = _recipient(recipient.org, recipient.roles)
                if who not in recipients:
                    recipients.append(who)
            if doc.title not in titles:
                titles.append(doc.title)
            retention = max(retention, doc.retention_days)
    return ConsentExplanation(
        provider=provider,
        provider_name=ORGANISATIONS.get(provider, provider),
        purpose_label=PURPOSES[purpose].label if purpose in PURPOSES else purpose,
        shared=tuple(shared),
        recipients=tuple(recipients),
        kept_for=duration(retention) if retention else "",
        agreements=tuple(titles),
    )


def explanation_html(explanation: ConsentExplanation, citizen_name: str) -> str:
    """A page to print and give to the citizen; about a named person, so OFFICIAL-SENSITIVE."""
    points = "".join(f"<li>{esc(s)}</li>" for s in explanation.sentences())
    basis = (
        f"<p>Under: {esc(_listed(explanation.agreements))}.</p>" if explanation.agreements else ""
    )
    return page(
        f"Your consent: {explanation.provider_name}",
        f"For {citizen_name}, about {explanation.purpose_label.lower()}.",
        f"<ul>{points}</ul>{basis}",
        marking=MARKING,
    )
