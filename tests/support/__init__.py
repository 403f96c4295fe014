"""Test support: shared fixtures' machinery, synthetic data helpers and the hub test double."""
