"""Sourced, interactive explainer of the June 2018 Microsoft / ICE story."""
