"""The front door: contacts, enquiries and decisions at the MASH."""
