"""A sort proxy that puts text in the interface language's alphabetical order.

QCollator (ICU) sorts Kazakh letters in their alphabet's places and Cyrillic
before Latin in Kazakh and Russian; a plain proxy would compare code points
(қ after я). The domain sorts the same way without Qt
(``references.text.collation``).
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class CollatingSortProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collators: dict[str, QCollator] = {}

    def collator(self) -> QCollator:
        """The collator of the current language (QLocale's default, which the language switch sets)."""
        name = QLocale().name()
        if name not in self._collators:
            collator = QCollator(QLocale())
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            collator.setNumericMode(True)
            self._collators[name] = collator
        return self._collators[name]

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self.collator().compare(a.replace("ə", "ә"), b.replace("ə", "ә")) < 0
        return super().lessThan(left, right)
