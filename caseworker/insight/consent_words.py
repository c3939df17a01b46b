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
from caseworker.agreements.vocabulary import ORGANISATIONS, PURPOSES
from caseworker.exports.page import MARKING, esc, page
from caseworker.words import ENGLISH, N_, Words

ROLE_PLURALS = {
    "social_worker": N_("social workers"),
    "team_manager": N_("team managers"),
    "early_help_worker": N_("early help workers"),
    "mash_police_officer": N_("MASH police officers"),
    "safeguarding_nurse": N_("safeguarding nurses"),
    "health_visitor": N_("health visitors"),
    "designated_safeguarding_lead": N_("designated safeguarding leads"),
    "housing_officer": N_("housing officers"),
}
"""Who a clause names, in a sentence: a role in the plural."""


@dataclass(frozen=True)
class Recipient:
    org: str
    """An organisation's code, or * for any partner."""
    roles: tuple[str, ...]
    """Role codes; * for every role."""


@dataclass(frozen=True)
class ConsentExplanation:
    provider: str
    provider_name: str
    purpose: str
    shared: tuple[str, ...]
    """What is shared only with consent (data class labels, as the agreement words them)."""
    recipients: tuple[Recipient, ...]
    """Who receives it: organisations and, where the clause narrows it, roles."""
    kept_days: int
    agreements: tuple[str, ...]

    @property
    def needs_consent(self) -> bool:
        return bool(self.shared)

    def purpose_words(self, say: Words = ENGLISH) -> str:
        label = PURPOSES[self.purpose].label if self.purpose in PURPOSES else self.purpose
        return say(label).lower() if self.purpose in PURPOSES else label.lower()

    def sentences(self, say: Words = ENGLISH) -> list[str]:
        """The explanation, one plain sentence per point, in the order a citizen asks, in
        the language of `say`."""
        provider, purpose = self.provider_name, self.purpose_words(say)
        if not self.needs_consent:
            return [
                say(
                    "{provider} does not ask for your consent to share information for {purpose}.",
                    provider=provider,
                    purpose=purpose,
                ),
                say(
                    "What it shares for this purpose is shared under the law, not because you "
                    "agreed, so saying yes or no here does not change it."
                ),
            ]
        whom = [_recipient(r, say) for r in self.recipients]
        return [
            say(
                "What will be shared: {provider} will share {what}.",
                provider=provider,
                what=_listed([_in_sentence(x) for x in self.shared], say),
            ),
            say("Who with: {whom}.", whom=_listed(whom, say)),
            say("Why: for {purpose}.", purpose=purpose),
            say(
                "For how long: it is kept for up to {time} after {provider} last updated it, "
                "and then deleted.",
                time=duration(self.kept_days, say),
                provider=provider,
            ),
            say(
                "Saying no: you do not have to agree. If you say no, this information is not "
                "shown to the people above; help is still offered."
            ),
            say(
                "Changing your mind: you can withdraw your consent at any time by telling your "
                "worker or {provider}. From then on the information is no longer shown, and "
                "nothing new is shared because of your earlier consent.",
                provider=provider,
            ),
        ]


def _listed(items: Sequence[str], say: Words = ENGLISH) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return say("{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def _in_sentence(label: str) -> str:
    """ "Rent arrears" -> "rent arrears"; "CAMHS involvement" stays as it is."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def duration(days: int, say: Words = ENGLISH) -> str:
    """730 -> "2 years", 180 -> "6 months", 45 -> "45 days" (in the language of `say`)."""
    if days % 365 == 0:
        years = days // 365
        return say("{count} year", count=years) if years == 1 else say("{count} years", count=years)
    if days % 30 == 0:
        months = days // 30
        return (
            say("{count} month", count=months)
            if months == 1
            else say("{count} months", count=months)
        )
    return say("{count} day", count=days) if days == 1 else say("{count} days", count=days)


def _recipient(recipient: Recipient, say: Words = ENGLISH) -> str:
    org, roles = recipient.org, recipient.roles
    name = say("any partner organisation") if org == "*" else ORGANISATIONS.get(org, org)
    if "*" in roles:
        return name
    named = [say(ROLE_PLURALS[r]) if r in ROLE_PLURALS else r for r in roles]
    return say("{organisation} ({roles})", organisation=name, roles=_listed(named, say))


def explain_consent(
    agreements: Sequence[KnownAgreement], provider: str, purpose: str, today: date | None = None
) -> ConsentExplanation:
    """What consent to `provider` sharing for `purpose` means under the agreements in force."""
    today = today or date.today()
    shared: list[str] = []
    recipients: list[Recipient] = []
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
                who = Recipient(recipient.org, tuple(recipient.roles))
                if who not in recipients:
                    recipients.append(who)
            if doc.title not in titles:
                titles.append(doc.title)
            retention = max(retention, doc.retention_days)
    return ConsentExplanation(
        provider=provider,
        provider_name=ORGANISATIONS.get(provider, provider),
        purpose=purpose,
        shared=tuple(shared),
        recipients=tuple(recipients),
        kept_days=retention,
        agreements=tuple(titles),
    )


def explanation_html(
    explanation: ConsentExplanation, citizen_name: str, say: Words = ENGLISH
) -> str:
    """A page to print and give to the citizen, in the language of `say`; about a named
    person, so OFFICIAL-SENSITIVE."""
    points = "".join(f"<li>{esc(s)}</li>" for s in explanation.sentences(say))
    under = say("Under: {agreements}.", agreements=_listed(explanation.agreements, say))
    basis = f"<p>{esc(under)}</p>" if explanation.agreements else ""
    return page(
        say("Your consent: {provider}", provider=explanation.provider_name),
        say(
            "For {name}, about {purpose}.",
            name=citizen_name,
            purpose=explanation.purpose_words(say),
        ),
        f"<ul>{points}</ul>{basis}",
        marking=MARKING,
        say=say,
    )
