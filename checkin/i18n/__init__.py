"""Translations for everything a person reads, from the CLI and the window alike.

Uses Qt's catalogs (QTranslator, QCoreApplication.translate), which need no
window; `tr` reads the same `.ts` without Qt for the fast `scan` and `stats`.
"""
