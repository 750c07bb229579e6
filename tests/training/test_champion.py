"""The recommendation champion (recsys.fitting._champion, training.train._verdict): when the
serving configuration, refitted on tonight's data, beats tonight's tuned one on the same holdout,
the bundle carries the champion instead of being refused whole; known answers on made-up scores."""

from dataclasses import replace

from recsys.config import TunedConfig
from recsys.fitting import _champion, _Choice
from training.train import _verdict, gate, holdout_metrics

TUNED = TunedConfig(discovery="bm25", buy_again_weight=1.0)
SERVING = TunedConfig(discovery="ease", buy_again_weight=3.0)


def holdout(ours: float, theirs: float) -> dict:
    return {"all": {"ndcg@10": ours}, "new": {"ndcg@10": ours + 0.1},
            "incumbent": {"all": {"ndcg@10": theirs}, "new": {"ndcg@10": theirs + 0.05}}}


def test_a_better_champion_is_carried_with_its_scores():
    choice = _champion(_Choice(TUNED, holdout(0.3046, 0.4388), {}), SERVING.as_dict(), None, lambda _m: None)
    assert choice.config == SERVING
    assert choice.holdout["all"] == {"ndcg@10": 0.4388} and choice.holdout["new"] == {"ndcg@10": 0.4388 + 0.05}
    assert choice.holdout["tuned"]["all"] == {"ndcg@10": 0.3046} and choice.holdout["champion_kept"]
    # the nightly gate then promotes it (the same configuration on the same holdout) and says why
    report = {"holdout": choice.holdout, "primary_metric": "ndcg@10", "greater_is_better": True}
    metrics, serving, promote, why = _verdict(_Bundles(), "v1", report, _Settings(), False)
    assert promote and metrics["all.ndcg@10"] == serving["all.ndcg@10"] == 0.4388
    assert "refitted on tonight's data" in why and "0.3046" in why


def test_a_tuned_configuration_that_wins_or_ties_stays():
    for ours, theirs in ((0.45, 0.4388), (0.4388, 0.4388)):
        choice = _champion(_Choice(TUNED, holdout(ours, theirs), {}), SERVING.as_dict(), None, lambda _m: None)
        assert choice.config == TUNED and "champion_kept" not in choice.holdout


def test_no_champion_without_its_scores_or_when_the_operator_pins_something_else():
    no_scores = {"all": {"ndcg@10": 0.3}, "new": {"ndcg@10": 0.3}, "incumbent": {"error": "ValueError: x"}}
    assert _champion(_Choice(TUNED, no_scores, {}), SERVING.as_dict(), None, print).config == TUNED
    assert _champion(_Choice(TUNED, holdout(0.3, 0.4), {}), None, None, print).config == TUNED
    pinned = {"discovery": "popularity"}  # the champion was scored without the pin: not what would ship
    choice = _champion(_Choice(TUNED, holdout(0.3, 0.4), {}), SERVING.as_dict(), pinned, print)
    assert choice.config == TUNED
    # the gate still refuses the tuned one that got worse
    promote, why = gate(holdout_metrics({"holdout": choice.holdout}), holdout_metrics(
        {"holdout": choice.holdout}, incumbent=True), 0.02)
    assert not promote and "0.3000 is worse than the serving bundle's 0.4000" in why
    # a pin the champion already holds changes nothing: it is carried
    same = _champion(_Choice(TUNED, holdout(0.3, 0.4), {}), SERVING.as_dict(), {"discovery": "ease"}, print)
    assert same.config == replace(SERVING)


class _Bundles:
    def manifest(self, _version):  # not read: the incumbent was scored on the same holdout
        raise AssertionError("the serving bundle's own metrics are not needed")


class _Settings:
    gate_tolerance = 0.02
