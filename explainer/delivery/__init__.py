"""Delivery: view cache, widgets, mounts, template assets, the static site and handouts."""
