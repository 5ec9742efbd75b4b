"""Participants: add, edit, cancel, replace a badge; the audit trail of it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from checkin import codes
from checkin.errors import CheckinError
from checkin.events import get_event
from checkin.store.lookup import by_id_prefix
from checkin.store.models import AuditEntry, Category, Participant, RevokedCode, Status, utcnow
from checkin.textnorm import DESK_NAME_MAX, clean, fold, staff_text

# Fields a person (or an import) may set; everything else is managed here.
EDITABLE_FIELDS = (
    "external_id", "salutation", "title", "given_name", "family_name", "name_ar",
    "position", "position_ar", "organisation", "organisation_ar", "country",
    "region", "email", "phone", "language", "category", "desk_note", "photo_consent",
)
# photo_consent as text (forms, exports): "" not asked, "yes", "no".
CONSENT = {"": None, "yes": True, "no": False}
LANGUAGES = ("", "de", "en", "ar")
TEXT_MAX = 200  # longer than any real name, title or organisation
FIELD_MAX = {"desk_note": 1000, "email": 254}


def audit(session: Session, action: str, entity: str, entity_id: object, desk: str = "",
          **details: object) -> None:
    session.add(AuditEntry(action=action, entity=entity, entity_id=str(entity_id),
                           desk=staff_text(desk, DESK_NAME_MAX),
                           details={k: _jsonable(v) for k, v in details.items()}))


def _jsonable(value: object) -> object:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


def search_key(p: Participant) -> str:
    """Folded names, then " | ", then the rest: search ranks name hits higher."""
    names = (p.given_name, p.family_name, p.name_ar)
    rest = (p.organisation, p.organisation_ar, p.email, p.badge_code)
    return " | ".join(" ".join(fold(x) for x in part if x) for part in (names, rest))


def _code_tag(session: Session) -> str:
    # Asked once per unit of work: an import adds thousands of people.
    if "code_tag" not in session.info:
        session.info["code_tag"] = get_event(session).code_tag
    return session.info["code_tag"]


def _unique_code(session: Session, tag: str) -> str:
    # 10**20 random values make a clash absurdly unlikely; check anyway.
    while True:
        code = codes.new_code(tag)
        taken = session.get(RevokedCode, code) or session.scalar(
            select(Participant.id).where(Participant.badge_code == code)
        )
        if not taken:
            return code


def _apply(p: Participant, fields: Mapping[str, object]) -> dict[str, bool]:
    """Validate every value first, then set them; return the fields that changed.

    Nothing is changed when a value is refused, so a caller that catches the
    error inside its unit of work is not left with a half-edited person.
    """
    values: dict[str, object] = {}
    for name, raw in fields.items():
        if name not in EDITABLE_FIELDS:
            raise CheckinError("unknown_field", field=name)
        if name == "category":
            value: object = _category(raw)
        elif name == "photo_consent":
            value = raw if raw is None or isinstance(raw, bool) else CONSENT.get(clean(raw).lower(), "?")
            if value == "?":
                raise CheckinError("bad_consent", value=str(raw))
        elif name == "external_id":
            value = clean(raw) or None
        else:
            value = clean(raw)
        if isinstance(value, str) and len(value) > FIELD_MAX.get(name, TEXT_MAX):
            raise CheckinError("text_too_long", field=name, limit=FIELD_MAX.get(name, TEXT_MAX))
        if name == "language" and value not in LANGUAGES:
            raise CheckinError("unknown_language", language=value)
        values[name] = value
    names = {n: values.get(n, getattr(p, n)) for n in ("given_name", "family_name", "name_ar")}
    if not any(names.values()):
        raise CheckinError("name_required")
    changed: dict[str, bool] = {}
    for name, value in values.items():
        if getattr(p, name) != value:
            setattr(p, name, value)
            changed[name] = True
    p.search_key = search_key(p)
    return changed


def _category(raw: object) -> Category:
    if isinstance(raw, Category):
        return raw
    try:
        return Category(str(raw).strip().lower() or "participant")
    except ValueError as exc:
        raise CheckinError("unknown_category", category=str(raw)) from exc


def add_participant(session: Session, fields: Mapping[str, object], desk: str = "") -> Participant:
    """A new participant with a fresh badge code (a walk-in needs only a name)."""
    p = Participant(id=uuid.uuid4(), badge_code=_unique_code(session, _code_tag(session)))
    for name in EDITABLE_FIELDS:  # column defaults apply only at flush
        if name != "category":
            setattr(p, name, None if name in ("external_id", "photo_consent") else "")
    p.category = Category.PARTICIPANT
    p.status = Status.REGISTERED
    _apply(p, fields)
    session.add(p)
    audit(session, "add", "participant", p.id, desk)
    return p


def update_participant(session: Session, p: Participant, fields: Mapping[str, object],
                       desk: str = "") -> bool:
    changed = _apply(p, fields)
    if changed:
        p.updated_at = utcnow()
        audit(session, "edit", "participant", p.id, desk, fields=sorted(changed))
    return bool(changed)


def set_cancelled(session: Session, p: Participant, cancelled: bool, desk: str = "") -> None:
    status = Status.CANCELLED if cancelled else Status.REGISTERED
    if p.status != status:
        p.status = status
        p.updated_at = utcnow()
        audit(session, "cancel" if cancelled else "reinstate", "participant", p.id, desk)


def replace_badge(session: Session, p: Participant, desk: str = "") -> str:
    """A new code for a lost or damaged badge; the old code answers `revoked`."""
    old = p.badge_code
    session.add(RevokedCode(code=old, participant_id=p.id))
    p.badge_code = _unique_code(session, _code_tag(session))
    p.search_key = search_key(p)
    p.updated_at = utcnow()
    audit(session, "replace_badge", "participant", p.id, desk)
    return p.badge_code


def find_participant(session: Session, ref: str) -> Participant:
    """By badge code (as scanned or typed), full UUID, or a UUID prefix of 8+ hex digits."""
    ref = ref.strip()
    parsed = codes.parse(ref)
    if parsed:
        p = session.scalar(select(Participant).where(Participant.badge_code == parsed.code))
        if p:
            return p
    matches = by_id_prefix(session, Participant, ref)
    if len(matches) > 1:
        raise CheckinError("ambiguous_participant", ref=ref)
    if matches:
        return matches[0]
    raise CheckinError("no_such_participant", ref=ref)

