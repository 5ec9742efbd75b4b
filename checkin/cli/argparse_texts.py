"""argparse's own words ("usage:", "options", its complaints) in the user's language.

argparse looks its texts up through the module-level name `_` (gettext); we
point that at our catalogs (checkin.i18n.tr). The literals below are listed so lupdate finds
them; they are argparse's exact texts on Python 3.11–3.13.
"""

from __future__ import annotations

import argparse

from checkin.i18n.tr import QT_TRANSLATE_NOOP, translate

TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
)


def install() -> None:
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


def unrecognized(extra: list[str]) -> str:
    """argparse's own complaint, for leftovers found after parse_known_args."""
    return translate("argparse", "unrecognized arguments: %s") % " ".join(extra)


def missing(name: str) -> str:
    return translate("argparse", "the following arguments are required: %s") % name
