"""Every user-visible string is translated into German and Arabic, keeps its
placeholders, and the catalogs compile and load without a manual step."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from checkin import paths
from checkin.i18n.catalog import Translations, compiled

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(lang):
    tree = ET.parse(paths.translations_dir() / f"checkin_{lang}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_nothing_is_left_untranslated(lang):
    entries = list(messages(lang))
    assert len(entries) > 150
    unfinished = [(ctx, src) for ctx, src, tr in entries
                  if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_placeholders_survive_translation(lang):
    for ctx, source, translation in messages(lang):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text or "")), (ctx, source)


def test_catalogs_compile_and_translate(qapp):
    translations = Translations()
    try:
        for lang, expected in (("de", "Bereits eingecheckt"), ("ar", "تم تسجيل الحضور مسبقًا")):
            assert compiled(lang).exists()
            translations.use(lang)
            text = QCoreApplication.translate("Verdict", "Already checked in")
            assert text != "Already checked in"
            if lang == "de":
                assert text == expected
        translations.use("en")
        assert QCoreApplication.translate("Verdict", "Already checked in") == "Already checked in"
    finally:
        translations.clear()
