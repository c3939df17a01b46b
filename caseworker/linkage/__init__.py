"""Record linkage: deciding which source records belong to the same citizen."""
