"""Titles that open a reference list, an appendix, the introduction or the conclusion."""

from __future__ import annotations

import pytest

from references.word.headings import is_appendix_title, is_bibliography_title, split_number, unnumbered_kind

LISTS = [
    "ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", "Пайдаланылған əдебиеттер тізімі", "ҚОЛДАНЫЛҒАН ӘДЕБИЕТТЕР", "Әдебиеттер тізімі",
    "ПАЙДАЛАНЫЛҒАН ДЕРЕККӨЗДЕР ТІЗІМІ", "СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ", "Список использованной литературы",
    "СПИСОК ЛИТЕРАТУРЫ", "Литература", "Источники и литература", "БИБЛИОГРАФИЧЕСКИЙ СПИСОК", "References",
    "Bibliography", "Works Cited", "List of references", "Literature",
]
NOT_LISTS = ["Әдебиеттерге шолу жасалды, және қорытынды шығарылды", "1.2 Әдебиеттерге шолу", "Источники финансирования проекта в регионах"]


@pytest.mark.parametrize("title", LISTS)
def test_reference_list_titles(title: str) -> None:
    assert is_bibliography_title(title)


@pytest.mark.parametrize("title", NOT_LISTS)
def test_titles_that_only_mention_literature(title: str) -> None:
    assert not is_bibliography_title(title)


def test_introduction_conclusion_appendix_and_numbers() -> None:
    assert [unnumbered_kind(t) for t in ("КІРІСПЕ", "Введение", "INTRODUCTION", "ҚОРЫТЫНДЫ", "Заключение", "Conclusions", "Кіріспе сөз")] == [
        "introduction", "introduction", "introduction", "conclusion", "conclusion", "conclusion", None
    ]
    assert all(is_appendix_title(t) for t in ("ҚОСЫМША А", "Приложение Б", "APPENDIX 1", "ҚОСЫМШАЛАР"))
    assert [split_number(t) for t in ("1.2 Орта держава", "ГЛАВА 2. МЕТОДЫ", "2-ТАРАУ. ӘДІСТЕР", "Кіріспе")] == [
        ("1.2", "Орта держава"), ("2", "МЕТОДЫ"), ("2", "ӘДІСТЕР"), (None, "Кіріспе")
    ]
