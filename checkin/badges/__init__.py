"""Badges: layouts as data files, rendered to PDF with reportlab.

No Qt here (the desk window's print button and the CLI call these):

- `get_layout`, `list_layouts`, `load_layout`: layout files, shipped and the user's own;
- `select_participants`: a batch (all, filtered, chosen, or not yet printed);
- `render_badges`: the PDF; `record_printed`: the print log; `print_badges`: both.
"""

from checkin.badges.batch import (
    print_badges,
    print_log,
    printed,
    record_printed,
    select_participants,
)
from checkin.badges.layout import (
    DEFAULT_LAYOUT,
    Layout,
    get_layout,
    list_layouts,
    load_layout,
)
from checkin.badges.render import RenderSummary, render_badges, render_data

__all__ = [
    "DEFAULT_LAYOUT", "Layout", "RenderSummary", "get_layout", "list_layouts", "load_layout",
    "print_badges", "print_log", "printed", "record_printed", "render_badges", "render_data",
    "select_participants",
]
