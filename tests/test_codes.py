import itertools

import pytest

from checkin import codes


def test_new_code_shape():
    code = codes.new_code("4711")
    assert len(code) == codes.CODE_LENGTH and code.isdigit()
    assert code.startswith("4711")
    assert codes.parse(code) == codes.ParsedCode(code=code, event_tag="4711")


def test_codes_carry_at_least_64_random_bits():
    assert 10**codes.RANDOM_DIGITS >= 2**64
    assert len({codes.new_code("0000") for _ in range(2000)}) == 2000


def test_every_single_digit_error_is_caught():
    code = codes.new_code("1234")
    for i, wrong in itertools.product(range(len(code)), "0123456789"):
        if wrong != code[i]:
            assert codes.parse(code[:i] + wrong + code[i + 1:]) is None


def test_every_adjacent_swap_is_caught():
    checked = 0
    for _ in range(50):
        code = codes.new_code("9876")
        for i in range(len(code) - 1):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
                assert codes.parse(swapped) is None
                checked += 1
    assert checked > 50 * 15


@pytest.mark.parametrize("garbage", ["", "hello", "12345", "4711" + "0" * 30, "ABCDEFGHIJKLMNOPQRSTUVWXY"])
def test_non_codes_are_refused(garbage):
    assert codes.parse(garbage) is None


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda c: c, id="us-and-german-qwertz"),  # QWERTZ digits are where QWERTY's are
        pytest.param(lambda c: c.translate(ARABIC_INDIC), id="arabic-indic"),
        pytest.param(lambda c: c.translate(PERSIAN), id="persian"),
        pytest.param(lambda c: c.translate(AZERTY), id="french-azerty-unshifted"),
        pytest.param(lambda c: f"\x02{c}\x03\r\n", id="stx-etx-crlf"),
        pytest.param(lambda c: f"]Q1{c}", id="aim-prefix"),
        pytest.param(lambda c: codes.format_code(c), id="grouped-with-spaces"),
        pytest.param(lambda c: "\u200f" + c + "\t", id="rtl-mark-and-tab"),
    ],
)
def test_scanned_text_is_normalised(layout):
    code = codes.new_code("0815")
    assert codes.parse(layout(code)) == codes.ParsedCode(code=code, event_tag="0815")


def test_bad_event_tag_is_refused():
    with pytest.raises(ValueError):
        codes.new_code("12a4")
