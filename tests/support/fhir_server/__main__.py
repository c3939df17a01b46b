"""`python -m tests.support.fhir_server prepare | serve`.

`prepare` installs the FHIR server and fetches the HL7 examples (run by `make test`);
`serve` starts the server on loopback, loads the Synthea patients and HL7 R4 examples and
prints its base address, for trying a real FHIR partner by hand (docs/partners.md). It stops
on Ctrl+C; the data is in memory only.
"""

from __future__ import annotations

import sys
import time

from tests.support.fhir_server import cache, load_examples, prepare, ready, running

if sys.argv[1:] == ["prepare"]:
    prepare()
    print(f"FHIR test server and HL7 examples ready in {cache()}")
elif sys.argv[1:] == ["serve"]:
    if (problem := ready()) is not None:
        sys.exit(f"{problem}: run make test-servers first")
    with running() as server:
        loaded = load_examples(server)
        print(f"A FHIR R4 server is at {server.base_url} with {loaded} resources loaded.")
        print("Leave this running; Ctrl+C stops it.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
else:
    sys.exit("usage: python -m tests.support.fhir_server prepare | serve")
