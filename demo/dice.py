"""Seeded draws for the SYNTHETIC shop: scalar draws from one numpy Generator, buffered.

Hand-written rather than calling the Generator per draw: one numpy call per scalar cost more than
the simulation around it, and the buffered stream is what fixes the bytes a seed produces."""

from __future__ import annotations

import bisect
import math
from itertools import accumulate

import numpy as np


class Dice:
    """Scalar draws from one numpy Generator, buffered so that the simulation stays fast."""

    def __init__(self, rng: np.random.Generator):
        self._rng, self._buffer, self._next = rng, [], 0

    def random(self) -> float:
        if self._next == len(self._buffer):
            self._buffer, self._next = self._rng.random(8192).tolist(), 0
        self._next += 1
        return self._buffer[self._next - 1]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def index(self, n: int) -> int:
        return min(int(self.random() * n), n - 1)

    def pick(self, seq):
        return seq[self.index(len(seq))]

    def weighted(self, seq, cumulative: list[float]):
        return seq[min(bisect.bisect_right(cumulative, self.random() * cumulative[-1]), len(seq) - 1)]

    def sample(self, seq, k: int) -> list:
        pool = list(seq)
        for i in range(min(k, len(pool))):
            j = i + self.index(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def normal(self) -> float:
        return math.sqrt(-2 * math.log(1 - self.random())) * math.cos(2 * math.pi * self.random())

    def exponential(self, mean: float) -> float:
        return -mean * math.log(1 - self.random())


def running_totals(weights) -> list[float]:
    return list(accumulate(float(w) for w in weights))
