"""The window's languages: Qt's translators, chosen at start and switched at run time.

``install_language(app, settings)`` loads Silteme's catalogue and Qt's own
(``qtbase_kk`` / ``qtbase_ru``: file dialogs, standard buttons) for the
language saved in the settings, else the system's. ``switch_language``
swaps the translators while the window is open; Qt then sends every widget
a LanguageChange event, and ``retranslate`` puts the new language into
the texts that were set once when the widgets were built (see ADR 0006).
"""

from __future__ import annotations

import dataclasses
import re
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from app.i18n import catalog
from app.i18n.build import ensure_released

SETTINGS_LANGUAGE = "ui/language"  # "kk", "ru", "en", or "" for the system's


def system_language() -> str:
    """The first of the system's UI languages that Silteme speaks (English if none)."""
    for name in QLocale.system().uiLanguages():
        found = catalog.language_code(name)
        if found is not None:
            return found
    return catalog.SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language saved in the settings, else the system's."""
    saved = catalog.language_code(str(settings.value(SETTINGS_LANGUAGE, "") or ""))
    return saved if saved is not None else system_language()


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


class LanguageSwitcher(QObject):
    """Holds the installed translators; one per application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = catalog.SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Install ``language``'s catalogues (removing the previous ones); whether
        Silteme's own catalogue was found (English has one, for plural forms)."""
        application = QCoreApplication.instance()
        for translator in self._translators:
            application.removeTranslator(translator)
        self._translators.clear()
        previous, self.language = self.language, language
        catalog.set_language(language)
        catalog.use_translator(_qt_translate)
        QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
        ensure_released()
        found = self._install(str(catalog.catalogue_path(language, ".qm")))
        if language != catalog.SOURCE_LANGUAGE:
            qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(f"{qt_catalogues}/qtbase_{language}.qm")
        if previous != language and isinstance(application, QApplication):
            retranslate(previous, language)
        return found

    def _install(self, path: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(path):
            return False
        QCoreApplication.installTranslator(translator)
        self._translators.append(translator)
        return True


def switcher() -> LanguageSwitcher:
    application = QCoreApplication.instance()
    found = application.findChild(LanguageSwitcher)
    return found if found is not None else LanguageSwitcher(application)


def install_language(settings: QSettings, language: str | None = None) -> str:
    """At start: the language named (``silteme --lang``), else the saved or system one."""
    wanted = language or chosen_language(settings)
    switcher().apply(wanted)
    return wanted


def ensure_language(settings: QSettings) -> None:
    """A window made without ``run_gui`` (tests, scripts) still gets its
    language, English plural forms included."""
    application = QCoreApplication.instance()
    if application is not None and application.findChild(LanguageSwitcher) is None:
        install_language(settings)


def switch_language(settings: QSettings, language: str | None) -> str:
    """From the Settings menu: ``None`` follows the system again."""
    settings.setValue(SETTINGS_LANGUAGE, language or "")
    wanted = language or system_language()
    switcher().apply(wanted)
    return wanted


# --- putting the new language into texts that were set once ----------------------


class _Reverse:
    """Finds, for a text shown in one language, the message it came from."""

    def __init__(self, language: str) -> None:
        self.by_text: dict[str, tuple[str, str, str]] = {}
        if language != catalog.SOURCE_LANGUAGE:
            for message in catalog.load_catalogue(
                catalog.catalogue_path(language)
            ).values():
                if not message.numerus:
                    self.by_text.setdefault(
                        message.translations[0],
                        (message.context, message.source, message.comment),
                    )
        self.english: dict[str, tuple[str, str, str]] = {}
        for language_ in catalog.LANGUAGES:
            if language_ != catalog.SOURCE_LANGUAGE:
                for message in catalog.load_catalogue(
                    catalog.catalogue_path(language_)
                ).values():
                    self.english.setdefault(
                        message.source,
                        (message.context, message.source, message.comment),
                    )
        self.from_source = language == catalog.SOURCE_LANGUAGE

    def again(self, text: str) -> str | None:
        """``text`` in the new language; a count after it ("Error (3)") and
        markup around it ("<b>…</b>") stay as they are."""
        found = (self.english if self.from_source else self.by_text).get(text)
        if found is not None:
            context, source, comment = found
            return QCoreApplication.translate(context, source, comment or None)
        counted = _COUNTED.fullmatch(text)
        if counted is not None:
            head = self.again(counted.group(1))
            return None if head is None else head + counted.group(2)
        if "<" in text:
            parts = _MARKUP.split(text)
            again = [self.again(p) if p and not _MARKUP.fullmatch(p) else None for p in parts]
            if any(a is not None for a in again):
                return "".join(a if a is not None else p for p, a in zip(parts, again, strict=True))
        return None


_COUNTED = re.compile(r"(.+?)( \(\d+\))")
_MARKUP = re.compile(r"(<[^>]+>)")


def retranslate(previous: str, language: str) -> None:
    """Every window, dock, menu, action and table of the application in ``language``.

    Texts that code sets while the window runs (counts, titles) are refreshed
    by each widget's ``retranslate_ui`` if it has one; table headers and
    cells by telling their models everything changed.
    """
    reverse = _Reverse(previous)
    widgets = QApplication.allWidgets()
    actions: set[QAction] = set()
    for widget in widgets:
        _widget_texts(widget, reverse)
        actions.update(widget.actions())
        actions.update(widget.findChildren(QAction))
    for action in actions:
        _action_texts(action, reverse)
    views = [view for view in widgets if isinstance(view, QAbstractItemView) and view.model() is not None]
    for model in {_source_model(view.model()) for view in views}:
        _model_changed(model, reverse)
    for widget in QApplication.topLevelWidgets():
        for target in (widget, *widget.findChildren(QObject)):
            hook = getattr(target, "retranslate_ui", None)
            if callable(hook):
                hook()


def _again(reverse: _Reverse, text: str, setter: object) -> None:
    if text:
        new = reverse.again(text)
        if new is not None and new != text:
            setter(new)  # type: ignore[operator]


def _widget_texts(widget: QWidget, reverse: _Reverse) -> None:
    _again(reverse, widget.windowTitle(), widget.setWindowTitle)
    _again(reverse, widget.toolTip(), widget.setToolTip)
    _again(reverse, widget.statusTip(), widget.setStatusTip)
    _again(reverse, widget.whatsThis(), widget.setWhatsThis)
    if isinstance(widget, (QLabel, QAbstractButton)):
        _again(reverse, widget.text(), widget.setText)
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        _again(reverse, widget.placeholderText(), widget.setPlaceholderText)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        _again(reverse, widget.prefix(), widget.setPrefix)
        _again(reverse, widget.suffix(), widget.setSuffix)
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(header.columnCount()):
            _again(reverse, header.text(column), partial(header.setText, column))
    if isinstance(widget, QGroupBox):
        _again(reverse, widget.title(), widget.setTitle)
    if isinstance(widget, QMenu):
        _again(reverse, widget.title(), widget.setTitle)
    if isinstance(widget, QDockWidget):
        _again(reverse, widget.windowTitle(), widget.setWindowTitle)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            _again(reverse, widget.tabText(index), partial(widget.setTabText, index))
            _again(reverse, widget.tabToolTip(index), partial(widget.setTabToolTip, index))
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            _again(reverse, widget.itemText(index), partial(widget.setItemText, index))


def _action_texts(action: QAction, reverse: _Reverse) -> None:
    _again(reverse, action.text(), action.setText)
    _again(reverse, action.toolTip(), action.setToolTip)
    _again(reverse, action.statusTip(), action.setStatusTip)


def _source_model(model: QAbstractItemModel) -> QAbstractItemModel:
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def _model_changed(model: QAbstractItemModel, reverse: _Reverse) -> None:
    """Headers kept as translated strings are translated again; every header
    and cell is then asked for again (models translate as they answer)."""
    headers = getattr(model, "_headers", None)
    if isinstance(headers, list):
        model._headers = [reverse.again(h) or h if isinstance(h, str) else h for h in headers]
    elif isinstance(headers, dict):
        model._headers = {k: reverse.again(h) or h if isinstance(h, str) else h for k, h in headers.items()}
    columns_ = getattr(model, "columns", None)  # frozen column descriptions with a title
    if isinstance(columns_, list) and all(dataclasses.is_dataclass(c) and hasattr(c, "title") for c in columns_):
        model.columns = [dataclasses.replace(c, title=reverse.again(c.title) or c.title) for c in columns_]
    rows = model.rowCount()
    try:
        columns = model.columnCount()
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    if columns > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows > 0:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
