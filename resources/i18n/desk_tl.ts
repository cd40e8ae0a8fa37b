<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="22"/>
        <source>no config file found: defaults</source>
        <translation>walang nakitang config file: mga default</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="25"/>
        <source>%1 (%2)</source>
        <comment>config file (why it was chosen)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="38"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Branch config</source>
        <translation>Config ng branch</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="41"/>
        <source>Call log</source>
        <translation>Talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="49"/>
        <source>About Desk</source>
        <translation>Tungkol sa Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="58"/>
        <source>&amp;Help</source>
        <translation>Tu&amp;long</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="59"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Tungkol sa Desk</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="73"/>
        <source>Record &amp;warning given</source>
        <translation>Itala ang ibinigay na &amp;babala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record that the caller was warned</source>
        <translation>Itala na binalaan ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="79"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Wala pang babala: matatapos lang ang tawag dahil sa pang-aabuso pagkatapos ng isang babala.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="81"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>Naitala ang babala noong %1: puwede nang tapusin ang tawag dahil sa pang-aabuso (Tapusin ang tawag, kasama ang dahilan).</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="11"/>
        <source>Start call</source>
        <translation>Simulan ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="12"/>
        <source>Start counter visit</source>
        <translation>Simulan ang pagbisita sa counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="13"/>
        <source>Next stage</source>
        <translation>Susunod na yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="14"/>
        <source>Previous stage</source>
        <translation>Nakaraang yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="15"/>
        <source>End call</source>
        <translation>Tapusin ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="16"/>
        <source>Greeting stage</source>
        <translation>Yugto ng pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="17"/>
        <source>Clarification stage</source>
        <translation>Yugto ng paglilinaw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="18"/>
        <source>Confirmation stage</source>
        <translation>Yugto ng pagkumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="19"/>
        <source>Closing stage</source>
        <translation>Yugto ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="20"/>
        <source>Caller is upset</source>
        <translation>Galit o balisa ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="21"/>
        <source>Go to notes</source>
        <translation>Pumunta sa mga tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="22"/>
        <source>Quit</source>
        <translation>Isara ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="23"/>
        <source>Transfer failed: take callback</source>
        <translation>Hindi naikonekta: kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="24"/>
        <source>Callbacks…</source>
        <translation>Mga callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="25"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopyahin ang mga naunang tala sa tawag na ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="27"/>
        <source>Security alarm</source>
        <translation>Alarma sa seguridad</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="32"/>
        <source>Test the alarm</source>
        <translation>Subukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="38"/>
        <source>Last alarm test</source>
        <translation>Huling pagsubok ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="49"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Naipadala ang pagsubok ng alarma sa bawat channel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="59"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Pagsubok ng alarma: walang naka-set na channel — walang napupuntahan ang mga alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="68"/>
        <source>Alarm test: %1</source>
        <translation>Pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="75"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Walang channel ng alarma: walang napupuntahan ang mga alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>Alarm never tested</source>
        <translation>Hindi pa nasusubukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>Hindi pa nasusubukan ang alarma mula sa console na ito: Mga Tool ▸ Subukan ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="88"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>%1 araw na mula sa huling matagumpay na pagsubok ng alarma: subukan ulit (Mga Tool ▸ Subukan ang alarma).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="92"/>
        <source>Last successful alarm test: %1</source>
        <translation>Huling matagumpay na pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="99"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Walang naka-set na channel ng alarma: WALANG naaabot ang security button. Hilingin sa IT na idagdag ang [[security.channels]] sa config ng branch. Kapag emergency, tumawag sa %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>HINDI darating ang mga alarma sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="117"/>
        <source>They will arrive on: %1.</source>
        <translation>Darating ang mga ito sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="121"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Darating ang mga alarma sa: %1.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="21"/>
        <source>Note</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Warning</source>
        <translation>Babala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Alert</source>
        <translation>Alerto</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="153"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>telepono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="155"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>sa counter</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
        <location filename="../../desk/ui/console/call_panel.py" line="43"/>
        <source>Start call (F2)</source>
        <translation>Simulan ang tawag (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="45"/>
        <source>Start call</source>
        <translation>Simulan ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="47"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Pagbisita sa counter (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="49"/>
        <source>Start counter visit</source>
        <translation>Simulan ang pagbisita sa counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="51"/>
        <source>End call (F4)</source>
        <translation>Tapusin ang tawag (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="53"/>
        <source>End call</source>
        <translation>Tapusin ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="66"/>
        <source>Caller's phone number</source>
        <translation>Numero ng telepono ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="67"/>
        <source>Caller's number</source>
        <translation>Numero ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="76"/>
        <location filename="../../desk/ui/console/call_panel.py" line="77"/>
        <source>Caller's name</source>
        <translation>Pangalan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="81"/>
        <location filename="../../desk/ui/console/call_panel.py" line="82"/>
        <source>Caller's e-mail</source>
        <translation>E-mail ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="89"/>
        <source>Caller is &amp;upset</source>
        <translation>Galit o &amp;balisa ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>Caller is upset</source>
        <translation>Galit o balisa ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="95"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="96"/>
        <source>N&amp;ame</source>
        <translation>Pa&amp;ngalan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="97"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="106"/>
        <source>Next stage (F3)</source>
        <translation>Susunod na yugto (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <source>Next stage</source>
        <translation>Susunod na yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <location filename="../../desk/ui/console/call_panel.py" line="114"/>
        <source>What the caller already tried</source>
        <translation>Ano na ang sinubukan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="118"/>
        <source>Call notes</source>
        <translation>Mga tala ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Mga tala (ugat na sanhi, napagkasunduan)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="130"/>
        <source>Already &amp;tried</source>
        <translation>Nasubukan &amp;na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>Mga &amp;tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="353"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>Tapos na ang tawag; sine-save ito sa talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="354"/>
        <source>Call saved in the call log.</source>
        <translation>Naka-save na ang tawag sa talaan ng mga tawag.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="22"/>
        <source>Call timer</source>
        <translation>Timer ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="28"/>
        <source>no call</source>
        <translation>walang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="33"/>
        <source>within norm</source>
        <translation>pasok sa pamantayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="34"/>
        <source>time to wrap up</source>
        <translation>tapusin na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>over %n min</source>
        <translation>
            <numerusform>lampas %n min</numerusform>
            <numerusform>lampas %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="44"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="211"/>
        <source>Transfer failed: take a callback</source>
        <translation>Hindi naikonekta: kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="57"/>
        <source>Call back by phone</source>
        <translation>Tawagan pabalik sa telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Answer by e-mail</source>
        <translation>Sagutin sa e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>How the caller wants the answer</source>
        <translation>Paano gusto ng tumatawag matanggap ang sagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="62"/>
        <source>What the caller already tried</source>
        <translation>Ano na ang sinubukan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>Full &amp;name</source>
        <translation>Buong &amp;pangalan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;Question</source>
        <translation>&amp;Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;lepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>Caller's full name</source>
        <translation>Buong pangalan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's question</source>
        <translation>Tanong ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Phone number</source>
        <translation>Numero ng telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Department that will answer</source>
        <translation>Departamentong sasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>Paraan ng pagsagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Already &amp;tried</source>
        <translation>Nasubukan &amp;na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="103"/>
        <source>Save and forward</source>
        <translation>I-save at ipasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="144"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Naibalik ang itinipa mo bago nagsara ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="170"/>
        <source>Discard callback?</source>
        <translation>Itapon ang callback?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Itapon ang callback na ito at lahat ng itinipa mo rito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="198"/>
        <source>Saving the callback…</source>
        <translation>Sine-save ang callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Callback not saved</source>
        <translation>Hindi na-save ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>Hindi ma-save ang callback: %1. Nakatabi bilang draft ang lahat ng tinype mo.</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="134"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>kinuha</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="136"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>inilipat</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>answered</source>
        <translation>nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="139"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>ipinasa</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="36"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>Takda: %1   Pagpasa: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="42"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="46"/>
        <source>%1 (%2)</source>
        <comment>event (operator)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="51"/>
        <source>%1  caller told of a delay %2: new date %3 (was %4)</source>
        <extracomment>when told, how, the new date, the date it replaced</extracomment>
        <translation>%1  sinabihan ang tumatawag na maaantala %2: bagong petsa %3 (dating %4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="58"/>
        <source>%1 — %2</source>
        <comment>text — the operator's note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="62"/>
        <source>%1  answered by %2 (%3)</source>
        <translation>%1  sinagot ni %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CallbackState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="86"/>
        <source>⚠ overdue</source>
        <translation>⚠ lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="87"/>
        <source>● due today</source>
        <translation>● takdang araw ngayon</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="88"/>
        <source>○ open</source>
        <translation>○ bukas</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>✔ answered</source>
        <translation>✔ nasagot na</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="41"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Hindi naikonekta: callback (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed, take a callback</source>
        <translation>Hindi naikonekta, kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="56"/>
        <source>Callbacks…</source>
        <translation>Mga callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="94"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Naitabi ang callback na tinitipa mo: pindutin ang F6 para tapusin ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="148"/>
        <source>the callback</source>
        <translation>ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="155"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>the callback draft</source>
        <translation>ang draft ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="164"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Sabihin sa tumatawag: sasagutin kayo ng %1 hanggang %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>Walang e-mail dito ang %1: kinopya ang callback bilang teksto, i-paste ito sa kanila.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="225"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Mga callback: %1 lampas na sa takdang araw, %2 takda ngayon (F7 para makita).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="227"/>
        <source>Desk callbacks</source>
        <translation>Mga callback ng Desk</translation>
    </message>
</context>
<context>
    <name>CallbacksCommand</name>
    <message>
        <location filename="../../desk/commands/callbacks.py" line="74"/>
        <source>no callbacks</source>
        <translation>walang callback</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="33"/>
        <source>Forwarding</source>
        <translation>Pagpapasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="115"/>
        <source>not forwarded (copy as text)</source>
        <translation>hindi naipasa (kopyahin bilang teksto)</translation>
    </message>
</context>
<context>
    <name>CallbacksWindow</name>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="49"/>
        <location filename="../../desk/ui/callbacks/view.py" line="141"/>
        <location filename="../../desk/ui/callbacks/view.py" line="178"/>
        <location filename="../../desk/ui/callbacks/view.py" line="182"/>
        <location filename="../../desk/ui/callbacks/view.py" line="269"/>
        <source>Callbacks</source>
        <translation>Mga callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="53"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Hanapin ang pangalan, numero, e-mail, tanong…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Search callbacks</source>
        <translation>Maghanap ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>&amp;Overdue only</source>
        <translation>Ang mga &amp;lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Overdue only</source>
        <translation>Ang mga lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Show &amp;answered</source>
        <translation>Ipakita ang mga &amp;nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="60"/>
        <source>Show answered</source>
        <translation>Ipakita ang mga nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Callbacks by due date</source>
        <translation>Mga callback ayon sa takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="71"/>
        <source>Selected callback's history</source>
        <translation>Kasaysayan ng napiling callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>Mark &amp;answered…</source>
        <translation>Markahang &amp;nasagot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="81"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Sinabihan ang tumatawag tungkol sa &amp;pagkaantala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="82"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Ilipat sa departamento…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="83"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopyahin bilang teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="136"/>
        <source>a callback change</source>
        <translation>isang pagbabago sa callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="163"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 ipinapakita · %2 lampas na · %3 takda ngayon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="178"/>
        <source>Select a callback.</source>
        <translation>Pumili ng callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="182"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Sandali lang: nilo-load pa ang callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>Answered by</source>
        <translation>Sinagot ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Answered at</source>
        <translation>Sinagot noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>Callback answered</source>
        <translation>Nasagot ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="218"/>
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="219"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="245"/>
        <location filename="../../desk/ui/callbacks/view.py" line="247"/>
        <source>Told at</source>
        <translation>Sinabihan noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="246"/>
        <source>Caller told of a delay</source>
        <translation>Sinabihan ang tumatawag tungkol sa pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="247"/>
        <source>How they were told</source>
        <translation>Paano sila sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="248"/>
        <source>New date</source>
        <translation>Bagong petsa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="244"/>
        <location filename="../../desk/ui/callbacks/view.py" line="248"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="282"/>
        <source>Move callback</source>
        <translation>Ilipat ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="293"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Nakopya: i-paste ito sa channel ng departamento</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="22"/>
        <location filename="../../desk/ui/console/caller_history.py" line="25"/>
        <source>Caller history</source>
        <translation>Kasaysayan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="33"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopyahin ang naunang tala dito (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="35"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopyahin ang mga naunang tala sa tawag na ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="71"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>Ilagay ang numero o e-mail ng tumatawag para makita ang mga naunang tawag.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="77"/>
        <source>No earlier calls from this caller.</source>
        <translation>Walang naunang tawag mula sa tumatawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="82"/>
        <source>Open callbacks</source>
        <translation>Mga bukas na callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="82"/>
        <source>due</source>
        <translation>takda</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="83"/>
        <source>Already tried</source>
        <translation>Nasubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="83"/>
        <source>Earlier calls</source>
        <translation>Mga naunang tawag</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="31"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="131"/>
        <source>Cancel the alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="123"/>
        <source>Reason for cancelling</source>
        <translation>Dahilan ng pagkansela</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="124"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>hal. kumalma na ang bisita; napindot nang hindi sinasadya</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Keep it</source>
        <translation>Huwag kanselahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="136"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Bakit ito maling alarma?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="143"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Magbigay ng dahilan: ipapadala ito sa lahat ng nakatanggap ng alarma.</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="108"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>sistema ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="111"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>ibang mga console</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="113"/>
        <source>desktop</source>
        <extracomment>A notification on this computer's screen.</extracomment>
        <translation>screen na ito</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desk/ui/review/charts.py" line="61"/>
        <source>no calls yet</source>
        <translation>wala pang tawag</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="53"/>
        <source>Call durations (minutes)</source>
        <translation>Haba ng mga tawag (minuto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="55"/>
        <source>Calls per day</source>
        <translation>Mga tawag bawat araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="57"/>
        <source>Calls per hour of the day</source>
        <translation>Mga tawag bawat oras ng araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="59"/>
        <source>Recurring topics per week</source>
        <translation>Paulit-ulit na paksa bawat linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="80"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="81"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Bilang ng tawag ayon sa haba sa minuto; may linya sa target at sa maximum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="92"/>
        <source>Calls by hour of the day</source>
        <translation>Mga tawag ayon sa oras ng araw</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Mga gawi ng team, linggo-linggo (bahagi ng mga tawag na may checklist)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="109"/>
        <source>Greeting complete</source>
        <translation>Kumpleto ang pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="109"/>
        <source>Clarification complete</source>
        <translation>Kumpleto ang paglilinaw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="110"/>
        <source>Confirmation complete</source>
        <translation>Kumpleto ang pagkumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="110"/>
        <source>Closing complete</source>
        <translation>Kumpleto ang pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Personal question</source>
        <translation>Personal na tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Wrap-up past the target</source>
        <translation>Pagtatapos na lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="112"/>
        <source>Hello after answering (s)</source>
        <translation>Pagbati pagkasagot (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Team habits per week</source>
        <translation>Mga gawi ng team bawat linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="122"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="122"/>
        <source>Habits per operator</source>
        <translation>Mga gawi bawat operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Bawat operator (para sa usapang coaching, hindi para sa ranggo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Kailangan ang passphrase ng supervisor para makita ang bawat operator (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="51"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>walang nakitang config file (%1): default ang gagamitin (walang mapupuntahan ang mga alarma)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="62"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>nabasa ang %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>warning: %1</source>
        <translation>babala: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="68"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>sangay %1, %2 departamento, %3 channel ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>babala: walang naka-configure na channel ng alarma: walang mapupuntahan ang mga alarma</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="161"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>itinakda gamit ang --config</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named on the command line</source>
        <translation>itinakda sa command line</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>from DESK_CONFIG</source>
        <translation>mula sa DESK_CONFIG</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>next to the program</source>
        <translation>katabi ng programa</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>machine-wide config dir</source>
        <translation>config folder ng buong makina</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>user config dir</source>
        <translation>config folder ng user</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>walang branch.toml sa alinmang karaniwang lugar</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="125"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>sa telepono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by e-mail</source>
        <translation>sa e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by letter</source>
        <translation>sa sulat</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by text message</source>
        <translation>sa text message</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>in person</source>
        <translation>nang personal</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="16"/>
        <source>Something went wrong</source>
        <translation>May nagkaproblema</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="19"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Nagkaroon ng hindi inaasahang error ang Desk pero tuloy pa rin ito. Nananatili sa screen ang itinype mo; sasabihin ng status line kung may hindi pa nase-save.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="26"/>
        <source>A report for IT was written to %1</source>
        <translation>May ulat para sa IT na naisulat sa %1</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="94"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ nakapila</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>↗ sending</source>
        <translation>↗ ipinapadala</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>✔ delivered</source>
        <translation>✔ naihatid</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="98"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ pumalya, susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="100"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ kinumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>– cancelled</source>
        <translation>– kinansela</translation>
    </message>
</context>
<context>
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="41"/>
        <source>Desk — %1</source>
        <translation>Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="42"/>
        <source>Desk console</source>
        <translation>Console ng Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="101"/>
        <source>Opening the call log…</source>
        <translation>Binubuksan ang talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="177"/>
        <source>Ready · call log: %1</source>
        <translation>Handa na · talaan ng mga tawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="139"/>
        <source>%1 could not start: %2</source>
        <translation>Hindi nakapagsimula ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="199"/>
        <source>Desk cannot open its call log</source>
        <translation>Hindi mabuksan ng Desk ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="188"/>
        <source>the call log could not be opened: %1</source>
        <translation>hindi mabuksan ang talaan ng mga tawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="197"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Walang talaan ng mga tawag: hindi maitatala ang mga tawag; gumagana pa rin ang alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="202"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>Hindi binago ang file. Gumagana pa rin ang alarma sa seguridad. Buksan ang Desk gamit ang ibang file (--db) o hilingin sa IT na i-restore ang isang backup.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="214"/>
        <source>All changes are saved in the call log.</source>
        <translation>Naka-save na sa talaan ng mga tawag ang lahat ng pagbabago.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="218"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>abala ang talaan ng mga tawag (hawak ito ng ibang program)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="219"/>
        <source>the disk is full</source>
        <translation>puno na ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="220"/>
        <source>the call log is read-only</source>
        <translation>read-only ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>the disk reports an error</source>
        <translation>may error na iniuulat ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="222"/>
        <source>changes</source>
        <translation>mga pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="223"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Hindi pa naka-save: %1 — %2; sinusubukan ulit. Walang nawala sa mga tinype mo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi na-save (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>a change</source>
        <translation>isang pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="239"/>
        <location filename="../../desk/ui/console/window.py" line="259"/>
        <source>an interrupted call</source>
        <translation>isang naputol na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="243"/>
        <source>Unfinished call</source>
        <translation>Hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Hindi natapos ang tawag na nagsimula noong %1 (nagsara ang Desk o huminto ang computer). Ituloy ito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="248"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Ituloy ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Isara bilang naputol</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="261"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>Isinara bilang naputol ang hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="283"/>
        <source>&amp;Call</source>
        <translation>&amp;Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="291"/>
        <source>&amp;Tools</source>
        <translation>Mga T&amp;ool</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="30"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>End call</source>
        <translation>Tapusin ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="39"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (magtala muna ng babala)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="45"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="46"/>
        <source>What was the call about?</source>
        <translation>Tungkol saan ang tawag?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="54"/>
        <source>Reason for ending</source>
        <translation>Dahilan ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="55"/>
        <source>What was said, and the warning you gave</source>
        <translation>Ano ang sinabi, at ang babalang ibinigay mo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="69"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="70"/>
        <source>&amp;Topic</source>
        <translation>&amp;Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="87"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Sabihin kung bakit tinapos ang tawag: itatala ito.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="65"/>
        <source>LAN alarms: %1</source>
        <translation>Mga alarma sa LAN: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="100"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>HINDI naipadala ang alarma (%1). Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="102"/>
        <source>alarm NOT raised: call %1</source>
        <translation>HINDI naipadala ang alarma: tumawag sa %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="133"/>
        <source>alarm cancelled</source>
        <translation>kinansela ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="136"/>
        <source>acknowledged</source>
        <translation>natanggap na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="139"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarma: naabot ang %1 sa %2 channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="148"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Walang tumanggap sa alarma sa loob ng %1 s. Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="206"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Natanggap ang pagsubok ng alarma mula sa %1 (walang kailangang gawin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="210"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Hindi binasa: %1 (%2). Gumagana pa rin ang mga alarma; hilingin sa IT na alisin ang file na iyon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="214"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Walang desktop notification dito: sa window na ito ipapakita ang alarma.</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="144"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>nakapila ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail being sent</source>
        <translation>ipinapadala ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail sent</source>
        <translation>naipadala ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail failed, retrying</source>
        <translation>pumalya ang e-mail, susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>not by e-mail (copy as text)</source>
        <translation>hindi sa e-mail (kopyahin bilang teksto)</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="80"/>
        <source>security alarm</source>
        <extracomment>A real security alarm (the operator pressed the alarm button).</extracomment>
        <translation>alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="82"/>
        <source>alarm test</source>
        <extracomment>A test of the alarm channels, not a real alarm.</extracomment>
        <translation>pagsubok ng alarma</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="28"/>
        <source>Security incident</source>
        <translation>Insidente sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>Emergency: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="47"/>
        <source>Alarm delivery per channel</source>
        <translation>Pagdating ng alarma sa bawat channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="49"/>
        <source>Last error</source>
        <translation>Huling error</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="54"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Kanselahin ang alarma (maling alarma)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="56"/>
        <source>Cancel alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="111"/>
        <source>Close: security has handled it</source>
        <translation>Isara: naasikaso na ng security</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Close the incident</source>
        <translation>Isara ang insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="69"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>Hindi pa naitala ng talaan ng mga tawag ang alarmang ito (nakatabi ito sa ligtas na journal at idadagdag sa talaan kapag puwede nang magsulat). Naipadala pa rin ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="76"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>Kinansela ang alarmang ipinadala noong %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="80"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>ALARMA SA SEGURIDAD noong %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="82"/>
        <source>Acknowledged by %1</source>
        <translation>Tinanggap ni %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="85"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Wala pang tumatanggap sa alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="89"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Walang naka-set na channel ng alarma: walang naabot ang alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Hinihintay na tanggapin ng security…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="99"/>
        <source>%1 (%2)</source>
        <comment>channel (kind of message)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="103"/>
        <source>%1 · %2×</source>
        <comment>delivery state · attempts</comment>
        <translation>%1 · %2×</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="110"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="154"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="154"/>
        <source>Acknowledged after (s)</source>
        <translation>Tinanggap pagkalipas ng (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="155"/>
        <source>Reason / note</source>
        <translation>Dahilan / tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="155"/>
        <source>Call</source>
        <translation>Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="158"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Mga alarma at mga tawag na tinapos dahil sa pang-aabuso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="167"/>
        <source>alarm</source>
        <translation>alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="167"/>
        <source>ended for abuse</source>
        <translation>tinapos dahil sa pang-aabuso</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="101"/>
        <source>Language: %1</source>
        <translation>Wika: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="160"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Mas malaking teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="161"/>
        <source>&amp;Smaller text</source>
        <translation>Mas ma&amp;liit na teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="162"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Karaniwang laki ng teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="163"/>
        <source>&amp;High contrast</source>
        <translation>Mataas na &amp;contrast</translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="71"/>
        <source>✔ done</source>
        <extracomment>A checklist item's mark in the review's per-call detail.</extracomment>
        <translation>✔ tapos</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="72"/>
        <source>↺ unticked</source>
        <translation>↺ inalis ang tsek</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="73"/>
        <source>✘ skipped</source>
        <translation>✘ nilaktawan</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="74"/>
        <source>→ stage entered</source>
        <translation>→ pumasok sa yugto</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="75"/>
        <source>⚠ answered late</source>
        <translation>⚠ nahuling sinagot</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="118"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>alarma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>cancellation</source>
        <translation>pagkansela</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>test</source>
        <translation>pagsubok</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="22"/>
        <source>Supervisor review</source>
        <translation>Pagsusuri ng supervisor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="23"/>
        <source>The review shows how each operator works. Enter the supervisor passphrase.</source>
        <translation>Ipinapakita ng pagsusuri kung paano nagtatrabaho ang bawat operator. Ilagay ang passphrase ng supervisor.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="29"/>
        <source>Supervisor passphrase</source>
        <translation>Passphrase ng supervisor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="44"/>
        <source>Too many wrong tries: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Masyadong maraming maling subok: maghintay ng %n segundo at subukan ulit.</numerusform>
            <numerusform>Masyadong maraming maling subok: maghintay ng %n segundo at subukan ulit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="51"/>
        <source>Wrong passphrase. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Mali ang passphrase. Puwede kang sumubok ulit pagkalipas ng %n segundo.</numerusform>
            <numerusform>Mali ang passphrase. Puwede kang sumubok ulit pagkalipas ng %n segundo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="69"/>
        <source>Another call is ringing: %1</source>
        <translation>May isa pang tawag na nagri-ring: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="113"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Sinagot pagkalipas ng %1 s: pasok sa pamantayan (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="114"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>Sinagot pagkalipas ng %1 s: lampas sa pamantayan (%2 s).</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="113"/>
        <source>Difficult caller</source>
        <translation>Mahirap na tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller playbook</source>
        <translation>Gabay para sa mahirap na tumatawag</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="24"/>
        <source>Enter the caller's full name.</source>
        <extracomment>The callback form's name field is empty.</extracomment>
        <translation>Ilagay ang buong pangalan ng tumatawag.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="26"/>
        <source>At most {max} characters.</source>
        <extracomment>A field of the callback form is longer than allowed; {max} is a number.</extracomment>
        <translation>Hanggang {max} na character lang.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="27"/>
        <source>Write down the caller's question.</source>
        <translation>Isulat ang tanong ng tumatawag.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="28"/>
        <source>Enter a phone number or an e-mail address (at least one).</source>
        <translation>Maglagay ng numero ng telepono o e-mail address (kahit isa).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="30"/>
        <source>Choose the department that will answer.</source>
        <translation>Piliin ang departamentong sasagot.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="31"/>
        <source>Enter a phone number.</source>
        <translation>Maglagay ng numero ng telepono.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="32"/>
        <source>That is too long to be a phone number.</source>
        <translation>Masyadong mahaba iyan para maging numero ng telepono.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="34"/>
        <source>“{text}” is not a phone number.</source>
        <extracomment>{text} is what the operator typed.</extracomment>
        <translation>Hindi numero ng telepono ang “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="36"/>
        <source>“{text}” is not a valid phone number for {region} (add the country code, e.g. +44, for a number abroad).</source>
        <extracomment>{text} is what the operator typed; {region} a two-letter country code such as FI.</extracomment>
        <translation>Hindi wastong numero ng telepono sa {region} ang “{text}” (para sa numero sa ibang bansa, idagdag ang country code, hal. +44).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="39"/>
        <source>Enter an e-mail address.</source>
        <translation>Maglagay ng e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="40"/>
        <source>“{text}” is not a valid e-mail address.</source>
        <translation>Hindi wastong e-mail address ang “{text}”.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="41"/>
        <source>“{text}” is not a valid e-mail address: it has no @ sign.</source>
        <translation>Hindi wastong e-mail address ang “{text}”: wala itong @.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="43"/>
        <source>“{text}” is not a valid e-mail address: the name before the @ sign is missing.</source>
        <translation>Hindi wastong e-mail address ang “{text}”: walang pangalan bago ang @.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="46"/>
        <source>“{text}” is not a valid e-mail address: after the @ sign it needs a domain such as example.org.</source>
        <translation>Hindi wastong e-mail address ang “{text}”: kailangan ng domain pagkatapos ng @, gaya ng example.org.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="49"/>
        <source>“{text}” is not a valid e-mail address: it has a character an address cannot have.</source>
        <translation>Hindi wastong e-mail address ang “{text}”: may character itong hindi puwede sa address.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="52"/>
        <source>“{text}” is too long for an e-mail address.</source>
        <translation>Masyadong mahaba ang “{text}” para maging e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="54"/>
        <source>The answer cannot be in the future.</source>
        <translation>Hindi puwedeng nasa hinaharap ang sagot.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="55"/>
        <source>The answer cannot be before the callback was taken.</source>
        <translation>Hindi puwedeng mas maaga ang sagot kaysa sa pagkuha ng callback.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="57"/>
        <source>The time the caller was told cannot be in the future.</source>
        <translation>Hindi puwedeng nasa hinaharap ang oras ng pagsabi sa tumatawag.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="59"/>
        <source>The time the caller was told cannot be before the callback was taken.</source>
        <translation>Hindi puwedeng mas maaga ang oras ng pagsabi sa tumatawag kaysa sa pagkuha ng callback.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="61"/>
        <source>There is no callback #{id}.</source>
        <translation>Walang callback na #{id}.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="62"/>
        <source>Say how the caller was answered.</source>
        <translation>Sabihin kung paano sinagot ang tumatawag.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="63"/>
        <source>Say how the caller was told.</source>
        <translation>Sabihin kung paano sinabihan ang tumatawag.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="64"/>
        <source>The new date cannot be in the past.</source>
        <translation>Hindi puwedeng nakaraan na ang bagong petsa.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="66"/>
        <source>Unknown department “{department}”.</source>
        <extracomment>{department} is a department's name from the branch config</extracomment>
        <translation>Hindi kilalang departamento na “{department}”.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>G&amp;upitin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="41"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="42"/>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="17"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="18"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="21"/>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="22"/>
        <source>Retry</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="23"/>
        <source>Ignore</source>
        <translation>Huwag pansinin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="24"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="25"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="27"/>
        <source>Discard</source>
        <extracomment>throw away what was typed (a button in a question)</extracomment>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Ibalik ang mga default</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>G&amp;upitin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="48"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="49"/>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="18"/>
        <source>Security alarm from another desk</source>
        <translation>Alarma sa seguridad mula sa ibang desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="22"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>ALARMA SA SEGURIDAD sa %1 — %2, ipinadala ni %3 noong %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>caller: %1</source>
        <translation>tumatawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="31"/>
        <source>Acknowledge</source>
        <translation>Tanggapin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="33"/>
        <source>Acknowledge the alarm</source>
        <translation>Tanggapin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="35"/>
        <source>Dismiss</source>
        <translation>Isantabi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="37"/>
        <source>Dismiss the alarm notice</source>
        <translation>Isantabi ang abiso ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="47"/>
        <source>Acknowledged</source>
        <translation>Natanggap na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>CANCELLED: %1</source>
        <translation>KINANSELA: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="143"/>
        <source>no calls yet (in this period)</source>
        <translation>wala pang tawag (sa panahong ito)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="145"/>
        <source>calls</source>
        <translation>tawag</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="146"/>
        <source>within target / maximum</source>
        <translation>pasok sa target / maximum</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="148"/>
        <source>median / 90th percentile</source>
        <translation>median / ika-90 na percentile</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="149"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="152"/>
        <source>answered by the ring</source>
        <extracomment>share of calls picked up by the ring the norm asks for</extracomment>
        <translation>nasagot sa takdang ring</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="153"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (sa %2 tawag na may oras ng ring)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="155"/>
        <source>greeting complete</source>
        <translation>buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="156"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (sa %2 tawag na may checklist)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="158"/>
        <source>wrap-up past the target</source>
        <translation>pagtatapos na lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="160"/>
        <source>callbacks open / overdue</source>
        <translation>mga callback na bukas / lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="162"/>
        <source>late callbacks, told</source>
        <translation>mga nahuling callback, sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="163"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, %2 ang sinabihan ng pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="166"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>mga insidente</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="167"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (median na %2 s bago kinumpirma)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="170"/>
        <source>most skipped items</source>
        <translation>mga item na pinakamadalas laktawan</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="176"/>
        <source>top topics:</source>
        <translation>mga pangunahing paksa:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="185"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 tawag  pasok sa target %3  pagbati %4  personal na tanong %5  pagtatapos %6</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="18"/>
        <source>&amp;Review…</source>
        <translation>&amp;Pagsusuri…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="20"/>
        <source>Supervisor review of the call log</source>
        <translation>Pagsusuri ng supervisor sa talaan ng mga tawag</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="35"/>
        <source>This call is no longer in the log.</source>
        <translation>Wala na sa talaan ang tawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="37"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 min  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>Operator: %1 @ %2  Tumatawag: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="44"/>
        <source>Answered: %1</source>
        <translation>Sinagot: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="47"/>
        <source>Notes: %1</source>
        <translation>Mga tala: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="49"/>
        <source>Ended because: %1</source>
        <translation>Tinapos dahil: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="52"/>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="57"/>
        <source>  %1  %2  %3 / %4</source>
        <extracomment>time, what happened (ticked, skipped…), stage, checklist item</extracomment>
        <translation>  %1  %2  %3 / %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="58"/>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="63"/>
        <source>answered %1 (%2)</source>
        <translation>sinagot %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="66"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="67"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>Callback #%1 → %2: takda %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="72"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  sinabihan ng pagkaantala %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>acknowledged %1 by %2</source>
        <translation>kinumpirma %1 ni %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>never acknowledged</source>
        <translation>hindi kailanman tinanggap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="84"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>Alarma #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="87"/>
        <source>  cancelled: %1</source>
        <translation>  kinansela: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="90"/>
        <source>  %1: %2 (%3×) %4</source>
        <translation>  %1: %2 (%3×) %4</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="23"/>
        <source>No calls yet</source>
        <translation>Wala pang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="24"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>walang laman sa panahon at filter na ito; lalabas dito ang mga tawag pagkatapos ng mga ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="33"/>
        <source>calls</source>
        <translation>tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="35"/>
        <location filename="../../desk/ui/review/band.py" line="36"/>
        <source>within %1 min</source>
        <translation>hanggang %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="39"/>
        <source>median / 90th percentile</source>
        <translation>median / ika-90 na percentile</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>answered by ring %1</source>
        <translation>sinagot sa loob ng %1 ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <source>full greeting</source>
        <translation>buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>callbacks open / overdue</source>
        <translation>mga callback na bukas / lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="47"/>
        <source>late callbacks (caller told)</source>
        <translation>mga naantalang callback (nasabihan ang tumatawag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>alarms · median to acknowledge</source>
        <translation>mga alarma · median bago tanggapin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>Pinakamadalas laktawan: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="70"/>
        <source>Review — %1</source>
        <translation>Pagsusuri — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="78"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="80"/>
        <source>Summary of the calls shown</source>
        <translation>Buod ng mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="87"/>
        <source>&amp;Calls</source>
        <translation>&amp;Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="89"/>
        <source>C&amp;harts</source>
        <translation>Mga &amp;chart</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="90"/>
        <source>Coac&amp;hing</source>
        <translation>Pag-&amp;gabay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>&amp;Incidents</source>
        <translation>Mga &amp;insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="111"/>
        <source>From day</source>
        <translation>Mula sa araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="113"/>
        <source>To day</source>
        <translation>Hanggang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="116"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="117"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="117"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="118"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="118"/>
        <source>Last 365 days</source>
        <translation>Huling 365 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="119"/>
        <source>Everything</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="122"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="122"/>
        <source>Any operator</source>
        <translation>Kahit sinong operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="123"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>Any workstation</source>
        <translation>Kahit anong workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="125"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="125"/>
        <source>Any outcome</source>
        <translation>Kahit anong kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>Any topic</source>
        <translation>Kahit anong paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="127"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="127"/>
        <source>Any duration</source>
        <translation>Kahit anong haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="128"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Over the target</source>
        <translation>Lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>With call&amp;back</source>
        <translation>May call&amp;back</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>With &amp;alarm</source>
        <translation>May &amp;alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Search topics and notes…</source>
        <translation>Maghanap sa mga paksa at tala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Search topics and notes</source>
        <translation>Maghanap sa mga paksa at tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>&amp;Export…</source>
        <translation>I-&amp;export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <location filename="../../desk/ui/review/window.py" line="300"/>
        <source>Export the calls shown</source>
        <translation>I-export ang mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="151"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="151"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="183"/>
        <source>Calls, newest first</source>
        <translation>Mga tawag, pinakabago muna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="195"/>
        <source>The selected call, step by step</source>
        <translation>Ang napiling tawag, hakbang-hakbang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="197"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Pumili ng tawag para makita ang checklist, callback at alarma nito, hakbang-hakbang.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="301"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para sa spreadsheet (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="311"/>
        <source>Exporting…</source>
        <translation>Ine-export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="327"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Galing sa lumang Desk ang talaang ito: binabasa ng paghahanap ang bawat tala (mas mabagal kapag malaki ang talaan).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="337"/>
        <source>Could not read the log: %1</source>
        <translation>Hindi mabasa ang talaan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="344"/>
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>Na-export ang %n tawag sa %1</numerusform>
            <numerusform>Na-export ang %n tawag sa %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RootCauseBox</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="38"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>Root cause</source>
        <translation>Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>What actually went wrong?</source>
        <translation>Ano talaga ang nagkamali?</translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="11"/>
        <source>Security alarm (%1)</source>
        <translation>Alarma sa seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Raise security alarm</source>
        <translation>Magpadala ng alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>Isang pindot lang, alerto agad ang security; shortcut %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="16"/>
        <source>Threat to people or property: alert security now</source>
        <translation>May banta sa tao o ari-arian: alertuhin agad ang security</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="23"/>
        <source>Alarm status</source>
        <translation>Katayuan ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>Emergency: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="102"/>
        <source>Start of shift</source>
        <translation>Simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="103"/>
        <source>Start of shift checklist</source>
        <translation>Checklist sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Bago ang unang tawag: handa na ba ang mesa? Lagyan ng tsek ang tapos na (Space), saka Handa na.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>&amp;Ready</source>
        <translation>&amp;Handa na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="107"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Handa na: itala ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Later</source>
        <translation>Ma&amp;maya</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Later: ask again when Desk opens</source>
        <translation>Mamaya: magtanong ulit pagbukas ng Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="151"/>
        <source>the start-of-shift check</source>
        <translation>ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Naitala ang simula ng shift. Magandang shift sa iyo!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="42"/>
        <location filename="../../desk/ui/console/checklist.py" line="147"/>
        <source>Call stages</source>
        <translation>Mga yugto ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="49"/>
        <location filename="../../desk/ui/console/checklist.py" line="148"/>
        <source>Stage checklist</source>
        <translation>Checklist ng yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="50"/>
        <location filename="../../desk/ui/console/checklist.py" line="149"/>
        <source>Space ticks the selected item</source>
        <translation>Tsetsekan ng Space ang napiling item</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="58"/>
        <location filename="../../desk/ui/console/checklist.py" line="150"/>
        <source>Suggested phrases</source>
        <translation>Mga mungkahing pahayag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="151"/>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="101"/>
        <source>late: answered on ring %1</source>
        <translation>huli: sinagot sa ring bilang %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%1 sa %2 tapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="164"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Iwasang pagkakamali sa serbisyo — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="174"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(lalabas ang pahayag kapag alam na ang mga detalye, hal. kapag nakakuha na ng callback)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="177"/>
        <source>(no phrase: just do it)</source>
        <translation>(walang pahayag: gawin lang)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="28"/>
        <source>Head office sync</source>
        <translation>Sync sa head office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="52"/>
        <source>never</source>
        <translation>hindi pa kailanman</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Head office: %1 naghihintay · huling naipadala %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
        <source>retrying</source>
        <translation>sinusubukang muli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="58"/>
        <source>refused: this log belongs to another branch</source>
        <translation>tinanggihan: ang log na ito ay pag-aari ng ibang sangay</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desk/ui/workers.py" line="35"/>
        <source>failed and is restarting by itself</source>
        <translation>nag-fail at kusang nagre-restart</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="36"/>
        <source>is not answering</source>
        <translation>hindi sumasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="37"/>
        <source>Background task “%1” %2: %3</source>
        <translation>Ang background task na “%1” ay %2: %3</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="61"/>
        <source>Time to wrap up</source>
        <translation>Oras nang tapusin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Wrap-up phrases</source>
        <translation>Mga pahayag sa pagtatapos</translation>
    </message>
</context>
</TS>
