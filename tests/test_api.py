"""The public API keeps its promise: `podium.extract` returns a Record for any text."""
import podium
from podium.extract import Record


def test_extract_returns_record_of_the_text():
    record = podium.extract("Kim Jong Un inspected a farm.", date="2012-05-01")
    assert isinstance(record, Record)
    assert record.text == "Kim Jong Un inspected a farm."
    assert record.date == "2012-05-01"
