"""The sliding-window counter behind the 429s, with known answers at chosen clock times."""

from limits import parse

from api.ratelimit import RateLimits, SlidingWindow


def test_a_full_window_refuses_until_the_next_one():
    five = SlidingWindow(parse("5/minute"))
    assert [five.hit("k", 0.0 + i) for i in range(5)] == [None] * 5
    assert five.hit("k", 30.0) == 30.0          # half the window left, no previous window to fade
    assert five.hit("other", 30.0) is None      # counted per identity


def test_the_previous_window_fades_in_proportion_to_the_time_gone_by():
    five = SlidingWindow(parse("5/minute"))
    for i in range(5):
        five.hit("k", 10.0 + i)
    # at 60 s the previous window still weighs fully: 5 of 5; one more fits once a fifth has gone
    assert abs(five.hit("k", 60.0) - 12.0) < 1e-9
    assert five.hit("k", 71.0) is not None      # 5 * (1 - 11/60) = 4.08: one more would be 5.08
    assert five.hit("k", 72.0) is None          # 5 * 0.8 = 4, plus this one = 5
    assert five.hit("k", 72.5) is not None
    assert five.hit("k", 200.0) is None         # two windows on, nothing weighs


def test_stale_identities_are_swept_when_the_table_is_full():
    one = SlidingWindow(parse("1/second"), max_identities=3)
    for name in "abc":
        one.hit(name, 0.5)
    one.hit("d", 5.5)                           # a, b and c are two windows old: swept
    assert set(one.counts) == {"d"}


def test_rate_limits_answer_whole_seconds_and_read_keyed_and_address_limits_apart():
    limits = RateLimits("2/minute", "1/minute")
    assert [limits.hit("key:x", keyed=True) for _ in range(2)] == [None, None]
    wait = limits.hit("key:x", keyed=True)
    assert isinstance(wait, int) and 1 <= wait <= 60
    assert limits.hit("ip:1", keyed=False) is None
    assert limits.hit("ip:1", keyed=False) is not None
    assert RateLimits("", "").hit("anyone", keyed=True) is None
