"""Who fits the ALS discovery model: the interface an engine supplies (`ALSFitter`), and the
local one (`implicit` on this machine). The Spark engine (`training.spark`) supplies another;
configuration, overrides, holdout folds and the report stay in `recsys.fitting`."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

import numpy as np
import scipy.sparse as sp

from recsys.base import Recommender
from recsys.config import TunedConfig, make_discovery
from recsys.fitdata import FitData


@dataclass(frozen=True)
class Window:
    """Which part of the events one fit learns from.

    name: "final" (every event: the model served) or "fold0", "fold1" (a holdout window's
        training part).
    by_time: the part is exactly the events before `until` (all events when `until` is None),
        so a fitter may select it from its own copy of the events; False: a per-user random
        split, known only as the matrix `x` passed with it.
    """

    name: str
    until: float | None = None
    by_time: bool = True


@runtime_checkable
class ALSFitter(Protocol):
    """Fits implicit-feedback ALS somewhere (this process, a Spark cluster) and returns it as a
    fitted `recsys.models.ALSRecommender`, usable like any discovery model."""

    #: the engine's name: the report's `engine` and its `<name>_fit_s` timing
    name: str

    def configure(self, config: TunedConfig, data: FitData) -> TunedConfig:
        """Called once, before any fit, with all the data: `config` with discovery ALS and the
        parameters this fitter uses (as `ALSRecommender` names them)."""

    def session(self) -> AbstractContextManager[Any]:
        """What the fits need held open (a Spark session), from the first fit to the last."""

    def fit(self, train: FitData, x: sp.csr_matrix, config: TunedConfig, window: Window) -> Recommender:
        """ALS fitted on `train` (weighted as `x`, which `config` built from it)."""


@dataclass
class LocalALS:
    """`implicit`'s ALS in this process: the tuner's ALS candidate, as a fitter."""

    params: dict[str, Any] = field(default_factory=lambda: {"factors": 64, "iterations": 15})
    name: str = "local"

    def configure(self, config: TunedConfig, data: FitData) -> TunedConfig:
        return replace(config, discovery="als", discovery_params=dict(self.params))

    def session(self) -> AbstractContextManager[Any]:
        return nullcontext()

    def fit(self, train: FitData, x: sp.csr_matrix, config: TunedConfig, window: Window) -> Recommender:
        return make_discovery(config, x.shape[1], np.unique(train.types)).fit(x)
