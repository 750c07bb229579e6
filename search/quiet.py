"""Quiet the machine-learning libraries' chatter while they run: ONNX Runtime's and Hugging Face's
tools log a line per step, some through loggers with a level of their own, and transformers draws
a progress bar while it loads or saves weights. The nightly job's log keeps one line per stage.

    with quiet(logging.WARNING):
        model = SentenceTransformer(path)
"""

from __future__ import annotations

import logging
from contextlib import contextmanager


@contextmanager
def quiet(level: int):
    """Nothing under `level` logged while ONNX Runtime's and Hugging Face's tools run: they log
    a line per step, some through loggers with a level of their own (so the root's level alone
    does not quiet them), and transformers draws a progress bar while it loads weights."""
    before = logging.root.manager.disable
    logging.disable(max(before, level - 1))
    bars = _hf_progress_bars(False)
    try:
        yield
    finally:
        logging.disable(before)
        _hf_progress_bars(bars)


def _hf_progress_bars(on: bool) -> bool:
    """Turn transformers' progress bars on or off; returns whether they were on."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return on
    was = hf_logging.is_progress_bar_enabled()
    (hf_logging.enable_progress_bar if on else hf_logging.disable_progress_bar)()
    return was
