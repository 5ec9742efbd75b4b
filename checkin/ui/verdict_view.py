"""From a recorded scan to what the verdict panel shows, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.i18n.format import format_datetime, format_time, local
from checkin.i18n.messages import category_text, verdict_class, verdict_text
from checkin.rules import Verdict
from checkin.scanning import ScanResult
from checkin.store.models import Participant
from checkin.ui.verdict_panel import VerdictView

translate = QCoreApplication.translate


def view_for(result: ScanResult, person: Participant | None, timezone: str, lang: str,
             force_reason: str = "") -> VerdictView:
    d = result.decision
    details = []
    if d.earlier is not None:
        same_day = local(d.earlier.since, timezone).date() == local(result.scanned_at, timezone).date()
        when = (format_time if same_day else format_datetime)(d.earlier.since, timezone, lang)
        details.append(translate("Desk", "Checked in at {time} at {desk}").format(
            time=when, desk=d.earlier.desk or "—"))
    if d.forced and d.overridden is not None:
        details.append(translate("Desk", "Override ({refusal}): {reason}").format(
            refusal=verdict_text(d.overridden), reason=force_reason))
    if person is not None and d.attention:
        details.append(translate("Desk", "Note: {note}").format(note=person.desk_note))
    mark = "already" if d.verdict is Verdict.ALREADY else "note" if d.attention and d.verdict.admitted else ""
    if person is None:
        return VerdictView(verdict_class(d.verdict, d.attention), verdict_text(d.verdict),
                           detail="\n".join(details), mark=mark)
    latin = " ".join(x for x in (person.title, person.given_name, person.family_name) if x)
    return VerdictView(
        colour=verdict_class(d.verdict, d.attention),
        headline=verdict_text(d.verdict),
        name=latin,
        name_ar=person.name_ar if person.name_ar != latin else "",
        organisation=person.organisation_ar if lang == "ar" and person.organisation_ar else person.organisation,
        category=category_text(person.category.value),
        detail="\n".join(details),
        mark=mark,
    )
