"""The embedded partner network's defaults, in a module of their own so that the command
line's options can name them without loading the network (and Faker with it) at every start."""

from __future__ import annotations

DEFAULT_SEED = 1
DEFAULT_PEOPLE = 300
DEFAULT_PORT_BASE = 18810
"""Partners listen on 18811-18815: below the ephemeral range, so clients never hold them."""
