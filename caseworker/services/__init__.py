"""Use cases that write to the store on the user's behalf (consent, requests, break-glass)."""
