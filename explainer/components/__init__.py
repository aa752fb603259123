"""Shared components: escaping, reader-facing wording, colours."""
