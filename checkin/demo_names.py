"""Name pools for the demo event: German and Palestinian, as real lists look.

German names keep umlauts, ß, particles and double names; Palestinian names
come as a Latin transliteration with the Arabic spelling (hamza forms, alef
maqsura, ta marbuta), some of them with harakat as people sometimes type them.
"""

from __future__ import annotations

GERMAN_WOMEN = (
    "Anna", "Katharina", "Ursula", "Bärbel", "Sabine", "Ulrike", "Jutta", "Renate",
    "Andrea", "Claudia", "Sophie", "Lea", "Anne-Kathrin", "Friederike", "Dörte",
    "Gülşen", "Zoë", "Marie-Luise", "Heike", "Birgit", "Susanne", "Käthe", "Jördis",
)
GERMAN_MEN = (
    "Jürgen", "Sören", "Jörg", "Björn", "Uwe", "Günter", "Hans-Peter", "Jörn",
    "Maximilian", "Thomas", "Klaus", "Bernd", "Stefan", "Michael", "Andreas",
    "Matthias", "Wolfgang", "Frank", "Jens", "Rüdiger", "Joachim", "Timo", "Mehmet",
)
GERMAN_FAMILIES = (
    "Müller", "Schröder", "Weiß", "Groß", "Strauß", "Meißner", "Köhler", "Jäger",
    "Günther", "Schäfer", "Krüger", "Hoffmann", "Schmidt", "Wagner", "Fischer",
    "Weber", "Becker", "Schulz", "Lange", "Böhm", "Kühn", "Vogt", "Heß", "Nußbaum",
    "Fuß", "van der Berg", "von Bülow", "de Vries", "von der Heyde", "Zur Nieden",
    "O'Connor-Schmitt", "Özdemir", "Yılmaz", "Lehmann", "Hübner", "Brückner",
    "Große-Wöstmann", "Dreßler", "Sauerländer", "Mäurer",
)
GERMAN_TITLES = ("", "", "", "", "", "", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.")

# Municipalities: (organisation, e-mail domain, region)
GERMAN_ORGS = (
    ("Stadt Würzburg", "stadt.wuerzburg.de", "Bayern"),
    ("Stadt Köln", "stadt-koeln.de", "Nordrhein-Westfalen"),
    ("Stadt Jena", "jena.de", "Thüringen"),
    ("Landeshauptstadt München", "muenchen.de", "Bayern"),
    ("Stadt Mönchengladbach", "moenchengladbach.de", "Nordrhein-Westfalen"),
    ("Hansestadt Lüneburg", "stadt.lueneburg.de", "Niedersachsen"),
    ("Stadt Göttingen", "goettingen.de", "Niedersachsen"),
    ("Landeshauptstadt Düsseldorf", "duesseldorf.de", "Nordrhein-Westfalen"),
    ("Stadt Nürnberg", "stadt.nuernberg.de", "Bayern"),
    ("Stadt Xanten", "xanten.de", "Nordrhein-Westfalen"),
    ("Bundesstadt Bonn", "bonn.de", "Nordrhein-Westfalen"),
    ("Gemeinde Weßling", "wessling.de", "Bayern"),
    ("Stadt Tübingen", "tuebingen.de", "Baden-Württemberg"),
    ("Landkreis Görlitz", "kreis-gr.de", "Sachsen"),
)
# (feminine, masculine)
GERMAN_POSITIONS = (
    ("Bürgermeisterin", "Bürgermeister"),
    ("Oberbürgermeisterin", "Oberbürgermeister"),
    ("Stadträtin", "Stadtrat"),
    ("Leiterin des Amts für Internationales", "Leiter des Amts für Internationales"),
    ("Referentin für Städtepartnerschaften", "Referent für Städtepartnerschaften"),
    ("Sachbearbeiterin", "Sachbearbeiter"),
    ("Ingenieurin Stadtentwässerung", "Ingenieur Stadtentwässerung"),
    ("Mitglied des Gemeinderats", "Mitglied des Gemeinderats"),
    ("Beigeordnete", "Beigeordneter"),
    ("Projektkoordinatorin", "Projektkoordinator"),
)

# (Latin, Arabic) pairs
PALESTINIAN_WOMEN = (
    ("Amna", "آمنة"), ("Fatima", "فاطمة"), ("Amal", "أمل"), ("Rania", "رانيا"),
    ("Lina", "لينا"), ("Huda", "هدى"), ("Maysa", "ميساء"), ("Nour", "نور"),
    ("Salma", "سلمى"), ("Rawan", "روان"), ("Asma", "أسماء"), ("Ruba", "ربى"),
    ("Samira", "سميرة"), ("Reem", "ريم"), ("Dalia", "داليا"), ("Iman", "إيمان"),
    ("Alaa", "آلاء"), ("Ruaa", "رؤى"), ("Hanan", "حنان"), ("Vera", "فيرا"),
)
PALESTINIAN_MEN = (
    ("Ahmad", "أحمد"), ("Ibrahim", "إبراهيم"), ("Mohammad", "محمد"), ("Mahmoud", "محمود"),
    ("Khaled", "خالد"), ("Yousef", "يوسف"), ("Omar", "عمر"), ("Ali", "علي"),
    ("Hasan", "حسن"), ("Issa", "عيسى"), ("Rami", "رامي"), ("Samer", "سامر"),
    ("Nidal", "نضال"), ("Fadi", "فادي"), ("Tareq", "طارق"), ("Bassam", "بسام"),
    ("Mu'min", "مؤمن"), ("Hamza", "حمزة"), ("Anton", "أنطون"), ("Jiries", "جريس"),
)
PALESTINIAN_FAMILIES = (
    ("Da'ibes", "دعيبس"), ("Khoury", "خوري"), ("Salameh", "سلامة"), ("Qassis", "قسيس"),
    ("Nasser", "ناصر"), ("Abu Eid", "أبو عيد"), ("Hijazi", "حجازي"), ("Odeh", "عودة"),
    ("Barghouti", "البرغوثي"), ("Shaheen", "شاهين"), ("Awad", "عوض"), ("Hazboun", "حزبون"),
    ("Giacaman", "جقمان"), ("Mansour", "منصور"), ("Al-Masri", "المصري"), ("Zeidan", "زيدان"),
    ("Abu Ghazaleh", "أبو غزالة"), ("Tamimi", "التميمي"), ("Jaber", "جابر"),
    ("Haddad", "حداد"), ("Qumsiyeh", "قمصية"), ("Bandak", "بندك"), ("Musallam", "مسلم"),
    ("Al-Atrash", "الأطرش"), ("Sa'adeh", "سعادة"), ("Ibrahim", "إبراهيم"), ("Abu Sa'ada", "أبو سعدة"),
)
# Some people type their name with harakat; search folds them away.
VOCALISED = {
    "أحمد": "أَحْمَد", "محمد": "مُحَمَّد", "فاطمة": "فَاطِمَة", "آمنة": "آمِنَة",
    "إبراهيم": "إِبْرَاهِيم", "يوسف": "يُوسُف", "خالد": "خَالِد", "سلمى": "سَلْمَى",
}
PALESTINIAN_TITLES = ("", "", "", "", "", "", "", "Dr.", "Eng.")

# Municipalities: (organisation, organisation in Arabic, e-mail domain, governorate)
PALESTINIAN_ORGS = (
    ("Bethlehem Municipality", "بلدية بيت لحم", "bethlehem-city.org", "Bethlehem"),
    ("Beit Jala Municipality", "بلدية بيت جالا", "beitjala-city.org", "Bethlehem"),
    ("Beit Sahour Municipality", "بلدية بيت ساحور", "beitsahour.ps", "Bethlehem"),
    ("Ramallah Municipality", "بلدية رام الله", "ramallah.ps", "Ramallah and al-Bireh"),
    ("Al-Bireh Municipality", "بلدية البيرة", "al-bireh.ps", "Ramallah and al-Bireh"),
    ("Nablus Municipality", "بلدية نابلس", "nablus.org", "Nablus"),
    ("Jericho Municipality", "بلدية أريحا", "jericho-city.ps", "Jericho"),
    ("Hebron Municipality", "بلدية الخليل", "hebron-city.ps", "Hebron"),
    ("Jenin Municipality", "بلدية جنين", "jenin-city.ps", "Jenin"),
    ("Tulkarm Municipality", "بلدية طولكرم", "tulkarm.ps", "Tulkarm"),
    ("Qalqilya Municipality", "بلدية قلقيلية", "qalqilia.ps", "Qalqilya"),
)
# (English, Arabic feminine, Arabic masculine)
PALESTINIAN_POSITIONS = (
    ("Mayor", "رئيسة البلدية", "رئيس البلدية"),
    ("Deputy mayor", "نائبة رئيس البلدية", "نائب رئيس البلدية"),
    ("Council member", "عضوة المجلس البلدي", "عضو المجلس البلدي"),
    ("Director of public relations", "مديرة العلاقات العامة", "مدير العلاقات العامة"),
    ("Engineer", "مهندسة", "مهندس"),
    ("Project manager", "مديرة المشاريع", "مدير المشاريع"),
    ("Head of the water department", "رئيسة قسم المياه", "رئيس قسم المياه"),
    ("Youth coordinator", "منسقة شؤون الشباب", "منسق شؤون الشباب"),
)

DESK_NOTES = (
    "Wheelchair user: seat in row 1",
    "Pays the fee at the desk",
    "Rollstuhlfahrerin: Platz in Reihe 1",
    "Zahlt die Teilnahmegebühr am Empfang",
    "Vegetarian meals",
    "Needs an interpreter headset (Arabic)",
    "Speaker: please call the panel host on arrival",
    "Invoice to the municipality, not to the person",
)

# Press, interpreters and staff do not come for a municipality.
# (organisation, e-mail domain, feminine, masculine)
GERMAN_ROLES = {
    "press": (("Main-Post", "mainpost.de", "Redakteurin", "Redakteur"),
              ("Deutsche Welle", "dw.com", "Korrespondentin", "Korrespondent")),
    "interpreter": (("Sprachmittlung Nahost GbR", "sprachmittlung-nahost.de",
                     "Konferenzdolmetscherin", "Konferenzdolmetscher"),),
    "staff": (("Engagement Global – SKEW", "engagement-global.de",
               "Mitarbeiterin Konferenzbüro", "Mitarbeiter Konferenzbüro"),),
}
# (organisation, in Arabic, e-mail domain, position, Arabic feminine, Arabic masculine)
PALESTINIAN_ROLES = {
    "press": (("WAFA News Agency", "وكالة وفا", "wafa.ps", "Journalist", "صحفية", "صحفي"),
              ("Al-Quds Newspaper", "صحيفة القدس", "alquds.com", "Reporter", "مراسلة", "مراسل")),
    "interpreter": (("Freelance", "مستقل", "gmail.com", "Interpreter",
                     "مترجمة فورية", "مترجم فوري"),),
    "staff": (("Bethlehem Convention Palace", "قصر بيت لحم للمؤتمرات", "bethlehempalace.ps",
               "Conference staff", "موظفة المؤتمر", "موظف المؤتمر"),),
}
