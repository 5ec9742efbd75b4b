"""Certificate layouts are data, like badge layouts: JSON files, shipped in
`checkin/resources/certificates/` and the user's own in
`data_dir()/certificates/` (same name: the user's file wins).

A layout names its two languages (the first is the main one), the
threshold below which attendance is stated as partial, the session kinds
that count, the place printed beside the date (default: the venue), up to
three logos and three signatures (image files looked for beside the layout,
then beside the event file, then in the user folder; for the demo event last
in `certificates/examples/`, made by scripts/make_certificate_examples.py; a
missing one leaves a line to sign on), and the
texts per language with placeholders. `"extends": "de-en"` starts from
another layout; "texts" are then merged per language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import CheckinError
from checkin.paths import data_dir, resources_dir

DEFAULT_CERTIFICATE_LAYOUT = "de-en"
TEXT_KEYS = ("title", "intro", "full", "partial", "sessions", "hours_unit", "serial")
KINDS = ("plenary", "panel", "working_group", "site_visit", "social")
MAX_IMAGES = 3


@dataclass(frozen=True)
class Signature:
    image: Path | None
    name: str
    role: Mapping[str, str]


@dataclass(frozen=True)
class CertificateLayout:
    name: str
    title: Mapping[str, str]
    languages: tuple[str, str]
    threshold: float
    kinds: tuple[str, ...]
    place: str
    logos: tuple[Path, ...]  # those found
    signatures: tuple[Signature, ...]
    texts: Mapping[str, Mapping[str, str]]


def shipped_dir() -> Path:
    return resources_dir() / "certificates"


def user_dir() -> Path:
    return data_dir() / "certificates"


def examples_dir() -> Path:
    """A made-up logo and signatures: the demo's certificates show where they go."""
    return shipped_dir() / "examples"


def layout_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in (shipped_dir(), user_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found[path.stem] = path
    return found


def _bad(path: Path, reason: str) -> CheckinError:
    return CheckinError("bad_layout", file=str(path), reason=reason)


def _read(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(path, f"not readable JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise _bad(path, "must be a JSON object")
    base = data.get("extends")
    if base is None:
        return data
    base_path = layout_files().get(str(base))
    if base_path is None or base_path.resolve() in seen or base_path.resolve() == path.resolve():
        raise _bad(path, f"extends: no usable layout called “{base}”")
    merged = dict(_read(base_path, (*seen, path.resolve())))
    for key, value in data.items():
        if key == "texts" and isinstance(value, dict) and isinstance(merged.get("texts"), dict):
            texts = {k: dict(v) for k, v in merged["texts"].items()}  # type: ignore[union-attr]
            for lang, by_key in value.items():
                texts.setdefault(lang, {}).update(by_key)
            merged["texts"] = texts
        elif key != "extends":
            merged[key] = value
    return merged


def _image(name: object, folders: tuple[Path, ...]) -> Path | None:
    if not isinstance(name, str) or not name:
        return None
    return next((f / name for f in folders if (f / name).is_file()), None)


def image_folders(layout_file: Path, event_dir: Path | None = None, demo: bool = False) -> tuple[Path, ...]:
    """Where a layout's images are looked for, first match wins."""
    return (layout_file.parent, *((event_dir,) if event_dir else ()), user_dir(),
            *((examples_dir(),) if demo else ()))


def load(path: Path, name: str | None = None, *, event_dir: Path | None = None,
         demo: bool = False) -> CertificateLayout:
    data = _read(path)
    folders = image_folders(path, event_dir, demo)
    languages = data.get("languages")
    if not (isinstance(languages, list) and len(languages) == 2
            and all(lang in ("de", "en", "ar") for lang in languages)):
        raise _bad(path, "languages: must name two of de, en, ar")
    texts = data.get("texts")
    if not isinstance(texts, dict):
        raise _bad(path, "texts: missing")
    for lang in languages:
        missing = [k for k in TEXT_KEYS if not isinstance(texts.get(lang, {}).get(k), str)]
        if missing:
            raise _bad(path, f"texts.{lang}.{missing[0]}: missing")
    threshold = data.get("threshold", 0.6)
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise _bad(path, "threshold: must be a share from 0 to 1, e.g. 0.6")
    kinds = data.get("kinds", list(KINDS[:-1]))
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        raise _bad(path, f"kinds: must be a list of {', '.join(KINDS)}")
    logos = data.get("logos", [])
    sigs = data.get("signatures", [])
    if not isinstance(logos, list) or len(logos) > MAX_IMAGES:
        raise _bad(path, "logos: at most three image files")
    if not isinstance(sigs, list) or len(sigs) > MAX_IMAGES or not all(isinstance(s, dict) for s in sigs):
        raise _bad(path, "signatures: at most three, each with image, name and role")
    signatures = tuple(Signature(_image(s.get("image"), folders), str(s.get("name", "")),
                                 dict(s.get("role", {}))) for s in sigs)
    title = data.get("title", name or path.stem)
    return CertificateLayout(
        name=name or path.stem, title=title if isinstance(title, dict) else {"en": str(title)},
        languages=(languages[0], languages[1]), threshold=float(threshold), kinds=tuple(kinds),
        place=str(data.get("place", "")),
        logos=tuple(p for p in (_image(n, folders) for n in logos) if p is not None),
        signatures=signatures, texts={k: dict(v) for k, v in texts.items()})


def get(name: str | None = None, *, event_dir: Path | None = None, demo: bool = False) -> CertificateLayout:
    """The layout; its images also beside the event file (`event_dir`), and
    for the demo event (`demo`) the example ones."""
    name = name or DEFAULT_CERTIFICATE_LAYOUT
    if name.endswith(".json"):
        path = Path(name).expanduser()
        if not path.is_file():
            raise _bad(path, "no such file")
        return load(path, event_dir=event_dir, demo=demo)
    files = layout_files()
    if name not in files:
        raise CheckinError("unknown_layout", name=name, available=", ".join(sorted(files)))
    return load(files[name], name, event_dir=event_dir, demo=demo)
