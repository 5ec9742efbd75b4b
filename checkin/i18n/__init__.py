"""Translations for everything a person reads, from the CLI and the window alike.

Uses Qt's catalogs (QTranslator, QCoreApplication.translate), which need no window.
"""
