"""`python -m tests.support.fhir_server prepare`: see the package's docstring."""

from __future__ import annotations

import sys

from tests.support.fhir_server import cache, prepare

if sys.argv[1:] == ["prepare"]:
    prepare()
    print(f"FHIR test server and HL7 examples ready in {cache()}")
else:
    sys.exit("usage: python -m tests.support.fhir_server prepare")
