"""Review of possible matches: pairs the linker was unsure of, decided by a person."""
