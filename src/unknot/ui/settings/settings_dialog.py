"""Edit ▸ Settings: every choice in one short dialog, applied as soon as it is
confirmed.

The widgets only offer valid values (a hold of 2-5 minutes, a goal of 1-7 days),
so building a `Settings` from them cannot fail. The dialog never writes the file
itself: it emits `applied` and the window saves and applies, as it does for the
safety check.
"""

from __future__ import annotations

import dataclasses
from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import OWNABLE_TOOLS, Tool
from unknot.core.formats import duration_text
from unknot.core.practice_calendar import locale_week_start
from unknot.core.translation import translate
from unknot.settings import MAX_HOLD_SECONDS, MIN_HOLD_SECONDS, Settings
from unknot.ui.settings.voice_settings import VoiceGroup
from unknot.ui.shared.dialog_size import fit_height
from unknot.ui.voice.voice_coach import VoiceCoach

HOLD_STEP_SECONDS = 30
# Offered when the reminder is switched on for the first time.
DEFAULT_REMINDER = time(19, 0)


def weekday_name(day: int) -> str:
    """ISO weekday 1 (Monday) - 7 (Sunday) by name, in the window's language."""
    return QLocale().dayName(day, QLocale.FormatType.LongFormat)


def hold_text(seconds: int) -> str:
    return duration_text(seconds)


def _percent(value: int) -> str:
    return translate("SettingsDialog", "{value} %").format(value=QLocale().toString(value))


def _to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _hint(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    # The palette's quieter text colour, right in light and dark alike.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingsDialog(QDialog):
    # A complete, valid Settings, on OK or Apply when something changed.
    applied = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        tray_available: bool,
        parent: QWidget | None = None,
        voice: VoiceCoach | None = None,
    ) -> None:
        """`voice`: the window's voice coach, for its voices and "Test voice"."""
        super().__init__(parent)
        self._original = settings
        self._last_applied = settings
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        # Two columns, so that the whole dialog fits a 600-pixel-high screen.
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._build_practice_group())
        right.addWidget(self._build_session_group())
        left.addWidget(self._build_tools_group())
        left.addWidget(self._build_desktop_group(tray_available))
        self.voice_group = VoiceGroup(voice.speech if voice is not None else None, self)
        right.addWidget(self.voice_group)
        for column in (left, right):
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, translate("SettingsDialog", "OK")),
            (QDialogButtonBox.StandardButton.Cancel, translate("SettingsDialog", "Cancel")),
            (QDialogButtonBox.StandardButton.Apply, translate("SettingsDialog", "Apply")),
            (
                QDialogButtonBox.StandardButton.RestoreDefaults,
                translate("SettingsDialog", "Restore defaults"),
            ),
        ):
            self.buttons.button(role).setAccessibleName(name)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)

        self.show_settings(settings)
        fit_height(self)

    # -- building ---------------------------------------------------------------

    def _build_practice_group(self) -> QGroupBox:
        group = QGroupBox(translate("SettingsDialog", "Practice"), self)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.hold_combo = QComboBox(group)
        self.hold_combo.setAccessibleName(translate("SettingsDialog", "Default hold"))
        self._fill_holds(())
        form.addRow(translate("SettingsDialog", "Default &hold:"), self.hold_combo)

        self.goal_spin = QSpinBox(group)
        self.goal_spin.setRange(1, 7)
        self.goal_spin.setAccessibleName(translate("SettingsDialog", "Weekly goal in days"))
        self.goal_spin.valueChanged.connect(self._goal_changed)
        form.addRow(translate("SettingsDialog", "Weekly &goal:"), self.goal_spin)

        self.week_combo = QComboBox(group)
        self.week_combo.setAccessibleName(translate("SettingsDialog", "First day of the week"))
        system_day = locale_week_start()
        self.week_combo.addItem(
            translate("SettingsDialog", "As the system says ({weekday})").format(
                weekday=weekday_name(system_day)
            ),
            None,
        )
        for number in range(1, 8):
            self.week_combo.addItem(weekday_name(number), number)
        form.addRow(translate("SettingsDialog", "&Weeks start on:"), self.week_combo)

        self.day_start_edit = QTimeEdit(group)
        self.day_start_edit.setDisplayFormat("HH:mm")
        self.day_start_edit.setAccessibleName(translate("SettingsDialog", "A new day starts at"))
        day_row = QVBoxLayout()
        day_row.setSpacing(2)
        day_row.addWidget(self.day_start_edit, 0, Qt.AlignmentFlag.AlignLeft)
        day_hint = translate(
            "SettingsDialog", "Practice before this time counts for the day before."
        )
        day_row.addWidget(_hint(day_hint, group, wrap=False))
        day_label = QLabel(translate("SettingsDialog", "A new &day starts at:"), group)
        day_label.setBuddy(self.day_start_edit)
        form.addRow(day_label, day_row)
        return group

    def _build_tools_group(self) -> QGroupBox:
        group = QGroupBox(translate("SettingsDialog", "Your tools"), self)
        layout = QVBoxLayout(group)
        row = QHBoxLayout()
        self.tool_checks: dict[Tool, QCheckBox] = {}
        for tool, text in (
            (Tool.TENNIS_BALL, translate("SettingsDialog", "T&ennis ball")),
            (Tool.LACROSSE_BALL, translate("SettingsDialog", "&Lacrosse ball")),
            (Tool.FOAM_ROLLER, translate("SettingsDialog", "&Foam roller")),
        ):
            check = QCheckBox(text, group)
            check.setAccessibleName(tool.label)
            row.addWidget(check)
            self.tool_checks[tool] = check
        row.addStretch(1)
        layout.addLayout(row)
        hint = translate(
            "SettingsDialog",
            "Hands are always there. Sessions use only what you tick: a tennis ball "
            "first, a lacrosse ball when it is not enough.",
        )
        layout.addWidget(_hint(hint, group))
        return group

    def _build_session_group(self) -> QGroupBox:
        group = QGroupBox(translate("SettingsDialog", "During a session"), self)
        layout = QVBoxLayout(group)

        self.sound_check = QCheckBox(translate("SettingsDialog", "&Chime when a hold ends"), group)
        self.sound_check.setAccessibleName(translate("SettingsDialog", "Chime when a hold ends"))
        self.sound_check.toggled.connect(self._sound_toggled)
        layout.addWidget(self.sound_check)

        volume_row = QHBoxLayout()
        volume_row.setContentsMargins(24, 0, 0, 0)
        self.volume_label = QLabel(translate("SettingsDialog", "&Volume:"), group)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, group)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setAccessibleName(translate("SettingsDialog", "Chime volume"))
        self.volume_slider.setMinimumWidth(180)
        self.volume_label.setBuddy(self.volume_slider)
        self.volume_value = QLabel(group)
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance(_percent(100))
        )
        self.volume_slider.valueChanged.connect(
            lambda value: self.volume_value.setText(_percent(value))
        )
        volume_row.addWidget(self.volume_label)
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_value)
        layout.addLayout(volume_row)

        self.auto_check = QCheckBox(
            translate("SettingsDialog", "&Move on to the next spot by itself"), group
        )
        self.auto_check.setAccessibleName(
            translate("SettingsDialog", "Move on to the next spot by itself")
        )
        layout.addWidget(self.auto_check)

        self.motion_check = QCheckBox(
            translate("Settings", "Let the pictures of positions move"), group
        )
        self.motion_check.setAccessibleName(
            translate("Settings", "Let the pictures of positions move")
        )
        self.motion_check.setToolTip(
            translate(
                "Settings",
                "Off: each picture stays still on the position to hold.",
            )
        )
        layout.addWidget(self.motion_check)
        return group

    def _build_desktop_group(self, tray_available: bool) -> QGroupBox:
        group = QGroupBox(translate("SettingsDialog", "Reminders and the desktop"), self)
        layout = QVBoxLayout(group)

        reminder_row = QHBoxLayout()
        self.reminder_check = QCheckBox(
            translate("SettingsDialog", "&Remind me each day at"), group
        )
        self.reminder_check.setAccessibleName(translate("SettingsDialog", "Daily reminder"))
        self.reminder_check.toggled.connect(self._reminder_toggled)
        self.reminder_edit = QTimeEdit(group)
        self.reminder_edit.setDisplayFormat("HH:mm")
        self.reminder_edit.setAccessibleName(translate("SettingsDialog", "Reminder time"))
        reminder_row.addWidget(self.reminder_check)
        reminder_row.addWidget(self.reminder_edit)
        reminder_row.addStretch(1)
        layout.addLayout(reminder_row)
        layout.addWidget(
            _hint(
                translate(
                    "SettingsDialog",
                    "While Unknot is running, and only on days you have not practised yet.",
                ),
                group,
            )
        )

        self.tray_check = QCheckBox(
            translate("SettingsDialog", "Show an icon in the system &tray"), group
        )
        self.tray_check.setAccessibleName(
            translate("SettingsDialog", "Show an icon in the system tray")
        )
        layout.addWidget(self.tray_check)
        self.minimised_check = QCheckBox(translate("SettingsDialog", "&Start minimised"), group)
        self.minimised_check.setAccessibleName(translate("SettingsDialog", "Start minimised"))
        layout.addWidget(self.minimised_check)
        where = (
            translate(
                "SettingsDialog",
                "Minimised means hidden in the tray when the icon shows, otherwise in the taskbar.",
            )
            if tray_available
            else translate(
                "SettingsDialog",
                "This desktop has no system tray: Unknot starts minimised in the taskbar, "
                "and everything stays in the window and its menus.",
            )
        )
        self.tray_hint = _hint(where, group)
        layout.addWidget(self.tray_hint)

        language_row = QHBoxLayout()
        self.language_combo = QComboBox(group)
        self.language_combo.setAccessibleName(translate("SettingsDialog", "Language"))
        self.language_combo.addItem(translate("SettingsDialog", "Follow the system"), "system")
        # Each language by its own name, so a person can find theirs in any language.
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Deutsch", "de")
        language_label = QLabel(translate("SettingsDialog", "&Language:"), group)
        language_label.setBuddy(self.language_combo)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addWidget(
            _hint(
                translate("SettingsDialog", "A new language applies the next time Unknot starts."),
                group,
            )
        )
        return group

    def _fill_holds(self, extra: tuple[int, ...]) -> None:
        choices = sorted(
            set(range(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS + 1, HOLD_STEP_SECONDS)) | set(extra)
        )
        self.hold_combo.clear()
        for seconds in choices:
            self.hold_combo.addItem(hold_text(seconds), seconds)

    # -- values -----------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        """Put `settings` into the widgets."""
        if self.hold_combo.findData(settings.hold_seconds) < 0:
            # A value typed into the file by hand: offer it as it is.
            self._fill_holds((settings.hold_seconds,))
        self.hold_combo.setCurrentIndex(self.hold_combo.findData(settings.hold_seconds))
        self.goal_spin.setValue(settings.weekly_goal)
        self._goal_changed(settings.weekly_goal)
        self.week_combo.setCurrentIndex(self.week_combo.findData(settings.week_start))
        self.day_start_edit.setTime(_to_qtime(settings.day_start))
        self.sound_check.setChecked(settings.sound_on)
        self.volume_slider.setValue(settings.volume)
        self.volume_value.setText(_percent(settings.volume))
        self._sound_toggled(settings.sound_on)
        self.auto_check.setChecked(settings.auto_advance)
        self.motion_check.setChecked(settings.move_pictures)
        reminder = settings.reminder_time
        self.reminder_check.setChecked(reminder is not None)
        self.reminder_edit.setTime(_to_qtime(reminder or DEFAULT_REMINDER))
        self._reminder_toggled(reminder is not None)
        self.tray_check.setChecked(settings.show_in_tray)
        self.minimised_check.setChecked(settings.start_minimised)
        for tool, check in self.tool_checks.items():
            check.setChecked(tool in settings.tools)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.voice_group.show_settings(settings)

    def settings(self) -> Settings:
        """The settings as the widgets show them; what the dialog does not show
        (the safety check's answers) is kept as it was."""
        return dataclasses.replace(
            self._original,
            hold_seconds=int(self.hold_combo.currentData()),
            weekly_goal=self.goal_spin.value(),
            week_start=self.week_combo.currentData(),
            day_start=_from_qtime(self.day_start_edit.time()),
            sound_on=self.sound_check.isChecked(),
            volume=self.volume_slider.value(),
            auto_advance=self.auto_check.isChecked(),
            move_pictures=self.motion_check.isChecked(),
            reminder_time=(
                _from_qtime(self.reminder_edit.time()) if self.reminder_check.isChecked() else None
            ),
            show_in_tray=self.tray_check.isChecked(),
            start_minimised=self.minimised_check.isChecked(),
            tools=tuple(tool for tool in OWNABLE_TOOLS if self.tool_checks[tool].isChecked()),
            language=str(self.language_combo.currentData()),
            **self.voice_group.values(),
        )

    def apply(self) -> None:
        settings = self.settings()
        if settings != self._last_applied:
            self._last_applied = settings
            self.applied.emit(settings)

    # -- reactions --------------------------------------------------------------

    @Slot()
    def _ok(self) -> None:
        self.apply()
        self.accept()

    @Slot(QAbstractButton)
    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.standardButton(button)
        if role == QDialogButtonBox.StandardButton.Apply:
            self.apply()
        elif role == QDialogButtonBox.StandardButton.RestoreDefaults:
            self.show_settings(Settings())

    @Slot(int)
    def _goal_changed(self, days: int) -> None:
        # The spin box shows the number: the suffix is the rest, in its plural form.
        self.goal_spin.setSuffix(translate("SettingsDialog", " day(s) a week", None, days))

    @Slot(bool)
    def _sound_toggled(self, on: bool) -> None:
        for widget in (self.volume_label, self.volume_slider, self.volume_value):
            widget.setEnabled(on)

    @Slot(bool)
    def _reminder_toggled(self, on: bool) -> None:
        self.reminder_edit.setEnabled(on)
