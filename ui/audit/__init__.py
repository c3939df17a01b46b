"""The audit log: who viewed or released what, and whether the chain is intact."""
