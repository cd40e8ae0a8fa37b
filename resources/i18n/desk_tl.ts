<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="40"/>
        <source>Start call (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="42"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="44"/>
        <source>Counter visit (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="46"/>
        <source>Start counter visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="48"/>
        <source>End call (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="50"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="63"/>
        <source>Caller&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="64"/>
        <source>Caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="72"/>
        <location filename="../../desk/ui/console/call_panel.py" line="73"/>
        <source>Caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="77"/>
        <location filename="../../desk/ui/console/call_panel.py" line="78"/>
        <source>Caller&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="84"/>
        <source>Caller is &amp;upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="86"/>
        <source>Caller is upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="90"/>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="92"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="100"/>
        <source>Next stage (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="102"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="107"/>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <source>What the caller already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="112"/>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="124"/>
        <source>Already &amp;tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="22"/>
        <source>Call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="28"/>
        <source>no call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="33"/>
        <source>within norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="34"/>
        <source>time to wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>over %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="40"/>
        <source>Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="41"/>
        <source>Desk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="89"/>
        <source>Opening the call log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="127"/>
        <source>Ready · call log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="144"/>
        <source>No call log: calls cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="145"/>
        <source>Desk cannot open its call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="148"/>
        <source>The file was not changed. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="163"/>
        <source>Unfinished call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="164"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="168"/>
        <source>&amp;Resume call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="170"/>
        <source>&amp;Close as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="179"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="202"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="210"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="25"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="54"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="29"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="35"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="36"/>
        <source>What was the call about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="44"/>
        <source>Reason for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="45"/>
        <source>What was said, and the warning you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="46"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="59"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="60"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="77"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="44"/>
        <source>Difficult caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="46"/>
        <source>Difficult caller playbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="37"/>
        <source>Call stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="44"/>
        <source>Stage checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="45"/>
        <source>Space ticks the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="55"/>
        <source>Suggested phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="62"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="104"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="118"/>
        <source>(no phrase: just do it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="20"/>
        <source>Time to wrap up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="22"/>
        <source>Wrap-up phrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
