<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="23"/>
        <source>no config file found: defaults</source>
        <translation>कोई कॉन्फ़िग फ़ाइल नहीं मिली: डिफ़ॉल्ट</translation>
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
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Branch config</source>
        <translation>ब्रांच कॉन्फ़िग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="42"/>
        <source>Call log</source>
        <translation>कॉल लॉग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="43"/>
        <source>Log files</source>
        <translation>लॉग फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="50"/>
        <source>About Desk</source>
        <translation>Desk के बारे में</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="60"/>
        <location filename="../../desk/ui/help.py" line="174"/>
        <location filename="../../desk/ui/help.py" line="198"/>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="61"/>
        <source>&amp;About Desk</source>
        <translation>Desk के बारे में (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="73"/>
        <source>Record &amp;warning given</source>
        <translation>दी गई चेतावनी दर्ज करें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record that the caller was warned</source>
        <translation>दर्ज करें कि कॉल करने वाले को चेतावनी दी गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="79"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>अभी कोई चेतावनी नहीं: दुर्व्यवहार के कारण कॉल चेतावनी के बाद ही ख़त्म की जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="81"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>चेतावनी %1 बजे दर्ज हुई: अब दुर्व्यवहार के कारण कॉल ख़त्म की जा सकती है (कॉल ख़त्म करें, वजह के साथ)।</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/actions.py" line="15"/>
        <source>Start call</source>
        <translation>कॉल शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="16"/>
        <source>Start counter visit</source>
        <translation>काउंटर मुलाक़ात शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="17"/>
        <source>Next stage</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="18"/>
        <source>Previous stage</source>
        <translation>पिछला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="20"/>
        <source>Complete this stage</source>
        <translation>यह चरण पूरा करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="21"/>
        <source>End call</source>
        <translation>कॉल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="22"/>
        <source>Greeting stage</source>
        <translation>अभिवादन चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="23"/>
        <source>Clarification stage</source>
        <translation>स्पष्टीकरण चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="24"/>
        <source>Confirmation stage</source>
        <translation>पुष्टि चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="25"/>
        <source>Closing stage</source>
        <translation>समापन चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="26"/>
        <source>Caller is upset</source>
        <translation>कॉल करने वाला नाराज़ है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="27"/>
        <source>Go to notes</source>
        <translation>नोट्स पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="28"/>
        <source>Quit</source>
        <translation>Desk बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="29"/>
        <source>Transfer failed: take callback</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="30"/>
        <source>Callbacks…</source>
        <translation>कॉलबैक…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="31"/>
        <source>Copy earlier notes into this call</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/actions.py" line="33"/>
        <source>Security alarm</source>
        <translation>सुरक्षा अलार्म</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="33"/>
        <source>Test the alarm</source>
        <translation>अलार्म जाँचें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="39"/>
        <source>Last alarm test</source>
        <translation>पिछली अलार्म जाँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="50"/>
        <source>Alarm test sent on every channel…</source>
        <translation>अलार्म जाँच हर चैनल पर भेजी गई…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>अलार्म जाँच: कोई चैनल सेट नहीं है — अलार्म कहीं नहीं जाते।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="67"/>
        <source>Alarm test: %1</source>
        <translation>अलार्म जाँच: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="74"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>कोई अलार्म चैनल नहीं: अलार्म कहीं नहीं जाते</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="77"/>
        <source>Last alarm test: not read from the call log yet</source>
        <translation>पिछली अलार्म जाँच: कॉल लॉग से अभी पढ़ी नहीं गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="82"/>
        <source>Alarm never tested</source>
        <translation>अलार्म की कभी जाँच नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="84"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>इस कंसोल से अलार्म की कभी जाँच नहीं हुई: टूल्स ▸ अलार्म जाँचें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>पिछली सफल अलार्म जाँच %1 दिन पहले हुई थी: फिर से जाँचें (टूल्स ▸ अलार्म जाँचें)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="94"/>
        <source>Last successful alarm test: %1</source>
        <translation>पिछली सफल अलार्म जाँच: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="101"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>कोई अलार्म चैनल सेट नहीं है: सुरक्षा बटन किसी तक नहीं पहुँचता। IT से कहें कि ब्रांच कॉन्फ़िग में [[security.channels]] जोड़ें। आपात स्थिति में %1 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="127"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>इन पर अलार्म नहीं पहुँचेंगे: %1।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="129"/>
        <source>They will arrive on: %1.</source>
        <translation>इन पर पहुँचेंगे: %1।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="133"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>इन पर अलार्म पहुँचेंगे: %1।</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="214"/>
        <source>Start Desk at &amp;login</source>
        <translation>&amp;लॉग इन पर Desk शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="232"/>
        <source>Could not change starting at login: %1</source>
        <translation>लॉग इन पर शुरू होना बदला नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="27"/>
        <source>Note</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="28"/>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="29"/>
        <source>Alert</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="74"/>
        <source>Put this note away (Esc)</source>
        <translation>यह नोट हटाएँ (Esc)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="75"/>
        <source>Put this note away</source>
        <translation>यह नोट हटाएँ</translation>
    </message>
</context>
<context>
    <name>BannerArea</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="188"/>
        <source>+%1 more notices</source>
        <translation>+%1 और सूचनाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="189"/>
        <source>+1 more notice</source>
        <translation>+1 और सूचना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="192"/>
        <source>Show fewer notices</source>
        <translation>कम सूचनाएँ दिखाएँ</translation>
    </message>
</context>
<context>
    <name>BranchesPage</name>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="33"/>
        <source>Within the target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Within the maximum</source>
        <translation>अधिकतम के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="34"/>
        <source>Answered by the ring</source>
        <translation>तय रिंग तक उत्तर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Callbacks on time</source>
        <translation>समय पर कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Alarms</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="35"/>
        <source>Last sync</source>
        <translation>पिछला सिंक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/branches_page.py" line="38"/>
        <source>Branches side by side</source>
        <translation>शाखाएँ साथ-साथ</translation>
    </message>
</context>
<context>
    <name>CallChannel</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="154"/>
        <source>phone</source>
        <extracomment>How a call came in (the review's Channel column).</extracomment>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="156"/>
        <source>counter</source>
        <extracomment>a visitor at the front desk</extracomment>
        <translation>काउंटर</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/commands/selftest.py" line="70"/>
        <location filename="../../desk/ui/console/call_panel.py" line="46"/>
        <source>Start call (F2)</source>
        <translation>कॉल शुरू करें (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="48"/>
        <source>Start call</source>
        <translation>कॉल शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="50"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>काउंटर मुलाक़ात (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="52"/>
        <source>Start counter visit</source>
        <translation>काउंटर मुलाक़ात शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="54"/>
        <source>End call (F4)</source>
        <translation>कॉल ख़त्म करें (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="56"/>
        <source>End call</source>
        <translation>कॉल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="66"/>
        <source>Caller's phone number</source>
        <translation>कॉल करने वाले का फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="67"/>
        <source>Caller's number</source>
        <translation>कॉल करने वाले का नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="76"/>
        <location filename="../../desk/ui/console/call_panel.py" line="77"/>
        <source>Caller's name</source>
        <translation>कॉल करने वाले का नाम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="81"/>
        <location filename="../../desk/ui/console/call_panel.py" line="82"/>
        <source>Caller's e-mail</source>
        <translation>कॉल करने वाले का ईमेल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="89"/>
        <source>Caller is &amp;upset</source>
        <translation>कॉल करने वाला नाराज़ है (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="91"/>
        <source>Caller is upset</source>
        <translation>कॉल करने वाला नाराज़ है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="101"/>
        <source>&amp;Number</source>
        <translation>नंबर (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="102"/>
        <source>N&amp;ame</source>
        <translation>नाम (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="103"/>
        <source>&amp;E-mail</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="117"/>
        <source>Next stage (F3)</source>
        <translation>अगला चरण (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Next stage</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="124"/>
        <location filename="../../desk/ui/console/call_panel.py" line="125"/>
        <source>What the caller already tried</source>
        <translation>कॉल करने वाला क्या-क्या आज़मा चुका है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="129"/>
        <source>The caller's request</source>
        <translation>कॉल करने वाले का अनुरोध</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>Enter: you read the request back to the caller and they agreed</source>
        <translation>Enter: आपने अनुरोध दोहराया और कॉल करने वाले ने पुष्टि की</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="132"/>
        <source>What the caller would like (Enter once read back)</source>
        <translation>कॉल करने वाला क्या चाहता है (दोहराने के बाद Enter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="137"/>
        <source>Call notes</source>
        <translation>कॉल के नोट्स</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="138"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>नोट्स (मूल कारण, क्या तय हुआ)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Re&amp;quest</source>
        <translation>अनुरोध (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="152"/>
        <source>Already tr&amp;ied</source>
        <translation>पहले आज़माया (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="153"/>
        <source>N&amp;otes</source>
        <translation>नोट्स (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="482"/>
        <source>Call %1 from this caller in 30 days: thank them for their patience.</source>
        <translation>30 दिनों में इस कॉलर की %1वीं कॉल: उनके धैर्य के लिए धन्यवाद दें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="533"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>कॉल ख़त्म हुई; कॉल लॉग में सेव हो रही है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="534"/>
        <source>Call saved in the call log.</source>
        <translation>कॉल, कॉल लॉग में सेव हो गई।</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="26"/>
        <source>Call timer</source>
        <translation>कॉल टाइमर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="31"/>
        <source>no call</source>
        <translation>कोई कॉल नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>within norm</source>
        <translation>तय समय के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
        <source>time to wrap up</source>
        <translation>समेटने का समय</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="38"/>
        <source>over %n min</source>
        <translation>
            <numerusform>%n मिनट से ज़्यादा</numerusform>
            <numerusform>%n मिनट से ज़्यादा</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="45"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="212"/>
        <source>Transfer failed: take a callback</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Call back by phone</source>
        <translation>फ़ोन पर वापस कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>Answer by e-mail</source>
        <translation>ईमेल से जवाब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="60"/>
        <source>How the caller wants the answer</source>
        <translation>कॉल करने वाला जवाब कैसे चाहता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="63"/>
        <source>What the caller already tried</source>
        <translation>कॉल करने वाला क्या-क्या आज़मा चुका है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>Full &amp;name</source>
        <translation>पूरा नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Question</source>
        <translation>सवाल (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;E-mail</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>&amp;Department</source>
        <translation>विभाग (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's full name</source>
        <translation>कॉल करने वाले का पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Caller's question</source>
        <translation>कॉल करने वाले का सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>E-mail address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="75"/>
        <source>Department that will answer</source>
        <translation>जवाब देने वाला विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="95"/>
        <source>Answer by</source>
        <extracomment>label of the choice how the caller wants the answer (phone or e-mail); not a deadline</extracomment>
        <translation>जवाब का तरीका</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="96"/>
        <source>Already &amp;tried</source>
        <translation>पहले आज़माया (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="104"/>
        <source>Save and forward</source>
        <translation>सहेजें और आगे भेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="145"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Desk बंद होने से पहले आपने जो लिखा था, वह वापस आ गया।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="171"/>
        <source>Discard callback?</source>
        <translation>कॉलबैक हटा दें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="172"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>यह कॉलबैक और इसमें लिखा सब कुछ हटा दें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="199"/>
        <source>Saving the callback…</source>
        <translation>कॉलबैक सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="213"/>
        <source>Callback not saved</source>
        <translation>कॉलबैक सेव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="214"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>कॉलबैक सेव नहीं हो सका: %1। आपका लिखा सब कुछ ड्राफ़्ट के रूप में सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>CallbackEvent</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="135"/>
        <source>taken</source>
        <extracomment>What happened to a callback (its history in the callbacks window).</extracomment>
        <translation>लिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="137"/>
        <source>moved</source>
        <extracomment>moved to another department</extracomment>
        <translation>दूसरे विभाग को भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="138"/>
        <source>answered</source>
        <translation>जवाब दिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="140"/>
        <source>forwarded</source>
        <extracomment>sent by e-mail to the department</extracomment>
        <translation>ईमेल से भेजा गया</translation>
    </message>
</context>
<context>
    <name>CallbackHistory</name>
    <message>
        <location filename="../../desk/ui/callbacks/history.py" line="34"/>
        <source>Due: %1   Forwarding: %2</source>
        <translation>अंतिम तारीख़: %1   आगे भेजना: %2</translation>
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
        <translation>%1  कॉल करने वाले को देरी बताई गई %2: नई तारीख़ %3 (पहले %4)</translation>
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
        <translation>%1  %2 ने जवाब दिया (%3)</translation>
    </message>
</context>
<context>
    <name>CallbackState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="86"/>
        <source>⚠ overdue</source>
        <translation>⚠ समय बीत गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="87"/>
        <source>● due today</source>
        <translation>● आज देय</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="88"/>
        <source>◐ due next working day</source>
        <translation>◐ अगले कार्यदिवस पर देय</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="89"/>
        <source>○ open</source>
        <translation>○ खुला</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="90"/>
        <source>✔ answered</source>
        <translation>✔ जवाब दिया गया</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="175"/>
        <source>Callback request #%1 for %2</source>
        <extracomment>The callback as text: the department's e-mail and the clipboard ("Copy as text"). %1, %2 are filled after translating.</extracomment>
        <translation>%2 के लिए कॉलबैक अनुरोध #%1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="176"/>
        <source>Callback for %1: %2 — answer by %3</source>
        <translation>%1 के लिए कॉलबैक: %2 — %3 तक उत्तर दें</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="177"/>
        <source>Caller: %1</source>
        <translation>कॉल करने वाले: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="178"/>
        <source>Phone: %1</source>
        <translation>फ़ोन: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="179"/>
        <source>E-mail: %1</source>
        <translation>ई-मेल: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="180"/>
        <source>Prefers: %1</source>
        <translation>पसंद: %1</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="182"/>
        <source>Promised answer by: %1 (taken %2 by %3)</source>
        <extracomment>%1 the weekday and date of the promise, %2 when it was taken, %3 who took it</extracomment>
        <translation>उत्तर का वादा: %1 तक (%2 को %3 द्वारा दर्ज)</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="183"/>
        <source>Question:</source>
        <translation>प्रश्न:</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="184"/>
        <source>Already tried (don't ask them to do it again):</source>
        <translation>पहले से आज़माया (दोबारा करने को न कहें):</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="43"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="45"/>
        <source>Transfer failed, take a callback</source>
        <translation>ट्रांसफ़र नहीं हुआ, कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>कॉलबैक…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="104"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>आप जो कॉलबैक लिख रहे थे, वह सुरक्षित है: पूरा करने के लिए F6 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="158"/>
        <source>the callback</source>
        <translation>कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="166"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="191"/>
        <source>the callback draft</source>
        <translation>कॉलबैक का ड्राफ़्ट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="173"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>कॉल करने वाले को बताएँ: %1 आपको %2 तक जवाब देगा।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="183"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>यहाँ %1 का कोई ईमेल नहीं है: कॉलबैक टेक्स्ट के रूप में कॉपी हो गया है, उन्हें पेस्ट कर दें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="233"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>कॉलबैक: %1 की तारीख़ निकल चुकी है, %2 आज देय (देखने के लिए F7)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="249"/>
        <source>Desk callbacks</source>
        <translation>Desk कॉलबैक</translation>
    </message>
</context>
<context>
    <name>CallbacksCommand</name>
    <message>
        <location filename="../../desk/commands/callbacks.py" line="74"/>
        <source>no callbacks</source>
        <translation>कोई कॉलबैक नहीं</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Due</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Caller</source>
        <translation>कॉल करने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="40"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="41"/>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Forwarding</source>
        <translation>आगे भेजना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Taken by</source>
        <translation>किसने लिया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="42"/>
        <source>Caller told</source>
        <translation>कॉलर को बताया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="125"/>
        <source>1 day late</source>
        <translation>1 दिन देर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="126"/>
        <source>%1 days late</source>
        <translation>%1 दिन देर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="144"/>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="147"/>
        <source>✔ told %1</source>
        <translation>✔ बताया %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="149"/>
        <source>not forwarded (copy as text)</source>
        <translation>आगे नहीं भेजा (टेक्स्ट के रूप में कॉपी करें)</translation>
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
        <translation>कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>नाम, नंबर, ईमेल, सवाल खोजें…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="58"/>
        <source>Search callbacks</source>
        <translation>कॉलबैक खोजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="59"/>
        <source>&amp;Overdue only</source>
        <translation>सिर्फ़ देरी वाले (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Overdue only</source>
        <translation>सिर्फ़ देरी वाले</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="62"/>
        <source>Show &amp;answered</source>
        <translation>जवाब दिए हुए दिखाएँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="64"/>
        <source>Show answered</source>
        <translation>जवाब दिए हुए दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Callbacks by due date</source>
        <translation>अंतिम तारीख़ के क्रम में कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="75"/>
        <source>Selected callback's history</source>
        <translation>चुने गए कॉलबैक का इतिहास</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="84"/>
        <source>Mark &amp;answered…</source>
        <translation>जवाब दिया गया चिह्नित करें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="85"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>कॉल करने वाले को देरी बताई (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="86"/>
        <source>&amp;Move to department…</source>
        <translation>विभाग में भेजें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="87"/>
        <source>&amp;Copy as text</source>
        <translation>टेक्स्ट के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="146"/>
        <source>a callback change</source>
        <translation>कॉलबैक में बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="173"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 दिखाए गए · %2 देरी से · %3 आज देय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="176"/>
        <source>%1 due on the next working day: tell those callers today if the answer will be late</source>
        <translation>%1 अगले कार्यदिवस पर देय: अगर उत्तर में देर होगी, तो उन कॉलरों को आज ही बताएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="197"/>
        <source>yes, %1 (%2)</source>
        <translation>हाँ, %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="199"/>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="201"/>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="202"/>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="203"/>
        <source>Already tried</source>
        <translation>पहले आज़माया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="204"/>
        <source>Taken by</source>
        <translation>किसने लिया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="205"/>
        <source>Taken</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="206"/>
        <source>Due</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="216"/>
        <source>Select a callback.</source>
        <translation>कोई कॉलबैक चुनें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="220"/>
        <source>One moment: the callback is still loading.</source>
        <translation>एक पल: कॉलबैक अभी लोड हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="253"/>
        <source>Answered by</source>
        <translation>जवाब देने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="254"/>
        <source>Answered at</source>
        <translation>जवाब का समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>Callback answered</source>
        <translation>कॉलबैक का जवाब दिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="255"/>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="256"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="257"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="284"/>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Told at</source>
        <translation>बताने का समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="207"/>
        <location filename="../../desk/ui/callbacks/view.py" line="285"/>
        <source>Caller told of a delay</source>
        <translation>कॉल करने वाले को देरी बताई गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>How they were told</source>
        <translation>उन्हें कैसे बताया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>New date</source>
        <translation>नई तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="283"/>
        <location filename="../../desk/ui/callbacks/view.py" line="287"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="321"/>
        <source>Move callback</source>
        <translation>कॉलबैक भेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="322"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="333"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>कॉपी हो गया: इसे विभाग के चैनल में पेस्ट करें</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="27"/>
        <location filename="../../desk/ui/console/caller_history.py" line="31"/>
        <source>Caller history</source>
        <translation>कॉल करने वाले का इतिहास</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="38"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="40"/>
        <source>Copy earlier notes into this call</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="100"/>
        <source>Enter the caller's number, e-mail or name to see earlier calls.</source>
        <translation>पिछली कॉलें देखने के लिए कॉलर का नंबर, ई-मेल या नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="107"/>
        <source>No earlier calls from this caller.</source>
        <translation>इस व्यक्ति की कोई पिछली कॉल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>Open callbacks</source>
        <translation>खुले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="112"/>
        <source>due</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Already tried</source>
        <translation>पहले आज़माया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="113"/>
        <source>Earlier calls</source>
        <translation>पिछली कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="114"/>
        <source>Last notes</source>
        <translation>पिछले नोट्स</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="145"/>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="146"/>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Started</source>
        <translation>शुरू हुई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="63"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Caller</source>
        <translation>कॉल करने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="64"/>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="65"/>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="158"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="169"/>
        <source>Cancel the alarm</source>
        <translation>अलार्म रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="161"/>
        <source>Reason for cancelling</source>
        <translation>रद्द करने की वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="162"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>जैसे, आगंतुक शांत हो गया; ग़लती से दब गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="170"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="174"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>यह झूठा अलार्म क्यों है? (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="181"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>वजह बताएँ: यह उन सबको जाएगी जिन्हें अलार्म मिला।</translation>
    </message>
</context>
<context>
    <name>ChannelType</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="109"/>
        <source>webhook</source>
        <extracomment>Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the English words are the config's channel types: translate what each one is. An HTTP request to the security company's or building's alarm system.</extracomment>
        <translation>अलार्म सिस्टम</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="110"/>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="112"/>
        <source>lan</source>
        <extracomment>The other Desk consoles on the branch's network.</extracomment>
        <translation>दूसरे कंसोल</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="114"/>
        <source>desktop</source>
        <extracomment>A notification on this computer's screen.</extracomment>
        <translation>यह स्क्रीन</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desk/ui/review/charts.py" line="61"/>
        <source>no calls yet</source>
        <translation>अभी कोई कॉल नहीं</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="69"/>
        <source>Call durations (minutes)</source>
        <translation>कॉल की अवधि (मिनट)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="71"/>
        <source>Calls per day</source>
        <translation>हर दिन की कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="73"/>
        <source>Calls per hour of the day</source>
        <translation>दिन के हर घंटे की कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="75"/>
        <source>Recurring topics per week</source>
        <translation>हर हफ़्ते बार-बार आने वाले विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="98"/>
        <source>target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="99"/>
        <source>maximum</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="101"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>अवधि के हर मिनट पर कॉल की संख्या; लक्ष्य और अधिकतम सीमा पर रेखाएँ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="107"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Calls by hour of the day</source>
        <translation>दिन के घंटों के हिसाब से कॉल</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="127"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>टीम की आदतें, हफ़्ते-दर-हफ़्ते (चेकलिस्ट वाली कॉल का हिस्सा)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Greeting complete</source>
        <translation>अभिवादन पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="129"/>
        <source>Clarification complete</source>
        <translation>स्पष्टीकरण पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Confirmation complete</source>
        <translation>पुष्टि पूरी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="130"/>
        <source>Closing complete</source>
        <translation>समापन पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Personal question</source>
        <translation>निजी सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Wrap-up past the target</source>
        <translation>लक्ष्य के बाद समापन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="132"/>
        <source>Hello after answering (s)</source>
        <translation>फ़ोन उठाने के बाद नमस्ते (सेकंड)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <source>Week</source>
        <translation>हफ़्ता</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="134"/>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="135"/>
        <source>Team habits per week</source>
        <translation>हर हफ़्ते टीम की आदतें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="141"/>
        <source>Within the target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Over the maximum</source>
        <translation>अधिकतम से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="142"/>
        <source>Habits per operator</source>
        <translation>हर ऑपरेटर की आदतें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="145"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>हर ऑपरेटर का ब्योरा (कोचिंग की बातचीत के लिए, रैंकिंग के लिए नहीं):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="148"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>हर ऑपरेटर का ब्योरा देखने के लिए सुपरवाइज़र पासफ़्रेज़ चाहिए (desk config set-passphrase)।</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="53"/>
        <source>no config file found (%1): using defaults (alarms go nowhere)</source>
        <translation>कोई कॉन्फ़िग फ़ाइल नहीं मिली (%1): डिफ़ॉल्ट इस्तेमाल हो रहे हैं (अलार्म कहीं नहीं जाते)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="65"/>
        <source>read %1 (%2)</source>
        <extracomment>%1 is the config file's path, %2 why that file was chosen</extracomment>
        <translation>%1 पढ़ी गई (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="73"/>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="76"/>
        <source>branch %1, %2 department(s), %3 alarm channel(s)</source>
        <extracomment>%1 the branch's name; %2 and %3 are counts</extracomment>
        <translation>शाखा %1, %2 विभाग, %3 अलार्म चैनल</translation>
    </message>
    <message>
        <location filename="../../desk/commands/config_cmd.py" line="81"/>
        <source>warning: no alarm channel configured: alarms go nowhere</source>
        <translation>चेतावनी: कोई अलार्म चैनल तय नहीं है: अलार्म कहीं नहीं जाते</translation>
    </message>
</context>
<context>
    <name>ConfigReason</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="162"/>
        <source>named with --config</source>
        <extracomment>Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in these words, which serve as the codes.</extracomment>
        <translation>--config से दी गई</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="163"/>
        <source>named on the command line</source>
        <translation>कमांड लाइन पर दी गई</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="164"/>
        <source>from DESK_CONFIG</source>
        <translation>DESK_CONFIG से</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="165"/>
        <source>next to the program</source>
        <translation>प्रोग्राम के पास</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="166"/>
        <source>machine-wide config dir</source>
        <translation>पूरी मशीन का कॉन्फ़िग फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="167"/>
        <source>user config dir</source>
        <translation>उपयोगकर्ता का कॉन्फ़िग फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="168"/>
        <source>none of the usual places has a branch.toml</source>
        <translation>किसी भी सामान्य जगह पर branch.toml नहीं है</translation>
    </message>
</context>
<context>
    <name>ConfigWarning</name>
    <message>
        <location filename="../../desk/config/checker.py" line="29"/>
        <source>%1: unknown key '%2' ignored (a typo?)</source>
        <translation>%1: अज्ञात कुंजी '%2' अनदेखी की गई (टाइपिंग की गलती?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="30"/>
        <source>%1, line %3: unknown key '%2' ignored (a typo?)</source>
        <translation>%1, पंक्ति %3: अज्ञात कुंजी '%2' अनदेखी की गई (टाइपिंग की गलती?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="32"/>
        <source>%1: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1: अज्ञात अनुभाग या कुंजी '%2' अनदेखी की गई (टाइपिंग की गलती?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="34"/>
        <source>%1, line %3: unknown section or key '%2' ignored (a typo?)</source>
        <translation>%1, पंक्ति %3: अज्ञात अनुभाग या कुंजी '%2' अनदेखी की गई (टाइपिंग की गलती?)</translation>
    </message>
    <message>
        <location filename="../../desk/config/checker.py" line="37"/>
        <source>%1: %2 more unknown keys ignored</source>
        <translation>%1: %2 और अज्ञात कुंजियाँ अनदेखी की गईं</translation>
    </message>
</context>
<context>
    <name>ContactWay</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="126"/>
        <source>by phone</source>
        <extracomment>How a caller was answered or told of a delay (the review's per-call detail).</extracomment>
        <translation>फ़ोन से</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="127"/>
        <source>by e-mail</source>
        <translation>ईमेल से</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="128"/>
        <source>by letter</source>
        <translation>चिट्ठी से</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="129"/>
        <source>by text message</source>
        <translation>एसएमएस से</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="130"/>
        <source>in person</source>
        <translation>ख़ुद मिलकर</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="18"/>
        <source>Something went wrong</source>
        <translation>कुछ गड़बड़ हो गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="21"/>
        <source>Desk ran into an unexpected error and keeps running. What you typed stays on screen; the status line says if anything is not saved yet.</source>
        <translation>Desk में एक अनपेक्षित गड़बड़ी हुई, पर यह चलता रहेगा। आपका लिखा हुआ स्क्रीन पर बना रहता है; अगर कुछ अभी सहेजा नहीं गया है तो स्टेटस लाइन बताएगी।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/crash_dialog.py" line="28"/>
        <source>A report for IT was written to %1</source>
        <translation>IT के लिए एक रिपोर्ट यहाँ लिखी गई: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desk/commands/env.py" line="56"/>
        <source>note: the call log %1 belongs to another account, %2.</source>
        <translation>ध्यान दें: कॉल लॉग %1 किसी दूसरे खाते, %2, का है।</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="95"/>
        <source>⏳ queued</source>
        <extracomment>How far an alarm message got on one channel (the alarm board's Status column).</extracomment>
        <translation>⏳ कतार में</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="96"/>
        <source>↗ sending</source>
        <translation>↗ भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="97"/>
        <source>✔ delivered</source>
        <translation>✔ पहुँच गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="99"/>
        <source>✖ failed, retrying</source>
        <extracomment>This attempt failed; Desk tries again by itself.</extracomment>
        <translation>✖ नहीं पहुँचा, फिर से कोशिश</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="101"/>
        <source>✔✔ acknowledged</source>
        <extracomment>Security staff confirmed they got the alarm.</extracomment>
        <translation>✔✔ स्वीकार किया गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="102"/>
        <source>– cancelled</source>
        <translation>– रद्द</translation>
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
        <translation>Desk कंसोल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="154"/>
        <source>Opening the call log…</source>
        <translation>कॉल लॉग खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="287"/>
        <source>Ready · call log: %1</source>
        <translation>तैयार · कॉल लॉग: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="244"/>
        <source>%1 could not start: %2</source>
        <translation>%1 शुरू नहीं हो सका: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="335"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk अपना कॉल लॉग नहीं खोल पा रहा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="323"/>
        <source>the call log could not be opened: %1</source>
        <translation>कॉल लॉग नहीं खुल सका: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/window.py" line="137"/>
        <source>Branch config: %n unknown setting(s) ignored — please tell IT (point here for details).</source>
        <translation>
            <numerusform>शाखा कॉन्फ़िग: %n अज्ञात सेटिंग अनदेखी की गई — कृपया IT को बताएँ (विवरण के लिए यहाँ पॉइंटर रखें)।</numerusform>
            <numerusform>शाखा कॉन्फ़िग: %n अज्ञात सेटिंग्स अनदेखी की गईं — कृपया IT को बताएँ (विवरण के लिए यहाँ पॉइंटर रखें)।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="224"/>
        <source>Put the top note away</source>
        <translation>सबसे ऊपर का नोट हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="304"/>
        <source>This call log belongs to another account, %1: what is recorded here goes into their file. If that is not meant to be, ask IT (or start Desk with your own file, --db).</source>
        <translation>यह कॉल लॉग किसी दूसरे खाते, %1, का है: यहाँ जो दर्ज होगा वह उनकी फ़ाइल में जाएगा। अगर ऐसा नहीं होना चाहिए, तो IT से पूछें (या Desk को अपनी फ़ाइल के साथ खोलें, --db)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="312"/>
        <source>This call log is a copy of one from another place. From now on it records under its own identity, so head office keeps both; its older rows keep where they came from.</source>
        <translation>यह कॉल लॉग किसी दूसरी जगह के लॉग की प्रति है। अब से यह अपनी अलग पहचान से दर्ज करेगा, ताकि मुख्यालय दोनों को रखे; पुरानी पंक्तियाँ याद रखती हैं कि वे कहाँ से आईं।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="333"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>कॉल लॉग नहीं: कॉल दर्ज नहीं हो सकतीं; सुरक्षा अलार्म फिर भी काम करता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="338"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>फ़ाइल में कोई बदलाव नहीं किया गया। सुरक्षा अलार्म फिर भी काम करता है। Desk को दूसरी फ़ाइल (--db) के साथ शुरू करें या IT से बैकअप वापस लाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="350"/>
        <source>All changes are saved in the call log.</source>
        <translation>सभी बदलाव कॉल लॉग में सेव हो गए हैं।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="354"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>कॉल लॉग व्यस्त है (कोई दूसरा प्रोग्राम उसे इस्तेमाल कर रहा है)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="355"/>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="356"/>
        <source>the call log is read-only</source>
        <translation>कॉल लॉग सिर्फ़ पढ़ने के लिए है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="357"/>
        <source>the disk reports an error</source>
        <translation>डिस्क में गड़बड़ी है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="358"/>
        <source>changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="359"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>अभी सेव नहीं हुआ: %1 — %2; फिर से कोशिश हो रही है। आपका लिखा कुछ भी खोया नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="364"/>
        <source>Could not save %1: %2</source>
        <translation>सेव नहीं हुआ — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="365"/>
        <source>a change</source>
        <translation>एक बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="374"/>
        <location filename="../../desk/ui/console/window.py" line="394"/>
        <source>an interrupted call</source>
        <translation>बीच में रुकी कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="378"/>
        <source>Unfinished call</source>
        <translation>अधूरी कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="379"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>%1 बजे शुरू हुई कॉल पूरी नहीं हुई (Desk बंद हुआ या कंप्यूटर रुक गया)। उसे जारी रखें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="383"/>
        <source>&amp;Resume call</source>
        <translation>कॉल जारी रखें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="385"/>
        <source>&amp;Close as interrupted</source>
        <translation>बीच में रुकी मानकर बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="396"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>अधूरी कॉल बीच में रुकी मानकर बंद की गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="419"/>
        <source>&amp;Call</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="430"/>
        <source>&amp;Tools</source>
        <translation>टूल्स (&amp;T)</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="42"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>इस डेस्कटॉप पर सूचना क्षेत्र नहीं है: Desk बंद करने पर दूसरी डेस्कों के अलार्म इस कंप्यूटर पर नहीं दिखेंगे। विंडो खुली रखें (उसे छोटा कर दें)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="86"/>
        <source>Raise security &amp;alarm</source>
        <translation>सुरक्षा &amp;अलार्म बजाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="87"/>
        <source>&amp;Open Desk</source>
        <translation>Desk &amp;खोलें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="89"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: दूसरी डेस्कों के अलार्म सुन रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="117"/>
        <source>Desk is still running</source>
        <translation>Desk अभी भी चल रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>दूसरी डेस्कों के अलार्म यहाँ दिखते रहेंगे। Desk बंद करने के लिए इस आइकन के मेनू में 'बंद करें' चुनें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="123"/>
        <source>Quit Desk?</source>
        <translation>Desk बंद करें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="124"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>बंद करने के बाद, Desk फिर से शुरू होने तक दूसरी डेस्कों के अलार्म इस कंप्यूटर पर नहीं दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="127"/>
        <source>&amp;Quit Desk</source>
        <translation>Desk &amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="129"/>
        <source>&amp;Keep running</source>
        <translation>&amp;चलने दें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="165"/>
        <source>The alarm could NOT be raised</source>
        <translation>अलार्म नहीं बजाया जा सका</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="166"/>
        <source>Call the emergency number now.</source>
        <translation>अभी आपातकालीन नंबर पर कॉल करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="169"/>
        <source>Security alarm raised</source>
        <translation>सुरक्षा अलार्म बजाया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="170"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>किस तक अलार्म पहुँचा, यह देखने के लिए Desk खोलें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="186"/>
        <source>Security alarm from another desk</source>
        <translation>दूसरी डेस्क से सुरक्षा अलार्म</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="73"/>
        <source>End call</source>
        <translation>कॉल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="38"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="43"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (पहले चेतावनी दर्ज करें)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="49"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="50"/>
        <source>What was the call about?</source>
        <translation>कॉल किस बारे में थी?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="58"/>
        <source>Root cause</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="59"/>
        <source>What actually went wrong? (if you found it)</source>
        <translation>असल में क्या गलत हुआ? (अगर पता चला हो)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="63"/>
        <source>Reason for ending</source>
        <translation>ख़त्म करने की वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>What was said, and the warning you gave</source>
        <translation>क्या कहा गया, और आपने क्या चेतावनी दी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="78"/>
        <source>&amp;Outcome</source>
        <translation>नतीजा (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="79"/>
        <source>&amp;Topic</source>
        <translation>विषय (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="80"/>
        <source>Root &amp;cause</source>
        <translation>मूल कारण (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="97"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>बताएँ कि कॉल क्यों ख़त्म की गई: यह लॉग में जाएगा।</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="91"/>
        <source>LAN alarms: %1</source>
        <translation>LAN अलार्म: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="127"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>अलार्म नहीं भेजा जा सका (%1)। अभी %2 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="129"/>
        <source>alarm NOT raised: call %1</source>
        <translation>अलार्म नहीं गया: %1 पर फ़ोन करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="162"/>
        <source>alarm cancelled</source>
        <translation>अलार्म रद्द</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="165"/>
        <source>acknowledged</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="168"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>अलार्म: %2 में से %1 चैनल तक पहुँचा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="177"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>%1 सेकंड में किसी ने अलार्म स्वीकार नहीं किया। अभी %2 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="240"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>%1 से अलार्म जाँच मिली (कुछ करने की ज़रूरत नहीं)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="245"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>नहीं पढ़ा गया: %1 (%2)। अलार्म अब भी काम करते हैं; IT से वह फ़ाइल हटाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="250"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>यहाँ डेस्कटॉप सूचनाएँ उपलब्ध नहीं हैं: अलार्म इसी विंडो में दिखाया जाएगा।</translation>
    </message>
</context>
<context>
    <name>ForwardState</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="145"/>
        <source>e-mail queued</source>
        <extracomment>Where a callback's e-mail to its department stands.</extracomment>
        <translation>ईमेल कतार में</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="146"/>
        <source>e-mail being sent</source>
        <translation>ईमेल भेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="147"/>
        <source>e-mail sent</source>
        <translation>ईमेल भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="148"/>
        <source>e-mail failed, retrying</source>
        <translation>ईमेल नहीं गया, फिर से कोशिश</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="149"/>
        <source>not by e-mail (copy as text)</source>
        <translation>ईमेल से नहीं (टेक्स्ट के रूप में कॉपी करें)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desk/ui/help.py" line="70"/>
        <location filename="../../desk/ui/help.py" line="73"/>
        <location filename="../../desk/ui/help.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="74"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="75"/>
        <source>What it does</source>
        <translation>यह क्या करता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="133"/>
        <location filename="../../desk/ui/help.py" line="136"/>
        <source>Quick guide</source>
        <translation>त्वरित गाइड</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="175"/>
        <location filename="../../desk/ui/help.py" line="199"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/help.py" line="180"/>
        <location filename="../../desk/ui/help.py" line="200"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;त्वरित गाइड</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="80"/>
        <source>security alarm</source>
        <extracomment>A real security alarm (the operator pressed the alarm button).</extracomment>
        <translation>सुरक्षा अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="82"/>
        <source>alarm test</source>
        <extracomment>A test of the alarm channels, not a real alarm.</extracomment>
        <translation>अलार्म जाँच</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="29"/>
        <source>Security incident</source>
        <translation>सुरक्षा घटना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="34"/>
        <source>Emergency: %1</source>
        <translation>आपातकालीन नंबर: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="47"/>
        <source>Alarm delivery per channel</source>
        <translation>हर चैनल पर अलार्म की पहुँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="49"/>
        <source>Last error</source>
        <translation>पिछली त्रुटि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="57"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>अलार्म रद्द करें (झूठा अलार्म)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="59"/>
        <source>Cancel alarm</source>
        <translation>अलार्म रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="60"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Close: security has handled it</source>
        <translation>बंद करें: सुरक्षा ने संभाल लिया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Close the incident</source>
        <translation>घटना बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="81"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>कॉल लॉग अभी यह अलार्म दर्ज नहीं कर सका (यह एक सुरक्षित जर्नल में रखा है और लिखना संभव होते ही लॉग में जोड़ दिया जाएगा)। अलार्म फिर भी भेज दिया गया।</translation>
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
        <translation>%1 बजे का अलार्म %2 ने %3 बजे रद्द किया: %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="145"/>
        <source>Alarm raised at %1 was closed by %2 at %3: security has handled it</source>
        <translation>%1 बजे का अलार्म %2 ने %3 बजे बंद किया: सुरक्षा ने मामला संभाल लिया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="96"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>सुरक्षा अलार्म %1 बजे भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Acknowledged by %1</source>
        <translation>%1 ने स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No acknowledgement is awaited any more.</source>
        <translation>अब किसी पुष्टि की प्रतीक्षा नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="105"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>अभी तक किसी ने अलार्म स्वीकार नहीं किया। तुरंत आपातकालीन नंबर पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="109"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>कोई अलार्म चैनल सेट नहीं है: अलार्म किसी तक नहीं पहुँचा। तुरंत आपातकालीन नंबर पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="113"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>सुरक्षा के स्वीकार करने का इंतज़ार…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="132"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="177"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="178"/>
        <source>Acknowledged after (s)</source>
        <translation>स्वीकार होने में लगे (सेकंड)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Reason / note</source>
        <translation>वजह / टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="179"/>
        <source>Acknowledged by</source>
        <translation>किसने स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="182"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>अलार्म और दुर्व्यवहार के कारण ख़त्म की गई कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>alarm</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="202"/>
        <source>ended for abuse</source>
        <translation>दुर्व्यवहार के कारण ख़त्म</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="86"/>
        <source>Language: %1</source>
        <translation>भाषा: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Larger text</source>
        <translation>बड़ा टेक्स्ट (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Smaller text</source>
        <translation>छोटा टेक्स्ट (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;Normal text size</source>
        <translation>सामान्य टेक्स्ट आकार (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="148"/>
        <source>&amp;High contrast</source>
        <translation>हाई कंट्रास्ट (&amp;H)</translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="71"/>
        <source>✔ done</source>
        <extracomment>A checklist item's mark in the review's per-call detail.</extracomment>
        <translation>✔ हो गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="72"/>
        <source>↺ unticked</source>
        <translation>↺ निशान हटाया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="73"/>
        <source>✘ skipped</source>
        <translation>✘ छोड़ा गया</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="74"/>
        <source>→ stage entered</source>
        <translation>→ चरण में गए</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="75"/>
        <source>⚠ answered late</source>
        <translation>⚠ देर से उठाया</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="119"/>
        <source>alarm</source>
        <extracomment>What kind of message went out on a channel, beside the channel's name.</extracomment>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="120"/>
        <source>cancellation</source>
        <translation>रद्द करने का संदेश</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="121"/>
        <source>test</source>
        <translation>जाँच</translation>
    </message>
</context>
<context>
    <name>NarrowLayout</name>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="177"/>
        <source>Na&amp;rrow layout</source>
        <translation>सँकरा लेआउट (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="178"/>
        <source>One column, about 480 px wide, beside a softphone</source>
        <translation>एक कॉलम, लगभग 480 px चौड़ा, सॉफ़्टफ़ोन के बगल में</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="179"/>
        <source>Caller history and guidance</source>
        <translation>कॉल करने वाले का इतिहास और मार्गदर्शन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/layouts.py" line="180"/>
        <source>Show caller history and guidance</source>
        <translation>कॉल करने वाले का इतिहास और मार्गदर्शन दिखाएँ</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="22"/>
        <source>Supervisor review</source>
        <translation>सुपरवाइज़र समीक्षा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="23"/>
        <source>The review shows how each operator works. Enter the supervisor passphrase.</source>
        <translation>समीक्षा में हर ऑपरेटर के काम का तरीक़ा दिखता है। सुपरवाइज़र पासफ़्रेज़ डालें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/passphrase.py" line="29"/>
        <source>Supervisor passphrase</source>
        <translation>सुपरवाइज़र पासफ़्रेज़</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="44"/>
        <source>Too many wrong tries: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>बहुत बार ग़लत कोशिश हुई: %n सेकंड रुकें और फिर कोशिश करें।</numerusform>
            <numerusform>बहुत बार ग़लत कोशिश हुई: %n सेकंड रुकें और फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/passphrase.py" line="51"/>
        <source>Wrong passphrase. You can try again in %n second(s).</source>
        <translation>
            <numerusform>पासफ़्रेज़ ग़लत है। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
            <numerusform>पासफ़्रेज़ ग़लत है। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="55"/>
        <source>Report (&amp;PDF)…</source>
        <translation>रिपोर्ट (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="57"/>
        <source>Save the report of this period as a PDF</source>
        <translation>इस अवधि की रिपोर्ट PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="59"/>
        <source>E&amp;xport</source>
        <translation>निर्यात (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="60"/>
        <source>Report (PDF)…</source>
        <translation>रिपोर्ट (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="72"/>
        <source>Save the report as PDF</source>
        <translation>रिपोर्ट PDF के रूप में सहेजें</translation>
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
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="92"/>
        <source>Preparing the report…</source>
        <translation>रिपोर्ट तैयार हो रही है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pdf_export.py" line="108"/>
        <source>Saved %1 (%2 bytes)</source>
        <translation>%1 सहेजा गया (%2 बाइट)</translation>
    </message>
</context>
<context>
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="76"/>
        <source>Another call is ringing: %1</source>
        <translation>दूसरी कॉल की घंटी बज रही है: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="116"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>%1 सेकंड में फ़ोन उठाया: तय समय के भीतर (%2 सेकंड)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="117"/>
        <source>Answered after %1 s: later than the norm (%2 s).</source>
        <translation>%1 सेकंड में फ़ोन उठाया: तय समय से देर से (%2 सेकंड)।</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="114"/>
        <source>Difficult caller</source>
        <translation>मुश्किल कॉलर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="115"/>
        <source>Difficult caller playbook</source>
        <translation>मुश्किल कॉलर के लिए मार्गदर्शिका</translation>
    </message>
</context>
<context>
    <name>PlaybookStepper</name>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="122"/>
        <source>Step %1 of %2</source>
        <translation>चरण %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="137"/>
        <source>Difficult caller</source>
        <translation>मुश्किल कॉलर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="138"/>
        <source>Difficult caller playbook</source>
        <translation>मुश्किल कॉलर के लिए मार्गदर्शिका</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="139"/>
        <source>Playbook steps</source>
        <translation>प्लेबुक के क़दम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="140"/>
        <source>End for abuse…</source>
        <translation>दुर्व्यवहार के कारण समाप्त करें…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="141"/>
        <source>End the call for abuse</source>
        <translation>दुर्व्यवहार के कारण कॉल समाप्त करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="144"/>
        <source>Next step: %1 · previous step: %2</source>
        <translation>अगला क़दम: %1 · पिछला क़दम: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="146"/>
        <source>Playbook: next step</source>
        <translation>प्लेबुक: अगला क़दम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/playbook.py" line="147"/>
        <source>Playbook: previous step</source>
        <translation>प्लेबुक: पिछला क़दम</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="24"/>
        <source>Enter the caller's full name.</source>
        <extracomment>The callback form's name field is empty.</extracomment>
        <translation>कॉल करने वाले का पूरा नाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="26"/>
        <source>At most {max} characters.</source>
        <extracomment>A field of the callback form is longer than allowed; {max} is a number.</extracomment>
        <translation>ज़्यादा से ज़्यादा {max} अक्षर।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="27"/>
        <source>Write down the caller's question.</source>
        <translation>कॉल करने वाले का सवाल लिखें।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="28"/>
        <source>Enter a phone number or an e-mail address (at least one).</source>
        <translation>फ़ोन नंबर या ईमेल पता लिखें (कम से कम एक)।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="30"/>
        <source>Choose the department that will answer.</source>
        <translation>वह विभाग चुनें जो जवाब देगा।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="31"/>
        <source>Enter a phone number.</source>
        <translation>फ़ोन नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="32"/>
        <source>That is too long to be a phone number.</source>
        <translation>यह फ़ोन नंबर होने के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="34"/>
        <source>“{text}” is not a phone number.</source>
        <extracomment>{text} is what the operator typed.</extracomment>
        <translation>“{text}” फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="36"/>
        <source>“{text}” is not a valid phone number for {region} (add the country code, e.g. +44, for a number abroad).</source>
        <extracomment>{text} is what the operator typed; {region} a two-letter country code such as FI.</extracomment>
        <translation>“{text}” {region} का सही फ़ोन नंबर नहीं है (विदेश के नंबर के लिए देश का कोड जोड़ें, जैसे +44)।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="39"/>
        <source>Enter an e-mail address.</source>
        <translation>ईमेल पता लिखें।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="40"/>
        <source>“{text}” is not a valid e-mail address.</source>
        <translation>“{text}” सही ईमेल पता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="41"/>
        <source>“{text}” is not a valid e-mail address: it has no @ sign.</source>
        <translation>“{text}” सही ईमेल पता नहीं है: इसमें @ नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="43"/>
        <source>“{text}” is not a valid e-mail address: the name before the @ sign is missing.</source>
        <translation>“{text}” सही ईमेल पता नहीं है: @ से पहले नाम नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="46"/>
        <source>“{text}” is not a valid e-mail address: after the @ sign it needs a domain such as example.org.</source>
        <translation>“{text}” सही ईमेल पता नहीं है: @ के बाद example.org जैसा डोमेन चाहिए।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="49"/>
        <source>“{text}” is not a valid e-mail address: it has a character an address cannot have.</source>
        <translation>“{text}” सही ईमेल पता नहीं है: इसमें ऐसा अक्षर है जो पते में नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="52"/>
        <source>“{text}” is too long for an e-mail address.</source>
        <translation>“{text}” ईमेल पते के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="54"/>
        <source>The answer cannot be in the future.</source>
        <translation>जवाब भविष्य में नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="55"/>
        <source>The answer cannot be before the callback was taken.</source>
        <translation>जवाब कॉलबैक लेने से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="57"/>
        <source>The time the caller was told cannot be in the future.</source>
        <translation>कॉल करने वाले को बताने का समय भविष्य में नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="59"/>
        <source>The time the caller was told cannot be before the callback was taken.</source>
        <translation>कॉल करने वाले को बताने का समय कॉलबैक लेने से पहले का नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="61"/>
        <source>There is no callback #{id}.</source>
        <translation>कॉलबैक #{id} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="62"/>
        <source>Say how the caller was answered.</source>
        <translation>बताएँ कि कॉल करने वाले को जवाब कैसे दिया गया।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="63"/>
        <source>Say how the caller was told.</source>
        <translation>बताएँ कि कॉल करने वाले को कैसे बताया गया।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="64"/>
        <source>The new date cannot be in the past.</source>
        <translation>नई तारीख़ बीती हुई नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="66"/>
        <source>Unknown department “{department}”.</source>
        <extracomment>{department} is a department's name from the branch config</extracomment>
        <translation>अनजान विभाग “{department}”।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>कॉ&amp;पी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>चि&amp;पकाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="41"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="42"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="17"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="18"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="19"/>
        <source>&amp;Yes</source>
        <translation>&amp;हाँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="21"/>
        <source>Abort</source>
        <translation>बीच में रोकें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="22"/>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="23"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="24"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="25"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="27"/>
        <source>Discard</source>
        <extracomment>throw away what was typed (a button in a question)</extracomment>
        <translation>हटा दें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएँ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;काटें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>कॉ&amp;पी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="47"/>
        <source>&amp;Paste</source>
        <translation>चि&amp;पकाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="48"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/qt_words.py" line="49"/>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>RemoteAlert</name>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="27"/>
        <source>Security alarm from another desk</source>
        <translation>दूसरी डेस्क से सुरक्षा अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="36"/>
        <source>SECURITY ALARM at %1 — %2, raised by %3 at %4</source>
        <translation>सुरक्षा अलार्म: %1 — %2, %3 ने %4 बजे भेजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="43"/>
        <source>caller: %1</source>
        <translation>कॉल करने वाला: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="46"/>
        <source>Acknowledge</source>
        <translation>स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="48"/>
        <source>Acknowledge the alarm</source>
        <translation>अलार्म स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="50"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="52"/>
        <source>Dismiss the alarm notice</source>
        <translation>अलार्म सूचना हटाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="62"/>
        <source>Acknowledged</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/remote_alert.py" line="67"/>
        <source>CANCELLED: %1</source>
        <translation>रद्द: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desk/commands/report.py" line="270"/>
        <source>no calls yet (in this period)</source>
        <translation>अभी कोई कॉल नहीं (इस अवधि में)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="272"/>
        <source>calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="273"/>
        <source>within target / maximum</source>
        <translation>लक्ष्य / अधिकतम के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="275"/>
        <source>median / 90th percentile</source>
        <translation>मीडियन / 90वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="276"/>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 मिनट</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="279"/>
        <source>answered by the ring</source>
        <extracomment>share of calls picked up by the ring the norm asks for</extracomment>
        <translation>घंटी तक उठाया गया</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="280"/>
        <source>%1 (of %2 calls with ring times)</source>
        <translation>%1 (घंटी के समय वाली %2 कॉल में से)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="282"/>
        <source>greeting complete</source>
        <translation>पूरा अभिवादन</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="283"/>
        <source>%1 (of %2 calls with a checklist)</source>
        <translation>%1 (चेकलिस्ट वाली %2 कॉल में से)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="285"/>
        <source>wrap-up past the target</source>
        <translation>लक्ष्य के बाद समापन</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="287"/>
        <source>callbacks open / overdue</source>
        <translation>खुले / देरी वाले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="289"/>
        <source>late callbacks, told</source>
        <translation>देर वाले कॉलबैक, बताया गया</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="290"/>
        <source>%1, %2 told of the delay</source>
        <translation>%1, %2 को देरी बताई गई</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="293"/>
        <source>incidents</source>
        <extracomment>security alarms (not phone rings) and the median seconds until acknowledged</extracomment>
        <translation>सुरक्षा घटनाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="294"/>
        <source>%1 (median %2 s to acknowledgement)</source>
        <translation>%1 (स्वीकार होने तक मीडियन %2 सेकंड)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="297"/>
        <source>most skipped items</source>
        <translation>सबसे ज़्यादा छोड़े गए बिंदु</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="303"/>
        <source>top topics:</source>
        <translation>मुख्य विषय:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="307"/>
        <source>skipped: %1 calls and %2 alarms whose values cannot be read</source>
        <extracomment>rows of a merged or synced log whose values cannot be read (left out of the figures)</extracomment>
        <translation>छोड़े गए: %1 कॉल और %2 अलार्म, जिनके मान पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="324"/>
        <source>callbacks on time: %1 (of %2 due), median / 90th percentile %3 days to answer</source>
        <translation>समय पर कॉलबैक: %1 (%2 देय में से), जवाब तक मध्यिका / 90वाँ प्रतिशतक %3 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="329"/>
        <source>repeat contacts within 7 days: %1 (of %2 calls with a known caller)</source>
        <translation>7 दिनों में दोबारा संपर्क: %1 (%2 कॉल में से जिनका कॉलर ज्ञात है)</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="335"/>
        <source>top root causes:</source>
        <translation>सबसे आम मूल कारण:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="339"/>
        <source>change against %1 – %2 (UTC):</source>
        <translation>%1 – %2 (UTC) की तुलना में बदलाव:</translation>
    </message>
    <message>
        <location filename="../../desk/commands/report.py" line="372"/>
        <source>%1 %2 calls  within target %3  greeting %4  personal question %5  wrap-up %6</source>
        <translation>%1 %2 कॉल  लक्ष्य के भीतर %3  अभिवादन %4  निजी सवाल %5  समापन %6</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desk/ui/report_pdf/formats.py" line="42"/>
        <source>%1 pp</source>
        <translation>%1 अंक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="44"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="81"/>
        <source>Weekly report</source>
        <translation>साप्ताहिक रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="87"/>
        <source>Change against %1</source>
        <translation>%1 की तुलना में बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="97"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="98"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="100"/>
        <source>Within %1 min</source>
        <translation>%1 मिनट के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="99"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="101"/>
        <source>of %1 calls</source>
        <translation>%1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="102"/>
        <source>Median duration</source>
        <translation>माध्यिका अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="104"/>
        <source>90th percentile duration</source>
        <translation>अवधि का 90वाँ प्रतिशतक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="106"/>
        <source>Answered by ring %1</source>
        <translation>घंटी %1 तक उठाया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="108"/>
        <source>of %1 calls with ring times</source>
        <translation>घंटी के समय वाली %1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="109"/>
        <source>Full greeting</source>
        <translation>पूरा अभिवादन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="110"/>
        <source>of %1 calls with a checklist</source>
        <translation>चेकलिस्ट वाली %1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="111"/>
        <source>Callbacks answered on time</source>
        <translation>समय पर जवाब दिए गए कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="112"/>
        <source>of %1 callbacks due</source>
        <translation>%1 देय कॉलबैक में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="113"/>
        <source>Late callers told of the delay</source>
        <translation>देरी वाले कॉलर जिन्हें देरी बताई गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="114"/>
        <source>of %1 late callbacks</source>
        <translation>%1 देरी वाले कॉलबैक में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="115"/>
        <source>Repeat contacts within 7 days</source>
        <translation>7 दिनों में दोबारा संपर्क</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="116"/>
        <source>of %1 calls with a known caller</source>
        <translation>ज्ञात कॉलर वाली %1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="117"/>
        <source>Callbacks open</source>
        <translation>खुले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="118"/>
        <source>Callbacks overdue</source>
        <translation>अतिदेय कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="120"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="226"/>
        <source>Alarms</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="143"/>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="144"/>
        <source>This period</source>
        <translation>यह अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="145"/>
        <source>Previous</source>
        <translation>पिछली अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="150"/>
        <source>Call durations</source>
        <translation>कॉल की अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="155"/>
        <source>target %1 min</source>
        <translation>लक्ष्य %1 मिनट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="156"/>
        <source>maximum %1 min</source>
        <translation>अधिकतम %1 मिनट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="157"/>
        <source>minutes (the last bar: 30 or more)</source>
        <translation>मिनट (आख़िरी बार: 30 या अधिक)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="162"/>
        <source>The period day by day</source>
        <translation>अवधि दिन-ब-दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="166"/>
        <source>calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="167"/>
        <source>within target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="168"/>
        <source>answered by the ring</source>
        <translation>घंटी तक उठाया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="169"/>
        <source>Calls per day (bars) and shares (lines, 0–100 %)</source>
        <translation>प्रति दिन कॉल (बार) और हिस्से (रेखाएँ, 0–100 %)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="174"/>
        <source>Callbacks on time</source>
        <translation>समय पर कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="175"/>
        <source>%1 callbacks; %2 answered by the first promised date (of %3 due); days to answer: median %4, 90th percentile %5; late callers told: %6</source>
        <translation>%1 कॉलबैक; %2 का जवाब पहली वादा की गई तारीख़ तक दिया गया (%3 देय में से); जवाब देने में दिन: माध्यिका %4, 90वाँ प्रतिशतक %5; देरी वाले कॉलर जिन्हें बताया गया: %6</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Week of</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="184"/>
        <source>Callbacks</source>
        <translation>कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="185"/>
        <source>Median days</source>
        <translation>माध्यिका दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>90th pct. days</source>
        <translation>90वाँ प्रतिशतक दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="186"/>
        <source>Late, told</source>
        <translation>देरी, बताया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="194"/>
        <source>Most often skipped</source>
        <translation>सबसे ज़्यादा छोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="196"/>
        <source>Nothing skipped.</source>
        <translation>कुछ नहीं छोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Checklist item</source>
        <translation>चेकलिस्ट की मद</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="198"/>
        <source>Times skipped</source>
        <translation>कितनी बार छोड़ी गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="203"/>
        <source>Root causes</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="205"/>
        <source>Root cause</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <location filename="../../desk/ui/report_pdf/document.py" line="221"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="209"/>
        <source>Its root causes</source>
        <translation>इसके मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="212"/>
        <source>No root cause recorded on these calls.</source>
        <translation>इन कॉलों पर कोई मूल कारण दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="214"/>
        <source>Repeat topics</source>
        <translation>दोहराए गए विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="215"/>
        <source>The same number or e-mail about the same topic within 7 days: %1 of %2 calls</source>
        <translation>वही नंबर या ई-मेल, वही विषय, 7 दिनों के भीतर: %2 कॉलों में से %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Repeats</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="222"/>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="228"/>
        <source>No alarm in this period.</source>
        <translation>इस अवधि में कोई अलार्म नहीं।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="232"/>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="233"/>
        <source>not acknowledged</source>
        <translation>स्वीकार नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="235"/>
        <source>cancelled %1</source>
        <translation>रद्द %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Raised (local time)</source>
        <translation>उठाया गया (स्थानीय समय)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="240"/>
        <source>Who, where</source>
        <translation>कौन, कहाँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="241"/>
        <source>Acknowledged after</source>
        <translation>स्वीकार होने में लगा समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report_pdf/document.py" line="242"/>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
</context>
<context>
    <name>ReviewAction</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="19"/>
        <source>&amp;Review…</source>
        <translation>समीक्षा (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="21"/>
        <source>Supervisor review of the call log</source>
        <translation>कॉल लॉग की सुपरवाइज़र समीक्षा</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="31"/>
        <source>This call is no longer in the log.</source>
        <translation>यह कॉल अब लॉग में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="33"/>
        <source>#%1  %2  %3 min  %4  %5</source>
        <translation>#%1  %2  %3 मिनट  %4  %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="36"/>
        <source>Operator: %1 @ %2  Caller: %3 %4</source>
        <translation>ऑपरेटर: %1 @ %2  कॉल करने वाला: %3 %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>Answered: %1</source>
        <translation>उठाया गया: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="43"/>
        <source>Notes: %1</source>
        <translation>नोट्स: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="45"/>
        <source>Ended because: %1</source>
        <translation>ख़त्म करने की वजह: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="48"/>
        <source>Checklist:</source>
        <translation>चेकलिस्ट:</translation>
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
        <translation>जवाब दिया %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="64"/>
        <source>open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="65"/>
        <source>Callback #%1 → %2: due %3, %4</source>
        <translation>कॉलबैक #%1 → %2: अंतिम तारीख़ %3, %4</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="70"/>
        <source>  told of a delay %1 (%2): %3 → %4 %5</source>
        <extracomment>a caller was told their callback comes later: when told, how, old and new due date, the operator's note</extracomment>
        <translation>  देरी बताई गई %1 (%2): %3 → %4 %5</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="78"/>
        <source>acknowledged %1 by %2</source>
        <translation>%1 को %2 ने स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="80"/>
        <source>never acknowledged</source>
        <translation>कभी स्वीकार नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="82"/>
        <source>Alarm #%1 %2, %3</source>
        <extracomment>the security alarm (not the phone ringing): number, time raised, acknowledgement</extracomment>
        <translation>अलार्म #%1 %2, %3</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="85"/>
        <source>  cancelled: %1</source>
        <translation>  रद्द: %1</translation>
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
        <translation>अभी कोई कॉल नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="40"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>इस समयावधि और फ़िल्टर में कुछ नहीं; कॉल ख़त्म होते ही यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="49"/>
        <source>calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="51"/>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>within %1 min</source>
        <translation>%1 मिनट के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="55"/>
        <source>median / 90th percentile</source>
        <translation>मीडियन / 90वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="57"/>
        <source>answered by ring %1</source>
        <translation>%1वीं घंटी तक उठाया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>full greeting</source>
        <translation>पूरा अभिवादन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="61"/>
        <source>callbacks open / overdue</source>
        <translation>खुले / देरी वाले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="63"/>
        <source>late callbacks (caller told)</source>
        <translation>देर वाले कॉलबैक (कॉल करने वाले को बताया)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="66"/>
        <source>alarms · median to acknowledge</source>
        <translation>अलार्म · स्वीकार होने का मीडियन समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="75"/>
        <source>Most often skipped: %1</source>
        <extracomment>the checklist items operators most often leave unticked; %1 lists them</extracomment>
        <translation>सबसे ज़्यादा छोड़ा गया: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="55"/>
        <location filename="../../desk/ui/review/compare_band.py" line="56"/>
        <source>of %1 calls</source>
        <translation>%1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="58"/>
        <source>of %1 calls with ring times</source>
        <translation>घंटी के समय वाली %1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="60"/>
        <source>of %1 calls with a checklist</source>
        <translation>चेकलिस्ट वाली %1 कॉलों में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="62"/>
        <source>of %1 late callbacks</source>
        <translation>%1 देरी वाले कॉलबैक में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="64"/>
        <source>of %1 callbacks due</source>
        <translation>%1 देय कॉलबैक में से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1 अंक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>better</source>
        <translation>बेहतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="92"/>
        <source>worse</source>
        <translation>बदतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="134"/>
        <source>%1 d</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="137"/>
        <source>callbacks on time · median days to answer</source>
        <translation>समय पर कॉलबैक · उत्तर देने में माध्यिका दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="145"/>
        <source>Rows skipped as unreadable: %1</source>
        <translation>अपठनीय होने से छोड़ी गई पंक्तियाँ: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/compare_band.py" line="148"/>
        <source>no calls in the previous period to compare</source>
        <translation>तुलना के लिए पिछली अवधि में कोई कॉल नहीं</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="82"/>
        <source>Review — %1</source>
        <translation>समीक्षा — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="91"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="93"/>
        <source>Summary of the calls shown</source>
        <translation>दिखाई गई कॉल का सारांश</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="105"/>
        <source>&amp;Calls</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="107"/>
        <source>C&amp;harts</source>
        <translation>चार्ट (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="108"/>
        <source>Coac&amp;hing</source>
        <translation>कोचिंग (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="109"/>
        <source>&amp;Incidents</source>
        <translation>घटनाएँ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="112"/>
        <source>Bra&amp;nches</source>
        <translation>शाखाएँ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="134"/>
        <source>From day</source>
        <translation>शुरुआती दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="136"/>
        <source>To day</source>
        <translation>आख़िरी दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="139"/>
        <source>Period</source>
        <translation>समयावधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="140"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="141"/>
        <source>Last 365 days</source>
        <translation>पिछले 365 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Everything</source>
        <translation>सब कुछ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>All branches</source>
        <translation>सभी शाखाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>Any operator</source>
        <translation>कोई भी ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="153"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>Any workstation</source>
        <translation>कोई भी वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="155"/>
        <source>Any outcome</source>
        <translation>कोई भी नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="156"/>
        <source>Any topic</source>
        <translation>कोई भी विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="157"/>
        <source>Any duration</source>
        <translation>कोई भी अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="158"/>
        <source>Within the target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="159"/>
        <source>Over the target</source>
        <translation>लक्ष्य से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="160"/>
        <source>Over the maximum</source>
        <translation>अधिकतम से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>With call&amp;back</source>
        <translation>कॉलबैक वाली (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="164"/>
        <source>With &amp;alarm</source>
        <translation>अलार्म वाली (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>Search topics and notes…</source>
        <translation>विषय और नोट्स में खोजें…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="172"/>
        <source>Search topics and notes</source>
        <translation>विषय और नोट्स में खोजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="177"/>
        <location filename="../../desk/ui/review/window.py" line="434"/>
        <source>Export the calls shown</source>
        <translation>दिखाई गई कॉल एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>From</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="181"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="233"/>
        <source>Calls, newest first</source>
        <translation>कॉल, सबसे नई पहले</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="244"/>
        <source>The selected call, step by step</source>
        <translation>चुनी गई कॉल, क़दम-दर-क़दम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="246"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>कोई कॉल चुनें: उसकी चेकलिस्ट, कॉलबैक और अलार्म क़दम-दर-क़दम दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1 min or longer</source>
        <translation>%1 मिनट या अधिक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="367"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 मिनट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="435"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>स्प्रेडशीट के लिए CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="445"/>
        <source>Exporting…</source>
        <translation>एक्सपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="461"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>यह लॉग Desk के पुराने संस्करण का है: खोज हर नोट पढ़ती है (बड़े लॉग पर धीमी)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="475"/>
        <source>Could not read the log: %1</source>
        <translation>लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="482"/>
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>%n कॉल %1 में एक्सपोर्ट की गई</numerusform>
            <numerusform>%n कॉल %1 में एक्सपोर्ट की गईं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RootCauseBox</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="38"/>
        <source>Root cau&amp;se</source>
        <translation>मूल कारण (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>Root cause</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>What actually went wrong?</source>
        <translation>असल में क्या गड़बड़ हुई?</translation>
    </message>
</context>
<context>
    <name>SecurityBar</name>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="13"/>
        <source>Security alarm (%1)</source>
        <translation>सुरक्षा अलार्म (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="15"/>
        <source>Raise security alarm</source>
        <translation>सुरक्षा अलार्म भेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="17"/>
        <source>One press alerts security at once; shortcut %1</source>
        <translation>एक बार दबाते ही सुरक्षा को सूचना; शॉर्टकट %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="18"/>
        <source>Threat to people or property: alert security now</source>
        <translation>लोगों या संपत्ति को ख़तरा: अभी सुरक्षा को सूचित करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="25"/>
        <source>Alarm status</source>
        <translation>अलार्म की स्थिति</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/security_bar.py" line="37"/>
        <source>Emergency: %1</source>
        <translation>आपातकालीन नंबर: %1</translation>
    </message>
</context>
<context>
    <name>ShiftCheckPanel</name>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="116"/>
        <source>Start of shift</source>
        <translation>शिफ़्ट की शुरुआत</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="117"/>
        <source>Start of shift checklist</source>
        <translation>शिफ़्ट की शुरुआत की जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="118"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>पहली कॉल से पहले: क्या डेस्क तैयार है? जो हो गया उस पर निशान लगाएँ (Space), फिर तैयार।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="120"/>
        <source>&amp;Ready</source>
        <translation>तैयार (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="121"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>तैयार: शिफ़्ट की शुरुआत की जाँच दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="122"/>
        <source>Not &amp;yet</source>
        <translation>अभी नहीं (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="123"/>
        <source>Not yet: ask again when Desk opens</source>
        <translation>अभी नहीं: Desk खुलने पर फिर पूछें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="141"/>
        <source>Alarm: reading its last test from the log…</source>
        <translation>अलार्म: पिछली जाँच लॉग से पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="146"/>
        <source>Alarm: never tested from this console. Test it now: Tools ▸ Test the alarm.</source>
        <translation>अलार्म: इस कंसोल से कभी जाँचा नहीं गया। अभी जाँचें: टूल्स ▸ अलार्म जाँचें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="149"/>
        <source>Alarm: last proved working %1 (from the log).</source>
        <translation>अलार्म: पिछली बार %1 को काम करता पाया गया (लॉग से)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="152"/>
        <source>Alarm: last proved working %1, more than %2 days ago. Test it now: Tools ▸ Test the alarm.</source>
        <translation>अलार्म: पिछली बार %1 को काम करता पाया गया, %2 दिनों से अधिक पहले। अभी जाँचें: टूल्स ▸ अलार्म जाँचें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="195"/>
        <source>the start-of-shift check</source>
        <translation>शिफ़्ट की शुरुआत की जाँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="196"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>शिफ़्ट की शुरुआत दर्ज हो गई। आपकी शिफ़्ट अच्छी रहे!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="46"/>
        <location filename="../../desk/ui/console/checklist.py" line="183"/>
        <source>Call stages</source>
        <translation>कॉल के चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="53"/>
        <location filename="../../desk/ui/console/checklist.py" line="184"/>
        <source>Stage checklist</source>
        <translation>चरण की जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="54"/>
        <location filename="../../desk/ui/console/checklist.py" line="185"/>
        <source>Space ticks the selected item</source>
        <translation>Space चुने गए बिंदु पर निशान लगाता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="186"/>
        <source>Suggested phrases</source>
        <translation>सुझाए गए वाक्य</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="68"/>
        <location filename="../../desk/ui/console/checklist.py" line="187"/>
        <source>Reminder</source>
        <translation>याद रखें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="117"/>
        <source>ticked by the console</source>
        <translation>कंसोल द्वारा चिह्नित</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="119"/>
        <source>Ticked by the console from what you did; Space unticks it</source>
        <translation>आपके काम के आधार पर कंसोल ने चिह्नित किया; Space से चिह्न हटता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="133"/>
        <source>late: answered on ring %1</source>
        <translation>देर से: घंटी नंबर %1 पर उठाया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="144"/>
        <source>%1 of %2 done</source>
        <translation>%2 में से %1 पूरे</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="200"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>सेवा की इस ग़लती से बचें — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="210"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(वाक्य तब दिखेगा जब उसकी जानकारी मिल जाएगी, जैसे कॉलबैक लेने के बाद)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="213"/>
        <source>(no phrase: just do it)</source>
        <translation>(कोई वाक्य नहीं: बस कर दीजिए)</translation>
    </message>
</context>
<context>
    <name>StartProblem</name>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="31"/>
        <source>Desk: branch config</source>
        <translation>Desk: शाखा कॉन्फ़िग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/start_problem.py" line="32"/>
        <source>Desk cannot start: the branch config has a mistake that IT must fix. Please tell them what it says:

%1</source>
        <translation>Desk शुरू नहीं हो सकता: शाखा कॉन्फ़िग में एक गलती है जिसे IT को ठीक करना होगा। कृपया उन्हें बताएँ कि इसमें क्या लिखा है:

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
        <translation>Desk इन विकल्पों के साथ शुरू नहीं हो सकता:

%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="33"/>
        <source>Head office sync</source>
        <translation>मुख्यालय सिंक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="56"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="57"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>मुख्यालय: %1 प्रतीक्षा में · आख़िरी बार भेजा %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="63"/>
        <source>retrying</source>
        <translation>फिर से कोशिश हो रही है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="62"/>
        <source>refused: this log belongs to another branch</source>
        <translation>अस्वीकृत: यह लॉग किसी दूसरी शाखा का है</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Monday</source>
        <extracomment>Weekdays, Monday first, for dates written out in text (e-mail, clipboard).</extracomment>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="189"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="190"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="191"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location filename="../../desk/core/vocab.py" line="192"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desk/ui/workers.py" line="35"/>
        <source>failed and is restarting by itself</source>
        <translation>रुक गया है और अपने-आप फिर से शुरू हो रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="36"/>
        <source>is not answering</source>
        <translation>जवाब नहीं दे रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/workers.py" line="37"/>
        <source>Background task “%1” %2: %3</source>
        <translation>बैकग्राउंड काम “%1” %2: %3</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="62"/>
        <source>Time to wrap up</source>
        <translation>कॉल समेटने का समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/guidance.py" line="63"/>
        <source>Wrap-up phrases</source>
        <translation>समापन के वाक्य</translation>
    </message>
</context>
</TS>
