"""The city hub's use cases (Disnaker): ingest, dedup, allocate, the BPJS round trip, acks."""
