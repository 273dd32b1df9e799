"""A phase's name as the English interface shows it: numbered phases are "Phase N" whatever
their programme's codes; any other name is the programme's own and stays as written."""

import pytest

from desktop.formatting import phase_name, set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("vi")


def test_a_later_programmes_numbered_phases_read_as_phases_in_english(english):
    assert phase_name("NLD-1", "Giai đoạn 1") == "Phase 1"
    assert phase_name("NLD-2", "giai đoạn  2") == "Phase 2"
    assert phase_name("GD2", "Giai đoạn 2") == "Phase 2"


def test_a_phase_with_a_name_of_its_own_keeps_it(english):
    assert phase_name("DOT-XUAN", "Đợt thi đua mùa xuân") == "Đợt thi đua mùa xuân"


def test_the_vietnamese_interface_shows_the_name_as_written():
    assert phase_name("NLD-1", "Giai đoạn 1") == "Giai đoạn 1"
