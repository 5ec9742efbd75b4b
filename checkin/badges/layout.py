"""Badge layouts are data: JSON files, shipped and the user's own.

Shipped layouts live in `checkin/resources/badges/`; a desk adds its own (or replaces
a shipped one, by using its name) as `*.json` in the user folder
`data_dir()/badges`. A layout's name is its file name without `.json`.

File format (lengths in mm from the top-left corner, font sizes in points)::

    {
      "title": {"de": "A6 hochkant", "en": "A6 portrait", "ar": "…"},
      "extends": "a6",                   # optional: start from another layout
      "page": {"width": 210, "height": 297},
      "badge": {"width": 105, "height": 148},       # default: the page
      "slots": [[0, 0.5], [105, 0.5], …],           # badges' corners on the page
      "cut_marks": 8,                    # ticks this long at the page edges; 0: none
      "fonts": {"latin": "NotoSans", "arabic": "NotoNaskhArabic"},
      "colors": {"speaker": "#b03a2e", …, "default": "#555555"},
      "labels": {"category.staff": {"de": "Orga-Team"}},
      "elements": [ … ]                  # drawn in this order, see `elements.py`
    }

With "extends", the named layout's keys apply unless the file sets them;
"colors" and "labels" are merged key by key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checkin.badges import elements as el
from checkin.badges.fonts import ARABIC_FAMILIES, LATIN_FAMILIES
from checkin.badges.labels import merged
from checkin.errors import CheckinError
from checkin.paths import data_dir, resources_dir

DEFAULT_LAYOUT = "a6"
SUFFIX = ".json"
_TOP_KEYS = ("title", "extends", "page", "badge", "slots", "cut_marks", "fonts", "colors",
             "labels", "elements")
_EPS = 0.01  # mm: rounding in hand-written files


@dataclass(frozen=True)
class Layout:
    name: str
    title: Mapping[str, str]
    source: Path
    page: tuple[float, float]  # width, height in mm
    badge: tuple[float, float]
    slots: tuple[tuple[float, float], ...]  # top-left corner of each badge on the page
    cut_marks: float
    latin_font: str
    arabic_font: str
    colors: Mapping[str, str]
    labels: Mapping[str, Mapping[str, str]]
    elements: tuple[el.Element, ...]

    @property
    def per_page(self) -> int:
        return len(self.slots)

    def title_for(self, lang: str) -> str:
        t = self.title
        return t.get(lang) or t.get("en") or next(iter(t.values()), self.name)

    def color_for(self, category: str) -> str:
        return self.colors.get(category) or self.colors.get("default") or "#555555"


def shipped_dir() -> Path:
    return resources_dir() / "badges"


def user_dir() -> Path:
    return data_dir() / "badges"


def layout_files() -> dict[str, Path]:
    """Every layout by name; a user's file replaces a shipped one of the same name."""
    found: dict[str, Path] = {}
    for folder in (shipped_dir(), user_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob(f"*{SUFFIX}")):
                found[path.stem] = path
    return found


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CheckinError("bad_layout", file=str(path), reason=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckinError("bad_layout", file=str(path), reason=f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CheckinError("bad_layout", file=str(path), reason="must be a JSON object")
    return data


def _with_base(path: Path, data: dict[str, object], seen: tuple[Path, ...]
               ) -> tuple[dict[str, object], Path]:
    """The file's keys over those of the layout it extends, and the file whose
    elements apply (an image is looked for beside the file that names it)."""
    base_name = data.get("extends")
    if base_name is None:
        return data, path
    if not isinstance(base_name, str):
        raise el.LayoutProblem("extends: must name a layout")
    candidates = [p for p in (path.parent / f"{base_name}{SUFFIX}",
                              layout_files().get(base_name), shipped_dir() / f"{base_name}{SUFFIX}")
                  if p is not None and p.is_file() and p.resolve() != path.resolve()]
    if not candidates:
        raise el.LayoutProblem(f"extends: no layout called “{base_name}”")
    base_path = candidates[0]
    if base_path.resolve() in seen:
        raise el.LayoutProblem(f"extends: “{base_name}” extends this layout again")
    base, elements_file = _with_base(base_path, _read(base_path), (*seen, base_path.resolve()))
    result = dict(base)
    for key, value in data.items():
        old = base.get(key)
        if key in ("colors", "labels") and isinstance(value, dict) and isinstance(old, dict):
            result[key] = {**old, **value}
        else:
            result[key] = value
    return result, path if "elements" in data else elements_file


def load_layout(path: Path | str, name: str | None = None) -> Layout:
    """Read and check a layout file; `bad_layout` (file, reason) says what is wrong."""
    path = Path(path)
    try:
        data, elements_file = _with_base(path, _read(path), (path.resolve(),))
        return _parse(path, name or path.stem, data, elements_file)
    except el.LayoutProblem as problem:
        raise CheckinError("bad_layout", file=str(path), reason=str(problem)) from problem


def _size(data: object, where: str) -> tuple[float, float]:
    f = el._Fields(data, where, ("width", "height"))
    return f.number("width", above=True), f.number("height", above=True)


def _slots(data: object, page: tuple[float, float], badge: tuple[float, float]
           ) -> tuple[tuple[float, float], ...]:
    if data is None:
        data = [[0, 0]]
    if not isinstance(data, list) or not data or not all(
            isinstance(s, list) and len(s) == 2 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in s) for s in data):
        raise el.LayoutProblem("slots: must be a list of [x, y] corners")
    slots = tuple((float(x), float(y)) for x, y in data)
    for i, (x, y) in enumerate(slots):
        if x < -_EPS or y < -_EPS or x + badge[0] > page[0] + _EPS or y + badge[1] > page[1] + _EPS:
            raise el.LayoutProblem(f"slots[{i}]: the badge does not fit on the page there")
        for j, (x2, y2) in enumerate(slots[:i]):
            if abs(x - x2) < badge[0] - _EPS and abs(y - y2) < badge[1] - _EPS:
                raise el.LayoutProblem(f"slots[{i}]: overlaps slots[{j}]")
    return slots


def _inside(box: el.Box, badge: tuple[float, float]) -> bool:
    return (box.x >= -_EPS and box.y >= -_EPS and box.right <= badge[0] + _EPS
            and box.bottom <= badge[1] + _EPS)


def _parse(path: Path, name: str, data: dict[str, object], elements_file: Path) -> Layout:
    unknown = sorted(set(data) - set(_TOP_KEYS))
    if unknown:
        raise el.LayoutProblem(f"unknown key “{unknown[0]}”")
    title = data.get("title", name)
    if isinstance(title, str):
        title = {"en": title}
    if not isinstance(title, dict) or not all(isinstance(v, str) for v in title.values()):
        raise el.LayoutProblem("title: must be a text, or an object of texts by language")
    if "page" not in data:
        raise el.LayoutProblem("page: missing")
    page = _size(data["page"], "page")
    badge = _size(data["badge"], "badge") if "badge" in data else page
    if badge[0] > page[0] + _EPS or badge[1] > page[1] + _EPS:
        raise el.LayoutProblem("badge: larger than the page")
    slots = _slots(data.get("slots"), page, badge)
    cut = data.get("cut_marks", 0)
    if not isinstance(cut, (int, float)) or isinstance(cut, bool) or not 0 <= cut <= 30:
        raise el.LayoutProblem("cut_marks: must be a length from 0 to 30 (mm)")
    fonts = el._Fields(data.get("fonts", {}), "fonts", ("latin", "arabic"))
    latin = fonts.choice("latin", LATIN_FAMILIES, LATIN_FAMILIES[0])
    arabic = fonts.choice("arabic", ARABIC_FAMILIES, ARABIC_FAMILIES[0])
    colors = el.colour_map(data.get("colors", {}), "colors")
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or not all(
            isinstance(v, dict) and all(isinstance(t, str) for t in v.values()) for v in labels.values()):
        raise el.LayoutProblem("labels: must map each label to texts by language")
    raw = data.get("elements")
    if not isinstance(raw, list) or not raw:
        raise el.LayoutProblem("elements: must be a list of elements")
    # An image is looked for beside the file that names it, then in the user's folder.
    folders = (elements_file.parent, user_dir())
    parsed = []
    for i, item in enumerate(raw):
        element = el.parse_element(item, f"elements[{i}]", folders)
        if not _inside(element.box, badge):
            raise el.LayoutProblem(f"elements[{i}]: reaches outside the badge")
        parsed.append(element)
    return Layout(name=name, title=title, source=path, page=page, badge=badge, slots=slots,
                  cut_marks=float(cut), latin_font=latin, arabic_font=arabic, colors=colors,
                  labels=merged(labels), elements=tuple(parsed))


def get_layout(name: str | None = None) -> Layout:
    """A layout by name (default: A6), or from a file path ending in .json."""
    name = name or DEFAULT_LAYOUT
    if name.endswith(SUFFIX):
        path = Path(name).expanduser()
        if not path.is_file():
            raise CheckinError("bad_layout", file=str(path), reason="no such file")
        return load_layout(path)
    files = layout_files()
    if name not in files:
        raise CheckinError("unknown_layout", name=name, available=", ".join(sorted(files)))
    return load_layout(files[name], name)


def list_layouts() -> tuple[list[Layout], list[CheckinError]]:
    """Every layout that loads, and a `bad_layout` error for each file that does not."""
    good: list[Layout] = []
    bad: list[CheckinError] = []
    for name, path in sorted(layout_files().items()):
        try:
            good.append(load_layout(path, name))
        except CheckinError as error:
            bad.append(error)
    return good, bad
