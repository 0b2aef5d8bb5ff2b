<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditDock</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorCli</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>Renumbered %1 of %Ln reference</numerusform>
            <numerusform>Renumbered %1 of %Ln references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) changed</source>
        <translation>
            <numerusform>%1 of %Ln marker changed</numerusform>
            <numerusform>%1 of %Ln markers changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would renumber %1 of %Ln reference(s)</source>
        <translation>
            <numerusform>Would renumber %1 of %Ln reference</numerusform>
            <numerusform>Would renumber %1 of %Ln references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln marker(s) would change</source>
        <translation>
            <numerusform>%1 of %Ln marker would change</numerusform>
            <numerusform>%1 of %Ln markers would change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthoringCommands</name>
    <message numerus="yes">
        <source>Renumber %n reference(s) by first citation</source>
        <translation>
            <numerusform>Renumber %n reference by first citation</numerusform>
            <numerusform>Renumber %n references by first citation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibCli</name>
    <message numerus="yes">
        <source>Would add %Ln entry(ies)</source>
        <translation>
            <numerusform>Would add %Ln entry</numerusform>
            <numerusform>Would add %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) existing ones</source>
        <translation>
            <numerusform>%Ln matches an existing one</numerusform>
            <numerusform>%Ln match existing ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the bibliography of document %1</source>
        <translation>
            <numerusform>Added %Ln entry to the bibliography of document %1</numerusform>
            <numerusform>Added %Ln entries to the bibliography of document %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entry(ies) to the library</source>
        <translation>
            <numerusform>Added %Ln entry to the library</numerusform>
            <numerusform>Added %Ln entries to the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln matched an existing entry</numerusform>
            <numerusform>%Ln matched existing entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) reported above</source>
        <translation>
            <numerusform>%Ln problem reported above</numerusform>
            <numerusform>%Ln problems reported above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln block(s) to %1 (%2).</source>
        <translation>
            <numerusform>Wrote %Ln block to %1 (%2).</numerusform>
            <numerusform>Wrote %Ln blocks to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with a key another entry has, or with none.</source>
        <translation>
            <numerusform>%Ln entry is written with a key another entry has, or with none.</numerusform>
            <numerusform>%Ln entries are written with a key another entry has, or with none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) (is/are) written with (its/their) own key from now on.</source>
        <translation>
            <numerusform>%Ln entry is written with its own key from now on.</numerusform>
            <numerusform>%Ln entries are written with their own key from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln entry(ies) into the entry whose key they repeat; %1 still conflict.</source>
        <translation>
            <numerusform>Merged %Ln entry into the entry whose key it repeats; %1 still conflict.</numerusform>
            <numerusform>Merged %Ln entries into the entry whose key they repeat; %1 still conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibImportDialog</name>
    <message numerus="yes">
        <source>%Ln new entry(ies) will be added.</source>
        <translation>
            <numerusform>%Ln new entry will be added.</numerusform>
            <numerusform>%Ln new entries will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) an entry already in the library.</source>
        <translation>
            <numerusform>%Ln matches an entry already in the library.</numerusform>
            <numerusform>%Ln match entries already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) (see Problems).</source>
        <translation>
            <numerusform>%Ln problem was found (see Problems).</numerusform>
            <numerusform>%Ln problems were found (see Problems).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message numerus="yes">
        <source>%1 of %Ln claim(s)</source>
        <translation>
            <numerusform>%1 of %Ln claim</numerusform>
            <numerusform>%1 of %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentCounts</name>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln section</numerusform>
            <numerusform>%Ln sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citation marker(s)</source>
        <translation>
            <numerusform>%Ln citation marker</numerusform>
            <numerusform>%Ln citation markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) read from the thesis&apos;s own reference list.</source>
        <translation>
            <numerusform>%Ln reference read from the thesis&apos;s own reference list.</numerusform>
            <numerusform>%Ln references read from the thesis&apos;s own reference list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) look like the same work. Choose one, or any two references below.</source>
        <translation>
            <numerusform>%n pair looks like the same work. Choose it, or any two references below.</numerusform>
            <numerusform>%n pairs look like the same work. Choose one, or any two references below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatCli</name>
    <message numerus="yes">
        <source>Added %Ln entry(ies)</source>
        <translation>
            <numerusform>Added %Ln entry</numerusform>
            <numerusform>Added %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched existing entry(ies)</source>
        <translation>
            <numerusform>%Ln matched an existing entry</numerusform>
            <numerusform>%Ln matched existing entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message numerus="yes">
        <source>%1: %Ln claim(s) cite a reference in this group or its subgroups</source>
        <translation>
            <numerusform>%1: %Ln claim cite a reference in this group or its subgroups</numerusform>
            <numerusform>%1: %Ln claims cite a reference in this group or its subgroups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTreeModel</name>
    <message numerus="yes">
        <source>%Ln reference(s), its subgroups included</source>
        <translation>
            <numerusform>%Ln reference, its subgroups included</numerusform>
            <numerusform>%Ln references, its subgroups included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LatexCli</name>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln .tex file(s): %3.</source>
        <translation>
            <numerusform>Imported «%1» as document %2 from %Ln .tex file: %3.</numerusform>
            <numerusform>Imported «%1» as document %2 from %Ln .tex files: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added</source>
        <translation>
            <numerusform>%Ln reference added</numerusform>
            <numerusform>%Ln references added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln file(s) to %1: %2 changed, %3 as imported.</source>
        <translation>
            <numerusform>Wrote %Ln file to %1: %2 changed, %3 as imported.</numerusform>
            <numerusform>Wrote %Ln files to %1: %2 changed, %3 as imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCli</name>
    <message numerus="yes">
        <source>%Ln new reference(s) to complete</source>
        <translation>
            <numerusform>%Ln new reference to complete</numerusform>
            <numerusform>%Ln new references to complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>Mark %n reference(s) complete</source>
        <translation>
            <numerusform>Mark %n reference complete</numerusform>
            <numerusform>Mark %n references complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reference(s) incomplete</source>
        <translation>
            <numerusform>Mark %n reference incomplete</numerusform>
            <numerusform>Mark %n references incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n entry(ies) a key of (its/their) own</source>
        <translation>
            <numerusform>Give %n entry a key of its own</numerusform>
            <numerusform>Give %n entries a key of their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n reference(s) to %1</source>
        <translation>
            <numerusform>Add %n reference to %1</numerusform>
            <numerusform>Add %n references to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s) from %1</source>
        <translation>
            <numerusform>Remove %n reference from %1</numerusform>
            <numerusform>Remove %n references from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %1 (%n new entry(ies))</source>
        <translation>
            <numerusform>Import %1 (%n new entry)</numerusform>
            <numerusform>Import %1 (%n new entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%Ln reference copied to the clipboard.</numerusform>
            <numerusform>%Ln references copied to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln reference exported to %1.</numerusform>
            <numerusform>%Ln references exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message numerus="yes">
        <source>%Ln reference(s)</source>
        <translation>
            <numerusform>%Ln reference</numerusform>
            <numerusform>%Ln references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 cites %n reference(s).</source>
        <translation>
            <numerusform>%1 cites %n reference.</numerusform>
            <numerusform>%1 cites %n references.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln marker</numerusform>
            <numerusform>%Ln markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s)</source>
        <translation>
            <numerusform>%Ln reference</numerusform>
            <numerusform>%Ln references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n citation marker(s)</source>
        <translation>
            <numerusform>%n citation marker</numerusform>
            <numerusform>%n citation markers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParagraphEditorDock</name>
    <message numerus="yes">
        <source>%Ln character(s). Edit the text, or insert a citation at the cursor.</source>
        <translation>
            <numerusform>%Ln character. Edit the text, or insert a citation at the cursor.</numerusform>
            <numerusform>%Ln characters. Edit the text, or insert a citation at the cursor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message numerus="yes">
        <source>Imported «%1» as document %2 from %Ln page(s): %3.</source>
        <translation>
            <numerusform>Imported «%1» as document %2 from %Ln page: %3.</numerusform>
            <numerusform>Imported «%1» as document %2 from %Ln pages: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running head, footer or page-number line(s)</source>
        <translation>
            <numerusform>%Ln running head, footer or page-number line</numerusform>
            <numerusform>%Ln running head, footer or page-number lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hyphenated word(s)</source>
        <translation>
            <numerusform>%Ln hyphenated word</numerusform>
            <numerusform>%Ln hyphenated words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s) with their comments</source>
        <translation>
            <numerusform>%Ln highlight with its comment</numerusform>
            <numerusform>%Ln highlights with their comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(-ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) were in the PDF already</source>
        <translation>
            <numerusform>%Ln note was in the PDF already</numerusform>
            <numerusform>%Ln notes were in the PDF already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferencesDock</name>
    <message numerus="yes">
        <source>%1 is cited %n time(s).</source>
        <translation>
            <numerusform>%1 is cited %n time.</numerusform>
            <numerusform>%1 is cited %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message numerus="yes">
        <source>%n reference(s) (is/are) not cited in the text.</source>
        <translation>
            <numerusform>%n reference is not cited in the text.</numerusform>
            <numerusform>%n references are not cited in the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCli</name>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln marker</numerusform>
            <numerusform>%Ln markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraph</numerusform>
            <numerusform>%Ln paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for orphaned annotations</source>
        <translation>
            <numerusform>%Ln for orphaned annotations</numerusform>
            <numerusform>%Ln for orphaned annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>Wrote %Ln annotation and replies to %1.</numerusform>
            <numerusform>Wrote %Ln annotations and replies to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s).</source>
        <translation>
            <numerusform>Imported %Ln annotation.</numerusform>
            <numerusform>Imported %Ln annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message numerus="yes">
        <source>Wrote %Ln annotation(s) and replies to %1.</source>
        <translation>
            <numerusform>Wrote %Ln annotation and replies to %1.</numerusform>
            <numerusform>Wrote %Ln annotations and replies to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message numerus="yes">
        <source>The first %Ln hit(s).</source>
        <translation>
            <numerusform>The first %Ln hit.</numerusform>
            <numerusform>The first %Ln hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s).</source>
        <translation>
            <numerusform>%Ln hit.</numerusform>
            <numerusform>%Ln hits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareBars</name>
    <message numerus="yes">
        <source>%1 of %Ln claim(s) (%2 %)</source>
        <translation>
            <numerusform>%1 of %Ln claim (%2 %)</numerusform>
            <numerusform>%1 of %Ln claims (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImports</name>
    <message numerus="yes">
        <source>%Ln marker(s)</source>
        <translation>
            <numerusform>%Ln marker</numerusform>
            <numerusform>%Ln markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) from the .bib files</source>
        <translation>
            <numerusform>%Ln reference from the .bib files</numerusform>
            <numerusform>%Ln references from the .bib files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviewer note(s) added</source>
        <translation>
            <numerusform>%Ln reviewer note added</numerusform>
            <numerusform>%Ln reviewer notes added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message numerus="yes">
        <source>%1
%2: %3 of %Ln citation(s) (%4 %)</source>
        <translation>
            <numerusform>%1
%2: %3 of %Ln citation (%4 %)</numerusform>
            <numerusform>%1
%2: %3 of %Ln citations (%4 %)</numerusform>
        </translation>
    </message>
</context>
</TS>
