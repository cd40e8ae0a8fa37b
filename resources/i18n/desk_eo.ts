<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="23"/>
        <source>no config file found: defaults</source>
        <translation>neniu agorda dosiero trovita: defaŭltoj</translation>
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
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Branch config</source>
        <translation>Agordo de la filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Call log</source>
        <translation>Vokoprotokolo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="43"/>
        <source>Log files</source>
        <translation>Protokoldosieroj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="50"/>
        <source>About Desk</source>
        <translation>Pri Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="60"/>
        <location filename="../../desk/ui/help.py" line="174"/>
        <location filename="../../desk/ui/help.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="61"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Pri Desk</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="73"/>
        <source>Record &amp;warning given</source>
        <translation>Registri donitan &amp;averton</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record that the caller was warned</source>
        <translation>Registri, ke la vokanto estis avertita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="79"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Ankoraŭ neniu averto: voko povas esti finita pro insultado nur post averto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="81"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>Averto registrita je %1: nun eblas fini la vokon pro insultado (Fini vokon, kun la kialo).</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/actions.py" line="15"/>
        <source>Start call</source>
        <translation>Komenci vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="16"/>
        <source>Start counter visit</source>
        <translation>Komenci viziton ĉe la giĉeto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="17"/>
        <source>Next stage</source>
        <translation>Sekva etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="18"/>
        <source>Previous stage</source>
        <translation>Antaŭa etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="20"/>
        <source>Complete this stage</source>
        <translation>Kompletigi ĉi tiun etapon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="21"/>
        <source>End call</source>
        <translation>Fini vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="22"/>
        <source>Greeting stage</source>
        <translation>Saluta etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="23"/>
        <source>Clarification stage</source>
        <translation>Klariga etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="24"/>
        <source>Confirmation stage</source>
        <translation>Konfirma etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="25"/>
        <source>Closing stage</source>
        <translation>Ferma etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="26"/>
        <source>Caller is upset</source>
        <translation>La vokanto estas ĉagrenita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="27"/>
        <source>Go to notes</source>
        <translation>Iri al notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="28"/>
        <source>Quit</source>
        <translation>Eliri</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="29"/>
        <source>Transfer failed: take callback</source>
        <translation>Konekto malsukcesis: notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="30"/>
        <source>Callbacks…</source>
        <translation>Revokoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="31"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="33"/>
        <source>Security alarm</source>
        <translation>Sekureca alarmo</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="33"/>
        <source>Test the alarm</source>
        <translation>Testi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="39"/>
        <source>Last alarm test</source>
        <translation>Lasta alarmtesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="50"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Alarmtesto sendita per ĉiu kanalo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Alarmtesto: neniu kanalo estas agordita — alarmoj iras nenien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="67"/>
        <source>Alarm test: %1</source>
        <translation>Alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="74"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Neniu alarmkanalo: alarmoj iras nenien</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="77"/>
        <source>Last alarm test: not read from the call log yet</source>
        <translation>Lasta alarmtesto: ankoraŭ ne legita el la vokoprotokolo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>Alarm never tested</source>
        <translation>Alarmo neniam testita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="84"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>La alarmo neniam estis testita de ĉi tiu konzolo: Iloj ▸ Testi la alarmon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>La lasta sukcesa alarmtesto estis antaŭ %1 tagoj: testu ĝin denove (Iloj ▸ Testi la alarmon).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="94"/>
        <source>Last successful alarm test: %1</source>
        <translation>Lasta sukcesa alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="101"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Neniu alarmkanalo estas agordita: la sekureca butono atingas NENIUN. Petu la IT-fakon aldoni [[security.channels]] al la agordo de la filio. En kriz-okazo voku %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="127"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>Alarmoj NE alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="129"/>
        <source>They will arrive on: %1.</source>
        <translation>Ili alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="133"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Alarmoj alvenos per: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="214"/>
        <source>Start Desk at &amp;login</source>
        <translation>Lanĉi Desk ĉe &amp;ensaluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="232"/>
        <source>Could not change starting at login: %1</source>
        <translation>Ne eblis ŝanĝi la lanĉon ĉe ensaluto: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="27"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="28"/>
        <source>Warning</source>
        <translation>Averto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="29"/>
        <source>Alert</source>
        <translation>Alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="74"/>
        <source>Put this note away (Esc)</source>
        <translation>Flankenmeti ĉi tiun noton (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="75"/>
        <source>Put this note away</source>
        <translation>Flankenmeti ĉi tiun noton</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="188"/>
        <source>+%1 more notices</source>
        <translation>+%1 pliaj avizoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="189"/>
        <source>+1 more notice</source>
        <translation>+1 plia avizo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="192"/>
        <source>Show fewer notices</source>
        <translation>Montri malpli da avizoj</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Branch</source>
        <translation>Filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Within the maximum</source>
        <translation>Ene de la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Answered by the ring</source>
        <translation>Respondita ĝis la sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Callbacks on time</source>
        <translation>Revokoj ĝustatempe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Alarms</source>
        <translation>Alarmoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Last sync</source>
        <translation>Lasta sinkronigo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="38"/>
        <source>Branches side by side</source>
        <translation>Filioj flank-al-flanke</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="154"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="156"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>giĉeto</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
        <location filename="../../desk/ui/console/call_panel.py" line="46"/>
        <source>Start call (F2)</source>
        <translation>Komenci vokon (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="48"/>
        <source>Start call</source>
        <translation>Komenci vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="50"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Vizito ĉe la giĉeto (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="52"/>
        <source>Start counter visit</source>
        <translation>Komenci viziton ĉe la giĉeto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="54"/>
        <source>End call (F4)</source>
        <translation>Fini vokon (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="56"/>
        <source>End call</source>
        <translation>Fini vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="66"/>
        <source>Caller's phone number</source>
        <translation>Telefonnumero de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="67"/>
        <source>Caller's number</source>
        <translation>Numero de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="76"/>
        <location filename="../../desk/ui/console/call_panel.py" line="77"/>
        <source>Caller's name</source>
        <translation>Nomo de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="81"/>
        <location filename="../../desk/ui/console/call_panel.py" line="82"/>
        <source>Caller's e-mail</source>
        <translation>Retpoŝto de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="89"/>
        <source>Caller is &amp;upset</source>
        <translation>La vokanto estas ĉa&amp;grenita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>Caller is upset</source>
        <translation>La vokanto estas ĉagrenita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="101"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="102"/>
        <source>N&amp;ame</source>
        <translation>N&amp;omo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="103"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="117"/>
        <source>Next stage (F3)</source>
        <translation>Sekva etapo (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Next stage</source>
        <translation>Sekva etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="124"/>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>What the caller already tried</source>
        <translation>Kion la vokanto jam provis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="129"/>
        <source>The caller's request</source>
        <translation>La peto de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>Enter: you read the request back to the caller and they agreed</source>
        <translation>Enter: vi ripetis la peton al la vokanto kaj ri konsentis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="132"/>
        <source>What the caller would like (Enter once read back)</source>
        <translation>Kion la vokanto deziras (Enter post ripetado)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="137"/>
        <source>Call notes</source>
        <translation>Notoj pri la voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="138"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Notoj (radika kaŭzo, kion oni interkonsentis)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Deziro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Already tr&amp;ied</source>
        <translation>&amp;Jam provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="153"/>
        <source>N&amp;otes</source>
        <translation>No&amp;toj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="482"/>
        <source>Call %1 from this caller in 30 days: thank them for their patience.</source>
        <translation>Voko n-ro %1 de ĉi tiu vokanto en 30 tagoj: danku pro la pacienco.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="533"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>La voko finiĝis; ĝi estas konservata en la vokoprotokolo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="534"/>
        <source>Call saved in the call log.</source>
        <translation>La voko estas konservita en la vokoprotokolo.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="26"/>
        <source>Call timer</source>
        <translation>Vokotempilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="31"/>
        <source>no call</source>
        <translation>neniu voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>within norm</source>
        <translation>ene de la normo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
        <source>time to wrap up</source>
        <translation>tempo por fini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="38"/>
        <source>over %n min</source>
        <translation>
            <numerusform>pli ol %n min</numerusform>
            <numerusform>pli ol %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="45"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Transfer failed: take a callback</source>
        <translation>Konekto malsukcesis: notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Call back by phone</source>
        <translation>Revoki telefone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>Answer by e-mail</source>
        <translation>Respondi retpoŝte</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="60"/>
        <source>How the caller wants the answer</source>
        <translation>Kiel la vokanto volas la respondon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="63"/>
        <source>What the caller already tried</source>
        <translation>Kion la vokanto jam provis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>Full &amp;name</source>
        <translation>Plena &amp;nomo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Question</source>
        <translation>&amp;Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>&amp;Department</source>
        <translation>&amp;Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's full name</source>
        <translation>Plena nomo de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Caller's question</source>
        <translation>Demando de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Phone number</source>
        <translation>Telefonnumero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>E-mail address</source>
        <translation>Retpoŝtadreso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="75"/>
        <source>Department that will answer</source>
        <translation>Fako, kiu respondos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>Respondmaniero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="96"/>
        <source>Already &amp;tried</source>
        <translation>Jam &amp;provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="104"/>
        <source>Save and forward</source>
        <translation>Konservi kaj plusendi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="145"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Restarigita, kion vi tajpis antaŭ ol Desk fermiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Discard callback?</source>
        <translation>Forĵeti la revokon?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="172"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Ĉu forĵeti ĉi tiun revokon kaj ĉion, kion vi tajpis en ĝi?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="199"/>
        <source>Saving the callback…</source>
        <translation>Konservante la revokon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>Callback not saved</source>
        <translation>Revoko ne konservita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="214"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>La revoko ne povis esti konservita: %1. Ĉio, kion vi tajpis, restas kiel malneto.</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="135"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>akceptita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>movita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="138"/>
        <source>answered</source>
        <translation>respondita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="140"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>plusendita</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="34"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>Limdato: %1   Plusendo: %2</translation>
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
        <translation>%1  la vokanto sciiĝis pri prokrasto %2: nova dato %3 (antaŭe %4)</translation>
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
        <translation>%1  respondis %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CallbackState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="86"/>
        <source>⚠ overdue</source>
        <translation>⚠ malfrua</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="87"/>
        <source>● due today</source>
        <translation>● limdato hodiaŭ</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="88"/>
        <source>◐ due next working day</source>
        <translation>◐ limdato en la sekva labortago</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>○ open</source>
        <translation>○ malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="90"/>
        <source>✔ answered</source>
        <translation>✔ respondita</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="175"/>
        <source>Callback request #%1 for %2</source>
        <extracomment>The callback as text: the department's e-mail and the clipboard ("Copy as text"). %1, %2 are filled after translating.</extracomment>
        <translation>Revoka peto #%1 por %2</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="176"/>
        <source>Callback for %1: %2 — answer by %3</source>
        <translation>Revoko por %1: %2 — respondu ĝis %3</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="177"/>
        <source>Caller: %1</source>
        <translation>Vokanto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="178"/>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="179"/>
        <source>E-mail: %1</source>
        <translation>Retpoŝto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="180"/>
        <source>Prefers: %1</source>
        <translation>Preferas: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="182"/>
        <source>Promised answer by: %1 (taken %2 by %3)</source>
        <extracomment>%1 the weekday and date of the promise, %2 when it was taken, %3 who took it</extracomment>
        <translation>Respondo promesita ĝis: %1 (notita %2 de %3)</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="183"/>
        <source>Question:</source>
        <translation>Demando:</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="184"/>
        <source>Already tried (don't ask them to do it again):</source>
        <translation>Jam provita (ne petu fari ĝin denove):</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Konekto malsukcesis: revoko (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="45"/>
        <source>Transfer failed, take a callback</source>
        <translation>Konekto malsukcesis, notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Revokoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="104"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Revoko, kiun vi tajpis, estas konservita: premu F6 por fini ĝin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="158"/>
        <source>the callback</source>
        <translation>la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="166"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="191"/>
        <source>the callback draft</source>
        <translation>la malneto de la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Diru al la vokanto: %1 respondos al vi ĝis %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>%1 ne havas retpoŝton ĉi tie: la revoko estas kopiita kiel teksto, algluu ĝin al ili.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="233"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Revokoj: %1 malfruaj, %2 limdataj hodiaŭ (F7 por vidi ilin).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="249"/>
        <source>Desk callbacks</source>
        <translation>Revokoj de Desk</translation>
    </message>
</context>
<context>
    <name>CallbacksCommand</name>
    <message>
        <location filename="../../desk/commands/callbacks.py" line="74"/>
        <source>no callbacks</source>
        <translation>neniu revoko</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Due</source>
        <translation>Limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>E-mail</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Question</source>
        <translation>Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Forwarding</source>
        <translation>Plusendo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Taken by</source>
        <translation>Prenita de</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Caller told</source>
        <translation>Vokanto informita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="125"/>
        <source>1 day late</source>
        <translation>1 tagon malfrua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="126"/>
        <source>%1 days late</source>
        <translation>%1 tagojn malfrua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="144"/>
        <source>not yet</source>
        <translation>ankoraŭ ne</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="147"/>
        <source>✔ told %1</source>
        <translation>✔ informita %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="149"/>
        <source>not forwarded (copy as text)</source>
        <translation>ne plusendita (kopiu kiel tekston)</translation>
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
        <translation>Revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Serĉi nomon, numeron, retpoŝton, demandon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Search callbacks</source>
        <translation>Serĉi revokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="59"/>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Overdue only</source>
        <translation>Nur malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="62"/>
        <source>Show &amp;answered</source>
        <translation>Montri &amp;responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Show answered</source>
        <translation>Montri responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Callbacks by due date</source>
        <translation>Revokoj laŭ limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="75"/>
        <source>Selected callback's history</source>
        <translation>Historio de la elektita revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="84"/>
        <source>Mark &amp;answered…</source>
        <translation>Marki &amp;respondita…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="85"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Vokanto informita pri &amp;prokrasto…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="86"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Movi al fako…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="87"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopii kiel tekston</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="146"/>
        <source>a callback change</source>
        <translation>ŝanĝo de revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="173"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 montrataj · %2 malfruaj · %3 limdataj hodiaŭ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="176"/>
        <source>%1 due on the next working day: tell those callers today if the answer will be late</source>
        <translation>%1 kun limdato en la sekva labortago: informu tiujn vokantojn hodiaŭ, se la respondo malfruos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="197"/>
        <source>yes, %1 (%2)</source>
        <translation>jes, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="199"/>
        <source>not yet</source>
        <translation>ankoraŭ ne</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="201"/>
        <source>Question</source>
        <translation>Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="202"/>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="203"/>
        <source>Already tried</source>
        <translation>Jam provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="204"/>
        <source>Taken by</source>
        <translation>Prenita de</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="205"/>
        <source>Taken</source>
        <translation>Prenita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="206"/>
        <source>Due</source>
        <translation>Limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Select a callback.</source>
        <translation>Elektu revokon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="220"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Momenton: la revoko ankoraŭ ŝargiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="253"/>
        <source>Answered by</source>
        <translation>Respondis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="254"/>
        <source>Answered at</source>
        <translation>Respondita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>Callback answered</source>
        <translation>Revoko respondita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>How</source>
        <translation>Kiel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="256"/>
        <source>Who</source>
        <translation>Kiu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="257"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="284"/>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Told at</source>
        <translation>Informita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="207"/>
        <location filename="../../desk/ui/callbacks/view.py" line="285"/>
        <source>Caller told of a delay</source>
        <translation>Vokanto informita pri prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>How they were told</source>
        <translation>Kiel ili estis informitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>New date</source>
        <translation>Nova dato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="321"/>
        <source>Move callback</source>
        <translation>Movi revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="322"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="333"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Kopiita: algluu ĝin en la kanalon de la fako</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="27"/>
        <location filename="../../desk/ui/console/caller_history.py" line="31"/>
        <source>Caller history</source>
        <translation>Historio de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="38"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="40"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="100"/>
        <source>Enter the caller's number, e-mail or name to see earlier calls.</source>
        <translation>Enigu la numeron, retpoŝtadreson aŭ nomon de la vokanto por vidi antaŭajn vokojn.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="107"/>
        <source>No earlier calls from this caller.</source>
        <translation>Neniuj pli fruaj vokoj de ĉi tiu vokanto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>Open callbacks</source>
        <translation>Malfermitaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>due</source>
        <translation>limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Already tried</source>
        <translation>Jam provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Earlier calls</source>
        <translation>Pli fruaj vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="114"/>
        <source>Last notes</source>
        <translation>Lastaj notoj</translation>
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
        <translation>Komenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Channel</source>
        <translation>Kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="65"/>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="158"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="169"/>
        <source>Cancel the alarm</source>
        <translation>Nuligi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="161"/>
        <source>Reason for cancelling</source>
        <translation>Kialo de la nuligo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="162"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>ekz. la vizitanto trankviliĝis; premita erare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="170"/>
        <source>Keep it</source>
        <translation>Ne nuligi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="174"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Kial tio estas falsa alarmo?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="181"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Donu kialon: ĝi iras al ĉiuj, kiuj ricevis la alarmon.</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>alarmsistemo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="110"/>
        <source>email</source>
        <translation>retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="112"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>aliaj konzoloj</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="114"/>
        <source>desktop</source>
        <extracomment>A notification on this computer's screen.</extracomment>
        <translation>ĉi tiu ekrano</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desk/ui/review/charts.py" line="61"/>
        <source>no calls yet</source>
        <translation>ankoraŭ neniuj vokoj</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="69"/>
        <source>Call durations (minutes)</source>
        <translation>Daŭroj de la vokoj (minutoj)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="71"/>
        <source>Calls per day</source>
        <translation>Vokoj po tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="73"/>
        <source>Calls per hour of the day</source>
        <translation>Vokoj po horo de la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="75"/>
        <source>Recurring topics per week</source>
        <translation>Ripetiĝantaj temoj po semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="98"/>
        <source>target</source>
        <translation>celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="99"/>
        <source>maximum</source>
        <translation>maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="101"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Vokoj laŭ daŭro en minutoj; linioj ĉe la celo kaj ĉe la maksimumo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n tago</numerusform>
            <numerusform>%n tagoj</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Calls by hour of the day</source>
        <translation>Vokoj laŭ horo de la tago</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="127"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Kutimoj de la teamo, semajnon post semajno (parto de la vokoj kun kontrollisto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Greeting complete</source>
        <translation>Saluto kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Clarification complete</source>
        <translation>Klarigo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Confirmation complete</source>
        <translation>Konfirmo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Closing complete</source>
        <translation>Fermo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Personal question</source>
        <translation>Persona demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Wrap-up past the target</source>
        <translation>Fermado post la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="132"/>
        <source>Hello after answering (s)</source>
        <translation>Saluto post la respondo (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <source>Week</source>
        <translation>Semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="135"/>
        <source>Team habits per week</source>
        <translation>Kutimoj de la teamo laŭ semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Habits per operator</source>
        <translation>Kutimoj laŭ operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="145"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Po operatoro (por trejnaj interparoloj, ne por rangigo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="148"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Vidoj po operatoro bezonas la pasfrazon de la estro (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="53"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>neniu agorda dosiero trovita (%1): uzataj la defaŭltoj (alarmoj iras nenien)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>legita %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: %1</source>
        <translation>averto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="76"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>filio %1, %2 fako(j), %3 alarmkanalo(j)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="81"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>averto: neniu alarmkanalo agordita: alarmoj iras nenien</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>donita per --config</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>named on the command line</source>
        <translation>donita en la komandlinio</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>from DESK_CONFIG</source>
        <translation>el DESK_CONFIG</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>next to the program</source>
        <translation>apud la programo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>machine-wide config dir</source>
        <translation>komuna agorda dosierujo de la komputilo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>user config dir</source>
        <translation>agorda dosierujo de la uzanto</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="168"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>neniu el la kutimaj lokoj havas branch.toml</translation>
    </message>
</context>
<context>
    <name>ConfigWarning</name>
    <message>
        <location filename="../../desk/config/checker.py" line="29"/>
        <source>%1: unknown key '%2' ignored (a typo?)</source>
        <translation>%1: nekonata ŝlosilo '%2' ignorita (ĉu tajperaro?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="30"/>
        <source>%1, line %3: unknown key '%2' ignored (a typo?)</source>
        <translation>%1, linio %3: nekonata ŝlosilo '%2' ignorita (ĉu tajperaro?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="32"/>
        <source>%1: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1: nekonata sekcio aŭ ŝlosilo '%2' ignorita (ĉu tajperaro?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="34"/>
        <source>%1, line %3: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1, linio %3: nekonata sekcio aŭ ŝlosilo '%2' ignorita (ĉu tajperaro?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="37"/>
        <source>%1: %2 more unknown keys ignored</source>
        <translation>%1: %2 pliaj nekonataj ŝlosiloj ignoritaj</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>telefone</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by e-mail</source>
        <translation>retpoŝte</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by letter</source>
        <translation>lettere</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>by text message</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="130"/>
        <source>in person</source>
        <translation>persone</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="18"/>
        <source>Something went wrong</source>
        <translation>Io misfunkciis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="21"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Desk renkontis neatenditan eraron kaj daŭre funkcias. Kion vi tajpis restas sur la ekrano; la statolinio diras, ĉu io ankoraŭ ne estas konservita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="28"/>
        <source>A report for IT was written to %1</source>
        <translation>Raporto por la IT-fako estis skribita al %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desk/commands/env.py" line="56"/>
        <source>note: the call log %1 belongs to another account, %2.</source>
        <translation>rimarko: la vokoprotokolo %1 apartenas al alia konto, %2.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ vicumita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>↗ sending</source>
        <translation>↗ sendata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="97"/>
        <source>✔ delivered</source>
        <translation>✔ liverita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="99"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ malsukcesis, reprovata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="102"/>
        <source>– cancelled</source>
        <translation>– nuligita</translation>
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
        <translation>Konzolo de Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="154"/>
        <source>Opening the call log…</source>
        <translation>Malfermante la vokoprotokolon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="287"/>
        <source>Ready · call log: %1</source>
        <translation>Preta · vokoprotokolo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>%1 could not start: %2</source>
        <translation>%1 ne povis starti: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="335"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk ne povas malfermi sian vokoprotokolon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="323"/>
        <source>the call log could not be opened: %1</source>
        <translation>la vokoprotokolo ne malfermiĝis: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/window.py" line="137"/>
        <source>Branch config: %n unknown setting(s) ignored — please tell IT (point here for details).</source>
        <translation>
            <numerusform>Agordo de la filio: %n nekonata agordo ignorita — bonvolu diri al IT (montru ĉi tien por detaloj).</numerusform>
            <numerusform>Agordo de la filio: %n nekonataj agordoj ignoritaj — bonvolu diri al IT (montru ĉi tien por detaloj).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="224"/>
        <source>Put the top note away</source>
        <translation>Flankenmeti la supran noton</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="304"/>
        <source>This call log belongs to another account, %1: what is recorded here goes into their file. If that is not meant to be, ask IT (or start Desk with your own file, --db).</source>
        <translation>Ĉi tiu vokoprotokolo apartenas al alia konto, %1: kion oni registras ĉi tie, iras en ties dosieron. Se tio ne estas intencita, demandu la IT-fakon (aŭ lanĉu Desk kun via propra dosiero, --db).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="312"/>
        <source>This call log is a copy of one from another place. From now on it records under its own identity, so head office keeps both; its older rows keep where they came from.</source>
        <translation>Ĉi tiu vokprotokolo estas kopio de protokolo el alia loko. De nun ĝi registras sub propra identeco, do la ĉefoficejo konservas ambaŭ; ĝiaj pli malnovaj vicoj memoras, de kie ili venis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="333"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Neniu vokoprotokolo: vokoj ne povas esti registritaj; la sekureca alarmo tamen funkcias</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="338"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>La dosiero ne estis ŝanĝita. La sekureca alarmo tamen funkcias. Lanĉu Desk kun alia dosiero (--db) aŭ petu la IT-fakon restarigi sekurkopion.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="350"/>
        <source>All changes are saved in the call log.</source>
        <translation>Ĉiuj ŝanĝoj estas konservitaj en la vokoprotokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="354"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>la vokoprotokolo estas okupita (alia programo tenas ĝin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="355"/>
        <source>the disk is full</source>
        <translation>la disko estas plena</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="356"/>
        <source>the call log is read-only</source>
        <translation>la vokoprotokolo estas nurlega</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="357"/>
        <source>the disk reports an error</source>
        <translation>la disko raportas eraron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="358"/>
        <source>changes</source>
        <translation>ŝanĝoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="359"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Ankoraŭ ne konservita: %1 — %2; reprovante. Nenio, kion vi tajpis, perdiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="364"/>
        <source>Could not save %1: %2</source>
        <translation>Konservo malsukcesis (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="365"/>
        <source>a change</source>
        <translation>ŝanĝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="374"/>
        <location filename="../../desk/ui/console/window.py" line="394"/>
        <source>an interrupted call</source>
        <translation>interrompita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="378"/>
        <source>Unfinished call</source>
        <translation>Nefinita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="379"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Voko komencita je %1 ne estis finita (Desk fermiĝis aŭ la komputilo haltis). Ĉu daŭrigi ĝin?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="383"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Daŭrigi vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="385"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Fermi kiel interrompitan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="396"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>La nefinita voko estis fermita kiel interrompita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="419"/>
        <source>&amp;Call</source>
        <translation>&amp;Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="430"/>
        <source>&amp;Tools</source>
        <translation>&amp;Iloj</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="42"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Ĉi tiu labortablo ne havas sciigan areon: fermi Desk ĉesigas la aperon de alarmoj de aliaj laborejoj en ĉi tiu komputilo. Tenu la fenestron malfermita (minimumigu ĝin).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="86"/>
        <source>Raise security &amp;alarm</source>
        <translation>Ekigi sekurecan &amp;alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="87"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Malfermi Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Eliri</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="89"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: aŭskultas alarmojn de aliaj laborejoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="117"/>
        <source>Desk is still running</source>
        <translation>Desk ankoraŭ funkcias</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Alarmoj de aliaj laborejoj plu aperos ĉi tie. Uzu Eliri en la menuo de ĉi tiu piktogramo por fini Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="123"/>
        <source>Quit Desk?</source>
        <translation>Ĉu eliri el Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="124"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Post eliro, alarmoj de aliaj laborejoj ne plu aperos en ĉi tiu komputilo ĝis Desk estos denove lanĉita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="127"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Eliri el Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="129"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Daŭrigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="165"/>
        <source>The alarm could NOT be raised</source>
        <translation>La alarmo NE povis esti ekigita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="166"/>
        <source>Call the emergency number now.</source>
        <translation>Telefonu nun la krizan numeron.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="169"/>
        <source>Security alarm raised</source>
        <translation>Sekureca alarmo ekigita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="170"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Malfermu Desk por vidi, kiun la alarmo atingis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="186"/>
        <source>Security alarm from another desk</source>
        <translation>Sekureca alarmo de alia laborejo</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="73"/>
        <source>End call</source>
        <translation>Fini vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="38"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="43"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (unue registru averton)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="49"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="50"/>
        <source>What was the call about?</source>
        <translation>Pri kio temis la voko?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="58"/>
        <source>Root cause</source>
        <translation>Radika kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="59"/>
        <source>What actually went wrong? (if you found it)</source>
        <translation>Kio vere misiris? (se vi trovis ĝin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="63"/>
        <source>Reason for ending</source>
        <translation>Kialo de la fino</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>What was said, and the warning you gave</source>
        <translation>Kio estis dirita, kaj la averto, kiun vi donis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="78"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="79"/>
        <source>&amp;Topic</source>
        <translation>&amp;Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="80"/>
        <source>Root &amp;cause</source>
        <translation>Radika &amp;kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="97"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Diru, kial la voko estis finita: tio iras en la protokolon.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="91"/>
        <source>LAN alarms: %1</source>
        <translation>LAN-alarmoj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="127"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>La alarmo NE povis esti levita (%1). Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="129"/>
        <source>alarm NOT raised: call %1</source>
        <translation>alarmo NE levita: voku %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="162"/>
        <source>alarm cancelled</source>
        <translation>alarmo nuligita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="165"/>
        <source>acknowledged</source>
        <translation>konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="168"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarmo: %1 el %2 kanaloj atingitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="177"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Neniu konfirmis la alarmon dum %1 s. Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="240"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Alarmtesto ricevita de %1 (nenio farenda)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="245"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Ne legita: %1 (%2). Alarmoj ankoraŭ funkcias; petu IT forigi tiun dosieron.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="250"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Labortablaj sciigoj ne haveblas ĉi tie: la alarmo montriĝas anstataŭe en ĉi tiu fenestro.</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>retletero vicumita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail being sent</source>
        <translation>retletero sendata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail sent</source>
        <translation>retletero sendita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>e-mail failed, retrying</source>
        <translation>retletero malsukcesis, reprovata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="149"/>
        <source>not by e-mail (copy as text)</source>
        <translation>ne retpoŝte (kopiu kiel tekston)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help.py" line="70"/>
        <location filename="../../desk/ui/help.py" line="73"/>
        <location filename="../../desk/ui/help.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavkombinoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="74"/>
        <source>Keys</source>
        <translation>Klavoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="75"/>
        <source>What it does</source>
        <translation>Kion ĝi faras</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="133"/>
        <location filename="../../desk/ui/help.py" line="136"/>
        <source>Quick guide</source>
        <translation>Rapida gvidilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="175"/>
        <location filename="../../desk/ui/help.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavkombinoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="180"/>
        <location filename="../../desk/ui/help.py" line="200"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Rapida gvidilo</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="80"/>
        <source>security alarm</source>
        <extracomment>A real security alarm (the operator pressed the alarm button).</extracomment>
        <translation>sekurecalarmo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="82"/>
        <source>alarm test</source>
        <extracomment>A test of the alarm channels, not a real alarm.</extracomment>
        <translation>alarmtesto</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="29"/>
        <source>Security incident</source>
        <translation>Sekureca okazaĵo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>Kriz-numero: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="47"/>
        <source>Alarm delivery per channel</source>
        <translation>Livero de la alarmo laŭ kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Channel</source>
        <translation>Kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="49"/>
        <source>Last error</source>
        <translation>Lasta eraro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Nuligi alarmon (falsa alarmo)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Cancel alarm</source>
        <translation>Nuligi alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="60"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Close: security has handled it</source>
        <translation>Fermi: la sekurecistoj prizorgis ĝin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Close the incident</source>
        <translation>Fermi la okazaĵon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="81"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>La vokoprotokolo ankoraŭ ne povis registri ĉi tiun alarmon (ĝi estas tenata en sekura ĵurnalo kaj aldoniĝos al la protokolo, kiam eblos skribi). La alarmo tamen estis sendita.</translation>
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
        <translation>La alarmon de %1 nuligis %2 je %3: %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="145"/>
        <source>Alarm raised at %1 was closed by %2 at %3: security has handled it</source>
        <translation>La alarmon de %1 fermis %2 je %3: la sekurgardistoj traktis ĝin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="96"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>SEKURECA ALARMO levita je %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Acknowledged by %1</source>
        <translation>Konfirmita de %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No acknowledgement is awaited any more.</source>
        <translation>Neniu konfirmo plu estas atendata.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="105"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Ankoraŭ neniu konfirmis la alarmon. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="109"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Neniu alarmkanalo estas agordita: la alarmo atingis neniun. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="113"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Atendante konfirmon de la sekurecistoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Close</source>
        <translation>Fermi</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Acknowledged after (s)</source>
        <translation>Konfirmita post (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Reason / note</source>
        <translation>Kialo / noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Call</source>
        <translation>Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Acknowledged by</source>
        <translation>Kvitancita de</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="182"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Alarmoj kaj vokoj finitaj pro insultado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>alarm</source>
        <translation>alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>ended for abuse</source>
        <translation>finita pro insultado</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="86"/>
        <source>Language: %1</source>
        <translation>Lingvo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingvo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;View</source>
        <translation>A&amp;spekto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Larger text</source>
        <translation>Pli &amp;granda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Smaller text</source>
        <translation>Pli &amp;malgranda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normala tekstogrando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="148"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alta kontrasto</translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="71"/>
        <source>✔ done</source>
        <extracomment>A checklist item's mark in the review's per-call detail.</extracomment>
        <translation>✔ farita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="72"/>
        <source>↺ unticked</source>
        <translation>↺ malmarkita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="73"/>
        <source>✘ skipped</source>
        <translation>✘ preterlasita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="74"/>
        <source>→ stage entered</source>
        <translation>→ etapo komencita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="75"/>
        <source>⚠ answered late</source>
        <translation>⚠ respondita malfrue</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>cancellation</source>
        <translation>nuligo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="121"/>
        <source>test</source>
        <translation>testo</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="177"/>
        <source>Na&amp;rrow layout</source>
        <translation>Ma&amp;llarĝa aranĝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="178"/>
        <source>One column, about 480 px wide, beside a softphone</source>
        <translation>Unu kolumno, ĉirkaŭ 480 px larĝa, apud programtelefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="179"/>
        <source>Caller history and guidance</source>
        <translation>Historio de la vokanto kaj gvido</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="180"/>
        <source>Show caller history and guidance</source>
        <translation>Montri historion de la vokanto kaj gvidon</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="22"/>
        <source>Supervisor review</source>
        <translation>Revizio de la estro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="23"/>
        <source>The review shows how each operator works. Enter the supervisor passphrase.</source>
        <translation>La revizio montras, kiel ĉiu operatoro laboras. Entajpu la pasfrazon de la estro.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="29"/>
        <source>Supervisor passphrase</source>
        <translation>Pasfrazo de la estro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="44"/>
        <source>Too many wrong tries: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Tro da malĝustaj provoj: atendu %n sekundon kaj reprovu.</numerusform>
            <numerusform>Tro da malĝustaj provoj: atendu %n sekundojn kaj reprovu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="51"/>
        <source>Wrong passphrase. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Malĝusta pasfrazo. Vi povos reprovi post %n sekundo.</numerusform>
            <numerusform>Malĝusta pasfrazo. Vi povos reprovi post %n sekundoj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="55"/>
        <source>Report (&amp;PDF)…</source>
        <translation>Raporto (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="57"/>
        <source>Save the report of this period as a PDF</source>
        <translation>Konservi la raporton de ĉi tiu periodo kiel PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="59"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksporti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="60"/>
        <source>Report (PDF)…</source>
        <translation>Raporto (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="72"/>
        <source>Save the report as PDF</source>
        <translation>Konservi la raporton kiel PDF</translation>
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
        <translation>Ne konservita: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="92"/>
        <source>Preparing the report…</source>
        <translation>Preparante la raporton…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="108"/>
        <source>Saved %1 (%2 bytes)</source>
        <translation>Konservita %1 (%2 bajtoj)</translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="76"/>
        <source>Another call is ringing: %1</source>
        <translation>Alia voko sonoras: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="116"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Respondita post %1 s: ene de la normo (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="117"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>Respondita post %1 s: pli malfrue ol la normo (%2 s).</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller</source>
        <translation>Malfacila vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="115"/>
        <source>Difficult caller playbook</source>
        <translation>Gvidilo por malfacila vokanto</translation>
    </message>
</context>
<context>
    <name>PlaybookStepper</name>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="122"/>
        <source>Step %1 of %2</source>
        <translation>Paŝo %1 el %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="137"/>
        <source>Difficult caller</source>
        <translation>Malfacila vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="138"/>
        <source>Difficult caller playbook</source>
        <translation>Gvidilo por malfacila vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="139"/>
        <source>Playbook steps</source>
        <translation>Paŝoj de la gvidilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="140"/>
        <source>End for abuse…</source>
        <translation>Fini pro insultado…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="141"/>
        <source>End the call for abuse</source>
        <translation>Fini la vokon pro insultado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="144"/>
        <source>Next step: %1 · previous step: %2</source>
        <translation>Sekva paŝo: %1 · antaŭa paŝo: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="146"/>
        <source>Playbook: next step</source>
        <translation>Gvidilo: sekva paŝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="147"/>
        <source>Playbook: previous step</source>
        <translation>Gvidilo: antaŭa paŝo</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="24"/>
        <source>Enter the caller's full name.</source>
        <extracomment>The callback form's name field is empty.</extracomment>
        <translation>Skribu la plenan nomon de la vokanto.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="26"/>
        <source>At most {max} characters.</source>
        <extracomment>A field of the callback form is longer than allowed; {max} is a number.</extracomment>
        <translation>Maksimume {max} signoj.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="27"/>
        <source>Write down the caller's question.</source>
        <translation>Skribu la demandon de la vokanto.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="28"/>
        <source>Enter a phone number or an e-mail address (at least one).</source>
        <translation>Donu telefonnumeron aŭ retpoŝtadreson (almenaŭ unu).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="30"/>
        <source>Choose the department that will answer.</source>
        <translation>Elektu la fakon, kiu respondos.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="31"/>
        <source>Enter a phone number.</source>
        <translation>Donu telefonnumeron.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="32"/>
        <source>That is too long to be a phone number.</source>
        <translation>Tio estas tro longa por esti telefonnumero.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="34"/>
        <source>“{text}” is not a phone number.</source>
        <extracomment>{text} is what the operator typed.</extracomment>
        <translation>“{text}” ne estas telefonnumero.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="36"/>
        <source>“{text}” is not a valid phone number for {region} (add the country code, e.g. +44, for a number abroad).</source>
        <extracomment>{text} is what the operator typed; {region} a two-letter country code such as FI.</extracomment>
        <translation>“{text}” ne estas valida telefonnumero por {region} (aldonu la landokodon, ekz. +44, por eksterlanda numero).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="39"/>
        <source>Enter an e-mail address.</source>
        <translation>Donu retpoŝtadreson.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="40"/>
        <source>“{text}” is not a valid e-mail address.</source>
        <translation>“{text}” ne estas valida retpoŝtadreso.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="41"/>
        <source>“{text}” is not a valid e-mail address: it has no @ sign.</source>
        <translation>“{text}” ne estas valida retpoŝtadreso: mankas la signo @.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="43"/>
        <source>“{text}” is not a valid e-mail address: the name before the @ sign is missing.</source>
        <translation>“{text}” ne estas valida retpoŝtadreso: mankas la nomo antaŭ @.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="46"/>
        <source>“{text}” is not a valid e-mail address: after the @ sign it needs a domain such as example.org.</source>
        <translation>“{text}” ne estas valida retpoŝtadreso: post @ necesas domajno kiel example.org.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="49"/>
        <source>“{text}” is not a valid e-mail address: it has a character an address cannot have.</source>
        <translation>“{text}” ne estas valida retpoŝtadreso: ĝi enhavas signon, kiun adreso ne povas havi.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="52"/>
        <source>“{text}” is too long for an e-mail address.</source>
        <translation>“{text}” estas tro longa por retpoŝtadreso.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="54"/>
        <source>The answer cannot be in the future.</source>
        <translation>La respondo ne povas esti en la estonteco.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="55"/>
        <source>The answer cannot be before the callback was taken.</source>
        <translation>La respondo ne povas esti antaŭ ol la revoko estis akceptita.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="57"/>
        <source>The time the caller was told cannot be in the future.</source>
        <translation>La tempo, kiam la vokanto sciiĝis, ne povas esti en la estonteco.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="59"/>
        <source>The time the caller was told cannot be before the callback was taken.</source>
        <translation>La tempo, kiam la vokanto sciiĝis, ne povas esti antaŭ ol la revoko estis akceptita.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="61"/>
        <source>There is no callback #{id}.</source>
        <translation>Ne ekzistas revoko #{id}.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="62"/>
        <source>Say how the caller was answered.</source>
        <translation>Diru, kiel la vokanto estis respondita.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="63"/>
        <source>Say how the caller was told.</source>
        <translation>Diru, kiel la vokanto estis sciigita.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="64"/>
        <source>The new date cannot be in the past.</source>
        <translation>La nova dato ne povas esti en la pasinteco.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="66"/>
        <source>Unknown department “{department}”.</source>
        <extracomment>{department} is a department's name from the branch config</extracomment>
        <translation>Nekonata fako “{department}”.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Malfari</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refari</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Tondi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopii</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>&amp;Alglui</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="41"/>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="42"/>
        <source>Select All</source>
        <translation>Elekti ĉion</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation>Bone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="17"/>
        <source>Save</source>
        <translation>Konservi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="18"/>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Jes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="21"/>
        <source>Abort</source>
        <translation>Ĉesigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="22"/>
        <source>Retry</source>
        <translation>Reprovi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="23"/>
        <source>Ignore</source>
        <translation>Ignori</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="24"/>
        <source>Close</source>
        <translation>Fermi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="25"/>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="27"/>
        <source>Discard</source>
        <extracomment>throw away what was typed (a button in a question)</extracomment>
        <translation>Forĵeti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Helpo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Apliki</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Restarigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Restarigi la defaŭltojn</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Malfari</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refari</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Tondi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopii</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>&amp;Alglui</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="48"/>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="49"/>
        <source>Select All</source>
        <translation>Elekti ĉion</translation>
    </message>
</context>
<context>
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>Security alarm from another desk</source>
        <translation>Sekureca alarmo de alia laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="36"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>SEKURECA ALARMO ĉe %1 — %2, levita de %3 je %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="43"/>
        <source>caller: %1</source>
        <translation>vokanto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="46"/>
        <source>Acknowledge</source>
        <translation>Konfirmi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="48"/>
        <source>Acknowledge the alarm</source>
        <translation>Konfirmi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="50"/>
        <source>Dismiss</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>Dismiss the alarm notice</source>
        <translation>Forigi la alarmsciigon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="62"/>
        <source>Acknowledged</source>
        <translation>Konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="67"/>
        <source>CANCELLED: %1</source>
        <translation>NULIGITA: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="270"/>
        <source>no calls yet (in this period)</source>
        <translation>ankoraŭ neniu voko (en ĉi tiu periodo)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="272"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="273"/>
        <source>within target / maximum</source>
        <translation>ene de celo / maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="275"/>
        <source>median / 90th percentile</source>
        <translation>mediano / 90-a centilo</translation>
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
        <translation>respondita ĝis la sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="280"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (el %2 vokoj kun sonortempoj)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="282"/>
        <source>greeting complete</source>
        <translation>plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="283"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (el %2 vokoj kun kontrollisto)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="285"/>
        <source>wrap-up past the target</source>
        <translation>fermado post la celo</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="287"/>
        <source>callbacks open / overdue</source>
        <translation>revokoj malfermitaj / malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="289"/>
        <source>late callbacks, told</source>
        <translation>malfruaj revokoj, sciigitaj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="290"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, %2 sciigitaj pri la prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="293"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>sekurecaj okazaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="294"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (mediano %2 s ĝis konfirmo)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="297"/>
        <source>most skipped items</source>
        <translation>plej ofte preterlasitaj punktoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="303"/>
        <source>top topics:</source>
        <translation>ĉefaj temoj:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="307"/>
        <source>skipped: %1 calls and %2 alarms whose values cannot be read</source>
        <extracomment>rows of a merged or synced log whose values cannot be read (left out of the figures)</extracomment>
        <translation>preterlasitaj: %1 vokoj kaj %2 alarmoj, kies valoroj ne legeblas</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="324"/>
        <source>callbacks on time: %1 (of %2 due), median / 90th percentile %3 days to answer</source>
        <translation>revokoj ĝustatempaj: %1 (el %2 ŝuldataj), mediano / 90-a centilo %3 tagoj ĝis respondo</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="329"/>
        <source>repeat contacts within 7 days: %1 (of %2 calls with a known caller)</source>
        <translation>ripetaj kontaktoj ene de 7 tagoj: %1 (el %2 vokoj kun konata vokanto)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="335"/>
        <source>top root causes:</source>
        <translation>plej oftaj radikaj kaŭzoj:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="339"/>
        <source>change against %1 – %2 (UTC):</source>
        <translation>ŝanĝo kompare kun %1 – %2 (UTC):</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="372"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 vokoj  ene de celo %3  saluto %4  persona demando %5  fermado %6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desk/ui/report_pdf/formats.py" line="42"/>
        <source>%1 pp</source>
        <translation>%1 elc.-p.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="44"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="81"/>
        <source>Weekly report</source>
        <translation>Semajna raporto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="87"/>
        <source>Change against %1</source>
        <translation>Ŝanĝo kompare kun %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="97"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="98"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="100"/>
        <source>Within %1 min</source>
        <translation>Ene de %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="99"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="101"/>
        <source>of %1 calls</source>
        <translation>el %1 vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="102"/>
        <source>Median duration</source>
        <translation>Mediana daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="104"/>
        <source>90th percentile duration</source>
        <translation>90-a procentilo de daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="106"/>
        <source>Answered by ring %1</source>
        <translation>Respondita ĝis sonoro %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="108"/>
        <source>of %1 calls with ring times</source>
        <translation>el %1 vokoj kun sonortempoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="109"/>
        <source>Full greeting</source>
        <translation>Plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="110"/>
        <source>of %1 calls with a checklist</source>
        <translation>el %1 vokoj kun kontrollisto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="111"/>
        <source>Callbacks answered on time</source>
        <translation>Revokoj responditaj ĝustatempe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="112"/>
        <source>of %1 callbacks due</source>
        <translation>el %1 limdataj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="113"/>
        <source>Late callers told of the delay</source>
        <translation>Malfruaj vokintoj informitaj pri la prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="114"/>
        <source>of %1 late callbacks</source>
        <translation>el %1 malfruaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="115"/>
        <source>Repeat contacts within 7 days</source>
        <translation>Ripetaj kontaktoj ene de 7 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="116"/>
        <source>of %1 calls with a known caller</source>
        <translation>el %1 vokoj kun konata vokinto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="117"/>
        <source>Callbacks open</source>
        <translation>Malfermitaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="118"/>
        <source>Callbacks overdue</source>
        <translation>Malfruaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="120"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="226"/>
        <source>Alarms</source>
        <translation>Alarmoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="143"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>Figure</source>
        <translation>Cifero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>This period</source>
        <translation>Ĉi tiu periodo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Change</source>
        <translation>Ŝanĝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Previous</source>
        <translation>Antaŭa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="150"/>
        <source>Call durations</source>
        <translation>Daŭroj de vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="155"/>
        <source>target %1 min</source>
        <translation>celo %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="156"/>
        <source>maximum %1 min</source>
        <translation>maksimumo %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="157"/>
        <source>minutes (the last bar: 30 or more)</source>
        <translation>minutoj (la lasta stango: 30 aŭ pli)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="162"/>
        <source>The period day by day</source>
        <translation>La periodo tagon post tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="166"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="167"/>
        <source>within target</source>
        <translation>ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="168"/>
        <source>answered by the ring</source>
        <translation>respondita ĝis la sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="169"/>
        <source>Calls per day (bars) and shares (lines, 0–100 %)</source>
        <translation>Vokoj po tago (stangoj) kaj proporcioj (linioj, 0–100 %)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="174"/>
        <source>Callbacks on time</source>
        <translation>Revokoj ĝustatempe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="175"/>
        <source>%1 callbacks; %2 answered by the first promised date (of %3 due); days to answer: median %4, 90th percentile %5; late callers told: %6</source>
        <translation>%1 revokoj; %2 responditaj ĝis la unue promesita dato (el %3 limdataj); tagoj ĝis respondo: mediano %4, 90-a procentilo %5; malfruaj vokintoj informitaj: %6</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Week of</source>
        <translation>Semajno de</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Callbacks</source>
        <translation>Revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>On time</source>
        <translation>Ĝustatempe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>Median days</source>
        <translation>Mediano tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>90th pct. days</source>
        <translation>90-a pct. tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>Late, told</source>
        <translation>Malfruaj, informitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="194"/>
        <source>Most often skipped</source>
        <translation>Plej ofte preterlasitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="196"/>
        <source>Nothing skipped.</source>
        <translation>Nenio preterlasita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Checklist item</source>
        <translation>Kontrollista ero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Times skipped</source>
        <translation>Fojoj preterlasita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="203"/>
        <source>Root causes</source>
        <translation>Radikaj kaŭzoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <source>Root cause</source>
        <translation>Radika kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <source>Its root causes</source>
        <translation>Ĝiaj radikaj kaŭzoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="212"/>
        <source>No root cause recorded on these calls.</source>
        <translation>Neniu radika kaŭzo registrita ĉe ĉi tiuj vokoj.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="214"/>
        <source>Repeat topics</source>
        <translation>Ripetiĝantaj temoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="215"/>
        <source>The same number or e-mail about the same topic within 7 days: %1 of %2 calls</source>
        <translation>Sama numero aŭ retpoŝto pri sama temo ene de 7 tagoj: %1 el %2 vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Repeats</source>
        <translation>Ripetoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Share</source>
        <translation>Proporcio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="228"/>
        <source>No alarm in this period.</source>
        <translation>Neniu alarmo en ĉi tiu periodo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="232"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="233"/>
        <source>not acknowledged</source>
        <translation>ne agnoskita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="235"/>
        <source>cancelled %1</source>
        <translation>nuligita %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Raised (local time)</source>
        <translation>Levita (loka tempo)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Who, where</source>
        <translation>Kiu, kie</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="241"/>
        <source>Acknowledged after</source>
        <translation>Agnoskita post</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="242"/>
        <source>Channels</source>
        <translation>Kanaloj</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="19"/>
        <source>&amp;Review…</source>
        <translation>&amp;Revizio…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="21"/>
        <source>Supervisor review of the call log</source>
        <translation>Revizio de la vokoprotokolo fare de la estro</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="31"/>
        <source>This call is no longer in the log.</source>
        <translation>Ĉi tiu voko ne plu estas en la protokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="33"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 min  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="36"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>Operatoro: %1 @ %2  Vokanto: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Answered: %1</source>
        <translation>Respondita: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="43"/>
        <source>Notes: %1</source>
        <translation>Notoj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="45"/>
        <source>Ended because: %1</source>
        <translation>Finita ĉar: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="48"/>
        <source>Checklist:</source>
        <translation>Kontrollisto:</translation>
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
        <translation>respondita %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="64"/>
        <source>open</source>
        <translation>malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="65"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>Revoko #%1 → %2: limdato %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="70"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  sciigita pri prokrasto %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="78"/>
        <source>acknowledged %1 by %2</source>
        <translation>konfirmita %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>never acknowledged</source>
        <translation>neniam konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>Alarmo #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="85"/>
        <source>  cancelled: %1</source>
        <translation>  nuligita: %1</translation>
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
        <translation>Ankoraŭ neniu voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="40"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>nenio en ĉi tiu periodo kaj filtrilo; vokoj aperas ĉi tie, kiam ili finiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="49"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="51"/>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>within %1 min</source>
        <translation>ene de %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="55"/>
        <source>median / 90th percentile</source>
        <translation>mediano / 90-a centilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>answered by ring %1</source>
        <translation>respondita ĝis la %1-a sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>full greeting</source>
        <translation>plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="61"/>
        <source>callbacks open / overdue</source>
        <translation>revokoj malfermitaj / malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="63"/>
        <source>late callbacks (caller told)</source>
        <translation>malfruaj revokoj (vokanto informita)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="66"/>
        <source>alarms · median to acknowledge</source>
        <translation>alarmoj · mediano ĝis konfirmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="75"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>Plej ofte preterlasita: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="55"/>
        <location filename="../../desk/ui/review/compare_band.py" line="56"/>
        <source>of %1 calls</source>
        <translation>el %1 vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="58"/>
        <source>of %1 calls with ring times</source>
        <translation>el %1 vokoj kun sonortempoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="60"/>
        <source>of %1 calls with a checklist</source>
        <translation>el %1 vokoj kun kontrollisto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="62"/>
        <source>of %1 late callbacks</source>
        <translation>el %1 malfruaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="64"/>
        <source>of %1 callbacks due</source>
        <translation>el %1 limdataj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1 elc.-p.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>better</source>
        <translation>pli bone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>worse</source>
        <translation>malpli bone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="134"/>
        <source>%1 d</source>
        <translation>%1 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="137"/>
        <source>callbacks on time · median days to answer</source>
        <translation>revokoj ĝustatempe · mediana tagoj ĝis respondo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="145"/>
        <source>Rows skipped as unreadable: %1</source>
        <translation>Vicoj preterlasitaj kiel nelegeblaj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="148"/>
        <source>no calls in the previous period to compare</source>
        <translation>neniuj vokoj en la antaŭa periodo por kompari</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="82"/>
        <source>Review — %1</source>
        <translation>Revizio — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>Loading…</source>
        <translation>Ŝargante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="93"/>
        <source>Summary of the calls shown</source>
        <translation>Resumo de la montrataj vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="105"/>
        <source>&amp;Calls</source>
        <translation>&amp;Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="107"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafikaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="108"/>
        <source>Coac&amp;hing</source>
        <translation>&amp;Trejnado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="109"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Okazintaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Bra&amp;nches</source>
        <translation>&amp;Filioj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>From day</source>
        <translation>De la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="136"/>
        <source>To day</source>
        <translation>Ĝis la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="139"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 30 days</source>
        <translation>Lastaj 30 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 7 days</source>
        <translation>Lastaj 7 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 90 days</source>
        <translation>Lastaj 90 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 365 days</source>
        <translation>Lastaj 365 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Everything</source>
        <translation>Ĉio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Branch</source>
        <translation>Filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>All branches</source>
        <translation>Ĉiuj filioj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Any operator</source>
        <translation>Ĉiu operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="153"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>Any workstation</source>
        <translation>Ĉiu laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Any outcome</source>
        <translation>Ĉiu rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Any topic</source>
        <translation>Ĉiu temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Any duration</source>
        <translation>Ĉiu daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="158"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="159"/>
        <source>Over the target</source>
        <translation>Super la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="160"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>With call&amp;back</source>
        <translation>Kun &amp;revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="164"/>
        <source>With &amp;alarm</source>
        <translation>Kun &amp;alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>Search topics and notes…</source>
        <translation>Serĉi en temoj kaj notoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="172"/>
        <source>Search topics and notes</source>
        <translation>Serĉi en temoj kaj notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporti…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="177"/>
        <location filename="../../desk/ui/review/window.py" line="434"/>
        <source>Export the calls shown</source>
        <translation>Eksporti la montratajn vokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="233"/>
        <source>Calls, newest first</source>
        <translation>Vokoj, la plej novaj unue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="244"/>
        <source>The selected call, step by step</source>
        <translation>La elektita voko, paŝon post paŝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="246"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Elektu vokon por vidi ĝian kontrolliston, revokon kaj alarmon paŝon post paŝo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1 min or longer</source>
        <translation>%1 min aŭ pli longe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="435"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV por kalkultabeloj (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="445"/>
        <source>Exporting…</source>
        <translation>Eksportante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="461"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Ĉi tiu protokolo venas de pli malnova Desk: la serĉo legas ĉiun noton (pli malrapide ĉe granda protokolo).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="475"/>
        <source>Could not read the log: %1</source>
        <translation>Ne eblis legi la protokolon: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="482"/>
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n voko eksportita al %1</numerusform>
            <numerusform>%n vokoj eksportitaj al %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RootCauseBox</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="38"/>
        <source>Root cau&amp;se</source>
        <translation>Radika &amp;kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>Root cause</source>
        <translation>Radika kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>What actually went wrong?</source>
        <translation>Kio vere misiris?</translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Security alarm (%1)</source>
        <translation>Sekureca alarmo (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>Raise security alarm</source>
        <translation>Levi sekurecan alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="17"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>Unu premo tuj alarmas la sekurecistojn; klavkombino %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="18"/>
        <source>Threat to people or property: alert security now</source>
        <translation>Minaco al homoj aŭ posedaĵo: alarmu la sekurecistojn nun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="25"/>
        <source>Alarm status</source>
        <translation>Stato de la alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="37"/>
        <source>Emergency: %1</source>
        <translation>Kriz-numero: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="116"/>
        <source>Start of shift</source>
        <translation>Komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="117"/>
        <source>Start of shift checklist</source>
        <translation>Kontrollisto por la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="118"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Antaŭ la unua voko: ĉu la laborejo pretas? Marku, kio estas farita (Spaco), poste Preta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="120"/>
        <source>&amp;Ready</source>
        <translation>&amp;Preta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="121"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Preta: registri la kontrolon de la deĵorkomenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="122"/>
        <source>Not &amp;yet</source>
        <translation>Ankoraŭ n&amp;e</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="123"/>
        <source>Not yet: ask again when Desk opens</source>
        <translation>Ankoraŭ ne: demandu denove kiam Desk malfermiĝos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="141"/>
        <source>Alarm: reading its last test from the log…</source>
        <translation>Alarmo: oni legas ĝian lastan teston el la protokolo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="146"/>
        <source>Alarm: never tested from this console. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Alarmo: neniam testita de ĉi tiu konzolo. Testu nun: Iloj ▸ Testi la alarmon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="149"/>
        <source>Alarm: last proved working %1 (from the log).</source>
        <translation>Alarmo: laste pruvis funkcii %1 (laŭ la protokolo).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
        <source>Alarm: last proved working %1, more than %2 days ago. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Alarmo: laste pruvis funkcii %1, antaŭ pli ol %2 tagoj. Testu nun: Iloj ▸ Testi la alarmon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="195"/>
        <source>the start-of-shift check</source>
        <translation>la kontrolo je la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="196"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Komenco de la deĵoro registrita. Bonan deĵoron!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="46"/>
        <location filename="../../desk/ui/console/checklist.py" line="183"/>
        <source>Call stages</source>
        <translation>Etapoj de la voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="53"/>
        <location filename="../../desk/ui/console/checklist.py" line="184"/>
        <source>Stage checklist</source>
        <translation>Kontrollisto de la etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="54"/>
        <location filename="../../desk/ui/console/checklist.py" line="185"/>
        <source>Space ticks the selected item</source>
        <translation>Spaco markas la elektitan eron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="186"/>
        <source>Suggested phrases</source>
        <translation>Proponataj frazoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="68"/>
        <location filename="../../desk/ui/console/checklist.py" line="187"/>
        <source>Reminder</source>
        <translation>Memorigo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="117"/>
        <source>ticked by the console</source>
        <translation>markita de la konzolo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="119"/>
        <source>Ticked by the console from what you did; Space unticks it</source>
        <translation>La konzolo markis ĝin laŭ tio, kion vi faris; Spaceto malmarkas ĝin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="133"/>
        <source>late: answered on ring %1</source>
        <translation>malfrue: respondita ĉe la %1-a sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="144"/>
        <source>%1 of %2 done</source>
        <translation>%1 el %2 faritaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="200"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Servopeko evitenda — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="210"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(la frazo aperos, kiam ĝiaj detaloj estos konataj, ekz. post notita revoko)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="213"/>
        <source>(no phrase: just do it)</source>
        <translation>(neniu frazo: simple faru)</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="31"/>
        <source>Desk: branch config</source>
        <translation>Desk: agordo de la filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="32"/>
        <source>Desk cannot start: the branch config has a mistake that IT must fix. Please tell them what it says:

%1</source>
        <translation>Desk ne povas starti: la agordo de la filio havas eraron, kiun IT devas ripari. Bonvolu diri al ili, kion ĝi diras:

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
        <translation>Desk ne povas starti kun ĉi tiuj opcioj:

%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="33"/>
        <source>Head office sync</source>
        <translation>Sinkronigo kun la ĉefoficejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="56"/>
        <source>never</source>
        <translation>neniam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="57"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Ĉefoficejo: %1 atendas · laste sendita %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="63"/>
        <source>retrying</source>
        <translation>reprovante</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="62"/>
        <source>refused: this log belongs to another branch</source>
        <translation>rifuzita: ĉi tiu protokolo apartenas al alia filio</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Monday</source>
        <extracomment>Weekdays, Monday first, for dates written out in text (e-mail, clipboard).</extracomment>
        <translation>lundo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Tuesday</source>
        <translation>mardo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Wednesday</source>
        <translation>merkredo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Thursday</source>
        <translation>ĵaŭdo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Friday</source>
        <translation>vendredo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="192"/>
        <source>Sunday</source>
        <translation>dimanĉo</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desk/ui/workers.py" line="35"/>
        <source>failed and is restarting by itself</source>
        <translation>malsukcesis kaj rekomenciĝas per si mem</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="36"/>
        <source>is not answering</source>
        <translation>ne respondas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="37"/>
        <source>Background task “%1” %2: %3</source>
        <translation>Fona tasko “%1” %2: %3</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Time to wrap up</source>
        <translation>Tempo por fini</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="63"/>
        <source>Wrap-up phrases</source>
        <translation>Fermaj frazoj</translation>
    </message>
</context>
</TS>
