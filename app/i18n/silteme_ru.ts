<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Annotate «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annotation on «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach an annotation to «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. page, translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 resolved annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by the cited source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved (fuzzy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach Annotation to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name and Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Revised Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations (W3C JSON-LD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import A&amp;nnotations (W3C JSON-LD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Word Document with Comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Re&amp;port (Markdown or HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this annotation is gone from this revision: select its new place in the reader and re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You write as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the reader to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the annotation on «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation deleted; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations dock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text in the reader where the annotation belongs now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, comments, replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this annotation to the text selected in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source group of the annotated claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Orphaned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an annotation to read its thread. To annotate, select text in the reader and press Ctrl+Alt+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters hide this annotation from the list: clear them to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Citation Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marker citing more sources than this at once is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary sources in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections whose claims must cite a primary source (legal act, diplomatic document, speech, statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit runs when a document is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary sources in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: every citation checked is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Number not in the bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncited reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First citation out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>AuthoringCommands</name>
    <message>
        <source>Edit paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert citation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove citation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change citation %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber %1 references by first citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoringController</name>
    <message>
        <source>Insert &amp;Citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite references at the cursor of the paragraph editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renumber by First Citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation &amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Insert Citation Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply or revert the changes to this paragraph first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the place in the text where the citation goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: “…%2 ▮”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marker %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed, and this step was taken out of the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The library is as it was before; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoringMenus</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
</context>
<context>
    <name>BibImportDialog</name>
    <message>
        <source>Import BibTeX — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import references — %1</source>
        <translation>Импорт литературы — %1</translation>
    </message>
    <message>
        <source>same entry</source>
        <translation>та же запись</translation>
    </message>
    <message>
        <source>same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title and authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the new entries in the bibliography of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Entries that match are linked to the file, not copied or changed. Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new entries will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new entry will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match entries already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 matches an entry already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is in the library already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems were found (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem was found (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSteps</name>
    <message>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered %1 references and %2 markers; a backup was made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Filter sentences…</source>
        <translation>Фильтр по предложениям…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одной</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>Показано %1 из %Ln утверждения</numerusform>
            <numerusform>Показано %1 из %Ln утверждений</numerusform>
            <numerusform>Показано %1 из %Ln утверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Silteme: a thesis, its numbered references and reviewers&apos; annotations in one library.</source>
        <translation>Silteme: диссертация, её нумерованные источники и замечания рецензентов в одной библиотеке.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>ПУТЬ|URL</translation>
    </message>
    <message>
        <source>the library: a SQLite file or any SQLAlchemy URL (default: the per-user library)</source>
        <translation>библиотека: файл SQLite или любой URL SQLAlchemy (по умолчанию: библиотека пользователя)</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: LANGUAGE or LANG, else English)</source>
        <translation>язык сообщений и окна (по умолчанию: LANGUAGE или LANG, иначе английский)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <translation>прервано; ничего недоделанного не сохранено.</translation>
    </message>
</context>
<context>
    <name>DocumentGroups</name>
    <message>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>Not in the bibliography</source>
        <translation>Нет в списке литературы</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation>Неизвестная группа</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>This step was made in another library, which is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other entry instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber afterwards to close the gap the merged-in number leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs look like the same work. Choose one, or any two references below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates were found in this bibliography. You can still merge two references you know to be one work: choose them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields differ: check the value the merged entry keeps. Fields only one entry has are all kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field differs; fields only one entry has are all kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entry to keep and the one to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Select a reference in the table to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a key from the first author&apos;s name and the year, as JabRef does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: every field checked against the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (drag the entry onto a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key cannot be empty or hold spaces, quotes, braces, commas, #, %, ~, = or backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as %1; typing here replaces it with plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name (e.g. doi, isbn, translator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added as a field here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS (.ris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted bibliography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bibliography of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group (with its subgroups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only references cited in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018, numeric</source>
        <translation>ГОСТ Р 7.0.100-2018, нумерованный</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries nobody changed are written as they were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Source groups</source>
        <translation>Группы источников</translation>
    </message>
    <message>
        <source>Show the claims that cite a reference in one of the checked groups.</source>
        <translation>Показать утверждения, которые ссылаются на источник из отмеченных групп.</translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>All references</source>
        <extracomment>GROUP_ID_ROLE of the &quot;All references&quot; node.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>Primary sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references, its subgroups included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation and reply you write records this name and role. You can change them later in the Review menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Reference &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import References…</source>
        <translation>&amp;Импорт литературы…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BibTeX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSL-JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted &amp;Bibliography (GOST, APA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 references complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 references incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 references to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 references from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>Import a file of references</source>
        <translation>Импорт файла литературы</translation>
    </message>
    <message>
        <source>References (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;All files (*)</source>
        <translation>Литература (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>Import %1 (%2 new entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (1 new entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: no reference is in the chosen selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Reference Library — Silteme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key, authors, title or year (ә and ə alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Filter References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Subgroup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group (Keep Its References)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group %1 and its subgroups? Their references stay in the library; Edit ▸ Undo brings the groups back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Открыть библиотеку…</translation>
    </message>
    <message>
        <source>&amp;Import Text…</source>
        <translation>&amp;Импорт текста…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation>Восстановить &amp;исходное расположение</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Help and About</source>
        <translation>&amp;Справка и о программе</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Загрузка документа…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This library holds no document yet. Drop a .txt file here or use File ▸ Import Text.</source>
        <translation>В этой библиотеке пока нет документов. Перетащите сюда файл .txt или выберите Файл ▸ Импорт текста.</translation>
    </message>
    <message>
        <source>Cannot load the document</source>
        <translation>Не удалось загрузить документ</translation>
    </message>
    <message numerus="yes">
        <source>%1 cites %n reference(s).</source>
        <translation>
            <numerusform>%1 ссылается на %n источник.</numerusform>
            <numerusform>%1 ссылается на %n источника.</numerusform>
            <numerusform>%1 ссылается на %n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln ссылка</numerusform>
            <numerusform>%Ln ссылки</numerusform>
            <numerusform>%Ln ссылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3.</source>
        <translation>Импортирован документ «%1»: %2, %3.</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Нет документа</translation>
    </message>
    <message>
        <source>%1 — Silteme</source>
        <translation>%1 — Silteme</translation>
    </message>
    <message>
        <source>Import a thesis text</source>
        <translation>Импорт текста диссертации</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>Silteme libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Библиотеки Silteme (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие: %1…</translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation>О программе Silteme</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;A thesis, its numbered references and reviewers&apos; notes in one library.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click a citation marker to select its references and its claim; hover it to list them.&lt;/li&gt;&lt;li&gt;Outline: click a section or table to jump to it.&lt;/li&gt;&lt;li&gt;Claims: filter by source group, section or text; double-click to show a claim.&lt;/li&gt;&lt;li&gt;References: select one to step through the places it is cited.&lt;/li&gt;&lt;li&gt;Ctrl+F searches the text, claims and references (ә and ə are the same letter here); Enter goes to the next hit.&lt;/li&gt;&lt;li&gt;Drop a .txt file on the window to import it as a new document.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;Диссертация, её нумерованные источники и замечания рецензентов в одной библиотеке.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Щёлкните по ссылке, чтобы выделить её источники и утверждение; наведите на неё указатель, чтобы увидеть их список.&lt;/li&gt;&lt;li&gt;Оглавление: щёлкните по разделу или таблице, чтобы перейти к ним.&lt;/li&gt;&lt;li&gt;Утверждения: фильтруйте по группе источников, разделу или тексту; двойной щелчок показывает утверждение в тексте.&lt;/li&gt;&lt;li&gt;Источники: выберите источник, чтобы пройти по всем местам, где он цитируется.&lt;/li&gt;&lt;li&gt;Ctrl+F ищет по тексту, утверждениям и источникам (ә и ə здесь считаются одной буквой); Enter переходит к следующему совпадению.&lt;/li&gt;&lt;li&gt;Перетащите файл .txt в окно, чтобы импортировать его как новый документ.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>MarkerRewritesModel</name>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Marker now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeChoicesModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged-in entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Цитируется</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>The text these annotations were made on is gone from the current revision. Each keeps its quote. Select where it belongs now in the reader, then re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Table: %1</source>
        <translation>Таблица: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n citation marker(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Ссылки</translation>
    </message>
</context>
<context>
    <name>ParagraphEditorDock</name>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the paragraph as one step you can undo (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes to this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite references at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a paragraph in the reader to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes (%1 characters). Apply saves them as one step; Revert forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters. Edit the text, or insert a citation at the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceChoiceModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Цитируется</translation>
    </message>
</context>
<context>
    <name>ReferencePickerDialog</name>
    <message>
        <source>Insert Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Citation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (12, 3-5), key, author or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected rows (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference has %1; the changed marker will not cite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the references the marker should cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencesDock</name>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Show the previous place this reference is cited</source>
        <translation>Показать предыдущее место, где цитируется этот источник</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Show the next place this reference is cited</source>
        <translation>Показать следующее место, где цитируется этот источник</translation>
    </message>
    <message>
        <source>Select a reference to see where it is cited.</source>
        <translation>Выберите источник, чтобы увидеть, где он цитируется.</translation>
    </message>
    <message>
        <source>%1 is not cited in the text.</source>
        <translation>%1 в тексте не цитируется.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is cited %n time(s).</source>
        <translation>
            <numerusform>%1 цитируется %n раз.</numerusform>
            <numerusform>%1 цитируется %n раза.</numerusform>
            <numerusform>%1 цитируется %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Показано: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>ReferencesModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Цитируется</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полная</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
</context>
<context>
    <name>ReferencesTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Цитируется</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полная</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber by First Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References are numbered in the order the text first cites them, and every marker is rewritten to match. A backup of the library is made first, and Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncited references go after the cited ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncited references keep their numbers (flagged below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only references whose number changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Working out the order of first citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The references are already numbered in order of first citation; nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 references get a new number; %3 of %4 markers change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references are not cited in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References (%1 change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers (%1 change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>Import a revised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the revised text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 annotations and replies to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 comments (%3 on orphaned annotations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>The revised text is in place: %1 paragraphs, %2 claims, %3 markers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1 placed exactly, %2 placed fuzzily (worth a look), %3 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the orphaned ones is gone; they are listed under Orphaned in the Annotations dock, where you can re-attach each to a new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library as it was is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo cannot take a revision back, so the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised text imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 annotations: %2 placed exactly, %3 fuzzily, %4 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were already in the library and were kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search the text, claims and references…</source>
        <translation>Поиск по тексту, утверждениям и источникам…</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hit(s).</source>
        <translation>
            <numerusform>Показаны первые совпадения: %Ln.</numerusform>
            <numerusform>Показаны первые совпадения: %Ln.</numerusform>
            <numerusform>Показаны первые совпадения: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s).</source>
        <translation>
            <numerusform>Найдено %Ln совпадение.</numerusform>
            <numerusform>Найдено %Ln совпадения.</numerusform>
            <numerusform>Найдено %Ln совпадений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Reference %1</source>
        <translation>Источник %1</translation>
    </message>
    <message>
        <source>%1, claim</source>
        <translation>%1, утверждение</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
</context>
<context>
    <name>ShareBars</name>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) (%2 %)</source>
        <translation>
            <numerusform>%1 из %Ln утверждения (%2 %)</numerusform>
            <numerusform>%1 из %Ln утверждений (%2 %)</numerusform>
            <numerusform>%1 из %Ln утверждений (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>No citations to chart.</source>
        <translation>Нет цитирований для диаграммы.</translation>
    </message>
    <message>
        <source>Share of the chapter&apos;s citations (%)</source>
        <translation>Доля цитирований главы (%)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %3 of %Ln citation(s) (%4 %)</source>
        <translation>
            <numerusform>%1
%2: %3 из %Ln цитирования (%4 %)</numerusform>
            <numerusform>%1
%2: %3 из %Ln цитирований (%4 %)</numerusform>
            <numerusform>%1
%2: %3 из %Ln цитирований (%4 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsDock</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Show each chapter as 100 %</source>
        <translation>Показывать каждую главу как 100 %</translation>
    </message>
    <message>
        <source>Citations by source group in each chapter</source>
        <translation>Цитирования по группам источников в каждой главе</translation>
    </message>
    <message>
        <source>Claims citing each source group</source>
        <translation>Утверждения, ссылающиеся на каждую группу источников</translation>
    </message>
    <message>
        <source>A citation is one reference cited by one marker: [9–14] counts six. Each reference is counted in its most specific group. A claim citing several groups counts for each of them, so the shares add up to more than 100 %.</source>
        <translation>Цитирование — это один источник, указанный в одной ссылке: [9–14] даёт шесть цитирований. Каждый источник учитывается в самой узкой из своих групп. Утверждение, ссылающееся на несколько групп, учитывается в каждой из них, поэтому сумма долей превышает 100 %.</translation>
    </message>
    <message>
        <source>Citations (references cited by markers)</source>
        <translation>Цитирования (источники, указанные в ссылках)</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>This step was made in another library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>нужны следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>нужен один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>допускается не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>нужен хотя бы один аргумент</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удалось открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
