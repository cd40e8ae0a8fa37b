<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="23"/>
        <source>no config file found: defaults</source>
        <translation>asetustiedostoa ei löytynyt: oletukset</translation>
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
        <translation>Toimipisteen asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Call log</source>
        <translation>Puheluloki</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="43"/>
        <source>Log files</source>
        <translation>Lokitiedostot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="50"/>
        <source>About Desk</source>
        <translation>Tietoja Deskistä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="60"/>
        <location filename="../../desk/ui/help.py" line="174"/>
        <location filename="../../desk/ui/help.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="61"/>
        <source>&amp;About Desk</source>
        <translation>&amp;Tietoja Deskistä</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="73"/>
        <source>Record &amp;warning given</source>
        <translation>Kirjaa annettu va&amp;roitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record that the caller was warned</source>
        <translation>Kirjaa, että soittajaa varoitettiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="79"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>Ei vielä varoitusta: puhelun voi lopettaa asiattoman käytöksen vuoksi vasta varoituksen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="81"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>Varoitus kirjattu klo %1: puhelun voi nyt lopettaa asiattoman käytöksen vuoksi (Lopeta puhelu, syy mukaan).</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/actions.py" line="15"/>
        <source>Start call</source>
        <translation>Aloita puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="16"/>
        <source>Start counter visit</source>
        <translation>Aloita tiskikäynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="17"/>
        <source>Next stage</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="18"/>
        <source>Previous stage</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="20"/>
        <source>Complete this stage</source>
        <translation>Merkitse vaihe valmiiksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="21"/>
        <source>End call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="22"/>
        <source>Greeting stage</source>
        <translation>Tervehdysvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="23"/>
        <source>Clarification stage</source>
        <translation>Selvitysvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="24"/>
        <source>Confirmation stage</source>
        <translation>Varmistusvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="25"/>
        <source>Closing stage</source>
        <translation>Lopetusvaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="26"/>
        <source>Caller is upset</source>
        <translation>Soittaja on tuohtunut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="27"/>
        <source>Go to notes</source>
        <translation>Siirry muistiinpanoihin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="28"/>
        <source>Quit</source>
        <translation>Lopeta Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="29"/>
        <source>Transfer failed: take callback</source>
        <translation>Yhdistäminen epäonnistui: ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="30"/>
        <source>Callbacks…</source>
        <translation>Takaisinsoitot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="31"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="33"/>
        <source>Security alarm</source>
        <translation>Turvahälytys</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="33"/>
        <source>Test the alarm</source>
        <translation>Testaa hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="39"/>
        <source>Last alarm test</source>
        <translation>Viimeisin hälytystesti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="50"/>
        <source>Alarm test sent on every channel…</source>
        <translation>Hälytystesti lähetetty kaikille kanaville…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>Hälytystesti: yhtään kanavaa ei ole määritetty — hälytykset eivät mene minnekään.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="67"/>
        <source>Alarm test: %1</source>
        <translation>Hälytystesti: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="74"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>Ei hälytyskanavaa: hälytykset eivät mene minnekään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="77"/>
        <source>Last alarm test: not read from the call log yet</source>
        <translation>Viimeisin hälytystesti: ei vielä luettu puhelulokista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>Alarm never tested</source>
        <translation>Hälytystä ei ole koskaan testattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="84"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>Hälytystä ei ole koskaan testattu tältä konsolilta: Työkalut ▸ Testaa hälytys.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>Viimeisin onnistunut hälytystesti oli %1 päivää sitten: testaa uudelleen (Työkalut ▸ Testaa hälytys).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="94"/>
        <source>Last successful alarm test: %1</source>
        <translation>Viimeisin onnistunut hälytystesti: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="101"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>Hälytyskanavaa ei ole määritetty: hälytyspainike ei tavoita KETÄÄN. Pyydä IT-tukea lisäämään [[security.channels]] toimipisteen asetuksiin. Hätätilanteessa soita %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="127"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>Hälytykset EIVÄT tule perille kanavilla: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="129"/>
        <source>They will arrive on: %1.</source>
        <translation>Ne tulevat perille kanavilla: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="133"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>Hälytykset tulevat perille kanavilla: %1.</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="214"/>
        <source>Start Desk at &amp;login</source>
        <translation>Käynnistä Desk &amp;kirjautuessa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="232"/>
        <source>Could not change starting at login: %1</source>
        <translation>Käynnistystä kirjautuessa ei voitu muuttaa: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="27"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="28"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="29"/>
        <source>Alert</source>
        <translation>Hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="74"/>
        <source>Put this note away (Esc)</source>
        <translation>Piilota tämä huomautus (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="75"/>
        <source>Put this note away</source>
        <translation>Piilota tämä huomautus</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="188"/>
        <source>+%1 more notices</source>
        <translation>+%1 muuta ilmoitusta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="189"/>
        <source>+1 more notice</source>
        <translation>+1 muu ilmoitus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="192"/>
        <source>Show fewer notices</source>
        <translation>Näytä vähemmän ilmoituksia</translation>
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
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="154"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="156"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>tiskikäynti</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
        <location filename="../../desk/ui/console/call_panel.py" line="46"/>
        <source>Start call (F2)</source>
        <translation>Aloita puhelu (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="48"/>
        <source>Start call</source>
        <translation>Aloita puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="50"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>Tiskikäynti (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="52"/>
        <source>Start counter visit</source>
        <translation>Aloita tiskikäynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="54"/>
        <source>End call (F4)</source>
        <translation>Lopeta puhelu (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="56"/>
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
        <location filename="../../desk/ui/console/call_panel.py" line="101"/>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="102"/>
        <source>N&amp;ame</source>
        <translation>N&amp;imi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="103"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="117"/>
        <source>Next stage (F3)</source>
        <translation>Seuraava vaihe (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Next stage</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="124"/>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>What the caller already tried</source>
        <translation>Mitä soittaja on jo kokeillut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="129"/>
        <source>The caller's request</source>
        <translation>Soittajan pyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>Enter: you read the request back to the caller and they agreed</source>
        <translation>Enter: luit pyynnön soittajalle ja hän vahvisti sen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="132"/>
        <source>What the caller would like (Enter once read back)</source>
        <translation>Mitä soittaja haluaa (Enter, kun luettu takaisin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="137"/>
        <source>Call notes</source>
        <translation>Puhelun muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="138"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>Muistiinpanot (perussyy, mitä sovittiin)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Re&amp;quest</source>
        <translation>Pyynt&amp;ö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Already tr&amp;ied</source>
        <translation>&amp;Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="153"/>
        <source>N&amp;otes</source>
        <translation>&amp;Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="482"/>
        <source>Call %1 from this caller in 30 days: thank them for their patience.</source>
        <translation>Tämän soittajan %1. puhelu 30 päivän sisällä: kiitä kärsivällisyydestä.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="533"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>Puhelu päättyi; tallennetaan puhelulokiin…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="534"/>
        <source>Call saved in the call log.</source>
        <translation>Puhelu on tallennettu puhelulokiin.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="26"/>
        <source>Call timer</source>
        <translation>Puhelun ajastin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="31"/>
        <source>no call</source>
        <translation>ei puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>within norm</source>
        <translation>normin sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
        <source>time to wrap up</source>
        <translation>aika päättää</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="38"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="45"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Transfer failed: take a callback</source>
        <translation>Yhdistäminen epäonnistui: ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Call back by phone</source>
        <translation>Soita takaisin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>Answer by e-mail</source>
        <translation>Vastaa sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="60"/>
        <source>How the caller wants the answer</source>
        <translation>Miten soittaja haluaa vastauksen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="63"/>
        <source>What the caller already tried</source>
        <translation>Mitä soittaja on jo kokeillut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>Full &amp;name</source>
        <translation>Koko &amp;nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Question</source>
        <translation>&amp;Kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>&amp;Department</source>
        <translation>&amp;Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's full name</source>
        <translation>Soittajan koko nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Caller's question</source>
        <translation>Soittajan kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="75"/>
        <source>Department that will answer</source>
        <translation>Osasto, joka vastaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>Vastaustapa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="96"/>
        <source>Already &amp;tried</source>
        <translation>&amp;Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="104"/>
        <source>Save and forward</source>
        <translation>Tallenna ja välitä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="145"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Palautettu se, mitä kirjoitit ennen kuin Desk suljettiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Discard callback?</source>
        <translation>Hylätäänkö takaisinsoittopyyntö?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="172"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>Heitetäänkö pois tämä takaisinsoittopyyntö ja kaikki siihen kirjoitettu?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="199"/>
        <source>Saving the callback…</source>
        <translation>Tallennetaan takaisinsoittopyyntöä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>Callback not saved</source>
        <translation>Takaisinsoittopyyntöä ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="214"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>Takaisinsoittopyyntöä ei voitu tallentaa: %1. Kaikki kirjoittamasi on tallessa luonnoksena.</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="135"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>kirjattu</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>siirretty</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="138"/>
        <source>answered</source>
        <translation>vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="140"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>välitetty</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="34"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>Eräpäivä: %1   Välitys: %2</translation>
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
        <translation>%1  soittajalle kerrottu viivästyksestä %2: uusi päivä %3 (oli %4)</translation>
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
        <translation>%1  vastasi %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CallbackState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="86"/>
        <source>⚠ overdue</source>
        <translation>⚠ myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="87"/>
        <source>● due today</source>
        <translation>● erääntyy tänään</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="88"/>
        <source>◐ due next working day</source>
        <translation>◐ erääntyy seuraavana arkipäivänä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>○ open</source>
        <translation>○ avoin</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="90"/>
        <source>✔ answered</source>
        <translation>✔ vastattu</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="175"/>
        <source>Callback request #%1 for %2</source>
        <extracomment>The callback as text: the department's e-mail and the clipboard ("Copy as text"). %1, %2 are filled after translating.</extracomment>
        <translation>Takaisinsoittopyyntö #%1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="176"/>
        <source>Callback for %1: %2 — answer by %3</source>
        <translation>Takaisinsoitto, %1: %2 — vastaus viimeistään %3</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="177"/>
        <source>Caller: %1</source>
        <translation>Soittaja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="178"/>
        <source>Phone: %1</source>
        <translation>Puhelin: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="179"/>
        <source>E-mail: %1</source>
        <translation>Sähköposti: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="180"/>
        <source>Prefers: %1</source>
        <translation>Toivoo yhteydenottoa: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="182"/>
        <source>Promised answer by: %1 (taken %2 by %3)</source>
        <extracomment>%1 the weekday and date of the promise, %2 when it was taken, %3 who took it</extracomment>
        <translation>Vastaus luvattu viimeistään: %1 (kirjattu %2, kirjaaja %3)</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="183"/>
        <source>Question:</source>
        <translation>Kysymys:</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="184"/>
        <source>Already tried (don't ask them to do it again):</source>
        <translation>Jo kokeiltu (älä pyydä tekemään uudelleen):</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>Yhdistäminen epäonnistui: takaisinsoitto (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="45"/>
        <source>Transfer failed, take a callback</source>
        <translation>Yhdistäminen epäonnistui, ota takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>Takaisinsoitot…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="104"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>Kesken jäänyt takaisinsoittopyyntö on tallessa: viimeistele se painamalla F6.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="158"/>
        <source>the callback</source>
        <translation>takaisinsoittopyyntö</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="166"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="191"/>
        <source>the callback draft</source>
        <translation>takaisinsoittopyynnön luonnos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>Kerro soittajalle: %1 vastaa sinulle viimeistään %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>Osastolla %1 ei ole tässä sähköpostia: pyyntö on kopioitu tekstinä, liitä se heille.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="233"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>Takaisinsoitot: %1 myöhässä, %2 erääntyy tänään (F7 näyttää ne).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="249"/>
        <source>Desk callbacks</source>
        <translation>Desk-takaisinsoitot</translation>
    </message>
</context>
<context>
    <name>CallbacksCommand</name>
    <message>
        <location filename="../../desk/commands/callbacks.py" line="74"/>
        <source>no callbacks</source>
        <translation>ei takaisinsoittoja</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Forwarding</source>
        <translation>Välitys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Taken by</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Caller told</source>
        <translation>Soittajalle kerrottu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="125"/>
        <source>1 day late</source>
        <translation>1 päivä myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="126"/>
        <source>%1 days late</source>
        <translation>%1 päivää myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="144"/>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="147"/>
        <source>✔ told %1</source>
        <translation>✔ kerrottu %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="149"/>
        <source>not forwarded (copy as text)</source>
        <translation>ei välitetty (kopioi tekstinä)</translation>
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
        <translation>Takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>Hae nimellä, numerolla, sähköpostilla, kysymyksellä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Search callbacks</source>
        <translation>Hae takaisinsoittoja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="59"/>
        <source>&amp;Overdue only</source>
        <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="62"/>
        <source>Show &amp;answered</source>
        <translation>Näytä &amp;vastatut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Show answered</source>
        <translation>Näytä vastatut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Callbacks by due date</source>
        <translation>Takaisinsoitot eräpäivän mukaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="75"/>
        <source>Selected callback's history</source>
        <translation>Valitun takaisinsoiton historia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="84"/>
        <source>Mark &amp;answered…</source>
        <translation>Merkitse &amp;vastatuksi…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="85"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>Soittajalle kerrottu &amp;viivästyksestä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="86"/>
        <source>&amp;Move to department…</source>
        <translation>&amp;Siirrä osastolle…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="87"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopioi tekstinä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="146"/>
        <source>a callback change</source>
        <translation>takaisinsoiton muutos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="173"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 näkyvissä · %2 myöhässä · %3 erääntyy tänään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="176"/>
        <source>%1 due on the next working day: tell those callers today if the answer will be late</source>
        <translation>%1 erääntyy seuraavana arkipäivänä: kerro soittajille jo tänään, jos vastaus myöhästyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="197"/>
        <source>yes, %1 (%2)</source>
        <translation>kyllä, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="199"/>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="201"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="202"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="203"/>
        <source>Already tried</source>
        <translation>Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="204"/>
        <source>Taken by</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="205"/>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="206"/>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Select a callback.</source>
        <translation>Valitse takaisinsoitto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="220"/>
        <source>One moment: the callback is still loading.</source>
        <translation>Hetki: takaisinsoittoa ladataan vielä.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="253"/>
        <source>Answered by</source>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="254"/>
        <source>Answered at</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>Callback answered</source>
        <translation>Takaisinsoittoon vastattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="256"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="257"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="284"/>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Told at</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="207"/>
        <location filename="../../desk/ui/callbacks/view.py" line="285"/>
        <source>Caller told of a delay</source>
        <translation>Soittajalle kerrottu viivästyksestä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>How they were told</source>
        <translation>Miten kerrottiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>New date</source>
        <translation>Uusi päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>Note</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="321"/>
        <source>Move callback</source>
        <translation>Siirrä takaisinsoitto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="322"/>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="333"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>Kopioitu: liitä se osaston kanavaan</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="27"/>
        <location filename="../../desk/ui/console/caller_history.py" line="31"/>
        <source>Caller history</source>
        <translation>Soittajan historia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="38"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="40"/>
        <source>Copy earlier notes into this call</source>
        <translation>Kopioi aiemmat muistiinpanot tähän puheluun</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="100"/>
        <source>Enter the caller's number, e-mail or name to see earlier calls.</source>
        <translation>Kirjoita soittajan numero, sähköposti tai nimi nähdäksesi aiemmat puhelut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="107"/>
        <source>No earlier calls from this caller.</source>
        <translation>Tältä soittajalta ei ole aiempia puheluita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>Open callbacks</source>
        <translation>Avoimet takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>due</source>
        <translation>eräpäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Already tried</source>
        <translation>Jo kokeiltu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Earlier calls</source>
        <translation>Aiemmat puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="114"/>
        <source>Last notes</source>
        <translation>Viimeisimmät muistiinpanot</translation>
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
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="65"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="158"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="169"/>
        <source>Cancel the alarm</source>
        <translation>Peru hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="161"/>
        <source>Reason for cancelling</source>
        <translation>Perumisen syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="162"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>esim. asiakas rauhoittui; painettu vahingossa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="170"/>
        <source>Keep it</source>
        <translation>Älä peru</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="174"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>&amp;Miksi tämä on väärä hälytys?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="181"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>Kerro syy: se lähtee kaikille, jotka saivat hälytyksen.</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>hälytysjärjestelmä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="110"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="112"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>muut työpisteet</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="114"/>
        <source>desktop</source>
        <extracomment>A notification on this computer's screen.</extracomment>
        <translation>tämä näyttö</translation>
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
        <location filename="../../desk/ui/review/pages.py" line="69"/>
        <source>Call durations (minutes)</source>
        <translation>Puheluiden kestot (minuutteina)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="71"/>
        <source>Calls per day</source>
        <translation>Puhelut päivittäin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="73"/>
        <source>Calls per hour of the day</source>
        <translation>Puhelut tunneittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="75"/>
        <source>Recurring topics per week</source>
        <translation>Toistuvat aiheet viikoittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="98"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="99"/>
        <source>maximum</source>
        <translation>enimmäisaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="101"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>Puheluiden määrä keston mukaan minuutti minuutilta; viivat tavoitteen ja enimmäisajan kohdalla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Calls by hour of the day</source>
        <translation>Puhelut kellonajan mukaan</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="127"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>Tiimin tavat viikoittain (osuus puheluista, joissa tarkistuslista on käytössä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Greeting complete</source>
        <translation>Tervehdys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Clarification complete</source>
        <translation>Selvitys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Confirmation complete</source>
        <translation>Varmistus tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Closing complete</source>
        <translation>Lopetus tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Personal question</source>
        <translation>Henkilökohtainen kysymys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Wrap-up past the target</source>
        <translation>Lopettelu tavoiteajan jälkeen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="132"/>
        <source>Hello after answering (s)</source>
        <translation>Tervehdys vastaamisen jälkeen (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="135"/>
        <source>Team habits per week</source>
        <translation>Tiimin tavat viikoittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Within the target</source>
        <translation>Tavoitteen sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Over the maximum</source>
        <translation>Yli enimmäisajan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Habits per operator</source>
        <translation>Tavat virkailijoittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="145"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>Virkailijoittain (valmennuskeskusteluja varten, ei vertailuun):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="148"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>Virkailijakohtaiset näkymät vaativat esihenkilön tunnuslauseen (desk config set-passphrase).</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="53"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>asetustiedostoa ei löytynyt (%1): käytetään oletuksia (hälytykset eivät mene minnekään)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>luettu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: %1</source>
        <translation>varoitus: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="76"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>toimipiste %1, osastoja %2, hälytyskanavia %3</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="81"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>varoitus: hälytyskanavia ei ole määritetty: hälytykset eivät mene minnekään</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>annettu valitsimella --config</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>named on the command line</source>
        <translation>annettu komentorivillä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>from DESK_CONFIG</source>
        <translation>ympäristömuuttujasta DESK_CONFIG</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>next to the program</source>
        <translation>ohjelman vieressä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>machine-wide config dir</source>
        <translation>koneen yhteinen asetuskansio</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>user config dir</source>
        <translation>käyttäjän asetuskansio</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="168"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>mistään tavallisesta paikasta ei löydy tiedostoa branch.toml</translation>
    </message>
</context>
<context>
    <name>ConfigWarning</name>
    <message>
        <location filename="../../desk/config/checker.py" line="29"/>
        <source>%1: unknown key '%2' ignored (a typo?)</source>
        <translation>%1: tuntematon avain '%2' ohitettiin (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="30"/>
        <source>%1, line %3: unknown key '%2' ignored (a typo?)</source>
        <translation>%1, rivi %3: tuntematon avain '%2' ohitettiin (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="32"/>
        <source>%1: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1: tuntematon osio tai avain '%2' ohitettiin (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="34"/>
        <source>%1, line %3: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1, rivi %3: tuntematon osio tai avain '%2' ohitettiin (kirjoitusvirhe?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="37"/>
        <source>%1: %2 more unknown keys ignored</source>
        <translation>%1: vielä %2 tuntematonta avainta ohitettiin</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by e-mail</source>
        <translation>sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by letter</source>
        <translation>kirjeitse</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>by text message</source>
        <translation>tekstiviestillä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="130"/>
        <source>in person</source>
        <translation>henkilökohtaisesti</translation>
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
    <name>Database</name>
    <message>
        <location filename="../../desk/commands/env.py" line="56"/>
        <source>note: the call log %1 belongs to another account, %2.</source>
        <translation>huom: puheluloki %1 kuuluu toiselle käyttäjätilille, %2.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ jonossa</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>↗ sending</source>
        <translation>↗ lähetetään</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="97"/>
        <source>✔ delivered</source>
        <translation>✔ perillä</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="99"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ epäonnistui, yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="102"/>
        <source>– cancelled</source>
        <translation>– peruttu</translation>
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
        <translation>Desk-konsoli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="154"/>
        <source>Opening the call log…</source>
        <translation>Avataan puheluloki…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="287"/>
        <source>Ready · call log: %1</source>
        <translation>Valmis · puheluloki: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>%1 could not start: %2</source>
        <translation>%1 ei käynnistynyt: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="335"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk ei voi avata puhelulokiaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="323"/>
        <source>the call log could not be opened: %1</source>
        <translation>puhelulokia ei voitu avata: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/window.py" line="137"/>
        <source>Branch config: %n unknown setting(s) ignored — please tell IT (point here for details).</source>
        <translation>
            <numerusform>Toimipisteen asetukset: %n tuntematon asetus ohitettiin — kerro IT-tuelle (lisätiedot osoittamalla tätä).</numerusform>
            <numerusform>Toimipisteen asetukset: %n tuntematonta asetusta ohitettiin — kerro IT-tuelle (lisätiedot osoittamalla tätä).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="224"/>
        <source>Put the top note away</source>
        <translation>Piilota ylin huomautus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="304"/>
        <source>This call log belongs to another account, %1: what is recorded here goes into their file. If that is not meant to be, ask IT (or start Desk with your own file, --db).</source>
        <translation>Tämä puheluloki kuuluu toiselle käyttäjätilille, %1: mitä tähän tallennetaan, menee heidän tiedostoonsa. Jos niin ei ole tarkoitus, kysy IT-tuelta (tai käynnistä Desk omalla tiedostollasi, --db).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="312"/>
        <source>This call log is a copy of one from another place. From now on it records under its own identity, so head office keeps both; its older rows keep where they came from.</source>
        <translation>Tämä puheluloki on kopio toisessa paikassa olevasta lokista. Tästä eteenpäin se kirjaa omalla tunnisteellaan, joten pääkonttori säilyttää molemmat; vanhemmat rivit muistavat, mistä ne tulivat.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="333"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>Ei puhelulokia: puheluita ei voi kirjata, mutta turvahälytys toimii edelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="338"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>Tiedostoa ei muutettu. Turvahälytys toimii edelleen. Käynnistä Desk toisella tiedostolla (--db) tai pyydä IT-tukea palauttamaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="350"/>
        <source>All changes are saved in the call log.</source>
        <translation>Kaikki muutokset on tallennettu puhelulokiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="354"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>puheluloki on varattu (toinen ohjelma käyttää sitä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="355"/>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="356"/>
        <source>the call log is read-only</source>
        <translation>puhelulokiin ei voi kirjoittaa (vain luku)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="357"/>
        <source>the disk reports an error</source>
        <translation>levy ilmoittaa virheestä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="358"/>
        <source>changes</source>
        <translation>muutokset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="359"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>Ei vielä tallennettu: %1 — %2; yritetään uudelleen. Mitään kirjoittamaasi ei ole menetetty.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="364"/>
        <source>Could not save %1: %2</source>
        <translation>Tallennus ei onnistunut (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="365"/>
        <source>a change</source>
        <translation>muutos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="374"/>
        <location filename="../../desk/ui/console/window.py" line="394"/>
        <source>an interrupted call</source>
        <translation>keskeytynyt puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="378"/>
        <source>Unfinished call</source>
        <translation>Kesken jäänyt puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="379"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>Klo %1 alkanut puhelu jäi kesken (Desk suljettiin tai tietokone pysähtyi). Jatketaanko sitä?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="383"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Jatka puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="385"/>
        <source>&amp;Close as interrupted</source>
        <translation>&amp;Sulje keskeytyneenä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="396"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>Kesken jäänyt puhelu suljettiin keskeytyneenä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="419"/>
        <source>&amp;Call</source>
        <translation>&amp;Puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="430"/>
        <source>&amp;Tools</source>
        <translation>&amp;Työkalut</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="42"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>Tällä työpöydällä ei ole ilmoitusaluetta: Deskin sulkeminen lopettaa muiden työpisteiden hälytysten näyttämisen tällä tietokoneella. Pidä ikkuna auki (pienennä se).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="86"/>
        <source>Raise security &amp;alarm</source>
        <translation>Tee turva&amp;hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="87"/>
        <source>&amp;Open Desk</source>
        <translation>&amp;Avaa Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="89"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: kuuntelee muiden työpisteiden hälytyksiä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="117"/>
        <source>Desk is still running</source>
        <translation>Desk on yhä käynnissä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>Muiden työpisteiden hälytykset näkyvät yhä täällä. Lopeta Desk tämän kuvakkeen valikon Lopeta-kohdasta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="123"/>
        <source>Quit Desk?</source>
        <translation>Lopetetaanko Desk?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="124"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>Lopettamisen jälkeen muiden työpisteiden hälytykset eivät enää näy tällä tietokoneella ennen kuin Desk käynnistetään uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="127"/>
        <source>&amp;Quit Desk</source>
        <translation>&amp;Lopeta Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="129"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Jätä käyntiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="165"/>
        <source>The alarm could NOT be raised</source>
        <translation>Hälytystä EI voitu tehdä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="166"/>
        <source>Call the emergency number now.</source>
        <translation>Soita hätänumeroon nyt.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="169"/>
        <source>Security alarm raised</source>
        <translation>Turvahälytys tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="170"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>Avaa Desk nähdäksesi, keihin hälytys on tavoittanut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="186"/>
        <source>Security alarm from another desk</source>
        <translation>Turvahälytys toiselta työpisteeltä</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="73"/>
        <source>End call</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="38"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="43"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (kirjaa ensin varoitus)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="49"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="50"/>
        <source>What was the call about?</source>
        <translation>Mitä puhelu koski?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="58"/>
        <source>Root cause</source>
        <translation>Perussyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="59"/>
        <source>What actually went wrong? (if you found it)</source>
        <translation>Mikä oikeasti meni vikaan? (jos löysit sen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="63"/>
        <source>Reason for ending</source>
        <translation>Lopettamisen syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>What was said, and the warning you gave</source>
        <translation>Mitä sanottiin ja minkä varoituksen annoit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="78"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="79"/>
        <source>&amp;Topic</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="80"/>
        <source>Root &amp;cause</source>
        <translation>&amp;Perussyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="97"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>Kerro, miksi puhelu lopetettiin: syy menee lokiin.</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="91"/>
        <source>LAN alarms: %1</source>
        <translation>Lähiverkon hälytykset: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="127"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>Hälytystä EI voitu tehdä (%1). Soita heti %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="129"/>
        <source>alarm NOT raised: call %1</source>
        <translation>hälytystä EI tehty: soita %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="162"/>
        <source>alarm cancelled</source>
        <translation>hälytys peruttu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="165"/>
        <source>acknowledged</source>
        <translation>kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="168"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>hälytys: %1/%2 kanavaa tavoitettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="177"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>Kukaan ei ole kuitannut hälytystä %1 sekunnissa. Soita heti %2.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="240"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>Hälytystesti vastaanotettu: %1 (ei toimenpiteitä)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="245"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>Ei luettu: %1 (%2). Hälytykset toimivat silti; pyydä IT-tukea poistamaan tiedosto.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="250"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>Työpöytäilmoitukset eivät ole käytössä: hälytys näytetään tässä ikkunassa.</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>sähköposti jonossa</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail being sent</source>
        <translation>sähköpostia lähetetään</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail sent</source>
        <translation>sähköposti lähetetty</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>e-mail failed, retrying</source>
        <translation>sähköposti epäonnistui, yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="149"/>
        <source>not by e-mail (copy as text)</source>
        <translation>ei sähköpostitse (kopioi tekstinä)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help.py" line="70"/>
        <location filename="../../desk/ui/help.py" line="73"/>
        <location filename="../../desk/ui/help.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="74"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="75"/>
        <source>What it does</source>
        <translation>Mitä se tekee</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="133"/>
        <location filename="../../desk/ui/help.py" line="136"/>
        <source>Quick guide</source>
        <translation>Pikaopas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="175"/>
        <location filename="../../desk/ui/help.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pika&amp;näppäimet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="180"/>
        <location filename="../../desk/ui/help.py" line="200"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Pikaopas</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="80"/>
        <source>security alarm</source>
        <extracomment>A real security alarm (the operator pressed the alarm button).</extracomment>
        <translation>turvahälytys</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="82"/>
        <source>alarm test</source>
        <extracomment>A test of the alarm channels, not a real alarm.</extracomment>
        <translation>hälytystesti</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="29"/>
        <source>Security incident</source>
        <translation>Turvallisuustapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>Hätänumero: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="47"/>
        <source>Alarm delivery per channel</source>
        <translation>Hälytyksen perillemeno kanavittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="49"/>
        <source>Last error</source>
        <translation>Viimeisin virhe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>Peru hälytys (väärä hälytys)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Cancel alarm</source>
        <translation>Peru hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="60"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Close: security has handled it</source>
        <translation>Sulje: vartija on hoitanut asian</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Close the incident</source>
        <translation>Sulje tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="81"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>Puheluloki ei voinut vielä kirjata tätä hälytystä (se on tallessa varmuuspäiväkirjassa ja lisätään lokiin, kun kirjoittaminen onnistuu). Hälytys lähetettiin silti.</translation>
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
        <translation>Klo %1 tehdyn hälytyksen perui %2 klo %3: %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="145"/>
        <source>Alarm raised at %1 was closed by %2 at %3: security has handled it</source>
        <translation>Klo %1 tehdyn hälytyksen sulki %2 klo %3: vartijat ovat hoitaneet asian</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="96"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>TURVAHÄLYTYS tehty klo %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Acknowledged by %1</source>
        <translation>Kuittaaja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No acknowledgement is awaited any more.</source>
        <translation>Kuittausta ei enää odoteta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="105"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>Kukaan ei ole vielä kuitannut hälytystä. Soita heti hätänumeroon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="109"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>Hälytyskanavaa ei ole määritetty: hälytys ei tavoittanut ketään. Soita heti hätänumeroon.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="113"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>Odotetaan vartijan kuittausta…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Acknowledged after (s)</source>
        <translation>Kuittaukseen kului (s)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Reason / note</source>
        <translation>Syy / lisätieto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Acknowledged by</source>
        <translation>Kuittaaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="182"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>Hälytykset ja asiattoman käytöksen vuoksi lopetetut puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>alarm</source>
        <translation>hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>ended for abuse</source>
        <translation>lopetettu asiattoman käytöksen vuoksi</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="86"/>
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;Language</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;View</source>
        <translation>N&amp;äkymä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Suurempi teksti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normaali tekstikoko</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="148"/>
        <source>&amp;High contrast</source>
        <translation>Suuri &amp;kontrasti</translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="71"/>
        <source>✔ done</source>
        <extracomment>A checklist item's mark in the review's per-call detail.</extracomment>
        <translation>✔ tehty</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="72"/>
        <source>↺ unticked</source>
        <translation>↺ rasti poistettu</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="73"/>
        <source>✘ skipped</source>
        <translation>✘ ohitettu</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="74"/>
        <source>→ stage entered</source>
        <translation>→ vaiheeseen siirrytty</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="75"/>
        <source>⚠ answered late</source>
        <translation>⚠ vastattu myöhässä</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>cancellation</source>
        <translation>peruutus</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="121"/>
        <source>test</source>
        <translation>testi</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="177"/>
        <source>Na&amp;rrow layout</source>
        <translation>Kap&amp;ea asettelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="178"/>
        <source>One column, about 480 px wide, beside a softphone</source>
        <translation>Yksi sarake, noin 480 px leveä, ohjelmistopuhelimen vieressä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="179"/>
        <source>Caller history and guidance</source>
        <translation>Soittajan historia ja ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="180"/>
        <source>Show caller history and guidance</source>
        <translation>Näytä soittajan historia ja ohjeet</translation>
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
    <name>PdfExport</name>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="55"/>
        <source>Report (&amp;PDF)…</source>
        <translation>Raportti (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="57"/>
        <source>Save the report of this period as a PDF</source>
        <translation>Tallenna tämän jakson raportti PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="59"/>
        <source>E&amp;xport</source>
        <translation>V&amp;ienti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="60"/>
        <source>Report (PDF)…</source>
        <translation>Raportti (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="72"/>
        <source>Save the report as PDF</source>
        <translation>Tallenna raportti PDF-tiedostoksi</translation>
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
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="92"/>
        <source>Preparing the report…</source>
        <translation>Raporttia valmistellaan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="108"/>
        <source>Saved %1 (%2 bytes)</source>
        <translation>Tallennettu %1 (%2 tavua)</translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="76"/>
        <source>Another call is ringing: %1</source>
        <translation>Toinen puhelu soi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="116"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>Vastattu %1 sekunnissa: normin sisällä (%2 s).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="117"/>
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
    <name>PlaybookStepper</name>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="122"/>
        <source>Step %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="137"/>
        <source>Difficult caller</source>
        <translation>Hankala soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="138"/>
        <source>Difficult caller playbook</source>
        <translation>Hankalan soittajan toimintaohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="139"/>
        <source>Playbook steps</source>
        <translation>Toimintaohjeen vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="140"/>
        <source>End for abuse…</source>
        <translation>Lopeta asiattoman käytöksen vuoksi…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="141"/>
        <source>End the call for abuse</source>
        <translation>Lopeta puhelu asiattoman käytöksen vuoksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="144"/>
        <source>Next step: %1 · previous step: %2</source>
        <translation>Seuraava vaihe: %1 · edellinen vaihe: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="146"/>
        <source>Playbook: next step</source>
        <translation>Toimintaohje: seuraava vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="147"/>
        <source>Playbook: previous step</source>
        <translation>Toimintaohje: edellinen vaihe</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="24"/>
        <source>Enter the caller's full name.</source>
        <extracomment>The callback form's name field is empty.</extracomment>
        <translation>Kirjoita soittajan koko nimi.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="26"/>
        <source>At most {max} characters.</source>
        <extracomment>A field of the callback form is longer than allowed; {max} is a number.</extracomment>
        <translation>Enintään {max} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="27"/>
        <source>Write down the caller's question.</source>
        <translation>Kirjoita soittajan kysymys.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="28"/>
        <source>Enter a phone number or an e-mail address (at least one).</source>
        <translation>Anna puhelinnumero tai sähköpostiosoite (vähintään toinen).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="30"/>
        <source>Choose the department that will answer.</source>
        <translation>Valitse osasto, joka vastaa.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="31"/>
        <source>Enter a phone number.</source>
        <translation>Anna puhelinnumero.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="32"/>
        <source>That is too long to be a phone number.</source>
        <translation>Tämä on liian pitkä puhelinnumeroksi.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="34"/>
        <source>“{text}” is not a phone number.</source>
        <extracomment>{text} is what the operator typed.</extracomment>
        <translation>”{text}” ei ole puhelinnumero.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="36"/>
        <source>“{text}” is not a valid phone number for {region} (add the country code, e.g. +44, for a number abroad).</source>
        <extracomment>{text} is what the operator typed; {region} a two-letter country code such as FI.</extracomment>
        <translation>”{text}” ei ole kelvollinen puhelinnumero maassa {region} (lisää ulkomaiseen numeroon maatunnus, esim. +44).</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="39"/>
        <source>Enter an e-mail address.</source>
        <translation>Anna sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="40"/>
        <source>“{text}” is not a valid e-mail address.</source>
        <translation>”{text}” ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="41"/>
        <source>“{text}” is not a valid e-mail address: it has no @ sign.</source>
        <translation>”{text}” ei ole kelvollinen sähköpostiosoite: siitä puuttuu @-merkki.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="43"/>
        <source>“{text}” is not a valid e-mail address: the name before the @ sign is missing.</source>
        <translation>”{text}” ei ole kelvollinen sähköpostiosoite: nimi ennen @-merkkiä puuttuu.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="46"/>
        <source>“{text}” is not a valid e-mail address: after the @ sign it needs a domain such as example.org.</source>
        <translation>”{text}” ei ole kelvollinen sähköpostiosoite: @-merkin jälkeen tarvitaan verkkotunnus, esimerkiksi example.org.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="49"/>
        <source>“{text}” is not a valid e-mail address: it has a character an address cannot have.</source>
        <translation>”{text}” ei ole kelvollinen sähköpostiosoite: siinä on merkki, jota osoitteessa ei voi olla.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="52"/>
        <source>“{text}” is too long for an e-mail address.</source>
        <translation>”{text}” on liian pitkä sähköpostiosoitteeksi.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="54"/>
        <source>The answer cannot be in the future.</source>
        <translation>Vastaus ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="55"/>
        <source>The answer cannot be before the callback was taken.</source>
        <translation>Vastaus ei voi olla ennen kuin takaisinsoittopyyntö kirjattiin.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="57"/>
        <source>The time the caller was told cannot be in the future.</source>
        <translation>Aika, jolloin soittajalle kerrottiin, ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="59"/>
        <source>The time the caller was told cannot be before the callback was taken.</source>
        <translation>Aika, jolloin soittajalle kerrottiin, ei voi olla ennen kuin takaisinsoittopyyntö kirjattiin.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="61"/>
        <source>There is no callback #{id}.</source>
        <translation>Takaisinsoittoa #{id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="62"/>
        <source>Say how the caller was answered.</source>
        <translation>Kerro, miten soittajalle vastattiin.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="63"/>
        <source>Say how the caller was told.</source>
        <translation>Kerro, miten soittajalle kerrottiin.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="64"/>
        <source>The new date cannot be in the past.</source>
        <translation>Uusi päivä ei voi olla menneisyydessä.</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="66"/>
        <source>Unknown department “{department}”.</source>
        <extracomment>{department} is a department's name from the branch config</extracomment>
        <translation>Tuntematon osasto ”{department}”.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>L&amp;eikkaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>&amp;Liitä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="41"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="42"/>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="18"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="21"/>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="22"/>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="23"/>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="24"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="25"/>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="27"/>
        <source>Discard</source>
        <extracomment>throw away what was typed (a button in a question)</extracomment>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>L&amp;eikkaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>&amp;Liitä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="48"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="49"/>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
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
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="270"/>
        <source>no calls yet (in this period)</source>
        <translation>ei vielä puheluita (tällä aikavälillä)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="272"/>
        <source>calls</source>
        <translation>puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="273"/>
        <source>within target / maximum</source>
        <translation>tavoiteajassa / enimmäisajassa</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="275"/>
        <source>median / 90th percentile</source>
        <translation>mediaani / 90. persentiili</translation>
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
        <translation>vastattu hälytyksiin mennessä</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="280"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (%2 puhelusta, joiden soittoaika tiedetään)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="282"/>
        <source>greeting complete</source>
        <translation>täysi tervehdys</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="283"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (%2 puhelusta, joissa tarkistuslista)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="285"/>
        <source>wrap-up past the target</source>
        <translation>lopettelu tavoiteajan jälkeen</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="287"/>
        <source>callbacks open / overdue</source>
        <translation>takaisinsoitot avoinna / myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="289"/>
        <source>late callbacks, told</source>
        <translation>myöhästyneet takaisinsoitot, kerrottu</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="290"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, viivästyksestä kerrottu %2</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="293"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>turvahälytykset</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="294"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (kuittaukseen mediaani %2 s)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="297"/>
        <source>most skipped items</source>
        <translation>useimmin ohitetut kohdat</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="303"/>
        <source>top topics:</source>
        <translation>yleisimmät aiheet:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="307"/>
        <source>skipped: %1 calls and %2 alarms whose values cannot be read</source>
        <extracomment>rows of a merged or synced log whose values cannot be read (left out of the figures)</extracomment>
        <translation>ohitettu: %1 puhelua ja %2 hälytystä, joiden arvoja ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="324"/>
        <source>callbacks on time: %1 (of %2 due), median / 90th percentile %3 days to answer</source>
        <translation>takaisinsoitot ajallaan: %1 (%2 erääntyneestä), vastausaika mediaani / 90. persentiili %3 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="329"/>
        <source>repeat contacts within 7 days: %1 (of %2 calls with a known caller)</source>
        <translation>uudet yhteydenotot 7 päivän sisällä: %1 (%2 puhelusta, joiden soittaja tunnetaan)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="335"/>
        <source>top root causes:</source>
        <translation>yleisimmät perussyyt:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="339"/>
        <source>change against %1 – %2 (UTC):</source>
        <translation>muutos jaksoon %1 – %2 (UTC):</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="372"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 puhelua  tavoiteajassa %3  tervehdys %4  henkilökohtainen kysymys %5  lopettelu %6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desk/ui/report_pdf/formats.py" line="42"/>
        <source>%1 pp</source>
        <translation>%1 %-yks.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="44"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="81"/>
        <source>Weekly report</source>
        <translation>Viikkoraportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="87"/>
        <source>Change against %1</source>
        <translation>Muutos jaksoon %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="97"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="98"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="100"/>
        <source>Within %1 min</source>
        <translation>Enintään %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="99"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="101"/>
        <source>of %1 calls</source>
        <translation>%1 puhelusta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="102"/>
        <source>Median duration</source>
        <translation>Keston mediaani</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="104"/>
        <source>90th percentile duration</source>
        <translation>Keston 90. persentiili</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="106"/>
        <source>Answered by ring %1</source>
        <translation>Vastattu %1. hälytykseen mennessä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="108"/>
        <source>of %1 calls with ring times</source>
        <translation>%1 puhelusta, joissa hälytysajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="109"/>
        <source>Full greeting</source>
        <translation>Täysi tervehdys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="110"/>
        <source>of %1 calls with a checklist</source>
        <translation>%1 puhelusta, joissa tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="111"/>
        <source>Callbacks answered on time</source>
        <translation>Takaisinsoitot ajallaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="112"/>
        <source>of %1 callbacks due</source>
        <translation>%1 erääntyneestä takaisinsoitosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="113"/>
        <source>Late callers told of the delay</source>
        <translation>Myöhästymisestä kerrottu soittajalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="114"/>
        <source>of %1 late callbacks</source>
        <translation>%1 myöhästyneestä takaisinsoitosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="115"/>
        <source>Repeat contacts within 7 days</source>
        <translation>Uudet yhteydenotot 7 päivän sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="116"/>
        <source>of %1 calls with a known caller</source>
        <translation>%1 puhelusta, joissa tunnettu soittaja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="117"/>
        <source>Callbacks open</source>
        <translation>Avoimet takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="118"/>
        <source>Callbacks overdue</source>
        <translation>Myöhässä olevat takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="120"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="226"/>
        <source>Alarms</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="143"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="150"/>
        <source>Call durations</source>
        <translation>Puhelujen kestot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="155"/>
        <source>target %1 min</source>
        <translation>tavoite %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="156"/>
        <source>maximum %1 min</source>
        <translation>enimmäisaika %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="157"/>
        <source>minutes (the last bar: 30 or more)</source>
        <translation>minuuttia (viimeinen palkki: 30 tai enemmän)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="162"/>
        <source>The period day by day</source>
        <translation>Jakso päivä päivältä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="166"/>
        <source>calls</source>
        <translation>puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="167"/>
        <source>within target</source>
        <translation>tavoitteessa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="168"/>
        <source>answered by the ring</source>
        <translation>vastattu hälytyksiin mennessä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="169"/>
        <source>Calls per day (bars) and shares (lines, 0–100 %)</source>
        <translation>Puhelut päivittäin (palkit) ja osuudet (viivat, 0–100 %)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="174"/>
        <source>Callbacks on time</source>
        <translation>Takaisinsoitot ajallaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="175"/>
        <source>%1 callbacks; %2 answered by the first promised date (of %3 due); days to answer: median %4, 90th percentile %5; late callers told: %6</source>
        <translation>%1 takaisinsoittoa; %2 vastattu ensimmäiseen luvattuun päivään mennessä (%3 erääntyneestä); vastausaika päivinä: mediaani %4, 90. persentiili %5; myöhästymisestä kerrottu: %6</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Week of</source>
        <translation>Viikko alkaen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Callbacks</source>
        <translation>Takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>On time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>Median days</source>
        <translation>Mediaani päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>90th pct. days</source>
        <translation>90. pers. päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>Late, told</source>
        <translation>Myöhässä, kerrottu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="194"/>
        <source>Most often skipped</source>
        <translation>Useimmin ohitetut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="196"/>
        <source>Nothing skipped.</source>
        <translation>Mitään ei ohitettu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Checklist item</source>
        <translation>Tarkistuslistan kohta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Times skipped</source>
        <translation>Ohitettu kertaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="203"/>
        <source>Root causes</source>
        <translation>Juurisyyt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <source>Root cause</source>
        <translation>Juurisyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <source>Its root causes</source>
        <translation>Sen juurisyyt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="212"/>
        <source>No root cause recorded on these calls.</source>
        <translation>Näihin puheluihin ei ole kirjattu juurisyytä.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="214"/>
        <source>Repeat topics</source>
        <translation>Toistuvat aiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="215"/>
        <source>The same number or e-mail about the same topic within 7 days: %1 of %2 calls</source>
        <translation>Sama numero tai sähköposti samasta aiheesta 7 päivän sisällä: %1 / %2 puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Repeats</source>
        <translation>Toistot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="228"/>
        <source>No alarm in this period.</source>
        <translation>Ei hälytyksiä tällä jaksolla.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="232"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="233"/>
        <source>not acknowledged</source>
        <translation>ei kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="235"/>
        <source>cancelled %1</source>
        <translation>peruttu %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Raised (local time)</source>
        <translation>Hälytetty (paikallista aikaa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Who, where</source>
        <translation>Kuka, missä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="241"/>
        <source>Acknowledged after</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="242"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="19"/>
        <source>&amp;Review…</source>
        <translation>&amp;Katsaus…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="21"/>
        <source>Supervisor review of the call log</source>
        <translation>Esihenkilön katsaus puhelulokiin</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="31"/>
        <source>This call is no longer in the log.</source>
        <translation>Tätä puhelua ei ole enää lokissa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="33"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 min  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="36"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>Virkailija: %1 @ %2  Soittaja: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Answered: %1</source>
        <translation>Vastattu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="43"/>
        <source>Notes: %1</source>
        <translation>Muistiinpanot: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="45"/>
        <source>Ended because: %1</source>
        <translation>Lopetettu, koska: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="48"/>
        <source>Checklist:</source>
        <translation>Tarkistuslista:</translation>
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
        <translation>vastattu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="64"/>
        <source>open</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="65"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>Takaisinsoitto #%1 → %2: eräpäivä %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="70"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  viivästyksestä kerrottu %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="78"/>
        <source>acknowledged %1 by %2</source>
        <translation>kuitattu %1, kuittaaja %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>never acknowledged</source>
        <translation>ei kuitattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>Turvahälytys #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="85"/>
        <source>  cancelled: %1</source>
        <translation>  peruttu: %1</translation>
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
        <translation>Ei vielä puheluita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="40"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>tällä ajanjaksolla ja suodattimella ei ole mitään; puhelut tulevat tähän sitä mukaa kuin ne päättyvät.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="49"/>
        <source>calls</source>
        <translation>puhelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="51"/>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>within %1 min</source>
        <translation>enintään %1 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="55"/>
        <source>median / 90th percentile</source>
        <translation>mediaani / 90. persentiili</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>answered by ring %1</source>
        <translation>vastattu, kun puhelin soi enintään %1 kertaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>full greeting</source>
        <translation>täysi tervehdys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="61"/>
        <source>callbacks open / overdue</source>
        <translation>takaisinsoitot avoinna / myöhässä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="63"/>
        <source>late callbacks (caller told)</source>
        <translation>myöhästyneet takaisinsoitot (soittajalle kerrottu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="66"/>
        <source>alarms · median to acknowledge</source>
        <translation>hälytykset · kuittauksen mediaani</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="75"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>Useimmin ohitettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="55"/>
        <location filename="../../desk/ui/review/compare_band.py" line="56"/>
        <source>of %1 calls</source>
        <translation>%1 puhelusta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="58"/>
        <source>of %1 calls with ring times</source>
        <translation>%1 puhelusta, joissa hälytysajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="60"/>
        <source>of %1 calls with a checklist</source>
        <translation>%1 puhelusta, joissa tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="62"/>
        <source>of %1 late callbacks</source>
        <translation>%1 myöhästyneestä takaisinsoitosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="64"/>
        <source>of %1 callbacks due</source>
        <translation>%1 erääntyneestä takaisinsoitosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1 %-yks.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>better</source>
        <translation>parempi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>worse</source>
        <translation>huonompi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="134"/>
        <source>%1 d</source>
        <translation>%1 pv</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="137"/>
        <source>callbacks on time · median days to answer</source>
        <translation>takaisinsoitot ajallaan · vastaamisen mediaani päivinä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="145"/>
        <source>Rows skipped as unreadable: %1</source>
        <translation>Lukukelvottomina ohitetut rivit: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="148"/>
        <source>no calls in the previous period to compare</source>
        <translation>edellisellä jaksolla ei puheluita vertailtavaksi</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="82"/>
        <source>Review — %1</source>
        <translation>Katsaus — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="93"/>
        <source>Summary of the calls shown</source>
        <translation>Yhteenveto näkyvistä puheluista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="105"/>
        <source>&amp;Calls</source>
        <translation>&amp;Puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="107"/>
        <source>C&amp;harts</source>
        <translation>&amp;Kaaviot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="108"/>
        <source>Coac&amp;hing</source>
        <translation>&amp;Valmennus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="109"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Tapahtumat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Bra&amp;nches</source>
        <translation>T&amp;oimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>From day</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="136"/>
        <source>To day</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="139"/>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 365 days</source>
        <translation>Viimeiset 365 päivää</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Branch</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>All branches</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Operator</source>
        <translation>Virkailija</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Any operator</source>
        <translation>Kaikki virkailijat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="153"/>
        <source>Workstation</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>Any workstation</source>
        <translation>Kaikki työpisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Any outcome</source>
        <translation>Kaikki lopputulokset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Any topic</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Any duration</source>
        <translation>Kaikki kestot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="158"/>
        <source>Within the target</source>
        <translation>Tavoitteen sisällä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="159"/>
        <source>Over the target</source>
        <translation>Yli tavoitteen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="160"/>
        <source>Over the maximum</source>
        <translation>Yli enimmäisajan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>With call&amp;back</source>
        <translation>Joissa takaisin&amp;soitto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="164"/>
        <source>With &amp;alarm</source>
        <translation>Joissa &amp;hälytys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>Search topics and notes…</source>
        <translation>Hae aiheista ja muistiinpanoista…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="172"/>
        <source>Search topics and notes</source>
        <translation>Hae aiheista ja muistiinpanoista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="177"/>
        <location filename="../../desk/ui/review/window.py" line="434"/>
        <source>Export the calls shown</source>
        <translation>Vie näkyvät puhelut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>From</source>
        <translation>Ajalla</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="233"/>
        <source>Calls, newest first</source>
        <translation>Puhelut, uusin ensin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="244"/>
        <source>The selected call, step by step</source>
        <translation>Valittu puhelu vaihe vaiheelta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="246"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>Valitse puhelu, niin näet sen tarkistuslistan, takaisinsoiton ja hälytyksen vaihe vaiheelta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1 min or longer</source>
        <translation>%1 min tai pidempi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="435"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV taulukkolaskentaan (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="445"/>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="461"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>Tämä loki on Deskin vanhemmasta versiosta: haku lukee jokaisen muistiinpanon (hitaampaa suuressa lokissa).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="475"/>
        <source>Could not read the log: %1</source>
        <translation>Lokia ei voitu lukea: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="482"/>
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
        <location filename="../../desk/ui/console/root_cause.py" line="38"/>
        <source>Root cau&amp;se</source>
        <translation>Perussy&amp;y</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>Root cause</source>
        <translation>Perussyy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
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
        <location filename="../../desk/ui/console/shift_check.py" line="116"/>
        <source>Start of shift</source>
        <translation>Vuoron alku</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="117"/>
        <source>Start of shift checklist</source>
        <translation>Vuoron alun tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="118"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>Ennen ensimmäistä puhelua: onko työpiste valmis? Rastita tehdyt (välilyönti) ja valitse Valmis.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="120"/>
        <source>&amp;Ready</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="121"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>Valmis: kirjaa vuoron alun tarkistus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="122"/>
        <source>Not &amp;yet</source>
        <translation>&amp;Ei vielä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="123"/>
        <source>Not yet: ask again when Desk opens</source>
        <translation>Ei vielä: kysy uudelleen, kun Desk avataan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="141"/>
        <source>Alarm: reading its last test from the log…</source>
        <translation>Hälytys: viimeisintä testiä luetaan lokista…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="146"/>
        <source>Alarm: never tested from this console. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Hälytys: ei koskaan testattu tältä konsolilta. Testaa nyt: Työkalut ▸ Testaa hälytys.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="149"/>
        <source>Alarm: last proved working %1 (from the log).</source>
        <translation>Hälytys: toimi viimeksi %1 (lokin mukaan).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
        <source>Alarm: last proved working %1, more than %2 days ago. Test it now: Tools ▸ Test the alarm.</source>
        <translation>Hälytys: toimi viimeksi %1, yli %2 päivää sitten. Testaa nyt: Työkalut ▸ Testaa hälytys.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="195"/>
        <source>the start-of-shift check</source>
        <translation>vuoron alun tarkistus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="196"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>Vuoron alku kirjattu. Hyvää työvuoroa!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="46"/>
        <location filename="../../desk/ui/console/checklist.py" line="183"/>
        <source>Call stages</source>
        <translation>Puhelun vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="53"/>
        <location filename="../../desk/ui/console/checklist.py" line="184"/>
        <source>Stage checklist</source>
        <translation>Vaiheen tarkistuslista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="54"/>
        <location filename="../../desk/ui/console/checklist.py" line="185"/>
        <source>Space ticks the selected item</source>
        <translation>Välilyönti rastittaa valitun kohdan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="186"/>
        <source>Suggested phrases</source>
        <translation>Ehdotetut fraasit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="68"/>
        <location filename="../../desk/ui/console/checklist.py" line="187"/>
        <source>Reminder</source>
        <translation>Muistutus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="117"/>
        <source>ticked by the console</source>
        <translation>konsolin merkitsemä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="119"/>
        <source>Ticked by the console from what you did; Space unticks it</source>
        <translation>Konsoli merkitsi tämän tekemäsi perusteella; välilyönti poistaa merkinnän</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="133"/>
        <source>late: answered on ring %1</source>
        <translation>myöhässä: puhelin soi %1 kertaa ennen vastaamista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="144"/>
        <source>%1 of %2 done</source>
        <translation>%1/%2 tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="200"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>Vältä palvelusyntiä — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="210"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(fraasi tulee näkyviin, kun sen tiedot ovat selvillä, esim. kun takaisinsoittopyyntö on otettu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="213"/>
        <source>(no phrase: just do it)</source>
        <translation>(ei fraasia: tee vain)</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="31"/>
        <source>Desk: branch config</source>
        <translation>Desk: toimipisteen asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="32"/>
        <source>Desk cannot start: the branch config has a mistake that IT must fix. Please tell them what it says:

%1</source>
        <translation>Desk ei käynnisty: toimipisteen asetuksissa on virhe, jonka IT-tuen pitää korjata. Kerro heille, mitä siinä lukee:

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
        <translation>Desk ei käynnisty näillä valitsimilla:

%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="33"/>
        <source>Head office sync</source>
        <translation>Pääkonttorin synkronointi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="56"/>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="57"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>Pääkonttori: %1 odottaa · viimeksi lähetetty %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="63"/>
        <source>retrying</source>
        <translation>yritetään uudelleen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="62"/>
        <source>refused: this log belongs to another branch</source>
        <translation>hylätty: tämä loki kuuluu toiselle toimipisteelle</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Monday</source>
        <extracomment>Weekdays, Monday first, for dates written out in text (e-mail, clipboard).</extracomment>
        <translation>maanantai</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="192"/>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
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
</TS>
