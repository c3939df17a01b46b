"""Authoring agreements, for a data protection officer whose partner publishes none: a draft
from the template, a signing key (in the OS keyring or an owner-only file), and signing
(caseworker.agreements.authoring); files are written through the checked export target."""

from __future__ import annotations

from caseworker.agreements.authoring import document_json as document_json
from caseworker.agreements.authoring import load_key_file as load_key_file
from caseworker.agreements.authoring import load_key_from_keyring as load_key_from_keyring
from caseworker.agreements.authoring import new_key as new_key
from caseworker.agreements.authoring import public_of as public_of
from caseworker.agreements.authoring import read_document as read_document
from caseworker.agreements.authoring import save_key_file as save_key_file
from caseworker.agreements.authoring import save_key_in_keyring as save_key_in_keyring
from caseworker.agreements.authoring import sign_document as sign_document
from caseworker.agreements.authoring import signed_json as signed_json
from caseworker.agreements.authoring import template as template
from caseworker.agreements.model import Agreement as Agreement
from caseworker.agreements.model import AgreementError as AgreementError
from caseworker.exports.target import write_export as write_export
