<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Annotate «%1»</source>
        <translation>Замечание к «%1»</translation>
    </message>
    <message>
        <source>Delete the annotation on «%1»</source>
        <translation>Удалить замечание к «%1»</translation>
    </message>
    <message>
        <source>Reply to an annotation</source>
        <translation>Ответить на замечание</translation>
    </message>
    <message>
        <source>Re-attach an annotation to «%1»</source>
        <translation>Привязать замечание заново к «%1»</translation>
    </message>
    <message>
        <source>Import annotations from %1</source>
        <translation>Импорт замечаний из %1</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Edit annotation</source>
        <translation>Изменить замечание</translation>
    </message>
    <message>
        <source>New annotation</source>
        <translation>Новое замечание</translation>
    </message>
    <message>
        <source>Your comment…</source>
        <translation>Ваш комментарий…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. page, translation</source>
        <translation>Через запятую, например: страница, перевод</translation>
    </message>
    <message>
        <source>The verdict&apos;s colour</source>
        <translation>Цвет оценки</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>решено: %1</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>открыто: %1</translation>
    </message>
    <message>
        <source>No annotations</source>
        <translation>Нет замечаний</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved annotations</source>
        <translation>Замечания: открыто — %1, решено — %2</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Подтверждается</translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation>Подтверждается частично</translation>
    </message>
    <message>
        <source>Not supported by the cited source</source>
        <translation>Не подтверждается цитируемым источником</translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation>Нужен источник</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>подтв.</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>не подтв.</translation>
    </message>
    <message>
        <source>needs source</source>
        <translation>нужен источник</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Точно</translation>
    </message>
    <message>
        <source>Moved (fuzzy)</source>
        <translation>Сдвинуто (приблизительно)</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Без привязки</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Замечание к выделенному…</translation>
    </message>
    <message>
        <source>&amp;Re-attach Annotation to Selection</source>
        <translation>&amp;Привязать замечание к выделенному</translation>
    </message>
    <message>
        <source>Your &amp;Name and Role…</source>
        <translation>Ваше &amp;имя и роль…</translation>
    </message>
    <message>
        <source>Import &amp;Revised Text…</source>
        <translation>Импорт &amp;новой редакции текста…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations (W3C JSON-LD)…</source>
        <translation>&amp;Экспорт замечаний (W3C JSON-LD)…</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations (W3C JSON-LD)…</source>
        <translation>Импорт за&amp;мечаний (W3C JSON-LD)…</translation>
    </message>
    <message>
        <source>Export &amp;Word Document with Comments…</source>
        <translation>Экспорт документа &amp;Word с примечаниями…</translation>
    </message>
    <message>
        <source>Review Re&amp;port (Markdown or HTML)…</source>
        <translation>&amp;Отчёт рецензии (Markdown или HTML)…</translation>
    </message>
    <message>
        <source>Import Reviewed &amp;Word File…</source>
        <translation>Импорт рецензированного файла &amp;Word…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензия</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Рецензия</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>The text of this annotation is gone from this revision: select its new place in the reader and re-attach it.</source>
        <translation>Текста этого замечания больше нет в этой редакции: выделите новое место в окне чтения и привяжите замечание заново.</translation>
    </message>
    <message>
        <source>You write as %1.</source>
        <translation>Вы пишете как %1.</translation>
    </message>
    <message>
        <source>Select some text in the reader to annotate it.</source>
        <translation>Выделите текст в окне чтения, чтобы добавить к нему замечание.</translation>
    </message>
    <message>
        <source>Edit the annotation on «%1»</source>
        <translation>Изменить замечание к «%1»</translation>
    </message>
    <message>
        <source>Resolve «%1»</source>
        <translation>Отметить «%1» как решённое</translation>
    </message>
    <message>
        <source>Reopen «%1»</source>
        <translation>Снова открыть «%1»</translation>
    </message>
    <message>
        <source>Annotation deleted; Undo brings it back.</source>
        <translation>Замечание удалено; «Отменить» вернёт его.</translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations dock first.</source>
        <translation>Сначала выберите замечание на панели «Замечания».</translation>
    </message>
    <message>
        <source>Select the text in the reader where the annotation belongs now.</source>
        <translation>Выделите в окне чтения текст, к которому теперь относится замечание.</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Search quotes, comments, replies…</source>
        <translation>Поиск по цитатам, комментариям, ответам…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Без привязки</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Решено</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Re-&amp;attach</source>
        <translation>&amp;Привязать заново</translation>
    </message>
    <message>
        <source>Attach this annotation to the text selected in the reader</source>
        <translation>Привязать это замечание к тексту, выделенному в окне чтения</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Удаление замечания</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Source group of the annotated claim</source>
        <translation>Группа источников утверждения, к которому относится замечание</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кто угодно</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any source group</source>
        <translation>Любая группа источников</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Orphaned (%1)</source>
        <translation>Без привязки (%1)</translation>
    </message>
    <message>
        <source>Choose an annotation to read its thread. To annotate, select text in the reader and press Ctrl+Alt+A.</source>
        <translation>Выберите замечание, чтобы прочитать обсуждение. Чтобы добавить замечание, выделите текст в окне чтения и нажмите Ctrl+Alt+A.</translation>
    </message>
    <message>
        <source>The filters hide this annotation from the list: clear them to act on it.</source>
        <translation>Фильтры скрывают это замечание из списка: сбросьте их, чтобы работать с ним.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Снова &amp;открыть</translation>
    </message>
    <message>
        <source>%1 orphaned</source>
        <translation>без привязки: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Citation Audit</source>
        <translation>Проверка ссылок</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>более </translation>
    </message>
    <message>
        <source> sources</source>
        <translation> источн.</translation>
    </message>
    <message>
        <source>A marker citing more sources than this at once is reported</source>
        <translation>Сообщается о ссылке сразу на большее число источников</translation>
    </message>
    <message>
        <source>Primary sources in…</source>
        <translation>Первичные источники в…</translation>
    </message>
    <message>
        <source>Sections whose claims must cite a primary source (legal act, diplomatic document, speech, statistics)</source>
        <translation>Разделы, утверждения которых должны ссылаться на первичный источник (правовой акт, дипломатический документ, выступление, статистика)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Важность:</translation>
    </message>
    <message>
        <source>Long ranges:</source>
        <translation>Длинные диапазоны:</translation>
    </message>
    <message>
        <source>The audit runs when a document is loaded.</source>
        <translation>Проверка запускается, когда загружен документ.</translation>
    </message>
    <message>
        <source>Primary sources in %1</source>
        <translation>Первичные источники в: %1</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln примечание</numerusform>
            <numerusform>%Ln примечания</numerusform>
            <numerusform>%Ln примечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report: every citation checked is in order.</source>
        <translation>Проблем не найдено: все проверенные ссылки в порядке.</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>Проверку не удалось выполнить: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Любая важность</translation>
    </message>
</context>
<context>
    <name>AuditErrors</name>
    <message>
        <source>No section %1 in %2. Its sections: %3.</source>
        <translation>В %2 нет раздела %1. Его разделы: %3.</translation>
    </message>
    <message>
        <source>Unknown audit kinds: %1; the kinds are %2.</source>
        <translation>Неизвестные виды проверки: %1; есть такие виды: %2.</translation>
    </message>
    <message>
        <source>The long-range threshold must be at least 1, not %1.</source>
        <translation>Порог дальних ссылок должен быть не меньше 1, а не %1.</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>В этой библиотеке нет документа %1.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Number not in the bibliography</source>
        <translation>Номера нет в списке литературы</translation>
    </message>
    <message>
        <source>Uncited reference</source>
        <translation>Нецитируемый источник</translation>
    </message>
    <message>
        <source>First citation out of order</source>
        <translation>Нарушен порядок первых ссылок</translation>
    </message>
    <message>
        <source>Long range</source>
        <translation>Длинный диапазон</translation>
    </message>
    <message>
        <source>Incomplete references</source>
        <translation>Неполные источники</translation>
    </message>
    <message>
        <source>No primary source</source>
        <translation>Нет первичного источника</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(до первого раздела)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Что найдено</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>AuthorCli</name>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>документ (id или название); можно не указывать, если он один</translation>
    </message>
    <message>
        <source>check a document&apos;s citations: uncited and dangling numbers, order, long ranges, ...</source>
        <translation>проверить ссылки документа: неиспользованные и отсутствующие номера, порядок, длинные диапазоны, …</translation>
    </message>
    <message>
        <source>print the findings as JSON (docs/audit-format.md)</source>
        <translation>вывести результаты проверки в формате JSON (docs/audit-format.md)</translation>
    </message>
    <message>
        <source>report markers citing more than N sources at once (default: %(default)s)</source>
        <translation>сообщать о ссылках более чем на N источников сразу (по умолчанию: %(default)s)</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>РАЗДЕЛ</translation>
    </message>
    <message>
        <source>sections (number like 1.2, or title) whose claims need a primary source</source>
        <translation>разделы (номер вида 1.2 или название), утверждениям которых нужен первичный источник</translation>
    </message>
    <message>
        <source>exit with 1 when there are errors or warnings</source>
        <translation>завершиться с кодом 1, если есть ошибки или предупреждения</translation>
    </message>
    <message>
        <source>number the bibliography in order of first citation and rewrite every marker</source>
        <translation>пронумеровать список литературы в порядке первого цитирования и переписать все ссылки</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>только показать, что изменится</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>вывести план в формате JSON</translation>
    </message>
    <message>
        <source>uncited references go after the cited ones, or keep their numbers (default: %(default)s)</source>
        <translation>неиспользуемые источники идут после цитируемых или сохраняют свои номера (по умолчанию: %(default)s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln примечание</numerusform>
            <numerusform>%Ln примечания</numerusform>
            <numerusform>%Ln примечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of «%1»: %2.</source>
        <translation>Проверка «%1»: %2.</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(до первого раздела)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(не цитируется)</translation>
    </message>
    <message>
        <source>marker %1 -&gt; %2</source>
        <translation>ссылка %1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>Перенумеровано источников: %1 из %Ln</numerusform>
            <numerusform>Перенумеровано источников: %1 из %Ln</numerusform>
            <numerusform>Перенумеровано источников: %1 из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) changed</source>
        <translation>
            <numerusform>изменено ссылок: %1 из %Ln</numerusform>
            <numerusform>изменено ссылок: %1 из %Ln</numerusform>
            <numerusform>изменено ссылок: %1 из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would renumber %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>Было бы перенумеровано источников: %1 из %Ln</numerusform>
            <numerusform>Было бы перенумеровано источников: %1 из %Ln</numerusform>
            <numerusform>Было бы перенумеровано источников: %1 из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) would change</source>
        <translation>
            <numerusform>изменилось бы ссылок: %1 из %Ln</numerusform>
            <numerusform>изменилось бы ссылок: %1 из %Ln</numerusform>
            <numerusform>изменилось бы ссылок: %1 из %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was renumbered.</source>
        <translation>%1 Нумерация не изменена.</translation>
    </message>
</context>
<context>
    <name>AuthoringCommands</name>
    <message>
        <source>Edit paragraph</source>
        <translation>Правка абзаца</translation>
    </message>
    <message>
        <source>Insert citation %1</source>
        <translation>Вставить ссылку %1</translation>
    </message>
    <message>
        <source>Remove citation %1</source>
        <translation>Удалить ссылку %1</translation>
    </message>
    <message>
        <source>Change citation %1 to %2</source>
        <translation>Заменить ссылку %1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n reference(s) by first citation</source>
        <translation>
            <numerusform>Перенумеровать %n источник по первой ссылке</numerusform>
            <numerusform>Перенумеровать %n источника по первой ссылке</numerusform>
            <numerusform>Перенумеровать %n источников по первой ссылке</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Объединить %1 с %2</translation>
    </message>
</context>
<context>
    <name>AuthoringController</name>
    <message>
        <source>Insert &amp;Citation…</source>
        <translation>Вставить &amp;ссылку…</translation>
    </message>
    <message>
        <source>Cite references at the cursor of the paragraph editor</source>
        <translation>Сослаться на источники в позиции курсора в редакторе абзаца</translation>
    </message>
    <message>
        <source>Edit Citation…</source>
        <translation>Изменить ссылку…</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>Удалить ссылку</translation>
    </message>
    <message>
        <source>&amp;Renumber by First Citation…</source>
        <translation>&amp;Перенумеровать по первой ссылке…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Citation &amp;Audit</source>
        <translation>&amp;Проверка ссылок</translation>
    </message>
    <message>
        <source>Insert Citation Here…</source>
        <translation>Вставить ссылку здесь…</translation>
    </message>
    <message>
        <source>Before the first section</source>
        <translation>До первого раздела</translation>
    </message>
    <message>
        <source>Insert Citation</source>
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <source>Apply or revert the changes to this paragraph first.</source>
        <translation>Сначала примените или отмените изменения этого абзаца.</translation>
    </message>
    <message>
        <source>Click the place in the text where the citation goes.</source>
        <translation>Щёлкните место в тексте, куда нужно вставить ссылку.</translation>
    </message>
    <message>
        <source>At %1: “…%2 ▮”</source>
        <translation>%1: «…%2 ▮»</translation>
    </message>
    <message>
        <source>The marker %1 in %2</source>
        <translation>Ссылка %1 в %2</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Edit Paragraph</source>
        <translation>Изменить абзац</translation>
    </message>
    <message>
        <source>Apply Again</source>
        <translation>Применить снова</translation>
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
    <name>BackupCli</name>
    <message>
        <source>copy the library (safe while the window is open)</source>
        <translation>скопировать библиотеку (безопасно и при открытом окне)</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ВЫВОД</translation>
    </message>
    <message>
        <source>a new file or a folder (default: the backups folder beside the library)</source>
        <translation>новый файл или папка (по умолчанию: папка резервных копий рядом с библиотекой)</translation>
    </message>
    <message>
        <source>list the library&apos;s backups, newest first</source>
        <translation>список резервных копий библиотеки, сначала новые</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>вывести один список JSON</translation>
    </message>
    <message>
        <source>replace the library with a backup (the current library is backed up first); a team library must be empty</source>
        <translation>заменить библиотеку резервной копией (сначала сохраняется копия текущей); командная библиотека должна быть пустой</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>резервная копия для восстановления</translation>
    </message>
    <message>
        <source>%1 is not a library file; back up a server database with the server&apos;s own tools.</source>
        <translation>%1 — не файл библиотеки; резервную копию серверной базы данных делайте средствами самого сервера.</translation>
    </message>
    <message>
        <source>Backed up the team library to %1, a library file that opens anywhere (%2).</source>
        <translation>Резервная копия командной библиотеки сохранена в %1 — файл библиотеки, который открывается где угодно (%2).</translation>
    </message>
    <message>
        <source>Backed up the library to %1 (%2).</source>
        <translation>Резервная копия библиотеки сохранена: %1 (%2).</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматическая</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохранённая</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 documents, %4 references, %5 annotations.</source>
        <translation>%1 восстановлена в %2: документов — %3, источников — %4, замечаний — %5.</translation>
    </message>
    <message>
        <source>Restored %1 (schema %2) into %3.</source>
        <translation>%1 (схема %2) восстановлена в %3.</translation>
    </message>
    <message>
        <source>The library as it was before is kept in %1.</source>
        <translation>Прежнее состояние библиотеки сохранено в %1.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
</context>
<context>
    <name>BibCli</name>
    <message>
        <source>import a .bib file (into the library, or a document&apos;s bibliography)</source>
        <translation>импортировать файл .bib (в библиотеку или в список литературы документа)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>number the entries into this document&apos;s bibliography</source>
        <translation>добавить записи в список литературы этого документа с номерами</translation>
    </message>
    <message>
        <source>import nothing if the file has any problem</source>
        <translation>ничего не импортировать, если в файле есть хоть одна проблема</translation>
    </message>
    <message>
        <source>only say what would be imported</source>
        <translation>только сообщить, что будет импортировано</translation>
    </message>
    <message>
        <source>import a CSL-JSON or CSL-YAML file (Zotero, pandoc)</source>
        <translation>импорт файла CSL-JSON или CSL-YAML (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>import an EndNote XML file</source>
        <translation>импорт файла EndNote XML</translation>
    </message>
    <message>
        <source>import a PubMed/MEDLINE file (.nbib)</source>
        <translation>импорт файла PubMed/MEDLINE (.nbib)</translation>
    </message>
    <message>
        <source>import a Web of Science plain-text file (.ciw, .txt)</source>
        <translation>импорт текстового файла Web of Science (.ciw, .txt)</translation>
    </message>
    <message>
        <source>import a Zotero RDF file</source>
        <translation>импорт файла Zotero RDF</translation>
    </message>
    <message>
        <source>import a file of references in any format Silteme reads (it tells which)</source>
        <translation>импорт файла литературы в любом формате, который читает Silteme (формат определяется сам)</translation>
    </message>
    <message>
        <source>export references as BibTeX (default: the whole library)</source>
        <translation>экспортировать источники в BibTeX (по умолчанию: вся библиотека)</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ВЫВОД</translation>
    </message>
    <message>
        <source>the .bib file to write, or - for standard output</source>
        <translation>файл .bib для записи или - для стандартного вывода</translation>
    </message>
    <message>
        <source>leave out Silteme&apos;s own fields (groups, silteme-number, silteme-complete, silteme-provenance) and give every dated entry a year: a file for BibTeX and biber only</source>
        <translation>не записывать собственные поля Silteme (groups, silteme-number, silteme-complete, silteme-provenance) и дать каждой датированной записи год: файл только для BibTeX и biber</translation>
    </message>
    <message>
        <source>entries whose file gave them a repeated or no key: list them, rename or merge them</source>
        <translation>записи, получившие из файла повторяющийся ключ или не получившие ключа: перечислить, переименовать или объединить</translation>
    </message>
    <message>
        <source>write each with its own key (the repeated key plus a letter)</source>
        <translation>записать каждую со своим ключом (повторённый ключ плюс буква)</translation>
    </message>
    <message>
        <source>merge each into the entry whose key it repeats, when both are one work</source>
        <translation>объединить каждую с записью, чей ключ она повторяет, если это одна и та же работа</translation>
    </message>
    <message>
        <source>only this document&apos;s bibliography, in its order</source>
        <translation>только список литературы этого документа, в его порядке</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>only this source group (and its sub-groups)</source>
        <translation>только эта группа источников (и её подгруппы)</translation>
    </message>
    <message>
        <source>only references cited in the text</source>
        <translation>только источники, цитируемые в тексте</translation>
    </message>
    <message>
        <source>kept, though %1; `silteme keys` lists such entries and can rename or merge them</source>
        <translation>сохранено, хотя %1; `silteme keys` перечисляет такие записи и может переименовать или объединить их</translation>
    </message>
    <message>
        <source>%1 matches %2 (%3); kept the library&apos;s entry</source>
        <translation>%1 совпадает с %2 (%3); оставлена запись библиотеки</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(без ключа)</translation>
    </message>
    <message numerus="yes">
        <source>Would add %Ln entry(ies)</source>
        <translation>
            <numerusform>Была бы добавлена %Ln запись</numerusform>
            <numerusform>Были бы добавлены %Ln записи</numerusform>
            <numerusform>Было бы добавлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) existing ones</source>
        <translation>
            <numerusform>%Ln совпадает с имеющимися</numerusform>
            <numerusform>%Ln совпадают с имеющимися</numerusform>
            <numerusform>%Ln совпадают с имеющимися</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the bibliography of document %1</source>
        <translation>
            <numerusform>В список литературы документа %1 добавлена %Ln запись</numerusform>
            <numerusform>В список литературы документа %1 добавлены %Ln записи</numerusform>
            <numerusform>В список литературы документа %1 добавлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the library</source>
        <translation>
            <numerusform>В библиотеку добавлена %Ln запись</numerusform>
            <numerusform>В библиотеку добавлены %Ln записи</numerusform>
            <numerusform>В библиотеку добавлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln совпала с имеющимися записями</numerusform>
            <numerusform>%Ln совпали с имеющимися записями</numerusform>
            <numerusform>%Ln совпали с имеющимися записями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) reported above</source>
        <translation>
            <numerusform>%Ln проблема (см. выше)</numerusform>
            <numerusform>%Ln проблемы (см. выше)</numerusform>
            <numerusform>%Ln проблем (см. выше)</numerusform>
        </translation>
    </message>
    <message>
        <source>`silteme keys` lists them.</source>
        <translation>Их перечисляет `silteme keys`.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln block(s) to %1 (%2).</source>
        <translation>
            <numerusform>В %1 записан %Ln блок (%2).</numerusform>
            <numerusform>В %1 записаны %Ln блока (%2).</numerusform>
            <numerusform>В %1 записано %Ln блоков (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with a key another entry has, or with none.</source>
        <translation>
            <numerusform>%Ln запись записывается с ключом другой записи или без ключа.</numerusform>
            <numerusform>%Ln записи записываются с ключом другой записи или без ключа.</numerusform>
            <numerusform>%Ln записей записываются с ключом другой записи или без ключа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with (its/their) own key from now on.</source>
        <translation>
            <numerusform>Теперь %Ln запись записывается со своим ключом.</numerusform>
            <numerusform>Теперь %Ln записи записываются со своими ключами.</numerusform>
            <numerusform>Теперь %Ln записей записываются со своими ключами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln entry(ies) into the entry whose key they repeat; %1 still conflict.</source>
        <translation>
            <numerusform>%Ln запись объединена с записью, чей ключ она повторяет; конфликтов осталось: %1.</numerusform>
            <numerusform>%Ln записи объединены с записями, чьи ключи они повторяют; конфликтов осталось: %1.</numerusform>
            <numerusform>%Ln записей объединены с записями, чьи ключи они повторяют; конфликтов осталось: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibImportDialog</name>
    <message>
        <source>Import BibTeX — %1</source>
        <translation>Импорт BibTeX — %1</translation>
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
        <translation>тот же ключ</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>тот же DOI</translation>
    </message>
    <message>
        <source>same title and authors</source>
        <translation>то же название и авторы</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
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
        <translation>Совпадает с</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Новые (%1)</translation>
    </message>
    <message>
        <source>Already in the library (%1)</source>
        <translation>Уже в библиотеке (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <source>Number the new entries in the bibliography of «%1»</source>
        <translation>Пронумеровать новые записи в списке литературы «%1»</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Entries that match are linked to the file, not copied or changed. Edit ▸ Undo takes the whole import back.</source>
        <translation>Пока ничего не записано. Совпадающие записи связываются с файлом, а не копируются и не изменяются. Правка ▸ Отменить отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entry(ies) will be added.</source>
        <translation>
            <numerusform>Будет добавлена %Ln новая запись.</numerusform>
            <numerusform>Будут добавлены %Ln новые записи.</numerusform>
            <numerusform>Будет добавлено %Ln новых записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) an entry already in the library.</source>
        <translation>
            <numerusform>%Ln запись совпадает с уже имеющейся в библиотеке.</numerusform>
            <numerusform>%Ln записи совпадают с уже имеющимися в библиотеке.</numerusform>
            <numerusform>%Ln записей совпадают с уже имеющимися в библиотеке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) (see Problems).</source>
        <translation>
            <numerusform>Найдена %Ln проблема (см. «Проблемы»).</numerusform>
            <numerusform>Найдены %Ln проблемы (см. «Проблемы»).</numerusform>
            <numerusform>Найдено %Ln проблем (см. «Проблемы»).</numerusform>
        </translation>
    </message>
    <message>
        <source>None is in the library already.</source>
        <translation>Ни одной из них в библиотеке ещё нет.</translation>
    </message>
    <message>
        <source>The file has no problems.</source>
        <translation>В файле нет проблем.</translation>
    </message>
</context>
<context>
    <name>BibtexErrors</name>
    <message>
        <source>A group name cannot be empty.</source>
        <translation>Название группы не может быть пустым.</translation>
    </message>
    <message>
        <source>The group name %1 contains a brace, which a .bib file cannot hold there.</source>
        <translation>Название группы %1 содержит фигурную скобку, а файл .bib не может хранить её в этом месте.</translation>
    </message>
    <message>
        <source>The group name %1 contains a line break, which a .bib file cannot hold there.</source>
        <translation>Название группы %1 содержит перевод строки, а файл .bib не может хранить его в этом месте.</translation>
    </message>
    <message>
        <source>The group name %1 contains a comma, which a .bib file cannot hold there.</source>
        <translation>Название группы %1 содержит запятую, а файл .bib не может хранить её в этом месте.</translation>
    </message>
</context>
<context>
    <name>BulkSteps</name>
    <message>
        <source>Renumber</source>
        <translation>Перенумерация</translation>
    </message>
    <message>
        <source>Renumbering…</source>
        <translation>Перенумерация…</translation>
    </message>
    <message>
        <source>Renumbered %1 references and %2 markers; a backup was made first.</source>
        <translation>Перенумеровано источников — %1, ссылок — %2; предварительно сделана резервная копия.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Останавливается…</translation>
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
        <source>renumber references</source>
        <translation>перенумеровывать источники</translation>
    </message>
    <message>
        <source>replace the text</source>
        <translation>заменять текст</translation>
    </message>
    <message>
        <source>import a text</source>
        <translation>импортировать текст</translation>
    </message>
    <message>
        <source>import references</source>
        <translation>импортировать источники</translation>
    </message>
    <message>
        <source>write annotations</source>
        <translation>писать замечания</translation>
    </message>
    <message>
        <source>import annotations</source>
        <translation>импортировать замечания</translation>
    </message>
    <message>
        <source>restore a library</source>
        <translation>восстанавливать библиотеку</translation>
    </message>
    <message>
        <source>manage the team&apos;s logins</source>
        <translation>управлять логинами команды</translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <translation>прервано; ничего недоделанного не сохранено.</translation>
    </message>
    <message>
        <source>%1 stopped on an unexpected error (%2); nothing half-done was kept.</source>
        <translation>%1: работа прервана непредвиденной ошибкой (%2); ничего недоделанного не сохранено.</translation>
    </message>
    <message>
        <source>The details are in %1.</source>
        <translation>Подробности — в %1.</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>открыть окно (по умолчанию)</translation>
    </message>
    <message>
        <source>for scripts and benchmarks: once the thesis is drawn, print &apos;ready &lt;milliseconds since the process started&gt;&apos; and exit</source>
        <translation>для скриптов и замеров: когда диссертация отрисована, вывести &apos;ready &lt;миллисекунды с запуска процесса&gt;&apos; и выйти</translation>
    </message>
    <message>
        <source>a team library on PostgreSQL: roles and logins</source>
        <translation>командная библиотека на PostgreSQL: роли и логины</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>create the schema and the roles silteme_author, _reviewer, _reader</source>
        <translation>создать схему и роли silteme_author, _reviewer, _reader</translation>
    </message>
    <message>
        <source>create a login in a role and print how to connect</source>
        <translation>создать логин с ролью и вывести, как подключиться</translation>
    </message>
    <message>
        <source>the login name (letters, digits, _ . -)</source>
        <translation>имя логина (буквы, цифры, _ . -)</translation>
    </message>
    <message>
        <source>what the login may do</source>
        <translation>что разрешено логину</translation>
    </message>
    <message>
        <source>read the password from standard input (default: make one up and print it once)</source>
        <translation>прочитать пароль со стандартного ввода (по умолчанию: придумать и вывести один раз)</translation>
    </message>
    <message>
        <source>list the logins of the team and their roles</source>
        <translation>список логинов команды и их ролей</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>вывести один список JSON</translation>
    </message>
    <message>
        <source>%1 is a team library: roles %2 are ready.</source>
        <translation>%1 — командная библиотека: роли %2 готовы.</translation>
    </message>
    <message>
        <source>Add people with: silteme --db URL team add-user NAME --role author|reviewer|reader</source>
        <translation>Добавляйте людей так: silteme --db URL team add-user NAME --role author|reviewer|reader</translation>
    </message>
    <message>
        <source>Created the login %1 (%2) in %3 on %4.</source>
        <translation>Создан логин %1 (%2) в %3 на %4.</translation>
    </message>
    <message>
        <source>Password (shown only now; the server keeps only its hash): %1</source>
        <translation>Пароль (показывается только сейчас; сервер хранит лишь его хеш): %1</translation>
    </message>
    <message>
        <source>Connect with:  silteme --db %1</source>
        <translation>Подключение:  silteme --db %1</translation>
    </message>
    <message>
        <source>or in the window: File &gt; Open Team Library, %1</source>
        <translation>или в окне: Файл &gt; Открыть командную библиотеку, %1</translation>
    </message>
    <message>
        <source>Keep the password in ~/.pgpass (chmod 600):  %1</source>
        <translation>Храните пароль в ~/.pgpass (chmod 600):  %1</translation>
    </message>
    <message>
        <source>No logins yet; add one with `team add-user NAME --role ...`.</source>
        <translation>Логинов пока нет; добавьте командой `team add-user NAME --role ...`.</translation>
    </message>
</context>
<context>
    <name>DesktopCommands</name>
    <message>
        <source>add Silteme to the desktop&apos;s application menu (Linux: desktop entry, icons, AppStream metainfo)</source>
        <translation>добавить Silteme в меню приложений (Linux: ярлык .desktop, значки, метаданные AppStream)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>install below DIR instead of the user&apos;s data folder ($XDG_DATA_HOME or ~/.local/share)</source>
        <translation>установить в ПАПКУ вместо папки данных пользователя ($XDG_DATA_HOME или ~/.local/share)</translation>
    </message>
    <message>
        <source>Desktop entries are for Linux desktops; on Windows and macOS start Silteme with the silteme command or from the bundle&apos;s folder.</source>
        <translation>Ярлыки рабочего стола есть только в Linux; в Windows и macOS запускайте Silteme командой silteme или из папки пакета.</translation>
    </message>
    <message>
        <source>Cannot install the desktop entry: %1.</source>
        <translation>Не удалось установить ярлык на рабочий стол: %1.</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Установлено: %1</translation>
    </message>
    <message>
        <source>Installed %1 and %2 icons</source>
        <translation>Установлено: %1 и значков — %2</translation>
    </message>
</context>
<context>
    <name>DocumentCounts</name>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln раздел</numerusform>
            <numerusform>%Ln раздела</numerusform>
            <numerusform>%Ln разделов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln блок</numerusform>
            <numerusform>%Ln блока</numerusform>
            <numerusform>%Ln блоков</numerusform>
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
        <source>%Ln citation marker(s)</source>
        <translation>
            <numerusform>%Ln ссылка</numerusform>
            <numerusform>%Ln ссылки</numerusform>
            <numerusform>%Ln ссылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) read from the thesis&apos;s own reference list.</source>
        <translation>
            <numerusform>%Ln источник прочитан из списка литературы самой диссертации.</numerusform>
            <numerusform>%Ln источника прочитано из списка литературы самой диссертации.</numerusform>
            <numerusform>%Ln источников прочитано из списка литературы самой диссертации.</numerusform>
        </translation>
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
    <name>DocumentLanguage</name>
    <message>
        <source>Document &amp;Language</source>
        <translation>&amp;Язык документа</translation>
    </message>
    <message>
        <source>The language the thesis is written in: its GOST list takes that language&apos;s terms</source>
        <translation>Язык, на котором написана диссертация: её список по ГОСТ берёт термины этого языка</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Document Language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Set the language of «%1» to %2</source>
        <translation>Задать язык «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Reference</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Вероятно, совпадает с</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate References</source>
        <translation>Дубликаты источников</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Поиск вероятных дубликатов…</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Поменять местами</translation>
    </message>
    <message>
        <source>Keep the other entry instead</source>
        <translation>Оставить вместо неё другую запись</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>Объединить с ней:</translation>
    </message>
    <message>
        <source>Renumber afterwards to close the gap the merged-in number leaves</source>
        <translation>Затем перенумеровать, чтобы закрыть пропуск после объединённого номера</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>(choose a reference)</source>
        <translation>(выберите источник)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same work. Choose one, or any two references below.</source>
        <translation>
            <numerusform>%n пара похожа на одну и ту же работу. Выберите её или любые два источника ниже.</numerusform>
            <numerusform>%n пары похожи на одну и ту же работу. Выберите одну или любые два источника ниже.</numerusform>
            <numerusform>%n пар похожи на одну и ту же работу. Выберите одну или любые два источника ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates were found in this bibliography. You can still merge two references you know to be one work: choose them below.</source>
        <translation>Вероятных дубликатов в этом списке литературы не найдено. Вы всё же можете объединить два источника, которые считаете одной работой: выберите их ниже.</translation>
    </message>
    <message>
        <source>These fields differ: check the value the merged entry keeps. Fields only one entry has are all kept.</source>
        <translation>Эти поля различаются: проверьте, какое значение сохранит объединённая запись. Поля, которые есть только в одной записи, сохраняются.</translation>
    </message>
    <message>
        <source>No field differs; fields only one entry has are all kept.</source>
        <translation>Ни одно поле не различается; поля, которые есть только в одной записи, сохраняются.</translation>
    </message>
    <message>
        <source>Choose the entry to keep and the one to merge into it.</source>
        <translation>Выберите запись, которая останется, и запись, которая будет с ней объединена.</translation>
    </message>
    <message>
        <source>Comparing the two entries…</source>
        <translation>Сравнение двух записей…</translation>
    </message>
</context>
<context>
    <name>EntriesErrors</name>
    <message>
        <source>%1 is still cited in the text (citations: %2); remove those citations or merge it into another entry first. Nothing was deleted.</source>
        <translation>%1 всё ещё цитируется в тексте (цитирований: %2); сначала уберите эти ссылки или объедините запись с другой. Ничего не удалено.</translation>
    </message>
    <message>
        <source>Another entry has taken the key %1 meanwhile; this step cannot be repeated.</source>
        <translation>Тем временем ключ %1 занят другой записью; этот шаг нельзя повторить.</translation>
    </message>
    <message>
        <source>No reference %1 in this library.</source>
        <translation>В этой библиотеке нет источника %1.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Select a reference in the table to edit it here.</source>
        <translation>Выберите источник в таблице, чтобы изменить его здесь.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Make a key from the first author&apos;s name and the year, as JabRef does</source>
        <translation>Составить ключ из фамилии первого автора и года, как это делает JabRef</translation>
    </message>
    <message>
        <source>Complete: every field checked against the source</source>
        <translation>Полная: каждое поле сверено с источником</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Обязательные поля</translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation>Необязательные поля</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Прочие поля</translation>
    </message>
    <message>
        <source>Add Field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <source>none (drag the entry onto a group)</source>
        <translation>нет (перетащите запись на группу)</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (или %2)</translation>
    </message>
    <message>
        <source>A key cannot be empty or hold spaces, quotes, braces, commas, #, %, ~, = or backslashes.</source>
        <translation>Ключ не может быть пустым и не может содержать пробелы, кавычки, фигурные скобки, запятые, #, %, ~, = или обратную косую черту.</translation>
    </message>
    <message>
        <source>Stored as %1; typing here replaces it with plain text.</source>
        <translation>Хранится как %1; ввод здесь заменит это простым текстом.</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>Field name (e.g. doi, isbn, translator):</source>
        <translation>Имя поля (например, doi, isbn, translator):</translation>
    </message>
    <message>
        <source>%1 cannot be added as a field here.</source>
        <translation>Поле %1 нельзя добавить здесь.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export references</source>
        <translation>Экспорт источников</translation>
    </message>
    <message>
        <source>BibTeX (.bib)</source>
        <translation>BibTeX (.bib)</translation>
    </message>
    <message>
        <source>RIS (.ris)</source>
        <translation>RIS (.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (.json)</source>
        <translation>CSL-JSON (.json)</translation>
    </message>
    <message>
        <source>Formatted bibliography</source>
        <translation>Оформленный список литературы</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Вся библиотека</translation>
    </message>
    <message>
        <source>The bibliography of «%1»</source>
        <translation>Список литературы «%1»</translation>
    </message>
    <message>
        <source>One group (with its subgroups)</source>
        <translation>Одна группа (с подгруппами)</translation>
    </message>
    <message>
        <source>Only references cited in the text</source>
        <translation>Только источники, цитируемые в тексте</translation>
    </message>
    <message>
        <source>For LaTeX only: leave out Silteme&apos;s own fields</source>
        <translation>Только для LaTeX: без собственных полей Silteme</translation>
    </message>
    <message>
        <source>Groups, numbers, completeness and the thesis excerpts are left out, so biber has nothing to warn about; every entry with a date also gets a year. Such a file cannot bring them back.</source>
        <translation>Группы, номера, отметка полноты и выдержки из диссертации не записываются, и biber не о чем предупреждать; каждая запись с датой получает и год. Из такого файла их не вернуть.</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018, numeric</source>
        <translation>ГОСТ Р 7.0.100-2018, нумерованный</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation>APA 7</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Скопировать в буфер обмена</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Сохранить как HTML</translation>
    </message>
    <message>
        <source>Save as plain text</source>
        <translation>Сохранить как простой текст</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
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
        <translation>Стиль</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Entries nobody changed are written as they were imported.</source>
        <translation>Записи, которые никто не менял, записываются в том виде, в каком были импортированы.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Abstract</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Дополнение</translation>
    </message>
    <message>
        <source>Address (place of publication)</source>
        <translation>Адрес (место издания)</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Примечание к записи</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Book title</source>
        <translation>Название книги</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Редакторы</translation>
    </message>
    <message>
        <source>E-print</source>
        <translation>Электронный препринт</translation>
    </message>
    <message>
        <source>E-print class</source>
        <translation>Раздел препринта</translation>
    </message>
    <message>
        <source>E-print type</source>
        <translation>Тип препринта</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <source>How published</source>
        <translation>Способ публикации</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISSN</source>
        <translation>ISSN</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Journal title</source>
        <translation>Название журнала</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Language (for hyphenation)</source>
        <translation>Язык (для переносов)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Место издания</translation>
    </message>
    <message>
        <source>Main title</source>
        <translation>Основное название</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Дата оригинала</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Total pages</source>
        <translation>Всего страниц</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <source>Publication state</source>
        <translation>Статус публикации</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Учебное заведение</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Where the entry came from</source>
        <translation>Откуда взята запись</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Title addition</source>
        <translation>Дополнение к названию</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Переводчики</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Том</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Число томов</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
</context>
<context>
    <name>FormatCli</name>
    <message>
        <source>OUT</source>
        <translation>ВЫВОД</translation>
    </message>
    <message>
        <source>the file to write, or - for standard output</source>
        <translation>файл для записи или - для стандартного вывода</translation>
    </message>
    <message>
        <source>export references as RIS (EndNote, Zotero, Mendeley)</source>
        <translation>экспортировать источники в RIS (EndNote, Zotero, Mendeley)</translation>
    </message>
    <message>
        <source>export references as CSL-JSON (Zotero, pandoc)</source>
        <translation>экспортировать источники в CSL-JSON (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>a formatted bibliography (GOST numeric or APA)</source>
        <translation>оформленный список литературы (ГОСТ с нумерацией или APA)</translation>
    </message>
    <message>
        <source>HTML instead of plain text</source>
        <translation>HTML вместо простого текста</translation>
    </message>
    <message>
        <source>the language of GOST&apos;s terms (б./с./p., т./Т./Vol.); default: the document&apos;s language</source>
        <translation>язык терминов ГОСТ (б./с./p., т./Т./Vol.); по умолчанию: язык документа</translation>
    </message>
    <message>
        <source>show or set the language a document is written in (kk, ru, en)</source>
        <translation>показать или задать язык, на котором написан документ (kk, ru, en)</translation>
    </message>
    <message>
        <source>the new language; without it, show it</source>
        <translation>новый язык; без него язык выводится</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>документ (id или название); можно не указывать, если он один</translation>
    </message>
    <message>
        <source>import a RIS file</source>
        <translation>импортировать файл RIS</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>gost-numeric: GOST R 7.0.100-2018 (default); gost-2018: the same with the content type area, ISBN and notes of the standard; gost-2008: the CSL style of GOST R 7.0.5-2008; apa: APA 7</source>
        <translation>gost-numeric: ГОСТ Р 7.0.100-2018 (по умолчанию); gost-2018: то же с областью вида содержания, ISBN и примечаниями по стандарту; gost-2008: стиль CSL ГОСТ Р 7.0.5-2008; apa: APA 7</translation>
    </message>
    <message>
        <source>number the entries into this document&apos;s bibliography</source>
        <translation>добавить записи в список литературы этого документа с номерами</translation>
    </message>
    <message>
        <source>import nothing if the file has any problem</source>
        <translation>ничего не импортировать, если в файле есть хоть одна проблема</translation>
    </message>
    <message>
        <source>«%1» is now in %2 (it was %3).</source>
        <translation>«%1» теперь на языке %2 (было: %3).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies)</source>
        <translation>
            <numerusform>Добавлена %Ln запись</numerusform>
            <numerusform>Добавлены %Ln записи</numerusform>
            <numerusform>Добавлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln совпала с имеющимися записями</numerusform>
            <numerusform>%Ln совпали с имеющимися записями</numerusform>
            <numerusform>%Ln совпали с имеющимися записями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Source groups (claims)</source>
        <translation>Группы источников (утверждения)</translation>
    </message>
    <message>
        <source>Show the claims that cite a reference in one of the checked groups.</source>
        <translation>Показать утверждения, которые ссылаются на источник из отмеченных групп.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln claim(s) cite a reference in this group or its subgroups</source>
        <translation>
            <numerusform>%1: %Ln утверждение ссылается на источник этой группы или её подгрупп</numerusform>
            <numerusform>%1: %Ln утверждения ссылаются на источник этой группы или её подгрупп</numerusform>
            <numerusform>%1: %Ln утверждений ссылаются на источник этой группы или её подгрупп</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>Groups (references)</source>
        <extracomment>GROUP_ID_ROLE of the &quot;All references&quot; node.</extracomment>
        <translation>Группы (ссылки)</translation>
    </message>
    <message>
        <source>All references</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <source>Primary sources</source>
        <translation>Первичные источники</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s), its subgroups included</source>
        <translation>
            <numerusform>%Ln источник вместе с подгруппами</numerusform>
            <numerusform>%Ln источника вместе с подгруппами</numerusform>
            <numerusform>%Ln источников вместе с подгруппами</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your name and role</source>
        <translation>Ваше имя и роль</translation>
    </message>
    <message>
        <source>Every annotation and reply you write records this name and role. You can change them later in the Review menu.</source>
        <translation>Каждое ваше замечание и ответ сохраняют это имя и роль. Их можно изменить позже в меню «Рецензия».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
</context>
<context>
    <name>InterchangeErrors</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of references.</source>
        <translation>%1 — папка, а не файл с источниками.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 file, not %3; import it with `silteme %4` (or `silteme import`, which tells the format itself). Nothing was imported.</source>
        <translation>%1 — файл %2, а не %3; импортируйте его командой `silteme %4` (или `silteme import`, которая сама определяет формат). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ничего не импортировано.</translation>
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
    <name>LatexCli</name>
    <message>
        <source>import a LaTeX thesis (its main .tex file) with the .bib files it names</source>
        <translation>импортировать диссертацию LaTeX (её главный файл .tex) вместе с указанными в ней файлами .bib</translation>
    </message>
    <message>
        <source>the main .tex file (the one with \documentclass)</source>
        <translation>главный файл .tex (тот, где \documentclass)</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the \title, else the file name)</source>
        <translation>название документа (по умолчанию: \title, иначе имя файла)</translation>
    </message>
    <message>
        <source>import as another document even if this project was imported before (default: a revision)</source>
        <translation>импортировать как новый документ, даже если проект уже импортировался (по умолчанию: новая редакция)</translation>
    </message>
    <message>
        <source>write a LaTeX thesis&apos;s project back into a folder, with Silteme&apos;s citation edits</source>
        <translation>записать проект диссертации LaTeX обратно в папку с правками ссылок из Silteme</translation>
    </message>
    <message>
        <source>the folder to write into (made if missing)</source>
        <translation>папка для записи (создаётся, если её нет)</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>the document (id or title)</source>
        <translation>документ (id или название)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 was imported before: document %2 was revised; annotations re-anchored: %3 exactly, %4 fuzzily, %5 orphaned (kept, shown in the orphans list).</source>
        <translation>%1 уже импортировался: документ %2 обновлён; аннотации заново привязаны: %3 точно, %4 приблизительно, %5 осиротели (сохранены, видны в списке осиротевших).</translation>
    </message>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln .tex file(s): %3.</source>
        <translation>
            <numerusform>«%1» импортирован как документ %2 из %Ln файла .tex: %3.</numerusform>
            <numerusform>«%1» импортирован как документ %2 из %Ln файлов .tex: %3.</numerusform>
            <numerusform>«%1» импортирован как документ %2 из %Ln файлов .tex: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the .bib files: %1, %2.</source>
        <translation>Из файлов .bib: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added</source>
        <translation>
            <numerusform>добавлен %Ln источник</numerusform>
            <numerusform>добавлено %Ln источника</numerusform>
            <numerusform>добавлено %Ln источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln уже был в библиотеке</numerusform>
            <numerusform>%Ln уже были в библиотеке</numerusform>
            <numerusform>%Ln уже были в библиотеке</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography numbered by %1 (%2).</source>
        <translation>Список литературы пронумерован так: %1 (%2).</translation>
    </message>
    <message>
        <source>Cited but in no bibliography entry (dangling): %1.</source>
        <translation>Цитируются, но отсутствуют в списке литературы: %1.</translation>
    </message>
    <message>
        <source>In the bibliography but never cited: %1.</source>
        <translation>Есть в списке литературы, но нигде не цитируются: %1.</translation>
    </message>
    <message>
        <source>order of first citation</source>
        <translation>порядок первых ссылок</translation>
    </message>
    <message>
        <source>the order of the thesis&apos;s own \bibitem list</source>
        <translation>порядок собственного списка \bibitem диссертации</translation>
    </message>
    <message>
        <source>name, title, year</source>
        <translation>имя, название, год</translation>
    </message>
    <message>
        <source>name, year, title</source>
        <translation>имя, год, название</translation>
    </message>
    <message>
        <source>year, name, title</source>
        <translation>год, имя, название</translation>
    </message>
    <message>
        <source>year (newest first), name, title</source>
        <translation>год (сначала новые), имя, название</translation>
    </message>
    <message>
        <source>label, name, year, title</source>
        <translation>метка, имя, год, название</translation>
    </message>
    <message>
        <source>label, name, year, volume, title</source>
        <translation>метка, имя, год, том, название</translation>
    </message>
    <message>
        <source>name, year, volume, title</source>
        <translation>имя, год, том, название</translation>
    </message>
    <message>
        <source>warning: %1 lies outside the project&apos;s folder and was not written.</source>
        <translation>предупреждение: %1 лежит вне папки проекта и не записан.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to %1: %2 changed, %3 as imported.</source>
        <translation>
            <numerusform>В %1 записан %Ln файл: изменено %2, как при импорте %3.</numerusform>
            <numerusform>В %1 записано %Ln файла: изменено %2, как при импорте %3.</numerusform>
            <numerusform>В %1 записано %Ln файлов: изменено %2, как при импорте %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatexErrors</name>
    <message>
        <source>The thesis has more than %1 citing commands; nothing was imported.</source>
        <translation>В диссертации больше %1 команд цитирования; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 (named by \bibliography or \addbibresource in %2) does not exist or cannot be read; nothing was imported.</source>
        <translation>%1 (указан в \bibliography или \addbibresource в %2) не существует или не читается; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 (named in %2): %3</source>
        <translation>%1 (указан в %2): %3</translation>
    </message>
    <message>
        <source>No text was found in %1 and the files it includes; nothing was imported.</source>
        <translation>Ни в %1, ни в подключаемых им файлах не найден текст; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the thesis&apos;s main .tex file.</source>
        <translation>%1 — папка; укажите главный файл .tex диссертации.</translation>
    </message>
    <message>
        <source>The project includes more than %1 files; nothing was imported.</source>
        <translation>Проект подключает больше %1 файлов; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 (included from %2)</source>
        <translation>%1 (подключён из %2)</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was imported.</source>
        <translation>%1 не существует; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data); nothing was imported.</source>
        <translation>%1 — не текстовый файл (в нём двоичные данные); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (byte 0x%2 on line %3) and no \usepackage[...]{inputenc} says which encoding it uses; save it as UTF-8 or declare its encoding. Nothing was imported.</source>
        <translation>%1 не в UTF-8 (байт 0x%2 в строке %3), и нет \usepackage[...]{inputenc}, указывающего его кодировку; сохраните файл в UTF-8 или объявите кодировку. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 cannot be read as %2 either (byte 0x%3 on line %4); nothing was imported.</source>
        <translation>%1 не читается и как %2 (байт 0x%3 в строке %4); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Circular inclusion: %1 (%2); nothing was imported.</source>
        <translation>Циклическое подключение: %1 (%2); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 does not exist (\%2 in %3); nothing was imported.</source>
        <translation>%1 не существует (\%2 в %3); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Unbalanced braces: the } at %1 closes nothing; nothing was imported.</source>
        <translation>Несбалансированные скобки: } в %1 ничего не закрывает; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Unbalanced braces: the { at %1 is never closed; nothing was imported.</source>
        <translation>Несбалансированные скобки: { в %1 нигде не закрыта; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Document %1 was not imported from a LaTeX project; there is nothing to write back.</source>
        <translation>Документ %1 импортирован не из проекта LaTeX; записывать обратно нечего.</translation>
    </message>
    <message>
        <source>%1 is a file; name a folder to write the LaTeX project into.</source>
        <translation>%1 — файл; укажите папку, в которую записать проект LaTeX.</translation>
    </message>
    <message>
        <source>%1 is the library itself; choose another folder. Nothing was written.</source>
        <translation>%1 — это сама библиотека; выберите другую папку. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: %2.</source>
        <translation>Не удаётся создать папку %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a file of the LaTeX project of document %2.</source>
        <translation>%1 — не файл проекта LaTeX документа %2.</translation>
    </message>
    <message>
        <source>The new text cannot be written in the file&apos;s encoding (%1): %2.</source>
        <translation>Новый текст нельзя записать в кодировке файла (%1): %2.</translation>
    </message>
</context>
<context>
    <name>LibraryCli</name>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>разделы</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>блоки</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>таблицы</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>утверждения</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <source>references</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>cited references</source>
        <translation>цитируемые источники</translation>
    </message>
    <message>
        <source>uncited references</source>
        <translation>нецитируемые источники</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>counts of documents, claims, markers, references and groups</source>
        <translation>число документов, утверждений, ссылок, источников и групп</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>only this document (id or title)</source>
        <translation>только этот документ (id или название)</translation>
    </message>
    <message>
        <source>import a plain-text (UTF-8) thesis</source>
        <translation>импортировать диссертацию в виде простого текста (UTF-8)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>название документа (по умолчанию: имя файла)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reference(s) to complete</source>
        <translation>
            <numerusform>%Ln новый источник нужно дополнить</numerusform>
            <numerusform>%Ln новых источника нужно дополнить</numerusform>
            <numerusform>%Ln новых источников нужно дополнить</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported «%1» as document %2: %3.</source>
        <translation>«%1» импортирован как документ %2: %3.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Reference &amp;Library</source>
        <translation>&amp;Библиотека источников</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;BibTeX…</source>
        <translation>&amp;BibTeX…</translation>
    </message>
    <message>
        <source>&amp;RIS…</source>
        <translation>&amp;RIS…</translation>
    </message>
    <message>
        <source>&amp;CSL-JSON…</source>
        <translation>&amp;CSL-JSON…</translation>
    </message>
    <message>
        <source>Formatted &amp;Bibliography (GOST, APA)…</source>
        <translation>Оформленный &amp;список литературы (ГОСТ, APA)…</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Изменить %1 в %2</translation>
    </message>
    <message>
        <source>Set the key of %1 to %2</source>
        <translation>Задать ключ %2 для %1</translation>
    </message>
    <message>
        <source>Generate a key for %1</source>
        <translation>Создать ключ для %1</translation>
    </message>
    <message>
        <source>Make %1 a @%2</source>
        <translation>Сделать %1 записью @%2</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reference(s) complete</source>
        <translation>
            <numerusform>Отметить %n источник как полный</numerusform>
            <numerusform>Отметить %n источника как полные</numerusform>
            <numerusform>Отметить %n источников как полные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reference(s) incomplete</source>
        <translation>
            <numerusform>Отметить %n источник как неполный</numerusform>
            <numerusform>Отметить %n источника как неполные</numerusform>
            <numerusform>Отметить %n источников как неполные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n entry(ies) a key of (its/their) own</source>
        <translation>
            <numerusform>Дать %n записи собственный ключ</numerusform>
            <numerusform>Дать %n записям собственные ключи</numerusform>
            <numerusform>Дать %n записям собственные ключи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n reference(s) to %1</source>
        <translation>
            <numerusform>Добавить %n источник в %1</numerusform>
            <numerusform>Добавить %n источника в %1</numerusform>
            <numerusform>Добавить %n источников в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s) from %1</source>
        <translation>
            <numerusform>Убрать %n источник из %1</numerusform>
            <numerusform>Убрать %n источника из %1</numerusform>
            <numerusform>Убрать %n источников из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Duplicate an entry</source>
        <translation>Копия записи</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Entry deleted; Undo brings it back.</source>
        <translation>Запись удалена; «Отменить» вернёт её.</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>Перезаписать моим</translation>
    </message>
    <message>
        <source>Import a file of references</source>
        <translation>Импорт файла литературы</translation>
    </message>
    <message>
        <source>References (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;All files (*)</source>
        <translation>Литература (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 (%n new entry(ies))</source>
        <translation>
            <numerusform>Импорт %1 (%n новая запись)</numerusform>
            <numerusform>Импорт %1 (%n новые записи)</numerusform>
            <numerusform>Импорт %1 (%n новых записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Простой текст (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) copied to the clipboard.</source>
        <translation>
            <numerusform>В буфер обмена скопирован %Ln источник.</numerusform>
            <numerusform>В буфер обмена скопированы %Ln источника.</numerusform>
            <numerusform>В буфер обмена скопировано %Ln источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) exported to %1.</source>
        <translation>
            <numerusform>В %1 экспортирован %Ln источник.</numerusform>
            <numerusform>В %1 экспортированы %Ln источника.</numerusform>
            <numerusform>В %1 экспортировано %Ln источников.</numerusform>
        </translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Новая группа %1</translation>
    </message>
    <message>
        <source>&amp;Import References…</source>
        <translation>&amp;Импорт литературы…</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Переименовать группу %1 в %2</translation>
    </message>
    <message>
        <source>Recolour group %1</source>
        <translation>Изменить цвет группы %1</translation>
    </message>
    <message>
        <source>Move group %1</source>
        <translation>Переместить группу %1</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>Удалить группу %1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already in the library.</source>
        <translation>Импортирован %1: добавлено — %2, уже были в библиотеке — %3.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Nothing was exported: no reference is in the chosen selection.</source>
        <translation>Ничего не экспортировано: в выбранном наборе нет ни одного источника.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>No source group named %1 (groups: %2).</source>
        <translation>Нет группы источников с названием %1 (группы: %2).</translation>
    </message>
    <message>
        <source>%1: problems found: %2, and --strict was given, so nothing was imported: %3</source>
        <translation>%1: найдено проблем: %2, а указан --strict, поэтому ничего не импортировано: %3</translation>
    </message>
    <message>
        <source>Unknown language %1; use one of: %2.</source>
        <translation>Неизвестный язык %1; используйте один из: %2.</translation>
    </message>
    <message>
        <source>No document with id %1 in this library.</source>
        <translation>В этой библиотеке нет документа с id %1.</translation>
    </message>
    <message>
        <source>%1 cannot be a BibTeX field name (no spaces, quotes, braces, commas or =).</source>
        <translation>%1 не может быть названием поля BibTeX (нельзя пробелы, кавычки, скобки, запятые и =).</translation>
    </message>
    <message>
        <source>The %1 field is kept by Silteme itself: use the group tree, the completeness mark or the numbering instead.</source>
        <translation>Поле %1 ведёт сам Silteme: пользуйтесь вместо него деревом групп, отметкой полноты или нумерацией.</translation>
    </message>
    <message>
        <source>Cannot store this %1: %2.</source>
        <translation>Не удаётся сохранить это значение %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be an entry type: use letters, e.g. article, book or misc.</source>
        <translation>%1 не может быть типом записи: используйте буквы, например article, book или misc.</translation>
    </message>
    <message>
        <source>%1 cannot be a citation key: it must not be empty or hold spaces, quotes, braces, commas, #, %, ~, =, ( ) or backslashes.</source>
        <translation>%1 не может быть ключом цитирования: ключ не может быть пустым и содержать пробелы, кавычки, фигурные скобки, запятые, #, %, ~, =, ( ) или обратную косую черту.</translation>
    </message>
    <message>
        <source>Some of these references are no longer in the library (deleted elsewhere?).</source>
        <translation>Некоторых из этих источников уже нет в библиотеке (удалены в другом месте?).</translation>
    </message>
    <message>
        <source>No reference with id %1 in this library (was it deleted?).</source>
        <translation>В этой библиотеке нет источника с id %1 (он удалён?).</translation>
    </message>
    <message>
        <source>Reference %1 was deleted in the meantime; nothing was changed.</source>
        <translation>Тем временем источник %1 был удалён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Reference %1 was changed after this step (in another window or program), so it cannot be taken back without losing that change. Nothing was changed.</source>
        <translation>Источник %1 изменён после этого шага (в другом окне или программе), поэтому шаг нельзя отменить, не потеряв это изменение. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key %1 is already used by reference [%2] (%3); keys must be unique.</source>
        <translation>Ключ %1 уже занят источником [%2] (%3); ключи должны быть уникальными.</translation>
    </message>
    <message>
        <source>The key %1 is already used by another reference (%2); keys must be unique.</source>
        <translation>Ключ %1 уже занят другим источником (%2); ключи должны быть уникальными.</translation>
    </message>
    <message>
        <source>The group %1 has references or subgroups now (added in another window?), so undoing its creation would lose them. Nothing was changed.</source>
        <translation>В группе %1 теперь есть источники или подгруппы (добавлены в другом окне?), и отмена её создания их потеряет. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the group %1</source>
        <translation>группу %1</translation>
    </message>
    <message>
        <source>the references of %1</source>
        <translation>источники группы %1</translation>
    </message>
    <message>
        <source>The group %1 cannot be put inside itself or one of its own subgroups.</source>
        <translation>Группу %1 нельзя поместить в неё саму или в одну из её подгрупп.</translation>
    </message>
    <message>
        <source>The group %1 was renamed or deleted in the meantime; nothing was changed.</source>
        <translation>Тем временем группа %1 была переименована или удалена; ничего не изменено.</translation>
    </message>
    <message>
        <source>The colour of %1 was changed in the meantime; nothing was changed.</source>
        <translation>Тем временем цвет группы %1 был изменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>The group tree around %1 changed in the meantime; nothing was moved.</source>
        <translation>Тем временем дерево групп вокруг %1 изменилось; ничего не перемещено.</translation>
    </message>
    <message>
        <source>The group %1 was deleted in the meantime; nothing was changed.</source>
        <translation>Тем временем группа %1 была удалена; ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 of these references are already in %2 (changed in another window?); nothing was changed.</source>
        <translation>Из этих источников уже в группе %2: %1 (изменено в другом окне?); ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 of these references are no longer in %2 (changed in another window?); nothing was changed.</source>
        <translation>Из этих источников уже нет в группе %2: %1 (изменено в другом окне?); ничего не изменено.</translation>
    </message>
    <message>
        <source>No source group with id %1 in this library (was it deleted?).</source>
        <translation>В этой библиотеке нет группы источников с id %1 (она удалена?).</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #rrggbb.</source>
        <translation>%1 — не цвет вида #rrggbb.</translation>
    </message>
    <message>
        <source>A group named %1 already exists. A .bib file names groups by name only, so each group needs a name of its own.</source>
        <translation>Группа с названием %1 уже есть. Файл .bib различает группы только по названию, поэтому у каждой группы должно быть своё.</translation>
    </message>
    <message>
        <source>The group %1 was changed in the meantime; nothing was changed.</source>
        <translation>Тем временем группа %1 была изменена; ничего не изменено.</translation>
    </message>
    <message>
        <source>The group tree of an imported file changed in the meantime; nothing was changed.</source>
        <translation>Тем временем дерево групп импортированного файла изменилось; ничего не изменено.</translation>
    </message>
    <message>
        <source>The library holds no document yet; import one with `silteme import-text`.</source>
        <translation>В библиотеке пока нет документов; импортируйте документ командой `silteme import-text`.</translation>
    </message>
    <message>
        <source>The library holds several documents; name one with --document: %1.</source>
        <translation>В библиотеке несколько документов; укажите один через --document: %1.</translation>
    </message>
    <message>
        <source>Several documents are titled %1; name one by its id.</source>
        <translation>Несколько документов называются %1; укажите нужный по id.</translation>
    </message>
    <message>
        <source>No document %1 in this library (documents: %2).</source>
        <translation>В этой библиотеке нет документа %1 (документы: %2).</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; say which value to keep for each. Nothing was changed.</source>
        <translation>%1 и %2 различаются в полях %3; укажите, какое значение оставить для каждого. Ничего не изменено.</translation>
    </message>
    <message>
        <source>merge references</source>
        <translation>объединять источники</translation>
    </message>
    <message>
        <source>%1 and %2 are numbered in different documents; a merge would change what one of them cites. Nothing was changed.</source>
        <translation>%1 и %2 пронумерованы в разных документах; объединение изменило бы то, на что ссылается один из них. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The kept reference %1 no longer exists; the merge cannot be undone.</source>
        <translation>Оставленного источника %1 больше нет; объединение нельзя отменить.</translation>
    </message>
    <message>
        <source>A reference cannot be merged with itself.</source>
        <translation>Источник нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>No reference %1 in this library.</source>
        <translation>В этой библиотеке нет источника %1.</translation>
    </message>
    <message>
        <source>Some of these entries were changed in the meantime (in another window?); nothing was changed.</source>
        <translation>Тем временем некоторые из этих записей изменились (в другом окне?); ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot bring back %1: the library changed in another window or program in the meantime (%2). Nothing was changed.</source>
        <translation>Не удаётся вернуть %1: тем временем библиотека изменилась в другом окне или программе (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1: cannot read the source-group declaration (%2).</source>
        <translation>%1: не удаётся прочитать описание групп источников (%2).</translation>
    </message>
    <message>
        <source>%1: expected an object with a &apos;groups&apos; list.</source>
        <translation>%1: ожидался объект со списком &apos;groups&apos;.</translation>
    </message>
    <message>
        <source>%1: each group needs a &apos;name&apos;.</source>
        <translation>%1: у каждой группы должно быть поле &apos;name&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or program after you opened it.</source>
        <translation>%1: запись удалена в другом окне или программе после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program after you opened it (you edited version %2; the saved one is version %3).</source>
        <translation>%1: запись изменена в другом окне или программе после того, как вы её открыли (вы правили версию %2; сохранена версия %3).</translation>
    </message>
    <message>
        <source>Reload to drop your edit.</source>
        <translation>Перезагрузите, чтобы отказаться от своей правки.</translation>
    </message>
    <message>
        <source>Reload to see the other change (your edit is dropped), or overwrite it with your edit (the other change is lost).</source>
        <translation>Перезагрузите, чтобы увидеть другое изменение (ваша правка будет отброшена), или перезапишите его своей правкой (другое изменение потеряется).</translation>
    </message>
    <message>
        <source>A row was changed elsewhere.</source>
        <translation>Строка изменена в другом месте.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference [%1] %2 «%3»</source>
        <translation>Источник [%1] %2 «%3»</translation>
    </message>
    <message>
        <source>Reference [%1] %2</source>
        <translation>Источник [%1] %2</translation>
    </message>
    <message>
        <source>Reference %1 «%2»</source>
        <translation>Источник %1 «%2»</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Источник %1</translation>
    </message>
    <message>
        <source>The note by %1 on «%2»</source>
        <translation>Замечание %1 к «%2»</translation>
    </message>
    <message>
        <source>The note on «%1»</source>
        <translation>Замечание к «%1»</translation>
    </message>
    <message>
        <source>References imported from %1 were edited since (in another window or program), so the import cannot be taken back without losing those edits. Nothing was changed.</source>
        <translation>Источники, импортированные из %1, с тех пор редактировались (в другом окне или программе), поэтому импорт нельзя отменить, не потеряв эти правки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Groups created by the import of %1 now hold other references or groups, so the import cannot be taken back. Nothing was changed.</source>
        <translation>В группах, созданных импортом %1, теперь есть другие источники или группы, поэтому импорт нельзя отменить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the entries imported from %1</source>
        <translation>записи, импортированные из %1</translation>
    </message>
    <message>
        <source>The library changed while the import of %1 was being reviewed; nothing was imported. Open the file again to see what the import would do now.</source>
        <translation>Пока импорт %1 просматривался, библиотека изменилась; ничего не импортировано. Откройте файл снова, чтобы увидеть, что импорт сделает теперь.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Reference Library — Silteme</source>
        <translation>Библиотека источников — Silteme</translation>
    </message>
    <message>
        <source>Filter by key, authors, title or year (ә and ə alike)</source>
        <translation>Фильтр по ключу, авторам, названию или году (ә и ə — одно и то же)</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Вся библиотека</translation>
    </message>
    <message>
        <source>Complete or not</source>
        <translation>Полная или нет</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Неполные</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Filter References</source>
        <translation>&amp;Фильтр источников</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Группы</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Новая группа…</translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>D&amp;uplicate Entry</source>
        <translation>&amp;Копия записи</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>Copy Citation &amp;Key</source>
        <translation>Копировать &amp;ключ</translation>
    </message>
    <message>
        <source>Copy &amp;Formatted Reference (GOST)</source>
        <translation>Копировать &amp;оформленную ссылку (ГОСТ)</translation>
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
        <source>Add to Group</source>
        <translation>Добавить в группу</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Убрать из группы</translation>
    </message>
    <message>
        <source>Mark Complete</source>
        <translation>Отметить как полные</translation>
    </message>
    <message>
        <source>Mark Incomplete</source>
        <translation>Отметить как неполные</translation>
    </message>
    <message>
        <source>Write Repeated Keys as the Library&apos;s Own</source>
        <translation>Записать повторяющиеся ключи ключами библиотеки</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Создать ключ</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>New Subgroup of %1…</source>
        <translation>Новая подгруппа в %1…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>Переместить на верхний уровень</translation>
    </message>
    <message>
        <source>Delete Group (Keep Its References)</source>
        <translation>Удалить группу (источники останутся)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Название группы:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Цвет группы %1</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Удаление группы</translation>
    </message>
    <message>
        <source>Delete the group %1 and its subgroups? Their references stay in the library; Edit ▸ Undo brings the groups back.</source>
        <translation>Удалить группу %1 и её подгруппы? Их источники останутся в библиотеке; Правка ▸ Отменить вернёт группы.</translation>
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
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>&amp;Word Document…</source>
        <translation>Документ &amp;Word…</translation>
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
        <source>Importing the bundled thesis for the first start…</source>
        <translation>Импорт встроенной диссертации при первом запуске…</translation>
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
    <message>
        <source>This marker&apos;s number is not in the bibliography.</source>
        <translation>Номера этого маркера нет в списке литературы.</translation>
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
        <source>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;A thesis, its numbered references and reviewers&apos; notes in one library.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click a citation marker to select its references and its claim; hover it to list them.&lt;/li&gt;&lt;li&gt;Double-click a marker to open its reference in the Reference Library; its context menu also shows every place that reference is cited.&lt;/li&gt;&lt;li&gt;Outline: click a section or table to jump to it.&lt;/li&gt;&lt;li&gt;Claims: filter by source group, section or text; double-click to show a claim.&lt;/li&gt;&lt;li&gt;References: select one to step through the places it is cited.&lt;/li&gt;&lt;li&gt;Ctrl+F searches the text, claims and references (ә and ə are the same letter here); Enter goes to the next hit.&lt;/li&gt;&lt;li&gt;Drop a .txt file on the window to import it as a new document.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;Диссертация, её нумерованные источники и замечания рецензентов в одной библиотеке.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Щёлкните по ссылке, чтобы выделить её источники и утверждение; наведите на неё указатель, чтобы увидеть их список.&lt;/li&gt;&lt;li&gt;Двойной щелчок по маркеру открывает его ссылку в библиотеке ссылок; контекстное меню маркера также показывает все места, где она цитируется.&lt;/li&gt;&lt;li&gt;Оглавление: щёлкните по разделу или таблице, чтобы перейти к ним.&lt;/li&gt;&lt;li&gt;Утверждения: фильтруйте по группе источников, разделу или тексту; двойной щелчок показывает утверждение в тексте.&lt;/li&gt;&lt;li&gt;Источники: выберите источник, чтобы пройти по всем местам, где он цитируется.&lt;/li&gt;&lt;li&gt;Ctrl+F ищет по тексту, утверждениям и источникам (ә и ə здесь считаются одной буквой); Enter переходит к следующему совпадению.&lt;/li&gt;&lt;li&gt;Перетащите файл .txt в окно, чтобы импортировать его как новый документ.&lt;/li&gt;&lt;/ul&gt;</translation>
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
        <source>The library %1 no longer exists; it was taken off the list.</source>
        <translation>Библиотеки %1 больше нет; она удалена из списка.</translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation>О программе Silteme</translation>
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
        <translation>Ссылка сейчас</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Станет</translation>
    </message>
</context>
<context>
    <name>MergeChoicesModel</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept entry</source>
        <translation>Сохраняемая запись</translation>
    </message>
    <message>
        <source>Merged-in entry</source>
        <translation>Присоединяемая запись</translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Old</source>
        <translation>Старый</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>не цитируется</translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>The text these annotations were made on is gone from the current revision. Each keeps its quote. Select where it belongs now in the reader, then re-attach it.</source>
        <translation>Текста, к которому относились эти замечания, нет в текущей редакции. Каждое сохраняет свою цитату. Выделите в окне чтения, к чему оно относится теперь, и привяжите заново.</translation>
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
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Save the paragraph as one step you can undo (Ctrl+Return)</source>
        <translation>Сохранить абзац одним шагом, который можно отменить (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Forget the changes to this paragraph</source>
        <translation>Забыть изменения этого абзаца</translation>
    </message>
    <message>
        <source>Insert Citation…</source>
        <translation>Вставить ссылку…</translation>
    </message>
    <message>
        <source>Cite references at the cursor</source>
        <translation>Сослаться на источники в позиции курсора</translation>
    </message>
    <message>
        <source>Click a paragraph in the reader to edit it here.</source>
        <translation>Щёлкните абзац в окне чтения, чтобы изменить его здесь.</translation>
    </message>
    <message>
        <source>Unsaved changes (%1 characters). Apply saves them as one step; Revert forgets them.</source>
        <translation>Несохранённые изменения (символов: %1). «Применить» сохраняет их одним шагом; «Вернуть» забывает.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s). Edit the text, or insert a citation at the cursor.</source>
        <translation>
            <numerusform>%Ln символ. Измените текст или вставьте ссылку в позиции курсора.</numerusform>
            <numerusform>%Ln символа. Измените текст или вставьте ссылку в позиции курсора.</numerusform>
            <numerusform>%Ln символов. Измените текст или вставьте ссылку в позиции курсора.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message>
        <source>import a thesis from a PDF (text with pages, and the reviewers&apos; notes in it)</source>
        <translation>импортировать диссертацию из PDF (текст со страницами и замечания рецензентов в нём)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>название документа (по умолчанию: имя файла)</translation>
    </message>
    <message>
        <source>write the annotations into a copy of the document&apos;s PDF, as highlights</source>
        <translation>записать замечания в копию PDF документа как выделения</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>the document (id or title)</source>
        <translation>документ (id или название)</translation>
    </message>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln page(s): %3.</source>
        <translation>
            <numerusform>«%1» импортирован как документ %2 из %Ln страницы: %3.</numerusform>
            <numerusform>«%1» импортирован как документ %2 из %Ln страниц: %3.</numerusform>
            <numerusform>«%1» импортирован как документ %2 из %Ln страниц: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken out: %1; joined: %2.</source>
        <translation>Удалено: %1; соединено: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running head, footer or page-number line(s)</source>
        <translation>
            <numerusform>%Ln строка колонтитулов и номеров страниц</numerusform>
            <numerusform>%Ln строки колонтитулов и номеров страниц</numerusform>
            <numerusform>%Ln строк колонтитулов и номеров страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hyphenated word(s)</source>
        <translation>
            <numerusform>%Ln слово с переносом</numerusform>
            <numerusform>%Ln слова с переносом</numerusform>
            <numerusform>%Ln слов с переносом</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of %1 is already document %2; only its notes were read.</source>
        <translation>Текст %1 уже есть как документ %2; прочитаны только замечания.</translation>
    </message>
    <message>
        <source>PDF notes: %1 found, %2 added (%3 could not be placed and are orphans), %4 replies, %5 already imported.</source>
        <translation>Замечания в PDF: найдено — %1, добавлено — %2 (из них %3 не удалось привязать, они без привязки), ответов — %4, уже импортировано — %5.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3; %4.</source>
        <translation>Записан %1: %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) with their comments</source>
        <translation>
            <numerusform>%Ln выделение с комментариями</numerusform>
            <numerusform>%Ln выделения с комментариями</numerusform>
            <numerusform>%Ln выделений с комментариями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(-ies)</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) were in the PDF already</source>
        <translation>
            <numerusform>%Ln заметка уже была в PDF</numerusform>
            <numerusform>%Ln заметки уже были в PDF</numerusform>
            <numerusform>%Ln заметок уже было в PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: not placed on a page (orphaned or no longer found): %1</source>
        <translation>предупреждение: не размещено на странице (без привязки или больше не найдено): %1</translation>
    </message>
</context>
<context>
    <name>PdfErrors</name>
    <message>
        <source>%1 is encrypted; nothing was imported.</source>
        <translation>%1 зашифрован; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read (%2); nothing was imported.</source>
        <translation>Не удаётся прочитать замечания в %1 (%2); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 has no pages; nothing was imported.</source>
        <translation>В %1 нет страниц; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 has no text layer: its pages (%2) are images (a scan). Run OCR on it (for example with ocrmypdf) and import the result. Nothing was imported.</source>
        <translation>В %1 нет текстового слоя: его страницы (%2) — изображения (скан). Распознайте текст (OCR, например программой ocrmypdf) и импортируйте результат. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file (it does not start with %PDF); nothing was imported.</source>
        <translation>%1 — не файл PDF (он не начинается с %PDF); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is encrypted (password-protected); open it in a PDF reader, save an unprotected copy, and import that. Nothing was imported.</source>
        <translation>%1 зашифрован (защищён паролем); откройте его в программе для чтения PDF, сохраните незащищённую копию и импортируйте её. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF (%2); nothing was imported.</source>
        <translation>%1 повреждён и не читается как PDF (%2); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is encrypted; save an unprotected copy and import that. Nothing was imported.</source>
        <translation>%1 зашифрован; сохраните незащищённую копию и импортируйте её. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is encrypted (password-protected); nothing was imported.</source>
        <translation>%1 зашифрован (защищён паролем); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); nothing was imported.</source>
        <translation>%1 повреждён и не читается (%2); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Document %1 was not imported from a PDF; there is no PDF to annotate.</source>
        <translation>Документ %1 импортирован не из PDF; нет PDF, в который можно записать замечания.</translation>
    </message>
    <message>
        <source>%1 is the library itself; choose another file. Nothing was written.</source>
        <translation>%1 — это сама библиотека; выберите другой файл. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open Reference</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Show All Places Cited</source>
        <translation>Показать все места цитирования</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Нет недавних библиотек</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Очистить список</translation>
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
        <translation>Ключ</translation>
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
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <source>Edit Citation %1</source>
        <translation>Изменить ссылку %1</translation>
    </message>
    <message>
        <source>Number (12, 3-5), key, author or title…</source>
        <translation>Номер (12, 3-5), ключ, автор или название…</translation>
    </message>
    <message>
        <source>Check Selected</source>
        <translation>Отметить выделенные</translation>
    </message>
    <message>
        <source>Check the selected rows (Space)</source>
        <translation>Отметить выделенные строки (Пробел)</translation>
    </message>
    <message>
        <source>Uncheck Selected</source>
        <translation>Снять отметку с выделенных</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Uncheck every reference</source>
        <translation>Снять отметку со всех источников</translation>
    </message>
    <message>
        <source>No reference has %1; the changed marker will not cite it.</source>
        <translation>Источника с номером %1 нет; изменённая ссылка не будет на него указывать.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Check the references the marker should cite.</source>
        <translation>Отметьте источники, на которые должна указывать ссылка.</translation>
    </message>
    <message>
        <source>Will write %1 (%2).</source>
        <translation>Будет записано %1 (%2).</translation>
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
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
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
        <translation>Перенумерация по первой ссылке</translation>
    </message>
    <message>
        <source>References are numbered in the order the text first cites them, and every marker is rewritten to match. A backup of the library is made first, and Edit ▸ Undo takes it back.</source>
        <translation>Источники нумеруются в порядке первого упоминания в тексте, и все ссылки переписываются соответственно. Сначала делается резервная копия библиотеки, а Правка ▸ Отменить возвращает всё обратно.</translation>
    </message>
    <message>
        <source>Uncited references go after the cited ones</source>
        <translation>Нецитируемые источники идут после цитируемых</translation>
    </message>
    <message>
        <source>Uncited references keep their numbers (flagged below)</source>
        <translation>Нецитируемые источники сохраняют свои номера (отмечены ниже)</translation>
    </message>
    <message>
        <source>Only references whose number changes</source>
        <translation>Только источники, у которых меняется номер</translation>
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
        <translation>Определение порядка первых ссылок…</translation>
    </message>
    <message>
        <source>The references are already numbered in order of first citation; nothing would change.</source>
        <translation>Источники уже пронумерованы в порядке первых ссылок; ничего не изменится.</translation>
    </message>
    <message>
        <source>%1 of %2 references get a new number; %3 of %4 markers change.</source>
        <translation>Новый номер получат источников: %1 из %2; изменятся ссылок: %3 из %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) (is/are) not cited in the text.</source>
        <translation>
            <numerusform>%n источник не цитируется в тексте.</numerusform>
            <numerusform>%n источника не цитируются в тексте.</numerusform>
            <numerusform>%n источников не цитируются в тексте.</numerusform>
        </translation>
    </message>
    <message>
        <source>References (%1 change)</source>
        <translation>Источники (изменится: %1)</translation>
    </message>
    <message>
        <source>Markers (%1 change)</source>
        <translation>Ссылки (изменится: %1)</translation>
    </message>
</context>
<context>
    <name>ReviewCli</name>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>документ (id или название); можно не указывать, если он один</translation>
    </message>
    <message>
        <source>annotate the place where a quote stands in the text</source>
        <translation>добавить замечание к месту текста, где стоит цитата</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>the exact text to annotate</source>
        <translation>точный текст, к которому относится замечание</translation>
    </message>
    <message>
        <source>text just before the quote (to tell repeats apart)</source>
        <translation>текст сразу перед цитатой (чтобы различать повторы)</translation>
    </message>
    <message>
        <source>text just after the quote</source>
        <translation>текст сразу после цитаты</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>how the cited sources back the quote</source>
        <translation>насколько цитируемые источники подтверждают цитату</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>МЕТКА</translation>
    </message>
    <message>
        <source>a tag (repeat for more)</source>
        <translation>метка (повторите для нескольких)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>who writes it (default: $SILTEME_USER or the login name)</source>
        <translation>кто пишет (по умолчанию: $SILTEME_USER или имя пользователя в системе)</translation>
    </message>
    <message>
        <source>the writer&apos;s role (default: %(default)s)</source>
        <translation>роль автора замечания (по умолчанию: %(default)s)</translation>
    </message>
    <message>
        <source>the comment is Markdown</source>
        <translation>комментарий в формате Markdown</translation>
    </message>
    <message>
        <source>list annotations</source>
        <translation>список замечаний</translation>
    </message>
    <message>
        <source>only this document (id or title)</source>
        <translation>только этот документ (id или название)</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>вывести массив JSON</translation>
    </message>
    <message>
        <source>annotations as W3C Web Annotation JSON-LD</source>
        <translation>замечания в формате W3C Web Annotation JSON-LD</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>ВЫВОД</translation>
    </message>
    <message>
        <source>the .jsonld file to write, or - for standard output</source>
        <translation>файл .jsonld для записи или - для стандартного вывода</translation>
    </message>
    <message>
        <source>import W3C annotations (one, an array or a collection)</source>
        <translation>импортировать замечания W3C (одно, массив или коллекцию)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>where annotations of unknown documents go</source>
        <translation>куда помещать замечания к неизвестным документам</translation>
    </message>
    <message>
        <source>the thesis as .docx, annotations as Word comments</source>
        <translation>диссертация в .docx, замечания как примечания Word</translation>
    </message>
    <message>
        <source>the .docx file to write</source>
        <translation>файл .docx для записи</translation>
    </message>
    <message>
        <source>for a document imported from Word: the style of reference-list entries that were completed or added</source>
        <translation>для документа, импортированного из Word: стиль дополненных или добавленных записей списка литературы</translation>
    </message>
    <message>
        <source>annotations by section and verdict (Markdown or HTML)</source>
        <translation>замечания по разделам и оценкам (Markdown или HTML)</translation>
    </message>
    <message>
        <source>the file to write, or - for standard output</source>
        <translation>файл для записи или - для стандартного вывода</translation>
    </message>
    <message>
        <source>default: from the file name, else md</source>
        <translation>по умолчанию: по имени файла, иначе md</translation>
    </message>
    <message>
        <source>replace a document&apos;s text with a revised version and re-anchor</source>
        <translation>заменить текст документа новой редакцией и заново привязать замечания</translation>
    </message>
    <message>
        <source>the revised text (UTF-8)</source>
        <translation>новая редакция текста (UTF-8)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>вывести отчёт в формате JSON</translation>
    </message>
    <message>
        <source>Annotated characters %1-%2: %3</source>
        <translation>Замечание к символам %1-%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln блок</numerusform>
            <numerusform>%Ln блока</numerusform>
            <numerusform>%Ln блоков</numerusform>
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
    <message>
        <source>Revised document %1: %2.</source>
        <translation>Документ %1 обновлён: %2.</translation>
    </message>
    <message>
        <source>Annotations: %1 placed exactly, %2 placed fuzzily, %3 orphaned.</source>
        <translation>Замечания: точно привязано %1, приблизительно %2, без привязки %3.</translation>
    </message>
    <message>
        <source>Wrote %1: the author&apos;s own document; paragraphs changed: %2, added: %3, removed: %4; references: %5 (newly formatted: %6); comments: %7, replies: %8.</source>
        <translation>Записан %1: собственный документ автора; изменено абзацев: %2, добавлено: %3, удалено: %4; источников: %5 (заново оформлено: %6); примечаний: %7, ответов: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln абзац</numerusform>
            <numerusform>%Ln абзаца</numerusform>
            <numerusform>%Ln абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for orphaned annotations</source>
        <translation>
            <numerusform>%Ln — к замечаниям без привязки</numerusform>
            <numerusform>%Ln — к замечаниям без привязки</numerusform>
            <numerusform>%Ln — к замечаниям без привязки</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 (%4).</source>
        <translation>Записан %1: %2, %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the library; kept as it is.</source>
        <translation>%1 уже есть в библиотеке; оставлено как есть.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s).</source>
        <translation>
            <numerusform>Импортировано %Ln замечание.</numerusform>
            <numerusform>Импортировано %Ln замечания.</numerusform>
            <numerusform>Импортировано %Ln замечаний.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewErrors</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a W3C annotation file.</source>
        <translation>%1 — папка, а не файл замечаний W3C.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so it is not a W3C annotation file.</source>
        <translation>%1 — не текст в UTF-8, значит, это не файл замечаний W3C.</translation>
    </message>
    <message>
        <source>%1: not JSON (line %2, column %3: %4).</source>
        <translation>%1: не JSON (строка %2, столбец %3: %4).</translation>
    </message>
    <message>
        <source>%1: its JSON is nested too deeply to hold annotations; nothing was imported.</source>
        <translation>%1: вложенность JSON слишком глубока для файла замечаний; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: the JSON cannot be read (%2); nothing was imported.</source>
        <translation>%1: не удаётся прочитать JSON (%2); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no W3C annotation (no Annotation in it, its pages or its collection); nothing was imported.</source>
        <translation>В %1 нет замечаний W3C (ни в нём самом, ни в его страницах, ни в коллекции нет Annotation); ничего не импортировано.</translation>
    </message>
    <message>
        <source>Annotation %1 targets %2, which is not in this library. %3</source>
        <translation>Замечание %1 относится к %2, а его нет в этой библиотеке. %3</translation>
    </message>
    <message>
        <source>No annotation %1 in this library.</source>
        <translation>В этой библиотеке нет замечания %1.</translation>
    </message>
    <message>
        <source>No reply %1 in this library.</source>
        <translation>В этой библиотеке нет ответа %1.</translation>
    </message>
    <message>
        <source>Unknown %1 %2; use one of: %3.</source>
        <translation>Неизвестное значение «%1»: %2; используйте одно из: %3.</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>comment format</source>
        <translation>формат комментария</translation>
    </message>
    <message>
        <source>write annotations</source>
        <translation>писать замечания</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>В этой библиотеке нет документа %1.</translation>
    </message>
    <message>
        <source>Cannot annotate that span: %1.</source>
        <translation>К этому фрагменту нельзя добавить замечание: %1.</translation>
    </message>
    <message>
        <source>The quote %1 was not found in the document&apos;s text.</source>
        <translation>Цитата %1 не найдена в тексте документа.</translation>
    </message>
    <message>
        <source>Cannot change %1 of an annotation.</source>
        <translation>У замечания нельзя изменить: %1.</translation>
    </message>
    <message>
        <source>change another person&apos;s note</source>
        <translation>изменять чужое замечание</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>В ответе должен быть текст.</translation>
    </message>
    <message>
        <source>reply to notes</source>
        <translation>отвечать на замечания</translation>
    </message>
    <message>
        <source>delete another person&apos;s reply</source>
        <translation>удалять чужой ответ</translation>
    </message>
    <message>
        <source>delete another person&apos;s note</source>
        <translation>удалять чужое замечание</translation>
    </message>
    <message>
        <source>move another person&apos;s note</source>
        <translation>перемещать чужое замечание</translation>
    </message>
    <message>
        <source>Cannot attach to that span: %1.</source>
        <translation>К этому фрагменту нельзя привязать: %1.</translation>
    </message>
    <message>
        <source>The revised text is empty; the document was left as it was.</source>
        <translation>Исправленный текст пуст; документ оставлен без изменений.</translation>
    </message>
    <message>
        <source>No paragraphs were found in the revised text; the document was left as it was.</source>
        <translation>В исправленном тексте не найдено абзацев; документ оставлен без изменений.</translation>
    </message>
    <message>
        <source>replace the text</source>
        <translation>заменять текст</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>Import a revised text</source>
        <translation>Импорт новой редакции текста</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Экспорт замечаний</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Импорт замечаний</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Import a reviewed Word file</source>
        <translation>Импорт рецензированного файла Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merging the reviewed Word file…</source>
        <translation>Объединение рецензированного файла Word…</translation>
    </message>
    <message>
        <source>New comments: %1 (%2 could not be anchored on this version of the text and are listed under Orphaned).</source>
        <translation>Новые комментарии: %1 (%2 не удалось привязать к этой версии текста, они в списке «Потерянные»).</translation>
    </message>
    <message>
        <source>New replies: %1. Resolved: %2. Reopened: %3. Already known: %4.</source>
        <translation>Новые ответы: %1. Решено: %2. Открыто снова: %3. Уже известные: %4.</translation>
    </message>
    <message>
        <source>The reviewer also changed the text. These edits were not applied; make those you agree with yourself:</source>
        <translation>Рецензент также изменил текст. Эти правки не применены; внесите сами те, с которыми согласны:</translation>
    </message>
    <message>
        <source>Reviewed Word file merged</source>
        <translation>Рецензированный файл Word объединён</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Save a review report</source>
        <translation>Сохранить отчёт рецензии</translation>
    </message>
    <message>
        <source>Importing the revised text…</source>
        <translation>Импорт новой редакции текста…</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Экспорт замечаний…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
            <numerusform>Записано замечаний и ответов в %1: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Импорт замечаний…</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 comments (%3 on orphaned annotations).</source>
        <translation>Записан %1: примечаний — %2 (к замечаниям без привязки — %3).</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Запись документа Word…</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Запись отчёта рецензии…</translation>
    </message>
    <message>
        <source>Wrote the review report to %1.</source>
        <translation>Отчёт рецензии записан в %1.</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>The revised text is in place: %1 paragraphs, %2 claims, %3 markers.</source>
        <translation>Новая редакция на месте: абзацев — %1, утверждений — %2, ссылок — %3.</translation>
    </message>
    <message>
        <source>Annotations: %1 placed exactly, %2 placed fuzzily (worth a look), %3 orphaned.</source>
        <translation>Замечания: точно привязано — %1, приблизительно — %2 (стоит проверить), без привязки — %3.</translation>
    </message>
    <message>
        <source>The text of the orphaned ones is gone; they are listed under Orphaned in the Annotations dock, where you can re-attach each to a new place.</source>
        <translation>Текста замечаний без привязки больше нет; они перечислены на вкладке «Без привязки» панели «Замечания», где каждое можно привязать к новому месту.</translation>
    </message>
    <message>
        <source>The library as it was is saved in %1.</source>
        <translation>Прежнее состояние библиотеки сохранено в %1.</translation>
    </message>
    <message>
        <source>Undo cannot take a revision back, so the undo history was cleared.</source>
        <translation>Отмена не может вернуть прежнюю редакцию, поэтому история изменений очищена.</translation>
    </message>
    <message>
        <source>Revised text imported</source>
        <translation>Новая редакция импортирована</translation>
    </message>
    <message>
        <source>Imported %1 annotations: %2 placed exactly, %3 fuzzily, %4 orphaned.</source>
        <translation>Импортировано замечаний: %1; точно привязано — %2, приблизительно — %3, без привязки — %4.</translation>
    </message>
    <message>
        <source>%1 were already in the library and were kept as they are.</source>
        <translation>Уже были в библиотеке и оставлены как есть: %1.</translation>
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
    <name>SourceImports</name>
    <message>
        <source>&amp;LaTeX Project…</source>
        <translation>&amp;Проект LaTeX…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Import a LaTeX thesis: choose its main file</source>
        <translation>Импорт диссертации LaTeX: выберите главный файл</translation>
    </message>
    <message>
        <source>LaTeX files (*.tex);;All files (*)</source>
        <translation>Файлы LaTeX (*.tex);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a thesis or a reviewed copy from a PDF</source>
        <translation>Импорт диссертации или копии с замечаниями из PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the LaTeX project %1…</source>
        <translation>Чтение проекта LaTeX %1…</translation>
    </message>
    <message>
        <source>Reading %1 (a long PDF takes a minute)…</source>
        <translation>Чтение %1 (длинный PDF читается около минуты)…</translation>
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
        <source>%Ln reference(s) from the .bib files</source>
        <translation>
            <numerusform>%Ln источник из файлов .bib</numerusform>
            <numerusform>%Ln источника из файлов .bib</numerusform>
            <numerusform>%Ln источников из файлов .bib</numerusform>
        </translation>
    </message>
    <message>
        <source>Revised %1 from its LaTeX project: %2, %3.</source>
        <translation>%1 обновлён из проекта LaTeX: %2, %3.</translation>
    </message>
    <message>
        <source>Imported %1 from LaTeX: %2, %3.</source>
        <translation>%1 импортирован из LaTeX: %2, %3.</translation>
    </message>
    <message>
        <source>Keys missing from the .bib files: %1.</source>
        <translation>Ключи, которых нет в файлах .bib: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviewer note(s) added</source>
        <translation>
            <numerusform>добавлено замечаний рецензента: %Ln</numerusform>
            <numerusform>добавлено замечаний рецензента: %Ln</numerusform>
            <numerusform>добавлено замечаний рецензента: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2 PDF pages; %3.</source>
        <translation>%1 импортирован из %2 страниц PDF; %3.</translation>
    </message>
    <message>
        <source>This PDF&apos;s text is already in the library; %1.</source>
        <translation>Текст этого PDF уже есть в библиотеке; %1.</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
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
    <name>StaleEditDialog</name>
    <message>
        <source>Reload (Drop My Edit)</source>
        <translation>Перезагрузить (отбросить мою правку)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Сохранено сейчас</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation>Ваш абзац</translation>
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
    <name>StorageErrors</name>
    <message>
        <source>%1 is the library itself; name another file for the backup.</source>
        <translation>%1 — это сама библиотека; укажите для резервной копии другой файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was restored.</source>
        <translation>%1 не читается как база данных (%2); ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored.</source>
        <translation>%1 повреждён (%2); ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Silteme; update Silteme to restore it. Nothing was restored.</source>
        <translation>%1 записан более новой версией Silteme; обновите Silteme, чтобы восстановить его. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a library (%2); nothing was restored.</source>
        <translation>%1 не читается как библиотека (%2); ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library; nothing was restored.</source>
        <translation>%1 — не библиотека Silteme; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 is the library itself; name a backup to restore.</source>
        <translation>%1 — это сама библиотека; укажите резервную копию для восстановления.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2.</source>
        <translation>Не удаётся создать папку резервных копий %1: %2.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 — папка, а не файл библиотеки.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library: it is not an SQLite database file.</source>
        <translation>%1 — не библиотека Silteme: это не файл базы данных SQLite.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Не удаётся записать %1: папки %2 не существует.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The old file, if any, is unchanged.</source>
        <translation>Не удаётся записать %1: %2. Прежний файл, если он был, не изменён.</translation>
    </message>
    <message>
        <source>Cannot write %1: its path cannot be followed (%2).</source>
        <translation>Не удаётся записать %1: по его пути нельзя пройти (%2).</translation>
    </message>
    <message>
        <source>%1 is the library %2 or one of its files; an export never overwrites the library. Name another file.</source>
        <translation>%1 — это библиотека %2 или один из её файлов; экспорт никогда не перезаписывает библиотеку. Укажите другой файл.</translation>
    </message>
    <message>
        <source>%1 is inside the backups folder of the library %2; an export never writes there. Name another file.</source>
        <translation>%1 находится в папке резервных копий библиотеки %2; экспорт никогда не пишет туда. Укажите другой файл.</translation>
    </message>
    <message>
        <source>%1 is a database file (a library, a backup or one of their journals); an export never overwrites one. Name another file.</source>
        <translation>%1 — файл базы данных (библиотека, резервная копия или их журнал); экспорт никогда не перезаписывает такие файлы. Укажите другой файл.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 уже существует; ничего не перезаписано.</translation>
    </message>
    <message>
        <source>The copy of %1 failed its check (%2); %1 may be damaged.</source>
        <translation>Копия %1 не прошла проверку (%2); возможно, %1 повреждён.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3.</source>
        <translation>Не удалось скопировать %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Could not restore %1 into %2: %3.</source>
        <translation>Не удалось восстановить %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>Не удалось заменить %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: it is read-only. Name a place that can be written: silteme backup OUT.</source>
        <translation>Не удаётся записать резервную копию в %1: там можно только читать. Укажите место, куда можно писать: silteme backup OUT.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: its path cannot be followed (%2).</source>
        <translation>Не удаётся открыть библиотеку %1: по её пути нельзя пройти (%2).</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the folder %2 does not exist.</source>
        <translation>Не удаётся создать библиотеку %1: папки %2 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library: it is not an SQLite database file. Nothing was changed.</source>
        <translation>%1 — не библиотека Silteme: это не файл базы данных SQLite. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2), and Silteme backs a library up before upgrading it, but the backup failed: %3 The library was not changed.</source>
        <translation>Библиотеке %1 нужно обновление схемы (с %2), а перед обновлением Silteme делает резервную копию, но её сделать не удалось: %3 Библиотека не изменена.</translation>
    </message>
    <message>
        <source>The server of %1 refused the login: %2. Give the password in PGPASSWORD or ~/.pgpass (or in the window when it asks).</source>
        <translation>Сервер %1 отказал во входе: %2. Укажите пароль в PGPASSWORD или ~/.pgpass (или в окне, когда оно спросит).</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1: %2.</source>
        <translation>Не удаётся связаться с сервером %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2); nothing of the last change was saved. Try again when the server is reachable.</source>
        <translation>Связь с сервером %1 потеряна (%2); из последнего изменения ничего не сохранено. Попробуйте снова, когда сервер будет доступен.</translation>
    </message>
    <message>
        <source>Someone else changed the same rows at the same moment; nothing of this change was saved. Try it again.</source>
        <translation>Кто-то другой в тот же момент изменил те же строки; из этого изменения ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Сервер отклонил изменение (%1).</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Silteme library (%2). Nothing was changed.</source>
        <translation>%1 повреждён или не является библиотекой Silteme (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is read-only: Silteme needs to write to its library (%2).</source>
        <translation>%1 доступен только для чтения: Silteme должен записывать в свою библиотеку (%2).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written (%2).</source>
        <translation>Диск, на котором находится %1, заполнен; ничего не записано (%2).</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is done (%2).</source>
        <translation>%1 заблокирован другой программой; попробуйте снова, когда она закончит (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>Не удаётся открыть %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot use the library %1: %2</source>
        <translation>Не удаётся использовать библиотеку %1: %2</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>изменять %1</translation>
    </message>
    <message>
        <source>Your role (%1) cannot %2.</source>
        <translation>Ваша роль (%1) не позволяет %2.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program (%2); it is not a Silteme library. Nothing was changed.</source>
        <translation>В %1 таблицы другой программы (%2); это не библиотека Silteme. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Silteme&apos;s tables</source>
        <translation>таблицы Silteme</translation>
    </message>
    <message>
        <source>tables of another program (%1)</source>
        <translation>таблицы другой программы (%1)</translation>
    </message>
    <message>
        <source>%1 holds %2 but no schema version (its alembic_version table is empty), so Silteme cannot tell which schema it has. Restore a backup of it (silteme restore). Nothing was changed.</source>
        <translation>В %1 есть %2, но нет версии схемы (его таблица alembic_version пуста), поэтому Silteme не может определить его схему. Восстановите его из резервной копии (silteme restore). Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (its tables: %2; schema %3); it is not a Silteme library. Nothing was changed.</source>
        <translation>%1 — база данных другой программы (её таблицы: %2; схема %3); это не библиотека Silteme. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Silteme (schema %2); this version knows schemas up to %3. Update Silteme to open it. Nothing was changed.</source>
        <translation>%1 записан более новой версией Silteme (схема %2); эта версия знает схемы только до %3. Обновите Silteme, чтобы открыть его. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>рецензент</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>Открыть &amp;командную библиотеку…</translation>
    </message>
    <message>
        <source>Open Team Library</source>
        <translation>Открыть командную библиотеку</translation>
    </message>
    <message>
        <source>Address of the team library (postgresql://login@host:port/database):</source>
        <translation>Адрес командной библиотеки (postgresql://логин@хост:порт/база):</translation>
    </message>
    <message>
        <source>A team library&apos;s address starts with postgresql://</source>
        <translation>Адрес командной библиотеки начинается с postgresql://</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password of %1 (kept only while Silteme runs):</source>
        <translation>Пароль для %1 (хранится, только пока работает Silteme):</translation>
    </message>
    <message>
        <source>Team library: %1</source>
        <translation>Командная библиотека: %1</translation>
    </message>
    <message>
        <source>Your role (%1) cannot do this.</source>
        <translation>Ваша роль (%1) не позволяет это сделать.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). What you type is kept; Silteme retries.</source>
        <translation>Сервер %1 недоступен (%2). Введённое сохраняется; Silteme повторяет попытку.</translation>
    </message>
    <message>
        <source>Offline: retrying…</source>
        <translation>Нет связи: повтор…</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Команда: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 уже существует; ничего не перезаписано.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Не удаётся записать %1: папки %2 не существует.</translation>
    </message>
    <message>
        <source>The copy written to %1 failed its check (%2); nothing was kept.</source>
        <translation>Копия, записанная в %1, не прошла проверку (%2); ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Не удалось записать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2.</source>
        <translation>Не удаётся создать папку резервных копий %1: %2.</translation>
    </message>
    <message>
        <source>restore_into_team needs a team library.</source>
        <translation>Для restore_into_team нужна командная библиотека.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>restore a library</source>
        <translation>восстанавливать библиотеку</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 has rows); a backup is restored only into an empty team library, so nothing is overwritten. Create a new database for it.</source>
        <translation>%1 не пуста (в %2 есть строки); резервная копия восстанавливается только в пустую командную библиотеку, чтобы ничего не перезаписать. Создайте для неё новую базу данных.</translation>
    </message>
    <message>
        <source>Team commands need a team library on a PostgreSQL server: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Командам team нужна командная библиотека на сервере PostgreSQL: укажите --db postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most %2 bytes).</source>
        <translation>%1 не может быть именем логина: используйте буквы, цифры, &apos;_&apos;, &apos;.&apos; или &apos;-&apos;, начиная с буквы (не больше %2 байт).</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: names starting with pg_ or silteme_ are reserved.</source>
        <translation>%1 не может быть именем логина: имена, начинающиеся с pg_ или silteme_, зарезервированы.</translation>
    </message>
    <message>
        <source>Unknown role %1; the roles are %2.</source>
        <translation>Неизвестная роль %1; есть такие роли: %2.</translation>
    </message>
    <message>
        <source>There is already a login named %1 on this server; choose another name.</source>
        <translation>На этом сервере уже есть логин %1; выберите другое имя.</translation>
    </message>
    <message>
        <source>This library has no team roles yet; run `silteme --db URL team init` first.</source>
        <translation>В этой библиотеке пока нет командных ролей; сначала выполните `silteme --db URL team init`.</translation>
    </message>
</context>
<context>
    <name>ThesisErrors</name>
    <message>
        <source>Give at least one reference number to cite in %1.</source>
        <translation>Укажите хотя бы один номер источника для ссылки в %1.</translation>
    </message>
    <message>
        <source>No reference numbered %1 in document %2 (%3); its bibliography has numbers %4. Nothing was changed.</source>
        <translation>В документе %2 (%3) нет источника с номером %1; в его списке литературы номера %4. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No reference numbered %1 in document %2 (%3); its bibliography has no numbers yet. Nothing was changed.</source>
        <translation>В документе %2 (%3) нет источника с номером %1; в его списке литературы пока нет номеров. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No document with id %1 in this library.</source>
        <translation>В этой библиотеке нет документа с id %1.</translation>
    </message>
    <message>
        <source>Block %1 cannot be left empty; nothing was changed.</source>
        <translation>Блок %1 нельзя оставить пустым; ничего не изменено.</translation>
    </message>
    <message>
        <source>The new text of block %1 holds a blank line, which would split the paragraph; nothing was changed.</source>
        <translation>В новом тексте блока %1 есть пустая строка, которая разделила бы абзац; ничего не изменено.</translation>
    </message>
    <message>
        <source>Offset %1 is outside block %2 (%3 characters).</source>
        <translation>Позиция %1 вне блока %2 (в нём %3 символов).</translation>
    </message>
    <message>
        <source>Offset %1 is inside the marker %2; change that marker&apos;s numbers instead.</source>
        <translation>Позиция %1 внутри ссылки %2; вместо этого измените номера в этой ссылке.</translation>
    </message>
    <message>
        <source>No citation marker %1 in this library.</source>
        <translation>В этой библиотеке нет ссылки %1.</translation>
    </message>
    <message>
        <source>The paragraph «%1» or the numbering of the references it cites was changed in another window or program after you opened it. Reload to see the other change (your edit is dropped), or apply your edit again onto the saved paragraph (the other change is lost there).</source>
        <translation>Абзац «%1» или нумерация источников, на которые он ссылается, изменены в другом окне или программе после того, как вы его открыли. Перезагрузите, чтобы увидеть другое изменение (ваша правка будет отброшена), или примените свою правку заново к сохранённому абзацу (другое изменение в нём потеряется).</translation>
    </message>
    <message>
        <source>Uncited references go &apos;after&apos; the cited ones or &apos;keep&apos; their numbers, not %1.</source>
        <translation>Непроцитированные источники идут после процитированных (&apos;after&apos;) или сохраняют свои номера (&apos;keep&apos;), но не %1.</translation>
    </message>
    <message>
        <source>The renumbering cannot be applied: %1</source>
        <translation>Перенумерацию нельзя применить: %1</translation>
    </message>
    <message>
        <source>renumber references</source>
        <translation>перенумеровывать источники</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>В этой библиотеке нет документа %1.</translation>
    </message>
    <message>
        <source>The document changed since this renumbering was planned; plan it again. Nothing was changed.</source>
        <translation>Документ изменился после того, как перенумерация была спланирована; спланируйте её заново. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No block %1 in this library.</source>
        <translation>В этой библиотеке нет блока %1.</translation>
    </message>
    <message>
        <source>The span %1-%2 is outside block %3, whose text has %4 characters.</source>
        <translation>Фрагмент %1-%2 выходит за пределы блока %3, в тексте которого %4 символов.</translation>
    </message>
    <message>
        <source>Block %1 changed since this edit (expected %2 at offset %3); undo the later edits first.</source>
        <translation>Блок %1 изменился после этой правки (в позиции %3 ожидалось %2); сначала отмените более поздние правки.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation>%1 больше %2 МБ; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: no such file; nothing was imported.</source>
        <translation>%1: такого файла нет; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was imported.</source>
        <translation>%1 — папка, а не файл; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2; nothing was imported.</source>
        <translation>Не удаётся прочитать %1: %2; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data (a NUL byte on line %2). Nothing was imported.</source>
        <translation>%1 — не текстовый файл: в нём двоичные данные (байт NUL в строке %2). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: byte 0x%2 on line %3 (offset %4) cannot be decoded. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation>%1 — не текст в UTF-8: байт 0x%2 в строке %3 (позиция %4) не декодируется. Сохраните файл в UTF-8 и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>%1 пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>The text is empty: there is nothing to import.</source>
        <translation>Текст пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>No paragraphs were found in %1; nothing was imported.</source>
        <translation>В %1 не найдено абзацев; ничего не импортировано.</translation>
    </message>
    <message>
        <source>No paragraphs were found in the text; nothing was imported.</source>
        <translation>В тексте не найдено абзацев; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>This step was made in another library, which is no longer open.</source>
        <translation>Этот шаг сделан в другой библиотеке, которая больше не открыта.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed, and this step was taken out of the undo history.</source>
        <translation>%1

Ничего не изменено, и этот шаг удалён из истории изменений.</translation>
    </message>
    <message>
        <source>%1

The library is as it was before; the undo history was cleared.</source>
        <translation>%1

Библиотека осталась прежней; история изменений очищена.</translation>
    </message>
</context>
<context>
    <name>WordCli</name>
    <message>
        <source>import a thesis from a Word document (.docx, or .odt with LibreOffice)</source>
        <translation>импортировать диссертацию из документа Word (.docx или .odt через LibreOffice)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>название документа (по умолчанию: имя файла)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>вывести итог одним объектом JSON</translation>
    </message>
    <message>
        <source>merge a reviewer&apos;s Word file: new comments, replies, resolved state</source>
        <translation>объединить файл Word рецензента: новые примечания, ответы, статус «решено»</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ДОКУМЕНТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>документ (id или название); можно не указывать, если он один</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  примечание: %1</translation>
    </message>
    <message>
        <source>The reviewer also changed the text; these edits were NOT applied (make them yourself if you agree):</source>
        <translation>Рецензент также изменил текст; эти правки НЕ применены (внесите их сами, если согласны):</translation>
    </message>
    <message>
        <source>Imported %1 as document %2: %3 sections, %4 blocks (%5 tables, %6 footnotes), %7 claims, %8 citation markers.</source>
        <translation>%1 импортирован как документ %2: разделов — %3, блоков — %4 (таблиц — %5, сносок — %6), утверждений — %7, ссылок — %8.</translation>
    </message>
    <message>
        <source>%1 references to check (%2 of them read into fields); Word comments: %3 threads, %4 replies.</source>
        <translation>Источников для проверки: %1 (разобрано по полям: %2); примечания Word: обсуждений — %3, ответов — %4.</translation>
    </message>
    <message>
        <source>Merged the review into document %1: %2 new comments (%3 of them could not be anchored and are kept as orphaned), %4 new replies, %5 resolved, %6 reopened, %7 already known.</source>
        <translation>Рецензия объединена с документом %1: новых примечаний — %2 (из них %3 не удалось привязать, они сохранены без привязки), новых ответов — %4, решено — %5, снова открыто — %6, уже известных — %7.</translation>
    </message>
</context>
<context>
    <name>WordErrors</name>
    <message>
        <source>%1 holds no text: there is nothing to import.</source>
        <translation>В %1 нет текста: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 has no headings (no Heading styles, outline levels or numbered titles such as &quot;1 ...&quot;, КІРІСПЕ or ВВЕДЕНИЕ); nothing was imported.</source>
        <translation>В %1 нет заголовков (ни стилей Heading, ни уровней структуры, ни нумерованных названий вроде &quot;1 ...&quot;, КІРІСПЕ или ВВЕДЕНИЕ); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 has no reference list (a heading such as ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ, СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ or References followed by its entries); nothing was imported.</source>
        <translation>В %1 нет списка литературы (заголовка вроде ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ, СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ или References с записями после него); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: opening OpenDocument files needs LibreOffice, which is not installed; install it (Debian: libreoffice-writer) or save the file as .docx in your word processor.</source>
        <translation>%1: чтобы открывать файлы OpenDocument, нужен LibreOffice, а он не установлен; установите его (Debian: libreoffice-writer) или сохраните файл как .docx в своём текстовом редакторе.</translation>
    </message>
    <message>
        <source>%1: LibreOffice did not finish converting it within %2 seconds.</source>
        <translation>%1: LibreOffice не закончил преобразование за %2 секунд.</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not be started (%2).</source>
        <translation>%1: не удалось запустить LibreOffice (%2).</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it to %2 (is it a valid document?).</source>
        <translation>%1: LibreOffice не смог преобразовать его в %2 (это корректный документ?).</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3); the file is damaged.</source>
        <translation>%1: часть %2 — некорректный XML (%3); файл повреждён.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Word document.</source>
        <translation>%1 — папка, а не документ Word.</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: не удаётся прочитать (%2).</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Word document.</source>
        <translation>%1 пуст (0 байт); это не документ Word.</translation>
    </message>
    <message>
        <source>%1 is an encrypted .docx or an old Word 97-2003 .doc; remove the password or save it as a Word document (.docx) and import that.</source>
        <translation>%1 — зашифрованный .docx или старый .doc Word 97-2003; снимите пароль или сохраните его как документ Word (.docx) и импортируйте его.</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx): it is not a zip package.</source>
        <translation>%1 — не документ Word (.docx): это не zip-пакет.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its zip directory cannot be read.</source>
        <translation>%1 повреждён или обрезан: его каталог zip не читается.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it cannot be unpacked (%2).</source>
        <translation>%1 повреждён: одну из его частей не удаётся распаковать (%2).</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large (%3 bytes) for a document.</source>
        <translation>%1: часть %2 слишком велика для документа (%3 байт).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not a Word document: it has no [Content_Types].xml.</source>
        <translation>%1 — zip-файл, но не документ Word: в нём нет [Content_Types].xml.</translation>
    </message>
    <message>
        <source>%1 is a zip file but not a Word document: it names no main document part.</source>
        <translation>%1 — zip-файл, но не документ Word: в нём не указана основная часть документа.</translation>
    </message>
    <message>
        <source>%1 is an Office file but a spreadsheet; import a Word document (.docx).</source>
        <translation>%1 — файл Office, но это электронная таблица; импортируйте документ Word (.docx).</translation>
    </message>
    <message>
        <source>%1 is an Office file but a presentation; import a Word document (.docx).</source>
        <translation>%1 — файл Office, но это презентация; импортируйте документ Word (.docx).</translation>
    </message>
    <message>
        <source>%1 is an Office file but not a Word document; import a Word document (.docx).</source>
        <translation>%1 — файл Office, но не документ Word; импортируйте документ Word (.docx).</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>Import a thesis from Word</source>
        <translation>Импорт диссертации из Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;OpenDocument text (*.odt);;All files (*)</source>
        <translation>Документы Word (*.docx);;Текст OpenDocument (*.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
    <message>
        <source>%1 is in the library: %2 sections, %3 paragraphs and tables, %4 markers in %5 claims.</source>
        <translation>%1 в библиотеке: разделов %2, абзацев и таблиц %3, маркеров %4 в %5 утверждениях.</translation>
    </message>
    <message>
        <source>Its reference list gave %1 references (%2 read into fields); each keeps its text as written and is marked incomplete until you check it.</source>
        <translation>Из списка литературы получено источников: %1 (%2 разобраны по полям); каждый хранит текст как написан и отмечен неполным, пока вы его не проверите.</translation>
    </message>
    <message>
        <source>Word comments: %1 threads with %2 replies.</source>
        <translation>Комментарии Word: веток %1, ответов %2.</translation>
    </message>
    <message>
        <source>Word document imported</source>
        <translation>Документ Word импортирован</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
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
