"""Batch jobs (import, train, evaluate) and the `kaiyu` command."""
