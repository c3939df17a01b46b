"""The data-flow register: what flows from whom, under which agreement, and retention."""
