"""How the console looks: text size and the high-contrast theme, remembered per user.

The guidance panels get their colours here (not in their own style sheets) so that
the high-contrast theme can replace every one of them. Meaning never rests on colour:
the timer, banners and reminders say what they mean in words too.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

FONT_KEY, CONTRAST_KEY = "view/font_pt", "view/high_contrast"
MIN_PT, MAX_PT, STEP_PT = 8, 24, 1

NORMAL = """
QLabel#stagePhrases { background: #f4f6fb; color: #1b1b1f; padding: 8px; border-radius: 6px; }
QLabel#stageReminder { color: #3d3d5c; font-style: italic; }
QGroupBox#wrapUpPanel { background: #fff6e0; font-weight: 600; }
QGroupBox#playbookPanel { background: #eef3fb; font-weight: 600; }
QGroupBox#wrapUpPanel QLabel, QGroupBox#playbookPanel QLabel { font-weight: normal; }
QListWidget#stageChecklist::item { padding: 3px; }  /* 7 items in view at 1024×700 */
"""

# White on black with yellow for focus and selection (WCAG AAA). A disabled control is
# grey with a dashed border (a shape, not only a colour), so it never looks pressable. Text colours come from
# the palette, so widgets that colour themselves (banners, the timer, the alarm button)
# keep their own readable pairs. Ticks are shapes, not colours: an empty white square or
# a filled yellow one.
HIGH_CONTRAST = """
QLineEdit, QPlainTextEdit, QListWidget, QComboBox, QTabBar::tab {
    background: #000000; color: #ffffff; border: 2px solid #ffffff; }
QPushButton { background: #000000; color: #ffffff; border: 2px solid #ffffff; padding: 4px 10px; }
QPushButton:disabled, QLineEdit:disabled, QPlainTextEdit:disabled, QListWidget:disabled,
QComboBox:disabled, QToolButton:disabled {
    color: #8a8a8a; border: 2px dashed #8a8a8a; }
QCheckBox:disabled, QLabel:disabled, QRadioButton:disabled { color: #8a8a8a; }
QCheckBox::indicator:disabled, QListWidget::indicator:disabled {
    border: 2px dashed #8a8a8a; background: #000000; }
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QCheckBox:focus,
QComboBox:focus, QTabBar::tab:focus { border: 3px solid #ffff00; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
QListWidget::item { padding: 5px; }
QListWidget::item:selected { background: #ffff00; color: #000000; }
QListWidget::indicator, QCheckBox::indicator { width: 14px; height: 14px;
    border: 2px solid #ffffff; background: #000000; }
QListWidget::indicator:checked, QCheckBox::indicator:checked { background: #ffff00; }
QListWidget::indicator:selected { border-color: #000000; background: #ffff00; }
QListWidget::indicator:checked:selected { background: #000000; }
Banner[level="info"] QLabel, Banner[level="warning"] QLabel { color: #000000; }
Banner[level="danger"] QLabel { color: #ffffff; }
QMenuBar, QMenu { background: #000000; color: #ffffff; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
QLabel#stagePhrases { border: 2px solid #ffffff; padding: 8px; }
QLabel#stageReminder { color: #ffff00; font-style: italic; }
QGroupBox { border: 2px solid #ffffff; margin-top: 1.2em; font-weight: 600; }
QGroupBox QLabel { font-weight: normal; }
"""


def settings() -> QSettings:
    return QSettings("Desk", "Desk")


def saved_font_pt(default: int) -> int:
    value = settings().value(FONT_KEY, default)
    try:
        return max(MIN_PT, min(MAX_PT, int(value)))
    except (TypeError, ValueError):
        return default


def saved_high_contrast() -> bool:
    return str(settings().value(CONTRAST_KEY, "false")).lower() in ("true", "1")


class Theme:
    """The console's text size and contrast; every change applies at once and is remembered."""

    def __init__(self, app: QApplication):
        self.app = app
        # The first console of the process sees Qt's own defaults; keep them for "normal".
        if not hasattr(app, "_desk_default_look"):
            points = app.font().pointSize()
            app._desk_default_look = (max(MIN_PT, points if points > 0 else 10),
                                      QPalette(app.palette()))
        self.default_pt, self.default_palette = app._desk_default_look
        self.font_pt = saved_font_pt(self.default_pt)
        self.high_contrast = saved_high_contrast()
        self.apply()

    def apply(self) -> None:
        font = QFont(self.app.font())
        font.setPointSize(self.font_pt)
        self.app.setFont(font)
        if self.high_contrast:
            self.app.setPalette(_high_contrast_palette())
        else:
            self.app.setPalette(self.default_palette)
        # The size goes in the style sheet too: once an application style sheet is set, Qt
        # no longer hands a new application font to widgets that already exist.
        size = f"QWidget {{ font-size: {self.font_pt}pt; }}\n"
        self.app.setStyleSheet(size + (HIGH_CONTRAST if self.high_contrast else NORMAL))

    def bigger(self) -> None:
        self.set_font_pt(self.font_pt + STEP_PT)

    def smaller(self) -> None:
        self.set_font_pt(self.font_pt - STEP_PT)

    def reset(self) -> None:
        self.set_font_pt(self.default_pt)

    def set_font_pt(self, points: int) -> None:
        self.font_pt = max(MIN_PT, min(MAX_PT, points))
        settings().setValue(FONT_KEY, self.font_pt)
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        settings().setValue(CONTRAST_KEY, "true" if on else "false")
        self.apply()


def _high_contrast_palette() -> QPalette:
    from PySide6.QtGui import QColor

    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    grey = QColor("#8a8a8a")  # 5.9:1 on black: readable, clearly not white
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(disabled, role, grey)
    palette.setColor(disabled, QPalette.ColorRole.Highlight, grey)
    return palette
