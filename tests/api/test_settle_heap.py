"""`api.engine.settle_heap`: the serving heap out of the collector's walks, the previous bundle's
cycles still freed at a swap."""

import gc
import weakref

from api.engine import settle_heap


class Node:
    pass


def test_a_swap_frees_the_old_bundles_cycles_and_freezes_the_new_heap():
    try:
        old = Node()
        old.self = old  # a cycle: only the cyclic collector frees it
        gone = weakref.ref(old)
        settle_heap()  # the first bundle: frozen with the rest of the heap
        assert gc.get_freeze_count() > 0 and gone() is not None
        del old
        gc.collect()
        assert gone() is not None  # frozen: no collection walks it
        settle_heap()  # the next swap: unfrozen, collected, the rest frozen again
        assert gone() is None and gc.get_freeze_count() > 0
        young = Node()
        young.self = young
        assert gc.is_tracked(young) and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
