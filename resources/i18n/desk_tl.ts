<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="23"/>
        <source>no config file found: defaults</source>
        <translation>walang nakitang config file: mga default</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="26"/>
        <source>%1 (%2)</source>
        <comment>config file (why it was chosen)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Branch config</source>
        <translation>Config ng branch</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Call log</source>
        <translation>Talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="43"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="50"/>
        <source>About Desk</source>
        <translation>Tungkol sa Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="60"/>
        <location filename="../../desk/ui/help.py" line="174"/>
        <location filename="../../desk/ui/help.py" line="198"/>
        <source>&amp;Help</source>
        <translation>Tu&amp;long</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="61"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Tungkol sa Desk</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="73"/>
        <source>Record &amp;warning given</source>
        <translation>&amp;Itala ang ibinigay na babala</translation>
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
        <location filename="../../desk/ui/actions.py" line="15"/>
        <source>Start call</source>
        <translation>Simulan ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="16"/>
        <source>Start counter visit</source>
        <translation>Simulan ang pagbisita sa counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="17"/>
        <source>Next stage</source>
        <translation>Susunod na yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="18"/>
        <source>Previous stage</source>
        <translation>Nakaraang yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="20"/>
        <source>Complete this stage</source>
        <translation>Tapusin ang yugtong ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="21"/>
        <source>End call</source>
        <translation>Tapusin ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="22"/>
        <source>Greeting stage</source>
        <translation>Yugto ng pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="23"/>
        <source>Clarification stage</source>
        <translation>Yugto ng paglilinaw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="24"/>
        <source>Confirmation stage</source>
        <translation>Yugto ng pagkumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="25"/>
        <source>Closing stage</source>
        <translation>Yugto ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="26"/>
        <source>Caller is upset</source>
        <translation>Galit o balisa ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="27"/>
        <source>Go to notes</source>
        <translation>Pumunta sa mga tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="28"/>
        <source>Quit</source>
        <translation>Isara ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="29"/>
        <source>Transfer failed: take callback</source>
        <translation>Hindi naikonekta: kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="30"/>
        <source>Callbacks…</source>
        <translation>Mga callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="31"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopyahin ang mga naunang tala sa tawag na ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="33"/>
        <source>Security alarm</source>
        <translation>Alarma sa seguridad</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="33"/>
        <source>Test the alarm</source>
        <translation>Subukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="39"/>
        <source>Last alarm test</source>
        <translation>Huling pagsubok ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="50"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Naipadala ang pagsubok ng alarma sa bawat channel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Pagsubok ng alarma: walang naka-set na channel — walang napupuntahan ang mga alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="67"/>
        <source>Alarm test: %1</source>
        <translation>Pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="74"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Walang channel ng alarma: walang napupuntahan ang mga alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="77"/>
        <source>Last alarm test: not read from the call log yet</source>
        <translation>Huling pagsubok ng alarma: hindi pa nababasa mula sa talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>Alarm never tested</source>
        <translation>Hindi pa nasusubukan ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="84"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>Hindi pa nasusubukan ang alarma mula sa console na ito: Mga Tool ▸ Subukan ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>%1 araw na mula sa huling matagumpay na pagsubok ng alarma: subukan ulit (Mga Tool ▸ Subukan ang alarma).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="94"/>
        <source>Last successful alarm test: %1</source>
        <translation>Huling matagumpay na pagsubok ng alarma: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="101"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Walang naka-set na channel ng alarma: WALANG naaabot ang security button. Hilingin sa IT na idagdag ang [[security.channels]] sa config ng branch. Kapag emergency, tumawag sa %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="127"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>HINDI darating ang mga alarma sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="129"/>
        <source>They will arrive on: %1.</source>
        <translation>Darating ang mga ito sa: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="133"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Darating ang mga alarma sa: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="214"/>
        <source>Start Desk at &amp;login</source>
        <translation>Buksan ang Desk sa pag-&amp;login</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="232"/>
        <source>Could not change starting at login: %1</source>
        <translation>Hindi mabago ang pagbukas sa pag-login: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="27"/>
        <source>Note</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="28"/>
        <source>Warning</source>
        <translation>Babala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="29"/>
        <source>Alert</source>
        <translation>Alerto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="74"/>
        <source>Put this note away (Esc)</source>
        <translation>Itabi ang paalalang ito (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="75"/>
        <source>Put this note away</source>
        <translation>Itabi ang paalalang ito</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="188"/>
        <source>+%1 more notices</source>
        <translation>+%1 pang abiso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="189"/>
        <source>+1 more notice</source>
        <translation>+1 pang abiso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="192"/>
        <source>Show fewer notices</source>
        <translation>Ipakita ang mas kaunting abiso</translation>
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
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="154"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>telepono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="156"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>sa counter</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
        <location filename="../../desk/ui/console/call_panel.py" line="46"/>
        <source>Start call (F2)</source>
        <translation>Simulan ang tawag (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="48"/>
        <source>Start call</source>
        <translation>Simulan ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="50"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Pagbisita sa counter (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="52"/>
        <source>Start counter visit</source>
        <translation>Simulan ang pagbisita sa counter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="54"/>
        <source>End call (F4)</source>
        <translation>Tapusin ang tawag (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="56"/>
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
        <location filename="../../desk/ui/console/call_panel.py" line="101"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="102"/>
        <source>N&amp;ame</source>
        <translation>&amp;Pangalan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="103"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="117"/>
        <source>Next stage (F3)</source>
        <translation>Susunod na yugto (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Next stage</source>
        <translation>Susunod na yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="124"/>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>What the caller already tried</source>
        <translation>Ano na ang sinubukan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="129"/>
        <source>The caller's request</source>
        <translation>Ang kahilingan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>Enter: you read the request back to the caller and they agreed</source>
        <translation>Enter: inulit mo ang kahilingan sa tumatawag at sumang-ayon sila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="132"/>
        <source>What the caller would like (Enter once read back)</source>
        <translation>Ang nais ng tumatawag (Enter kapag naulit na)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="137"/>
        <source>Call notes</source>
        <translation>Mga tala ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="138"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Mga tala (ugat na sanhi, napagkasunduan)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Kahilingan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Already tr&amp;ied</source>
        <translation>Nas&amp;ubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="153"/>
        <source>N&amp;otes</source>
        <translation>Mga t&amp;ala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="482"/>
        <source>Call %1 from this caller in 30 days: thank them for their patience.</source>
        <translation>Ika-%1 tawag ng taong ito sa loob ng 30 araw: pasalamatan siya sa kanyang pasensya.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="533"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>Tapos na ang tawag; sine-save ito sa talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="534"/>
        <source>Call saved in the call log.</source>
        <translation>Naka-save na ang tawag sa talaan ng mga tawag.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="26"/>
        <source>Call timer</source>
        <translation>Timer ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="31"/>
        <source>no call</source>
        <translation>walang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>within norm</source>
        <translation>pasok sa pamantayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
        <source>time to wrap up</source>
        <translation>tapusin na</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="38"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="45"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Transfer failed: take a callback</source>
        <translation>Hindi naikonekta: kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Call back by phone</source>
        <translation>Tawagan pabalik sa telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>Answer by e-mail</source>
        <translation>Sagutin sa e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="60"/>
        <source>How the caller wants the answer</source>
        <translation>Paano gusto ng tumatawag matanggap ang sagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="63"/>
        <source>What the caller already tried</source>
        <translation>Ano na ang sinubukan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>Full &amp;name</source>
        <translation>Buong &amp;pangalan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Question</source>
        <translation>&amp;Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;lepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's full name</source>
        <translation>Buong pangalan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Caller's question</source>
        <translation>Tanong ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Phone number</source>
        <translation>Numero ng telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="75"/>
        <source>Department that will answer</source>
        <translation>Departamentong sasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>Paraan ng pagsagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="96"/>
        <source>Already &amp;tried</source>
        <translation>Nas&amp;ubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="104"/>
        <source>Save and forward</source>
        <translation>I-save at ipasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="145"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Naibalik ang itinipa mo bago nagsara ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Discard callback?</source>
        <translation>Itapon ang callback?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="172"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Itapon ang callback na ito at lahat ng itinipa mo rito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="199"/>
        <source>Saving the callback…</source>
        <translation>Sine-save ang callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>Callback not saved</source>
        <translation>Hindi na-save ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="214"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>Hindi ma-save ang callback: %1. Nakatabi bilang draft ang lahat ng tinype mo.</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="135"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>kinuha</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>inilipat</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="138"/>
        <source>answered</source>
        <translation>nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="140"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>ipinasa</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="34"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>Takda: %1   Pagpasa: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="40"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="44"/>
        <source>%1 (%2)</source>
        <comment>event (operator)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="49"/>
        <source>%1  caller told of a delay %2: new date %3 (was %4)</source>
        <extracomment>when told, how, the new date, the date it replaced</extracomment>
        <translation>%1  sinabihan ang tumatawag na maaantala %2: bagong petsa %3 (dating %4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="56"/>
        <source>%1 — %2</source>
        <comment>text — the operator's note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="60"/>
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
        <source>◐ due next working day</source>
        <translation>◐ dapat sa susunod na araw ng trabaho</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>○ open</source>
        <translation>○ bukas</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="90"/>
        <source>✔ answered</source>
        <translation>✔ nasagot na</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="175"/>
        <source>Callback request #%1 for %2</source>
        <extracomment>The callback as text: the department's e-mail and the clipboard ("Copy as text"). %1, %2 are filled after translating.</extracomment>
        <translation>Kahilingan sa pagtawag pabalik #%1 para sa %2</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="176"/>
        <source>Callback for %1: %2 — answer by %3</source>
        <translation>Pagtawag pabalik para sa %1: %2 — sagutin bago ang %3</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="177"/>
        <source>Caller: %1</source>
        <translation>Tumawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="178"/>
        <source>Phone: %1</source>
        <translation>Telepono: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="179"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="180"/>
        <source>Prefers: %1</source>
        <translation>Mas gusto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="182"/>
        <source>Promised answer by: %1 (taken %2 by %3)</source>
        <extracomment>%1 the weekday and date of the promise, %2 when it was taken, %3 who took it</extracomment>
        <translation>Ipinangakong sagot bago ang: %1 (kinuha %2 ni %3)</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="183"/>
        <source>Question:</source>
        <translation>Tanong:</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="184"/>
        <source>Already tried (don't ask them to do it again):</source>
        <translation>Nasubukan na (huwag nang ipagawa ulit):</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Hindi naikonekta: callback (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="45"/>
        <source>Transfer failed, take a callback</source>
        <translation>Hindi naikonekta, kumuha ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Mga callback…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="104"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Naitabi ang callback na tinitipa mo: pindutin ang F6 para tapusin ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="158"/>
        <source>the callback</source>
        <translation>ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="166"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="191"/>
        <source>the callback draft</source>
        <translation>ang draft ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Sabihin sa tumatawag: sasagutin kayo ng %1 hanggang %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>Walang e-mail dito ang %1: kinopya ang callback bilang teksto, i-paste ito sa kanila.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="233"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Mga callback: %1 lampas na sa takdang araw, %2 takda ngayon (F7 para makita).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="249"/>
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
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Forwarding</source>
        <translation>Pagpapasa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Taken by</source>
        <translation>Kinuha ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Caller told</source>
        <translation>Nasabihan ang tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="125"/>
        <source>1 day late</source>
        <translation>1 araw nang huli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="126"/>
        <source>%1 days late</source>
        <translation>%1 araw nang huli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="144"/>
        <source>not yet</source>
        <translation>hindi pa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="147"/>
        <source>✔ told %1</source>
        <translation>✔ nasabihan %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="149"/>
        <source>not forwarded (copy as text)</source>
        <translation>hindi naipasa (kopyahin bilang teksto)</translation>
    </message>
</context>
<context>
    <name>CallbacksWindow</name>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="53"/>
        <location filename="../../desk/ui/callbacks/view.py" line="151"/>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <location filename="../../desk/ui/callbacks/view.py" line="220"/>
        <location filename="../../desk/ui/callbacks/view.py" line="308"/>
        <source>Callbacks</source>
        <translation>Mga callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Hanapin ang pangalan, numero, e-mail, tanong…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Search callbacks</source>
        <translation>Maghanap ng callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="59"/>
        <source>&amp;Overdue only</source>
        <translation>Ang mga &amp;lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Overdue only</source>
        <translation>Ang mga lampas na lang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="62"/>
        <source>Show &amp;answered</source>
        <translation>Ipakita ang mga &amp;nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Show answered</source>
        <translation>Ipakita ang mga nasagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Callbacks by due date</source>
        <translation>Mga callback ayon sa takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="75"/>
        <source>Selected callback's history</source>
        <translation>Kasaysayan ng napiling callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="84"/>
        <source>Mark &amp;answered…</source>
        <translation>Markahang &amp;nasagot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="85"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Sinabihan ang tumatawag tungkol sa &amp;pagkaantala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="86"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Ilipat sa departamento…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="87"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopyahin bilang teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="146"/>
        <source>a callback change</source>
        <translation>isang pagbabago sa callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="173"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 ipinapakita · %2 lampas na · %3 takda ngayon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="176"/>
        <source>%1 due on the next working day: tell those callers today if the answer will be late</source>
        <translation>%1 ang dapat sa susunod na araw ng trabaho: sabihan na ngayon ang mga tumatawag kung mahuhuli ang sagot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="197"/>
        <source>yes, %1 (%2)</source>
        <translation>oo, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="199"/>
        <source>not yet</source>
        <translation>hindi pa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="201"/>
        <source>Question</source>
        <translation>Tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="202"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="203"/>
        <source>Already tried</source>
        <translation>Nasubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="204"/>
        <source>Taken by</source>
        <translation>Kinuha ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="205"/>
        <source>Taken</source>
        <translation>Kinuha</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="206"/>
        <source>Due</source>
        <translation>Takdang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Select a callback.</source>
        <translation>Pumili ng callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="220"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Sandali lang: nilo-load pa ang callback.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="253"/>
        <source>Answered by</source>
        <translation>Sinagot ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="254"/>
        <source>Answered at</source>
        <translation>Sinagot noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>Callback answered</source>
        <translation>Nasagot ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="256"/>
        <source>Who</source>
        <translation>Sino</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="257"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="284"/>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Told at</source>
        <translation>Sinabihan noong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="207"/>
        <location filename="../../desk/ui/callbacks/view.py" line="285"/>
        <source>Caller told of a delay</source>
        <translation>Sinabihan ang tumatawag tungkol sa pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>How they were told</source>
        <translation>Paano sila sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>New date</source>
        <translation>Bagong petsa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="321"/>
        <source>Move callback</source>
        <translation>Ilipat ang callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="322"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="333"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Nakopya: i-paste ito sa channel ng departamento</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="27"/>
        <location filename="../../desk/ui/console/caller_history.py" line="31"/>
        <source>Caller history</source>
        <translation>Kasaysayan ng tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="38"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopyahin ang naunang tala dito (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="40"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopyahin ang mga naunang tala sa tawag na ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="100"/>
        <source>Enter the caller's number, e-mail or name to see earlier calls.</source>
        <translation>Ilagay ang numero, e-mail o pangalan ng tumatawag para makita ang mga naunang tawag.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="107"/>
        <source>No earlier calls from this caller.</source>
        <translation>Walang naunang tawag mula sa tumatawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>Open callbacks</source>
        <translation>Mga bukas na callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>due</source>
        <translation>takda</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Already tried</source>
        <translation>Nasubukan na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Earlier calls</source>
        <translation>Mga naunang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="114"/>
        <source>Last notes</source>
        <translation>Huling mga tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="145"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="146"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Started</source>
        <translation>Nagsimula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Caller</source>
        <translation>Tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="65"/>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="158"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="169"/>
        <source>Cancel the alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="161"/>
        <source>Reason for cancelling</source>
        <translation>Dahilan ng pagkansela</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="162"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>hal. kumalma na ang bisita; napindot nang hindi sinasadya</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="170"/>
        <source>Keep it</source>
        <translation>Huwag kanselahin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="174"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Bakit ito maling alarma?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="181"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Magbigay ng dahilan: ipapadala ito sa lahat ng nakatanggap ng alarma.</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>sistema ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="110"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="112"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>ibang mga console</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="114"/>
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
        <location filename="../../desk/ui/review/pages.py" line="69"/>
        <source>Call durations (minutes)</source>
        <translation>Haba ng mga tawag (minuto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="71"/>
        <source>Calls per day</source>
        <translation>Mga tawag bawat araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="73"/>
        <source>Calls per hour of the day</source>
        <translation>Mga tawag bawat oras ng araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="75"/>
        <source>Recurring topics per week</source>
        <translation>Paulit-ulit na paksa bawat linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="98"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="99"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="101"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Bilang ng tawag ayon sa haba sa minuto; may linya sa target at sa maximum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Calls by hour of the day</source>
        <translation>Mga tawag ayon sa oras ng araw</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="127"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Mga gawi ng team, linggo-linggo (bahagi ng mga tawag na may checklist)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Greeting complete</source>
        <translation>Kumpleto ang pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Clarification complete</source>
        <translation>Kumpleto ang paglilinaw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Confirmation complete</source>
        <translation>Kumpleto ang pagkumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Closing complete</source>
        <translation>Kumpleto ang pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Personal question</source>
        <translation>Personal na tanong</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Wrap-up past the target</source>
        <translation>Pagtatapos na lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="132"/>
        <source>Hello after answering (s)</source>
        <translation>Pagbati pagkasagot (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="135"/>
        <source>Team habits per week</source>
        <translation>Mga gawi ng team bawat linggo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Habits per operator</source>
        <translation>Mga gawi bawat operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="145"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Bawat operator (para sa usapang coaching, hindi para sa ranggo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="148"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Kailangan ang passphrase ng supervisor para makita ang bawat operator (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="53"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>walang nakitang config file (%1): default ang gagamitin (walang mapupuntahan ang mga alarma)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>nabasa ang %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: %1</source>
        <translation>babala: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="76"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>sangay %1, %2 departamento, %3 channel ng alarma</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="81"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>babala: walang naka-configure na channel ng alarma: walang mapupuntahan ang mga alarma</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>itinakda gamit ang --config</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>named on the command line</source>
        <translation>itinakda sa command line</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>from DESK_CONFIG</source>
        <translation>mula sa DESK_CONFIG</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>next to the program</source>
        <translation>katabi ng programa</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>machine-wide config dir</source>
        <translation>config folder ng buong makina</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>user config dir</source>
        <translation>config folder ng user</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="168"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>walang branch.toml sa alinmang karaniwang lugar</translation>
    </message>
</context>
<context>
    <name>ConfigWarning</name>
    <message>
        <location filename="../../desk/config/checker.py" line="29"/>
        <source>%1: unknown key '%2' ignored (a typo?)</source>
        <translation>%1: hindi kilalang key na '%2', nilaktawan (mali ba ang baybay?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="30"/>
        <source>%1, line %3: unknown key '%2' ignored (a typo?)</source>
        <translation>%1, linya %3: hindi kilalang key na '%2', nilaktawan (mali ba ang baybay?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="32"/>
        <source>%1: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1: hindi kilalang seksiyon o key na '%2', nilaktawan (mali ba ang baybay?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="34"/>
        <source>%1, line %3: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1, linya %3: hindi kilalang seksiyon o key na '%2', nilaktawan (mali ba ang baybay?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="37"/>
        <source>%1: %2 more unknown keys ignored</source>
        <translation>%1: %2 pang hindi kilalang key ang nilaktawan</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>sa telepono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by e-mail</source>
        <translation>sa e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by letter</source>
        <translation>sa sulat</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>by text message</source>
        <translation>sa text message</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="130"/>
        <source>in person</source>
        <translation>nang personal</translation>
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
    <name>Database</name>
    <message>
        <location filename="../../desk/commands/env.py" line="56"/>
        <source>note: the call log %1 belongs to another account, %2.</source>
        <translation>paalala: ang talaan ng mga tawag na %1 ay pag-aari ng ibang account, %2.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ nakapila</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>↗ sending</source>
        <translation>↗ ipinapadala</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="97"/>
        <source>✔ delivered</source>
        <translation>✔ naihatid</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="99"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ pumalya, susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ kinumpirma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="102"/>
        <source>– cancelled</source>
        <translation>– kinansela</translation>
    </message>
</context>
<context>
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="61"/>
        <source>Desk — %1</source>
        <translation>Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="62"/>
        <source>Desk console</source>
        <translation>Console ng Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="154"/>
        <source>Opening the call log…</source>
        <translation>Binubuksan ang talaan ng mga tawag…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="287"/>
        <source>Ready · call log: %1</source>
        <translation>Handa na · talaan ng mga tawag: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>%1 could not start: %2</source>
        <translation>Hindi nakapagsimula ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="335"/>
        <source>Desk cannot open its call log</source>
        <translation>Hindi mabuksan ng Desk ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="323"/>
        <source>the call log could not be opened: %1</source>
        <translation>hindi mabuksan ang talaan ng mga tawag: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/window.py" line="137"/>
        <source>Branch config: %n unknown setting(s) ignored — please tell IT (point here for details).</source>
        <translation>
            <numerusform>Config ng sangay: %n hindi kilalang setting ang nilaktawan — pakisabi sa IT (ituro ito para sa detalye).</numerusform>
            <numerusform>Config ng sangay: %n hindi kilalang setting ang nilaktawan — pakisabi sa IT (ituro ito para sa detalye).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="224"/>
        <source>Put the top note away</source>
        <translation>Itabi ang paalala sa itaas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="304"/>
        <source>This call log belongs to another account, %1: what is recorded here goes into their file. If that is not meant to be, ask IT (or start Desk with your own file, --db).</source>
        <translation>Ang talaan ng mga tawag na ito ay pag-aari ng ibang account, %1: ang itinatala rito ay napupunta sa kanilang file. Kung hindi ito sinadya, magtanong sa IT (o buksan ang Desk gamit ang sarili mong file, --db).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="312"/>
        <source>This call log is a copy of one from another place. From now on it records under its own identity, so head office keeps both; its older rows keep where they came from.</source>
        <translation>Kopya ang call log na ito ng log mula sa ibang lugar. Mula ngayon, nagtatala ito sa sarili nitong pagkakakilanlan, kaya parehong itatago ng head office; alam pa rin ng mas lumang mga hilera kung saan sila nanggaling.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="333"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Walang talaan ng mga tawag: hindi maitatala ang mga tawag; gumagana pa rin ang alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="338"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>Hindi binago ang file. Gumagana pa rin ang alarma sa seguridad. Buksan ang Desk gamit ang ibang file (--db) o hilingin sa IT na i-restore ang isang backup.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="350"/>
        <source>All changes are saved in the call log.</source>
        <translation>Naka-save na sa talaan ng mga tawag ang lahat ng pagbabago.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="354"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>abala ang talaan ng mga tawag (hawak ito ng ibang program)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="355"/>
        <source>the disk is full</source>
        <translation>puno na ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="356"/>
        <source>the call log is read-only</source>
        <translation>read-only ang talaan ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="357"/>
        <source>the disk reports an error</source>
        <translation>may error na iniuulat ang disk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="358"/>
        <source>changes</source>
        <translation>mga pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="359"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Hindi pa naka-save: %1 — %2; sinusubukan ulit. Walang nawala sa mga tinype mo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="364"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi na-save (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="365"/>
        <source>a change</source>
        <translation>isang pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="374"/>
        <location filename="../../desk/ui/console/window.py" line="394"/>
        <source>an interrupted call</source>
        <translation>isang naputol na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="378"/>
        <source>Unfinished call</source>
        <translation>Hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="379"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Hindi natapos ang tawag na nagsimula noong %1 (nagsara ang Desk o huminto ang computer). Ituloy ito?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="383"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Ituloy ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="385"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Isara bilang naputol</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="396"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>Isinara bilang naputol ang hindi natapos na tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="419"/>
        <source>&amp;Call</source>
        <translation>&amp;Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="430"/>
        <source>&amp;Tools</source>
        <translation>Mga T&amp;ool</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="42"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Walang notification area ang desktop na ito: kapag isinara ang Desk, hindi na lalabas sa computer na ito ang mga alarma mula sa ibang desk. Panatilihing bukas ang window (i-minimize ito).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="86"/>
        <source>Raise security &amp;alarm</source>
        <translation>Magpatunog ng &amp;alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="87"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Buksan ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="89"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: nakikinig sa mga alarma mula sa ibang desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="117"/>
        <source>Desk is still running</source>
        <translation>Tumatakbo pa ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Lalabas pa rin dito ang mga alarma mula sa ibang desk. Gamitin ang Isara sa menu ng icon na ito para tapusin ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="123"/>
        <source>Quit Desk?</source>
        <translation>Isara ang Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="124"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Pagkasara, hindi na lalabas sa computer na ito ang mga alarma mula sa ibang desk hanggang buksan muli ang Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="127"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Isara ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="129"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Panatilihing tumatakbo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="165"/>
        <source>The alarm could NOT be raised</source>
        <translation>HINDI naitaas ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="166"/>
        <source>Call the emergency number now.</source>
        <translation>Tumawag na sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="169"/>
        <source>Security alarm raised</source>
        <translation>Naitaas ang alarma sa seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="170"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Buksan ang Desk para makita kung sino na ang naabot.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="186"/>
        <source>Security alarm from another desk</source>
        <translation>Alarma sa seguridad mula sa ibang desk</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="73"/>
        <source>End call</source>
        <translation>Tapusin ang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="38"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="43"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (magtala muna ng babala)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="49"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="50"/>
        <source>What was the call about?</source>
        <translation>Tungkol saan ang tawag?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="58"/>
        <source>Root cause</source>
        <translation>Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="59"/>
        <source>What actually went wrong? (if you found it)</source>
        <translation>Ano talaga ang nagkamali? (kung nahanap mo)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="63"/>
        <source>Reason for ending</source>
        <translation>Dahilan ng pagtatapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>What was said, and the warning you gave</source>
        <translation>Ano ang sinabi, at ang babalang ibinigay mo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Dahilan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="78"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="79"/>
        <source>&amp;Topic</source>
        <translation>&amp;Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="80"/>
        <source>Root &amp;cause</source>
        <translation>&amp;Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="97"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Sabihin kung bakit tinapos ang tawag: itatala ito.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="91"/>
        <source>LAN alarms: %1</source>
        <translation>Mga alarma sa LAN: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="127"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>HINDI naipadala ang alarma (%1). Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="129"/>
        <source>alarm NOT raised: call %1</source>
        <translation>HINDI naipadala ang alarma: tumawag sa %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="162"/>
        <source>alarm cancelled</source>
        <translation>kinansela ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="165"/>
        <source>acknowledged</source>
        <translation>natanggap na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="168"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarma: naabot ang %1 sa %2 channel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="177"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Walang tumanggap sa alarma sa loob ng %1 s. Tumawag agad sa %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="240"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Natanggap ang pagsubok ng alarma mula sa %1 (walang kailangang gawin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="245"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Hindi binasa: %1 (%2). Gumagana pa rin ang mga alarma; hilingin sa IT na alisin ang file na iyon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="250"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Walang desktop notification dito: sa window na ito ipapakita ang alarma.</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>nakapila ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail being sent</source>
        <translation>ipinapadala ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail sent</source>
        <translation>naipadala ang e-mail</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>e-mail failed, retrying</source>
        <translation>pumalya ang e-mail, susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="149"/>
        <source>not by e-mail (copy as text)</source>
        <translation>hindi sa e-mail (kopyahin bilang teksto)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help.py" line="70"/>
        <location filename="../../desk/ui/help.py" line="73"/>
        <location filename="../../desk/ui/help.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga shortcut sa keyboard</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="74"/>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="75"/>
        <source>What it does</source>
        <translation>Ano ang ginagawa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="133"/>
        <location filename="../../desk/ui/help.py" line="136"/>
        <source>Quick guide</source>
        <translation>Mabilis na gabay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="175"/>
        <location filename="../../desk/ui/help.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga &amp;shortcut sa keyboard</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="180"/>
        <location filename="../../desk/ui/help.py" line="200"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Mabilis na gabay</translation>
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
        <location filename="../../desk/ui/escalation/incident_panel.py" line="29"/>
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
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Kanselahin ang alarma (maling alarma)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Cancel alarm</source>
        <translation>Kanselahin ang alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="60"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Close: security has handled it</source>
        <translation>Isara: naasikaso na ng security</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Close the incident</source>
        <translation>Isara ang insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="81"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>Hindi pa naitala ng talaan ng mga tawag ang alarmang ito (nakatabi ito sa ligtas na journal at idadagdag sa talaan kapag puwede nang magsulat). Naipadala pa rin ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>%1 (%2)</source>
        <comment>channel (kind of message)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="125"/>
        <source>%1 · %2×</source>
        <comment>delivery state · attempts</comment>
        <translation>%1 · %2×</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="140"/>
        <source>Alarm raised at %1 was cancelled by %2 at %3: %4</source>
        <translation>Ang alarma noong %1 ay kinansela ni %2 noong %3: %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="145"/>
        <source>Alarm raised at %1 was closed by %2 at %3: security has handled it</source>
        <translation>Ang alarma noong %1 ay isinara ni %2 noong %3: naasikaso na ng seguridad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="96"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>ALARMA SA SEGURIDAD noong %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Acknowledged by %1</source>
        <translation>Tinanggap ni %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No acknowledgement is awaited any more.</source>
        <translation>Wala nang hinihintay na pagkilala.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="105"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Wala pang tumatanggap sa alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="109"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Walang naka-set na channel ng alarma: walang naabot ang alarma. Tumawag agad sa emergency number.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="113"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Hinihintay na tanggapin ng security…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Acknowledged after (s)</source>
        <translation>Tinanggap pagkalipas ng (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Reason / note</source>
        <translation>Dahilan / tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Call</source>
        <translation>Tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Acknowledged by</source>
        <translation>Kinilala ni</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="182"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Mga alarma at mga tawag na tinapos dahil sa pang-aabuso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>alarm</source>
        <translation>alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>ended for abuse</source>
        <translation>tinapos dahil sa pang-aabuso</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="86"/>
        <source>Language: %1</source>
        <translation>Wika: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;View</source>
        <translation>Tin&amp;gnan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Mas malaking teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Smaller text</source>
        <translation>Mas ma&amp;liit na teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Karaniwang laki ng teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="148"/>
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
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>alarma</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>cancellation</source>
        <translation>pagkansela</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="121"/>
        <source>test</source>
        <translation>pagsubok</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="177"/>
        <source>Na&amp;rrow layout</source>
        <translation>Makiti&amp;d na layout</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="178"/>
        <source>One column, about 480 px wide, beside a softphone</source>
        <translation>Isang hanay, mga 480 px ang lapad, katabi ng softphone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="179"/>
        <source>Caller history and guidance</source>
        <translation>Kasaysayan ng tumatawag at gabay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="180"/>
        <source>Show caller history and guidance</source>
        <translation>Ipakita ang kasaysayan ng tumatawag at gabay</translation>
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
    <name>PdfExport</name>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="55"/>
        <source>Report (&amp;PDF)…</source>
        <translation>Ulat (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="57"/>
        <source>Save the report of this period as a PDF</source>
        <translation>I-save ang ulat ng panahong ito bilang PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="59"/>
        <source>E&amp;xport</source>
        <translation>I-e&amp;xport</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="60"/>
        <source>Report (PDF)…</source>
        <translation>Ulat (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="72"/>
        <source>Save the report as PDF</source>
        <translation>I-save ang ulat bilang PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="73"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="85"/>
        <location filename="../../desk/ui/review/pdf_export.py" line="116"/>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="92"/>
        <source>Preparing the report…</source>
        <translation>Inihahanda ang ulat…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="108"/>
        <source>Saved %1 (%2 bytes)</source>
        <translation>Na-save ang %1 (%2 byte)</translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="76"/>
        <source>Another call is ringing: %1</source>
        <translation>May isa pang tawag na nagri-ring: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="116"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Sinagot pagkalipas ng %1 s: pasok sa pamantayan (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="117"/>
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
    <name>PlaybookStepper</name>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="122"/>
        <source>Step %1 of %2</source>
        <translation>Hakbang %1 sa %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="137"/>
        <source>Difficult caller</source>
        <translation>Mahirap na tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="138"/>
        <source>Difficult caller playbook</source>
        <translation>Gabay para sa mahirap na tumatawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="139"/>
        <source>Playbook steps</source>
        <translation>Mga hakbang ng playbook</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="140"/>
        <source>End for abuse…</source>
        <translation>Tapusin dahil sa pang-aabuso…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="141"/>
        <source>End the call for abuse</source>
        <translation>Tapusin ang tawag dahil sa pang-aabuso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="144"/>
        <source>Next step: %1 · previous step: %2</source>
        <translation>Susunod na hakbang: %1 · nakaraang hakbang: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="146"/>
        <source>Playbook: next step</source>
        <translation>Playbook: susunod na hakbang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="147"/>
        <source>Playbook: previous step</source>
        <translation>Playbook: nakaraang hakbang</translation>
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
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="270"/>
        <source>no calls yet (in this period)</source>
        <translation>wala pang tawag (sa panahong ito)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="272"/>
        <source>calls</source>
        <translation>tawag</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="273"/>
        <source>within target / maximum</source>
        <translation>pasok sa target / maximum</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="275"/>
        <source>median / 90th percentile</source>
        <translation>median / ika-90 na percentile</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="276"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="279"/>
        <source>answered by the ring</source>
        <extracomment>share of calls picked up by the ring the norm asks for</extracomment>
        <translation>sinagot bago ang ring</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="280"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (sa %2 tawag na may oras ng ring)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="282"/>
        <source>greeting complete</source>
        <translation>buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="283"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (sa %2 tawag na may checklist)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="285"/>
        <source>wrap-up past the target</source>
        <translation>pagtatapos na lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="287"/>
        <source>callbacks open / overdue</source>
        <translation>mga callback na bukas / lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="289"/>
        <source>late callbacks, told</source>
        <translation>mga nahuling callback, sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="290"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, %2 ang sinabihan ng pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="293"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>mga insidente</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="294"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (median na %2 s bago kinumpirma)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="297"/>
        <source>most skipped items</source>
        <translation>mga item na pinakamadalas laktawan</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="303"/>
        <source>top topics:</source>
        <translation>mga pangunahing paksa:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="307"/>
        <source>skipped: %1 calls and %2 alarms whose values cannot be read</source>
        <extracomment>rows of a merged or synced log whose values cannot be read (left out of the figures)</extracomment>
        <translation>nilaktawan: %1 tawag at %2 alarma na hindi mabasa ang mga halaga</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="324"/>
        <source>callbacks on time: %1 (of %2 due), median / 90th percentile %3 days to answer</source>
        <translation>mga callback sa tamang oras: %1 (sa %2 na dapat nang sagutin), median / ika-90 na percentile %3 araw bago masagot</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="329"/>
        <source>repeat contacts within 7 days: %1 (of %2 calls with a known caller)</source>
        <translation>muling pagtawag sa loob ng 7 araw: %1 (sa %2 tawag na kilala ang tumawag)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="335"/>
        <source>top root causes:</source>
        <translation>mga pangunahing ugat na sanhi:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="339"/>
        <source>change against %1 – %2 (UTC):</source>
        <translation>pagbabago kumpara sa %1 – %2 (UTC):</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="372"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 tawag  pasok sa target %3  pagbati %4  personal na tanong %5  pagtatapos %6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desk/ui/report_pdf/formats.py" line="42"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="44"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="81"/>
        <source>Weekly report</source>
        <translation>Lingguhang ulat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="87"/>
        <source>Change against %1</source>
        <translation>Pagbabago kumpara sa %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="97"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Calls</source>
        <translation>Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="98"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="100"/>
        <source>Within %1 min</source>
        <translation>Sa loob ng %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="99"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="101"/>
        <source>of %1 calls</source>
        <translation>sa %1 tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="102"/>
        <source>Median duration</source>
        <translation>Median na tagal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="104"/>
        <source>90th percentile duration</source>
        <translation>Ika-90 percentile ng tagal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="106"/>
        <source>Answered by ring %1</source>
        <translation>Sinagot bago ang ika-%1 ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="108"/>
        <source>of %1 calls with ring times</source>
        <translation>sa %1 tawag na may oras ng ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="109"/>
        <source>Full greeting</source>
        <translation>Buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="110"/>
        <source>of %1 calls with a checklist</source>
        <translation>sa %1 tawag na may checklist</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="111"/>
        <source>Callbacks answered on time</source>
        <translation>Mga callback na nasagot sa oras</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="112"/>
        <source>of %1 callbacks due</source>
        <translation>sa %1 callback na dapat na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="113"/>
        <source>Late callers told of the delay</source>
        <translation>Mga nahuling tumawag na sinabihan ng pagkaantala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="114"/>
        <source>of %1 late callbacks</source>
        <translation>sa %1 nahuling callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="115"/>
        <source>Repeat contacts within 7 days</source>
        <translation>Umulit na contact sa loob ng 7 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="116"/>
        <source>of %1 calls with a known caller</source>
        <translation>sa %1 tawag na kilala ang tumawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="117"/>
        <source>Callbacks open</source>
        <translation>Bukas na callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="118"/>
        <source>Callbacks overdue</source>
        <translation>Lampas na callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="120"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="226"/>
        <source>Alarms</source>
        <translation>Mga alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="143"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>Figure</source>
        <translation>Sukatan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>This period</source>
        <translation>Panahong ito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Previous</source>
        <translation>Nakaraan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="150"/>
        <source>Call durations</source>
        <translation>Tagal ng mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="155"/>
        <source>target %1 min</source>
        <translation>target %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="156"/>
        <source>maximum %1 min</source>
        <translation>pinakamataas %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="157"/>
        <source>minutes (the last bar: 30 or more)</source>
        <translation>minuto (huling bar: 30 o higit pa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="162"/>
        <source>The period day by day</source>
        <translation>Ang panahon araw-araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="166"/>
        <source>calls</source>
        <translation>mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="167"/>
        <source>within target</source>
        <translation>pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="168"/>
        <source>answered by the ring</source>
        <translation>sinagot bago ang ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="169"/>
        <source>Calls per day (bars) and shares (lines, 0–100 %)</source>
        <translation>Mga tawag bawat araw (bar) at bahagdan (linya, 0–100 %)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="174"/>
        <source>Callbacks on time</source>
        <translation>Mga callback sa oras</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="175"/>
        <source>%1 callbacks; %2 answered by the first promised date (of %3 due); days to answer: median %4, 90th percentile %5; late callers told: %6</source>
        <translation>%1 callback; %2 nasagot bago ang unang ipinangakong petsa (sa %3 na dapat na); mga araw bago sagutin: median %4, ika-90 percentile %5; sinabihan ang mga nahuli: %6</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Week of</source>
        <translation>Linggo ng</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Callbacks</source>
        <translation>Mga callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>On time</source>
        <translation>Sa oras</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>Median days</source>
        <translation>Median na araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>90th pct. days</source>
        <translation>Ika-90 pct. araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>Late, told</source>
        <translation>Nahuli, sinabihan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="194"/>
        <source>Most often skipped</source>
        <translation>Pinakamadalas laktawan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="196"/>
        <source>Nothing skipped.</source>
        <translation>Walang nilaktawan.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Checklist item</source>
        <translation>Item sa checklist</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Times skipped</source>
        <translation>Ilang beses nilaktawan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="203"/>
        <source>Root causes</source>
        <translation>Mga ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <source>Root cause</source>
        <translation>Ugat na sanhi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <source>Its root causes</source>
        <translation>Mga ugat na sanhi nito</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="212"/>
        <source>No root cause recorded on these calls.</source>
        <translation>Walang naitalang ugat na sanhi sa mga tawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="214"/>
        <source>Repeat topics</source>
        <translation>Mga umuulit na paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="215"/>
        <source>The same number or e-mail about the same topic within 7 days: %1 of %2 calls</source>
        <translation>Parehong numero o e-mail tungkol sa parehong paksa sa loob ng 7 araw: %1 sa %2 tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Repeats</source>
        <translation>Mga ulit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Share</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="228"/>
        <source>No alarm in this period.</source>
        <translation>Walang alarma sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="232"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="233"/>
        <source>not acknowledged</source>
        <translation>hindi kinilala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="235"/>
        <source>cancelled %1</source>
        <translation>kinansela %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Raised (local time)</source>
        <translation>Itinaas (lokal na oras)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Who, where</source>
        <translation>Sino, saan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="241"/>
        <source>Acknowledged after</source>
        <translation>Kinilala pagkalipas ng</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="242"/>
        <source>Channels</source>
        <translation>Mga channel</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="19"/>
        <source>&amp;Review…</source>
        <translation>&amp;Pagsusuri…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="21"/>
        <source>Supervisor review of the call log</source>
        <translation>Pagsusuri ng supervisor sa talaan ng mga tawag</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="31"/>
        <source>This call is no longer in the log.</source>
        <translation>Wala na sa talaan ang tawag na ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="33"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 min  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="36"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>Operator: %1 @ %2  Tumatawag: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Answered: %1</source>
        <translation>Sinagot: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="43"/>
        <source>Notes: %1</source>
        <translation>Mga tala: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="45"/>
        <source>Ended because: %1</source>
        <translation>Tinapos dahil: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="48"/>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="53"/>
        <source>  %1  %2  %3 / %4</source>
        <extracomment>time, what happened (ticked, skipped…), stage, checklist item</extracomment>
        <translation>  %1  %2  %3 / %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="54"/>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="61"/>
        <source>answered %1 (%2)</source>
        <translation>sinagot %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="64"/>
        <source>open</source>
        <translation>bukas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="65"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>Callback #%1 → %2: takda %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="70"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  sinabihan ng pagkaantala %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="78"/>
        <source>acknowledged %1 by %2</source>
        <translation>kinumpirma %1 ni %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>never acknowledged</source>
        <translation>hindi kailanman tinanggap</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>Alarma #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="85"/>
        <source>  cancelled: %1</source>
        <translation>  kinansela: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="88"/>
        <source>  %1: %2 (%3×) %4</source>
        <translation>  %1: %2 (%3×) %4</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="39"/>
        <source>No calls yet</source>
        <translation>Wala pang tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="40"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>walang laman sa panahon at filter na ito; lalabas dito ang mga tawag pagkatapos ng mga ito.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="49"/>
        <source>calls</source>
        <translation>tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="51"/>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>within %1 min</source>
        <translation>hanggang %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="55"/>
        <source>median / 90th percentile</source>
        <translation>median / ika-90 na percentile</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>answered by ring %1</source>
        <translation>sinagot sa loob ng %1 ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>full greeting</source>
        <translation>buong pagbati</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="61"/>
        <source>callbacks open / overdue</source>
        <translation>mga callback na bukas / lampas na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="63"/>
        <source>late callbacks (caller told)</source>
        <translation>mga naantalang callback (nasabihan ang tumatawag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="66"/>
        <source>alarms · median to acknowledge</source>
        <translation>mga alarma · median bago tanggapin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="75"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>Pinakamadalas laktawan: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="55"/>
        <location filename="../../desk/ui/review/compare_band.py" line="56"/>
        <source>of %1 calls</source>
        <translation>sa %1 tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="58"/>
        <source>of %1 calls with ring times</source>
        <translation>sa %1 tawag na may oras ng ring</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="60"/>
        <source>of %1 calls with a checklist</source>
        <translation>sa %1 tawag na may checklist</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="62"/>
        <source>of %1 late callbacks</source>
        <translation>sa %1 nahuling callback</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="64"/>
        <source>of %1 callbacks due</source>
        <translation>sa %1 callback na dapat na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>better</source>
        <translation>mas mabuti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>worse</source>
        <translation>mas masama</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="134"/>
        <source>%1 d</source>
        <translation>%1 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="137"/>
        <source>callbacks on time · median days to answer</source>
        <translation>mga callback sa tamang oras · median na araw bago sagutin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="145"/>
        <source>Rows skipped as unreadable: %1</source>
        <translation>Mga hilerang nilaktawan dahil hindi mabasa: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="148"/>
        <source>no calls in the previous period to compare</source>
        <translation>walang tawag sa nakaraang panahon na maihahambing</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="82"/>
        <source>Review — %1</source>
        <translation>Pagsusuri — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="93"/>
        <source>Summary of the calls shown</source>
        <translation>Buod ng mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="105"/>
        <source>&amp;Calls</source>
        <translation>&amp;Mga tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="107"/>
        <source>C&amp;harts</source>
        <translation>Mga &amp;chart</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="108"/>
        <source>Coac&amp;hing</source>
        <translation>Pag-&amp;gabay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="109"/>
        <source>&amp;Incidents</source>
        <translation>Mga &amp;insidente</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Bra&amp;nches</source>
        <translation>Mga sa&amp;ngay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>From day</source>
        <translation>Mula sa araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="136"/>
        <source>To day</source>
        <translation>Hanggang araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="139"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 365 days</source>
        <translation>Huling 365 araw</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Everything</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Branch</source>
        <translation>Sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>All branches</source>
        <translation>Lahat ng sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Any operator</source>
        <translation>Kahit sinong operator</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="153"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>Any workstation</source>
        <translation>Kahit anong workstation</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Outcome</source>
        <translation>Kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Any outcome</source>
        <translation>Kahit anong kinalabasan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Topic</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Any topic</source>
        <translation>Kahit anong paksa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Duration</source>
        <translation>Haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Any duration</source>
        <translation>Kahit anong haba</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="158"/>
        <source>Within the target</source>
        <translation>Pasok sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="159"/>
        <source>Over the target</source>
        <translation>Lampas sa target</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="160"/>
        <source>Over the maximum</source>
        <translation>Lampas sa maximum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>With call&amp;back</source>
        <translation>May call&amp;back</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="164"/>
        <source>With &amp;alarm</source>
        <translation>May &amp;alarma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>Search topics and notes…</source>
        <translation>Maghanap sa mga paksa at tala…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="172"/>
        <source>Search topics and notes</source>
        <translation>Maghanap sa mga paksa at tala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>I-&amp;export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="177"/>
        <location filename="../../desk/ui/review/window.py" line="434"/>
        <source>Export the calls shown</source>
        <translation>I-export ang mga tawag na nakalabas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="233"/>
        <source>Calls, newest first</source>
        <translation>Mga tawag, pinakabago muna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="244"/>
        <source>The selected call, step by step</source>
        <translation>Ang napiling tawag, hakbang-hakbang</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="246"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Pumili ng tawag para makita ang checklist, callback at alarma nito, hakbang-hakbang.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1 min or longer</source>
        <translation>%1 min o higit pa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="435"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para sa spreadsheet (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="445"/>
        <source>Exporting…</source>
        <translation>Ine-export…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="461"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Galing sa lumang Desk ang talaang ito: binabasa ng paghahanap ang bawat tala (mas mabagal kapag malaki ang talaan).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="475"/>
        <source>Could not read the log: %1</source>
        <translation>Hindi mabasa ang talaan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="482"/>
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
        <source>Root cau&amp;se</source>
        <translation>Ugat na &amp;sanhi</translation>
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
        <location filename="../../desk/ui/console/shift_check.py" line="116"/>
        <source>Start of shift</source>
        <translation>Simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="117"/>
        <source>Start of shift checklist</source>
        <translation>Checklist sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="118"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Bago ang unang tawag: handa na ba ang mesa? Lagyan ng tsek ang tapos na (Space), saka Handa na.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="120"/>
        <source>&amp;Ready</source>
        <translation>&amp;Handa na</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="121"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Handa na: itala ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="122"/>
        <source>Not &amp;yet</source>
        <translation>Hin&amp;di pa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="123"/>
        <source>Not yet: ask again when Desk opens</source>
        <translation>Hindi pa: magtanong muli kapag binuksan ang Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="141"/>
        <source>Alarm: reading its last test from the log…</source>
        <translation>Alarma: binabasa pa mula sa log ang huling pagsubok nito…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="146"/>
        <source>Alarm: never tested from this console. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Alarma: hindi pa kailanman nasubukan mula sa console na ito. Subukan ngayon: Mga Tool ▸ Subukan ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="149"/>
        <source>Alarm: last proved working %1 (from the log).</source>
        <translation>Alarma: huling napatunayang gumagana noong %1 (mula sa log).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
        <source>Alarm: last proved working %1, more than %2 days ago. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Alarma: huling napatunayang gumagana noong %1, higit %2 araw na ang nakalipas. Subukan ngayon: Mga Tool ▸ Subukan ang alarma.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="195"/>
        <source>the start-of-shift check</source>
        <translation>ang pagsusuri sa simula ng shift</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="196"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Naitala ang simula ng shift. Magandang shift sa iyo!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="46"/>
        <location filename="../../desk/ui/console/checklist.py" line="183"/>
        <source>Call stages</source>
        <translation>Mga yugto ng tawag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="53"/>
        <location filename="../../desk/ui/console/checklist.py" line="184"/>
        <source>Stage checklist</source>
        <translation>Checklist ng yugto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="54"/>
        <location filename="../../desk/ui/console/checklist.py" line="185"/>
        <source>Space ticks the selected item</source>
        <translation>Tsetsekan ng Space ang napiling item</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="186"/>
        <source>Suggested phrases</source>
        <translation>Mga mungkahing pahayag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="68"/>
        <location filename="../../desk/ui/console/checklist.py" line="187"/>
        <source>Reminder</source>
        <translation>Paalala</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="117"/>
        <source>ticked by the console</source>
        <translation>minarkahan ng console</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="119"/>
        <source>Ticked by the console from what you did; Space unticks it</source>
        <translation>Minarkahan ng console batay sa ginawa mo; tinatanggal ito ng Space</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="133"/>
        <source>late: answered on ring %1</source>
        <translation>huli: sinagot sa ring bilang %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="144"/>
        <source>%1 of %2 done</source>
        <translation>%1 sa %2 tapos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="200"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Iwasang pagkakamali sa serbisyo — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="210"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(lalabas ang pahayag kapag alam na ang mga detalye, hal. kapag nakakuha na ng callback)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="213"/>
        <source>(no phrase: just do it)</source>
        <translation>(walang pahayag: gawin lang)</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="31"/>
        <source>Desk: branch config</source>
        <translation>Desk: config ng sangay</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="32"/>
        <source>Desk cannot start: the branch config has a mistake that IT must fix. Please tell them what it says:

%1</source>
        <translation>Hindi makapagsimula ang Desk: may mali sa config ng sangay na kailangang ayusin ng IT. Pakisabi sa kanila ang nakasulat:

%1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="35"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="36"/>
        <source>Desk cannot start with these options:

%1</source>
        <translation>Hindi makapagsimula ang Desk sa mga opsiyong ito:

%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="33"/>
        <source>Head office sync</source>
        <translation>Sync sa head office</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="56"/>
        <source>never</source>
        <translation>hindi pa kailanman</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="57"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Head office: %1 naghihintay · huling naipadala %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="63"/>
        <source>retrying</source>
        <translation>sinusubukang muli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="62"/>
        <source>refused: this log belongs to another branch</source>
        <translation>tinanggihan: ang log na ito ay pag-aari ng ibang sangay</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Monday</source>
        <extracomment>Weekdays, Monday first, for dates written out in text (e-mail, clipboard).</extracomment>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Wednesday</source>
        <translation>Miyerkoles</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Thursday</source>
        <translation>Huwebes</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Friday</source>
        <translation>Biyernes</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Saturday</source>
        <translation>Sabado</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="192"/>
        <source>Sunday</source>
        <translation>Linggo</translation>
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
</TS>
