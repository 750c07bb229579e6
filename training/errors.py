"""Errors of the nightly job, in a module of their own so that the job and its engines
(`training.spark`) can both raise them without importing each other."""


class TrainingError(RuntimeError):
    """Training cannot proceed (an empty store, say)."""
