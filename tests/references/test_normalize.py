from references.normalize import fold, fold_compact, search_form


def test_fold_joins_latin_and_cyrillic_schwa():
    assert fold("Əдебиет") == fold("әдебиет") == "әдебиет"


def test_fold_keeps_length_for_offset_mapping():
    text = "Қазақстан жəне ƏЛЕМ — 2019"
    assert len(fold(text)) == len(text)


def test_compact_form_ignores_line_breaks_and_double_spaces():
    assert fold_compact("сыртқы  саясат\nжəне") == fold_compact("Сыртқы саясат және")
    assert search_form(" A\tB ") == "a b"
