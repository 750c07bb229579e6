"""Several workers opening one new database at once: every one starts (uvicorn stops the whole
server when one worker fails its startup, and each worker creates the tables it uses)."""

import threading

import sqlalchemy as sa

from store.db import open_store
from store.experiment_tables import ExperimentStore
from store.merch_store import MerchStore
from store.settings import Settings


def _all_at_once(n: int, start) -> list[BaseException]:
    barrier, errors = threading.Barrier(n), []

    def one() -> None:
        try:
            barrier.wait()
            start()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_workers_creating_the_experiment_tables_at_once_all_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'kaiyu.db'}"
    for round_ in range(5):  # a race: several tries, each on a new database
        url = f"sqlite:///{tmp_path / f'kaiyu{round_}.db'}"
        assert _all_at_once(8, lambda: ExperimentStore(sa.create_engine(url, connect_args={"timeout": 30}))) == []
    assert {"experiments", "suggestion_blocklist"} <= set(sa.inspect(sa.create_engine(url)).get_table_names())


def test_workers_opening_a_new_store_at_once_all_start(tmp_path):
    for round_ in range(5):
        settings = Settings(home=tmp_path / f"home{round_}")
        assert _all_at_once(8, lambda: MerchStore(open_store(settings))) == []
