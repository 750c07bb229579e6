"""Benchmarks of Kaiyu on public data sets (read from ../shared/data, never committed)."""
