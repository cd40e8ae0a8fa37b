<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="11"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="12"/>
        <source>Start counter visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="13"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="14"/>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="15"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="16"/>
        <source>Greeting stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="17"/>
        <source>Clarification stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="18"/>
        <source>Confirmation stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="19"/>
        <source>Closing stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="20"/>
        <source>Caller is upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="21"/>
        <source>Go to notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="22"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="30"/>
        <source>Test the alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="36"/>
        <source>Last alarm test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="44"/>
        <source>Alarm test sent on every channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="52"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="60"/>
        <source>Alarm test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="67"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="72"/>
        <source>Alarm never tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="74"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="84"/>
        <source>Last successful alarm test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="91"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="107"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="109"/>
        <source>They will arrive on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="113"/>
        <source>Alarms will arrive on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="41"/>
        <source>Start call (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="43"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="45"/>
        <source>Counter visit (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="47"/>
        <source>Start counter visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="49"/>
        <source>End call (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="51"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="64"/>
        <source>Caller&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="65"/>
        <source>Caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="73"/>
        <location filename="../../desk/ui/console/call_panel.py" line="74"/>
        <source>Caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="78"/>
        <location filename="../../desk/ui/console/call_panel.py" line="79"/>
        <source>Caller&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="85"/>
        <source>Caller is &amp;upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="87"/>
        <source>Caller is upset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="92"/>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="93"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="101"/>
        <source>Next stage (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="103"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <location filename="../../desk/ui/console/call_panel.py" line="109"/>
        <source>What the caller already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <source>Call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="114"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>Already &amp;tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="126"/>
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
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="43"/>
        <source>Transfer failed: take a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="56"/>
        <source>Call back by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="57"/>
        <source>Answer by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>How the caller wants the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="61"/>
        <source>What the caller already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="67"/>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="67"/>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>Caller&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>Caller&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Department that will answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="92"/>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="93"/>
        <source>Already &amp;tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="101"/>
        <source>Save and forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="142"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="167"/>
        <source>Discard callback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="168"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="41"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed, take a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="56"/>
        <source>Callbacks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="80"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="133"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="142"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="180"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="182"/>
        <source>Desk callbacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="28"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="28"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="28"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="29"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="29"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="29"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="30"/>
        <source>Forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="90"/>
        <source>not forwarded (copy as text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksWindow</name>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="45"/>
        <location filename="../../desk/ui/callbacks/view.py" line="158"/>
        <location filename="../../desk/ui/callbacks/view.py" line="238"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="49"/>
        <source>Search name, number, e-mail, question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="50"/>
        <source>Search callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="51"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="53"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Show &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="56"/>
        <source>Show answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="62"/>
        <source>Callbacks by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="76"/>
        <source>Selected callback&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="85"/>
        <source>Mark &amp;answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="86"/>
        <source>Caller told of a &amp;delay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="87"/>
        <source>&amp;Move to department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="88"/>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="144"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="158"/>
        <source>Select a callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="190"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="191"/>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="192"/>
        <source>Callback answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="192"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="193"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="194"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="214"/>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Told at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>Caller told of a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>How they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="248"/>
        <source>Move callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="249"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="258"/>
        <source>Copied: paste it into the department&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="21"/>
        <source>Caller history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="29"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="31"/>
        <source>Copy earlier notes into this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="61"/>
        <source>Enter the caller&apos;s number or e-mail to see earlier calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="67"/>
        <source>No earlier calls from this caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="35"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="35"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="35"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="36"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="36"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="36"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="37"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="37"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="37"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="38"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="118"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="129"/>
        <source>Cancel the alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="122"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="130"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="134"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="141"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desk/ui/review/charts.py" line="61"/>
        <source>no calls yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="50"/>
        <source>Call durations (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="52"/>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="54"/>
        <source>Calls per hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="56"/>
        <source>Recurring topics per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="77"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="78"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="80"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="85"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="89"/>
        <source>Calls by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="104"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="106"/>
        <source>Greeting complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="106"/>
        <source>Clarification complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>Confirmation complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>Closing complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="108"/>
        <source>Personal question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="108"/>
        <source>Wrap-up past the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="109"/>
        <source>Hello after answering (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <location filename="../../desk/ui/review/pages.py" line="117"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="117"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="117"/>
        <source>Within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <source>Over the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="41"/>
        <source>Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="42"/>
        <source>Desk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="88"/>
        <source>Opening the call log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="126"/>
        <source>Ready · call log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="144"/>
        <source>%1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="152"/>
        <source>No call log: calls cannot be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="153"/>
        <source>Desk cannot open its call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="156"/>
        <source>The file was not changed. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="171"/>
        <source>Unfinished call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="172"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="176"/>
        <source>&amp;Resume call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="178"/>
        <source>&amp;Close as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="187"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="210"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="218"/>
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
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="58"/>
        <source>LAN alarms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="80"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="82"/>
        <source>alarm NOT raised: call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="108"/>
        <source>alarm cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="111"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="114"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="122"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="176"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="180"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="41"/>
        <source>Security incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="47"/>
        <source>Emergency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="56"/>
        <source>Alarm delivery per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="58"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="63"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="65"/>
        <source>Cancel alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="66"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="109"/>
        <source>Close: security has handled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="68"/>
        <source>Close the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="77"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="81"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="83"/>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="86"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="90"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="94"/>
        <source>Waiting for security to acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="108"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="149"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="149"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="149"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="150"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="150"/>
        <source>Acknowledged after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="151"/>
        <source>Reason / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="151"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="154"/>
        <source>Alarms and calls ended for abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="163"/>
        <source>alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="163"/>
        <source>ended for abuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="22"/>
        <source>Supervisor review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="23"/>
        <source>The review shows how each operator works. Enter the supervisor passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="29"/>
        <source>Supervisor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="44"/>
        <source>Too many wrong tries: wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="51"/>
        <source>Wrong passphrase. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="34"/>
        <source>Another call is ringing: %1</source>
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
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="18"/>
        <source>Security alarm from another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="22"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="31"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="33"/>
        <source>Acknowledge the alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="35"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="37"/>
        <source>Dismiss the alarm notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="47"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>CANCELLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="17"/>
        <source>This call is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="30"/>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="51"/>
        <source>never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="24"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="31"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="33"/>
        <location filename="../../desk/ui/review/band.py" line="34"/>
        <source>within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="37"/>
        <source>median / 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="39"/>
        <source>answered by ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>full greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <source>callbacks open / overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>late callbacks (caller told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="48"/>
        <source>alarms · median to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="64"/>
        <source>Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="72"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="74"/>
        <source>Summary of the calls shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="81"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="83"/>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="84"/>
        <source>Coac&amp;hing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="85"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="105"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="107"/>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="110"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="111"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="111"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="113"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="116"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="116"/>
        <source>Any operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="117"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="118"/>
        <source>Any workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="119"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="119"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="120"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="120"/>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="121"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="121"/>
        <source>Any duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="122"/>
        <source>Within the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="123"/>
        <source>Over the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>Over the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>With call&amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="128"/>
        <source>With &amp;alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="135"/>
        <source>Search topics and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="136"/>
        <source>Search topics and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="139"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <location filename="../../desk/ui/review/window.py" line="300"/>
        <source>Export the calls shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="178"/>
        <source>Calls, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="196"/>
        <source>The selected call, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="198"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="301"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="311"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="327"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="337"/>
        <source>Could not read the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="344"/>
        <source>Exported %n call(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="11"/>
        <source>Security alarm (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Raise security alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="16"/>
        <source>Threat to people or property: alert security now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="23"/>
        <source>Alarm status</source>
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
<context>
    <name>window</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="18"/>
        <source>Caller history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="15"/>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="17"/>
        <source>Supervisor review of the call log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
