"""The demo serves first and learns after: the quick bundle's settings, and the pending mark the
background `kaiyu train` clears."""

import sys
from pathlib import Path

from demo import learning
from demo.learning import BackgroundLearning, learning_pending, quick_settings
from store.settings import Settings


def test_quick_settings_turn_search_learning_off_and_shorten_tuning(tmp_path):
    settings = Settings(home=tmp_path, search_learn_time_budget_s=900, train_time_budget_s=300)
    quick = quick_settings(settings)
    assert quick.search_learn_time_budget_s == 0
    assert quick.train_time_budget_s == learning.QUICK_TUNING_S
    assert settings.search_learn_time_budget_s == 900  # the background job trains with the home's own
    assert quick_settings(Settings(home=tmp_path, train_time_budget_s=10)).train_time_budget_s == 10


def _fake_train(tmp_path: Path, code: int, monkeypatch) -> BackgroundLearning:
    """A background job whose child prints two stage lines and exits with `code`."""
    script = tmp_path / "fake_train.py"
    script.write_text("import sys\nprint('[kaiyu train] snapshot ...')\nprint('[kaiyu train] snapshot: 0.1 s')\n"
                      f"print('noise')\nsys.exit({code})\n")
    job = BackgroundLearning(tmp_path)
    monkeypatch.setattr(job, "_launch", lambda: setattr(job, "process", __import__("subprocess").Popen(
        [sys.executable, str(script)], stdout=-1, stderr=-2, text=True)))
    return job


def test_a_finished_learning_clears_the_mark_and_keeps_the_log(tmp_path, monkeypatch, capsys):
    (tmp_path / learning.PENDING).write_text("x")
    assert learning_pending(tmp_path)
    job = _fake_train(tmp_path, 0, monkeypatch)
    job._run()
    assert not learning_pending(tmp_path)
    assert "noise" in (tmp_path / learning.LOG).read_text()
    err = capsys.readouterr().err
    assert "background learning: snapshot: 0.1 s" in err and "noise" not in err
    assert "promoted" in err


def test_a_failed_learning_keeps_the_mark_for_the_next_demo(tmp_path, monkeypatch, capsys):
    (tmp_path / learning.PENDING).write_text("x")
    _fake_train(tmp_path, 3, monkeypatch)._run()
    assert learning_pending(tmp_path)
    assert "runs again at the next" in capsys.readouterr().err
