"""The words of ``desk demo-data`` in each console language: callers' first and last
names, the twenty topics (in the order of ``demo.TOPICS``, so the topic waves follow them)
and general notes. A language not listed here gets the English words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    first: tuple[str, ...]
    last: tuple[str, ...]
    topics: tuple[str, ...]  # same order as demo.TOPICS
    notes: tuple[str, ...]  # general notes; "" is a call without a note


EN = Words(
    first=("Anna", "Michael", "Sarah", "David", "Emily", "James", "Laura", "Daniel", "Grace",
           "Thomas", "Olivia", "Peter", "Helen", "Mark", "Sophie", "Robert"),
    last=("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clarke",
          "Walker", "Wright", "Hughes", "Green", "Baker", "Turner", "Harris", "Cooper"),
    topics=("Invoice amount wrong", "Change of address", "Delivery late", "Password reset",
            "Opening hours", "Contract termination", "Payment plan", "Broken product",
            "Refund status", "Appointment booking", "Complaint about staff",
            "Parking permit", "Price question", "Lost card", "Meter reading",
            "Service outage", "Moving house", "Direct debit", "Document request",
            "Other enquiry"),
    notes=("caller already tried the web form", "asked for a written answer",
           "wants a call in the afternoon", "", "", ""),
)

FI = Words(
    first=("Aino", "Mikko", "Laura", "Juhani", "Sanna", "Ville", "Kaisa", "Matti", "Elina",
           "Antti", "Tiina", "Jari", "Hanna", "Pekka", "Riikka", "Timo"),
    last=("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
          "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen",
          "Heinonen", "Niemi", "Kinnunen"),
    topics=("Laskun summa väärin", "Osoitteenmuutos", "Toimitus myöhässä",
            "Salasanan vaihto", "Aukioloajat", "Sopimuksen irtisanominen", "Maksusuunnitelma",
            "Rikkinäinen tuote", "Palautuksen tila", "Ajanvaraus", "Valitus henkilöstöstä",
            "Pysäköintilupa", "Hintakysymys", "Kadonnut kortti", "Mittarilukema",
            "Palvelukatko", "Muutto", "Suoramaksu", "Asiakirjapyyntö", "Muu asia"),
    notes=("soittaja on jo kokeillut verkkolomaketta", "pyysi kirjallisen vastauksen",
           "toivoo soittoa iltapäivällä", "", "", ""),
)

TL = Words(
    first=("Jose", "Maria", "Juan", "Ana", "Mark", "Grace", "Paolo", "Liza", "Carlo",
           "Joy", "Ramon", "Rosa", "Miguel", "Cristina", "Andres", "Lorna"),
    last=("Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres",
          "Tomas", "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Castro",
          "Rivera"),
    topics=("Maling halaga ng bill", "Pagpapalit ng address", "Huling dating ng padala",
            "Pag-reset ng password", "Oras ng opisina", "Pagtatapos ng kontrata",
            "Hulugang bayad", "Sirang produkto", "Katayuan ng refund",
            "Pag-book ng appointment", "Reklamo tungkol sa kawani", "Permit sa paradahan",
            "Tanong sa presyo", "Nawalang card", "Pagbasa ng metro", "Pagkawala ng serbisyo",
            "Paglipat ng bahay", "Awtomatikong bayad", "Paghingi ng dokumento",
            "Ibang tanong"),
    notes=("sinubukan na ng tumawag ang web form", "humingi ng nakasulat na sagot",
           "gusto ng tawag sa hapon", "", "", ""),
)

HI = Words(
    first=("राहुल", "प्रिया", "अमित", "सुनीता", "विजय", "अंजलि", "रवि", "पूजा", "संजय",
           "नेहा", "अनिल", "कविता", "सुरेश", "मीना", "अर्जुन", "सीता"),
    last=("शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "पटेल", "जोशी", "मेहता", "यादव",
          "अग्रवाल", "मिश्रा", "चौहान", "राव", "नायर", "पांडे", "त्रिपाठी"),
    topics=("बिल की राशि गलत", "पते में बदलाव", "डिलीवरी में देरी", "पासवर्ड रीसेट",
            "खुलने का समय", "अनुबंध समाप्ति", "किस्तों में भुगतान", "खराब उत्पाद",
            "रिफ़ंड की स्थिति", "अपॉइंटमेंट बुकिंग", "कर्मचारी की शिकायत", "पार्किंग परमिट",
            "कीमत का सवाल", "खोया हुआ कार्ड", "मीटर रीडिंग", "सेवा बाधित", "घर बदलना",
            "स्वचालित भुगतान", "दस्तावेज़ का अनुरोध", "अन्य पूछताछ"),
    notes=("कॉल करने वाले ने वेब फ़ॉर्म पहले ही आज़माया", "लिखित उत्तर माँगा",
           "दोपहर बाद कॉल चाहते हैं", "", "", ""),
)

EO = Words(
    first=("Lazaro", "Klara", "Petro", "Ludoviko", "Marta", "Johano", "Ester", "Vilhelmo",
           "Sofia", "Karlo", "Anna", "Paŭlo", "Roza", "Tomaso", "Lidia", "Andreo"),
    last=("Verda", "Stelano", "Kampano", "Montarano", "Riverano", "Arbaro", "Lagoano",
          "Ŝtonisto", "Ĝardenisto", "Pontano", "Fiŝkaptisto", "Lumano", "Valano",
          "Insulano", "Kastelano", "Muelisto"),
    topics=("Malĝusta fakturo", "Adresŝanĝo", "Malfrua livero", "Nova pasvorto",
            "Malfermhoroj", "Nuligo de kontrakto", "Pagoplano", "Difektita produkto",
            "Stato de repago", "Rendevuo", "Plendo pri personaro", "Parkumpermeso",
            "Demando pri prezo", "Perdita karto", "Nombrilo-legado", "Servo-paneo",
            "Transloĝiĝo", "Rekta debeto", "Peto pri dokumento", "Alia demando"),
    notes=("la vokanto jam provis la retformularon", "petis skriban respondon",
           "volas vokon posttagmeze", "", "", ""),
)

BY_LANGUAGE = {"en": EN, "fi": FI, "tl": TL, "hi": HI, "eo": EO}
# Branch names for ``--branches N`` (the first is the single-branch default).
BRANCHES = ("Espoo", "Tampere", "Oulu", "Turku", "Lahti", "Vaasa", "Kuopio", "Pori",
            "Joensuu")


def words_for(language: str | None) -> Words:
    return BY_LANGUAGE.get((language or "en").split("_")[0].lower(), EN)
