<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="36"/>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="37"/>
        <source>Branch config</source>
        <translation>Agordo de la filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Call log</source>
        <translation>Vokoprotokolo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Log files</source>
        <translation>Protokoldosieroj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="47"/>
        <source>About Desk</source>
        <translation>Pri Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="56"/>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="57"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Pri Desk</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record &amp;warning given</source>
        <translation>Registri donitan &amp;averton</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="75"/>
        <source>Record that the caller was warned</source>
        <translation>Registri, ke la vokanto estis avertita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="80"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Ankoraŭ neniu averto: voko povas esti finita pro insultado nur post averto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="82"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>Averto registrita je %1: nun eblas fini la vokon pro insultado (Fini vokon, kun la kialo).</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="11"/>
        <source>Start call</source>
        <translation>Komenci vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="12"/>
        <source>Start counter visit</source>
        <translation>Komenci viziton ĉe la giĉeto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="13"/>
        <source>Next stage</source>
        <translation>Sekva etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="14"/>
        <source>Previous stage</source>
        <translation>Antaŭa etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="15"/>
        <source>End call</source>
        <translation>Fini vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="16"/>
        <source>Greeting stage</source>
        <translation>Saluta etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="17"/>
        <source>Clarification stage</source>
        <translation>Klariga etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="18"/>
        <source>Confirmation stage</source>
        <translation>Konfirma etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="19"/>
        <source>Closing stage</source>
        <translation>Ferma etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="20"/>
        <source>Caller is upset</source>
        <translation>La vokanto estas ĉagrenita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="21"/>
        <source>Go to notes</source>
        <translation>Iri al notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="22"/>
        <source>Quit</source>
        <translation>Eliri</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="23"/>
        <source>Transfer failed: take callback</source>
        <translation>Konekto malsukcesis: notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="24"/>
        <source>Callbacks…</source>
        <translation>Revokoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="25"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="27"/>
        <source>Security alarm</source>
        <translation>Sekureca alarmo</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="31"/>
        <source>Test the alarm</source>
        <translation>Testi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="37"/>
        <source>Last alarm test</source>
        <translation>Lasta alarmtesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="48"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Alarmtesto sendita per ĉiu kanalo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Alarmtesto: neniu kanalo estas agordita — alarmoj iras nenien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="66"/>
        <source>Alarm test: %1</source>
        <translation>Alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="73"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Neniu alarmkanalo: alarmoj iras nenien</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="78"/>
        <source>Alarm never tested</source>
        <translation>Alarmo neniam testita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>La alarmo neniam estis testita de ĉi tiu konzolo: Iloj ▸ Testi la alarmon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="86"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>La lasta sukcesa alarmtesto estis antaŭ %1 tagoj: testu ĝin denove (Iloj ▸ Testi la alarmon).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>Last successful alarm test: %1</source>
        <translation>Lasta sukcesa alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="97"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Neniu alarmkanalo estas agordita: la sekureca butono atingas NENIUN. Petu la IT-fakon aldoni [[security.channels]] al la agordo de la filio. En kriz-okazo voku %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="113"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>Alarmoj NE alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>They will arrive on: %1.</source>
        <translation>Ili alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="119"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Alarmoj alvenos per: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="205"/>
        <source>Start Desk at &amp;login</source>
        <translation>Lanĉi Desk ĉe &amp;ensaluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="223"/>
        <source>Could not change starting at login: %1</source>
        <translation>Ne eblis ŝanĝi la lanĉon ĉe ensaluto: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Warning</source>
        <translation>Averto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="24"/>
        <source>Alert</source>
        <translation>Alarmo</translation>
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
        <translation>Revokoj ĝustatempaj</translation>
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
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="43"/>
        <source>Start call (F2)</source>
        <translation>Komenci vokon (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="45"/>
        <source>Start call</source>
        <translation>Komenci vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="47"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Vizito ĉe la giĉeto (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="49"/>
        <source>Start counter visit</source>
        <translation>Komenci viziton ĉe la giĉeto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="51"/>
        <source>End call (F4)</source>
        <translation>Fini vokon (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="53"/>
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
        <location filename="../../desk/ui/console/call_panel.py" line="95"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="96"/>
        <source>N&amp;ame</source>
        <translation>N&amp;omo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="97"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="106"/>
        <source>Next stage (F3)</source>
        <translation>Sekva etapo (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <source>Next stage</source>
        <translation>Sekva etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <location filename="../../desk/ui/console/call_panel.py" line="114"/>
        <source>What the caller already tried</source>
        <translation>Kion la vokanto jam provis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="118"/>
        <source>Call notes</source>
        <translation>Notoj pri la voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Notoj (radika kaŭzo, kion oni interkonsentis)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="130"/>
        <source>Already &amp;tried</source>
        <translation>Jam &amp;provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>No&amp;toj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="351"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>La voko finiĝis; ĝi estas konservata en la vokoprotokolo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="352"/>
        <source>Call saved in the call log.</source>
        <translation>La voko estas konservita en la vokoprotokolo.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="24"/>
        <source>Call timer</source>
        <translation>Vokotempilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="30"/>
        <source>no call</source>
        <translation>neniu voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>within norm</source>
        <translation>ene de la normo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>time to wrap up</source>
        <translation>tempo por fini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="44"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="208"/>
        <source>Transfer failed: take a callback</source>
        <translation>Konekto malsukcesis: notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="57"/>
        <source>Call back by phone</source>
        <translation>Revoki telefone</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Answer by e-mail</source>
        <translation>Respondi retpoŝte</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>How the caller wants the answer</source>
        <translation>Kiel la vokanto volas la respondon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="62"/>
        <source>What the caller already tried</source>
        <translation>Kion la vokanto jam provis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>Full &amp;name</source>
        <translation>Plena &amp;nomo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;Question</source>
        <translation>&amp;Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Department</source>
        <translation>&amp;Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>Caller's full name</source>
        <translation>Plena nomo de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's question</source>
        <translation>Demando de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Phone number</source>
        <translation>Telefonnumero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>E-mail address</source>
        <translation>Retpoŝtadreso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Department that will answer</source>
        <translation>Fako, kiu respondos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="93"/>
        <source>Answer by</source>
        <translation>Respondo ĝis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Already &amp;tried</source>
        <translation>Jam &amp;provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="102"/>
        <source>Save and forward</source>
        <translation>Konservi kaj plusendi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="143"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Restarigita, kion vi tajpis antaŭ ol Desk fermiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="168"/>
        <source>Discard callback?</source>
        <translation>Forĵeti la revokon?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="169"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Ĉu forĵeti ĉi tiun revokon kaj ĉion, kion vi tajpis en ĝi?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="195"/>
        <source>Saving the callback…</source>
        <translation>Konservante la revokon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="209"/>
        <source>Callback not saved</source>
        <translation>Revoko ne konservita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="210"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>La revoko ne povis esti konservita: %1. Ĉio, kion vi tajpis, restas kiel malneto.</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="42"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Konekto malsukcesis: revoko (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="44"/>
        <source>Transfer failed, take a callback</source>
        <translation>Konekto malsukcesis, notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Revokoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="95"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Revoko, kiun vi tajpis, estas konservita: premu F6 por fini ĝin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="149"/>
        <source>the callback</source>
        <translation>la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="156"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="184"/>
        <source>the callback draft</source>
        <translation>la malneto de la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="165"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Diru al la vokanto: %1 respondos al vi ĝis %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="174"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>%1 ne havas retpoŝton ĉi tie: la revoko estas kopiita kiel teksto, algluu ĝin al ili.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="226"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Revokoj: %1 malfruaj, %2 limdataj hodiaŭ (F7 por vidi ilin).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="228"/>
        <source>Desk callbacks</source>
        <translation>Revokoj de Desk</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="15"/>
        <source>⚠ overdue</source>
        <translation>⚠ malfrua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="16"/>
        <source>● due today</source>
        <translation>● limdato hodiaŭ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="17"/>
        <source>○ open</source>
        <translation>○ malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="18"/>
        <source>✔ answered</source>
        <translation>✔ respondita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Due</source>
        <translation>Limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>E-mail</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Question</source>
        <translation>Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="37"/>
        <source>Forwarding</source>
        <translation>Plusendo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="119"/>
        <source>not forwarded (copy as text)</source>
        <translation>ne plusendita (kopiu kiel tekston)</translation>
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
        <translation>Revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="50"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Serĉi nomon, numeron, retpoŝton, demandon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="51"/>
        <source>Search callbacks</source>
        <translation>Serĉi revokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="52"/>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Overdue only</source>
        <translation>Nur malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>Show &amp;answered</source>
        <translation>Montri &amp;responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Show answered</source>
        <translation>Montri responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Callbacks by due date</source>
        <translation>Revokoj laŭ limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Selected callback's history</source>
        <translation>Historio de la elektita revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="77"/>
        <source>Mark &amp;answered…</source>
        <translation>Marki &amp;respondita…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="78"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Vokanto informita pri &amp;prokrasto…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="79"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Movi al fako…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopii kiel tekston</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="133"/>
        <source>a callback change</source>
        <translation>ŝanĝo de revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="160"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 montrataj · %2 malfruaj · %3 limdataj hodiaŭ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="175"/>
        <source>Select a callback.</source>
        <translation>Elektu revokon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="179"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Momenton: la revoko ankoraŭ ŝargiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="211"/>
        <source>Answered by</source>
        <translation>Respondis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="212"/>
        <source>Answered at</source>
        <translation>Respondita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>Callback answered</source>
        <translation>Revoko respondita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>How</source>
        <translation>Kiel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="214"/>
        <source>Who</source>
        <translation>Kiu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="240"/>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>Told at</source>
        <translation>Informita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="241"/>
        <source>Caller told of a delay</source>
        <translation>Vokanto informita pri prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>How they were told</source>
        <translation>Kiel ili estis informitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>New date</source>
        <translation>Nova dato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="239"/>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="275"/>
        <source>Move callback</source>
        <translation>Movi revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="276"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Kopiita: algluu ĝin en la kanalon de la fako</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="20"/>
        <location filename="../../desk/ui/console/caller_history.py" line="23"/>
        <source>Caller history</source>
        <translation>Historio de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="30"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="32"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="68"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>Entajpu la numeron aŭ retpoŝton de la vokanto por vidi pli fruajn vokojn.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="74"/>
        <source>No earlier calls from this caller.</source>
        <translation>Neniuj pli fruaj vokoj de ĉi tiu vokanto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>Open callbacks</source>
        <translation>Malfermitaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>due</source>
        <translation>limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Already tried</source>
        <translation>Jam provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Earlier calls</source>
        <translation>Pli fruaj vokoj</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Started</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Channel</source>
        <translation>Kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="130"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="141"/>
        <source>Cancel the alarm</source>
        <translation>Nuligi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Reason for cancelling</source>
        <translation>Kialo de la nuligo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="134"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>ekz. la vizitanto trankviliĝis; premita erare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="142"/>
        <source>Keep it</source>
        <translation>Ne nuligi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="146"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Kial tio estas falsa alarmo?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="153"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Donu kialon: ĝi iras al ĉiuj, kiuj ricevis la alarmon.</translation>
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
        <location filename="../../desk/ui/review/pages.py" line="53"/>
        <source>Call durations (minutes)</source>
        <translation>Daŭroj de la vokoj (minutoj)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="55"/>
        <source>Calls per day</source>
        <translation>Vokoj po tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="57"/>
        <source>Calls per hour of the day</source>
        <translation>Vokoj po horo de la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="59"/>
        <source>Recurring topics per week</source>
        <translation>Ripetiĝantaj temoj po semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="82"/>
        <source>target</source>
        <translation>celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>maximum</source>
        <translation>maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="85"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Vokoj laŭ daŭro en minutoj; linioj ĉe la celo kaj ĉe la maksimumo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="91"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n tago</numerusform>
            <numerusform>%n tagoj</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="95"/>
        <source>Calls by hour of the day</source>
        <translation>Vokoj laŭ horo de la tago</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Kutimoj de la teamo, semajnon post semajno (parto de la vokoj kun kontrollisto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Greeting complete</source>
        <translation>Saluto kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Clarification complete</source>
        <translation>Klarigo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Confirmation complete</source>
        <translation>Konfirmo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Closing complete</source>
        <translation>Fermo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Personal question</source>
        <translation>Persona demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Wrap-up past the target</source>
        <translation>Fermado post la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="116"/>
        <source>Hello after answering (s)</source>
        <translation>Saluto post la respondo (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <source>Week</source>
        <translation>Semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Po operatoro (por trejnaj interparoloj, ne por rangigo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Vidoj po operatoro bezonas la pasfrazon de la estro (desk config set-passphrase).</translation>
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
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="41"/>
        <source>Desk — %1</source>
        <translation>Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="42"/>
        <source>Desk console</source>
        <translation>Konzolo de Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="107"/>
        <source>Opening the call log…</source>
        <translation>Malfermante la vokoprotokolon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="184"/>
        <source>Ready · call log: %1</source>
        <translation>Preta · vokoprotokolo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="146"/>
        <source>%1 could not start: %2</source>
        <translation>%1 ne povis starti: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="206"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk ne povas malfermi sian vokoprotokolon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="195"/>
        <source>the call log could not be opened: %1</source>
        <translation>la vokoprotokolo ne malfermiĝis: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="204"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Neniu vokoprotokolo: vokoj ne povas esti registritaj; la sekureca alarmo tamen funkcias</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="209"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>La dosiero ne estis ŝanĝita. La sekureca alarmo tamen funkcias. Lanĉu Desk kun alia dosiero (--db) aŭ petu la IT-fakon restarigi sekurkopion.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>All changes are saved in the call log.</source>
        <translation>Ĉiuj ŝanĝoj estas konservitaj en la vokoprotokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="225"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>la vokoprotokolo estas okupita (alia programo tenas ĝin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="226"/>
        <source>the disk is full</source>
        <translation>la disko estas plena</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="227"/>
        <source>the call log is read-only</source>
        <translation>la vokoprotokolo estas nurlega</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="228"/>
        <source>the disk reports an error</source>
        <translation>la disko raportas eraron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>changes</source>
        <translation>ŝanĝoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Ankoraŭ ne konservita: %1 — %2; reprovante. Nenio, kion vi tajpis, perdiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="236"/>
        <source>Could not save %1: %2</source>
        <translation>Konservo malsukcesis (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="237"/>
        <source>a change</source>
        <translation>ŝanĝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="246"/>
        <location filename="../../desk/ui/console/window.py" line="266"/>
        <source>an interrupted call</source>
        <translation>interrompita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>Unfinished call</source>
        <translation>Nefinita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="251"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Voko komencita je %1 ne estis finita (Desk fermiĝis aŭ la komputilo haltis). Ĉu daŭrigi ĝin?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="255"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Daŭrigi vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="257"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Fermi kiel interrompitan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="268"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>La nefinita voko estis fermita kiel interrompita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="290"/>
        <source>&amp;Call</source>
        <translation>&amp;Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation>&amp;Iloj</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="36"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Ĉi tiu labortablo ne havas sciigan areon: fermi Desk ĉesigas la aperon de alarmoj de aliaj laborejoj en ĉi tiu komputilo. Tenu la fenestron malfermita (minimumigu ĝin).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="80"/>
        <source>Raise security &amp;alarm</source>
        <translation>Ekigi sekurecan &amp;alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="81"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Malfermi Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Eliri</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="83"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: aŭskultas alarmojn de aliaj laborejoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="108"/>
        <source>Desk is still running</source>
        <translation>Desk ankoraŭ funkcias</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="109"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Alarmoj de aliaj laborejoj plu aperos ĉi tie. Uzu Eliri en la menuo de ĉi tiu piktogramo por fini Desk.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="114"/>
        <source>Quit Desk?</source>
        <translation>Ĉu eliri el Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="115"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Post eliro, alarmoj de aliaj laborejoj ne plu aperos en ĉi tiu komputilo ĝis Desk estos denove lanĉita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Eliri el Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="120"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Daŭrigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="156"/>
        <source>The alarm could NOT be raised</source>
        <translation>La alarmo NE povis esti ekigita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="157"/>
        <source>Call the emergency number now.</source>
        <translation>Telefonu nun la krizan numeron.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="160"/>
        <source>Security alarm raised</source>
        <translation>Sekureca alarmo ekigita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="161"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Malfermu Desk por vidi, kiun la alarmo atingis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="177"/>
        <source>Security alarm from another desk</source>
        <translation>Sekureca alarmo de alia laborejo</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="30"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>End call</source>
        <translation>Fini vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="39"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (unue registru averton)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="45"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="46"/>
        <source>What was the call about?</source>
        <translation>Pri kio temis la voko?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="54"/>
        <source>Reason for ending</source>
        <translation>Kialo de la fino</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="55"/>
        <source>What was said, and the warning you gave</source>
        <translation>Kio estis dirita, kaj la averto, kiun vi donis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="69"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="70"/>
        <source>&amp;Topic</source>
        <translation>&amp;Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="87"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Diru, kial la voko estis finita: tio iras en la protokolon.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="66"/>
        <source>LAN alarms: %1</source>
        <translation>LAN-alarmoj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="101"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>La alarmo NE povis esti levita (%1). Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="103"/>
        <source>alarm NOT raised: call %1</source>
        <translation>alarmo NE levita: voku %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="134"/>
        <source>alarm cancelled</source>
        <translation>alarmo nuligita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="137"/>
        <source>acknowledged</source>
        <translation>konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="140"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarmo: %1 el %2 kanaloj atingitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="149"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Neniu konfirmis la alarmon dum %1 s. Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="207"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Alarmtesto ricevita de %1 (nenio farenda)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="212"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Ne legita: %1 (%2). Alarmoj ankoraŭ funkcias; petu IT forigi tiun dosieron.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="217"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Labortablaj sciigoj ne haveblas ĉi tie: la alarmo montriĝas anstataŭe en ĉi tiu fenestro.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="42"/>
        <source>Security incident</source>
        <translation>Sekureca okazaĵo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Emergency: %1</source>
        <translation>Kriz-numero: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="61"/>
        <source>Alarm delivery per channel</source>
        <translation>Livero de la alarmo laŭ kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Channel</source>
        <translation>Kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="63"/>
        <source>Last error</source>
        <translation>Lasta eraro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="68"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Nuligi alarmon (falsa alarmo)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="70"/>
        <source>Cancel alarm</source>
        <translation>Nuligi alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="71"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>Close: security has handled it</source>
        <translation>Fermi: la sekureco prizorgis ĝin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="73"/>
        <source>Close the incident</source>
        <translation>Fermi la okazaĵon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="83"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>La vokoprotokolo ankoraŭ ne povis registri ĉi tiun alarmon (ĝi estas tenata en sekura ĵurnalo kaj aldoniĝos al la protokolo, kiam eblos skribi). La alarmo tamen estis sendita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="90"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>Alarmo levita je %1 estis nuligita: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>SEKURECA ALARMO levita je %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="95"/>
        <source>Acknowledged by %1</source>
        <translation>Konfirmita de %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Ankoraŭ neniu konfirmis la alarmon. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Neniu alarmkanalo estas agordita: la alarmo atingis neniun. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="106"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Atendante konfirmon de la sekureco…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <source>Close</source>
        <translation>Fermi</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Acknowledged after (s)</source>
        <translation>Konfirmita post (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Reason / note</source>
        <translation>Kialo / noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Call</source>
        <translation>Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Acknowledged by</source>
        <translation>Kvitancita de</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="165"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Alarmoj kaj vokoj finitaj pro insultado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>alarm</source>
        <translation>alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>ended for abuse</source>
        <translation>finita pro insultado</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="85"/>
        <source>Language: %1</source>
        <translation>Lingvo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingvo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;View</source>
        <translation>&amp;Vido</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation>Pli &amp;granda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation>Pli &amp;malgranda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normala tekstogrando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alta kontrasto</translation>
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
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="74"/>
        <source>Another call is ringing: %1</source>
        <translation>Alia voko sonoras: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="118"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Respondita post %1 s: ene de la normo (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="119"/>
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
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="17"/>
        <source>This call is no longer in the log.</source>
        <translation>Ĉi tiu voko ne plu estas en la protokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="30"/>
        <source>Checklist:</source>
        <translation>Kontrollisto:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>open</source>
        <translation>malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="51"/>
        <source>never acknowledged</source>
        <translation>neniam konfirmita</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="34"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>nenio en ĉi tiu periodo kaj filtrilo; vokoj aperas ĉi tie, kiam ili finiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>within %1 min</source>
        <translation>ene de %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="48"/>
        <source>median / 90th percentile</source>
        <translation>mediano / 90-a centilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>answered by ring %1</source>
        <translation>respondita ĝis la %1-a sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>full greeting</source>
        <translation>plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="54"/>
        <source>callbacks open / overdue</source>
        <translation>revokoj malfermitaj / malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="56"/>
        <source>late callbacks (caller told)</source>
        <translation>malfruaj revokoj (vokanto informita)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>alarms · median to acknowledge</source>
        <translation>alarmoj · mediano ĝis konfirmo</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="72"/>
        <source>Review — %1</source>
        <translation>Revizio — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="81"/>
        <source>Loading…</source>
        <translation>Ŝargante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="83"/>
        <source>Summary of the calls shown</source>
        <translation>Resumo de la montrataj vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="95"/>
        <source>&amp;Calls</source>
        <translation>&amp;Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="97"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafikaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="98"/>
        <source>Coac&amp;hing</source>
        <translation>&amp;Trejnado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="99"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Okazintaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="102"/>
        <source>Bra&amp;nches</source>
        <translation>&amp;Filioj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>From day</source>
        <translation>De la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>To day</source>
        <translation>Ĝis la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 30 days</source>
        <translation>Lastaj 30 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 7 days</source>
        <translation>Lastaj 7 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 90 days</source>
        <translation>Lastaj 90 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 365 days</source>
        <translation>Lastaj 365 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>Everything</source>
        <translation>Ĉio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="137"/>
        <source>Branch</source>
        <translation>Filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="138"/>
        <source>All branches</source>
        <translation>Ĉiuj filioj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Any operator</source>
        <translation>Ĉiu operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="143"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="144"/>
        <source>Any workstation</source>
        <translation>Ĉiu laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Any outcome</source>
        <translation>Ĉiu rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Any topic</source>
        <translation>Ĉiu temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Any duration</source>
        <translation>Ĉiu daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="149"/>
        <source>Over the target</source>
        <translation>Super la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="150"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>With call&amp;back</source>
        <translation>Kun &amp;revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>With &amp;alarm</source>
        <translation>Kun &amp;alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="161"/>
        <source>Search topics and notes…</source>
        <translation>Serĉi en temoj kaj notoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>Search topics and notes</source>
        <translation>Serĉi en temoj kaj notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="165"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporti…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="167"/>
        <location filename="../../desk/ui/review/window.py" line="399"/>
        <source>Export the calls shown</source>
        <translation>Eksporti la montratajn vokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="202"/>
        <source>Calls, newest first</source>
        <translation>Vokoj, la plej novaj unue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="214"/>
        <source>The selected call, step by step</source>
        <translation>La elektita voko, paŝon post paŝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="216"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Elektu vokon por vidi ĝian kontrolliston, revokon kaj alarmon paŝon post paŝo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1 min or longer</source>
        <translation>%1 min aŭ pli longe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="400"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV por kalkultabeloj (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="410"/>
        <source>Exporting…</source>
        <translation>Eksportante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="426"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Ĉi tiu protokolo venas de pli malnova Desk: la serĉo legas ĉiun noton (pli malrapide ĉe granda protokolo).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="436"/>
        <source>Could not read the log: %1</source>
        <translation>Ne eblis legi la protokolon: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="443"/>
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
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Radika kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>Root cause</source>
        <translation>Radika kaŭzo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="41"/>
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
        <translation>Unu premo tuj alarmas la sekurecon; klavkombino %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="18"/>
        <source>Threat to people or property: alert security now</source>
        <translation>Minaco al homoj aŭ posedaĵo: alarmu la sekurecon nun</translation>
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
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Start of shift</source>
        <translation>Komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="105"/>
        <source>Start of shift checklist</source>
        <translation>Kontrollisto por la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Antaŭ la unua voko: ĉu la laborejo pretas? Marku, kio estas farita (Spaco), poste Preta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Ready</source>
        <translation>&amp;Preta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Preta: registri la kontrolon de la deĵorkomenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="110"/>
        <source>&amp;Later</source>
        <translation>Po&amp;ste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="111"/>
        <source>Later: ask again when Desk opens</source>
        <translation>Poste: demandi denove, kiam Desk malfermiĝos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="153"/>
        <source>the start-of-shift check</source>
        <translation>la kontrolo je la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="154"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Komenco de la deĵoro registrita. Bonan deĵoron!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="42"/>
        <location filename="../../desk/ui/console/checklist.py" line="147"/>
        <source>Call stages</source>
        <translation>Etapoj de la voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="49"/>
        <location filename="../../desk/ui/console/checklist.py" line="148"/>
        <source>Stage checklist</source>
        <translation>Kontrollisto de la etapo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="50"/>
        <location filename="../../desk/ui/console/checklist.py" line="149"/>
        <source>Space ticks the selected item</source>
        <translation>Spaco markas la elektitan eron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="58"/>
        <location filename="../../desk/ui/console/checklist.py" line="150"/>
        <source>Suggested phrases</source>
        <translation>Proponataj frazoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="151"/>
        <source>Reminder</source>
        <translation>Memorigo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="101"/>
        <source>late: answered on ring %1</source>
        <translation>malfrue: respondita ĉe la %1-a sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%1 el %2 faritaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="164"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Servopeko evitenda — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="174"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(la frazo aperos, kiam ĝiaj detaloj estos konataj, ekz. post notita revoko)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="177"/>
        <source>(no phrase: just do it)</source>
        <translation>(neniu frazo: simple faru)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="29"/>
        <source>Head office sync</source>
        <translation>Sinkronigo kun la ĉefoficejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>never</source>
        <translation>neniam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="54"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Ĉefoficejo: %1 atendas · laste sendita %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="60"/>
        <source>retrying</source>
        <translation>reprovante</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
        <source>refused: this log belongs to another branch</source>
        <translation>rifuzita: ĉi tiu protokolo apartenas al alia filio</translation>
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
<context>
    <name>window</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="15"/>
        <source>&amp;Review…</source>
        <translation>&amp;Revizio…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="17"/>
        <source>Supervisor review of the call log</source>
        <translation>Revizio de la vokoprotokolo fare de la estro</translation>
    </message>
</context>
</TS>
