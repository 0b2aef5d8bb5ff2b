"""The look of a citation marker: a chip tinted by its references' groups.

A marker whose references fall in several groups gets a chip split into
equal bands, one per group (a gradient with hard stops, laid over the
marker's own box, so it follows the text when it wraps).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor, QGradient, QLinearGradient

# How much of the group colour shows under the marker text: light enough
# for black text to stay readable on every group colour.
CHIP_TINT = 0.42
# Colours this light are chips as they are.
PALE = 0.5


def tint(color: str | QColor, amount: float = CHIP_TINT, base: QColor | None = None) -> QColor:
    """``color`` mixed into ``base`` (white): ``amount`` 1 is the pure colour."""
    c = QColor(color)
    b = base or QColor("white")
    return QColor(
        round(b.red() + (c.red() - b.red()) * amount),
        round(b.green() + (c.green() - b.green()) * amount),
        round(b.blue() + (c.blue() - b.blue()) * amount),
    )


def chip_color(color: str) -> QColor:
    """A pale group colour is used as it is (tinting it would leave white);
    others are lightened, so black marker text reads well and the page stays calm."""
    pure = QColor(color)
    return pure if relative_luminance(pure) > PALE else tint(pure)


def chip_brush(colors: Sequence[str]) -> QBrush:
    """A flat colour for one group, equal hard-edged bands for several."""
    if not colors:
        return QBrush()
    if len(colors) == 1:
        return QBrush(chip_color(colors[0]))
    gradient = QLinearGradient(0, 0, 1, 0)
    # Stretched over whatever box is painted: the marker's own rectangle.
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectBoundingMode)
    width = 1 / len(colors)
    for i, color in enumerate(colors):
        shade = chip_color(color)
        gradient.setColorAt(i * width, shade)
        gradient.setColorAt(min(1.0, (i + 1) * width - 1e-6), shade)
    return QBrush(gradient)


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def readable_text_color(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    return QColor("black") if relative_luminance(background) > 0.179 else QColor("white")
