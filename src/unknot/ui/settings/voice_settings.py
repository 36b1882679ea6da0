"""The voice coach's part of Settings: on or off, how much it says, which voice,
its speed and volume, and a button to hear it.

The voices arrive from the speech thread: until then a line says "Looking for
voices…" and everything else works. Where there is no speech engine or no
voice, the controls are off and the line says why and what to do: the one
place the person is told. The same line says how "Test voice" goes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from unknot.core.translation import translate
from unknot.core.voice_amount import Amount
from unknot.settings import Settings
from unknot.ui.voice.voice_coach import RATE_STEPS, Speech


def rate_text(rate: int) -> str:
    """The speed as shown beside its slider: "usual", "+3", "-2"."""
    if rate == 0:
        return translate("Voice", "usual")
    return f"{rate:+d}"


class VoiceGroup(QGroupBox):
    """`speech`: the window's voice, for its voices and the test button; None
    while there is none yet (the controls still show the settings)."""

    def __init__(self, speech: Speech | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Voice", "Voice coach"), parent)
        self._speech = speech
        # Why there is no voice, once known; the controls are off then.
        self.problem: str | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.on_check = QCheckBox(translate("Voice", "Speak each step al&oud"), self)
        self.on_check.setAccessibleName(translate("Voice", "Speak each step aloud"))
        self.on_check.toggled.connect(self._on_toggled)
        form.addRow(self.on_check)

        self.amount_combo = QComboBox(self)
        self.amount_combo.setAccessibleName(translate("Voice", "How much the coach says"))
        for amount in Amount:
            self.amount_combo.addItem(amount.label, amount)
        self._label(form, translate("Voice", "&Amount:"), self.amount_combo)

        self.voice_combo = QComboBox(self)
        self.voice_combo.setAccessibleName(translate("Voice", "Voice"))
        # As wide as its longest name (in German too): the dialog grows for it.
        self.voice_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voice_combo.addItem(translate("Voice", "The system's usual voice"), None)
        self._label(form, translate("Voice", "Vo&ice:"), self.voice_combo)

        self.rate_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.rate_slider.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate_slider.setPageStep(2)
        self.rate_slider.setAccessibleName(translate("Voice", "Speed of the voice"))
        self.rate_value = self._value_label("+10")
        self.rate_slider.valueChanged.connect(
            lambda value: self.rate_value.setText(rate_text(value))
        )
        self._label(
            form, translate("Voice", "S&peed:"), self._row(self.rate_slider, self.rate_value)
        )

        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setAccessibleName(translate("Voice", "Volume of the voice"))
        self.volume_value = self._value_label("100 %")
        self.volume_slider.valueChanged.connect(
            lambda value: self.volume_value.setText(f"{value} %")
        )
        self._label(
            form,
            translate("Voice", "Vol&ume:"),
            self._row(self.volume_slider, self.volume_value),
            self.volume_slider,
        )

        self.test_button = QPushButton(translate("Voice", "Test voice"), self)
        self.test_button.setAccessibleName(translate("Voice", "Test voice"))
        self.test_button.setToolTip(translate("Voice", "Hear the voice as set here"))
        self.test_button.clicked.connect(self._test)
        form.addRow("", self.test_button)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        form.addRow(self.problem_label)

        self._controls: tuple[QWidget, ...] = (
            self.amount_combo,
            self.voice_combo,
            self.rate_slider,
            self.rate_value,
            self.volume_slider,
            self.volume_value,
            self.test_button,
        )
        self._fill_voices()

    def _label(
        self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None
    ) -> None:
        """A row; `buddy` is what the label's key jumps to, when not `field`."""
        label = QLabel(text, self)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def _row(self, slider: QSlider, value: QLabel) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(slider, 1)
        layout.addWidget(value)
        return row

    def _value_label(self, widest: str) -> QLabel:
        label = QLabel(self)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 4)
        return label

    def _fill_voices(self) -> None:
        speech = self._speech
        if speech is None:
            self.test_button.setEnabled(False)
            return
        speech.found.connect(self._voices_found)
        speech.failed.connect(self._voice_failed)
        speech.test_state.connect(self._test_state)
        if speech.problem() is not None:
            self._voice_failed(speech.problem() or "")
        elif speech.known:
            self._voices_found()
        else:
            self._tell(translate("Voice", "Looking for voices…"))
            # Made on the speech thread; its answer comes as a signal.
            speech.prepare()

    def _tell(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self._fit_line()

    def _fit_line(self) -> None:
        # A wrapped line that arrives after the dialog is laid out (the engine
        # answers later) gets the height it needs at the width it has: the
        # layouts above do not ask a label's height for its width by themselves.
        label = self.problem_label
        margins = self.contentsMargins()
        width = label.width() if label.isVisible() else 0
        width = max(width, self.width() - margins.left() - margins.right() - 24, 200)
        label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_line()

    @Slot()
    def _voices_found(self) -> None:
        speech = self._speech
        if speech is None:
            return
        if self.problem is not None:
            # Found after all (a slow start): the controls come back.
            self.problem = None
            self.on_check.setEnabled(True)
            self._on_toggled(self.on_check.isChecked())
        self._tell("")
        chosen = self.voice_combo.currentData()
        for name in speech.voices():
            if self.voice_combo.findData(name) < 0:
                self.voice_combo.addItem(name, name)
        self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(chosen)))

    @Slot(str)
    def _voice_failed(self, problem: str) -> None:
        # Said here, once, in place of a voice: why, and what to do.
        self.problem = problem
        self._tell(problem)
        self.on_check.setEnabled(False)
        for widget in self._controls:
            widget.setEnabled(False)

    @Slot(str, str)
    def _test_state(self, _state: str, text: str) -> None:
        self._tell(text)

    # -- values ----------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        self.on_check.setChecked(settings.voice_on)
        self.amount_combo.setCurrentIndex(self.amount_combo.findData(settings.voice_amount))
        name = settings.voice_name
        if name is not None and self.voice_combo.findData(name) < 0:
            # A voice no longer installed: kept in the settings, shown as it is.
            self.voice_combo.addItem(name, name)
        self.voice_combo.setCurrentIndex(self.voice_combo.findData(name))
        self.rate_slider.setValue(settings.voice_rate)
        self.rate_value.setText(rate_text(settings.voice_rate))
        self.volume_slider.setValue(settings.voice_volume)
        self.volume_value.setText(f"{settings.voice_volume} %")
        self._on_toggled(settings.voice_on)

    def values(self) -> dict[str, Any]:
        """The voice settings as the controls show them, by setting name."""
        name = self.voice_combo.currentData()
        return {
            "voice_on": self.on_check.isChecked(),
            "voice_amount": Amount(self.amount_combo.currentData()),
            "voice_name": name if isinstance(name, str) else None,
            "voice_rate": self.rate_slider.value(),
            "voice_volume": self.volume_slider.value(),
        }

    # -- reactions ---------------------------------------------------------------------

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        if self.problem is not None:
            return
        # The test button works with the voice off too: hear it before choosing.
        for widget in self._controls:
            if widget is not self.test_button:
                widget.setEnabled(on)
        self.test_button.setEnabled(self._speech is not None)

    @Slot()
    def _test(self) -> None:
        speech = self._speech
        if speech is None:
            return
        values = self.values()
        speech.test(values["voice_name"], values["voice_rate"], values["voice_volume"])
