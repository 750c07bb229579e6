"""`benchmarks.load --rec-variants`: the server settings each extra recommendation run starts with."""

import pytest

from benchmarks.load import parse_variants


def test_variants_are_kaiyu_settings_separated_by_semicolons():
    assert parse_variants("KAIYU_SWITCH_INTERVAL_MS=5; KAIYU_A=1,KAIYU_B=x") == [
        {"KAIYU_SWITCH_INTERVAL_MS": "5"}, {"KAIYU_A": "1", "KAIYU_B": "x"}]
    assert parse_variants("") == [] and parse_variants(" ; ") == []
    for bad in ("SWITCH=5", "KAIYU_A", "KAIYU_A=", "KAIYU_A=1,B=2"):
        with pytest.raises(ValueError, match="KAIYU_NAME=value"):
            parse_variants(bad)
