"""The real all-MiniLM-L6-v2 from the installed package, on each backend (slow: loads the model)."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=["onnx", "torch"])
def real_encoder(request):
    from search.encoder import Encoder
    return Encoder(backend=request.param)


def test_unit_float32_vectors(real_encoder):
    v = real_encoder.encode_queries(["shirt dress", "黒 ノートパソコン"])
    p = real_encoder.encode_products(["Denim Shirt Dress"])
    assert v.dtype == np.float32 and v.shape == (2, 384) and p.shape == (1, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    assert real_encoder.encode_queries([]).shape == (0, 384)


def test_hard_pairs_with_the_real_model(catalog, real_encoder):
    from search.engine import SearchEngine

    engine = SearchEngine.build(catalog, encoder=real_encoder)
    top = lambda q, n: [i["item_id"] for i in engine.search(q, limit=n)["items"]]  # noqa: E731
    assert set(top("shirt dress", 3)) == {"dr-1", "dr-2", "dr-3"}
    assert set(top("dress shirt", 3)) == {"sh-1", "sh-2", "sh-3"}
    assert set(top("laptop sleeve", 3)) == {"ac-1", "ac-2", "ac-3"}
    assert [i["price"] for i in engine.search("cheap black laptop", limit=6)["items"]] == \
        [329.0, 399.0, 449.0, 799.0, 899.0, 1199.0]
    assert set(top("黒 ノートパソコン", 2)) == {"jp-1", "jp-3"}
