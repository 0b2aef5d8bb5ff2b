"""Sentences the domain says to a person, translatable without Qt (issue 17).

The domain (``models/``, ``references/``) must not import Qt, yet its error
sentences are read by Kazakh, Russian and English users. So an error does not
carry finished text: it carries a ``Message``, an English template with Qt's
numbered placeholders (``%1`` … ``%9``), the context the template is filed
under in the catalogues, and the values to put in. The app translates the
template into the current language and fills in the values
(``app.i18n.sentence``); ``str()`` of a message (and of the error) stays the
English sentence, for logs.

A module names its context with a ``Messages`` object held in a variable of
the same name, so that ``pyside6-lupdate`` files the template under that
context, as it does for ``X.tr(...)`` anywhere::

    LatexErrors = Messages("LatexErrors")
    raise InputError(LatexErrors.tr("%1 does not exist; nothing was imported.", path))

The values come after the template as positional arguments; never a string
literal second (lupdate would read it as a disambiguation): write fixed text
into the template itself. A value may itself be a ``Message`` (a reason
inside a sentence); it is translated too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_PLACEHOLDER = re.compile(r"%(\d\d?)")


def fill(template: str, *values: object) -> str:
    """``fill("%1 of %2", 3, 7)`` -> ``"3 of 7"``, in one pass, so a value that
    itself holds "%2" (a BibTeX key may) is never filled again; ``%1`` … ``%99``
    as in Qt; unknown placeholders stay. Counts are given as
    ``format_number(n)`` (years and reference numbers are not grouped)."""

    def value(match: re.Match[str]) -> str:
        digits = match.group(1)
        index = int(digits) - 1
        if 0 <= index < len(values):
            return str(values[index])
        if len(digits) == 2 and 0 <= int(digits[0]) - 1 < len(values):  # "%1" followed by a digit
            return str(values[int(digits[0]) - 1]) + digits[1]
        return match.group(0)

    return _PLACEHOLDER.sub(value, template)


def listing(values: Iterable[object]) -> str:
    """``a, b, c``: values listed in a sentence (the same in the three languages).

    Also what keeps ``", ".join(...)`` from being a message's first value,
    which lupdate would read as a disambiguation."""
    return ", ".join(str(value) for value in values)


class Message:
    """An English template, its catalogue context and the values it takes."""

    __slots__ = ("args", "context", "template")

    def __init__(self, context: str, template: str, args: tuple[object, ...] = ()) -> None:
        self.context = context
        self.template = template
        self.args = args

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentence, with ``translate(context, template)`` choosing the
        words (English when none is given); values that are messages are
        rendered the same way, and everything is filled in one pass."""
        template = self.template if translate is None else translate(self.context, self.template)
        values = [value.render(translate) if isinstance(value, Message) else value for value in self.args]
        return fill(template, *values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.template!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.context, self.template, self.args) == (
            other.context, other.template, other.args)

    def __hash__(self) -> int:
        return hash((self.context, self.template))


class Messages:
    """The sentences of one context: ``Ctx.tr("text %1", value)`` is a ``Message``."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, template: str, *args: object) -> Message:
        return Message(self.context, template, args)
