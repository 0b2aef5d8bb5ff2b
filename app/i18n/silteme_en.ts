<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
