<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="36"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="37"/>
        <source>Branch config</source>
        <translation>Config ng branch</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Call log</source>
        <translation>Talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="47"/>
        <source>About Desk</source>
        <translation>Tungkol sa Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="56"/>
        <source>&amp;Help</source>
        <translation>Tu&amp;long</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="57"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Tungkol sa Desk</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record &amp;warning given</source>
        <translation>Itala ang ibinigay na &amp;babala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="75"/>
        <source>Record that the caller was warned</source>
        <translation>Itala na binalaan ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="80"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Wala pang babala: matatapos lang ang tawag dahil sa pang-aabuso pagkatapos ng isang babala.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="82"/>
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
        <location filename="../../desk/ui/escalation/proof.py" line="31"/>
        <source>Test the alarm</source>
        <translation>Subukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="37"/>
        <source>Last alarm test</source>
        <translation>Huling pagsubok ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="48"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Naipadala ang pagsubok ng alarma sa bawat channel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Pagsubok ng alarma: walang naka-set na channel — walang napupuntahan ang mga alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="66"/>
        <source>Alarm test: %1</source>
        <translation>Pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="73"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Walang channel ng alarma: walang napupuntahan ang mga alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="78"/>
        <source>Alarm never tested</source>
        <translation>Hindi pa nasusubukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>Hindi pa nasusubukan ang alarma mula sa console na ito: Mga Tool ▸ Subukan ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="86"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>%1 araw na mula sa huling matagumpay na pagsubok ng alarma: subukan ulit (Mga Tool ▸ Subukan ang alarma).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>Last successful alarm test: %1</source>
        <translation>Huling matagumpay na pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="97"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Walang naka-set na channel ng alarma: WALANG naaabot ang security button. Hilingin sa IT na idagdag ang [[security.channels]] sa config ng branch. Kapag emergency, tumawag sa %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="113"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>HINDI darating ang mga alarma sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>They will arrive on: %1.</source>
        <translation>Darating ang mga ito sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="119"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Darating ang mga alarma sa: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="205"/>
        <source>Start Desk at &amp;login</source>
        <translation>Buksan ang Desk sa pag-&amp;login</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="223"/>
        <source>Could not change starting at login: %1</source>
        <translation>Hindi mabago ang pagbukas sa pag-login: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Note</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Warning</source>
        <translation>Babala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="24"/>
        <source>Alert</source>
        <translation>Alerto</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Branch</source>
        <translation>Sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Within the maximum</source>
        <translation>Pasok sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Answered by the ring</source>
        <translation>Nasagot sa takdang ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Callbacks on time</source>
        <translation>Mga callback sa oras</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Alarms</source>
        <translation>Mga alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Last sync</source>
        <translation>Huling sync</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="38"/>
        <source>Branches side by side</source>
        <translation>Mga sangay na magkatabi</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
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
        <location filename="../../desk/ui/console/call_panel.py" line="351"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>Tapos na ang tawag; sine-save ito sa talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="352"/>
        <source>Call saved in the call log.</source>
        <translation>Naka-save na ang tawag sa talaan ng mga tawag.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="24"/>
        <source>Call timer</source>
        <translation>Timer ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="30"/>
        <source>no call</source>
        <translation>walang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>within norm</source>
        <translation>pasok sa pamantayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>time to wrap up</source>
        <translation>tapusin na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="208"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="93"/>
        <source>Answer by</source>
        <translation>Sagot hanggang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Already &amp;tried</source>
        <translation>Nasubukan &amp;na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="102"/>
        <source>Save and forward</source>
        <translation>I-save at ipasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="143"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Naibalik ang itinipa mo bago nagsara ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="168"/>
        <source>Discard callback?</source>
        <translation>Itapon ang callback?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="169"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Itapon ang callback na ito at lahat ng itinipa mo rito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="195"/>
        <source>Saving the callback…</source>
        <translation>Sine-save ang callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="209"/>
        <source>Callback not saved</source>
        <translation>Hindi na-save ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="210"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>Hindi ma-save ang callback: %1. Nakatabi bilang draft ang lahat ng tinype mo.</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="42"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Hindi naikonekta: callback (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="44"/>
        <source>Transfer failed, take a callback</source>
        <translation>Hindi naikonekta, kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Mga callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="95"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Naitabi ang callback na tinitipa mo: pindutin ang F6 para tapusin ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="149"/>
        <source>the callback</source>
        <translation>ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="156"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="184"/>
        <source>the callback draft</source>
        <translation>ang draft ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="165"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Sabihin sa tumatawag: sasagutin kayo ng %1 hanggang %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="174"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>Walang e-mail dito ang %1: kinopya ang callback bilang teksto, i-paste ito sa kanila.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="226"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Mga callback: %1 lampas na sa takdang araw, %2 takda ngayon (F7 para makita).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="228"/>
        <source>Desk callbacks</source>
        <translation>Mga callback ng Desk</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="15"/>
        <source>⚠ overdue</source>
        <translation>⚠ lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="16"/>
        <source>● due today</source>
        <translation>● takdang araw ngayon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="17"/>
        <source>○ open</source>
        <translation>○ bukas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="18"/>
        <source>✔ answered</source>
        <translation>✔ nasagot na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="37"/>
        <source>Forwarding</source>
        <translation>Pagpapasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="119"/>
        <source>not forwarded (copy as text)</source>
        <translation>hindi naipasa (kopyahin bilang teksto)</translation>
    </message>
</context>
<context>
    <name>CallbacksWindow</name>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="46"/>
        <location filename="../../desk/ui/callbacks/view.py" line="138"/>
        <location filename="../../desk/ui/callbacks/view.py" line="175"/>
        <location filename="../../desk/ui/callbacks/view.py" line="179"/>
        <location filename="../../desk/ui/callbacks/view.py" line="263"/>
        <source>Callbacks</source>
        <translation>Mga callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="50"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Hanapin ang pangalan, numero, e-mail, tanong…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="51"/>
        <source>Search callbacks</source>
        <translation>Maghanap ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="52"/>
        <source>&amp;Overdue only</source>
        <translation>Ang mga &amp;lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Overdue only</source>
        <translation>Ang mga lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>Show &amp;answered</source>
        <translation>Ipakita ang mga &amp;nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Show answered</source>
        <translation>Ipakita ang mga nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Callbacks by due date</source>
        <translation>Mga callback ayon sa takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Selected callback's history</source>
        <translation>Kasaysayan ng napiling callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="77"/>
        <source>Mark &amp;answered…</source>
        <translation>Markahang &amp;nasagot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="78"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Sinabihan ang tumatawag tungkol sa &amp;pagkaantala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="79"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Ilipat sa departamento…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopyahin bilang teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="133"/>
        <source>a callback change</source>
        <translation>isang pagbabago sa callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="160"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 ipinapakita · %2 lampas na · %3 takda ngayon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="175"/>
        <source>Select a callback.</source>
        <translation>Pumili ng callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="179"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Sandali lang: nilo-load pa ang callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="211"/>
        <source>Answered by</source>
        <translation>Sinagot ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="212"/>
        <source>Answered at</source>
        <translation>Sinagot noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>Callback answered</source>
        <translation>Nasagot ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="214"/>
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="240"/>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>Told at</source>
        <translation>Sinabihan noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="241"/>
        <source>Caller told of a delay</source>
        <translation>Sinabihan ang tumatawag tungkol sa pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>How they were told</source>
        <translation>Paano sila sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>New date</source>
        <translation>Bagong petsa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="239"/>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="275"/>
        <source>Move callback</source>
        <translation>Ilipat ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="276"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Nakopya: i-paste ito sa channel ng departamento</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="20"/>
        <location filename="../../desk/ui/console/caller_history.py" line="23"/>
        <source>Caller history</source>
        <translation>Kasaysayan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="30"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopyahin ang naunang tala dito (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="32"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopyahin ang mga naunang tala sa tawag na ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="68"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>Ilagay ang numero o e-mail ng tumatawag para makita ang mga naunang tawag.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="74"/>
        <source>No earlier calls from this caller.</source>
        <translation>Walang naunang tawag mula sa tumatawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>Open callbacks</source>
        <translation>Mga bukas na callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>due</source>
        <translation>takda</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Already tried</source>
        <translation>Nasubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Earlier calls</source>
        <translation>Mga naunang tawag</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="130"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="141"/>
        <source>Cancel the alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Reason for cancelling</source>
        <translation>Dahilan ng pagkansela</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="134"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>hal. kumalma na ang bisita; napindot nang hindi sinasadya</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="142"/>
        <source>Keep it</source>
        <translation>Huwag kanselahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="146"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Bakit ito maling alarma?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="153"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Magbigay ng dahilan: ipapadala ito sa lahat ng nakatanggap ng alarma.</translation>
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
        <location filename="../../desk/ui/review/pages.py" line="82"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="85"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Bilang ng tawag ayon sa haba sa minuto; may linya sa target at sa maximum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="91"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="95"/>
        <source>Calls by hour of the day</source>
        <translation>Mga tawag ayon sa oras ng araw</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Mga gawi ng team, linggo-linggo (bahagi ng mga tawag na may checklist)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Greeting complete</source>
        <translation>Kumpleto ang pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Clarification complete</source>
        <translation>Kumpleto ang paglilinaw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Confirmation complete</source>
        <translation>Kumpleto ang pagkumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Closing complete</source>
        <translation>Kumpleto ang pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Personal question</source>
        <translation>Personal na tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Wrap-up past the target</source>
        <translation>Pagtatapos na lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="116"/>
        <source>Hello after answering (s)</source>
        <translation>Pagbati pagkasagot (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Bawat operator (para sa usapang coaching, hindi para sa ranggo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Kailangan ang passphrase ng supervisor para makita ang bawat operator (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="18"/>
        <source>Something went wrong</source>
        <translation>May nagkaproblema</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="21"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Nagkaroon ng hindi inaasahang error ang Desk pero tuloy pa rin ito. Nananatili sa screen ang itinype mo; sasabihin ng status line kung may hindi pa nase-save.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="28"/>
        <source>A report for IT was written to %1</source>
        <translation>May ulat para sa IT na naisulat sa %1</translation>
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
        <location filename="../../desk/ui/console/window.py" line="107"/>
        <source>Opening the call log…</source>
        <translation>Binubuksan ang talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="184"/>
        <source>Ready · call log: %1</source>
        <translation>Handa na · talaan ng mga tawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="146"/>
        <source>%1 could not start: %2</source>
        <translation>Hindi nakapagsimula ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="206"/>
        <source>Desk cannot open its call log</source>
        <translation>Hindi mabuksan ng Desk ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="195"/>
        <source>the call log could not be opened: %1</source>
        <translation>hindi mabuksan ang talaan ng mga tawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="204"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Walang talaan ng mga tawag: hindi maitatala ang mga tawag; gumagana pa rin ang alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="209"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>Hindi binago ang file. Gumagana pa rin ang alarma sa seguridad. Buksan ang Desk gamit ang ibang file (--db) o hilingin sa IT na i-restore ang isang backup.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>All changes are saved in the call log.</source>
        <translation>Naka-save na sa talaan ng mga tawag ang lahat ng pagbabago.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="225"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>abala ang talaan ng mga tawag (hawak ito ng ibang program)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="226"/>
        <source>the disk is full</source>
        <translation>puno na ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="227"/>
        <source>the call log is read-only</source>
        <translation>read-only ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="228"/>
        <source>the disk reports an error</source>
        <translation>may error na iniuulat ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>changes</source>
        <translation>mga pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Hindi pa naka-save: %1 — %2; sinusubukan ulit. Walang nawala sa mga tinype mo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="236"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi na-save (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="237"/>
        <source>a change</source>
        <translation>isang pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="246"/>
        <location filename="../../desk/ui/console/window.py" line="266"/>
        <source>an interrupted call</source>
        <translation>isang naputol na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>Unfinished call</source>
        <translation>Hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="251"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Hindi natapos ang tawag na nagsimula noong %1 (nagsara ang Desk o huminto ang computer). Ituloy ito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="255"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Ituloy ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="257"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Isara bilang naputol</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="268"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>Isinara bilang naputol ang hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="290"/>
        <source>&amp;Call</source>
        <translation>&amp;Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation>Mga T&amp;ool</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="36"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Walang notification area ang desktop na ito: kapag isinara ang Desk, hindi na lalabas sa computer na ito ang mga alarma mula sa ibang desk. Panatilihing bukas ang window (i-minimize ito).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="80"/>
        <source>Raise security &amp;alarm</source>
        <translation>Magpatunog ng &amp;alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="81"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Buksan ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="83"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: nakikinig sa mga alarma mula sa ibang desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="108"/>
        <source>Desk is still running</source>
        <translation>Tumatakbo pa ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="109"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Lalabas pa rin dito ang mga alarma mula sa ibang desk. Gamitin ang Isara sa menu ng icon na ito para tapusin ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="114"/>
        <source>Quit Desk?</source>
        <translation>Isara ang Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="115"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Pagkasara, hindi na lalabas sa computer na ito ang mga alarma mula sa ibang desk hanggang buksan muli ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Isara ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="120"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Panatilihing tumatakbo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="156"/>
        <source>The alarm could NOT be raised</source>
        <translation>HINDI naitaas ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="157"/>
        <source>Call the emergency number now.</source>
        <translation>Tumawag na sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="160"/>
        <source>Security alarm raised</source>
        <translation>Naitaas ang alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="161"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Buksan ang Desk para makita kung sino na ang naabot.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="177"/>
        <source>Security alarm from another desk</source>
        <translation>Alarma sa seguridad mula sa ibang desk</translation>
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
        <location filename="../../desk/ui/escalation/controller.py" line="66"/>
        <source>LAN alarms: %1</source>
        <translation>Mga alarma sa LAN: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="101"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>HINDI naipadala ang alarma (%1). Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="103"/>
        <source>alarm NOT raised: call %1</source>
        <translation>HINDI naipadala ang alarma: tumawag sa %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="134"/>
        <source>alarm cancelled</source>
        <translation>kinansela ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="137"/>
        <source>acknowledged</source>
        <translation>natanggap na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="140"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarma: naabot ang %1 sa %2 channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="149"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Walang tumanggap sa alarma sa loob ng %1 s. Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="207"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Natanggap ang pagsubok ng alarma mula sa %1 (walang kailangang gawin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="212"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Hindi binasa: %1 (%2). Gumagana pa rin ang mga alarma; hilingin sa IT na alisin ang file na iyon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="217"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Walang desktop notification dito: sa window na ito ipapakita ang alarma.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="42"/>
        <source>Security incident</source>
        <translation>Insidente sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Emergency: %1</source>
        <translation>Emergency: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="61"/>
        <source>Alarm delivery per channel</source>
        <translation>Pagdating ng alarma sa bawat channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="63"/>
        <source>Last error</source>
        <translation>Huling error</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="68"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Kanselahin ang alarma (maling alarma)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="70"/>
        <source>Cancel alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="71"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>Close: security has handled it</source>
        <translation>Isara: naasikaso na ng security</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="73"/>
        <source>Close the incident</source>
        <translation>Isara ang insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="83"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>Hindi pa naitala ng talaan ng mga tawag ang alarmang ito (nakatabi ito sa ligtas na journal at idadagdag sa talaan kapag puwede nang magsulat). Naipadala pa rin ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="90"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>Kinansela ang alarmang ipinadala noong %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>ALARMA SA SEGURIDAD noong %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="95"/>
        <source>Acknowledged by %1</source>
        <translation>Tinanggap ni %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Wala pang tumatanggap sa alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Walang naka-set na channel ng alarma: walang naabot ang alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="106"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Hinihintay na tanggapin ng security…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Acknowledged after (s)</source>
        <translation>Tinanggap pagkalipas ng (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Reason / note</source>
        <translation>Dahilan / tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Call</source>
        <translation>Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Acknowledged by</source>
        <translation>Kinilala ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="165"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Mga alarma at mga tawag na tinapos dahil sa pang-aabuso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>alarm</source>
        <translation>alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>ended for abuse</source>
        <translation>tinapos dahil sa pang-aabuso</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="85"/>
        <source>Language: %1</source>
        <translation>Wika: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Mas malaking teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation>Mas ma&amp;liit na teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Karaniwang laki ng teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;High contrast</source>
        <translation>Mataas na &amp;contrast</translation>
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
        <location filename="../../desk/ui/console/phone_link.py" line="74"/>
        <source>Another call is ringing: %1</source>
        <translation>May isa pang tawag na nagri-ring: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="118"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Sinagot pagkalipas ng %1 s: pasok sa pamantayan (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="119"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>Sinagot pagkalipas ng %1 s: lampas sa pamantayan (%2 s).</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller</source>
        <translation>Mahirap na tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="115"/>
        <source>Difficult caller playbook</source>
        <translation>Gabay para sa mahirap na tumatawag</translation>
    </message>
</context>
<context>
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>Security alarm from another desk</source>
        <translation>Alarma sa seguridad mula sa ibang desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="36"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>ALARMA SA SEGURIDAD sa %1 — %2, ipinadala ni %3 noong %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="43"/>
        <source>caller: %1</source>
        <translation>tumatawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="46"/>
        <source>Acknowledge</source>
        <translation>Tanggapin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="48"/>
        <source>Acknowledge the alarm</source>
        <translation>Tanggapin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="50"/>
        <source>Dismiss</source>
        <translation>Isantabi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>Dismiss the alarm notice</source>
        <translation>Isantabi ang abiso ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="62"/>
        <source>Acknowledged</source>
        <translation>Natanggap na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="67"/>
        <source>CANCELLED: %1</source>
        <translation>KINANSELA: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="17"/>
        <source>This call is no longer in the log.</source>
        <translation>Wala na sa talaan ang tawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="30"/>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="51"/>
        <source>never acknowledged</source>
        <translation>hindi kailanman tinanggap</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="34"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>walang laman sa panahon at filter na ito; lalabas dito ang mga tawag pagkatapos ng mga ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>calls</source>
        <translation>tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>within %1 min</source>
        <translation>hanggang %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="48"/>
        <source>median / 90th percentile</source>
        <translation>median / ika-90 na percentile</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>answered by ring %1</source>
        <translation>sinagot hanggang ika-%1 na ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>full greeting</source>
        <translation>buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="54"/>
        <source>callbacks open / overdue</source>
        <translation>mga callback na bukas / lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="56"/>
        <source>late callbacks (caller told)</source>
        <translation>mga naantalang callback (nasabihan ang tumatawag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>alarms · median to acknowledge</source>
        <translation>mga alarma · median bago tanggapin</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="72"/>
        <source>Review — %1</source>
        <translation>Pagsusuri — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="81"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="83"/>
        <source>Summary of the calls shown</source>
        <translation>Buod ng mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="95"/>
        <source>&amp;Calls</source>
        <translation>&amp;Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="97"/>
        <source>C&amp;harts</source>
        <translation>Mga &amp;chart</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="98"/>
        <source>Coac&amp;hing</source>
        <translation>Pag-&amp;gabay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="99"/>
        <source>&amp;Incidents</source>
        <translation>Mga &amp;insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="102"/>
        <source>Bra&amp;nches</source>
        <translation>Mga sa&amp;ngay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>From day</source>
        <translation>Mula sa araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>To day</source>
        <translation>Hanggang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 365 days</source>
        <translation>Huling 365 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>Everything</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="137"/>
        <source>Branch</source>
        <translation>Sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="138"/>
        <source>All branches</source>
        <translation>Lahat ng sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Any operator</source>
        <translation>Kahit sinong operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="143"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="144"/>
        <source>Any workstation</source>
        <translation>Kahit anong workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Any outcome</source>
        <translation>Kahit anong kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Any topic</source>
        <translation>Kahit anong paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Any duration</source>
        <translation>Kahit anong haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="149"/>
        <source>Over the target</source>
        <translation>Lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="150"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>With call&amp;back</source>
        <translation>May call&amp;back</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>With &amp;alarm</source>
        <translation>May &amp;alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="161"/>
        <source>Search topics and notes…</source>
        <translation>Maghanap sa mga paksa at tala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>Search topics and notes</source>
        <translation>Maghanap sa mga paksa at tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="165"/>
        <source>&amp;Export…</source>
        <translation>I-&amp;export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="167"/>
        <location filename="../../desk/ui/review/window.py" line="399"/>
        <source>Export the calls shown</source>
        <translation>I-export ang mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="202"/>
        <source>Calls, newest first</source>
        <translation>Mga tawag, pinakabago muna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="214"/>
        <source>The selected call, step by step</source>
        <translation>Ang napiling tawag, hakbang-hakbang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="216"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Pumili ng tawag para makita ang checklist, callback at alarma nito, hakbang-hakbang.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1 min or longer</source>
        <translation>%1 min o higit pa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="400"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para sa spreadsheet (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="410"/>
        <source>Exporting…</source>
        <translation>Ine-export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="426"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Galing sa lumang Desk ang talaang ito: binabasa ng paghahanap ang bawat tala (mas mabagal kapag malaki ang talaan).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="436"/>
        <source>Could not read the log: %1</source>
        <translation>Hindi mabasa ang talaan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="443"/>
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
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>Root cause</source>
        <translation>Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="41"/>
        <source>What actually went wrong?</source>
        <translation>Ano talaga ang nagkamali?</translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Security alarm (%1)</source>
        <translation>Alarma sa seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>Raise security alarm</source>
        <translation>Magpadala ng alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="17"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>Isang pindot lang, alerto agad ang security; shortcut %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="18"/>
        <source>Threat to people or property: alert security now</source>
        <translation>May banta sa tao o ari-arian: alertuhin agad ang security</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="25"/>
        <source>Alarm status</source>
        <translation>Katayuan ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="37"/>
        <source>Emergency: %1</source>
        <translation>Emergency: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Start of shift</source>
        <translation>Simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="105"/>
        <source>Start of shift checklist</source>
        <translation>Checklist sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Bago ang unang tawag: handa na ba ang mesa? Lagyan ng tsek ang tapos na (Space), saka Handa na.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Ready</source>
        <translation>&amp;Handa na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Handa na: itala ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="110"/>
        <source>&amp;Later</source>
        <translation>Ma&amp;maya</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="111"/>
        <source>Later: ask again when Desk opens</source>
        <translation>Mamaya: magtanong ulit pagbukas ng Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="153"/>
        <source>the start-of-shift check</source>
        <translation>ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="154"/>
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
        <translation>huli: sinagot sa ika-%1 na ring</translation>
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
        <location filename="../../desk/ui/sync_status.py" line="29"/>
        <source>Head office sync</source>
        <translation>Sync sa head office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>never</source>
        <translation>hindi pa kailanman</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="54"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Head office: %1 naghihintay · huling naipadala %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="60"/>
        <source>retrying</source>
        <translation>sinusubukang muli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
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
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Time to wrap up</source>
        <translation>Oras nang tapusin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="63"/>
        <source>Wrap-up phrases</source>
        <translation>Mga pahayag sa pagtatapos</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="15"/>
        <source>&amp;Review…</source>
        <translation>&amp;Pagsusuri…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="17"/>
        <source>Supervisor review of the call log</source>
        <translation>Pagsusuri ng supervisor sa talaan ng mga tawag</translation>
    </message>
</context>
</TS>
