"""Printing a batch of badges from the participants screen: the selected
person, everyone the list shows (search and filters apply), or only those of
them whose current badge was never printed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from checkin.badges.batch import printed
from checkin.store.models import Participant
from checkin.ui.context import DeskContext

SELECTED, SHOWN, UNPRINTED = range(3)


def unprinted(ctx: DeskContext, ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    with ctx.store.reader() as s:
        people = [p for p in (s.get(Participant, i) for i in ids) if p is not None]
        done = printed(s, people)
    return [p.id for p in people if p.id not in done]


class BatchPrintDialog(QDialog):
    def __init__(self, ctx: DeskContext, selected: uuid.UUID | None, shown: Sequence[uuid.UUID],
                 print_badges: Callable[[list[uuid.UUID]], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print badges"))
        self._print = print_badges
        self._choices = {SELECTED: [selected] if selected else [], SHOWN: list(shown),
                         UNPRINTED: unprinted(ctx, shown)}
        self.group = QButtonGroup(self)
        texts = {SELECTED: self.tr("The selected person"),
                 SHOWN: self.tr("Everyone the list shows ({count})").format(count=len(self._choices[SHOWN])),
                 UNPRINTED: self.tr("Those shown whose badge is not printed yet ({count})").format(
                     count=len(self._choices[UNPRINTED]))}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which badges?"), self))
        for key, text in texts.items():
            button = QRadioButton(text, self)
            button.setEnabled(bool(self._choices[key]))
            self.group.addButton(button, key)
            layout.addWidget(button)
        first = next((k for k in (UNPRINTED, SELECTED, SHOWN) if self._choices[k]), None)
        if first is not None:
            self.group.button(first).setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[uuid.UUID]:
        return self._choices.get(self.group.checkedId(), [])

    def accept(self) -> None:
        ids = self.chosen()
        super().accept()
        if ids:
            self._print(ids)
