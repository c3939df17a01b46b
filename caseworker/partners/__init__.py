"""Partner connectors: the FHIR R4 and Case Sharing clients that turn payloads into records."""
