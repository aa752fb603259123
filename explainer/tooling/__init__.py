"""Tooling: servers and browsers for tests, benchmarks and screenshots (never for readers)."""
