"""Shaping, ordering, runs and fitting: Arabic as reportlab cannot do it alone."""

from __future__ import annotations

import unicodedata

import arabic_reshaper
import pytest
from bidi import get_display

from checkin.badges.fonts import face, font_pair
from checkin.badges.text import fit, is_arabic, shape_line, visual_line

FONTS = font_pair("NotoSans", "NotoNaskhArabic", False)
BOLD = font_pair("NotoSans", "NotoNaskhArabic", True)
HARAKAT = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}
NAMES = ["آمنة دعيبس", "منى الأطرش", "مُحَمَّد عَبْدُ الله", "إِبْرَاهِيم سَلْمَى",
         "بلدية بيت لحم", "Dr. أَحْمَد خليل – Bethlehem", "Jörg Weiß", "Zoë Yılmaz-Öztürk"]


@pytest.mark.parametrize("text", NAMES)
def test_each_line_is_reshaped_then_reordered_keeping_harakat(text):
    # arabic_reshaper's default drops harakat; names are printed as typed, so
    # the reference keeps them (and spells "الله" with its letters, as typed).
    reshaper = arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})
    assert visual_line(text) == get_display(reshaper.reshape(text))
    typed = [c for c in text if c in HARAKAT]
    assert sorted(c for c in visual_line(text) if c in HARAKAT) == sorted(typed)


def test_latin_lines_are_left_alone():
    assert visual_line("Müller-Lüdenscheidt (Stadt Görlitz)") == "Müller-Lüdenscheidt (Stadt Görlitz)"


def test_brackets_in_right_to_left_text_point_inwards():
    # python-bidi's fast get_display skips mirroring: ")تجريبي(" would be drawn.
    visual = visual_line("مؤتمر (تجريبي)")
    assert visual.index("(") < visual.index(")")


@pytest.mark.parametrize("text", NAMES)
def test_every_character_is_drawn_in_a_face_that_has_it(text):
    line = shape_line(text, FONTS)
    for run in line.runs:
        for ch in run.text:
            assert run.face.has(ch), (ch, run.face.name)
            if is_arabic(ch):
                assert run.face is FONTS.arabic
            elif ch.isalpha():
                assert run.face is FONTS.latin
        for mark in run.marks:
            assert run.face.has(mark.char)


def test_a_mixed_line_is_drawn_in_runs_of_both_fonts():
    line = shape_line("Dr. أَحْمَد خليل – Bethlehem", FONTS)
    faces = [run.face for run in line.runs]
    assert FONTS.latin in faces and FONTS.arabic in faces
    assert line.width == pytest.approx(sum(r.width for r in line.runs))
    # Visual order of a left-to-right paragraph: Latin, then the Arabic, then Latin.
    assert line.runs[0].text.startswith("Dr.") and line.runs[-1].text.endswith("Bethlehem")


def test_harakat_sit_over_or_under_their_letter_not_beside_it():
    line = shape_line("مُحَمَّد", BOLD)
    (run,) = line.runs
    assert len(run.marks) == 4  # damma, fatha, shadda, fatha
    assert not any(unicodedata.category(c) == "Mn" for c in run.text)
    for mark in run.marks:
        assert -0.05 <= mark.dx <= run.width + 0.05
    shadda = next(m for m in run.marks if m.char == "\u0651")
    fatha_on_shadda = [m for m in run.marks if m.char == "\u064e" and abs(m.dx - shadda.dx) < 0.1]
    assert fatha_on_shadda and fatha_on_shadda[0].dy > shadda.dy  # the vowel above the shadda
    assert line.top >= face("NotoNaskhArabic", True).ascent


def test_fit_shrinks_first_then_wraps_to_two_lines_and_never_overflows():
    width, height = 200.0, 80.0
    short = fit("Anna Weber", BOLD, width, height, 26, 14)
    assert short.size == 26 and len(short.lines) == 1
    longer = fit("Maximiliane Weißmüller-Lüdenscheidt", BOLD, width, height, 26, 14)
    assert 14 <= longer.size < 26 or len(longer.lines) == 2
    very_long = fit("Maximiliane Friederike Anneliese von und zu Hohenzollern-Sigmaringen",
                    BOLD, width, height, 26, 14)
    assert len(very_long.lines) == 2
    for fitted in (short, longer, very_long):
        assert fitted.width <= width + 1e-6 and fitted.height <= height + 1e-6


def test_one_word_too_long_for_the_box_shrinks_below_the_minimum_rather_than_overflow():
    fitted = fit("Kommunalpartnerschaftskonferenzteilnehmerinnenverzeichnis", BOLD, 100, 40, 20, 10)
    assert fitted.size < 10
    assert fitted.width <= 100 + 1e-6


def test_arabic_wraps_between_words_and_each_line_is_shaped_on_its_own():
    text = "عبد الرحمن محمد أبو الحسن إبراهيم عبد الله الخطيب التميمي"
    fitted = fit(text, BOLD, 180, 90, 24, 14)
    assert len(fitted.lines) == 2
    logical = [line for line in _logical_lines(text, fitted)]
    assert " ".join(logical) == text
    for line, words in zip(fitted.lines, logical):
        assert line.text == visual_line(words).replace("\u064e", "")  # no marks here anyway


def _logical_lines(text, fitted):
    words = text.split()
    result, i = [], 0
    for line in fitted.lines:
        n = len(line.text.split())
        result.append(" ".join(words[i:i + n]))
        i += n
    return result


def test_empty_text_draws_nothing():
    assert fit("   ", FONTS, 100, 20, 12, 8).lines == ()


def test_direction_marks_order_the_line_and_are_not_drawn():
    from checkin.badges.text import visual_line

    shown = visual_line("الوقت: \u200e14:00–17:00\u200e")
    assert "14:00–17:00" in shown and "\u200e" not in shown
