"""Qt table models over service values: column constants, a sort role, no widgets."""
