"""Data layer: read the data package, type it, validate it."""
