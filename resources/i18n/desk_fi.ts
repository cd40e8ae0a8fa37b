<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
        <translation>Toimipisteen asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Call log</source>
        <translation>Puheluloki</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Log files</source>
        <translation>Lokitiedostot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="47"/>
        <source>About Desk</source>
        <translation>Tietoja Deskistä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="56"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="57"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Tietoja Deskistä</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record &amp;warning given</source>
        <translation>Kirjaa annettu &amp;varoitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="75"/>
        <source>Record that the caller was warned</source>
        <translation>Kirjaa, että soittajaa varoitettiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="80"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Ei vielä varoitusta: puhelun voi lopettaa asiattoman käytöksen vuoksi vasta varoituksen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="82"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>Varoitus kirjattu klo %1: puhelun voi nyt lopettaa asiattoman käytöksen vuoksi (Lopeta puhelu, syy mukaan).</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="11"/>
        <source>Start call</source>
        <translation>Aloita puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="12"/>
        <source>Start counter visit</source>
        <translation>Aloita tiskikäynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="13"/>
        <source>Next stage</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="14"/>
        <source>Previous stage</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="15"/>
        <source>End call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="16"/>
        <source>Greeting stage</source>
        <translation>Tervehdysvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="17"/>
        <source>Clarification stage</source>
        <translation>Selvitysvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="18"/>
        <source>Confirmation stage</source>
        <translation>Varmistusvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="19"/>
        <source>Closing stage</source>
        <translation>Lopetusvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="20"/>
        <source>Caller is upset</source>
        <translation>Soittaja on tuohtunut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="21"/>
        <source>Go to notes</source>
        <translation>Siirry muistiinpanoihin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="22"/>
        <source>Quit</source>
        <translation>Lopeta Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="23"/>
        <source>Transfer failed: take callback</source>
        <translation>Yhdistäminen epäonnistui: ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="24"/>
        <source>Callbacks…</source>
        <translation>Takaisinsoitot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="25"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="27"/>
        <source>Security alarm</source>
        <translation>Turvahälytys</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="31"/>
        <source>Test the alarm</source>
        <translation>Testaa hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="37"/>
        <source>Last alarm test</source>
        <translation>Viimeisin hälytystesti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="48"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Hälytystesti lähetetty kaikille kanaville…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Hälytystesti: yhtään kanavaa ei ole määritetty — hälytykset eivät mene minnekään.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="66"/>
        <source>Alarm test: %1</source>
        <translation>Hälytystesti: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="73"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Ei hälytyskanavaa: hälytykset eivät mene minnekään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="78"/>
        <source>Alarm never tested</source>
        <translation>Hälytystä ei ole koskaan testattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>Hälytystä ei ole koskaan testattu tältä konsolilta: Työkalut ▸ Testaa hälytys.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="86"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>Viimeisin onnistunut hälytystesti oli %1 päivää sitten: testaa uudelleen (Työkalut ▸ Testaa hälytys).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>Last successful alarm test: %1</source>
        <translation>Viimeisin onnistunut hälytystesti: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="97"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Hälytyskanavaa ei ole määritetty: hälytyspainike ei tavoita KETÄÄN. Pyydä IT-tukea lisäämään [[security.channels]] toimipisteen asetuksiin. Hätätilanteessa soita %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="113"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>Hälytykset EIVÄT tule perille kanavilla: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>They will arrive on: %1.</source>
        <translation>Ne tulevat perille kanavilla: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="119"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Hälytykset tulevat perille kanavilla: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="205"/>
        <source>Start Desk at &amp;login</source>
        <translation>Käynnistä Desk &amp;kirjautuessa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="223"/>
        <source>Could not change starting at login: %1</source>
        <translation>Käynnistystä kirjautuessa ei voitu muuttaa: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="24"/>
        <source>Alert</source>
        <translation>Hälytys</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Branch</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Within the target</source>
        <translation>Tavoitteen sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Within the maximum</source>
        <translation>Enimmäisajan sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Answered by the ring</source>
        <translation>Vastattu soittoon mennessä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Callbacks on time</source>
        <translation>Takaisinsoitot ajallaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Alarms</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Last sync</source>
        <translation>Viimeisin synkronointi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="38"/>
        <source>Branches side by side</source>
        <translation>Toimipisteet rinnakkain</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="43"/>
        <source>Start call (F2)</source>
        <translation>Aloita puhelu (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="45"/>
        <source>Start call</source>
        <translation>Aloita puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="47"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Tiskikäynti (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="49"/>
        <source>Start counter visit</source>
        <translation>Aloita tiskikäynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="51"/>
        <source>End call (F4)</source>
        <translation>Lopeta puhelu (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="53"/>
        <source>End call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="66"/>
        <source>Caller's phone number</source>
        <translation>Soittajan puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="67"/>
        <source>Caller's number</source>
        <translation>Soittajan numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="76"/>
        <location filename="../../desk/ui/console/call_panel.py" line="77"/>
        <source>Caller's name</source>
        <translation>Soittajan nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="81"/>
        <location filename="../../desk/ui/console/call_panel.py" line="82"/>
        <source>Caller's e-mail</source>
        <translation>Soittajan sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="89"/>
        <source>Caller is &amp;upset</source>
        <translation>Soittaja on t&amp;uohtunut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>Caller is upset</source>
        <translation>Soittaja on tuohtunut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="95"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="96"/>
        <source>N&amp;ame</source>
        <translation>N&amp;imi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="97"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="106"/>
        <source>Next stage (F3)</source>
        <translation>Seuraava vaihe (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <source>Next stage</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <location filename="../../desk/ui/console/call_panel.py" line="114"/>
        <source>What the caller already tried</source>
        <translation>Mitä soittaja on jo kokeillut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="118"/>
        <source>Call notes</source>
        <translation>Puhelun muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Muistiinpanot (perussyy, mitä sovittiin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="130"/>
        <source>Already &amp;tried</source>
        <translation>&amp;Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="351"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>Puhelu päättyi; tallennetaan puhelulokiin…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="352"/>
        <source>Call saved in the call log.</source>
        <translation>Puhelu on tallennettu puhelulokiin.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="24"/>
        <source>Call timer</source>
        <translation>Puhelun ajastin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="30"/>
        <source>no call</source>
        <translation>ei puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>within norm</source>
        <translation>normin sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>time to wrap up</source>
        <translation>aika päättää</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
        <source>over %n min</source>
        <translation>
            <numerusform>yli %n min</numerusform>
            <numerusform>yli %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="44"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="208"/>
        <source>Transfer failed: take a callback</source>
        <translation>Yhdistäminen epäonnistui: ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="57"/>
        <source>Call back by phone</source>
        <translation>Soita takaisin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Answer by e-mail</source>
        <translation>Vastaa sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>How the caller wants the answer</source>
        <translation>Miten soittaja haluaa vastauksen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="62"/>
        <source>What the caller already tried</source>
        <translation>Mitä soittaja on jo kokeillut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>Full &amp;name</source>
        <translation>Koko &amp;nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;Question</source>
        <translation>&amp;Kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Department</source>
        <translation>&amp;Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>Caller's full name</source>
        <translation>Soittajan koko nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's question</source>
        <translation>Soittajan kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Department that will answer</source>
        <translation>Osasto, joka vastaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="93"/>
        <source>Answer by</source>
        <translation>Vastaus viimeistään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Already &amp;tried</source>
        <translation>&amp;Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="102"/>
        <source>Save and forward</source>
        <translation>Tallenna ja välitä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="143"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Palautettu se, mitä kirjoitit ennen kuin Desk suljettiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="168"/>
        <source>Discard callback?</source>
        <translation>Hylätäänkö takaisinsoittopyyntö?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="169"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Heitetäänkö pois tämä takaisinsoittopyyntö ja kaikki siihen kirjoitettu?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="195"/>
        <source>Saving the callback…</source>
        <translation>Tallennetaan takaisinsoittopyyntöä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="209"/>
        <source>Callback not saved</source>
        <translation>Takaisinsoittopyyntöä ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="210"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>Takaisinsoittopyyntöä ei voitu tallentaa: %1. Kaikki kirjoittamasi on tallessa luonnoksena.</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="42"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Yhdistäminen epäonnistui: takaisinsoitto (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="44"/>
        <source>Transfer failed, take a callback</source>
        <translation>Yhdistäminen epäonnistui, ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Takaisinsoitot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="95"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Kesken jäänyt takaisinsoittopyyntö on tallessa: viimeistele se painamalla F6.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="149"/>
        <source>the callback</source>
        <translation>takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="156"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="184"/>
        <source>the callback draft</source>
        <translation>takaisinsoittopyynnön luonnos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="165"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Kerro soittajalle: %1 vastaa sinulle viimeistään %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="174"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>Osastolla %1 ei ole tässä sähköpostia: pyyntö on kopioitu tekstinä, liitä se heille.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="226"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Takaisinsoitot: %1 myöhässä, %2 erääntyy tänään (F7 näyttää ne).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="228"/>
        <source>Desk callbacks</source>
        <translation>Desk-takaisinsoitot</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="15"/>
        <source>⚠ overdue</source>
        <translation>⚠ myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="16"/>
        <source>● due today</source>
        <translation>● erääntyy tänään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="17"/>
        <source>○ open</source>
        <translation>○ avoin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="18"/>
        <source>✔ answered</source>
        <translation>✔ vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="37"/>
        <source>Forwarding</source>
        <translation>Välitys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="119"/>
        <source>not forwarded (copy as text)</source>
        <translation>ei välitetty (kopioi tekstinä)</translation>
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
        <translation>Takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="50"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Hae nimellä, numerolla, sähköpostilla, kysymyksellä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="51"/>
        <source>Search callbacks</source>
        <translation>Hae takaisinsoittoja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="52"/>
        <source>&amp;Overdue only</source>
        <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>Show &amp;answered</source>
        <translation>Näytä &amp;vastatut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Show answered</source>
        <translation>Näytä vastatut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Callbacks by due date</source>
        <translation>Takaisinsoitot eräpäivän mukaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Selected callback's history</source>
        <translation>Valitun takaisinsoiton historia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="77"/>
        <source>Mark &amp;answered…</source>
        <translation>Merkitse &amp;vastatuksi…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="78"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Soittajalle kerrottu &amp;viivästyksestä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="79"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Siirrä osastolle…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopioi tekstinä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="133"/>
        <source>a callback change</source>
        <translation>takaisinsoiton muutos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="160"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 näkyvissä · %2 myöhässä · %3 erääntyy tänään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="175"/>
        <source>Select a callback.</source>
        <translation>Valitse takaisinsoitto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="179"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Hetki: takaisinsoittoa ladataan vielä.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="211"/>
        <source>Answered by</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="212"/>
        <source>Answered at</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>Callback answered</source>
        <translation>Takaisinsoittoon vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="214"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="240"/>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>Told at</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="241"/>
        <source>Caller told of a delay</source>
        <translation>Soittajalle kerrottu viivästyksestä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>How they were told</source>
        <translation>Miten kerrottiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>New date</source>
        <translation>Uusi päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="239"/>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="275"/>
        <source>Move callback</source>
        <translation>Siirrä takaisinsoitto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="276"/>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Kopioitu: liitä se osaston kanavaan</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="20"/>
        <location filename="../../desk/ui/console/caller_history.py" line="23"/>
        <source>Caller history</source>
        <translation>Soittajan historia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="30"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="32"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="68"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>Kirjoita soittajan numero tai sähköposti, niin näet aiemmat puhelut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="74"/>
        <source>No earlier calls from this caller.</source>
        <translation>Tältä soittajalta ei ole aiempia puheluita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>Open callbacks</source>
        <translation>Avoimet takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>due</source>
        <translation>eräpäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Already tried</source>
        <translation>Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Earlier calls</source>
        <translation>Aiemmat puhelut</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="130"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="141"/>
        <source>Cancel the alarm</source>
        <translation>Peru hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Reason for cancelling</source>
        <translation>Perumisen syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="134"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>esim. asiakas rauhoittui; painettu vahingossa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="142"/>
        <source>Keep it</source>
        <translation>Älä peru</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="146"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Miksi tämä on väärä hälytys?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="153"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Kerro syy: se lähtee kaikille, jotka saivat hälytyksen.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desk/ui/review/charts.py" line="61"/>
        <source>no calls yet</source>
        <translation>ei vielä puheluita</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="53"/>
        <source>Call durations (minutes)</source>
        <translation>Puheluiden kestot (minuutteina)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="55"/>
        <source>Calls per day</source>
        <translation>Puhelut päivittäin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="57"/>
        <source>Calls per hour of the day</source>
        <translation>Puhelut tunneittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="59"/>
        <source>Recurring topics per week</source>
        <translation>Toistuvat aiheet viikoittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="82"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>maximum</source>
        <translation>enimmäisaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="85"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Puheluiden määrä keston mukaan minuutti minuutilta; viivat tavoitteen ja enimmäisajan kohdalla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="91"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="95"/>
        <source>Calls by hour of the day</source>
        <translation>Puhelut kellonajan mukaan</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Tiimin tavat viikoittain (osuus puheluista, joissa tarkistuslista on käytössä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Greeting complete</source>
        <translation>Tervehdys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Clarification complete</source>
        <translation>Selvitys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Confirmation complete</source>
        <translation>Varmistus tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Closing complete</source>
        <translation>Lopetus tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Personal question</source>
        <translation>Henkilökohtainen kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Wrap-up past the target</source>
        <translation>Lopettelu tavoiteajan jälkeen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="116"/>
        <source>Hello after answering (s)</source>
        <translation>Tervehdys vastaamisen jälkeen (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Within the target</source>
        <translation>Tavoitteen sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Over the maximum</source>
        <translation>Yli enimmäisajan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Virkailijoittain (valmennuskeskusteluja varten, ei vertailuun):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Virkailijakohtaiset näkymät vaativat esihenkilön tunnuslauseen (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="18"/>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="21"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Deskissä tapahtui odottamaton virhe, mutta se toimii edelleen. Kirjoittamasi pysyy näytöllä; tilarivi kertoo, jos jotain ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="28"/>
        <source>A report for IT was written to %1</source>
        <translation>IT-tuelle kirjoitettiin raportti: %1</translation>
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
        <translation>Desk-konsoli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="107"/>
        <source>Opening the call log…</source>
        <translation>Avataan puheluloki…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="184"/>
        <source>Ready · call log: %1</source>
        <translation>Valmis · puheluloki: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="146"/>
        <source>%1 could not start: %2</source>
        <translation>%1 ei käynnistynyt: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="206"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk ei voi avata puhelulokiaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="195"/>
        <source>the call log could not be opened: %1</source>
        <translation>puhelulokia ei voitu avata: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="204"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Ei puhelulokia: puheluita ei voi kirjata, mutta turvahälytys toimii edelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="209"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>Tiedostoa ei muutettu. Turvahälytys toimii edelleen. Käynnistä Desk toisella tiedostolla (--db) tai pyydä IT-tukea palauttamaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>All changes are saved in the call log.</source>
        <translation>Kaikki muutokset on tallennettu puhelulokiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="225"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>puheluloki on varattu (toinen ohjelma käyttää sitä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="226"/>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="227"/>
        <source>the call log is read-only</source>
        <translation>puhelulokiin ei voi kirjoittaa (vain luku)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="228"/>
        <source>the disk reports an error</source>
        <translation>levy ilmoittaa virheestä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>changes</source>
        <translation>muutokset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Ei vielä tallennettu: %1 — %2; yritetään uudelleen. Mitään kirjoittamaasi ei ole menetetty.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="236"/>
        <source>Could not save %1: %2</source>
        <translation>Tallennus ei onnistunut (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="237"/>
        <source>a change</source>
        <translation>muutos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="246"/>
        <location filename="../../desk/ui/console/window.py" line="266"/>
        <source>an interrupted call</source>
        <translation>keskeytynyt puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>Unfinished call</source>
        <translation>Kesken jäänyt puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="251"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Klo %1 alkanut puhelu jäi kesken (Desk suljettiin tai tietokone pysähtyi). Jatketaanko sitä?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="255"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Jatka puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="257"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Sulje keskeytyneenä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="268"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>Kesken jäänyt puhelu suljettiin keskeytyneenä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="290"/>
        <source>&amp;Call</source>
        <translation>&amp;Puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation>&amp;Työkalut</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="36"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Tällä työpöydällä ei ole ilmoitusaluetta: Deskin sulkeminen lopettaa muiden työpisteiden hälytysten näyttämisen tällä tietokoneella. Pidä ikkuna auki (pienennä se).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="80"/>
        <source>Raise security &amp;alarm</source>
        <translation>Tee turva&amp;hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="81"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Avaa Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="83"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: kuuntelee muiden työpisteiden hälytyksiä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="108"/>
        <source>Desk is still running</source>
        <translation>Desk on yhä käynnissä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="109"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Muiden työpisteiden hälytykset näkyvät yhä täällä. Lopeta Desk tämän kuvakkeen valikon Lopeta-kohdasta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="114"/>
        <source>Quit Desk?</source>
        <translation>Lopetetaanko Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="115"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Lopettamisen jälkeen muiden työpisteiden hälytykset eivät enää näy tällä tietokoneella ennen kuin Desk käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Lopeta Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="120"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Jätä käyntiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="156"/>
        <source>The alarm could NOT be raised</source>
        <translation>Hälytystä EI voitu tehdä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="157"/>
        <source>Call the emergency number now.</source>
        <translation>Soita hätänumeroon nyt.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="160"/>
        <source>Security alarm raised</source>
        <translation>Turvahälytys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="161"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Avaa Desk nähdäksesi, keihin hälytys on tavoittanut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="177"/>
        <source>Security alarm from another desk</source>
        <translation>Turvahälytys toiselta työpisteeltä</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="30"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>End call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="39"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (kirjaa ensin varoitus)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="45"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="46"/>
        <source>What was the call about?</source>
        <translation>Mitä puhelu koski?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="54"/>
        <source>Reason for ending</source>
        <translation>Lopettamisen syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="55"/>
        <source>What was said, and the warning you gave</source>
        <translation>Mitä sanottiin ja minkä varoituksen annoit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="69"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="70"/>
        <source>&amp;Topic</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="87"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Kerro, miksi puhelu lopetettiin: syy menee lokiin.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="66"/>
        <source>LAN alarms: %1</source>
        <translation>Lähiverkon hälytykset: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="101"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>Hälytystä EI voitu tehdä (%1). Soita heti %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="103"/>
        <source>alarm NOT raised: call %1</source>
        <translation>hälytystä EI tehty: soita %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="134"/>
        <source>alarm cancelled</source>
        <translation>hälytys peruttu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="137"/>
        <source>acknowledged</source>
        <translation>kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="140"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>hälytys: %1/%2 kanavaa tavoitettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="149"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Kukaan ei ole kuitannut hälytystä %1 sekunnissa. Soita heti %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="207"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Hälytystesti vastaanotettu: %1 (ei toimenpiteitä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="212"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Ei luettu: %1 (%2). Hälytykset toimivat silti; pyydä IT-tukea poistamaan tiedosto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="217"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Työpöytäilmoitukset eivät ole käytössä: hälytys näytetään tässä ikkunassa.</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="42"/>
        <source>Security incident</source>
        <translation>Turvallisuustapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Emergency: %1</source>
        <translation>Hätänumero: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="61"/>
        <source>Alarm delivery per channel</source>
        <translation>Hälytyksen perillemeno kanavittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="63"/>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="68"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Peru hälytys (väärä hälytys)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="70"/>
        <source>Cancel alarm</source>
        <translation>Peru hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="71"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>Close: security has handled it</source>
        <translation>Sulje: vartija on hoitanut asian</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="73"/>
        <source>Close the incident</source>
        <translation>Sulje tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="83"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>Puheluloki ei voinut vielä kirjata tätä hälytystä (se on tallessa varmuuspäiväkirjassa ja lisätään lokiin, kun kirjoittaminen onnistuu). Hälytys lähetettiin silti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="90"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>Klo %1 tehty hälytys peruttiin: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>TURVAHÄLYTYS tehty klo %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="95"/>
        <source>Acknowledged by %1</source>
        <translation>Kuittaaja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Kukaan ei ole vielä kuitannut hälytystä. Soita heti hätänumeroon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Hälytyskanavaa ei ole määritetty: hälytys ei tavoittanut ketään. Soita heti hätänumeroon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="106"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Odotetaan vartijan kuittausta…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Acknowledged after (s)</source>
        <translation>Kuittaukseen kului (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Reason / note</source>
        <translation>Syy / lisätieto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Acknowledged by</source>
        <translation>Kuittaaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="165"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Hälytykset ja asiattoman käytöksen vuoksi lopetetut puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>alarm</source>
        <translation>hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>ended for abuse</source>
        <translation>lopetettu asiattoman käytöksen vuoksi</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="85"/>
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="142"/>
        <source>&amp;Language</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;View</source>
        <translation>N&amp;äkymä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Suurempi teksti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normaali tekstikoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;High contrast</source>
        <translation>Suuri &amp;kontrasti</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="22"/>
        <source>Supervisor review</source>
        <translation>Esihenkilön katsaus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="23"/>
        <source>The review shows how each operator works. Enter the supervisor passphrase.</source>
        <translation>Katsaus näyttää, miten kukin virkailija työskentelee. Anna esihenkilön tunnuslause.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="29"/>
        <source>Supervisor passphrase</source>
        <translation>Esihenkilön tunnuslause</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="44"/>
        <source>Too many wrong tries: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Liian monta väärää yritystä: odota %n sekunti ja yritä uudelleen.</numerusform>
            <numerusform>Liian monta väärää yritystä: odota %n sekuntia ja yritä uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="51"/>
        <source>Wrong passphrase. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Väärä tunnuslause. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Väärä tunnuslause. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="74"/>
        <source>Another call is ringing: %1</source>
        <translation>Toinen puhelu soi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="118"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Vastattu %1 sekunnissa: normin sisällä (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="119"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>Vastattu %1 sekunnissa: normia myöhemmin (%2 s).</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller</source>
        <translation>Hankala soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="115"/>
        <source>Difficult caller playbook</source>
        <translation>Hankalan soittajan toimintaohje</translation>
    </message>
</context>
<context>
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>Security alarm from another desk</source>
        <translation>Turvahälytys toiselta työpisteeltä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="36"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>TURVAHÄLYTYS: %1 — %2, tekijä %3 klo %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="43"/>
        <source>caller: %1</source>
        <translation>soittaja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="46"/>
        <source>Acknowledge</source>
        <translation>Kuittaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="48"/>
        <source>Acknowledge the alarm</source>
        <translation>Kuittaa hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="50"/>
        <source>Dismiss</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>Dismiss the alarm notice</source>
        <translation>Ohita hälytysilmoitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="62"/>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="67"/>
        <source>CANCELLED: %1</source>
        <translation>PERUTTU: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="17"/>
        <source>This call is no longer in the log.</source>
        <translation>Tätä puhelua ei ole enää lokissa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="30"/>
        <source>Checklist:</source>
        <translation>Tarkistuslista:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>open</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="51"/>
        <source>never acknowledged</source>
        <translation>ei kuitattu</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="34"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>tällä ajanjaksolla ja suodattimella ei ole mitään; puhelut tulevat tähän sitä mukaa kuin ne päättyvät.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>calls</source>
        <translation>puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>within %1 min</source>
        <translation>enintään %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="48"/>
        <source>median / 90th percentile</source>
        <translation>mediaani / 90. persentiili</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>answered by ring %1</source>
        <translation>vastattu viimeistään %1. hälytyksellä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>full greeting</source>
        <translation>täysi tervehdys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="54"/>
        <source>callbacks open / overdue</source>
        <translation>takaisinsoitot avoinna / myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="56"/>
        <source>late callbacks (caller told)</source>
        <translation>myöhästyneet takaisinsoitot (soittajalle kerrottu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>alarms · median to acknowledge</source>
        <translation>hälytykset · kuittauksen mediaani</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="72"/>
        <source>Review — %1</source>
        <translation>Katsaus — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="81"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="83"/>
        <source>Summary of the calls shown</source>
        <translation>Yhteenveto näkyvistä puheluista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="95"/>
        <source>&amp;Calls</source>
        <translation>&amp;Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="97"/>
        <source>C&amp;harts</source>
        <translation>&amp;Kaaviot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="98"/>
        <source>Coac&amp;hing</source>
        <translation>&amp;Valmennus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="99"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="102"/>
        <source>Bra&amp;nches</source>
        <translation>T&amp;oimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>From day</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>To day</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 365 days</source>
        <translation>Viimeiset 365 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="137"/>
        <source>Branch</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="138"/>
        <source>All branches</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Any operator</source>
        <translation>Kaikki virkailijat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="143"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="144"/>
        <source>Any workstation</source>
        <translation>Kaikki työpisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Any outcome</source>
        <translation>Kaikki lopputulokset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Any topic</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Any duration</source>
        <translation>Kaikki kestot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>Within the target</source>
        <translation>Tavoitteen sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="149"/>
        <source>Over the target</source>
        <translation>Yli tavoitteen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="150"/>
        <source>Over the maximum</source>
        <translation>Yli enimmäisajan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>With call&amp;back</source>
        <translation>Joissa takaisin&amp;soitto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>With &amp;alarm</source>
        <translation>Joissa &amp;hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="161"/>
        <source>Search topics and notes…</source>
        <translation>Hae aiheista ja muistiinpanoista…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>Search topics and notes</source>
        <translation>Hae aiheista ja muistiinpanoista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="165"/>
        <source>&amp;Export…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="167"/>
        <location filename="../../desk/ui/review/window.py" line="399"/>
        <source>Export the calls shown</source>
        <translation>Vie näkyvät puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>From</source>
        <translation>Ajalla</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="202"/>
        <source>Calls, newest first</source>
        <translation>Puhelut, uusin ensin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="214"/>
        <source>The selected call, step by step</source>
        <translation>Valittu puhelu vaihe vaiheelta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="216"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Valitse puhelu, niin näet sen tarkistuslistan, takaisinsoiton ja hälytyksen vaihe vaiheelta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1 min or longer</source>
        <translation>%1 min tai pidempi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="400"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV taulukkolaskentaan (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="410"/>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="426"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Tämä loki on Deskin vanhemmasta versiosta: haku lukee jokaisen muistiinpanon (hitaampaa suuressa lokissa).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="436"/>
        <source>Could not read the log: %1</source>
        <translation>Lokia ei voitu lukea: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="443"/>
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n puhelu viety tiedostoon %1</numerusform>
            <numerusform>%n puhelua viety tiedostoon %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RootCauseBox</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>&amp;Root cause</source>
        <translation>&amp;Perussyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>Root cause</source>
        <translation>Perussyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="41"/>
        <source>What actually went wrong?</source>
        <translation>Mikä oikeasti meni vikaan?</translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Security alarm (%1)</source>
        <translation>Turvahälytys (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>Raise security alarm</source>
        <translation>Tee turvahälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="17"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>Yksi painallus hälyttää vartijan heti; pikanäppäin %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="18"/>
        <source>Threat to people or property: alert security now</source>
        <translation>Uhka ihmisille tai omaisuudelle: hälytä vartija heti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="25"/>
        <source>Alarm status</source>
        <translation>Hälytyksen tila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="37"/>
        <source>Emergency: %1</source>
        <translation>Hätänumero: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Start of shift</source>
        <translation>Vuoron alku</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="105"/>
        <source>Start of shift checklist</source>
        <translation>Vuoron alun tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Ennen ensimmäistä puhelua: onko työpiste valmis? Rastita tehdyt (välilyönti) ja valitse Valmis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Ready</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Valmis: kirjaa vuoron alun tarkistus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="110"/>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="111"/>
        <source>Later: ask again when Desk opens</source>
        <translation>Myöhemmin: kysy uudelleen, kun Desk avataan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="153"/>
        <source>the start-of-shift check</source>
        <translation>vuoron alun tarkistus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="154"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Vuoron alku kirjattu. Hyvää työvuoroa!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="42"/>
        <location filename="../../desk/ui/console/checklist.py" line="147"/>
        <source>Call stages</source>
        <translation>Puhelun vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="49"/>
        <location filename="../../desk/ui/console/checklist.py" line="148"/>
        <source>Stage checklist</source>
        <translation>Vaiheen tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="50"/>
        <location filename="../../desk/ui/console/checklist.py" line="149"/>
        <source>Space ticks the selected item</source>
        <translation>Välilyönti rastittaa valitun kohdan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="58"/>
        <location filename="../../desk/ui/console/checklist.py" line="150"/>
        <source>Suggested phrases</source>
        <translation>Ehdotetut fraasit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="151"/>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="101"/>
        <source>late: answered on ring %1</source>
        <translation>myöhässä: vastattu %1. hälytyksellä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%1/%2 tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="164"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Vältä palvelusyntiä — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="174"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(fraasi tulee näkyviin, kun sen tiedot ovat selvillä, esim. kun takaisinsoittopyyntö on otettu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="177"/>
        <source>(no phrase: just do it)</source>
        <translation>(ei fraasia: tee vain)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="29"/>
        <source>Head office sync</source>
        <translation>Pääkonttorin synkronointi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="54"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Pääkonttori: %1 odottaa · viimeksi lähetetty %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="60"/>
        <source>retrying</source>
        <translation>yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
        <source>refused: this log belongs to another branch</source>
        <translation>hylätty: tämä loki kuuluu toiselle toimipisteelle</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desk/ui/workers.py" line="35"/>
        <source>failed and is restarting by itself</source>
        <translation>kaatui ja käynnistyy itsestään uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="36"/>
        <source>is not answering</source>
        <translation>ei vastaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="37"/>
        <source>Background task “%1” %2: %3</source>
        <translation>Taustatehtävä ”%1” %2: %3</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Time to wrap up</source>
        <translation>Aika päättää puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="63"/>
        <source>Wrap-up phrases</source>
        <translation>Lopetusfraasit</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="15"/>
        <source>&amp;Review…</source>
        <translation>&amp;Katsaus…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="17"/>
        <source>Supervisor review of the call log</source>
        <translation>Esihenkilön katsaus puhelulokiin</translation>
    </message>
</context>
</TS>
