<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>About</name>
    <message>
        <location filename="../../desk/ui/console/about.py" line="36"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="37"/>
        <source>Branch config</source>
        <translation>ब्रांच कॉन्फ़िग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="39"/>
        <source>Call log</source>
        <translation>कॉल लॉग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="40"/>
        <source>Log files</source>
        <translation>लॉग फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="47"/>
        <source>About Desk</source>
        <translation>Desk के बारे में</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="56"/>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/about.py" line="57"/>
        <source>&amp;About Desk</source>
        <translation>Desk के बारे में (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AbuseWarning</name>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="74"/>
        <source>Record &amp;warning given</source>
        <translation>दी गई चेतावनी दर्ज करें (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="75"/>
        <source>Record that the caller was warned</source>
        <translation>दर्ज करें कि कॉल करने वाले को चेतावनी दी गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="80"/>
        <source>No warning yet: a call can be ended for abuse only after one.</source>
        <translation>अभी कोई चेतावनी नहीं: दुर्व्यवहार के कारण कॉल चेतावनी के बाद ही ख़त्म की जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="82"/>
        <source>Warning recorded at %1: ending for abuse is now possible (End call, with the reason).</source>
        <translation>चेतावनी %1 बजे दर्ज हुई: अब दुर्व्यवहार के कारण कॉल ख़त्म की जा सकती है (कॉल ख़त्म करें, वजह के साथ)।</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="11"/>
        <source>Start call</source>
        <translation>कॉल शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="12"/>
        <source>Start counter visit</source>
        <translation>काउंटर मुलाक़ात शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="13"/>
        <source>Next stage</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="14"/>
        <source>Previous stage</source>
        <translation>पिछला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="15"/>
        <source>End call</source>
        <translation>कॉल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="16"/>
        <source>Greeting stage</source>
        <translation>अभिवादन चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="17"/>
        <source>Clarification stage</source>
        <translation>स्पष्टीकरण चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="18"/>
        <source>Confirmation stage</source>
        <translation>पुष्टि चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="19"/>
        <source>Closing stage</source>
        <translation>समापन चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="20"/>
        <source>Caller is upset</source>
        <translation>कॉल करने वाला नाराज़ है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="21"/>
        <source>Go to notes</source>
        <translation>नोट्स पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="22"/>
        <source>Quit</source>
        <translation>Desk बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="23"/>
        <source>Transfer failed: take callback</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="24"/>
        <source>Callbacks…</source>
        <translation>कॉलबैक…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="25"/>
        <source>Copy earlier notes into this call</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/actions.py" line="27"/>
        <source>Security alarm</source>
        <translation>सुरक्षा अलार्म</translation>
    </message>
</context>
<context>
    <name>AlarmProof</name>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="31"/>
        <source>Test the alarm</source>
        <translation>अलार्म जाँचें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="37"/>
        <source>Last alarm test</source>
        <translation>पिछली अलार्म जाँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="48"/>
        <source>Alarm test sent on every channel…</source>
        <translation>अलार्म जाँच हर चैनल पर भेजी गई…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="58"/>
        <source>Alarm test: no channel is configured — alarms go nowhere.</source>
        <translation>अलार्म जाँच: कोई चैनल सेट नहीं है — अलार्म कहीं नहीं जाते।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="66"/>
        <source>Alarm test: %1</source>
        <translation>अलार्म जाँच: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="73"/>
        <source>No alarm channel: alarms go nowhere</source>
        <translation>कोई अलार्म चैनल नहीं: अलार्म कहीं नहीं जाते</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="78"/>
        <source>Alarm never tested</source>
        <translation>अलार्म की कभी जाँच नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="80"/>
        <source>The alarm has never been tested from this console: Tools ▸ Test the alarm.</source>
        <translation>इस कंसोल से अलार्म की कभी जाँच नहीं हुई: टूल्स ▸ अलार्म जाँचें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="86"/>
        <source>The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the alarm).</source>
        <translation>पिछली सफल अलार्म जाँच %1 दिन पहले हुई थी: फिर से जाँचें (टूल्स ▸ अलार्म जाँचें)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="90"/>
        <source>Last successful alarm test: %1</source>
        <translation>पिछली सफल अलार्म जाँच: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="97"/>
        <source>No alarm channel is configured: the security button reaches NOBODY. Ask IT to add [[security.channels]] to the branch config. In an emergency call %1.</source>
        <translation>कोई अलार्म चैनल सेट नहीं है: सुरक्षा बटन किसी तक नहीं पहुँचता। IT से कहें कि ब्रांच कॉन्फ़िग में [[security.channels]] जोड़ें। आपात स्थिति में %1 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="113"/>
        <source>Alarms will NOT arrive on: %1.</source>
        <translation>इन पर अलार्म नहीं पहुँचेंगे: %1।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="115"/>
        <source>They will arrive on: %1.</source>
        <translation>इन पर पहुँचेंगे: %1।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/proof.py" line="119"/>
        <source>Alarms will arrive on: %1.</source>
        <translation>इन पर अलार्म पहुँचेंगे: %1।</translation>
    </message>
</context>
<context>
    <name>AutostartOption</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="205"/>
        <source>Start Desk at &amp;login</source>
        <translation>&amp;लॉग इन पर Desk शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="223"/>
        <source>Could not change starting at login: %1</source>
        <translation>लॉग इन पर शुरू होना बदला नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desk/ui/widgets.py" line="22"/>
        <source>Note</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="23"/>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/widgets.py" line="24"/>
        <source>Alert</source>
        <translation>अलर्ट</translation>
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
    <name>CallPanel</name>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="43"/>
        <source>Start call (F2)</source>
        <translation>कॉल शुरू करें (F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="45"/>
        <source>Start call</source>
        <translation>कॉल शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="47"/>
        <source>Counter visit (Shift+F2)</source>
        <translation>काउंटर मुलाक़ात (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="49"/>
        <source>Start counter visit</source>
        <translation>काउंटर मुलाक़ात शुरू करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="51"/>
        <source>End call (F4)</source>
        <translation>कॉल ख़त्म करें (F4)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="53"/>
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
        <location filename="../../desk/ui/console/call_panel.py" line="95"/>
        <source>&amp;Number</source>
        <translation>नंबर (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="96"/>
        <source>N&amp;ame</source>
        <translation>नाम (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="97"/>
        <source>&amp;E-mail</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="106"/>
        <source>Next stage (F3)</source>
        <translation>अगला चरण (F3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="108"/>
        <source>Next stage</source>
        <translation>अगला चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="113"/>
        <location filename="../../desk/ui/console/call_panel.py" line="114"/>
        <source>What the caller already tried</source>
        <translation>कॉल करने वाला क्या-क्या आज़मा चुका है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="118"/>
        <source>Call notes</source>
        <translation>कॉल के नोट्स</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="119"/>
        <source>Notes (root cause, what was agreed)</source>
        <translation>नोट्स (मूल कारण, क्या तय हुआ)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="130"/>
        <source>Already &amp;tried</source>
        <translation>पहले आज़माया (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="131"/>
        <source>N&amp;otes</source>
        <translation>नोट्स (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="351"/>
        <source>Call ended; saving it in the call log…</source>
        <translation>कॉल ख़त्म हुई; कॉल लॉग में सेव हो रही है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/call_panel.py" line="352"/>
        <source>Call saved in the call log.</source>
        <translation>कॉल, कॉल लॉग में सेव हो गई।</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="24"/>
        <source>Call timer</source>
        <translation>कॉल टाइमर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="30"/>
        <source>no call</source>
        <translation>कोई कॉल नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="35"/>
        <source>within norm</source>
        <translation>तय समय के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/timer_label.py" line="36"/>
        <source>time to wrap up</source>
        <translation>समेटने का समय</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/console/timer_label.py" line="37"/>
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
        <location filename="../../desk/ui/callbacks/dialog.py" line="44"/>
        <location filename="../../desk/ui/callbacks/dialog.py" line="208"/>
        <source>Transfer failed: take a callback</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="57"/>
        <source>Call back by phone</source>
        <translation>फ़ोन पर वापस कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="58"/>
        <source>Answer by e-mail</source>
        <translation>ईमेल से जवाब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="59"/>
        <source>How the caller wants the answer</source>
        <translation>कॉल करने वाला जवाब कैसे चाहता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="62"/>
        <source>What the caller already tried</source>
        <translation>कॉल करने वाला क्या-क्या आज़मा चुका है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>Full &amp;name</source>
        <translation>पूरा नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="68"/>
        <source>&amp;Question</source>
        <translation>सवाल (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="69"/>
        <source>&amp;E-mail</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="70"/>
        <source>&amp;Department</source>
        <translation>विभाग (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="71"/>
        <source>Caller's full name</source>
        <translation>कॉल करने वाले का पूरा नाम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="72"/>
        <source>Caller's question</source>
        <translation>कॉल करने वाले का सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="73"/>
        <source>E-mail address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="74"/>
        <source>Department that will answer</source>
        <translation>जवाब देने वाला विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="93"/>
        <source>Answer by</source>
        <translation>जवाब की अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="94"/>
        <source>Already &amp;tried</source>
        <translation>पहले आज़माया (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="102"/>
        <source>Save and forward</source>
        <translation>सहेजें और आगे भेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="143"/>
        <source>Restored what you typed before Desk closed.</source>
        <translation>Desk बंद होने से पहले आपने जो लिखा था, वह वापस आ गया।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="168"/>
        <source>Discard callback?</source>
        <translation>कॉलबैक हटा दें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="169"/>
        <source>Throw away this callback and what you typed in it?</source>
        <translation>यह कॉलबैक और इसमें लिखा सब कुछ हटा दें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="195"/>
        <source>Saving the callback…</source>
        <translation>कॉलबैक सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="209"/>
        <source>Callback not saved</source>
        <translation>कॉलबैक सेव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/dialog.py" line="210"/>
        <source>The callback could not be saved: %1. Everything you typed is kept as a draft.</source>
        <translation>कॉलबैक सेव नहीं हो सका: %1। आपका लिखा सब कुछ ड्राफ़्ट के रूप में सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="42"/>
        <source>Transfer failed: take callback (F6)</source>
        <translation>ट्रांसफ़र नहीं हुआ: कॉलबैक (F6)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="44"/>
        <source>Transfer failed, take a callback</source>
        <translation>ट्रांसफ़र नहीं हुआ, कॉलबैक लें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="57"/>
        <source>Callbacks…</source>
        <translation>कॉलबैक…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="95"/>
        <source>A callback you were typing was kept: press F6 to finish it.</source>
        <translation>आप जो कॉलबैक लिख रहे थे, वह सुरक्षित है: पूरा करने के लिए F6 दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="149"/>
        <source>the callback</source>
        <translation>कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="156"/>
        <location filename="../../desk/ui/callbacks/controller.py" line="184"/>
        <source>the callback draft</source>
        <translation>कॉलबैक का ड्राफ़्ट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="165"/>
        <source>Tell the caller: %1 will answer you by %2.</source>
        <translation>कॉल करने वाले को बताएँ: %1 आपको %2 तक जवाब देगा।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="174"/>
        <source>%1 has no e-mail here: the callback is copied as text, paste it to them.</source>
        <translation>यहाँ %1 का कोई ईमेल नहीं है: कॉलबैक टेक्स्ट के रूप में कॉपी हो गया है, उन्हें पेस्ट कर दें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="226"/>
        <source>Callbacks: %1 overdue, %2 due today (F7 to see them).</source>
        <translation>कॉलबैक: %1 की तारीख़ निकल चुकी है, %2 आज देय (देखने के लिए F7)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/controller.py" line="228"/>
        <source>Desk callbacks</source>
        <translation>Desk कॉलबैक</translation>
    </message>
</context>
<context>
    <name>CallbacksModel</name>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="15"/>
        <source>⚠ overdue</source>
        <translation>⚠ समय बीत गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="16"/>
        <source>● due today</source>
        <translation>● आज देय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="17"/>
        <source>○ open</source>
        <translation>○ खुला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="18"/>
        <source>✔ answered</source>
        <translation>✔ जवाब दिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Due</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Caller</source>
        <translation>कॉल करने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="35"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="36"/>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="37"/>
        <source>Forwarding</source>
        <translation>आगे भेजना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/model.py" line="119"/>
        <source>not forwarded (copy as text)</source>
        <translation>आगे नहीं भेजा (टेक्स्ट के रूप में कॉपी करें)</translation>
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
        <translation>कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="50"/>
        <source>Search name, number, e-mail, question…</source>
        <translation>नाम, नंबर, ईमेल, सवाल खोजें…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="51"/>
        <source>Search callbacks</source>
        <translation>कॉलबैक खोजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="52"/>
        <source>&amp;Overdue only</source>
        <translation>सिर्फ़ देरी वाले (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="54"/>
        <source>Overdue only</source>
        <translation>सिर्फ़ देरी वाले</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="55"/>
        <source>Show &amp;answered</source>
        <translation>जवाब दिए हुए दिखाएँ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="57"/>
        <source>Show answered</source>
        <translation>जवाब दिए हुए दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="61"/>
        <source>Callbacks by due date</source>
        <translation>अंतिम तारीख़ के क्रम में कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="68"/>
        <source>Selected callback's history</source>
        <translation>चुने गए कॉलबैक का इतिहास</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="77"/>
        <source>Mark &amp;answered…</source>
        <translation>जवाब दिया गया चिह्नित करें (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="78"/>
        <source>Caller told of a &amp;delay…</source>
        <translation>कॉल करने वाले को देरी बताई (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="79"/>
        <source>&amp;Move to department…</source>
        <translation>विभाग में भेजें (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="80"/>
        <source>&amp;Copy as text</source>
        <translation>टेक्स्ट के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="133"/>
        <source>a callback change</source>
        <translation>कॉलबैक में बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="160"/>
        <source>%1 shown · %2 overdue · %3 due today</source>
        <translation>%1 दिखाए गए · %2 देरी से · %3 आज देय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="175"/>
        <source>Select a callback.</source>
        <translation>कोई कॉलबैक चुनें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="179"/>
        <source>One moment: the callback is still loading.</source>
        <translation>एक पल: कॉलबैक अभी लोड हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="211"/>
        <source>Answered by</source>
        <translation>जवाब देने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="212"/>
        <source>Answered at</source>
        <translation>जवाब का समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>Callback answered</source>
        <translation>कॉलबैक का जवाब दिया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="213"/>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="214"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="215"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="240"/>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>Told at</source>
        <translation>बताने का समय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="241"/>
        <source>Caller told of a delay</source>
        <translation>कॉल करने वाले को देरी बताई गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="242"/>
        <source>How they were told</source>
        <translation>उन्हें कैसे बताया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>New date</source>
        <translation>नई तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="239"/>
        <location filename="../../desk/ui/callbacks/view.py" line="243"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="275"/>
        <source>Move callback</source>
        <translation>कॉलबैक भेजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="276"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../../desk/ui/callbacks/view.py" line="286"/>
        <source>Copied: paste it into the department's channel</source>
        <translation>कॉपी हो गया: इसे विभाग के चैनल में पेस्ट करें</translation>
    </message>
</context>
<context>
    <name>CallerHistory</name>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="20"/>
        <location filename="../../desk/ui/console/caller_history.py" line="23"/>
        <source>Caller history</source>
        <translation>कॉल करने वाले का इतिहास</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="30"/>
        <source>Copy earlier notes into this call (Ctrl+H)</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="32"/>
        <source>Copy earlier notes into this call</source>
        <translation>पिछले नोट्स इस कॉल में कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="68"/>
        <source>Enter the caller's number or e-mail to see earlier calls.</source>
        <translation>पिछली कॉल देखने के लिए कॉल करने वाले का नंबर या ईमेल लिखें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="74"/>
        <source>No earlier calls from this caller.</source>
        <translation>इस व्यक्ति की कोई पिछली कॉल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>Open callbacks</source>
        <translation>खुले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="79"/>
        <source>due</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Already tried</source>
        <translation>पहले आज़माया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/caller_history.py" line="80"/>
        <source>Earlier calls</source>
        <translation>पिछली कॉल</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Started</source>
        <translation>शुरू हुई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="59"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="60"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Caller</source>
        <translation>कॉल करने वाला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="61"/>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/model.py" line="62"/>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
</context>
<context>
    <name>CancelAlarmDialog</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="130"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="141"/>
        <source>Cancel the alarm</source>
        <translation>अलार्म रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="133"/>
        <source>Reason for cancelling</source>
        <translation>रद्द करने की वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="134"/>
        <source>e.g. visitor calmed down; pressed by mistake</source>
        <translation>जैसे, आगंतुक शांत हो गया; ग़लती से दब गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="142"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="146"/>
        <source>&amp;Why is this a false alarm?</source>
        <translation>यह झूठा अलार्म क्यों है? (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="153"/>
        <source>Give a reason: it goes to everyone who got the alarm.</source>
        <translation>वजह बताएँ: यह उन सबको जाएगी जिन्हें अलार्म मिला।</translation>
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
        <location filename="../../desk/ui/review/pages.py" line="53"/>
        <source>Call durations (minutes)</source>
        <translation>कॉल की अवधि (मिनट)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="55"/>
        <source>Calls per day</source>
        <translation>हर दिन की कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="57"/>
        <source>Calls per hour of the day</source>
        <translation>दिन के हर घंटे की कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="59"/>
        <source>Recurring topics per week</source>
        <translation>हर हफ़्ते बार-बार आने वाले विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="82"/>
        <source>target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="83"/>
        <source>maximum</source>
        <translation>अधिकतम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="85"/>
        <source>Calls per minute of duration; lines at the target and the maximum.</source>
        <translation>अवधि के हर मिनट पर कॉल की संख्या; लक्ष्य और अधिकतम सीमा पर रेखाएँ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/pages.py" line="91"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="95"/>
        <source>Calls by hour of the day</source>
        <translation>दिन के घंटों के हिसाब से कॉल</translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="111"/>
        <source>Team habits, week by week (share of calls with a checklist)</source>
        <translation>टीम की आदतें, हफ़्ते-दर-हफ़्ते (चेकलिस्ट वाली कॉल का हिस्सा)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Greeting complete</source>
        <translation>अभिवादन पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="113"/>
        <source>Clarification complete</source>
        <translation>स्पष्टीकरण पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Confirmation complete</source>
        <translation>पुष्टि पूरी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="114"/>
        <source>Closing complete</source>
        <translation>समापन पूरा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Personal question</source>
        <translation>निजी सवाल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="115"/>
        <source>Wrap-up past the target</source>
        <translation>लक्ष्य के बाद समापन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="116"/>
        <source>Hello after answering (s)</source>
        <translation>फ़ोन उठाने के बाद नमस्ते (सेकंड)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <source>Week</source>
        <translation>हफ़्ता</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="118"/>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="124"/>
        <source>Within the target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="125"/>
        <source>Over the maximum</source>
        <translation>अधिकतम से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="128"/>
        <source>Per operator (for coaching conversations, not for ranking):</source>
        <translation>हर ऑपरेटर का ब्योरा (कोचिंग की बातचीत के लिए, रैंकिंग के लिए नहीं):</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="131"/>
        <source>Per-operator views need the supervisor passphrase (desk config set-passphrase).</source>
        <translation>हर ऑपरेटर का ब्योरा देखने के लिए सुपरवाइज़र पासफ़्रेज़ चाहिए (desk config set-passphrase)।</translation>
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
    <name>DeskConsole</name>
    <message>
        <location filename="../../desk/ui/console/window.py" line="41"/>
        <source>Desk — %1</source>
        <translation>Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="42"/>
        <source>Desk console</source>
        <translation>Desk कंसोल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="107"/>
        <source>Opening the call log…</source>
        <translation>कॉल लॉग खुल रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="184"/>
        <source>Ready · call log: %1</source>
        <translation>तैयार · कॉल लॉग: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="146"/>
        <source>%1 could not start: %2</source>
        <translation>%1 शुरू नहीं हो सका: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="206"/>
        <source>Desk cannot open its call log</source>
        <translation>Desk अपना कॉल लॉग नहीं खोल पा रहा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="195"/>
        <source>the call log could not be opened: %1</source>
        <translation>कॉल लॉग नहीं खुल सका: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="204"/>
        <source>No call log: calls cannot be recorded; the security alarm still works</source>
        <translation>कॉल लॉग नहीं: कॉल दर्ज नहीं हो सकतीं; सुरक्षा अलार्म फिर भी काम करता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="209"/>
        <source>The file was not changed. The security alarm still works. Start Desk with another file (--db) or ask IT to restore a backup.</source>
        <translation>फ़ाइल में कोई बदलाव नहीं किया गया। सुरक्षा अलार्म फिर भी काम करता है। Desk को दूसरी फ़ाइल (--db) के साथ शुरू करें या IT से बैकअप वापस लाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="221"/>
        <source>All changes are saved in the call log.</source>
        <translation>सभी बदलाव कॉल लॉग में सेव हो गए हैं।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="225"/>
        <source>the call log is busy (another program holds it)</source>
        <translation>कॉल लॉग व्यस्त है (कोई दूसरा प्रोग्राम उसे इस्तेमाल कर रहा है)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="226"/>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="227"/>
        <source>the call log is read-only</source>
        <translation>कॉल लॉग सिर्फ़ पढ़ने के लिए है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="228"/>
        <source>the disk reports an error</source>
        <translation>डिस्क में गड़बड़ी है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="229"/>
        <source>changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="230"/>
        <source>Not saved yet: %1 — %2; retrying. Nothing you typed is lost.</source>
        <translation>अभी सेव नहीं हुआ: %1 — %2; फिर से कोशिश हो रही है। आपका लिखा कुछ भी खोया नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="236"/>
        <source>Could not save %1: %2</source>
        <translation>सेव नहीं हुआ — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="237"/>
        <source>a change</source>
        <translation>एक बदलाव</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="246"/>
        <location filename="../../desk/ui/console/window.py" line="266"/>
        <source>an interrupted call</source>
        <translation>बीच में रुकी कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="250"/>
        <source>Unfinished call</source>
        <translation>अधूरी कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="251"/>
        <source>A call started at %1 was not finished (Desk was closed or the computer stopped). Resume it?</source>
        <translation>%1 बजे शुरू हुई कॉल पूरी नहीं हुई (Desk बंद हुआ या कंप्यूटर रुक गया)। उसे जारी रखें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="255"/>
        <source>&amp;Resume call</source>
        <translation>कॉल जारी रखें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="257"/>
        <source>&amp;Close as interrupted</source>
        <translation>बीच में रुकी मानकर बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="268"/>
        <source>The unfinished call was closed as interrupted</source>
        <translation>अधूरी कॉल बीच में रुकी मानकर बंद की गई</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="290"/>
        <source>&amp;Call</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/window.py" line="298"/>
        <source>&amp;Tools</source>
        <translation>टूल्स (&amp;T)</translation>
    </message>
</context>
<context>
    <name>DeskTray</name>
    <message>
        <location filename="../../desk/ui/tray.py" line="36"/>
        <source>This desktop has no notification area: closing Desk stops alarms from other desks showing on this computer. Keep the window open (minimise it).</source>
        <translation>इस डेस्कटॉप पर सूचना क्षेत्र नहीं है: Desk बंद करने पर दूसरी डेस्कों के अलार्म इस कंप्यूटर पर नहीं दिखेंगे। विंडो खुली रखें (उसे छोटा कर दें)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="80"/>
        <source>Raise security &amp;alarm</source>
        <translation>सुरक्षा &amp;अलार्म बजाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="81"/>
        <source>&amp;Open Desk</source>
        <translation>Desk &amp;खोलें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="83"/>
        <source>Desk: listening for alarms from other desks</source>
        <translation>Desk: दूसरी डेस्कों के अलार्म सुन रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="108"/>
        <source>Desk is still running</source>
        <translation>Desk अभी भी चल रहा है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="109"/>
        <source>Alarms from other desks will still show here. Use Quit in this icon's menu to end Desk.</source>
        <translation>दूसरी डेस्कों के अलार्म यहाँ दिखते रहेंगे। Desk बंद करने के लिए इस आइकन के मेनू में 'बंद करें' चुनें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="114"/>
        <source>Quit Desk?</source>
        <translation>Desk बंद करें?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="115"/>
        <source>After quitting, alarms from other desks will no longer show on this computer until Desk is started again.</source>
        <translation>बंद करने के बाद, Desk फिर से शुरू होने तक दूसरी डेस्कों के अलार्म इस कंप्यूटर पर नहीं दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="118"/>
        <source>&amp;Quit Desk</source>
        <translation>Desk &amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="120"/>
        <source>&amp;Keep running</source>
        <translation>&amp;चलने दें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="156"/>
        <source>The alarm could NOT be raised</source>
        <translation>अलार्म नहीं बजाया जा सका</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="157"/>
        <source>Call the emergency number now.</source>
        <translation>अभी आपातकालीन नंबर पर कॉल करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="160"/>
        <source>Security alarm raised</source>
        <translation>सुरक्षा अलार्म बजाया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="161"/>
        <source>Open Desk to see who has been reached.</source>
        <translation>किस तक अलार्म पहुँचा, यह देखने के लिए Desk खोलें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/tray.py" line="177"/>
        <source>Security alarm from another desk</source>
        <translation>दूसरी डेस्क से सुरक्षा अलार्म</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="30"/>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="64"/>
        <source>End call</source>
        <translation>कॉल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="34"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="39"/>
        <source>%1 (record a warning first)</source>
        <translation>%1 (पहले चेतावनी दर्ज करें)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="45"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="46"/>
        <source>What was the call about?</source>
        <translation>कॉल किस बारे में थी?</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="54"/>
        <source>Reason for ending</source>
        <translation>ख़त्म करने की वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="55"/>
        <source>What was said, and the warning you gave</source>
        <translation>क्या कहा गया, और आपने क्या चेतावनी दी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>वजह</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="69"/>
        <source>&amp;Outcome</source>
        <translation>नतीजा (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="70"/>
        <source>&amp;Topic</source>
        <translation>विषय (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/end_call_dialog.py" line="87"/>
        <source>Say why the call was ended: it goes in the log.</source>
        <translation>बताएँ कि कॉल क्यों ख़त्म की गई: यह लॉग में जाएगा।</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="66"/>
        <source>LAN alarms: %1</source>
        <translation>LAN अलार्म: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="101"/>
        <source>The alarm could NOT be raised (%1). Call %2 now.</source>
        <translation>अलार्म नहीं भेजा जा सका (%1)। अभी %2 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="103"/>
        <source>alarm NOT raised: call %1</source>
        <translation>अलार्म नहीं गया: %1 पर फ़ोन करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="134"/>
        <source>alarm cancelled</source>
        <translation>अलार्म रद्द</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="137"/>
        <source>acknowledged</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="140"/>
        <source>alarm: %1 of %2 channels reached</source>
        <translation>अलार्म: %2 में से %1 चैनल तक पहुँचा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="149"/>
        <source>Nobody has acknowledged the alarm within %1 s. Call %2 now.</source>
        <translation>%1 सेकंड में किसी ने अलार्म स्वीकार नहीं किया। अभी %2 पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="207"/>
        <source>Alarm test received from %1 (no action needed)</source>
        <translation>%1 से अलार्म जाँच मिली (कुछ करने की ज़रूरत नहीं)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="212"/>
        <source>Not read: %1 (%2). Alarms still work; ask IT to remove that file.</source>
        <translation>नहीं पढ़ा गया: %1 (%2)। अलार्म अब भी काम करते हैं; IT से वह फ़ाइल हटाने को कहें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/controller.py" line="217"/>
        <source>Desktop notifications are not available here: the alarm is shown in this window instead.</source>
        <translation>यहाँ डेस्कटॉप सूचनाएँ उपलब्ध नहीं हैं: अलार्म इसी विंडो में दिखाया जाएगा।</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="42"/>
        <source>Security incident</source>
        <translation>सुरक्षा घटना</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="48"/>
        <source>Emergency: %1</source>
        <translation>आपातकालीन नंबर: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="61"/>
        <source>Alarm delivery per channel</source>
        <translation>हर चैनल पर अलार्म की पहुँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="62"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="63"/>
        <source>Last error</source>
        <translation>पिछली त्रुटि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="68"/>
        <source>Cancel alarm (false alarm)…</source>
        <translation>अलार्म रद्द करें (झूठा अलार्म)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="70"/>
        <source>Cancel alarm</source>
        <translation>अलार्म रद्द करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="71"/>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="121"/>
        <source>Close: security has handled it</source>
        <translation>बंद करें: सुरक्षा ने संभाल लिया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="73"/>
        <source>Close the incident</source>
        <translation>घटना बंद करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="83"/>
        <source>The call log could not record this alarm yet (it is kept in a safe journal and added to the log when it can be written). The alarm was sent regardless.</source>
        <translation>कॉल लॉग अभी यह अलार्म दर्ज नहीं कर सका (यह एक सुरक्षित जर्नल में रखा है और लिखना संभव होते ही लॉग में जोड़ दिया जाएगा)। अलार्म फिर भी भेज दिया गया।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="90"/>
        <source>Alarm raised at %1 was cancelled: %2</source>
        <translation>%1 बजे भेजा गया अलार्म रद्द हुआ: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="93"/>
        <source>SECURITY ALARM raised at %1</source>
        <translation>सुरक्षा अलार्म %1 बजे भेजा गया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="95"/>
        <source>Acknowledged by %1</source>
        <translation>%1 ने स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="98"/>
        <source>Nobody has acknowledged the alarm yet. Call the emergency number now.</source>
        <translation>अभी तक किसी ने अलार्म स्वीकार नहीं किया। तुरंत आपातकालीन नंबर पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="102"/>
        <source>No alarm channel is configured: the alarm reached nobody. Call the emergency number now.</source>
        <translation>कोई अलार्म चैनल सेट नहीं है: अलार्म किसी तक नहीं पहुँचा। तुरंत आपातकालीन नंबर पर फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="106"/>
        <source>Waiting for security to acknowledge…</source>
        <translation>सुरक्षा के स्वीकार करने का इंतज़ार…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/escalation/incident_panel.py" line="120"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="160"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="161"/>
        <source>Acknowledged after (s)</source>
        <translation>स्वीकार होने में लगे (सेकंड)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Reason / note</source>
        <translation>वजह / टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="162"/>
        <source>Acknowledged by</source>
        <translation>किसने स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="165"/>
        <source>Alarms and calls ended for abuse</source>
        <translation>अलार्म और दुर्व्यवहार के कारण ख़त्म की गई कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>alarm</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/pages.py" line="184"/>
        <source>ended for abuse</source>
        <translation>दुर्व्यवहार के कारण ख़त्म</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="85"/>
        <source>Language: %1</source>
        <translation>भाषा: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="142"/>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="143"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation>बड़ा टेक्स्ट (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation>छोटा टेक्स्ट (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation>सामान्य टेक्स्ट आकार (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/language_menu.py" line="147"/>
        <source>&amp;High contrast</source>
        <translation>हाई कंट्रास्ट (&amp;H)</translation>
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
    <name>PhoneLink</name>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="74"/>
        <source>Another call is ringing: %1</source>
        <translation>दूसरी कॉल की घंटी बज रही है: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="118"/>
        <source>Answered after %1 s: within the norm (%2 s).</source>
        <translation>%1 सेकंड में फ़ोन उठाया: तय समय के भीतर (%2 सेकंड)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/phone_link.py" line="119"/>
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
    <name>ReviewDrill</name>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="17"/>
        <source>This call is no longer in the log.</source>
        <translation>यह कॉल अब लॉग में नहीं है।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="30"/>
        <source>Checklist:</source>
        <translation>चेकलिस्ट:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="40"/>
        <source>open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/drill.py" line="51"/>
        <source>never acknowledged</source>
        <translation>कभी स्वीकार नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../../desk/ui/review/band.py" line="34"/>
        <source>nothing in this period and filter; calls appear here as they end.</source>
        <translation>इस समयावधि और फ़िल्टर में कुछ नहीं; कॉल ख़त्म होते ही यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="41"/>
        <source>calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="43"/>
        <location filename="../../desk/ui/review/band.py" line="45"/>
        <source>within %1 min</source>
        <translation>%1 मिनट के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="48"/>
        <source>median / 90th percentile</source>
        <translation>मीडियन / 90वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="50"/>
        <source>answered by ring %1</source>
        <translation>%1वीं घंटी तक उठाया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="52"/>
        <source>full greeting</source>
        <translation>पूरा अभिवादन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="54"/>
        <source>callbacks open / overdue</source>
        <translation>खुले / देरी वाले कॉलबैक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="56"/>
        <source>late callbacks (caller told)</source>
        <translation>देर वाले कॉलबैक (कॉल करने वाले को बताया)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/band.py" line="59"/>
        <source>alarms · median to acknowledge</source>
        <translation>अलार्म · स्वीकार होने का मीडियन समय</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../desk/ui/review/window.py" line="72"/>
        <source>Review — %1</source>
        <translation>समीक्षा — %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="81"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="83"/>
        <source>Summary of the calls shown</source>
        <translation>दिखाई गई कॉल का सारांश</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="95"/>
        <source>&amp;Calls</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="97"/>
        <source>C&amp;harts</source>
        <translation>चार्ट (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="98"/>
        <source>Coac&amp;hing</source>
        <translation>कोचिंग (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="99"/>
        <source>&amp;Incidents</source>
        <translation>घटनाएँ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="102"/>
        <source>Bra&amp;nches</source>
        <translation>शाखाएँ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="124"/>
        <source>From day</source>
        <translation>शुरुआती दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="126"/>
        <source>To day</source>
        <translation>आख़िरी दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="129"/>
        <source>Period</source>
        <translation>समयावधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="130"/>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="131"/>
        <source>Last 365 days</source>
        <translation>पिछले 365 दिन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="132"/>
        <source>Everything</source>
        <translation>सब कुछ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="137"/>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="138"/>
        <source>All branches</source>
        <translation>सभी शाखाएँ</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="142"/>
        <source>Any operator</source>
        <translation>कोई भी ऑपरेटर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="143"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="144"/>
        <source>Any workstation</source>
        <translation>कोई भी वर्कस्टेशन</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="145"/>
        <source>Any outcome</source>
        <translation>कोई भी नतीजा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="146"/>
        <source>Any topic</source>
        <translation>कोई भी विषय</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="147"/>
        <source>Any duration</source>
        <translation>कोई भी अवधि</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="148"/>
        <source>Within the target</source>
        <translation>लक्ष्य के भीतर</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="149"/>
        <source>Over the target</source>
        <translation>लक्ष्य से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="150"/>
        <source>Over the maximum</source>
        <translation>अधिकतम से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="152"/>
        <source>With call&amp;back</source>
        <translation>कॉलबैक वाली (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="154"/>
        <source>With &amp;alarm</source>
        <translation>अलार्म वाली (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="161"/>
        <source>Search topics and notes…</source>
        <translation>विषय और नोट्स में खोजें…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="162"/>
        <source>Search topics and notes</source>
        <translation>विषय और नोट्स में खोजें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="165"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="167"/>
        <location filename="../../desk/ui/review/window.py" line="399"/>
        <source>Export the calls shown</source>
        <translation>दिखाई गई कॉल एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>From</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="171"/>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="202"/>
        <source>Calls, newest first</source>
        <translation>कॉल, सबसे नई पहले</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="214"/>
        <source>The selected call, step by step</source>
        <translation>चुनी गई कॉल, क़दम-दर-क़दम</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="216"/>
        <source>Choose a call to see its checklist, callback and alarm step by step.</source>
        <translation>कोई कॉल चुनें: उसकी चेकलिस्ट, कॉलबैक और अलार्म क़दम-दर-क़दम दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1 min or longer</source>
        <translation>%1 मिनट या अधिक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="332"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 मिनट</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="400"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>स्प्रेडशीट के लिए CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="410"/>
        <source>Exporting…</source>
        <translation>एक्सपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="426"/>
        <source>This log is from an older Desk: search reads every note (slower on a big log).</source>
        <translation>यह लॉग Desk के पुराने संस्करण का है: खोज हर नोट पढ़ती है (बड़े लॉग पर धीमी)।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/window.py" line="436"/>
        <source>Could not read the log: %1</source>
        <translation>लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/review/window.py" line="443"/>
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
        <location filename="../../desk/ui/console/root_cause.py" line="39"/>
        <source>&amp;Root cause</source>
        <translation>मूल कारण (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="40"/>
        <source>Root cause</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/root_cause.py" line="41"/>
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
        <location filename="../../desk/ui/console/shift_check.py" line="104"/>
        <source>Start of shift</source>
        <translation>शिफ़्ट की शुरुआत</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="105"/>
        <source>Start of shift checklist</source>
        <translation>शिफ़्ट की शुरुआत की जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="106"/>
        <source>Before the first call: is the desk ready? Tick what is done (Space), then Ready.</source>
        <translation>पहली कॉल से पहले: क्या डेस्क तैयार है? जो हो गया उस पर निशान लगाएँ (Space), फिर तैयार।</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="108"/>
        <source>&amp;Ready</source>
        <translation>तैयार (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="109"/>
        <source>Ready: record the start-of-shift check</source>
        <translation>तैयार: शिफ़्ट की शुरुआत की जाँच दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="110"/>
        <source>&amp;Later</source>
        <translation>बाद में (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="111"/>
        <source>Later: ask again when Desk opens</source>
        <translation>बाद में: Desk खुलने पर फिर पूछें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="153"/>
        <source>the start-of-shift check</source>
        <translation>शिफ़्ट की शुरुआत की जाँच</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/shift_check.py" line="154"/>
        <source>Start of shift recorded. Have a good shift!</source>
        <translation>शिफ़्ट की शुरुआत दर्ज हो गई। आपकी शिफ़्ट अच्छी रहे!</translation>
    </message>
</context>
<context>
    <name>StageChecklist</name>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="42"/>
        <location filename="../../desk/ui/console/checklist.py" line="147"/>
        <source>Call stages</source>
        <translation>कॉल के चरण</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="49"/>
        <location filename="../../desk/ui/console/checklist.py" line="148"/>
        <source>Stage checklist</source>
        <translation>चरण की जाँच-सूची</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="50"/>
        <location filename="../../desk/ui/console/checklist.py" line="149"/>
        <source>Space ticks the selected item</source>
        <translation>Space चुने गए बिंदु पर निशान लगाता है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="58"/>
        <location filename="../../desk/ui/console/checklist.py" line="150"/>
        <source>Suggested phrases</source>
        <translation>सुझाए गए वाक्य</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="63"/>
        <location filename="../../desk/ui/console/checklist.py" line="151"/>
        <source>Reminder</source>
        <translation>याद रखें</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="101"/>
        <source>late: answered on ring %1</source>
        <translation>देर से: घंटी नंबर %1 पर उठाया</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="110"/>
        <source>%1 of %2 done</source>
        <translation>%2 में से %1 पूरे</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="164"/>
        <source>Service sin to avoid — %1: %2</source>
        <translation>सेवा की इस ग़लती से बचें — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="174"/>
        <source>(the phrase appears once its details are known, e.g. when a callback is taken)</source>
        <translation>(वाक्य तब दिखेगा जब उसकी जानकारी मिल जाएगी, जैसे कॉलबैक लेने के बाद)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/console/checklist.py" line="177"/>
        <source>(no phrase: just do it)</source>
        <translation>(कोई वाक्य नहीं: बस कर दीजिए)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="29"/>
        <source>Head office sync</source>
        <translation>मुख्यालय सिंक</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="53"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="54"/>
        <source>Head office: %1 waiting · last sent %2</source>
        <translation>मुख्यालय: %1 प्रतीक्षा में · आख़िरी बार भेजा %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="60"/>
        <source>retrying</source>
        <translation>फिर से कोशिश हो रही है</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sync_status.py" line="59"/>
        <source>refused: this log belongs to another branch</source>
        <translation>अस्वीकृत: यह लॉग किसी दूसरी शाखा का है</translation>
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
<context>
    <name>window</name>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="15"/>
        <source>&amp;Review…</source>
        <translation>समीक्षा (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/review/__init__.py" line="17"/>
        <source>Supervisor review of the call log</source>
        <translation>कॉल लॉग की सुपरवाइज़र समीक्षा</translation>
    </message>
</context>
</TS>
