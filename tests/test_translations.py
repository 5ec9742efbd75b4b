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


def test_catalogs_hold_every_string_in_the_code(tmp_path):
    """lupdate over the code finds nothing that the .ts files lack: a string
    added without updating the catalogs fails here, not in front of a user."""
    import shutil
    import subprocess
    from pathlib import Path

    import PySide6

    import checkin

    lupdate = Path(PySide6.__file__).with_name("lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p) for p in Path(checkin.__file__).parent.rglob("*.py"))
    copy = tmp_path / "checkin_de.ts"
    shutil.copy(paths.translations_dir() / "checkin_de.ts", copy)
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"], check=True)
    known = {(ctx, src) for ctx, src, _ in messages("de")}
    found = set()
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            found.add((context.findtext("name"), message.findtext("source")))
    assert sorted(found - known) == []
