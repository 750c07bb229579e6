"""What a fit produces and a bundle's `recsys/` directory holds (`FittedModels`), written and read
without pickle: models as `.npy` + `params.json` sub-directories, id arrays and user matrices as
`.npy`, the rest in `service.json` (format 1, unchanged)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from recsys.base import Recommender
from recsys.config import TunedConfig
from recsys.models import ContentRecommender, CoPurchaseRecommender, HybridRecommender, PopularityRecommender
from recsys.rules import Rules
from store.files import load_csr, save_csr

BUNDLE_FORMAT = 1


@dataclass
class FittedModels:
    """The fitted models of one training run and the data they serve from: the "for you"
    hybrid, similar items, bought together, trending, the content model (None without a
    catalogue to embed), the user rows and purchases, and the configuration they came from."""

    item_ids: np.ndarray
    user_ids: np.ndarray
    user_items: sp.csr_matrix
    purchased: sp.csr_matrix
    hybrid: HybridRecommender
    similar_model: Recommender
    copurchase: CoPurchaseRecommender
    trending: PopularityRecommender
    content: ContentRecommender | None
    config: TunedConfig
    event_weights: dict[str, float]
    trained_until: float
    model_version: str

    def __post_init__(self):
        self.item_ids = np.asarray(self.item_ids, dtype=object)
        self.user_ids = np.asarray(self.user_ids, dtype=object)
        self.user_items = sp.csr_matrix(self.user_items, dtype=np.float32)
        self.purchased = sp.csr_matrix(self.purchased, dtype=np.float32)
        self.event_weights = dict(self.event_weights)
        self.trained_until = float(self.trained_until)

    def save(self, directory, rules: Rules) -> None:
        """Write the models and `rules` to `directory`. No pickle."""
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "item_ids.npy", self.item_ids.astype(str), allow_pickle=False)
        np.save(path / "user_ids.npy", self.user_ids.astype(str), allow_pickle=False)
        save_csr(path, "user_items", self.user_items)
        save_csr(path, "purchased", self.purchased)
        self.hybrid.save(path / "models" / "hybrid")
        self.similar_model.save(path / "models" / "similar")
        self.copurchase.save(path / "models" / "copurchase")
        self.trending.save(path / "models" / "trending")
        if self.content is not None:
            self.content.save(path / "models" / "content")
        meta = {"format": BUNDLE_FORMAT, "model_version": self.model_version, "config": self.config.as_dict(),
                "event_weights": self.event_weights, "trained_until": self.trained_until,
                "rules": rules.as_dict()}
        (path / "service.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, directory) -> tuple["FittedModels", Rules]:
        """Read what `save` wrote: the models and the rules saved with them."""
        path = Path(directory)
        meta = json.loads((path / "service.json").read_text())
        models = path / "models"
        content = Recommender.load(models / "content") if (models / "content").exists() else None
        fitted = cls(item_ids=np.load(path / "item_ids.npy").astype(object),
                     user_ids=np.load(path / "user_ids.npy").astype(object),
                     user_items=load_csr(path, "user_items"), purchased=load_csr(path, "purchased"),
                     hybrid=HybridRecommender.load(models / "hybrid"),
                     similar_model=Recommender.load(models / "similar"),
                     copurchase=Recommender.load(models / "copurchase"),
                     trending=Recommender.load(models / "trending"), content=content,
                     config=TunedConfig(**meta["config"]), event_weights=meta["event_weights"],
                     trained_until=meta["trained_until"], model_version=meta["model_version"])
        return fitted, Rules(**meta["rules"])
