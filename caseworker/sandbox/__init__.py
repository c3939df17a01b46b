"""The embedded partner network: a synthetic population served by loopback partner servers."""
