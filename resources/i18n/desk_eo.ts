<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="22"/>
        <source>no config file found: defaults</source>
        <translation>neniu agorda dosiero trovita: defaŭltoj</translation>
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
        <translation>Versio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Branch config</source>
        <translation>Agordo de la filio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="41"/>
        <source>Call log</source>
        <translation>Vokoprotokolo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Log files</source>
        <translation>Protokoldosieroj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="49"/>
        <source>About Desk</source>
        <translation>Pri Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="58"/>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="59"/>
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
        <location filename="../../desk/ui/escalation/proof.py" line="32"/>
        <source>Test the alarm</source>
        <translation>Testi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="38"/>
        <source>Last alarm test</source>
        <translation>Lasta alarmtesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="49"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Alarmtesto sendita per ĉiu kanalo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="59"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Alarmtesto: neniu kanalo estas agordita — alarmoj iras nenien.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="68"/>
        <source>Alarm test: %1</source>
        <translation>Alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="75"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Neniu alarmkanalo: alarmoj iras nenien</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>Alarm never tested</source>
        <translation>Alarmo neniam testita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>La alarmo neniam estis testita de ĉi tiu konzolo: Iloj ▸ Testi la alarmon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="88"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>La lasta sukcesa alarmtesto estis antaŭ %1 tagoj: testu ĝin denove (Iloj ▸ Testi la alarmon).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="92"/>
        <source>Last successful alarm test: %1</source>
        <translation>Lasta sukcesa alarmtesto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="99"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Neniu alarmkanalo estas agordita: la sekureca butono atingas NENIUN. Petu la IT-fakon aldoni [[security.channels]] al la agordo de la filio. En kriz-okazo voku %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>Alarmoj NE alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="117"/>
        <source>They will arrive on: %1.</source>
        <translation>Ili alvenos per: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="121"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Alarmoj alvenos per: %1.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="21"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Warning</source>
        <translation>Averto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Alert</source>
        <translation>Alarmo</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="153"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="155"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>giĉeto</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
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
        <location filename="../../desk/ui/console/call_panel.py" line="353"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>La voko finiĝis; ĝi estas konservata en la vokoprotokolo…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="354"/>
        <source>Call saved in the call log.</source>
        <translation>La voko estas konservita en la vokoprotokolo.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="22"/>
        <source>Call timer</source>
        <translation>Vokotempilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="28"/>
        <source>no call</source>
        <translation>neniu voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="33"/>
        <source>within norm</source>
        <translation>ene de la normo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="34"/>
        <source>time to wrap up</source>
        <translation>tempo por fini</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="211"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>Respondmaniero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Already &amp;tried</source>
        <translation>Jam &amp;provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="103"/>
        <source>Save and forward</source>
        <translation>Konservi kaj plusendi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="144"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Restarigita, kion vi tajpis antaŭ ol Desk fermiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="170"/>
        <source>Discard callback?</source>
        <translation>Forĵeti la revokon?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Ĉu forĵeti ĉi tiun revokon kaj ĉion, kion vi tajpis en ĝi?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="198"/>
        <source>Saving the callback…</source>
        <translation>Konservante la revokon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Callback not saved</source>
        <translation>Revoko ne konservita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>La revoko ne povis esti konservita: %1. Ĉio, kion vi tajpis, restas kiel malneto.</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="134"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>akceptita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="136"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>movita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>answered</source>
        <translation>respondita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="139"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>plusendita</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="36"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>Limdato: %1   Plusendo: %2</translation>
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
        <translation>%1  la vokanto sciiĝis pri prokrasto %2: nova dato %3 (antaŭe %4)</translation>
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
        <source>○ open</source>
        <translation>○ malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>✔ answered</source>
        <translation>✔ respondita</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="41"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Konekto malsukcesis: revoko (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed, take a callback</source>
        <translation>Konekto malsukcesis, notu revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="56"/>
        <source>Callbacks…</source>
        <translation>Revokoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="94"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Revoko, kiun vi tajpis, estas konservita: premu F6 por fini ĝin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="148"/>
        <source>the callback</source>
        <translation>la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="155"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>the callback draft</source>
        <translation>la malneto de la revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="164"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Diru al la vokanto: %1 respondos al vi ĝis %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>%1 ne havas retpoŝton ĉi tie: la revoko estas kopiita kiel teksto, algluu ĝin al ili.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="225"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Revokoj: %1 malfruaj, %2 limdataj hodiaŭ (F7 por vidi ilin).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="227"/>
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
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Due</source>
        <translation>Limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="31"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>E-mail</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="32"/>
        <source>Question</source>
        <translation>Demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="33"/>
        <source>Forwarding</source>
        <translation>Plusendo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="115"/>
        <source>not forwarded (copy as text)</source>
        <translation>ne plusendita (kopiu kiel tekston)</translation>
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
        <translation>Revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="53"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Serĉi nomon, numeron, retpoŝton, demandon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Search callbacks</source>
        <translation>Serĉi revokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Overdue only</source>
        <translation>Nur malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Show &amp;answered</source>
        <translation>Montri &amp;responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="60"/>
        <source>Show answered</source>
        <translation>Montri responditajn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Callbacks by due date</source>
        <translation>Revokoj laŭ limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="71"/>
        <source>Selected callback's history</source>
        <translation>Historio de la elektita revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>Mark &amp;answered…</source>
        <translation>Marki &amp;respondita…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="81"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Vokanto informita pri &amp;prokrasto…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="82"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Movi al fako…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="83"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopii kiel tekston</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="136"/>
        <source>a callback change</source>
        <translation>ŝanĝo de revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="163"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 montrataj · %2 malfruaj · %3 limdataj hodiaŭ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="178"/>
        <source>Select a callback.</source>
        <translation>Elektu revokon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="182"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Momenton: la revoko ankoraŭ ŝargiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>Answered by</source>
        <translation>Respondis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Answered at</source>
        <translation>Respondita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>Callback answered</source>
        <translation>Revoko respondita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="217"/>
        <source>How</source>
        <translation>Kiel</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="218"/>
        <source>Who</source>
        <translation>Kiu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="219"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="245"/>
        <location filename="../../desk/ui/callbacks/view.py" line="247"/>
        <source>Told at</source>
        <translation>Informita je</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="246"/>
        <source>Caller told of a delay</source>
        <translation>Vokanto informita pri prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="247"/>
        <source>How they were told</source>
        <translation>Kiel ili estis informitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="248"/>
        <source>New date</source>
        <translation>Nova dato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="244"/>
        <location filename="../../desk/ui/callbacks/view.py" line="248"/>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="282"/>
        <source>Move callback</source>
        <translation>Movi revokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <source>Department</source>
        <translation>Fako</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="293"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Kopiita: algluu ĝin en la kanalon de la fako</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="22"/>
        <location filename="../../desk/ui/console/caller_history.py" line="25"/>
        <source>Caller history</source>
        <translation>Historio de la vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="33"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="35"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopii pli fruajn notojn en ĉi tiun vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="71"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>Entajpu la numeron aŭ retpoŝton de la vokanto por vidi pli fruajn vokojn.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="77"/>
        <source>No earlier calls from this caller.</source>
        <translation>Neniuj pli fruaj vokoj de ĉi tiu vokanto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="82"/>
        <source>Open callbacks</source>
        <translation>Malfermitaj revokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="82"/>
        <source>due</source>
        <translation>limdato</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="83"/>
        <source>Already tried</source>
        <translation>Jam provita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="83"/>
        <source>Earlier calls</source>
        <translation>Pli fruaj vokoj</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Started</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="28"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="29"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Channel</source>
        <translation>Kanalo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Caller</source>
        <translation>Vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="30"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="31"/>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="131"/>
        <source>Cancel the alarm</source>
        <translation>Nuligi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="123"/>
        <source>Reason for cancelling</source>
        <translation>Kialo de la nuligo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="124"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>ekz. la vizitanto trankviliĝis; premita erare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Keep it</source>
        <translation>Ne nuligi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="136"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Kial tio estas falsa alarmo?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="143"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Donu kialon: ĝi iras al ĉiuj, kiuj ricevis la alarmon.</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="108"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>alarmsistemo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>email</source>
        <translation>retpoŝto</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="111"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>aliaj konzoloj</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="113"/>
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
        <location filename="../../desk/ui/review/pages.py" line="80"/>
        <source>target</source>
        <translation>celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="81"/>
        <source>maximum</source>
        <translation>maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Vokoj laŭ daŭro en minutoj; linioj ĉe la celo kaj ĉe la maksimumo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="88"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n tago</numerusform>
            <numerusform>%n tagoj</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="92"/>
        <source>Calls by hour of the day</source>
        <translation>Vokoj laŭ horo de la tago</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Kutimoj de la teamo, semajnon post semajno (parto de la vokoj kun kontrollisto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="109"/>
        <source>Greeting complete</source>
        <translation>Saluto kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="109"/>
        <source>Clarification complete</source>
        <translation>Klarigo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="110"/>
        <source>Confirmation complete</source>
        <translation>Konfirmo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="110"/>
        <source>Closing complete</source>
        <translation>Fermo kompleta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Personal question</source>
        <translation>Persona demando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Wrap-up past the target</source>
        <translation>Fermado post la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="112"/>
        <source>Hello after answering (s)</source>
        <translation>Saluto post la respondo (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Week</source>
        <translation>Semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Team habits per week</source>
        <translation>Kutimoj de la teamo laŭ semajno</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="121"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="122"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="122"/>
        <source>Habits per operator</source>
        <translation>Kutimoj laŭ operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Po operatoro (por trejnaj interparoloj, ne por rangigo):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Vidoj po operatoro bezonas la pasfrazon de la estro (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="51"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>neniu agorda dosiero trovita (%1): uzataj la defaŭltoj (alarmoj iras nenien)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="62"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>legita %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>warning: %1</source>
        <translation>averto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="68"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>filio %1, %2 fako(j), %3 alarmkanalo(j)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>averto: neniu alarmkanalo agordita: alarmoj iras nenien</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="161"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>donita per --config</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named on the command line</source>
        <translation>donita en la komandlinio</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>from DESK_CONFIG</source>
        <translation>el DESK_CONFIG</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>next to the program</source>
        <translation>apud la programo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>machine-wide config dir</source>
        <translation>komuna agorda dosierujo de la komputilo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>user config dir</source>
        <translation>agorda dosierujo de la uzanto</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>neniu el la kutimaj lokoj havas branch.toml</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="125"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>telefone</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by e-mail</source>
        <translation>retpoŝte</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by letter</source>
        <translation>lettere</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by text message</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>in person</source>
        <translation>persone</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="16"/>
        <source>Something went wrong</source>
        <translation>Io misfunkciis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="19"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Desk renkontis neatenditan eraron kaj daŭre funkcias. Kion vi tajpis restas sur la ekrano; la statolinio diras, ĉu io ankoraŭ ne estas konservita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="26"/>
        <source>A report for IT was written to %1</source>
        <translation>Raporto por la IT-fako estis skribita al %1</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="94"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ vicumita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>↗ sending</source>
        <translation>↗ sendata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>✔ delivered</source>
        <translation>✔ liverita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="98"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ malsukcesis, reprovata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="100"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>– cancelled</source>
        <translation>– nuligita</translation>
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
        <location filename="../../desk/ui/console/window.py" line="101"/>
        <source>Opening the call log…</source>
        <translation>Malfermante la vokoprotokolon…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="177"/>
        <source>Ready · call log: %1</source>
        <translation>Preta · vokoprotokolo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="139"/>
        <source>%1 could not start: %2</source>
        <translation>%1 ne povis starti: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="199"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk ne povas malfermi sian vokoprotokolon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="188"/>
        <source>the call log could not be opened: %1</source>
        <translation>la vokoprotokolo ne malfermiĝis: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="197"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Neniu vokoprotokolo: vokoj ne povas esti registritaj; la sekureca alarmo tamen funkcias</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="202"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>La dosiero ne estis ŝanĝita. La sekureca alarmo tamen funkcias. Lanĉu Desk kun alia dosiero (--db) aŭ petu la IT-fakon restarigi sekurkopion.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="214"/>
        <source>All changes are saved in the call log.</source>
        <translation>Ĉiuj ŝanĝoj estas konservitaj en la vokoprotokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="218"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>la vokoprotokolo estas okupita (alia programo tenas ĝin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="219"/>
        <source>the disk is full</source>
        <translation>la disko estas plena</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="220"/>
        <source>the call log is read-only</source>
        <translation>la vokoprotokolo estas nurlega</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>the disk reports an error</source>
        <translation>la disko raportas eraron</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="222"/>
        <source>changes</source>
        <translation>ŝanĝoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="223"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Ankoraŭ ne konservita: %1 — %2; reprovante. Nenio, kion vi tajpis, perdiĝis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>Could not save %1: %2</source>
        <translation>Konservo malsukcesis (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>a change</source>
        <translation>ŝanĝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="239"/>
        <location filename="../../desk/ui/console/window.py" line="259"/>
        <source>an interrupted call</source>
        <translation>interrompita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="243"/>
        <source>Unfinished call</source>
        <translation>Nefinita voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Voko komencita je %1 ne estis finita (Desk fermiĝis aŭ la komputilo haltis). Ĉu daŭrigi ĝin?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="248"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Daŭrigi vokon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Fermi kiel interrompitan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="261"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>La nefinita voko estis fermita kiel interrompita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="283"/>
        <source>&amp;Call</source>
        <translation>&amp;Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="291"/>
        <source>&amp;Tools</source>
        <translation>&amp;Iloj</translation>
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
        <location filename="../../desk/ui/escalation/controller.py" line="65"/>
        <source>LAN alarms: %1</source>
        <translation>LAN-alarmoj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="100"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>La alarmo NE povis esti levita (%1). Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="102"/>
        <source>alarm NOT raised: call %1</source>
        <translation>alarmo NE levita: voku %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="133"/>
        <source>alarm cancelled</source>
        <translation>alarmo nuligita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="136"/>
        <source>acknowledged</source>
        <translation>konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="139"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>alarmo: %1 el %2 kanaloj atingitaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="148"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Neniu konfirmis la alarmon dum %1 s. Voku %2 nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="206"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Alarmtesto ricevita de %1 (nenio farenda)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="210"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Ne legita: %1 (%2). Alarmoj ankoraŭ funkcias; petu IT forigi tiun dosieron.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="214"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Labortablaj sciigoj ne haveblas ĉi tie: la alarmo montriĝas anstataŭe en ĉi tiu fenestro.</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="144"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>retletero vicumita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail being sent</source>
        <translation>retletero sendata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail sent</source>
        <translation>retletero sendita</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail failed, retrying</source>
        <translation>retletero malsukcesis, reprovata</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>not by e-mail (copy as text)</source>
        <translation>ne retpoŝte (kopiu kiel tekston)</translation>
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
        <location filename="../../desk/ui/escalation/incident_panel.py" line="28"/>
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
        <location filename="../../desk/ui/escalation/incident_panel.py" line="54"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Nuligi alarmon (falsa alarmo)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="56"/>
        <source>Cancel alarm</source>
        <translation>Nuligi alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="111"/>
        <source>Close: security has handled it</source>
        <translation>Fermi: la sekurecistoj prizorgis ĝin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Close the incident</source>
        <translation>Fermi la okazaĵon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="69"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>La vokoprotokolo ankoraŭ ne povis registri ĉi tiun alarmon (ĝi estas tenata en sekura ĵurnalo kaj aldoniĝos al la protokolo, kiam eblos skribi). La alarmo tamen estis sendita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="76"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>Alarmo levita je %1 estis nuligita: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="80"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>SEKURECA ALARMO levita je %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="82"/>
        <source>Acknowledged by %1</source>
        <translation>Konfirmita de %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="85"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Ankoraŭ neniu konfirmis la alarmon. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="89"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Neniu alarmkanalo estas agordita: la alarmo atingis neniun. Voku la kriz-numeron nun.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Atendante konfirmon de la sekurecistoj…</translation>
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
        <translation>Fermi</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="153"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="154"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="154"/>
        <source>Acknowledged after (s)</source>
        <translation>Konfirmita post (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="155"/>
        <source>Reason / note</source>
        <translation>Kialo / noto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="155"/>
        <source>Call</source>
        <translation>Voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="158"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Alarmoj kaj vokoj finitaj pro insultado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="167"/>
        <source>alarm</source>
        <translation>alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="167"/>
        <source>ended for abuse</source>
        <translation>finita pro insultado</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="101"/>
        <source>Language: %1</source>
        <translation>Lingvo: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingvo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Vido</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="160"/>
        <source>&amp;Larger text</source>
        <translation>Pli &amp;granda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="161"/>
        <source>&amp;Smaller text</source>
        <translation>Pli &amp;malgranda teksto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="162"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normala tekstogrando</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="163"/>
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
        <location filename="../../desk/core/vocab.py" line="118"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>cancellation</source>
        <translation>nuligo</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>test</source>
        <translation>testo</translation>
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
        <location filename="../../desk/ui/console/phone_link.py" line="69"/>
        <source>Another call is ringing: %1</source>
        <translation>Alia voko sonoras: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="113"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Respondita post %1 s: ene de la normo (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="114"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>Respondita post %1 s: pli malfrue ol la normo (%2 s).</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="113"/>
        <source>Difficult caller</source>
        <translation>Malfacila vokanto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller playbook</source>
        <translation>Gvidilo por malfacila vokanto</translation>
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
        <location filename="../../desk/ui/escalation/remote_alert.py" line="18"/>
        <source>Security alarm from another desk</source>
        <translation>Sekureca alarmo de alia laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="22"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>SEKURECA ALARMO ĉe %1 — %2, levita de %3 je %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>caller: %1</source>
        <translation>vokanto: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="31"/>
        <source>Acknowledge</source>
        <translation>Konfirmi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="33"/>
        <source>Acknowledge the alarm</source>
        <translation>Konfirmi la alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="35"/>
        <source>Dismiss</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="37"/>
        <source>Dismiss the alarm notice</source>
        <translation>Forigi la alarmsciigon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="47"/>
        <source>Acknowledged</source>
        <translation>Konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>CANCELLED: %1</source>
        <translation>NULIGITA: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="143"/>
        <source>no calls yet (in this period)</source>
        <translation>ankoraŭ neniu voko (en ĉi tiu periodo)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="145"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="146"/>
        <source>within target / maximum</source>
        <translation>ene de celo / maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="148"/>
        <source>median / 90th percentile</source>
        <translation>mediano / 90-a centilo</translation>
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
        <translation>respondita ĝis la norma sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="153"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (el %2 vokoj kun sonortempoj)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="155"/>
        <source>greeting complete</source>
        <translation>plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="156"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (el %2 vokoj kun kontrollisto)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="158"/>
        <source>wrap-up past the target</source>
        <translation>fermado post la celo</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="160"/>
        <source>callbacks open / overdue</source>
        <translation>revokoj malfermitaj / malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="162"/>
        <source>late callbacks, told</source>
        <translation>malfruaj revokoj, sciigitaj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="163"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, %2 sciigitaj pri la prokrasto</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="166"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>sekurecaj okazaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="167"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (mediano %2 s ĝis konfirmo)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="170"/>
        <source>most skipped items</source>
        <translation>plej ofte preterlasitaj punktoj</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="176"/>
        <source>top topics:</source>
        <translation>ĉefaj temoj:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="185"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 vokoj  ene de celo %3  saluto %4  persona demando %5  fermado %6</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="18"/>
        <source>&amp;Review…</source>
        <translation>&amp;Revizio…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="20"/>
        <source>Supervisor review of the call log</source>
        <translation>Revizio de la vokoprotokolo fare de la estro</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="35"/>
        <source>This call is no longer in the log.</source>
        <translation>Ĉi tiu voko ne plu estas en la protokolo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="37"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 min  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>Operatoro: %1 @ %2  Vokanto: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="44"/>
        <source>Answered: %1</source>
        <translation>Respondita: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="47"/>
        <source>Notes: %1</source>
        <translation>Notoj: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="49"/>
        <source>Ended because: %1</source>
        <translation>Finita ĉar: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="52"/>
        <source>Checklist:</source>
        <translation>Kontrollisto:</translation>
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
        <translation>respondita %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="66"/>
        <source>open</source>
        <translation>malfermita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="67"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>Revoko #%1 → %2: limdato %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="72"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  sciigita pri prokrasto %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>acknowledged %1 by %2</source>
        <translation>konfirmita %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>never acknowledged</source>
        <translation>neniam konfirmita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="84"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>Alarmo #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="87"/>
        <source>  cancelled: %1</source>
        <translation>  nuligita: %1</translation>
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
        <translation>Ankoraŭ neniu voko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="24"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>nenio en ĉi tiu periodo kaj filtrilo; vokoj aperas ĉi tie, kiam ili finiĝas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="33"/>
        <source>calls</source>
        <translation>vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="35"/>
        <location filename="../../desk/ui/review/band.py" line="36"/>
        <source>within %1 min</source>
        <translation>ene de %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="39"/>
        <source>median / 90th percentile</source>
        <translation>mediano / 90-a centilo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>answered by ring %1</source>
        <translation>respondita ĝis la %1-a sonoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <source>full greeting</source>
        <translation>plena saluto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>callbacks open / overdue</source>
        <translation>revokoj malfermitaj / malfruaj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="47"/>
        <source>late callbacks (caller told)</source>
        <translation>malfruaj revokoj (vokanto informita)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>alarms · median to acknowledge</source>
        <translation>alarmoj · mediano ĝis konfirmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>Plej ofte preterlasita: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="70"/>
        <source>Review — %1</source>
        <translation>Revizio — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="78"/>
        <source>Loading…</source>
        <translation>Ŝargante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="80"/>
        <source>Summary of the calls shown</source>
        <translation>Resumo de la montrataj vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="87"/>
        <source>&amp;Calls</source>
        <translation>&amp;Vokoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="89"/>
        <source>C&amp;harts</source>
        <translation>&amp;Grafikaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="90"/>
        <source>Coac&amp;hing</source>
        <translation>&amp;Trejnado</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Okazintaĵoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="111"/>
        <source>From day</source>
        <translation>De la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="113"/>
        <source>To day</source>
        <translation>Ĝis la tago</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="116"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="117"/>
        <source>Last 30 days</source>
        <translation>Lastaj 30 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="117"/>
        <source>Last 7 days</source>
        <translation>Lastaj 7 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="118"/>
        <source>Last 90 days</source>
        <translation>Lastaj 90 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="118"/>
        <source>Last 365 days</source>
        <translation>Lastaj 365 tagoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="119"/>
        <source>Everything</source>
        <translation>Ĉio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="122"/>
        <source>Operator</source>
        <translation>Operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="122"/>
        <source>Any operator</source>
        <translation>Ĉiu operatoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="123"/>
        <source>Workstation</source>
        <translation>Laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>Any workstation</source>
        <translation>Ĉiu laborejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="125"/>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="125"/>
        <source>Any outcome</source>
        <translation>Ĉiu rezulto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>Topic</source>
        <translation>Temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>Any topic</source>
        <translation>Ĉiu temo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="127"/>
        <source>Duration</source>
        <translation>Daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="127"/>
        <source>Any duration</source>
        <translation>Ĉiu daŭro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="128"/>
        <source>Within the target</source>
        <translation>Ene de la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Over the target</source>
        <translation>Super la celo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Over the maximum</source>
        <translation>Super la maksimumo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>With call&amp;back</source>
        <translation>Kun &amp;revoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>With &amp;alarm</source>
        <translation>Kun &amp;alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Search topics and notes…</source>
        <translation>Serĉi en temoj kaj notoj…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Search topics and notes</source>
        <translation>Serĉi en temoj kaj notoj</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporti…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <location filename="../../desk/ui/review/window.py" line="300"/>
        <source>Export the calls shown</source>
        <translation>Eksporti la montratajn vokojn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="151"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="151"/>
        <source>to</source>
        <translation>ĝis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="183"/>
        <source>Calls, newest first</source>
        <translation>Vokoj, la plej novaj unue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="195"/>
        <source>The selected call, step by step</source>
        <translation>La elektita voko, paŝon post paŝo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="197"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Elektu vokon por vidi ĝian kontrolliston, revokon kaj alarmon paŝon post paŝo.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="301"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV por kalkultabeloj (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="311"/>
        <source>Exporting…</source>
        <translation>Eksportante…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="327"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Ĉi tiu protokolo venas de pli malnova Desk: la serĉo legas ĉiun noton (pli malrapide ĉe granda protokolo).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="337"/>
        <source>Could not read the log: %1</source>
        <translation>Ne eblis legi la protokolon: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="344"/>
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
        <source>&amp;Root cause</source>
        <translation>&amp;Radika kaŭzo</translation>
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
        <location filename="../../desk/ui/escalation/security_bar.py" line="11"/>
        <source>Security alarm (%1)</source>
        <translation>Sekureca alarmo (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Raise security alarm</source>
        <translation>Levi sekurecan alarmon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>Unu premo tuj alarmas la sekurecistojn; klavkombino %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="16"/>
        <source>Threat to people or property: alert security now</source>
        <translation>Minaco al homoj aŭ posedaĵo: alarmu la sekurecistojn nun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="23"/>
        <source>Alarm status</source>
        <translation>Stato de la alarmo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>Kriz-numero: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="102"/>
        <source>Start of shift</source>
        <translation>Komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="103"/>
        <source>Start of shift checklist</source>
        <translation>Kontrollisto por la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Antaŭ la unua voko: ĉu la laborejo pretas? Marku, kio estas farita (Spaco), poste Preta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>&amp;Ready</source>
        <translation>&amp;Preta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="107"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Preta: registri la kontrolon de la deĵorkomenco</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Later</source>
        <translation>Po&amp;ste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Later: ask again when Desk opens</source>
        <translation>Poste: demandi denove, kiam Desk malfermiĝos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="151"/>
        <source>the start-of-shift check</source>
        <translation>la kontrolo je la komenco de la deĵoro</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
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
        <location filename="../../desk/ui/sync_status.py" line="28"/>
        <source>Head office sync</source>
        <translation>Sinkronigo kun la ĉefoficejo</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="52"/>
        <source>never</source>
        <translation>neniam</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Ĉefoficejo: %1 atendas · laste sendita %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
        <source>retrying</source>
        <translation>reprovante</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="58"/>
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
        <location filename="../../desk/ui/console/guidance.py" line="61"/>
        <source>Time to wrap up</source>
        <translation>Tempo por fini</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Wrap-up phrases</source>
        <translation>Fermaj frazoj</translation>
    </message>
</context>
</TS>
