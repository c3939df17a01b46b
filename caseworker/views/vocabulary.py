"""The words the window shows for codes, kept in one place for the screens: organisations,
roles, purposes and lawful bases (from the agreements' vocabulary), the domains of need, and
the kinds of agency a partner can be."""

from __future__ import annotations

from caseworker.agreements.access import Decision as Decision
from caseworker.agreements.access import Reason as Reason
from caseworker.agreements.vocabulary import LAWFUL_BASES as LAWFUL_BASES
from caseworker.agreements.vocabulary import ORGANISATIONS as ORGANISATIONS
from caseworker.agreements.vocabulary import PURPOSES as PURPOSES
from caseworker.agreements.vocabulary import ROLES as ROLES
from caseworker.partners.config import AGENCIES as AGENCIES
from caseworker.partners.vocabulary import DOMAINS as DOMAINS
