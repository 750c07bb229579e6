"""Small catalogues built in code for the search tests (pytest puts this folder on the import
path of its test modules: `from catalogs import titles_catalog`)."""

from __future__ import annotations

import numpy as np

from store.db import Catalog


def titles_catalog(ids: list[str], titles: list[str], prices) -> Catalog:
    """A catalogue of titles only (no description, category, brand or attributes), all in stock."""
    n = len(ids)
    none = np.array([None] * n, dtype=object)
    return Catalog(item_ids=np.array(ids, dtype=object), titles=np.array(titles, dtype=object), descriptions=none,
                   categories=none, brands=none, prices=np.asarray(prices, dtype=np.float64),
                   in_stock=np.ones(n, dtype=bool), attributes=[{} for _ in range(n)])
