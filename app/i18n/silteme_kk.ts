<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Annotate «%1»</source>
        <translation>«%1» үзіндісіне ескертпе</translation>
    </message>
    <message>
        <source>Delete the annotation on «%1»</source>
        <translation>«%1» үзіндісіндегі ескертпені жою</translation>
    </message>
    <message>
        <source>Reply to an annotation</source>
        <translation>Ескертпеге жауап беру</translation>
    </message>
    <message>
        <source>Re-attach an annotation to «%1»</source>
        <translation>Ескертпені «%1» үзіндісіне қайта байлау</translation>
    </message>
    <message>
        <source>Import annotations from %1</source>
        <translation>%1 файлынан ескертпелерді импорттау</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Edit annotation</source>
        <translation>Ескертпені өңдеу</translation>
    </message>
    <message>
        <source>New annotation</source>
        <translation>Жаңа ескертпе</translation>
    </message>
    <message>
        <source>Your comment…</source>
        <translation>Түсініктемеңіз…</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Қарапайым мәтін</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. page, translation</source>
        <translation>Үтір арқылы, мысалы: бет, аударма</translation>
    </message>
    <message>
        <source>The verdict&apos;s colour</source>
        <translation>Бағаның түсі</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Баға:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішімі:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Тегтер:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Түсі:</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Quote</source>
        <translation>Үзінді</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 шешілген</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ашық</translation>
    </message>
    <message>
        <source>No annotations</source>
        <translation>Ескертпе жоқ</translation>
    </message>
    <message>
        <source>%1 open, %2 resolved annotations</source>
        <translation>Ескертпелер: %1 ашық, %2 шешілген</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Расталады</translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation>Ішінара расталады</translation>
    </message>
    <message>
        <source>Not supported by the cited source</source>
        <translation>Келтірілген дереккөз растамайды</translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation>Дереккөз керек</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Бағасыз</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>расталады</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>ішінара</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>расталмайды</translation>
    </message>
    <message>
        <source>needs source</source>
        <translation>дереккөз керек</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілген</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Дәл</translation>
    </message>
    <message>
        <source>Moved (fuzzy)</source>
        <translation>Жылжыған (шамамен)</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Орны жоғалған</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Көк</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Қызғылт</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Қызғылт сары</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Сұр</translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Таңдалған мәтінге &amp;ескертпе…</translation>
    </message>
    <message>
        <source>&amp;Re-attach Annotation to Selection</source>
        <translation>Ескертпені таңдалған мәтінге &amp;қайта байлау</translation>
    </message>
    <message>
        <source>Your &amp;Name and Role…</source>
        <translation>Атыңыз бен &amp;рөліңіз…</translation>
    </message>
    <message>
        <source>Import &amp;Revised Text…</source>
        <translation>Жаңартылған &amp;мәтінді импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations (W3C JSON-LD)…</source>
        <translation>Ескертпелерді &amp;экспорттау (W3C JSON-LD)…</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations (W3C JSON-LD)…</source>
        <translation>Ескертпелерді и&amp;мпорттау (W3C JSON-LD)…</translation>
    </message>
    <message>
        <source>Export &amp;Word Document with Comments…</source>
        <translation>Түсініктемелері бар &amp;Word құжатын экспорттау…</translation>
    </message>
    <message>
        <source>Review Re&amp;port (Markdown or HTML)…</source>
        <translation>Рецензия &amp;есебі (Markdown немесе HTML)…</translation>
    </message>
    <message>
        <source>Import Reviewed &amp;Word File…</source>
        <translation>Тексерілген &amp;Word файлын импорттау…</translation>
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
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>The text of this annotation is gone from this revision: select its new place in the reader and re-attach it.</source>
        <translation>Бұл ескертпенің мәтіні осы нұсқада жоқ: оқу аймағынан жаңа орнын таңдап, қайта байлаңыз.</translation>
    </message>
    <message>
        <source>You write as %1.</source>
        <translation>Сіз %1 ретінде жазасыз.</translation>
    </message>
    <message>
        <source>Select some text in the reader to annotate it.</source>
        <translation>Ескертпе жазу үшін оқу аймағынан мәтін таңдаңыз.</translation>
    </message>
    <message>
        <source>Edit the annotation on «%1»</source>
        <translation>«%1» үзіндісіндегі ескертпені өңдеу</translation>
    </message>
    <message>
        <source>Resolve «%1»</source>
        <translation>«%1» шешілді деп белгілеу</translation>
    </message>
    <message>
        <source>Reopen «%1»</source>
        <translation>«%1» қайта ашу</translation>
    </message>
    <message>
        <source>Annotation deleted; Undo brings it back.</source>
        <translation>Ескертпе жойылды; Болдырмау оны қайтарады.</translation>
    </message>
    <message>
        <source>Choose an annotation in the Annotations dock first.</source>
        <translation>Алдымен Ескертпелер панелінен ескертпені таңдаңыз.</translation>
    </message>
    <message>
        <source>Select the text in the reader where the annotation belongs now.</source>
        <translation>Оқу аймағынан ескертпенің жаңа орнын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Search quotes, comments, replies…</source>
        <translation>Үзінділерден, түсініктемелерден, жауаптардан іздеу…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Орны жоғалған</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Жауап жазыңыз…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Жауап беру</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Шешілді</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Re-&amp;attach</source>
        <translation>Қайта &amp;байлау</translation>
    </message>
    <message>
        <source>Attach this annotation to the text selected in the reader</source>
        <translation>Бұл ескертпені оқу аймағында таңдалған мәтінге байлау</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Ескертпені жою</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Source group of the annotated claim</source>
        <translation>Ескертпе жазылған тұжырымның дереккөз тобы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Кез келген баға</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Кез келген адам</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Кез келген тег</translation>
    </message>
    <message>
        <source>Any source group</source>
        <translation>Кез келген дереккөз тобы</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Orphaned (%1)</source>
        <translation>Орны жоғалған (%1)</translation>
    </message>
    <message>
        <source>Choose an annotation to read its thread. To annotate, select text in the reader and press Ctrl+Alt+A.</source>
        <translation>Талқылауын оқу үшін ескертпені таңдаңыз. Ескертпе жазу үшін оқу аймағынан мәтінді таңдап, Ctrl+Alt+A басыңыз.</translation>
    </message>
    <message>
        <source>The filters hide this annotation from the list: clear them to act on it.</source>
        <translation>Сүзгілер бұл ескертпені тізімнен жасырып тұр: онымен жұмыс істеу үшін сүзгілерді тазартыңыз.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <source>%1 orphaned</source>
        <translation>%1 орны жоғалған</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Citation Audit</source>
        <translation>Сілтемелерді тексеру</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>&gt; </translation>
    </message>
    <message>
        <source> sources</source>
        <translation> дереккөз</translation>
    </message>
    <message>
        <source>A marker citing more sources than this at once is reported</source>
        <translation>Бұдан көп дереккөзге бірден сілтейтін сілтеме хабарланады</translation>
    </message>
    <message>
        <source>Primary sources in…</source>
        <translation>Бастапқы дереккөздер…</translation>
    </message>
    <message>
        <source>Sections whose claims must cite a primary source (legal act, diplomatic document, speech, statistics)</source>
        <translation>Тұжырымдары бастапқы дереккөзге (құқықтық акт, дипломатиялық құжат, сөз, статистика) сілтеуі тиіс бөлімдер</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Деңгейі:</translation>
    </message>
    <message>
        <source>Long ranges:</source>
        <translation>Ұзын аралықтар:</translation>
    </message>
    <message>
        <source>The audit runs when a document is loaded.</source>
        <translation>Тексеру құжат жүктелгенде басталады.</translation>
    </message>
    <message>
        <source>Primary sources in %1</source>
        <translation>Бастапқы дереккөздер: %1</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln қате</numerusform>
            <numerusform>%Ln қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln ескерту</numerusform>
            <numerusform>%Ln ескерту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln мәлімет</numerusform>
            <numerusform>%Ln мәлімет</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to report: every citation checked is in order.</source>
        <translation>Хабарлайтын ештеңе жоқ: тексерілген сілтемелердің бәрі дұрыс.</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>Тексеру орындалмады: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Барлық деңгейлер</translation>
    </message>
</context>
<context>
    <name>AuditErrors</name>
    <message>
        <source>No section %1 in %2. Its sections: %3.</source>
        <translation>%2 ішінде %1 бөлімі жоқ. Оның бөлімдері: %3.</translation>
    </message>
    <message>
        <source>Unknown audit kinds: %1; the kinds are %2.</source>
        <translation>Тексерудің белгісіз түрлері: %1; бар түрлері: %2.</translation>
    </message>
    <message>
        <source>The long-range threshold must be at least 1, not %1.</source>
        <translation>Алыс сілтеме шегі кемінде 1 болуы керек, %1 емес.</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>Бұл кітапханада %1 құжаты жоқ.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Number not in the bibliography</source>
        <translation>Нөмір әдебиеттер тізімінде жоқ</translation>
    </message>
    <message>
        <source>Uncited reference</source>
        <translation>Келтірілмеген дереккөз</translation>
    </message>
    <message>
        <source>First citation out of order</source>
        <translation>Алғашқы сілтеме ретсіз</translation>
    </message>
    <message>
        <source>Long range</source>
        <translation>Ұзын аралық</translation>
    </message>
    <message>
        <source>Incomplete references</source>
        <translation>Толық емес дереккөздер</translation>
    </message>
    <message>
        <source>No primary source</source>
        <translation>Бастапқы дереккөз жоқ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(бірінші бөлімге дейін)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Табылған мәселе</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
</context>
<context>
    <name>AuthorCli</name>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>құжат (id немесе атауы); жалғыз құжат болса, көрсетпеуге болады</translation>
    </message>
    <message>
        <source>check a document&apos;s citations: uncited and dangling numbers, order, long ranges, ...</source>
        <translation>құжаттың сілтемелерін тексеру: келтірілмеген және тізімде жоқ нөмірлер, рет, ұзын аралықтар, …</translation>
    </message>
    <message>
        <source>print the findings as JSON (docs/audit-format.md)</source>
        <translation>табылған мәселелерді JSON түрінде шығару (docs/audit-format.md)</translation>
    </message>
    <message>
        <source>report markers citing more than N sources at once (default: %(default)s)</source>
        <translation>бірден N-нен көп дереккөзге сілтейтін сілтемелерді көрсету (әдепкіде: %(default)s)</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>БӨЛІМ</translation>
    </message>
    <message>
        <source>sections (number like 1.2, or title) whose claims need a primary source</source>
        <translation>тұжырымдарына бастапқы дереккөз қажет бөлімдер (1.2 сияқты нөмірі немесе атауы)</translation>
    </message>
    <message>
        <source>exit with 1 when there are errors or warnings</source>
        <translation>қателер немесе ескертулер болса, 1 кодымен шығу</translation>
    </message>
    <message>
        <source>number the bibliography in order of first citation and rewrite every marker</source>
        <translation>әдебиеттер тізімін алғашқы сілтеме ретімен нөмірлеп, әр сілтемені қайта жазу</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>тек не өзгеретінін көрсету</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>жоспарды JSON түрінде шығару</translation>
    </message>
    <message>
        <source>uncited references go after the cited ones, or keep their numbers (default: %(default)s)</source>
        <translation>келтірілмеген дереккөздер келтірілгендерден кейін тұрады не нөмірлерін сақтайды (әдепкіде: %(default)s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln қате</numerusform>
            <numerusform>%Ln қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln ескерту</numerusform>
            <numerusform>%Ln ескерту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln мәлімет</numerusform>
            <numerusform>%Ln мәлімет</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of «%1»: %2.</source>
        <translation>«%1» тексерілді: %2.</translation>
    </message>
    <message>
        <source>(before the first section)</source>
        <translation>(бірінші бөлімге дейін)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>note</source>
        <translation>мәлімет</translation>
    </message>
    <message>
        <source>(not cited)</source>
        <translation>(келтірілмеген)</translation>
    </message>
    <message>
        <source>marker %1 -&gt; %2</source>
        <translation>сілтеме %1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>%Ln дереккөздің %1 қайта нөмірленді</numerusform>
            <numerusform>%Ln дереккөздің %1 қайта нөмірленді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) changed</source>
        <translation>
            <numerusform>%Ln сілтеменің %1 өзгертілді</numerusform>
            <numerusform>%Ln сілтеменің %1 өзгертілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would renumber %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>%Ln дереккөздің %1 қайта нөмірленер еді</numerusform>
            <numerusform>%Ln дереккөздің %1 қайта нөмірленер еді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) would change</source>
        <translation>
            <numerusform>%Ln сілтеменің %1 өзгертілер еді</numerusform>
            <numerusform>%Ln сілтеменің %1 өзгертілер еді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was renumbered.</source>
        <translation>%1 Ештеңе қайта нөмірленбеді.</translation>
    </message>
</context>
<context>
    <name>AuthoringCommands</name>
    <message>
        <source>Edit paragraph</source>
        <translation>Абзацты өңдеу</translation>
    </message>
    <message>
        <source>Insert citation %1</source>
        <translation>%1 сілтемесін қою</translation>
    </message>
    <message>
        <source>Remove citation %1</source>
        <translation>%1 сілтемесін алып тастау</translation>
    </message>
    <message>
        <source>Change citation %1 to %2</source>
        <translation>%1 сілтемесін %2 деп өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n reference(s) by first citation</source>
        <translation>
            <numerusform>%n дереккөзді алғашқы сілтеме ретімен қайта нөмірлеу</numerusform>
            <numerusform>%n дереккөзді алғашқы сілтеме ретімен қайта нөмірлеу</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 жазбасын %2 жазбасына біріктіру</translation>
    </message>
</context>
<context>
    <name>AuthoringController</name>
    <message>
        <source>Insert &amp;Citation…</source>
        <translation>&amp;Сілтеме қою…</translation>
    </message>
    <message>
        <source>Cite references at the cursor of the paragraph editor</source>
        <translation>Абзац редакторындағы курсор тұрған жерге дереккөздерге сілтеме қою</translation>
    </message>
    <message>
        <source>Edit Citation…</source>
        <translation>Сілтемені өңдеу…</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>Сілтемені алып тастау</translation>
    </message>
    <message>
        <source>&amp;Renumber by First Citation…</source>
        <translation>Алғашқы сілтеме ретімен &amp;қайта нөмірлеу…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Телнұсқаларды табу…</translation>
    </message>
    <message>
        <source>Citation &amp;Audit</source>
        <translation>Сілтемелерді &amp;тексеру</translation>
    </message>
    <message>
        <source>Insert Citation Here…</source>
        <translation>Осы жерге сілтеме қою…</translation>
    </message>
    <message>
        <source>Before the first section</source>
        <translation>Бірінші бөлімге дейін</translation>
    </message>
    <message>
        <source>Insert Citation</source>
        <translation>Сілтеме қою</translation>
    </message>
    <message>
        <source>Apply or revert the changes to this paragraph first.</source>
        <translation>Алдымен осы абзацтағы өзгерістерді қолданыңыз немесе қайтарыңыз.</translation>
    </message>
    <message>
        <source>Click the place in the text where the citation goes.</source>
        <translation>Мәтіннен сілтеме қойылатын орынды басыңыз.</translation>
    </message>
    <message>
        <source>At %1: “…%2 ▮”</source>
        <translation>%1: “…%2 ▮”</translation>
    </message>
    <message>
        <source>The marker %1 in %2</source>
        <translation>%2 ішіндегі %1 сілтемесі</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Edit Paragraph</source>
        <translation>Абзацты өңдеу</translation>
    </message>
    <message>
        <source>Apply Again</source>
        <translation>Қайта қолдану</translation>
    </message>
</context>
<context>
    <name>AuthoringMenus</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
</context>
<context>
    <name>BackupCli</name>
    <message>
        <source>copy the library (safe while the window is open)</source>
        <translation>кітапхананың көшірмесін жасау (терезе ашық болса да қауіпсіз)</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>НӘТИЖЕ</translation>
    </message>
    <message>
        <source>a new file or a folder (default: the backups folder beside the library)</source>
        <translation>жаңа файл немесе қалта (әдепкіде: кітапхананың жанындағы сақтық көшірмелер қалтасы)</translation>
    </message>
    <message>
        <source>list the library&apos;s backups, newest first</source>
        <translation>кітапхананың сақтық көшірмелерін тізу, ең жаңасынан бастап</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>бір JSON тізімін шығару</translation>
    </message>
    <message>
        <source>replace the library with a backup (the current library is backed up first); a team library must be empty</source>
        <translation>кітапхананы сақтық көшірмемен ауыстыру (алдымен қазіргі кітапхананың көшірмесі жасалады); топтық кітапхана бос болуы керек</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>қалпына келтірілетін сақтық көшірме</translation>
    </message>
    <message>
        <source>%1 is not a library file; back up a server database with the server&apos;s own tools.</source>
        <translation>%1 — кітапхана файлы емес; сервердегі дерекқордың сақтық көшірмесін сервердің өз құралдарымен жасаңыз.</translation>
    </message>
    <message>
        <source>Backed up the team library to %1, a library file that opens anywhere (%2).</source>
        <translation>Топтық кітапхананың сақтық көшірмесі жасалды: %1 — кез келген жерде ашылатын кітапхана файлы (%2).</translation>
    </message>
    <message>
        <source>Backed up the library to %1 (%2).</source>
        <translation>Кітапхананың сақтық көшірмесі жасалды: %1 (%2).</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Әзірге сақтық көшірмелер жоқ.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматты</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <source>Restored %1 into %2: %3 documents, %4 references, %5 annotations.</source>
        <translation>%1 мына жерге қалпына келтірілді: %2; құжаттар: %3, дереккөздер: %4, ескертпелер: %5.</translation>
    </message>
    <message>
        <source>Restored %1 (schema %2) into %3.</source>
        <translation>%1 (сұлба %2) %3 ішіне қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The library as it was before is kept in %1.</source>
        <translation>Кітапхананың бұрынғы күйі мына жерде сақталды: %1.</translation>
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
        <translation>.bib файлын импорттау (кітапханаға немесе құжаттың әдебиеттер тізіміне)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>number the entries into this document&apos;s bibliography</source>
        <translation>жазбаларды осы құжаттың әдебиеттер тізіміне нөмірлеп қосу</translation>
    </message>
    <message>
        <source>import nothing if the file has any problem</source>
        <translation>файлда бір мәселе болса да, ештеңе импорттамау</translation>
    </message>
    <message>
        <source>only say what would be imported</source>
        <translation>тек не импортталатынын айту</translation>
    </message>
    <message>
        <source>import a CSL-JSON or CSL-YAML file (Zotero, pandoc)</source>
        <translation>CSL-JSON немесе CSL-YAML файлын импорттау (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>import an EndNote XML file</source>
        <translation>EndNote XML файлын импорттау</translation>
    </message>
    <message>
        <source>import a PubMed/MEDLINE file (.nbib)</source>
        <translation>PubMed/MEDLINE файлын импорттау (.nbib)</translation>
    </message>
    <message>
        <source>import a Web of Science plain-text file (.ciw, .txt)</source>
        <translation>Web of Science мәтін файлын импорттау (.ciw, .txt)</translation>
    </message>
    <message>
        <source>import a Zotero RDF file</source>
        <translation>Zotero RDF файлын импорттау</translation>
    </message>
    <message>
        <source>import a file of references in any format Silteme reads (it tells which)</source>
        <translation>Silteme оқи алатын кез келген пішімдегі әдебиеттер файлын импорттау (пішімін өзі анықтайды)</translation>
    </message>
    <message>
        <source>export references as BibTeX (default: the whole library)</source>
        <translation>дереккөздерді BibTeX түрінде экспорттау (әдепкіде: бүкіл кітапхана)</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>НӘТИЖЕ</translation>
    </message>
    <message>
        <source>the .bib file to write, or - for standard output</source>
        <translation>жазылатын .bib файлы, немесе стандартты шығыс үшін -</translation>
    </message>
    <message>
        <source>leave out Silteme&apos;s own fields (groups, silteme-number, silteme-complete, silteme-provenance) and give every dated entry a year: a file for BibTeX and biber only</source>
        <translation>Silteme-нің өз өрістерін (groups, silteme-number, silteme-complete, silteme-provenance) шығарып тастау және күні бар әр жазбаға жыл беру: тек BibTeX пен biber үшін файл</translation>
    </message>
    <message>
        <source>entries whose file gave them a repeated or no key: list them, rename or merge them</source>
        <translation>файлы қайталанатын кілт берген не кілт бермеген жазбалар: тізу, атын өзгерту немесе біріктіру</translation>
    </message>
    <message>
        <source>write each with its own key (the repeated key plus a letter)</source>
        <translation>әрқайсысын өз кілтімен жазу (қайталанған кілт пен бір әріп)</translation>
    </message>
    <message>
        <source>merge each into the entry whose key it repeats, when both are one work</source>
        <translation>екеуі бір еңбек болса, әрқайсысын кілті қайталанатын жазбаға біріктіру</translation>
    </message>
    <message>
        <source>only this document&apos;s bibliography, in its order</source>
        <translation>тек осы құжаттың әдебиеттер тізімі, өз ретімен</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТАУЫ</translation>
    </message>
    <message>
        <source>only this source group (and its sub-groups)</source>
        <translation>тек осы дереккөз тобы (және оның ішкі топтары)</translation>
    </message>
    <message>
        <source>only references cited in the text</source>
        <translation>тек мәтінде келтірілген дереккөздер</translation>
    </message>
    <message>
        <source>kept, though %1; `silteme keys` lists such entries and can rename or merge them</source>
        <translation>сақталды, бірақ %1; мұндай жазбаларды `silteme keys` тізіп, атын өзгерте не біріктіре алады</translation>
    </message>
    <message>
        <source>%1 matches %2 (%3); kept the library&apos;s entry</source>
        <translation>%1 жазбасы %2 жазбасына сәйкес келеді (%3); кітапханадағы жазба сақталды</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(кілтсіз)</translation>
    </message>
    <message numerus="yes">
        <source>Would add %Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln жазба қосылар еді</numerusform>
            <numerusform>%Ln жазба қосылар еді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) existing ones</source>
        <translation>
            <numerusform>%Ln жазба бұрыннан барларға сәйкес келеді</numerusform>
            <numerusform>%Ln жазба бұрыннан барларға сәйкес келеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln мәселе</numerusform>
            <numerusform>%Ln мәселе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the bibliography of document %1</source>
        <translation>
            <numerusform>%1 құжатының әдебиеттер тізіміне %Ln жазба қосылды</numerusform>
            <numerusform>%1 құжатының әдебиеттер тізіміне %Ln жазба қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the library</source>
        <translation>
            <numerusform>Кітапханаға %Ln жазба қосылды</numerusform>
            <numerusform>Кітапханаға %Ln жазба қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln жазба бұрыннан бар жазбаларға сәйкес келді</numerusform>
            <numerusform>%Ln жазба бұрыннан бар жазбаларға сәйкес келді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) reported above</source>
        <translation>
            <numerusform>%Ln мәселе жоғарыда көрсетілген</numerusform>
            <numerusform>%Ln мәселе жоғарыда көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>`silteme keys` lists them.</source>
        <translation>Оларды `silteme keys` тізіп береді.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln block(s) to %1 (%2).</source>
        <translation>
            <numerusform>%1 файлына %Ln блок жазылды (%2).</numerusform>
            <numerusform>%1 файлына %Ln блок жазылды (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with a key another entry has, or with none.</source>
        <translation>
            <numerusform>%Ln жазба басқа жазбаның кілтімен немесе кілтсіз жазылады.</numerusform>
            <numerusform>%Ln жазба басқа жазбаның кілтімен немесе кілтсіз жазылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with (its/their) own key from now on.</source>
        <translation>
            <numerusform>Бұдан былай %Ln жазба өз кілтімен жазылады.</numerusform>
            <numerusform>Бұдан былай %Ln жазба өз кілтімен жазылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln entry(ies) into the entry whose key they repeat; %1 still conflict.</source>
        <translation>
            <numerusform>%Ln жазба кілті қайталанатын жазбаға біріктірілді; әлі де қайшы келетіні: %1.</numerusform>
            <numerusform>%Ln жазба кілті қайталанатын жазбаға біріктірілді; әлі де қайшы келетіні: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibImportDialog</name>
    <message>
        <source>Import BibTeX — %1</source>
        <translation>BibTeX импорттау — %1</translation>
    </message>
    <message>
        <source>Import references — %1</source>
        <translation>Әдебиеттерді импорттау — %1</translation>
    </message>
    <message>
        <source>same entry</source>
        <translation>сол жазба</translation>
    </message>
    <message>
        <source>same key</source>
        <translation>кілт бірдей</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>DOI бірдей</translation>
    </message>
    <message>
        <source>same title and authors</source>
        <translation>атауы мен авторлары бірдей</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Сәйкес жазба</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Жаңа (%1)</translation>
    </message>
    <message>
        <source>Already in the library (%1)</source>
        <translation>Кітапханада бар (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Мәселелер (%1)</translation>
    </message>
    <message>
        <source>Number the new entries in the bibliography of «%1»</source>
        <translation>Жаңа жазбаларды «%1» әдебиеттер тізімінде нөмірлеу</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Entries that match are linked to the file, not copied or changed. Edit ▸ Undo takes the whole import back.</source>
        <translation>Әзірге ештеңе жазылған жоқ. Сәйкес жазбалар көшірілмейді де, өзгертілмейді де — файлмен байланыстырылады. Өңдеу ▸ Болдырмау бүкіл импортты кері қайтарады.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new entry(ies) will be added.</source>
        <translation>
            <numerusform>%Ln жаңа жазба қосылады.</numerusform>
            <numerusform>%Ln жаңа жазба қосылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) an entry already in the library.</source>
        <translation>
            <numerusform>%Ln жазба кітапханада бұрыннан бар жазбаға сәйкес келеді.</numerusform>
            <numerusform>%Ln жазба кітапханада бұрыннан бар жазбаға сәйкес келеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) (see Problems).</source>
        <translation>
            <numerusform>%Ln мәселе табылды (Мәселелер бетін қараңыз).</numerusform>
            <numerusform>%Ln мәселе табылды (Мәселелер бетін қараңыз).</numerusform>
        </translation>
    </message>
    <message>
        <source>None is in the library already.</source>
        <translation>Олардың ешқайсысы кітапханада жоқ.</translation>
    </message>
    <message>
        <source>The file has no problems.</source>
        <translation>Файлда мәселе жоқ.</translation>
    </message>
</context>
<context>
    <name>BibtexErrors</name>
    <message>
        <source>A group name cannot be empty.</source>
        <translation>Топ атауы бос болмауы керек.</translation>
    </message>
    <message>
        <source>The group name %1 contains a brace, which a .bib file cannot hold there.</source>
        <translation>%1 топ атауында фигуралы жақша бар, ал .bib файлы оны бұл жерде сақтай алмайды.</translation>
    </message>
    <message>
        <source>The group name %1 contains a line break, which a .bib file cannot hold there.</source>
        <translation>%1 топ атауында жол ауысуы бар, ал .bib файлы оны бұл жерде сақтай алмайды.</translation>
    </message>
    <message>
        <source>The group name %1 contains a comma, which a .bib file cannot hold there.</source>
        <translation>%1 топ атауында үтір бар, ал .bib файлы оны бұл жерде сақтай алмайды.</translation>
    </message>
</context>
<context>
    <name>BulkSteps</name>
    <message>
        <source>Renumber</source>
        <translation>Қайта нөмірлеу</translation>
    </message>
    <message>
        <source>Renumbering…</source>
        <translation>Қайта нөмірленуде…</translation>
    </message>
    <message>
        <source>Renumbered %1 references and %2 markers; a backup was made first.</source>
        <translation>%1 дереккөз бен %2 сілтеме қайта нөмірленді; алдымен сақтық көшірме жасалды.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Телнұсқалар</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Біріктірілуде…</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Тұжырымдар</translation>
    </message>
    <message>
        <source>Filter sentences…</source>
        <translation>Сөйлемдерді сүзу…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%Ln тұжырымның %1 көрсетілген</numerusform>
            <numerusform>%Ln тұжырымның %1 көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Сөйлем</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Silteme: a thesis, its numbered references and reviewers&apos; annotations in one library.</source>
        <translation>Silteme: диссертация, оның нөмірленген дереккөздері мен рецензенттердің ескертпелері бір кітапханада.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>ЖОЛ|URL</translation>
    </message>
    <message>
        <source>the library: a SQLite file or any SQLAlchemy URL (default: the per-user library)</source>
        <translation>кітапхана: SQLite файлы немесе кез келген SQLAlchemy URL (әдепкіде: пайдаланушының өз кітапханасы)</translation>
    </message>
    <message>
        <source>the language of messages and of the window (default: LANGUAGE or LANG, else English)</source>
        <translation>хабарламалар мен терезенің тілі (әдепкіде: LANGUAGE не LANG, олар болмаса ағылшын тілі)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ПӘРМЕН</translation>
    </message>
    <message>
        <source>renumber references</source>
        <translation>дереккөздерді қайта нөмірлеу</translation>
    </message>
    <message>
        <source>replace the text</source>
        <translation>мәтінді ауыстыру</translation>
    </message>
    <message>
        <source>import a text</source>
        <translation>мәтін импорттау</translation>
    </message>
    <message>
        <source>import references</source>
        <translation>дереккөздерді импорттау</translation>
    </message>
    <message>
        <source>write annotations</source>
        <translation>ескертпе жазу</translation>
    </message>
    <message>
        <source>import annotations</source>
        <translation>ескертпелерді импорттау</translation>
    </message>
    <message>
        <source>restore a library</source>
        <translation>кітапхананы қалпына келтіру</translation>
    </message>
    <message>
        <source>manage the team&apos;s logins</source>
        <translation>топтың кіру аттарын басқару</translation>
    </message>
    <message>
        <source>interrupted; nothing half-done was kept.</source>
        <translation>тоқтатылды; жартылай орындалған ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>%1 stopped on an unexpected error (%2); nothing half-done was kept.</source>
        <translation>%1: күтпеген қатеге байланысты тоқтады (%2); жартылай орындалған ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The details are in %1.</source>
        <translation>Толығырақ мына жерде: %1.</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>терезені ашу (әдепкі)</translation>
    </message>
    <message>
        <source>for scripts and benchmarks: once the thesis is drawn, print &apos;ready &lt;milliseconds since the process started&gt;&apos; and exit</source>
        <translation>скриптер мен бенчмарктер үшін: диссертация салынған соң &apos;ready &lt;процесс басталғаннан бергі миллисекунд&gt;&apos; деп шығарып, жұмысты аяқтау</translation>
    </message>
    <message>
        <source>a team library on PostgreSQL: roles and logins</source>
        <translation>PostgreSQL-дегі топтық кітапхана: рөлдер мен кіру аттары</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ӘРЕКЕТ</translation>
    </message>
    <message>
        <source>create the schema and the roles silteme_author, _reviewer, _reader</source>
        <translation>сұлбаны және silteme_author, _reviewer, _reader рөлдерін жасау</translation>
    </message>
    <message>
        <source>create a login in a role and print how to connect</source>
        <translation>рөлге кіру атын жасап, қалай қосылу керегін шығару</translation>
    </message>
    <message>
        <source>the login name (letters, digits, _ . -)</source>
        <translation>кіру аты (әріптер, цифрлар, _ . -)</translation>
    </message>
    <message>
        <source>what the login may do</source>
        <translation>кіру аты не істей алады</translation>
    </message>
    <message>
        <source>read the password from standard input (default: make one up and print it once)</source>
        <translation>құпиясөзді стандартты кірістен оқу (әдепкіде: жасап, бір рет шығару)</translation>
    </message>
    <message>
        <source>list the logins of the team and their roles</source>
        <translation>топтың кіру аттары мен рөлдерін тізу</translation>
    </message>
    <message>
        <source>print one JSON list</source>
        <translation>бір JSON тізімін шығару</translation>
    </message>
    <message>
        <source>%1 is a team library: roles %2 are ready.</source>
        <translation>%1 — топтық кітапхана: %2 рөлдері дайын.</translation>
    </message>
    <message>
        <source>Add people with: silteme --db URL team add-user NAME --role author|reviewer|reader</source>
        <translation>Адамдарды былай қосыңыз: silteme --db URL team add-user NAME --role author|reviewer|reader</translation>
    </message>
    <message>
        <source>Created the login %1 (%2) in %3 on %4.</source>
        <translation>%1 (%2) кіру аты %3 ішінде, %4 серверінде жасалды.</translation>
    </message>
    <message>
        <source>Password (shown only now; the server keeps only its hash): %1</source>
        <translation>Құпиясөз (тек қазір көрсетіледі; сервер оның хэшін ғана сақтайды): %1</translation>
    </message>
    <message>
        <source>Connect with:  silteme --db %1</source>
        <translation>Қосылу:  silteme --db %1</translation>
    </message>
    <message>
        <source>or in the window: File &gt; Open Team Library, %1</source>
        <translation>немесе терезеде: Файл &gt; Топтық кітапхананы ашу, %1</translation>
    </message>
    <message>
        <source>Keep the password in ~/.pgpass (chmod 600):  %1</source>
        <translation>Құпиясөзді ~/.pgpass файлында сақтаңыз (chmod 600):  %1</translation>
    </message>
    <message>
        <source>No logins yet; add one with `team add-user NAME --role ...`.</source>
        <translation>Әзірге кіру аттары жоқ; `team add-user NAME --role ...` арқылы қосыңыз.</translation>
    </message>
</context>
<context>
    <name>DesktopCommands</name>
    <message>
        <source>add Silteme to the desktop&apos;s application menu (Linux: desktop entry, icons, AppStream metainfo)</source>
        <translation>Silteme-ді жұмыс үстелінің қолданбалар мәзіріне қосу (Linux: desktop жазбасы, белгішелер, AppStream метадеректері)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ҚАЛТА</translation>
    </message>
    <message>
        <source>install below DIR instead of the user&apos;s data folder ($XDG_DATA_HOME or ~/.local/share)</source>
        <translation>пайдаланушының деректер қалтасының ($XDG_DATA_HOME немесе ~/.local/share) орнына ҚАЛТА ішіне орнату</translation>
    </message>
    <message>
        <source>Desktop entries are for Linux desktops; on Windows and macOS start Silteme with the silteme command or from the bundle&apos;s folder.</source>
        <translation>Жұмыс үстелі жазбалары тек Linux үшін; Windows пен macOS жүйелерінде Silteme-ді silteme пәрменімен немесе бума қалтасынан іске қосыңыз.</translation>
    </message>
    <message>
        <source>Cannot install the desktop entry: %1.</source>
        <translation>Жұмыс үстеліне жазбаны орнату мүмкін болмады: %1.</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Орнатылды: %1</translation>
    </message>
    <message>
        <source>Installed %1 and %2 icons</source>
        <translation>Орнатылды: %1 және %2 белгіше</translation>
    </message>
</context>
<context>
    <name>DocumentCounts</name>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln бөлім</numerusform>
            <numerusform>%Ln бөлім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln блок</numerusform>
            <numerusform>%Ln блок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln тұжырым</numerusform>
            <numerusform>%Ln тұжырым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citation marker(s)</source>
        <translation>
            <numerusform>%Ln сілтеме</numerusform>
            <numerusform>%Ln сілтеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) read from the thesis&apos;s own reference list.</source>
        <translation>
            <numerusform>Диссертацияның өз әдебиеттер тізімінен %Ln дереккөз оқылды.</numerusform>
            <numerusform>Диссертацияның өз әдебиеттер тізімінен %Ln дереккөз оқылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGroups</name>
    <message>
        <source>No group</source>
        <translation>Топсыз</translation>
    </message>
    <message>
        <source>Not in the bibliography</source>
        <translation>Әдебиеттер тізімінде жоқ</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation>Белгісіз топ</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>Document &amp;Language</source>
        <translation>Құжат &amp;тілі</translation>
    </message>
    <message>
        <source>The language the thesis is written in: its GOST list takes that language&apos;s terms</source>
        <translation>Диссертация жазылған тіл: оның ГОСТ бойынша тізімі осы тілдің терминдерін алады</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Document Language</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Set the language of «%1» to %2</source>
        <translation>«%1» тілін белгілеу: %2</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Reference</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Мынамен бірдей болуы ықтимал</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate References</source>
        <translation>Қайталанатын дереккөздер</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Ықтимал телнұсқалар ізделуде…</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Орындарын ауыстыру</translation>
    </message>
    <message>
        <source>Keep the other entry instead</source>
        <translation>Оның орнына екінші жазбаны қалдыру</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Қалдыру:</translation>
    </message>
    <message>
        <source>Merge into it:</source>
        <translation>Оған біріктіру:</translation>
    </message>
    <message>
        <source>Renumber afterwards to close the gap the merged-in number leaves</source>
        <translation>Біріктірілген нөмірден қалған бос орынды жабу үшін кейін қайта нөмірлеу</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>(choose a reference)</source>
        <translation>(дереккөзді таңдаңыз)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) look like the same work. Choose one, or any two references below.</source>
        <translation>
            <numerusform>%n жұп бір еңбекке ұқсайды. Біреуін немесе төменнен кез келген екі дереккөзді таңдаңыз.</numerusform>
            <numerusform>%n жұп бір еңбекке ұқсайды. Біреуін немесе төменнен кез келген екі дереккөзді таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates were found in this bibliography. You can still merge two references you know to be one work: choose them below.</source>
        <translation>Бұл әдебиеттер тізімінен ықтимал телнұсқалар табылмады. Бір еңбек екенін білетін екі дереккөзді бәрібір біріктіруге болады: оларды төменнен таңдаңыз.</translation>
    </message>
    <message>
        <source>These fields differ: check the value the merged entry keeps. Fields only one entry has are all kept.</source>
        <translation>Мына өрістер ерекшеленеді: біріктірілген жазбада қалатын мәнді тексеріңіз. Тек бір жазбада бар өрістердің бәрі сақталады.</translation>
    </message>
    <message>
        <source>No field differs; fields only one entry has are all kept.</source>
        <translation>Бірде-бір өріс ерекшеленбейді; тек бір жазбада бар өрістердің бәрі сақталады.</translation>
    </message>
    <message>
        <source>Choose the entry to keep and the one to merge into it.</source>
        <translation>Қалдырылатын жазбаны және оған біріктірілетінін таңдаңыз.</translation>
    </message>
    <message>
        <source>Comparing the two entries…</source>
        <translation>Екі жазба салыстырылуда…</translation>
    </message>
</context>
<context>
    <name>EntriesErrors</name>
    <message>
        <source>%1 is still cited in the text (citations: %2); remove those citations or merge it into another entry first. Nothing was deleted.</source>
        <translation>%1 мәтінде әлі келтірілген (сілтемелер саны: %2); алдымен ол сілтемелерді алып тастаңыз немесе оны басқа жазбаға біріктіріңіз. Ештеңе жойылмады.</translation>
    </message>
    <message>
        <source>Another entry has taken the key %1 meanwhile; this step cannot be repeated.</source>
        <translation>Осы аралықта %1 кілтін басқа жазба алып қойды; бұл қадамды қайталау мүмкін емес.</translation>
    </message>
    <message>
        <source>No reference %1 in this library.</source>
        <translation>Бұл кітапханада %1 дереккөзі жоқ.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Select a reference in the table to edit it here.</source>
        <translation>Мұнда өңдеу үшін кестеден дереккөзді таңдаңыз.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Make a key from the first author&apos;s name and the year, as JabRef does</source>
        <translation>Кілтті бірінші автордың тегі мен жылынан жасау (JabRef сияқты)</translation>
    </message>
    <message>
        <source>Complete: every field checked against the source</source>
        <translation>Толық: әр өріс дереккөзбен салыстырылып тексерілді</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>Міндетті өрістер</translation>
    </message>
    <message>
        <source>Optional fields</source>
        <translation>Қосымша өрістер</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Басқа өрістер</translation>
    </message>
    <message>
        <source>Add Field…</source>
        <translation>Өріс қосу…</translation>
    </message>
    <message>
        <source>none (drag the entry onto a group)</source>
        <translation>жоқ (жазбаны топқа сүйреп апарыңыз)</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (немесе %2)</translation>
    </message>
    <message>
        <source>A key cannot be empty or hold spaces, quotes, braces, commas, #, %, ~, = or backslashes.</source>
        <translation>Кілт бос болмауы керек және онда бос орын, тырнақша, жақша, үтір, #, %, ~, = не кері қиғаш сызық болмауы тиіс.</translation>
    </message>
    <message>
        <source>Stored as %1; typing here replaces it with plain text.</source>
        <translation>%1 түрінде сақталған; мұнда жазсаңыз, ол қарапайым мәтінмен ауыстырылады.</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Өріс қосу</translation>
    </message>
    <message>
        <source>Field name (e.g. doi, isbn, translator):</source>
        <translation>Өріс атауы (мысалы, doi, isbn, translator):</translation>
    </message>
    <message>
        <source>%1 cannot be added as a field here.</source>
        <translation>%1 өрісін мұнда қосуға болмайды.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export references</source>
        <translation>Дереккөздерді экспорттау</translation>
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
        <translation>Ресімделген әдебиеттер тізімі</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Бүкіл кітапхана</translation>
    </message>
    <message>
        <source>The bibliography of «%1»</source>
        <translation>«%1» әдебиеттер тізімі</translation>
    </message>
    <message>
        <source>One group (with its subgroups)</source>
        <translation>Бір топ (ішкі топтарымен)</translation>
    </message>
    <message>
        <source>Only references cited in the text</source>
        <translation>Тек мәтінде келтірілген дереккөздер</translation>
    </message>
    <message>
        <source>For LaTeX only: leave out Silteme&apos;s own fields</source>
        <translation>Тек LaTeX үшін: Silteme-нің өз өрістерін шығарып тастау</translation>
    </message>
    <message>
        <source>Groups, numbers, completeness and the thesis excerpts are left out, so biber has nothing to warn about; every entry with a date also gets a year. Such a file cannot bring them back.</source>
        <translation>Топтар, нөмірлер, толықтық белгісі және диссертациядан үзінділер жазылмайды, сондықтан biber ескерту бермейді; күні бар әр жазбаға жыл да қосылады. Мұндай файл оларды қайтара алмайды.</translation>
    </message>
    <message>
        <source>GOST R 7.0.100-2018, numeric</source>
        <translation>ГОСТ Р 7.0.100-2018, нөмірленген</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation>APA 7</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Алмасу буферіне көшіру</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>HTML ретінде сақтау</translation>
    </message>
    <message>
        <source>Save as plain text</source>
        <translation>Қарапайым мәтін ретінде сақтау</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Стиль</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Entries nobody changed are written as they were imported.</source>
        <translation>Ешкім өзгертпеген жазбалар импортталған күйінде жазылады.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Abstract</source>
        <translation>Аңдатпа</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Қосымша мәлімет</translation>
    </message>
    <message>
        <source>Address (place of publication)</source>
        <translation>Мекенжай (басылған жері)</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Book title</source>
        <translation>Кітап атауы</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Тарау</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Басылымы</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Редакторлары</translation>
    </message>
    <message>
        <source>E-print</source>
        <translation>Электрондық препринт</translation>
    </message>
    <message>
        <source>E-print class</source>
        <translation>Препринт бөлімі</translation>
    </message>
    <message>
        <source>E-print type</source>
        <translation>Препринт түрі</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Іс-шара атауы</translation>
    </message>
    <message>
        <source>How published</source>
        <translation>Жариялану тәсілі</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
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
        <translation>Шығарылымы</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Journal title</source>
        <translation>Журнал атауы</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Кілт сөздер</translation>
    </message>
    <message>
        <source>Language (for hyphenation)</source>
        <translation>Тіл (тасымалдау үшін)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Place of publication</source>
        <translation>Басылған жері</translation>
    </message>
    <message>
        <source>Main title</source>
        <translation>Негізгі атауы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Айы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Original date</source>
        <translation>Түпнұсқаның күні</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттері</translation>
    </message>
    <message>
        <source>Total pages</source>
        <translation>Бет саны</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Бөлігі</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <source>Publication state</source>
        <translation>Жариялану күйі</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Оқу орны</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>Where the entry came from</source>
        <translation>Жазбаның шыққан жері</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Тақырыпшасы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Title addition</source>
        <translation>Атауға қосымша</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Аудармашылар</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткен орны</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқасы</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Томы</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Том саны</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
</context>
<context>
    <name>FormatCli</name>
    <message>
        <source>OUT</source>
        <translation>НӘТИЖЕ</translation>
    </message>
    <message>
        <source>the file to write, or - for standard output</source>
        <translation>жазылатын файл, немесе стандартты шығыс үшін -</translation>
    </message>
    <message>
        <source>export references as RIS (EndNote, Zotero, Mendeley)</source>
        <translation>дереккөздерді RIS түрінде экспорттау (EndNote, Zotero, Mendeley)</translation>
    </message>
    <message>
        <source>export references as CSL-JSON (Zotero, pandoc)</source>
        <translation>дереккөздерді CSL-JSON түрінде экспорттау (Zotero, pandoc)</translation>
    </message>
    <message>
        <source>a formatted bibliography (GOST numeric or APA)</source>
        <translation>ресімделген әдебиеттер тізімі (нөмірлі ГОСТ немесе APA)</translation>
    </message>
    <message>
        <source>HTML instead of plain text</source>
        <translation>қарапайым мәтіннің орнына HTML</translation>
    </message>
    <message>
        <source>the language of GOST&apos;s terms (б./с./p., т./Т./Vol.); default: the document&apos;s language</source>
        <translation>ГОСТ терминдерінің тілі (б./с./p., т./Т./Vol.); әдепкіде: құжаттың тілі</translation>
    </message>
    <message>
        <source>show or set the language a document is written in (kk, ru, en)</source>
        <translation>құжат жазылған тілді көрсету не орнату (kk, ru, en)</translation>
    </message>
    <message>
        <source>the new language; without it, show it</source>
        <translation>жаңа тіл; көрсетілмесе, қазіргісі шығарылады</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>құжат (id немесе атауы); жалғыз құжат болса, көрсетпеуге болады</translation>
    </message>
    <message>
        <source>import a RIS file</source>
        <translation>RIS файлын импорттау</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>gost-numeric: GOST R 7.0.100-2018 (default); gost-2018: the same with the content type area, ISBN and notes of the standard; gost-2008: the CSL style of GOST R 7.0.5-2008; apa: APA 7</source>
        <translation>gost-numeric: ГОСТ Р 7.0.100-2018 (әдепкі); gost-2018: сол, стандарттың мазмұн түрі аймағымен, ISBN-мен және ескертпелерімен; gost-2008: ГОСТ Р 7.0.5-2008 CSL стилі; apa: APA 7</translation>
    </message>
    <message>
        <source>number the entries into this document&apos;s bibliography</source>
        <translation>жазбаларды осы құжаттың әдебиеттер тізіміне нөмірлеп қосу</translation>
    </message>
    <message>
        <source>import nothing if the file has any problem</source>
        <translation>файлда бір мәселе болса да, ештеңе импорттамау</translation>
    </message>
    <message>
        <source>«%1» is now in %2 (it was %3).</source>
        <translation>«%1» енді %2 тілінде (бұрын %3 еді).</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln жазба қосылды</numerusform>
            <numerusform>%Ln жазба қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln жазба бұрыннан бар жазбаларға сәйкес келді</numerusform>
            <numerusform>%Ln жазба бұрыннан бар жазбаларға сәйкес келді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <source>Source groups (claims)</source>
        <translation>Дереккөз топтары (тұжырымдар)</translation>
    </message>
    <message>
        <source>Show the claims that cite a reference in one of the checked groups.</source>
        <translation>Белгіленген топтардың біріндегі дереккөзге сілтейтін тұжырымдарды көрсету.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln claim(s) cite a reference in this group or its subgroups</source>
        <translation>
            <numerusform>%1: %Ln тұжырым осы топтағы не оның ішкі тобындағы сілтемеге сүйенеді</numerusform>
            <numerusform>%1: %Ln тұжырым осы топтағы не оның ішкі тобындағы сілтемеге сүйенеді</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message>
        <source>Groups (references)</source>
        <extracomment>GROUP_ID_ROLE of the &quot;All references&quot; node.</extracomment>
        <translation>Топтар (сілтемелер)</translation>
    </message>
    <message>
        <source>All references</source>
        <translation>Барлық дереккөздер</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Топсыз</translation>
    </message>
    <message>
        <source>Primary sources</source>
        <translation>Бастапқы дереккөздер</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s), its subgroups included</source>
        <translation>
            <numerusform>ішкі топтарымен бірге %Ln дереккөз</numerusform>
            <numerusform>ішкі топтарымен бірге %Ln дереккөз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your name and role</source>
        <translation>Атыңыз бен рөліңіз</translation>
    </message>
    <message>
        <source>Every annotation and reply you write records this name and role. You can change them later in the Review menu.</source>
        <translation>Сіз жазған әр ескертпе мен жауапқа осы ат пен рөл жазылады. Оларды кейін Рецензия мәзірінен өзгертуге болады.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
</context>
<context>
    <name>InterchangeErrors</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of references.</source>
        <translation>%1 — дереккөздер файлы емес, қалта.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 оқылмайды: %2.</translation>
    </message>
    <message>
        <source>%1 is a %2 file, not %3; import it with `silteme %4` (or `silteme import`, which tells the format itself). Nothing was imported.</source>
        <translation>%1 — %3 емес, %2 файлы; оны `silteme %4` арқылы импорттаңыз (немесе пішімді өзі анықтайтын `silteme import` арқылы). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
</context>
<context>
    <name>LatexCli</name>
    <message>
        <source>import a LaTeX thesis (its main .tex file) with the .bib files it names</source>
        <translation>LaTeX диссертациясын (негізгі .tex файлын) ол атайтын .bib файлдарымен бірге импорттау</translation>
    </message>
    <message>
        <source>the main .tex file (the one with \documentclass)</source>
        <translation>негізгі .tex файлы (\documentclass тұрғаны)</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the \title, else the file name)</source>
        <translation>құжаттың атауы (әдепкіде: \title, болмаса файл аты)</translation>
    </message>
    <message>
        <source>import as another document even if this project was imported before (default: a revision)</source>
        <translation>жоба бұрын импортталған болса да, жаңа құжат ретінде импорттау (әдепкіде: жаңа нұсқа)</translation>
    </message>
    <message>
        <source>write a LaTeX thesis&apos;s project back into a folder, with Silteme&apos;s citation edits</source>
        <translation>LaTeX диссертациясының жобасын Silteme-дегі сілтеме түзетулерімен қалтаға қайта жазу</translation>
    </message>
    <message>
        <source>the folder to write into (made if missing)</source>
        <translation>жазылатын қалта (жоқ болса, жасалады)</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>the document (id or title)</source>
        <translation>құжат (id немесе атауы)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ескерту: %1</translation>
    </message>
    <message>
        <source>%1 was imported before: document %2 was revised; annotations re-anchored: %3 exactly, %4 fuzzily, %5 orphaned (kept, shown in the orphans list).</source>
        <translation>%1 бұрын импортталған: %2-құжат қайта қаралды; аннотациялар қайта бекітілді: %3 дәл, %4 шамамен, %5 жетім қалды (сақталды, жетімдер тізімінде көрсетіледі).</translation>
    </message>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln .tex file(s): %3.</source>
        <translation>
            <numerusform>«%1» %Ln .tex файлынан %2-құжат ретінде импортталды: %3.</numerusform>
            <numerusform>«%1» %Ln .tex файлынан %2-құжат ретінде импортталды: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the .bib files: %1, %2.</source>
        <translation>.bib файлдарынан: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added</source>
        <translation>
            <numerusform>%Ln дереккөз қосылды</numerusform>
            <numerusform>%Ln дереккөз қосылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln кітапханада бұрыннан бар</numerusform>
            <numerusform>%Ln кітапханада бұрыннан бар</numerusform>
        </translation>
    </message>
    <message>
        <source>Bibliography numbered by %1 (%2).</source>
        <translation>Әдебиеттер тізімі мына ретпен нөмірленді: %1 (%2).</translation>
    </message>
    <message>
        <source>Cited but in no bibliography entry (dangling): %1.</source>
        <translation>Келтірілген, бірақ әдебиеттер тізімінде жоқ: %1.</translation>
    </message>
    <message>
        <source>In the bibliography but never cited: %1.</source>
        <translation>Әдебиеттер тізімінде бар, бірақ еш жерде келтірілмеген: %1.</translation>
    </message>
    <message>
        <source>order of first citation</source>
        <translation>алғашқы сілтеме реті</translation>
    </message>
    <message>
        <source>the order of the thesis&apos;s own \bibitem list</source>
        <translation>диссертацияның өз \bibitem тізімінің реті</translation>
    </message>
    <message>
        <source>name, title, year</source>
        <translation>аты, атауы, жылы</translation>
    </message>
    <message>
        <source>name, year, title</source>
        <translation>аты, жылы, атауы</translation>
    </message>
    <message>
        <source>year, name, title</source>
        <translation>жылы, аты, атауы</translation>
    </message>
    <message>
        <source>year (newest first), name, title</source>
        <translation>жылы (ең жаңасынан), аты, атауы</translation>
    </message>
    <message>
        <source>label, name, year, title</source>
        <translation>белгі, аты, жылы, атауы</translation>
    </message>
    <message>
        <source>label, name, year, volume, title</source>
        <translation>белгі, аты, жылы, томы, атауы</translation>
    </message>
    <message>
        <source>name, year, volume, title</source>
        <translation>аты, жылы, томы, атауы</translation>
    </message>
    <message>
        <source>warning: %1 lies outside the project&apos;s folder and was not written.</source>
        <translation>ескерту: %1 жоба қалтасынан тыс жатыр, сондықтан жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to %1: %2 changed, %3 as imported.</source>
        <translation>
            <numerusform>%1 қалтасына %Ln файл жазылды: %2 өзгертілді, %3 импорттағыдай.</numerusform>
            <numerusform>%1 қалтасына %Ln файл жазылды: %2 өзгертілді, %3 импорттағыдай.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatexErrors</name>
    <message>
        <source>The thesis has more than %1 citing commands; nothing was imported.</source>
        <translation>Диссертацияда %1-ден көп сілтеу пәрмені бар; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 (named by \bibliography or \addbibresource in %2) does not exist or cannot be read; nothing was imported.</source>
        <translation>%1 (%2 ішінде \bibliography немесе \addbibresource көрсеткен) жоқ немесе оқылмайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 (named in %2): %3</source>
        <translation>%1 (%2 ішінде көрсетілген): %3</translation>
    </message>
    <message>
        <source>No text was found in %1 and the files it includes; nothing was imported.</source>
        <translation>%1 ішінен де, ол қосатын файлдардан да мәтін табылмады; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the thesis&apos;s main .tex file.</source>
        <translation>%1 — қалта; диссертацияның негізгі .tex файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The project includes more than %1 files; nothing was imported.</source>
        <translation>Жоба %1-ден көп файлды қосады; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 (included from %2)</source>
        <translation>%1 (%2 ішінен қосылған)</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was imported.</source>
        <translation>%1 жоқ; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data); nothing was imported.</source>
        <translation>%1 — мәтін файлы емес (ішінде екілік деректер бар); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (byte 0x%2 on line %3) and no \usepackage[...]{inputenc} says which encoding it uses; save it as UTF-8 or declare its encoding. Nothing was imported.</source>
        <translation>%1 UTF-8 емес (%3-жолдағы 0x%2 байты), ал оның кодтауын көрсететін \usepackage[...]{inputenc} жоқ; файлды UTF-8 ретінде сақтаңыз немесе кодтауын жариялаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 cannot be read as %2 either (byte 0x%3 on line %4); nothing was imported.</source>
        <translation>%1 файлын %2 ретінде де оқу мүмкін емес (%4-жолдағы 0x%3 байты); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Circular inclusion: %1 (%2); nothing was imported.</source>
        <translation>Файлдар бірін-бірі айналмалы қосады: %1 (%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 does not exist (\%2 in %3); nothing was imported.</source>
        <translation>%1 жоқ (%3 ішіндегі \%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Unbalanced braces: the } at %1 closes nothing; nothing was imported.</source>
        <translation>Жақшалар теңгерілмеген: %1 орнындағы } ештеңені жаппайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Unbalanced braces: the { at %1 is never closed; nothing was imported.</source>
        <translation>Жақшалар теңгерілмеген: %1 орнындағы { жабылмаған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Document %1 was not imported from a LaTeX project; there is nothing to write back.</source>
        <translation>%1 құжаты LaTeX жобасынан импортталмаған; кері жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 is a file; name a folder to write the LaTeX project into.</source>
        <translation>%1 — файл; LaTeX жобасы жазылатын қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is the library itself; choose another folder. Nothing was written.</source>
        <translation>%1 — кітапхананың өзі; басқа қалта таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: %2.</source>
        <translation>%1 қалтасын жасау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1 is not a file of the LaTeX project of document %2.</source>
        <translation>%1 — %2 құжатының LaTeX жобасындағы файл емес.</translation>
    </message>
    <message>
        <source>The new text cannot be written in the file&apos;s encoding (%1): %2.</source>
        <translation>Жаңа мәтінді файлдың кодтауымен (%1) жазу мүмкін емес: %2.</translation>
    </message>
</context>
<context>
    <name>LibraryCli</name>
    <message>
        <source>documents</source>
        <translation>құжаттар</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>бөлімдер</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>блоктар</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>кестелер</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>тұжырымдар</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>сілтемелер</translation>
    </message>
    <message>
        <source>references</source>
        <translation>дереккөздер</translation>
    </message>
    <message>
        <source>cited references</source>
        <translation>келтірілген дереккөздер</translation>
    </message>
    <message>
        <source>uncited references</source>
        <translation>келтірілмеген дереккөздер</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>топтар</translation>
    </message>
    <message>
        <source>counts of documents, claims, markers, references and groups</source>
        <translation>құжаттардың, тұжырымдардың, сілтемелердің, дереккөздердің және топтардың саны</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>бір JSON нысанын шығару</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>only this document (id or title)</source>
        <translation>тек осы құжат (id немесе атауы)</translation>
    </message>
    <message>
        <source>import a plain-text (UTF-8) thesis</source>
        <translation>қарапайым мәтінді (UTF-8) диссертацияны импорттау</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>құжаттың атауы (әдепкіде: файл аты)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new reference(s) to complete</source>
        <translation>
            <numerusform>толықтыратын %Ln жаңа дереккөз</numerusform>
            <numerusform>толықтыратын %Ln жаңа дереккөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported «%1» as document %2: %3.</source>
        <translation>«%1» %2-құжат ретінде импортталды: %3.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Reference &amp;Library</source>
        <translation>Дереккөздер &amp;кітапханасы</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
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
        <translation>Ресімделген әдебиеттер &amp;тізімі (ГОСТ, APA)…</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2: %1 өрісін өңдеу</translation>
    </message>
    <message>
        <source>Set the key of %1 to %2</source>
        <translation>%1 кілтін %2 деп қою</translation>
    </message>
    <message>
        <source>Generate a key for %1</source>
        <translation>%1 үшін кілт жасау</translation>
    </message>
    <message>
        <source>Make %1 a @%2</source>
        <translation>%1 түрін @%2 ету</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reference(s) complete</source>
        <translation>
            <numerusform>%n дереккөзді толық деп белгілеу</numerusform>
            <numerusform>%n дереккөзді толық деп белгілеу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reference(s) incomplete</source>
        <translation>
            <numerusform>%n дереккөзді толық емес деп белгілеу</numerusform>
            <numerusform>%n дереккөзді толық емес деп белгілеу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n entry(ies) a key of (its/their) own</source>
        <translation>
            <numerusform>%n жазбаға өз кілтін беру</numerusform>
            <numerusform>%n жазбаға өз кілтін беру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n reference(s) to %1</source>
        <translation>
            <numerusform>%1 тобына %n дереккөз қосу</numerusform>
            <numerusform>%1 тобына %n дереккөз қосу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s) from %1</source>
        <translation>
            <numerusform>%1 тобынан %n дереккөзді алып тастау</numerusform>
            <numerusform>%1 тобынан %n дереккөзді алып тастау</numerusform>
        </translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Duplicate an entry</source>
        <translation>Жазбаның көшірмесін жасау</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>Entry deleted; Undo brings it back.</source>
        <translation>Жазба жойылды; «Болдырмау» оны қайтарады.</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>Менікімен ауыстыру</translation>
    </message>
    <message>
        <source>Import a file of references</source>
        <translation>Әдебиеттер файлын импорттау</translation>
    </message>
    <message>
        <source>References (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;All files (*)</source>
        <translation>Әдебиеттер (*.bib *.ris *.json *.yaml *.yml *.xml *.nbib *.ciw *.txt *.rdf);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %1 (%n new entry(ies))</source>
        <translation>
            <numerusform>%1 импорттау (%n жаңа жазба)</numerusform>
            <numerusform>%1 импорттау (%n жаңа жазба)</numerusform>
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
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Қарапайым мәтін (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) copied to the clipboard.</source>
        <translation>
            <numerusform>Алмасу буферіне %Ln дереккөз көшірілді.</numerusform>
            <numerusform>Алмасу буферіне %Ln дереккөз көшірілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) exported to %1.</source>
        <translation>
            <numerusform>%1 файлына %Ln дереккөз экспортталды.</numerusform>
            <numerusform>%1 файлына %Ln дереккөз экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Жаңа топ: %1</translation>
    </message>
    <message>
        <source>&amp;Import References…</source>
        <translation>Әдебиеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>%1 тобының атын %2 деп өзгерту</translation>
    </message>
    <message>
        <source>Recolour group %1</source>
        <translation>%1 тобының түсін өзгерту</translation>
    </message>
    <message>
        <source>Move group %1</source>
        <translation>%1 тобын жылжыту</translation>
    </message>
    <message>
        <source>Delete group %1</source>
        <translation>%1 тобын жою</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Басқа жерде өзгертілген</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 already in the library.</source>
        <translation>%1 импортталды: %2 қосылды, %3 кітапханада бұрыннан бар.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Қайда экспорттау</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Nothing was exported: no reference is in the chosen selection.</source>
        <translation>Ештеңе экспортталмады: таңдалған жиында бірде-бір дереккөз жоқ.</translation>
    </message>
</context>
<context>
    <name>LibraryErrors</name>
    <message>
        <source>No source group named %1 (groups: %2).</source>
        <translation>%1 деп аталатын дереккөз тобы жоқ (топтар: %2).</translation>
    </message>
    <message>
        <source>%1: problems found: %2, and --strict was given, so nothing was imported: %3</source>
        <translation>%1: табылған мәселелер саны: %2, ал --strict берілген, сондықтан ештеңе импортталмады: %3</translation>
    </message>
    <message>
        <source>Unknown language %1; use one of: %2.</source>
        <translation>%1 — белгісіз тіл; мыналардың бірін қолданыңыз: %2.</translation>
    </message>
    <message>
        <source>No document with id %1 in this library.</source>
        <translation>Бұл кітапханада id-і %1 құжат жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be a BibTeX field name (no spaces, quotes, braces, commas or =).</source>
        <translation>%1 BibTeX өрісінің атауы бола алмайды (бос орын, тырнақша, жақша, үтір және = болмауы керек).</translation>
    </message>
    <message>
        <source>The %1 field is kept by Silteme itself: use the group tree, the completeness mark or the numbering instead.</source>
        <translation>%1 өрісін Silteme өзі жүргізеді: оның орнына топтар ағашын, толықтық белгісін немесе нөмірлеуді қолданыңыз.</translation>
    </message>
    <message>
        <source>Cannot store this %1: %2.</source>
        <translation>Бұл %1 мәнін сақтау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be an entry type: use letters, e.g. article, book or misc.</source>
        <translation>%1 жазба түрі бола алмайды: әріптерді қолданыңыз, мысалы article, book немесе misc.</translation>
    </message>
    <message>
        <source>%1 cannot be a citation key: it must not be empty or hold spaces, quotes, braces, commas, #, %, ~, =, ( ) or backslashes.</source>
        <translation>%1 сілтеме кілті бола алмайды: кілт бос болмауы керек және онда бос орын, тырнақша, жақша, үтір, #, %, ~, =, ( ) не кері қиғаш сызық болмауы тиіс.</translation>
    </message>
    <message>
        <source>Some of these references are no longer in the library (deleted elsewhere?).</source>
        <translation>Бұл дереккөздердің кейбірі кітапханада енді жоқ (басқа жерде жойылды ма?).</translation>
    </message>
    <message>
        <source>No reference with id %1 in this library (was it deleted?).</source>
        <translation>Бұл кітапханада id-і %1 дереккөз жоқ (жойылды ма?).</translation>
    </message>
    <message>
        <source>Reference %1 was deleted in the meantime; nothing was changed.</source>
        <translation>Осы аралықта %1 дереккөзі жойылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Reference %1 was changed after this step (in another window or program), so it cannot be taken back without losing that change. Nothing was changed.</source>
        <translation>%1 дереккөзі осы қадамнан кейін (басқа терезеде не бағдарламада) өзгертілді, сондықтан бұл қадамды сол өзгерісті жоғалтпай болдырмау мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The key %1 is already used by reference [%2] (%3); keys must be unique.</source>
        <translation>%1 кілтін [%2] дереккөзі (%3) қолданып тұр; кілттер қайталанбауы керек.</translation>
    </message>
    <message>
        <source>The key %1 is already used by another reference (%2); keys must be unique.</source>
        <translation>%1 кілтін басқа дереккөз (%2) қолданып тұр; кілттер қайталанбауы керек.</translation>
    </message>
    <message>
        <source>The group %1 has references or subgroups now (added in another window?), so undoing its creation would lose them. Nothing was changed.</source>
        <translation>%1 тобында енді дереккөздер не ішкі топтар бар (басқа терезеде қосылды ма?), сондықтан оны жасауды болдырмау оларды жоғалтады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>the group %1</source>
        <translation>%1 тобын</translation>
    </message>
    <message>
        <source>the references of %1</source>
        <translation>%1 тобының дереккөздерін</translation>
    </message>
    <message>
        <source>The group %1 cannot be put inside itself or one of its own subgroups.</source>
        <translation>%1 тобын өзінің ішіне немесе өз ішкі топтарының біріне салуға болмайды.</translation>
    </message>
    <message>
        <source>The group %1 was renamed or deleted in the meantime; nothing was changed.</source>
        <translation>Осы аралықта %1 тобының аты өзгертілді немесе ол жойылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The colour of %1 was changed in the meantime; nothing was changed.</source>
        <translation>Осы аралықта %1 тобының түсі өзгертілді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The group tree around %1 changed in the meantime; nothing was moved.</source>
        <translation>Осы аралықта %1 тобының маңындағы топтар ағашы өзгерді; ештеңе жылжытылмады.</translation>
    </message>
    <message>
        <source>The group %1 was deleted in the meantime; nothing was changed.</source>
        <translation>Осы аралықта %1 тобы жойылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 of these references are already in %2 (changed in another window?); nothing was changed.</source>
        <translation>Бұл дереккөздердің %1-і %2 тобында бұрыннан бар (басқа терезеде өзгертілді ме?); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 of these references are no longer in %2 (changed in another window?); nothing was changed.</source>
        <translation>Бұл дереккөздердің %1-і %2 тобында енді жоқ (басқа терезеде өзгертілді ме?); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No source group with id %1 in this library (was it deleted?).</source>
        <translation>Бұл кітапханада id-і %1 дереккөз тобы жоқ (жойылды ма?).</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #rrggbb.</source>
        <translation>%1 — #rrggbb түріндегі түс емес.</translation>
    </message>
    <message>
        <source>A group named %1 already exists. A .bib file names groups by name only, so each group needs a name of its own.</source>
        <translation>%1 деп аталатын топ бұрыннан бар. .bib файлы топтарды тек атауы бойынша ажыратады, сондықтан әр топтың өз атауы болуы керек.</translation>
    </message>
    <message>
        <source>The group %1 was changed in the meantime; nothing was changed.</source>
        <translation>Осы аралықта %1 тобы өзгертілді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The group tree of an imported file changed in the meantime; nothing was changed.</source>
        <translation>Осы аралықта импортталған файлдың топтар ағашы өзгерді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The library holds no document yet; import one with `silteme import-text`.</source>
        <translation>Кітапханада әзірге құжат жоқ; оны `silteme import-text` арқылы импорттаңыз.</translation>
    </message>
    <message>
        <source>The library holds several documents; name one with --document: %1.</source>
        <translation>Кітапханада бірнеше құжат бар; біреуін --document арқылы көрсетіңіз: %1.</translation>
    </message>
    <message>
        <source>Several documents are titled %1; name one by its id.</source>
        <translation>%1 деген атаумен бірнеше құжат бар; біреуін id-і бойынша көрсетіңіз.</translation>
    </message>
    <message>
        <source>No document %1 in this library (documents: %2).</source>
        <translation>Бұл кітапханада %1 құжаты жоқ (құжаттар: %2).</translation>
    </message>
    <message>
        <source>%1 and %2 differ in %3; say which value to keep for each. Nothing was changed.</source>
        <translation>%1 мен %2 мына өрістерде ерекшеленеді: %3; әрқайсысы үшін қай мәнді қалдыру керегін көрсетіңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>merge references</source>
        <translation>дереккөздерді біріктіру</translation>
    </message>
    <message>
        <source>%1 and %2 are numbered in different documents; a merge would change what one of them cites. Nothing was changed.</source>
        <translation>%1 мен %2 әртүрлі құжаттарда нөмірленген; біріктіру солардың біріндегі сілтемелердің мағынасын өзгертер еді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The kept reference %1 no longer exists; the merge cannot be undone.</source>
        <translation>Қалдырылған %1 дереккөзі енді жоқ; біріктіруді болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>A reference cannot be merged with itself.</source>
        <translation>Дереккөзді өзімен біріктіруге болмайды.</translation>
    </message>
    <message>
        <source>No reference %1 in this library.</source>
        <translation>Бұл кітапханада %1 дереккөзі жоқ.</translation>
    </message>
    <message>
        <source>Some of these entries were changed in the meantime (in another window?); nothing was changed.</source>
        <translation>Осы аралықта бұл жазбалардың кейбірі өзгертілген (басқа терезеде ме?); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Cannot bring back %1: the library changed in another window or program in the meantime (%2). Nothing was changed.</source>
        <translation>%1 қайтару мүмкін емес: осы аралықта кітапхана басқа терезеде не бағдарламада өзгерді (%2). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1: cannot read the source-group declaration (%2).</source>
        <translation>%1: дереккөз топтарының сипаттамасын оқу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1: expected an object with a &apos;groups&apos; list.</source>
        <translation>%1: &apos;groups&apos; тізімі бар объект күтілген еді.</translation>
    </message>
    <message>
        <source>%1: each group needs a &apos;name&apos;.</source>
        <translation>%1: әр топтың &apos;name&apos; өрісі болуы керек.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 was deleted in another window or program after you opened it.</source>
        <translation>%1 сіз ашқаннан кейін басқа терезеде не бағдарламада жойылды.</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program after you opened it (you edited version %2; the saved one is version %3).</source>
        <translation>%1 сіз ашқаннан кейін басқа терезеде не бағдарламада өзгертілді (сіз %2-нұсқаны өңдедіңіз; сақталғаны — %3-нұсқа).</translation>
    </message>
    <message>
        <source>Reload to drop your edit.</source>
        <translation>Түзетуіңізден бас тарту үшін қайта жүктеңіз.</translation>
    </message>
    <message>
        <source>Reload to see the other change (your edit is dropped), or overwrite it with your edit (the other change is lost).</source>
        <translation>Басқа өзгерісті көру үшін қайта жүктеңіз (сіздің түзетуіңіз алынып тасталады) немесе оны өз түзетуіңізбен қайта жазыңыз (басқа өзгеріс жоғалады).</translation>
    </message>
    <message>
        <source>A row was changed elsewhere.</source>
        <translation>Бір жол басқа жерде өзгертілді.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference [%1] %2 «%3»</source>
        <translation>[%1] %2 «%3» дереккөзі</translation>
    </message>
    <message>
        <source>Reference [%1] %2</source>
        <translation>[%1] %2 дереккөзі</translation>
    </message>
    <message>
        <source>Reference %1 «%2»</source>
        <translation>%1 «%2» дереккөзі</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>%1 дереккөзі</translation>
    </message>
    <message>
        <source>The note by %1 on «%2»</source>
        <translation>%1 жазған «%2» туралы ескертпе</translation>
    </message>
    <message>
        <source>The note on «%1»</source>
        <translation>«%1» туралы ескертпе</translation>
    </message>
    <message>
        <source>References imported from %1 were edited since (in another window or program), so the import cannot be taken back without losing those edits. Nothing was changed.</source>
        <translation>%1 файлынан импортталған дереккөздер содан бері (басқа терезеде не бағдарламада) өңделді, сондықтан импортты ол түзетулерді жоғалтпай болдырмау мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Groups created by the import of %1 now hold other references or groups, so the import cannot be taken back. Nothing was changed.</source>
        <translation>%1 импортында жасалған топтарда енді басқа дереккөздер не топтар бар, сондықтан импортты болдырмау мүмкін емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>the entries imported from %1</source>
        <translation>%1 файлынан импортталған жазбаларды</translation>
    </message>
    <message>
        <source>The library changed while the import of %1 was being reviewed; nothing was imported. Open the file again to see what the import would do now.</source>
        <translation>%1 импорты қаралып жатқанда кітапхана өзгерді; ештеңе импортталмады. Импорттың енді не істейтінін көру үшін файлды қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Reference Library — Silteme</source>
        <translation>Дереккөздер кітапханасы — Silteme</translation>
    </message>
    <message>
        <source>Filter by key, authors, title or year (ә and ə alike)</source>
        <translation>Кілт, автор, атау не жыл бойынша сүзу (ә мен ə бірдей)</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Осы құжат</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Бүкіл кітапхана</translation>
    </message>
    <message>
        <source>Complete or not</source>
        <translation>Толық па, жоқ па</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Толық емес</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>&amp;Filter References</source>
        <translation>Дереккөздерді &amp;сүзу</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Топтар</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Жаңа топ…</translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <source>D&amp;uplicate Entry</source>
        <translation>Жазбаның &amp;көшірмесі</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>Жазбаны &amp;жою</translation>
    </message>
    <message>
        <source>Copy Citation &amp;Key</source>
        <translation>Сілтеме &amp;кілтін көшіру</translation>
    </message>
    <message>
        <source>Copy &amp;Formatted Reference (GOST)</source>
        <translation>&amp;Рәсімделген сілтемені көшіру (ГОСТ)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s)</source>
        <translation>
            <numerusform>%Ln дереккөз</numerusform>
            <numerusform>%Ln дереккөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Топқа қосу</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>Топтан алып тастау</translation>
    </message>
    <message>
        <source>Mark Complete</source>
        <translation>Толық деп белгілеу</translation>
    </message>
    <message>
        <source>Mark Incomplete</source>
        <translation>Толық емес деп белгілеу</translation>
    </message>
    <message>
        <source>Write Repeated Keys as the Library&apos;s Own</source>
        <translation>Қайталанған кілттерді кітапхананың өз кілтімен жазу</translation>
    </message>
    <message>
        <source>Generate Key</source>
        <translation>Кілт жасау</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <source>New Subgroup of %1…</source>
        <translation>%1 ішінде жаңа топ…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Атын өзгерту…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Түсі…</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>Жоғарғы деңгейге жылжыту</translation>
    </message>
    <message>
        <source>Delete Group (Keep Its References)</source>
        <translation>Топты жою (дереккөздері қалады)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Топтың атауы:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 тобының түсі</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Топты жою</translation>
    </message>
    <message>
        <source>Delete the group %1 and its subgroups? Their references stay in the library; Edit ▸ Undo brings the groups back.</source>
        <translation>%1 тобы мен оның ішкі топтары жойылсын ба? Олардың дереккөздері кітапханада қалады; Өңдеу ▸ Болдырмау топтарды қайтарады.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo history</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Кітапхананы &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Import Text…</source>
        <translation>Мәтінді &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Соңғы &amp;ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Word Document…</source>
        <translation>&amp;Word құжаты…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Табу…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Restore &amp;Default Layout</source>
        <translation>Әдепкі &amp;орналасуды қайтару</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Help and About</source>
        <translation>&amp;Анықтама және бағдарлама туралы</translation>
    </message>
    <message>
        <source>Importing the bundled thesis for the first start…</source>
        <translation>Алғашқы іске қосу үшін үлгі диссертация импортталуда…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Құжат жүктелуде…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>This library holds no document yet. Drop a .txt file here or use File ▸ Import Text.</source>
        <translation>Бұл кітапханада әлі құжат жоқ. Мұнда .txt файлын сүйреп әкеліңіз немесе Файл ▸ Мәтінді импорттау пәрменін таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot load the document</source>
        <translation>Құжатты жүктеу мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>%1 cites %n reference(s).</source>
        <translation>
            <numerusform>%1 — %n дереккөзге сілтеме.</numerusform>
            <numerusform>%1 — %n дереккөзге сілтеме.</numerusform>
        </translation>
    </message>
    <message>
        <source>This marker&apos;s number is not in the bibliography.</source>
        <translation>Бұл маркердің нөмірі әдебиеттер тізімінде жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln тұжырым</numerusform>
            <numerusform>%Ln тұжырым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln сілтеме</numerusform>
            <numerusform>%Ln сілтеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s)</source>
        <translation>
            <numerusform>%Ln дереккөз</numerusform>
            <numerusform>%Ln дереккөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3.</source>
        <translation>«%1» импортталды: %2, %3.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;A thesis, its numbered references and reviewers&apos; notes in one library.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click a citation marker to select its references and its claim; hover it to list them.&lt;/li&gt;&lt;li&gt;Double-click a marker to open its reference in the Reference Library; its context menu also shows every place that reference is cited.&lt;/li&gt;&lt;li&gt;Outline: click a section or table to jump to it.&lt;/li&gt;&lt;li&gt;Claims: filter by source group, section or text; double-click to show a claim.&lt;/li&gt;&lt;li&gt;References: select one to step through the places it is cited.&lt;/li&gt;&lt;li&gt;Ctrl+F searches the text, claims and references (ә and ə are the same letter here); Enter goes to the next hit.&lt;/li&gt;&lt;li&gt;Drop a .txt file on the window to import it as a new document.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Silteme&lt;/h3&gt;&lt;p&gt;Диссертация, оның нөмірленген дереккөздері мен рецензенттердің ескертпелері бір кітапханада.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Сілтемені басқанда оның дереккөздері мен тұжырымы таңдалады; меңзерді үстіне апарсаңыз, дереккөздер тізімі шығады.&lt;/li&gt;&lt;li&gt;Маркерді екі рет басу оның сілтемесін Сілтемелер кітапханасында ашады; маркердің мәтінмәндік мәзірі сол сілтеме келтірілген барлық орынды да көрсетеді.&lt;/li&gt;&lt;li&gt;Мазмұны: бөлімді немесе кестені басып, соған өтіңіз.&lt;/li&gt;&lt;li&gt;Тұжырымдар: дереккөз тобы, бөлім немесе мәтін бойынша сүзіңіз; тұжырымды көру үшін екі рет басыңыз.&lt;/li&gt;&lt;li&gt;Дереккөздер: біреуін таңдап, ол келтірілген орындарды бірінен соң бірін қараңыз.&lt;/li&gt;&lt;li&gt;Ctrl+F мәтіннен, тұжырымдардан және дереккөздерден іздейді (мұнда ә мен ə — бір әріп); Enter келесі нәтижеге өтеді.&lt;/li&gt;&lt;li&gt;.txt файлын терезеге сүйреп әкелсеңіз, ол жаңа құжат ретінде импортталады.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Құжат жоқ</translation>
    </message>
    <message>
        <source>%1 — Silteme</source>
        <translation>%1 — Silteme</translation>
    </message>
    <message>
        <source>Import a thesis text</source>
        <translation>Диссертация мәтінін импорттау</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Мәтін файлдары (*.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>Open a library</source>
        <translation>Кітапхананы ашу</translation>
    </message>
    <message>
        <source>Silteme libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Silteme кітапханалары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <source>The library %1 no longer exists; it was taken off the list.</source>
        <translation>%1 кітапханасы енді жоқ; ол тізімнен алынды.</translation>
    </message>
    <message>
        <source>About Silteme</source>
        <translation>Silteme туралы</translation>
    </message>
</context>
<context>
    <name>MarkerRewritesModel</name>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Marker now</source>
        <translation>Қазіргі сілтеме</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Болады</translation>
    </message>
</context>
<context>
    <name>MergeChoicesModel</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Kept entry</source>
        <translation>Қалатын жазба</translation>
    </message>
    <message>
        <source>Merged-in entry</source>
        <translation>Біріктірілетін жазба</translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Old</source>
        <translation>Ескі</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Келтірілуі</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>келтірілмеген</translation>
    </message>
</context>
<context>
    <name>OrphansPanel</name>
    <message>
        <source>The text these annotations were made on is gone from the current revision. Each keeps its quote. Select where it belongs now in the reader, then re-attach it.</source>
        <translation>Бұл ескертпелер жазылған мәтін қазіргі нұсқада жоқ. Әрқайсысы өз үзіндісін сақтайды. Оқу аймағынан жаңа орнын таңдап, қайта байлаңыз.</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Table: %1</source>
        <translation>Кесте: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n citation marker(s)</source>
        <translation>
            <numerusform>%n сілтеме</numerusform>
            <numerusform>%n сілтеме</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Сілтемелер</translation>
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
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Save the paragraph as one step you can undo (Ctrl+Return)</source>
        <translation>Абзацты болдырмауға болатын бір қадам ретінде сақтау (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Forget the changes to this paragraph</source>
        <translation>Осы абзацтағы өзгерістерді ұмыту</translation>
    </message>
    <message>
        <source>Insert Citation…</source>
        <translation>Сілтеме қою…</translation>
    </message>
    <message>
        <source>Cite references at the cursor</source>
        <translation>Курсор тұрған жерге дереккөздерге сілтеме қою</translation>
    </message>
    <message>
        <source>Click a paragraph in the reader to edit it here.</source>
        <translation>Мұнда өңдеу үшін оқу аймағындағы абзацты басыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes (%1 characters). Apply saves them as one step; Revert forgets them.</source>
        <translation>Сақталмаған өзгерістер (%1 таңба). «Қолдану» оларды бір қадам ретінде сақтайды; «Қайтару» ұмытады.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s). Edit the text, or insert a citation at the cursor.</source>
        <translation>
            <numerusform>%Ln таңба. Мәтінді өңдеңіз немесе курсор тұрған жерге сілтеме қойыңыз.</numerusform>
            <numerusform>%Ln таңба. Мәтінді өңдеңіз немесе курсор тұрған жерге сілтеме қойыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message>
        <source>import a thesis from a PDF (text with pages, and the reviewers&apos; notes in it)</source>
        <translation>диссертацияны PDF-тен импорттау (беттері бар мәтін және ондағы рецензент ескертпелері)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>құжаттың атауы (әдепкіде: файл аты)</translation>
    </message>
    <message>
        <source>write the annotations into a copy of the document&apos;s PDF, as highlights</source>
        <translation>ескертпелерді құжаттың PDF көшірмесіне бөлектеу ретінде жазу</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>the document (id or title)</source>
        <translation>құжат (id немесе атауы)</translation>
    </message>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln page(s): %3.</source>
        <translation>
            <numerusform>«%1» %Ln беттен %2-құжат ретінде импортталды: %3.</numerusform>
            <numerusform>«%1» %Ln беттен %2-құжат ретінде импортталды: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken out: %1; joined: %2.</source>
        <translation>Алынып тасталды: %1; біріктірілді: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running head, footer or page-number line(s)</source>
        <translation>
            <numerusform>колонтитул не бет нөмірінің %Ln жолы</numerusform>
            <numerusform>колонтитул не бет нөмірінің %Ln жолы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hyphenated word(s)</source>
        <translation>
            <numerusform>тасымалданған %Ln сөз</numerusform>
            <numerusform>тасымалданған %Ln сөз</numerusform>
        </translation>
    </message>
    <message>
        <source>The text of %1 is already document %2; only its notes were read.</source>
        <translation>%1 мәтіні бұрыннан %2-құжат; тек оның ескертпелері оқылды.</translation>
    </message>
    <message>
        <source>PDF notes: %1 found, %2 added (%3 could not be placed and are orphans), %4 replies, %5 already imported.</source>
        <translation>PDF ескертпелері: табылғаны %1, қосылғаны %2 (оның %3 орнын табу мүмкін болмады, орны жоғалған ретінде сақталды), жауаптар %4, бұрын импортталғаны %5.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3; %4.</source>
        <translation>%1 жазылды: %2, %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) with their comments</source>
        <translation>
            <numerusform>пікірлерімен %Ln белгілеу</numerusform>
            <numerusform>пікірлерімен %Ln белгілеу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(-ies)</source>
        <translation>
            <numerusform>%Ln жауап</numerusform>
            <numerusform>%Ln жауап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) were in the PDF already</source>
        <translation>
            <numerusform>%Ln ескертпе PDF-те бұрыннан бар еді</numerusform>
            <numerusform>%Ln ескертпе PDF-те бұрыннан бар еді</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: not placed on a page (orphaned or no longer found): %1</source>
        <translation>ескерту: бетке орналастырылмады (орны жоғалған не енді табылмайды): %1</translation>
    </message>
</context>
<context>
    <name>PdfErrors</name>
    <message>
        <source>%1 is encrypted; nothing was imported.</source>
        <translation>%1 шифрланған; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read (%2); nothing was imported.</source>
        <translation>%1 ескертпелерін оқу мүмкін емес (%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 has no pages; nothing was imported.</source>
        <translation>%1 ішінде бет жоқ; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 has no text layer: its pages (%2) are images (a scan). Run OCR on it (for example with ocrmypdf) and import the result. Nothing was imported.</source>
        <translation>%1 ішінде мәтін қабаты жоқ: оның беттері (%2) — суреттер (сканерленген). Оны мәтінді тану (OCR) арқылы өткізіп (мысалы, ocrmypdf бағдарламасымен), нәтижесін импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not a PDF file (it does not start with %PDF); nothing was imported.</source>
        <translation>%1 — PDF файлы емес (ол %PDF деп басталмайды); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is encrypted (password-protected); open it in a PDF reader, save an unprotected copy, and import that. Nothing was imported.</source>
        <translation>%1 шифрланған (құпиясөзбен қорғалған); оны PDF оқу бағдарламасында ашып, қорғалмаған көшірмесін сақтаңыз да, соны импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a PDF (%2); nothing was imported.</source>
        <translation>%1 зақымдалған, оны PDF ретінде оқу мүмкін емес (%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is encrypted; save an unprotected copy and import that. Nothing was imported.</source>
        <translation>%1 шифрланған; қорғалмаған көшірмесін сақтап, соны импорттаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is encrypted (password-protected); nothing was imported.</source>
        <translation>%1 шифрланған (құпиясөзбен қорғалған); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); nothing was imported.</source>
        <translation>%1 зақымдалған, оны оқу мүмкін емес (%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Document %1 was not imported from a PDF; there is no PDF to annotate.</source>
        <translation>%1 құжаты PDF файлынан импортталмаған; ескертпе жазатын PDF жоқ.</translation>
    </message>
    <message>
        <source>%1 is the library itself; choose another file. Nothing was written.</source>
        <translation>%1 — кітапхананың өзі; басқа файл таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open Reference</source>
        <translation>Сілтемені ашу</translation>
    </message>
    <message>
        <source>Show All Places Cited</source>
        <translation>Келтірілген барлық орынды көрсету</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Кітапханалар</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Соңғы кітапханалар жоқ</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Тізімді тазарту</translation>
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
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Келтірілуі</translation>
    </message>
</context>
<context>
    <name>ReferencePickerDialog</name>
    <message>
        <source>Insert Citation</source>
        <translation>Сілтеме қою</translation>
    </message>
    <message>
        <source>Edit Citation %1</source>
        <translation>%1 сілтемесін өңдеу</translation>
    </message>
    <message>
        <source>Number (12, 3-5), key, author or title…</source>
        <translation>Нөмірі (12, 3-5), кілті, авторы не атауы…</translation>
    </message>
    <message>
        <source>Check Selected</source>
        <translation>Таңдалғандарды белгілеу</translation>
    </message>
    <message>
        <source>Check the selected rows (Space)</source>
        <translation>Таңдалған жолдарды белгілеу (Бос орын)</translation>
    </message>
    <message>
        <source>Uncheck Selected</source>
        <translation>Таңдалғандардан белгіні алу</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Uncheck every reference</source>
        <translation>Барлық дереккөздерден белгіні алу</translation>
    </message>
    <message>
        <source>No reference has %1; the changed marker will not cite it.</source>
        <translation>%1 нөмірлі дереккөз жоқ; өзгертілген сілтеме оны көрсетпейді.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Check the references the marker should cite.</source>
        <translation>Сілтеме көрсетуі тиіс дереккөздерді белгілеңіз.</translation>
    </message>
    <message>
        <source>Will write %1 (%2).</source>
        <translation>%1 жазылады (%2).</translation>
    </message>
</context>
<context>
    <name>ReferencesDock</name>
    <message>
        <source>References</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Алдыңғы</translation>
    </message>
    <message>
        <source>Show the previous place this reference is cited</source>
        <translation>Осы дереккөз келтірілген алдыңғы орынды көрсету</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Келесі ▶</translation>
    </message>
    <message>
        <source>Show the next place this reference is cited</source>
        <translation>Осы дереккөз келтірілген келесі орынды көрсету</translation>
    </message>
    <message>
        <source>Select a reference to see where it is cited.</source>
        <translation>Мәтіннің қай жерінде келтірілгенін көру үшін дереккөзді таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is not cited in the text.</source>
        <translation>%1 мәтінде келтірілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is cited %n time(s).</source>
        <translation>
            <numerusform>%1 мәтінде %n рет келтірілген.</numerusform>
            <numerusform>%1 мәтінде %n рет келтірілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Көрсетілгені: %1 / %2.</translation>
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
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Келтірілуі</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>толық</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>толық емес</translation>
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
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толықтығы</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Келтірілуі</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>толық</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber by First Citation</source>
        <translation>Алғашқы сілтеме ретімен қайта нөмірлеу</translation>
    </message>
    <message>
        <source>References are numbered in the order the text first cites them, and every marker is rewritten to match. A backup of the library is made first, and Edit ▸ Undo takes it back.</source>
        <translation>Дереккөздер мәтінде алғаш келтірілу ретімен нөмірленеді, әр сілтеме соған сай қайта жазылады. Алдымен кітапхананың сақтық көшірмесі жасалады, ал Өңдеу ▸ Болдырмау бәрін кері қайтарады.</translation>
    </message>
    <message>
        <source>Uncited references go after the cited ones</source>
        <translation>Келтірілмеген дереккөздер келтірілгендерден кейін тұрады</translation>
    </message>
    <message>
        <source>Uncited references keep their numbers (flagged below)</source>
        <translation>Келтірілмеген дереккөздер нөмірлерін сақтайды (төменде белгіленген)</translation>
    </message>
    <message>
        <source>Only references whose number changes</source>
        <translation>Тек нөмірі өзгеретін дереккөздер</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>Working out the order of first citation…</source>
        <translation>Алғашқы сілтемелердің реті анықталуда…</translation>
    </message>
    <message>
        <source>The references are already numbered in order of first citation; nothing would change.</source>
        <translation>Дереккөздер алғашқы сілтеме ретімен нөмірленіп қойған; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>%1 of %2 references get a new number; %3 of %4 markers change.</source>
        <translation>%2 дереккөздің %1 жаңа нөмір алады; %4 сілтеменің %3 өзгереді.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) (is/are) not cited in the text.</source>
        <translation>
            <numerusform>%n дереккөз мәтінде келтірілмеген.</numerusform>
            <numerusform>%n дереккөз мәтінде келтірілмеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>References (%1 change)</source>
        <translation>Дереккөздер (%1 өзгереді)</translation>
    </message>
    <message>
        <source>Markers (%1 change)</source>
        <translation>Сілтемелер (%1 өзгереді)</translation>
    </message>
</context>
<context>
    <name>ReviewCli</name>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>құжат (id немесе атауы); жалғыз құжат болса, көрсетпеуге болады</translation>
    </message>
    <message>
        <source>annotate the place where a quote stands in the text</source>
        <translation>мәтіндегі үзінді тұрған орынға ескертпе жазу</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>МӘТІН</translation>
    </message>
    <message>
        <source>the exact text to annotate</source>
        <translation>ескертпе жазылатын нақты мәтін</translation>
    </message>
    <message>
        <source>text just before the quote (to tell repeats apart)</source>
        <translation>үзіндінің алдындағы мәтін (қайталанатын үзінділерді ажырату үшін)</translation>
    </message>
    <message>
        <source>text just after the quote</source>
        <translation>үзіндіден кейінгі мәтін</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>how the cited sources back the quote</source>
        <translation>келтірілген дереккөздер үзіндіні қаншалықты растайды</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ТЕГ</translation>
    </message>
    <message>
        <source>a tag (repeat for more)</source>
        <translation>тег (бірнешеуі үшін қайталаңыз)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>АТАУЫ</translation>
    </message>
    <message>
        <source>who writes it (default: $SILTEME_USER or the login name)</source>
        <translation>кім жазады (әдепкіде: $SILTEME_USER немесе жүйеге кіру аты)</translation>
    </message>
    <message>
        <source>the writer&apos;s role (default: %(default)s)</source>
        <translation>жазушының рөлі (әдепкіде: %(default)s)</translation>
    </message>
    <message>
        <source>the comment is Markdown</source>
        <translation>түсініктеме Markdown пішімінде</translation>
    </message>
    <message>
        <source>list annotations</source>
        <translation>ескертпелерді тізу</translation>
    </message>
    <message>
        <source>only this document (id or title)</source>
        <translation>тек осы құжат (id немесе атауы)</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>JSON массивін шығару</translation>
    </message>
    <message>
        <source>annotations as W3C Web Annotation JSON-LD</source>
        <translation>ескертпелерді W3C Web Annotation JSON-LD түрінде</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>НӘТИЖЕ</translation>
    </message>
    <message>
        <source>the .jsonld file to write, or - for standard output</source>
        <translation>жазылатын .jsonld файлы, немесе стандартты шығыс үшін -</translation>
    </message>
    <message>
        <source>import W3C annotations (one, an array or a collection)</source>
        <translation>W3C ескертпелерін импорттау (біреуін, массивті немесе жинақты)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>where annotations of unknown documents go</source>
        <translation>белгісіз құжаттардың ескертпелері қайда барады</translation>
    </message>
    <message>
        <source>the thesis as .docx, annotations as Word comments</source>
        <translation>диссертация .docx түрінде, ескертпелер Word түсініктемелері ретінде</translation>
    </message>
    <message>
        <source>the .docx file to write</source>
        <translation>жазылатын .docx файлы</translation>
    </message>
    <message>
        <source>for a document imported from Word: the style of reference-list entries that were completed or added</source>
        <translation>Word-тан импортталған құжат үшін: толықтырылған не қосылған тізім жазбаларының стилі</translation>
    </message>
    <message>
        <source>annotations by section and verdict (Markdown or HTML)</source>
        <translation>бөлімдер мен бағалар бойынша ескертпелер (Markdown немесе HTML)</translation>
    </message>
    <message>
        <source>the file to write, or - for standard output</source>
        <translation>жазылатын файл, немесе стандартты шығыс үшін -</translation>
    </message>
    <message>
        <source>default: from the file name, else md</source>
        <translation>әдепкіде: файл атынан, болмаса md</translation>
    </message>
    <message>
        <source>replace a document&apos;s text with a revised version and re-anchor</source>
        <translation>құжат мәтінін жаңа нұсқасымен ауыстырып, ескертпелерді қайта байлау</translation>
    </message>
    <message>
        <source>the revised text (UTF-8)</source>
        <translation>жаңартылған мәтін (UTF-8)</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>есепті JSON түрінде шығару</translation>
    </message>
    <message>
        <source>Annotated characters %1-%2: %3</source>
        <translation>%1-%2 таңбаларға ескертпе жазылды: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln блок</numerusform>
            <numerusform>%Ln блок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln тұжырым</numerusform>
            <numerusform>%Ln тұжырым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln сілтеме</numerusform>
            <numerusform>%Ln сілтеме</numerusform>
        </translation>
    </message>
    <message>
        <source>Revised document %1: %2.</source>
        <translation>%1 құжаты жаңартылды: %2.</translation>
    </message>
    <message>
        <source>Annotations: %1 placed exactly, %2 placed fuzzily, %3 orphaned.</source>
        <translation>Ескертпелер: %1 дәл орнына қойылды, %2 шамамен орнына қойылды, %3 орны жоғалды.</translation>
    </message>
    <message>
        <source>Wrote %1: the author&apos;s own document; paragraphs changed: %2, added: %3, removed: %4; references: %5 (newly formatted: %6); comments: %7, replies: %8.</source>
        <translation>%1 жазылды: автордың өз құжаты; өзгертілген абзацтар: %2, қосылғаны: %3, алынғаны: %4; дереккөздер: %5 (жаңадан ресімделгені: %6); түсініктемелер: %7, жауаптар: %8.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln абзац</numerusform>
            <numerusform>%Ln абзац</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln түсініктеме</numerusform>
            <numerusform>%Ln түсініктеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for orphaned annotations</source>
        <translation>
            <numerusform>оның %Ln орны жоғалған ескертпелерге</numerusform>
            <numerusform>оның %Ln орны жоғалған ескертпелерге</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 (%4).</source>
        <translation>%1 жазылды: %2, %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>%1 файлына %Ln ескертпе мен жауап жазылды.</numerusform>
            <numerusform>%1 файлына %Ln ескертпе мен жауап жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already in the library; kept as it is.</source>
        <translation>%1 кітапханада бар; өзгеріссіз қалдырылды.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s).</source>
        <translation>
            <numerusform>%Ln ескертпе импортталды.</numerusform>
            <numerusform>%Ln ескертпе импортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewErrors</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a W3C annotation file.</source>
        <translation>%1 — W3C ескертпелер файлы емес, қалта.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 оқылмайды: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so it is not a W3C annotation file.</source>
        <translation>%1 — UTF-8 мәтіні емес, демек ол W3C ескертпелер файлы емес.</translation>
    </message>
    <message>
        <source>%1: not JSON (line %2, column %3: %4).</source>
        <translation>%1: JSON емес (%2-жол, %3-баған: %4).</translation>
    </message>
    <message>
        <source>%1: its JSON is nested too deeply to hold annotations; nothing was imported.</source>
        <translation>%1: оның JSON құрылымы тым терең, ескертпелер файлы мұндай болмайды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: the JSON cannot be read (%2); nothing was imported.</source>
        <translation>%1: JSON оқылмайды (%2); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no W3C annotation (no Annotation in it, its pages or its collection); nothing was imported.</source>
        <translation>%1 ішінде W3C ескертпесі жоқ (файлдың өзінде де, беттерінде де, жинағында да Annotation жоқ); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Annotation %1 targets %2, which is not in this library. %3</source>
        <translation>%1 ескертпесі %2 құжатына арналған, ал ол бұл кітапханада жоқ. %3</translation>
    </message>
    <message>
        <source>No annotation %1 in this library.</source>
        <translation>Бұл кітапханада %1 ескертпесі жоқ.</translation>
    </message>
    <message>
        <source>No reply %1 in this library.</source>
        <translation>Бұл кітапханада %1 жауабы жоқ.</translation>
    </message>
    <message>
        <source>Unknown %1 %2; use one of: %3.</source>
        <translation>Белгісіз %1: %2; мыналардың бірін қолданыңыз: %3.</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>баға</translation>
    </message>
    <message>
        <source>status</source>
        <translation>күй</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>comment format</source>
        <translation>түсініктеме пішімі</translation>
    </message>
    <message>
        <source>write annotations</source>
        <translation>ескертпе жазу</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>Бұл кітапханада %1 құжаты жоқ.</translation>
    </message>
    <message>
        <source>Cannot annotate that span: %1.</source>
        <translation>Бұл үзіндіге ескертпе жазу мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>The quote %1 was not found in the document&apos;s text.</source>
        <translation>%1 үзіндісі құжат мәтінінен табылмады.</translation>
    </message>
    <message>
        <source>Cannot change %1 of an annotation.</source>
        <translation>Ескертпенің мына өрістерін өзгертуге болмайды: %1.</translation>
    </message>
    <message>
        <source>change another person&apos;s note</source>
        <translation>басқа адамның ескертпесін өзгерту</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Жауапта мәтін болуы керек.</translation>
    </message>
    <message>
        <source>reply to notes</source>
        <translation>ескертпелерге жауап беру</translation>
    </message>
    <message>
        <source>delete another person&apos;s reply</source>
        <translation>басқа адамның жауабын жою</translation>
    </message>
    <message>
        <source>delete another person&apos;s note</source>
        <translation>басқа адамның ескертпесін жою</translation>
    </message>
    <message>
        <source>move another person&apos;s note</source>
        <translation>басқа адамның ескертпесін жылжыту</translation>
    </message>
    <message>
        <source>Cannot attach to that span: %1.</source>
        <translation>Бұл үзіндіге байлау мүмкін емес: %1.</translation>
    </message>
    <message>
        <source>The revised text is empty; the document was left as it was.</source>
        <translation>Түзетілген мәтін бос; құжат өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>No paragraphs were found in the revised text; the document was left as it was.</source>
        <translation>Түзетілген мәтіннен абзац табылмады; құжат өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>replace the text</source>
        <translation>мәтінді ауыстыру</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>Import a revised text</source>
        <translation>Жаңартылған мәтінді импорттау</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Мәтін файлдары (*.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>Ескертпелерді экспорттау</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Ескертпелерді импорттау</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C Web Annotations (*.jsonld *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Word-қа экспорттау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Import a reviewed Word file</source>
        <translation>Тексерілген Word файлын импорттау</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word құжаттары (*.docx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Merging the reviewed Word file…</source>
        <translation>Тексерілген Word файлы біріктірілуде…</translation>
    </message>
    <message>
        <source>New comments: %1 (%2 could not be anchored on this version of the text and are listed under Orphaned).</source>
        <translation>Жаңа пікірлер: %1 (оның %2 мәтіннің осы нұсқасына бекітілмеді, олар «Жетім» тізімінде).</translation>
    </message>
    <message>
        <source>New replies: %1. Resolved: %2. Reopened: %3. Already known: %4.</source>
        <translation>Жаңа жауаптар: %1. Шешілгені: %2. Қайта ашылғаны: %3. Бұрыннан белгілі: %4.</translation>
    </message>
    <message>
        <source>The reviewer also changed the text. These edits were not applied; make those you agree with yourself:</source>
        <translation>Рецензент мәтінді де өзгерткен. Бұл түзетулер енгізілмеді; келіскендеріңізді өзіңіз енгізіңіз:</translation>
    </message>
    <message>
        <source>Reviewed Word file merged</source>
        <translation>Тексерілген Word файлы біріктірілді</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-бет (*.html)</translation>
    </message>
    <message>
        <source>Save a review report</source>
        <translation>Рецензия есебін сақтау</translation>
    </message>
    <message>
        <source>Importing the revised text…</source>
        <translation>Жаңартылған мәтін импортталуда…</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Ескертпелер экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>%1 файлына %Ln ескертпе мен жауап жазылды.</numerusform>
            <numerusform>%1 файлына %Ln ескертпе мен жауап жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing annotations…</source>
        <translation>Ескертпелер импортталуда…</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 comments (%3 on orphaned annotations).</source>
        <translation>%1 жазылды: %2 түсініктеме (оның %3 орны жоғалған ескертпелерге).</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>Word құжаты жазылуда…</translation>
    </message>
    <message>
        <source>Writing the review report…</source>
        <translation>Рецензия есебі жазылуда…</translation>
    </message>
    <message>
        <source>Wrote the review report to %1.</source>
        <translation>Рецензия есебі мына жерге жазылды: %1.</translation>
    </message>
    <message>
        <source>Silteme</source>
        <translation>Silteme</translation>
    </message>
    <message>
        <source>The revised text is in place: %1 paragraphs, %2 claims, %3 markers.</source>
        <translation>Жаңартылған мәтін орнында: %1 абзац, %2 тұжырым, %3 сілтеме.</translation>
    </message>
    <message>
        <source>Annotations: %1 placed exactly, %2 placed fuzzily (worth a look), %3 orphaned.</source>
        <translation>Ескертпелер: %1 дәл орнына қойылды, %2 шамамен қойылды (қарап шығыңыз), %3 орны жоғалды.</translation>
    </message>
    <message>
        <source>The text of the orphaned ones is gone; they are listed under Orphaned in the Annotations dock, where you can re-attach each to a new place.</source>
        <translation>Орны жоғалғандардың мәтіні жоқ; олар Ескертпелер панеліндегі «Орны жоғалған» бетінде тізілген, сол жерде әрқайсысын жаңа орынға қайта байлауға болады.</translation>
    </message>
    <message>
        <source>The library as it was is saved in %1.</source>
        <translation>Кітапхананың бұрынғы күйі мына жерде сақталды: %1.</translation>
    </message>
    <message>
        <source>Undo cannot take a revision back, so the undo history was cleared.</source>
        <translation>Болдырмау жаңа нұсқаны кері қайтара алмайды, сондықтан өзгерістер тарихы тазартылды.</translation>
    </message>
    <message>
        <source>Revised text imported</source>
        <translation>Жаңартылған мәтін импортталды</translation>
    </message>
    <message>
        <source>Imported %1 annotations: %2 placed exactly, %3 fuzzily, %4 orphaned.</source>
        <translation>%1 ескертпе импортталды: %2 дәл, %3 шамамен қойылды, %4 орны жоғалды.</translation>
    </message>
    <message>
        <source>%1 were already in the library and were kept as they are.</source>
        <translation>%1 ескертпе кітапханада бұрыннан бар еді, өзгеріссіз қалдырылды.</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search the text, claims and references…</source>
        <translation>Мәтіннен, тұжырымдардан және дереккөздерден іздеу…</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln hit(s).</source>
        <translation>
            <numerusform>Алғашқы %Ln нәтиже көрсетілді.</numerusform>
            <numerusform>Алғашқы %Ln нәтиже көрсетілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s).</source>
        <translation>
            <numerusform>%Ln нәтиже табылды.</numerusform>
            <numerusform>%Ln нәтиже табылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Reference %1</source>
        <translation>Дереккөз %1</translation>
    </message>
    <message>
        <source>%1, claim</source>
        <translation>%1, тұжырым</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Мәнмәтін</translation>
    </message>
</context>
<context>
    <name>ShareBars</name>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) (%2 %)</source>
        <translation>
            <numerusform>%Ln тұжырымның %1 (%2 %)</numerusform>
            <numerusform>%Ln тұжырымның %1 (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImports</name>
    <message>
        <source>&amp;LaTeX Project…</source>
        <translation>&amp;LaTeX жобасы…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Import a LaTeX thesis: choose its main file</source>
        <translation>LaTeX диссертациясын импорттау: негізгі файлын таңдаңыз</translation>
    </message>
    <message>
        <source>LaTeX files (*.tex);;All files (*)</source>
        <translation>LaTeX файлдары (*.tex);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import a thesis or a reviewed copy from a PDF</source>
        <translation>Диссертацияны немесе пікір жазылған көшірмесін PDF-тен импорттау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF файлдары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the LaTeX project %1…</source>
        <translation>%1 LaTeX жобасы оқылуда…</translation>
    </message>
    <message>
        <source>Reading %1 (a long PDF takes a minute)…</source>
        <translation>%1 оқылуда (ұзын PDF бір минуттай оқылады)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln сілтеме</numerusform>
            <numerusform>%Ln сілтеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) from the .bib files</source>
        <translation>
            <numerusform>.bib файлдарынан %Ln дереккөз</numerusform>
            <numerusform>.bib файлдарынан %Ln дереккөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Revised %1 from its LaTeX project: %2, %3.</source>
        <translation>%1 LaTeX жобасынан жаңартылды: %2, %3.</translation>
    </message>
    <message>
        <source>Imported %1 from LaTeX: %2, %3.</source>
        <translation>%1 LaTeX-тен импортталды: %2, %3.</translation>
    </message>
    <message>
        <source>Keys missing from the .bib files: %1.</source>
        <translation>.bib файлдарында жоқ кілттер: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviewer note(s) added</source>
        <translation>
            <numerusform>пікір жазушының %Ln ескертпесі қосылды</numerusform>
            <numerusform>пікір жазушының %Ln ескертпесі қосылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2 PDF pages; %3.</source>
        <translation>%1 PDF-тің %2 бетінен импортталды; %3.</translation>
    </message>
    <message>
        <source>This PDF&apos;s text is already in the library; %1.</source>
        <translation>Бұл PDF мәтіні кітапханада бар; %1.</translation>
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
        <translation>Диаграммаға сілтеме жоқ.</translation>
    </message>
    <message>
        <source>Share of the chapter&apos;s citations (%)</source>
        <translation>Тараудағы сілтемелердің үлесі (%)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: %3 of %Ln citation(s) (%4 %)</source>
        <translation>
            <numerusform>%1
%2: %Ln сілтеменің %3 (%4 %)</numerusform>
            <numerusform>%1
%2: %Ln сілтеменің %3 (%4 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Reload (Drop My Edit)</source>
        <translation>Қайта жүктеу (өзгерісімді тастау)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Қазір сақталғаны</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation>Сіздің абзацыңыз</translation>
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
        <translation>Әр тарауды 100 % ретінде көрсету</translation>
    </message>
    <message>
        <source>Citations by source group in each chapter</source>
        <translation>Әр тараудағы сілтемелер, дереккөз топтары бойынша</translation>
    </message>
    <message>
        <source>Claims citing each source group</source>
        <translation>Әр дереккөз тобына сілтейтін тұжырымдар</translation>
    </message>
    <message>
        <source>A citation is one reference cited by one marker: [9–14] counts six. Each reference is counted in its most specific group. A claim citing several groups counts for each of them, so the shares add up to more than 100 %.</source>
        <translation>Бір сілтеме — бір белгі көрсеткен бір дереккөз: [9–14] алты сілтеме болып саналады. Әр дереккөз өзінің ең нақты тобында есептеледі. Бірнеше топқа сілтейтін тұжырым әр топта есептеледі, сондықтан үлестердің қосындысы 100 %-дан асады.</translation>
    </message>
    <message>
        <source>Citations (references cited by markers)</source>
        <translation>Сілтемелер (белгілер көрсеткен дереккөздер)</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>%1 is the library itself; name another file for the backup.</source>
        <translation>%1 — кітапхананың өзі; сақтық көшірме үшін басқа файл көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was restored.</source>
        <translation>%1 дерекқор ретінде оқылмайды (%2); ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was restored.</source>
        <translation>%1 зақымдалған (%2); ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Silteme; update Silteme to restore it. Nothing was restored.</source>
        <translation>%1 файлын Silteme-нің жаңарақ нұсқасы жазған; оны қалпына келтіру үшін Silteme-ді жаңартыңыз. Ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a library (%2); nothing was restored.</source>
        <translation>%1 кітапхана ретінде оқылмайды (%2); ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library; nothing was restored.</source>
        <translation>%1 — Silteme кітапханасы емес; ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>%1 is the library itself; name a backup to restore.</source>
        <translation>%1 — кітапхананың өзі; қалпына келтіретін сақтық көшірмені көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2.</source>
        <translation>%1 сақтық көшірмелер қалтасын жасау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 — кітапхана файлы емес, қалта.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library: it is not an SQLite database file.</source>
        <translation>%1 — Silteme кітапханасы емес: ол SQLite дерекқорының файлы емес.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 файлын жазу мүмкін емес: %2 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 файлын жазу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The old file, if any, is unchanged.</source>
        <translation>%1 файлын жазу мүмкін емес: %2. Бұрынғы файл (болса) өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Cannot write %1: its path cannot be followed (%2).</source>
        <translation>%1 файлын жазу мүмкін емес: оның жолына өту мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1 is the library %2 or one of its files; an export never overwrites the library. Name another file.</source>
        <translation>%1 — %2 кітапханасы немесе оның файлдарының бірі; экспорт кітапхананы ешқашан қайта жазбайды. Басқа файл көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is inside the backups folder of the library %2; an export never writes there. Name another file.</source>
        <translation>%1 — %2 кітапханасының сақтық көшірмелер қалтасының ішінде; экспорт ол жерге ешқашан жазбайды. Басқа файл көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is a database file (a library, a backup or one of their journals); an export never overwrites one. Name another file.</source>
        <translation>%1 — дерекқор файлы (кітапхана, сақтық көшірме не олардың журналы); экспорт мұндай файлды ешқашан қайта жазбайды. Басқа файл көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 бұрыннан бар; ештеңе қайта жазылмады.</translation>
    </message>
    <message>
        <source>The copy of %1 failed its check (%2); %1 may be damaged.</source>
        <translation>%1 көшірмесі тексеруден өтпеді (%2); %1 зақымдалған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3.</source>
        <translation>%1 файлын %2 орнына көшіру мүмкін болмады: %3.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 файлын жазу мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>Could not restore %1 into %2: %3.</source>
        <translation>%1 көшірмесін %2 орнына қалпына келтіру мүмкін болмады: %3.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>%1 файлын ауыстыру мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>Cannot write a backup into %1: it is read-only. Name a place that can be written: silteme backup OUT.</source>
        <translation>%1 ішіне сақтық көшірме жазу мүмкін емес: ол тек оқуға арналған. Жазуға болатын орынды көрсетіңіз: silteme backup OUT.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: its path cannot be followed (%2).</source>
        <translation>%1 кітапханасын ашу мүмкін емес: оның жолына өту мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the folder %2 does not exist.</source>
        <translation>%1 кітапханасын жасау мүмкін емес: %2 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a Silteme library: it is not an SQLite database file. Nothing was changed.</source>
        <translation>%1 — Silteme кітапханасы емес: ол SQLite дерекқорының файлы емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade (from %2), and Silteme backs a library up before upgrading it, but the backup failed: %3 The library was not changed.</source>
        <translation>%1 кітапханасының сұлбасын (%2 нұсқасынан) жаңарту керек, ал Silteme жаңартар алдында кітапхананың сақтық көшірмесін жасайды, бірақ көшірме жасалмады: %3 Кітапхана өзгертілмеді.</translation>
    </message>
    <message>
        <source>The server of %1 refused the login: %2. Give the password in PGPASSWORD or ~/.pgpass (or in the window when it asks).</source>
        <translation>%1 сервері кіруге рұқсат бермеді: %2. Құпиясөзді PGPASSWORD не ~/.pgpass ішінде беріңіз (немесе терезе сұрағанда енгізіңіз).</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1: %2.</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 ашу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2); nothing of the last change was saved. Try again when the server is reachable.</source>
        <translation>%1 серверімен байланыс үзілді (%2); соңғы өзгерістің ештеңесі сақталмады. Серверге қосылу мүмкін болғанда қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Someone else changed the same rows at the same moment; nothing of this change was saved. Try it again.</source>
        <translation>Дәл сол сәтте басқа біреу сол жолдарды өзгертті; бұл өзгерістің ештеңесі сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Сервер өзгерісті қабылдамады (%1).</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Silteme library (%2). Nothing was changed.</source>
        <translation>%1 зақымдалған немесе Silteme кітапханасы емес (%2). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 is read-only: Silteme needs to write to its library (%2).</source>
        <translation>%1 тек оқуға арналған: Silteme өз кітапханасына жаза алуы керек (%2).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was written (%2).</source>
        <translation>%1 орналасқан диск толы; ештеңе жазылмады (%2).</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it is done (%2).</source>
        <translation>%1 файлын басқа бағдарлама құлыптап тұр; ол жұмысын аяқтаған соң қайталап көріңіз (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2).</source>
        <translation>%1 ашу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>Cannot use the library %1: %2</source>
        <translation>%1 кітапханасын пайдалану мүмкін емес: %2</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 өзгерту</translation>
    </message>
    <message>
        <source>Your role (%1) cannot %2.</source>
        <translation>Сіздің рөліңіз (%1) мынаған рұқсат бермейді: %2.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program (%2); it is not a Silteme library. Nothing was changed.</source>
        <translation>%1 ішінде басқа бағдарламаның кестелері бар (%2); бұл Silteme кітапханасы емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Silteme&apos;s tables</source>
        <translation>Silteme кестелері</translation>
    </message>
    <message>
        <source>tables of another program (%1)</source>
        <translation>басқа бағдарламаның кестелері (%1)</translation>
    </message>
    <message>
        <source>%1 holds %2 but no schema version (its alembic_version table is empty), so Silteme cannot tell which schema it has. Restore a backup of it (silteme restore). Nothing was changed.</source>
        <translation>%1 ішінде %2 бар, бірақ сұлба нұсқасы жоқ (оның alembic_version кестесі бос), сондықтан Silteme оның сұлбасын анықтай алмайды. Оның сақтық көшірмесін қалпына келтіріңіз (silteme restore). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database (its tables: %2; schema %3); it is not a Silteme library. Nothing was changed.</source>
        <translation>%1 — басқа бағдарламаның дерекқоры (кестелері: %2; сұлбасы %3); бұл Silteme кітапханасы емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Silteme (schema %2); this version knows schemas up to %3. Update Silteme to open it. Nothing was changed.</source>
        <translation>%1 файлын Silteme-нің жаңарақ нұсқасы жазған (%2 сұлбасы); бұл нұсқа %3 сұлбасына дейін ғана біледі. Оны ашу үшін Silteme-ді жаңартыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгертілген жоқ.</translation>
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
        <translation>оқырман</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>&amp;Топтық кітапхананы ашу…</translation>
    </message>
    <message>
        <source>Open Team Library</source>
        <translation>Топтық кітапхананы ашу</translation>
    </message>
    <message>
        <source>Address of the team library (postgresql://login@host:port/database):</source>
        <translation>Топтық кітапхананың мекенжайы (postgresql://логин@хост:порт/дерекқор):</translation>
    </message>
    <message>
        <source>A team library&apos;s address starts with postgresql://</source>
        <translation>Топтық кітапхананың мекенжайы postgresql:// деп басталады</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password of %1 (kept only while Silteme runs):</source>
        <translation>%1 құпиясөзі (тек Silteme жұмыс істеп тұрғанда сақталады):</translation>
    </message>
    <message>
        <source>Team library: %1</source>
        <translation>Топтық кітапхана: %1</translation>
    </message>
    <message>
        <source>Your role (%1) cannot do this.</source>
        <translation>Сіздің рөліңіз (%1) мұны істей алмайды.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached (%2). What you type is kept; Silteme retries.</source>
        <translation>%1 серверіне қосылу мүмкін емес (%2). Терген мәтініңіз сақталады; Silteme қайта байланысады.</translation>
    </message>
    <message>
        <source>Offline: retrying…</source>
        <translation>Байланыс жоқ: қайталануда…</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Топ: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 бұрыннан бар; ештеңе қайта жазылмады.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 файлын жазу мүмкін емес: %2 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The copy written to %1 failed its check (%2); nothing was kept.</source>
        <translation>%1 орнына жазылған көшірме тексеруден өтпеді (%2); ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 файлын жазу мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: %2.</source>
        <translation>%1 сақтық көшірмелер қалтасын жасау мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>restore_into_team needs a team library.</source>
        <translation>restore_into_team үшін топтық кітапхана керек.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
    <message>
        <source>restore a library</source>
        <translation>кітапхананы қалпына келтіру</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 has rows); a backup is restored only into an empty team library, so nothing is overwritten. Create a new database for it.</source>
        <translation>%1 бос емес (%2 кестесінде жолдар бар); сақтық көшірме ештеңе қайта жазылмас үшін тек бос топтық кітапханаға қалпына келтіріледі. Ол үшін жаңа дерекқор жасаңыз.</translation>
    </message>
    <message>
        <source>Team commands need a team library on a PostgreSQL server: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Топ пәрмендеріне PostgreSQL серверіндегі топтық кітапхана керек: --db postgresql://USER@HOST:PORT/DATABASE беріңіз.</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (at most %2 bytes).</source>
        <translation>%1 кіру аты бола алмайды: әріптерді, цифрларды, &apos;_&apos;, &apos;.&apos; не &apos;-&apos; таңбаларын қолданыңыз, ат әріптен басталсын (ең көбі %2 байт).</translation>
    </message>
    <message>
        <source>%1 cannot be a login name: names starting with pg_ or silteme_ are reserved.</source>
        <translation>%1 кіру аты бола алмайды: pg_ не silteme_ деп басталатын аттар жүйеге арналған.</translation>
    </message>
    <message>
        <source>Unknown role %1; the roles are %2.</source>
        <translation>%1 — белгісіз рөл; бар рөлдер: %2.</translation>
    </message>
    <message>
        <source>There is already a login named %1 on this server; choose another name.</source>
        <translation>Бұл серверде %1 деген кіру аты бұрыннан бар; басқа ат таңдаңыз.</translation>
    </message>
    <message>
        <source>This library has no team roles yet; run `silteme --db URL team init` first.</source>
        <translation>Бұл кітапханада әзірге топ рөлдері жоқ; алдымен `silteme --db URL team init` пәрменін орындаңыз.</translation>
    </message>
</context>
<context>
    <name>ThesisErrors</name>
    <message>
        <source>Give at least one reference number to cite in %1.</source>
        <translation>%1 ішінде келтіру үшін кемінде бір дереккөз нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>No reference numbered %1 in document %2 (%3); its bibliography has numbers %4. Nothing was changed.</source>
        <translation>%2 құжатында (%3) %1 нөмірлі дереккөз жоқ; оның әдебиеттер тізіміндегі нөмірлер: %4. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No reference numbered %1 in document %2 (%3); its bibliography has no numbers yet. Nothing was changed.</source>
        <translation>%2 құжатында (%3) %1 нөмірлі дереккөз жоқ; оның әдебиеттер тізімінде әзірге нөмір жоқ. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No document with id %1 in this library.</source>
        <translation>Бұл кітапханада id-і %1 құжат жоқ.</translation>
    </message>
    <message>
        <source>Block %1 cannot be left empty; nothing was changed.</source>
        <translation>%1 блогын бос қалдыруға болмайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The new text of block %1 holds a blank line, which would split the paragraph; nothing was changed.</source>
        <translation>%1 блогының жаңа мәтінінде бос жол бар, ол абзацты екіге бөліп жіберер еді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Offset %1 is outside block %2 (%3 characters).</source>
        <translation>%1 орны %2 блогынан тыс (блокта %3 таңба бар).</translation>
    </message>
    <message>
        <source>Offset %1 is inside the marker %2; change that marker&apos;s numbers instead.</source>
        <translation>%1 орны %2 сілтеме белгісінің ішінде; оның орнына сол белгінің нөмірлерін өзгертіңіз.</translation>
    </message>
    <message>
        <source>No citation marker %1 in this library.</source>
        <translation>Бұл кітапханада %1 сілтеме белгісі жоқ.</translation>
    </message>
    <message>
        <source>The paragraph «%1» or the numbering of the references it cites was changed in another window or program after you opened it. Reload to see the other change (your edit is dropped), or apply your edit again onto the saved paragraph (the other change is lost there).</source>
        <translation>«%1» абзацы немесе ол сілтейтін дереккөздердің нөмірленуі сіз ашқаннан кейін басқа терезеде не бағдарламада өзгертілді. Басқа өзгерісті көру үшін қайта жүктеңіз (сіздің түзетуіңіз алынып тасталады) немесе түзетуіңізді сақталған абзацқа қайта қолданыңыз (ондағы басқа өзгеріс жоғалады).</translation>
    </message>
    <message>
        <source>Uncited references go &apos;after&apos; the cited ones or &apos;keep&apos; their numbers, not %1.</source>
        <translation>Келтірілмеген дереккөздер келтірілгендерден кейін тұрады (&apos;after&apos;) немесе өз нөмірлерін сақтайды (&apos;keep&apos;), %1 емес.</translation>
    </message>
    <message>
        <source>The renumbering cannot be applied: %1</source>
        <translation>Қайта нөмірлеуді қолдану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>renumber references</source>
        <translation>дереккөздерді қайта нөмірлеу</translation>
    </message>
    <message>
        <source>No document %1 in this library.</source>
        <translation>Бұл кітапханада %1 құжаты жоқ.</translation>
    </message>
    <message>
        <source>The document changed since this renumbering was planned; plan it again. Nothing was changed.</source>
        <translation>Бұл қайта нөмірлеу жоспарланғаннан кейін құжат өзгерді; оны қайта жоспарлаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No block %1 in this library.</source>
        <translation>Бұл кітапханада %1 блогы жоқ.</translation>
    </message>
    <message>
        <source>The span %1-%2 is outside block %3, whose text has %4 characters.</source>
        <translation>%1-%2 үзіндісі %3 блогынан тыс, ал оның мәтінінде %4 таңба бар.</translation>
    </message>
    <message>
        <source>Block %1 changed since this edit (expected %2 at offset %3); undo the later edits first.</source>
        <translation>%1 блогы осы түзетуден кейін өзгерді (%3 орнында %2 күтілген еді); алдымен кейінгі түзетулерді болдырмаңыз.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation>%1 көлемі %2 МБ-тан үлкен; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: no such file; nothing was imported.</source>
        <translation>%1: мұндай файл жоқ; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; nothing was imported.</source>
        <translation>%1 — файл емес, қалта; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2; nothing was imported.</source>
        <translation>%1 оқылмайды: %2; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data (a NUL byte on line %2). Nothing was imported.</source>
        <translation>%1 — мәтін файлы емес: ішінде екілік деректер бар (%2-жолда NUL байты). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: byte 0x%2 on line %3 (offset %4) cannot be decoded. Save the file as UTF-8 and try again. Nothing was imported.</source>
        <translation>%1 — UTF-8 мәтіні емес: %3-жолдағы 0x%2 байтын (%4 орны) декодтау мүмкін емес. Файлды UTF-8 ретінде сақтап, қайталап көріңіз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no text to import.</source>
        <translation>%1 бос: импорттайтын мәтін жоқ.</translation>
    </message>
    <message>
        <source>The text is empty: there is nothing to import.</source>
        <translation>Мәтін бос: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>No paragraphs were found in %1; nothing was imported.</source>
        <translation>%1 ішінен абзац табылмады; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>No paragraphs were found in the text; nothing was imported.</source>
        <translation>Мәтіннен абзац табылмады; ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>This step was made in another library, which is no longer open.</source>
        <translation>Бұл қадам енді ашық емес басқа кітапханада жасалған.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed, and this step was taken out of the undo history.</source>
        <translation>%1

Ештеңе өзгертілмеді, бұл қадам өзгерістер тарихынан алынды.</translation>
    </message>
    <message>
        <source>%1

The library is as it was before; the undo history was cleared.</source>
        <translation>%1

Кітапхана бұрынғы күйінде; өзгерістер тарихы тазартылды.</translation>
    </message>
</context>
<context>
    <name>WordCli</name>
    <message>
        <source>import a thesis from a Word document (.docx, or .odt with LibreOffice)</source>
        <translation>диссертацияны Word құжатынан импорттау (.docx, немесе LibreOffice арқылы .odt)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the document&apos;s title (default: the file name)</source>
        <translation>құжаттың атауы (әдепкіде: файл аты)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>қорытындыны бір JSON нысаны ретінде шығару</translation>
    </message>
    <message>
        <source>merge a reviewer&apos;s Word file: new comments, replies, resolved state</source>
        <translation>рецензенттің Word файлын біріктіру: жаңа түсініктемелер, жауаптар, шешілген күйі</translation>
    </message>
    <message>
        <source>DOC</source>
        <translation>ҚҰЖАТ</translation>
    </message>
    <message>
        <source>the document (id or title); may be left out if there is only one</source>
        <translation>құжат (id немесе атауы); жалғыз құжат болса, көрсетпеуге болады</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  ескерту: %1</translation>
    </message>
    <message>
        <source>The reviewer also changed the text; these edits were NOT applied (make them yourself if you agree):</source>
        <translation>Рецензент мәтінді де өзгерткен; бұл түзетулер ҚОЛДАНЫЛМАДЫ (келіссеңіз, өзіңіз енгізіңіз):</translation>
    </message>
    <message>
        <source>Imported %1 as document %2: %3 sections, %4 blocks (%5 tables, %6 footnotes), %7 claims, %8 citation markers.</source>
        <translation>%1 %2-құжат ретінде импортталды: бөлімдер: %3, блоктар: %4 (кестелер: %5, сілтемелік ескертулер: %6), тұжырымдар: %7, сілтемелер: %8.</translation>
    </message>
    <message>
        <source>%1 references to check (%2 of them read into fields); Word comments: %3 threads, %4 replies.</source>
        <translation>Тексеретін дереккөздер: %1 (оның өрістерге бөлінгені: %2); Word түсініктемелері: %3 талқылау, %4 жауап.</translation>
    </message>
    <message>
        <source>Merged the review into document %1: %2 new comments (%3 of them could not be anchored and are kept as orphaned), %4 new replies, %5 resolved, %6 reopened, %7 already known.</source>
        <translation>Рецензия %1-құжатқа біріктірілді: жаңа түсініктемелер: %2 (оның %3 орнын табу мүмкін болмай, орны жоғалған ретінде сақталды), жаңа жауаптар: %4, шешілгені: %5, қайта ашылғаны: %6, бұрыннан белгілісі: %7.</translation>
    </message>
</context>
<context>
    <name>WordErrors</name>
    <message>
        <source>%1 holds no text: there is nothing to import.</source>
        <translation>%1 ішінде мәтін жоқ: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 has no headings (no Heading styles, outline levels or numbered titles such as &quot;1 ...&quot;, КІРІСПЕ or ВВЕДЕНИЕ); nothing was imported.</source>
        <translation>%1 ішінде тақырыптар жоқ (Heading стильдері де, құрылым деңгейлері де, &quot;1 ...&quot;, КІРІСПЕ не ВВЕДЕНИЕ сияқты нөмірленген атаулар да жоқ); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1 has no reference list (a heading such as ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ, СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ or References followed by its entries); nothing was imported.</source>
        <translation>%1 ішінде әдебиеттер тізімі жоқ (ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ, СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ не References сияқты тақырып және одан кейінгі жазбалар); ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>%1: opening OpenDocument files needs LibreOffice, which is not installed; install it (Debian: libreoffice-writer) or save the file as .docx in your word processor.</source>
        <translation>%1: OpenDocument файлдарын ашу үшін LibreOffice керек, бірақ ол орнатылмаған; оны орнатыңыз (Debian: libreoffice-writer) немесе файлды мәтіндік редакторыңызда .docx ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>%1: LibreOffice did not finish converting it within %2 seconds.</source>
        <translation>%1: LibreOffice оны %2 секунд ішінде түрлендіріп үлгермеді.</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not be started (%2).</source>
        <translation>%1: LibreOffice іске қосылмады (%2).</translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it to %2 (is it a valid document?).</source>
        <translation>%1: LibreOffice оны %2 пішіміне түрлендіре алмады (құжат дұрыс па?).</translation>
    </message>
    <message>
        <source>%1: the part %2 is not well-formed XML (%3); the file is damaged.</source>
        <translation>%1: %2 бөлігі дұрыс құрылған XML емес (%3); файл зақымдалған.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: мұндай файл жоқ.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Word document.</source>
        <translation>%1 — Word құжаты емес, қалта.</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2).</source>
        <translation>%1: оқу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it is not a Word document.</source>
        <translation>%1 бос (0 байт); бұл Word құжаты емес.</translation>
    </message>
    <message>
        <source>%1 is an encrypted .docx or an old Word 97-2003 .doc; remove the password or save it as a Word document (.docx) and import that.</source>
        <translation>%1 — шифрланған .docx немесе ескі Word 97-2003 .doc файлы; құпиясөзді алып тастаңыз немесе оны Word құжаты (.docx) ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx): it is not a zip package.</source>
        <translation>%1 — Word құжаты (.docx) емес: ол zip бумасы емес.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its zip directory cannot be read.</source>
        <translation>%1 зақымдалған немесе соңы қиылған: оның zip каталогы оқылмайды.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it cannot be unpacked (%2).</source>
        <translation>%1 зақымдалған: оның бір бөлігін ашу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>%1: the part %2 is too large (%3 bytes) for a document.</source>
        <translation>%1: %2 бөлігі құжат үшін тым үлкен (%3 байт).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not a Word document: it has no [Content_Types].xml.</source>
        <translation>%1 — zip файлы, бірақ Word құжаты емес: онда [Content_Types].xml жоқ.</translation>
    </message>
    <message>
        <source>%1 is a zip file but not a Word document: it names no main document part.</source>
        <translation>%1 — zip файлы, бірақ Word құжаты емес: онда құжаттың негізгі бөлігі көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 is an Office file but a spreadsheet; import a Word document (.docx).</source>
        <translation>%1 — Office файлы, бірақ ол электрондық кесте; Word құжатын (.docx) импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is an Office file but a presentation; import a Word document (.docx).</source>
        <translation>%1 — Office файлы, бірақ ол презентация; Word құжатын (.docx) импорттаңыз.</translation>
    </message>
    <message>
        <source>%1 is an Office file but not a Word document; import a Word document (.docx).</source>
        <translation>%1 — Office файлы, бірақ Word құжаты емес; Word құжатын (.docx) импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>Import a thesis from Word</source>
        <translation>Word-тан диссертация импорттау</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;OpenDocument text (*.odt);;All files (*)</source>
        <translation>Word құжаттары (*.docx);;OpenDocument мәтіні (*.odt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>%1 is in the library: %2 sections, %3 paragraphs and tables, %4 markers in %5 claims.</source>
        <translation>%1 кітапханада: %2 бөлім, %3 абзац пен кесте, %5 тұжырымда %4 белгі.</translation>
    </message>
    <message>
        <source>Its reference list gave %1 references (%2 read into fields); each keeps its text as written and is marked incomplete until you check it.</source>
        <translation>Әдебиеттер тізімінен %1 дереккөз алынды (оның %2 өрістерге оқылды); әрқайсысы жазылған мәтінін сақтайды және сіз тексергенше толық емес деп белгіленеді.</translation>
    </message>
    <message>
        <source>Word comments: %1 threads with %2 replies.</source>
        <translation>Word пікірлері: %1 тармақ, %2 жауап.</translation>
    </message>
    <message>
        <source>Word document imported</source>
        <translation>Word құжаты импортталды</translation>
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
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>мына аргументтер керек: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі керек</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір аргумент керек</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ең көбі бір аргумент болуы керек</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>кемінде бір аргумент керек</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>бірмәнді емес параметр: %(option)s мыналардың кез келгені болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s мәні жарамсыз: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (мыналардың бірін таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r аргументі ескерілмеді</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; ашылмады: %(error)s</translation>
    </message>
</context>
</TS>
