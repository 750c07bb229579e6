"""Recommendation side of Kaiyu: data model, store, interactions, models, rules, evaluation."""
