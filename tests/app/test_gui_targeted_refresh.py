"""An edit redraws only what it changed, and the window then shows what a fresh load would.

Each test makes one kind of edit in the real window on the bundled thesis
(a reference's field, its groups, a citation inserted or removed, a
paragraph, a renumbering, their undo and redo, another person's edit
arriving on a team library), checks that the window did not load the
document again (no ``load``, no new reader document, no busy dialog), and
compares everything the window shows with a second window freshly opened
on the same library: the DocumentView, the reader's text and every run of
its formats (chips and their colours), the map of block starts and
markers, and the rows of the claims, references and outline docks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QTextDocument
from pytestqt.qtbot import QtBot

from app import ops
from app.authoring import jobs
from app.main_window import MainWindow
from app.reader import CLAIM_HIGHLIGHT, HIT_HIGHLIGHT
from models.db import Library, open_library
from references.library.entry_edits import set_reference_field
from references.review.annotations import create_annotation
from references.team.changes import Batch, Change
from tests.app.authoring.test_gui_authoring_support import authoring, ready_window, sql
from tests.app.test_gui_support import close_window, open_window
from tests.app.test_gui_team import TeamDb, team_db  # noqa: F401 - the team library fixture

STEP_TIMEOUT_MS = 30_000


class ReloadWatch:
    """Counts the ways a window could reload the whole document."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.loads: list[object] = []
        self.rebuilds = 0
        self.busy = False
        load, show = window.load, window.reader.show_document

        def counted_load(*args: object, **kwargs: object) -> None:
            self.loads.append(args)
            load(*args, **kwargs)  # type: ignore[arg-type]  # passed through as given

        def counted_show(index: object) -> None:
            self.rebuilds += 1
            show(index)  # type: ignore[arg-type]  # passed through as given

        monkeypatch.setattr(window, "load", counted_load)
        monkeypatch.setattr(window.reader, "show_document", counted_show)
        window.busy._timer.timeout.connect(lambda: setattr(self, "busy", True))

    def assert_no_reload(self) -> None:
        assert self.loads == [] and self.rebuilds == 0 and not self.busy


NOTES = 40


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on the thesis with notes spread over it (some across the paragraphs edited below)."""
    (document_id, length), = sql(sample_library, "SELECT document_id, max(doc_start + length(text)) FROM blocks")
    with sample_library.session() as session:
        for i in range(NOTES):
            start = 40 + i * (length - 100) // NOTES
            create_annotation(session, document_id, start, start + 25, comment=f"note {i}", author="Reviewer",
                              status="resolved" if i % 3 == 0 else "open")
    main = ready_window(qtbot, sample_library, tmp_path)
    yield main
    close_window(main)


@pytest.fixture
def watch(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ReloadWatch:
    return ReloadWatch(window, monkeypatch)


def edited(qtbot: QtBot, window: MainWindow, act: Callable[[], object]) -> None:
    """Do ``act`` and wait until the window says its view is current again."""
    with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS):
        act()


def format_runs(document: QTextDocument) -> list[tuple[int, str, object]]:
    """(block number, text, char format) of every run of equal formats, block formats first."""
    runs: list[tuple[int, str, object]] = []
    block = document.begin()
    while block.isValid():
        runs.append((block.blockNumber(), "<block>", block.blockFormat()))
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if runs and runs[-1][0] == block.blockNumber() and runs[-1][2] == fragment.charFormat():
                number, text, fmt = runs.pop()
                runs.append((number, text + fragment.text(), fmt))
            else:
                runs.append((block.blockNumber(), fragment.text(), fragment.charFormat()))
            iterator += 1
        block = block.next()
    return runs


def table_rows(model: object, columns: int, roles: tuple[Qt.ItemDataRole, ...]) -> list[tuple[object, ...]]:
    rows = []
    for row in range(model.rowCount()):  # type: ignore[attr-defined]  # a Qt model
        values: list[object] = []
        for column in range(columns):
            index = model.index(row, column)  # type: ignore[attr-defined]  # a Qt model
            values.extend(str(index.data(role)) for role in roles)
        rows.append(tuple(values))
    return rows


def outline_rows(model: object, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple[object, ...]]:
    parent = parent if parent is not None else QModelIndex()
    rows: list[tuple[object, ...]] = []
    for row in range(model.rowCount(parent)):  # type: ignore[attr-defined]  # a Qt model
        index = model.index(row, 0, parent)  # type: ignore[attr-defined]  # a Qt model
        rows.append((depth, index.data(), index.siblingAtColumn(1).data(), index.data(Qt.ItemDataRole.ToolTipRole)))
        rows.extend(outline_rows(model, index, depth + 1))
    return rows


ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def shown(window: MainWindow) -> dict[str, object]:
    """Everything the window shows of the document, in comparable form."""
    assert window.index is not None and window.reader.layout_map is not None
    claims, references = window.claims_dock, window.references_dock
    layout = window.reader.layout_map
    return {
        "view": window.index.view,
        "text": window.reader.toPlainText(),
        "runs": format_runs(window.reader.document()),
        "block_start": dict(layout.block_start),
        "marker_spans": list(layout.marker_spans),
        "claims": table_rows(claims.proxy, claims.proxy.columnCount(), ROLES),
        "claim_groups": [claims.group_filter.topLevelItem(i).text(0) for i in range(claims.group_filter.topLevelItemCount())],
        "claims_count": claims.count_label.text(),
        "references": table_rows(references.proxy, references.proxy.columnCount(), ROLES),
        "outline": outline_rows(window.outline_dock.model),
        "counts": window.counts_label.text(),
    }


def notes_shown(qtbot: QtBot, window: MainWindow) -> dict[str, object]:
    """The notes' highlights in the reader and the rows of the Annotations dock, once read."""
    qtbot.waitUntil(lambda: not window.annotations.loading, timeout=STEP_TIMEOUT_MS)
    dock = window.annotations.dock
    return {
        # The notes' highlights (the claim and the place last shown are the person's own, kept).
        "highlights": [
            (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name(QColor.NameFormat.HexArgb))
            for s in window.reader.extraSelections()
            if s.format.background().color().rgb() not in (HIT_HIGHLIGHT.rgb(), CLAIM_HIGHLIGHT.rgb())
        ],
        "notes": table_rows(dock.model, dock.model.columnCount(), ROLES),
    }


def assert_like_a_fresh_window(qtbot: QtBot, window: MainWindow, library: Library, folder: Path) -> None:
    now = notes_shown(qtbot, window) | shown(window)
    fresh_window = open_window(qtbot, library, folder / "fresh")
    try:
        fresh = notes_shown(qtbot, fresh_window) | shown(fresh_window)
    finally:
        close_window(fresh_window)
    for key in fresh:
        assert now[key] == fresh[key], (key, _first_difference(now[key], fresh[key]))


def _first_difference(now: object, fresh: object) -> object:
    """The first row (and its differing values) where two lists differ, for the message."""
    if isinstance(now, list) and isinstance(fresh, list):
        for row, (a, b) in enumerate(zip(now, fresh)):
            if a != b:
                pairs = list(zip(a, b)) if isinstance(a, tuple) and isinstance(b, tuple) else [(a, b)]
                return row, [pair for pair in pairs if pair[0] != pair[1]]
        return "lengths", len(now), len(fresh)
    return None


@pytest.fixture
def step(qtbot: QtBot, window: MainWindow, watch: ReloadWatch, sample_library: Library, tmp_path: Path
         ) -> Callable[[Callable[[], object]], None]:
    """Make an edit (or undo or redo it), then check: no reload, and the same as a fresh window."""

    def made(act: Callable[[], object]) -> None:
        edited(qtbot, window, act)
        watch.assert_no_reload()
        assert_like_a_fresh_window(qtbot, window, sample_library, tmp_path)

    return made


def paragraph_without_markers(library: Library) -> tuple[int, str]:
    block_id, text = sql(
        library,
        "SELECT b.id, b.text FROM blocks b WHERE b.kind = 'paragraph' "
        "AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.block_id = b.id) ORDER BY b.position LIMIT 1",
    )[0]
    return block_id, text


def most_cited_reference(library: Library) -> int:
    return sql(
        library,
        "SELECT reference_id FROM citation_targets WHERE reference_id IS NOT NULL "
        "GROUP BY reference_id ORDER BY count(*) DESC, reference_id LIMIT 1",
    )[0][0]


def test_a_reference_field_edit_and_its_undo_redraw_rows_not_the_document(
    qtbot: QtBot, window: MainWindow, sample_library: Library, step: Callable[[Callable[[], object]], None]
) -> None:
    reference = most_cited_reference(sample_library)
    window.references_dock.select_references([reference])
    assert window.index is not None
    far = window.index.view.citations[120].block_id
    window.reader.scroll_to_block(far)
    qtbot.waitUntil(lambda: window.reader.top_block() == far, timeout=20_000)
    scrolled = window.reader.verticalScrollBar().value()
    library = window.reference_library
    shown = library.open_window(reference)  # where a person edits a field
    tree = shown.tree_model
    tree_reset = []
    tree.modelReset.connect(lambda: tree_reset.append(True))
    step(lambda: library.edit_field(reference, "title", "Жаңа атау: a new title", None))
    assert window.index.references[reference].title == "Жаңа атау: a new title"
    assert window.references_dock.selected_reference_ids() == [reference]  # the selection stayed
    assert window.reader.verticalScrollBar().value() == scrolled  # and the reader did not move
    # The Library window: the group tree was left alone, the row and the entry are the new ones,
    # and its table shows what reading it all again shows.
    assert not tree_reset
    assert shown.editor.details is not None and shown.editor.details.text_of("title") == "Жаңа атау: a new title"
    columns = shown.table_model.columnCount()
    edited_rows = table_rows(shown.table_model, columns, ROLES)
    library.refresh()
    assert table_rows(shown.table_model, columns, ROLES) == edited_rows
    step(window.undo_stack.undo)
    assert shown.editor.details is not None and shown.editor.details.text_of("title") != "Жаңа атау: a new title"
    step(window.undo_stack.redo)


def test_a_reference_moved_to_another_group_recolours_its_chips_and_claims(
    window: MainWindow, sample_library: Library, step: Callable[[Callable[[], object]], None]
) -> None:
    assert window.index is not None
    reference = most_cited_reference(sample_library)
    groups = set(window.index.references[reference].group_ids)
    colours = window.index.colours
    other = next(g.id for g in window.index.view.groups
                 if colours.colour_of(groups | {g.id}) != colours.colour_of(groups))  # drawn in it
    colours_before = window.index.drawn_markers
    step(lambda: window.reference_library.add_to_group([reference], other))
    assert other in window.index.references[reference].group_ids
    assert window.index.drawn_markers != colours_before  # its chips changed colour
    step(window.undo_stack.undo)


def test_a_citation_inserted_then_removed_redraws_its_paragraph_only(
    window: MainWindow, sample_library: Library, step: Callable[[Callable[[], object]], None]
) -> None:
    controller = authoring(window)
    block_id, text = paragraph_without_markers(sample_library)
    stop = text.index(". ")
    redrawn: list[frozenset[int] | None] = []
    update = window.reader.update_document
    window.reader.update_document = lambda index: redrawn.append(update(index)) or redrawn[-1]  # type: ignore[method-assign]  # a spy

    step(lambda: controller._apply_citation(
        lambda s, v: jobs.insert_citation(s, block_id, stop, [3, 4, 5], v), controller.shown_version(block_id)))
    assert redrawn[-1] == {block_id}
    assert window.index is not None
    citation = next(c for c in window.index.view.citations if c.block_id == block_id)
    assert citation.numbers == (3, 4, 5)

    step(lambda: controller.remove_citation(citation.id))
    assert redrawn[-1] == {block_id}
    assert not any(c.block_id == block_id for c in window.index.view.citations)

    for act in (window.undo_stack.undo, window.undo_stack.undo, window.undo_stack.redo):
        step(act)
        assert redrawn[-1] == {block_id}


def test_a_paragraph_edit_redraws_that_paragraph_and_matches_a_fresh_load(
    window: MainWindow, step: Callable[[Callable[[], object]], None]
) -> None:
    assert window.index is not None
    cited = [c for c in window.index.view.citations if c.claim_id is not None]
    block = window.index.blocks[cited[0].block_id]
    new_text = "Бұл жаңа сөйлем. " + block.text.replace(" ", "  ", 3)
    step(lambda: authoring(window).apply_paragraph(block.id, new_text))
    assert window.index.blocks[block.id].text == new_text
    step(window.undo_stack.undo)
    assert window.index.blocks[block.id].text == block.text


def test_renumbering_redraws_the_blocks_whose_markers_changed(
    qtbot: QtBot, window: MainWindow, watch: ReloadWatch, sample_library: Library, tmp_path: Path
) -> None:
    controller = authoring(window)
    controller.renumber_action.trigger()
    dialog = controller.bulk.renumber_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    edited(qtbot, window, lambda: qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: controller.busy_step is None)
    watch.busy = False  # the renumbering itself may show its progress; the refresh after it must not reload
    assert watch.loads == [] and watch.rebuilds == 0
    assert_like_a_fresh_window(qtbot, window, sample_library, tmp_path)


def test_another_persons_edits_arriving_redraw_only_what_changed(
    window: MainWindow, sample_library: Library, step: Callable[[Callable[[], object]], None]
) -> None:
    """What the team listener hands the window after another login's statements (the server
    names tables, not rows): here the edits are made beside the window, in the database."""
    block_id, text = paragraph_without_markers(sample_library)
    with sample_library.session() as session:
        jobs.insert_citation(session, block_id, text.index(". "), [7])
    change = Change(table="blocks", op="update", pid=1, login="someone")
    step(lambda: window.team._on_batch(Batch(changes=(change,))))

    reference = most_cited_reference(sample_library)
    with sample_library.engine.begin() as connection:
        connection.exec_driver_sql('UPDATE "references" SET title = ? WHERE id = ?', ("Басқа атау", reference))
    change = Change(table="references", op="update", pid=1, login="someone")
    step(lambda: window.team._on_batch(Batch(changes=(change,))))
    assert window.index is not None and window.index.references[reference].title == "Басқа атау"


def test_a_change_of_another_library_or_document_still_loads(window: MainWindow, watch: ReloadWatch) -> None:
    assert window.index is not None
    window.changed.emit(ops.Changes(window.index.view.document.id + 1000, frozenset({ops.DOCUMENT})))
    assert len(watch.loads) == 1
    window.runner.wait()


def test_on_a_team_library_another_authors_edits_arrive_as_a_targeted_refresh(
    qtbot: QtBot, team_db: TeamDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real server: another program (another connection) edits a paragraph, then a reference;
    the server's NOTIFY reaches the window, which redraws them without loading the thesis."""
    url = team_db.server.url(team_db.database)  # the owner: an author
    library = open_library(url)
    window = open_window(qtbot, library, tmp_path)
    other = open_library(url)
    try:
        watch = ReloadWatch(window, monkeypatch)
        assert window.index is not None
        block = next(b for b in window.index.view.blocks
                     if b.kind == "paragraph" and any(c.block_id == b.id for c in window.index.view.citations))
        reference = window.index.view.references[0]
        with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS), other.session() as session:
            jobs.edit_paragraph(session, block.id, "Басқа автордың сөйлемі. " + block.text)
        qtbot.waitUntil(lambda: window.index is not None
                        and window.index.blocks[block.id].text.startswith("Басқа автордың"), timeout=STEP_TIMEOUT_MS)
        watch.assert_no_reload()
        assert_like_a_fresh_window(qtbot, window, library, tmp_path)
        with qtbot.waitSignal(window.document_loaded, timeout=STEP_TIMEOUT_MS), other.session() as session:
            set_reference_field(session, reference.id, "title", "Серверде өзгерген атау")
        qtbot.waitUntil(lambda: window.index is not None
                        and window.index.references[reference.id].title == "Серверде өзгерген атау", timeout=STEP_TIMEOUT_MS)
        watch.assert_no_reload()
        assert_like_a_fresh_window(qtbot, window, library, tmp_path)
    finally:
        other.close()
        close_window(window)
        library.close()
