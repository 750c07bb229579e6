"""The search log takes hostile text (NUL bytes, lone surrogates) and never re-queues a row the
store refuses forever (issue 18: a NUL on PostgreSQL wedged the flush)."""

import sqlalchemy as sa

from api.searchlog import SearchLog
from store.db import Store


def test_hostile_searches_are_written(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'k.db'}")
    log = SearchLog(store)
    log.record("lamp\x00 \ud800shade", 3, user_id="u\x00")
    assert log.flush() == 1 and len(log) == 0
    assert store.top_queries()[0]["query"] == "lamp shade"


class RefusingStore:
    def __init__(self, error):
        self.error, self.calls = error, 0

    def add_searches(self, rows):
        self.calls += 1
        raise self.error


def test_rows_the_store_refuses_are_dropped_and_an_unreachable_store_keeps_them():
    refused = SearchLog(RefusingStore(sa.exc.DataError("INSERT", {}, ValueError("NUL"))))
    refused.record("lamp", 1)
    assert refused.flush() == 0 and len(refused) == 0 and refused.dropped == 1
    down = SearchLog(RefusingStore(sa.exc.OperationalError("INSERT", {}, ConnectionError("refused"))))
    down.record("lamp", 1)
    assert down.flush() == 0 and len(down) == 1 and down.dropped == 0
