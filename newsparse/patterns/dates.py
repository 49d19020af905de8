"""Date vocabularies: month names, the meta fields that carry dates, and text date formats."""

import re
import unicodedata

from newsparse.patterns.build import phrases

_MONTHS_BY_NUMBER = {
    1: "january jan januar janvier janv enero ene gennaio gen janeiro januari stycznia styczeń",
    2: "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari lutego luty",
    3: "march mar märz maerz mars marzo março marco maart mrt marca marzec",
    4: "april apr avril avr abril aprile aprila kwietnia kwiecień",
    5: "may mai mayo maggio maio mei maja maj",
    6: "june jun juni juin junio giugno giu junho czerwca czerwiec",
    7: "july jul juli juillet juil julio luglio lug julho lipca lipiec",
    8: "august aug août aout agosto ago augustus sierpnia sierpień",
    9: "september sep sept septembre septiembre setiembre settembre set setembro",
    10: "october oct oktober octobre octubre ottobre ott outubro out okt",
    11: "november nov novembre noviembre novembro listopada listopad",
    12: "december dec dezember décembre decembre déc diciembre dic dicembre dezembro dez grudnia grudzień",
}
# The same in other languages, each as written alone and inside a date (the genitive of
# Slavic, Finnish and Greek: "15 августа 2016", "15. elokuuta 2016").
_MORE_MONTHS_BY_NUMBER = {
    1: "январь января янв січень січня leden ledna tammikuu tammikuuta ocak ianuarie januára ιανουαρίου",
    2: "февраль февраля лютий лютого únor února helmikuu helmikuuta şubat februarie februára φεβρουαρίου",
    3: "март марта березень березня březen března maaliskuu maaliskuuta marts martie marec marca maret μαρτίου",
    4: "апрель апреля квітень квітня duben dubna huhtikuu huhtikuuta nisan aprilie apríla απριλίου",
    5: "мая травень травня květen května toukokuu toukokuuta mayıs máj mája μαΐου",
    6: "июнь июня червень червня červen června kesäkuu kesäkuuta haziran iunie jún júna ιουνίου",
    7: "июль июля липень липня červenec července heinäkuu heinäkuuta temmuz iulie júl júla ιουλίου",
    8: "август августа серпень серпня srpen srpna elokuu elokuuta ağustos augusti augusta agustus αυγούστου",
    9: "сентябрь сентября вересень вересня září syyskuu syyskuuta eylül septembrie septembra σεπτεμβρίου "
    "wrzesień września",
    10: "октябрь октября жовтень жовтня říjen října lokakuu lokakuuta ekim octombrie októbra οκτωβρίου "
    "październik października",
    11: "ноябрь ноября листопад листопада listopadu marraskuu marraskuuta kasım noiembrie novembra νοεμβρίου",
    12: "декабрь декабря грудень грудня prosinec prosince joulukuu joulukuuta aralık decembrie decembra desember "
    "δεκεμβρίου",
}
# Hungarian, Croatian and Hebrew (which joins "in" to the month: "24 באפריל 2020"), then
# Turkish, Slovene, Estonian, Catalan and Bulgarian names the tables above lack.
_EVEN_MORE_MONTHS_BY_NUMBER = {
    1: "január siječnja siječanj ינואר בינואר jaanuar gener януари",
    2: "február veljače veljača פברואר בפברואר veebruar febrer февруари",
    3: "március ožujka ožujak מרץ במרץ mart märts març",
    4: "április travnja travanj אפריל באפריל aprill април",
    5: "május svibnja svibanj מאי במאי maig",
    6: "június lipnja lipanj יוני ביוני junij juuni juny юни",
    7: "július srpnja srpanj יולי ביולי julij juuli juliol юли",
    8: "augusztus kolovoza kolovoz אוגוסט באוגוסט avgust agost",
    9: "szeptember rujna rujan ספטמבר בספטמבר setembre септември",
    10: "október אוקטובר באוקטובר oktoober октомври",  # Croatian "listopad" is Polish and Czech November
    11: "studenoga studenog studeni נובמבר בנובמבר ноември",
    12: "prosinca prosinac דצמבר בדצמבר detsember desembre декември",
}
# Lithuanian (the genitive a date uses), Latvian (the locative: "6. decembrī"), Albanian,
# Malay and the Persian names of the Gregorian months ("6 دسامبر 2023").
_BALTIC_AND_MORE_MONTHS_BY_NUMBER = {
    1: "sausio janvārī janvāris janar januari ژانویه",
    2: "vasario februārī februāris shkurt februari فوریه",
    3: "kovo martā marts mac",
    4: "balandžio aprīlī aprīlis prill آوریل",
    5: "gegužės maijā maijs mei",
    6: "birželio jūnijā jūnijs qershor ژوئن",
    7: "liepos jūlijā jūlijs korrik julai ژوئیه",
    8: "rugpjūčio augustā augusts gusht ogos اوت",
    9: "rugsėjo septembrī septembris shtator سپتامبر",
    10: "spalio oktobrī oktobris tetor اکتبر",
    11: "lapkričio novembrī novembris nëntor نوامبر",
    12: "gruodžio decembrī decembris dhjetor disember دسامبر",
}
# Serbian (Latin and Cyrillic), Galician, Azerbaijani and Uzbek, Swahili, Filipino, Georgian and
# Armenian (the genitive a date uses: "6 դեկտեմբերի 2023"); then the abbreviations Russian,
# Greek and Turkish pages print ("6 дек. 2023", "6 Δεκ 2023", "06 Ara 2023").
_MORE_SCRIPTS_MONTHS_BY_NUMBER = {
    1: "januar јануар јануара xaneiro yanvar januari enero იანვარი հունվարի янв. ιαν oca",
    2: "februar фебруар фебруара febreiro fevral februari pebrero თებერვალი փետրվարի фев φεβ şub",
    3: "mart март марта marzo machi marso მარტი մարտի мар μαρ",
    4: "april април априла aprel aprili abril აპრილი ապրիլի апр απρ nis",
    5: "maj мај маја maio may mei mayo მაისი մայիսի μαΐ",
    6: "jun јун јуна xuño iyun juni hunyo ივნისი հունիսի июн ιουν haz",
    7: "jul јул јула xullo iyul julai hulyo ივლისი հուլիսի июл ιουλ tem",
    8: "avgust август августа agosto avqust agosti აგვისტო օգոստոսի авг αυγ ağu",
    9: "septembar септембар септембра setembro sentyabr septemba setyembre სექტემბერი սեպտեմբերի сен сент σεπ eyl",
    10: "oktobar октобар октобра outubro oktyabr oktoba oktubre ოქტომბერი հոկտեմբերի окт οκτ eki",
    11: "novembar новембар новембра novembro noyabr novemba nobyembre ნოემბერი նոյեմբերի ноя нояб νοε kas",
    12: "decembar децембар децембра decembro dekabr desemba disyembre დეკემბერი դեկտեմբերի дек δεκ ara",
}
# Indonesian abbreviations and older spellings ("06 Des 2023", "17 Agu 2023", "Pebruari"),
# the Nordic "des." and "okt." among them
_INDONESIAN_MONTHS_BY_NUMBER = {
    **{2: "peb pebruari", 8: "agu agt ags", 11: "nop nopember", 12: "des"},
}
# Arabic: the names Egypt and the Gulf use, and the Syriac ones of the Levant and Iraq
# (one word each; pages often print both, "24 نيسان / أبريل 2020"); then Urdu's.
_ARABIC_MONTHS_BY_NUMBER = {
    1: "يناير جنوری",
    2: "فبراير شباط فروری",
    3: "مارس آذار اذار مارچ",
    4: "أبريل ابريل إبريل نيسان اپریل",
    5: "مايو أيار ايار مئی",
    6: "يونيو يونيه حزيران جون",
    7: "يوليو يوليه تموز جولائی",
    8: "أغسطس اغسطس آب اگست",
    9: "سبتمبر أيلول ايلول ستمبر",
    10: "أكتوبر اكتوبر اکتوبر",
    11: "نوفمبر نومبر",
    12: "ديسمبر دسمبر",
}
# The Levant's months of two words, and August's name of two letters: the one-word month
# pattern takes neither ("3 كانون الثاني 2021", "28 آب/اغسطس 2013").
_LEVANTINE_MONTHS = {
    **{"كانون الثاني": 1, "كانون الثانى": 1, "تشرين الأول": 10, "تشرين الاول": 10},
    **{"تشرين الثاني": 11, "تشرين الثانى": 11, "كانون الأول": 12, "كانون الاول": 12, "آب": 8},
}
# Thai: full names and their dotted abbreviations ("21 ม.ค. 2562"), before a year of the
# Buddhist era (2562 = 2019) or of the common one.
_THAI_MONTHS_BY_NUMBER = {
    **{1: "มกราคม ม.ค.", 2: "กุมภาพันธ์ ก.พ.", 3: "มีนาคม มี.ค.", 4: "เมษายน เม.ย.", 5: "พฤษภาคม พ.ค."},
    **{6: "มิถุนายน มิ.ย.", 7: "กรกฎาคม ก.ค.", 8: "สิงหาคม ส.ค.", 9: "กันยายน ก.ย.", 10: "ตุลาคม ต.ค."},
    **{11: "พฤศจิกายน พ.ย.", 12: "ธันวาคม ธ.ค."},
}
_THAI_MONTH = "|".join(re.escape(name) for names in _THAI_MONTHS_BY_NUMBER.values() for name in names.split())
# The Solar Hijri calendar's months, as Iran writes dates ("۲۲ فروردین ۱۴۰۲"); a site may type
# the Arabic yeh for the Persian one.
JALALI_MONTHS = {
    name: number
    for number, name in enumerate(
        ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"), 1
    )
}
_JALALI_MONTH = "|".join(name.replace("ی", "[یي]") for name in sorted(JALALI_MONTHS, key=len, reverse=True))
# Hindi and Marathi (Devanagari), Bengali: their vowel signs are no word characters to a
# regex, so a pattern of their own finds them (in the NFKC form find_date reads text in: "फ़"
# as "फ" and a nukta).  Bengali digits are digits to the patterns and to int() alike.
_INDIC_MONTHS_BY_NUMBER = {
    1: "जनवरी जानेवारी জানুয়ারি জানুয়ারী",
    2: "फरवरी फ़रवरी फेब्रुवारी ফেব্রুয়ারি ফেব্রুয়ারী",
    3: "मार्च মার্চ",
    4: "अप्रैल एप्रिल এপ্রিল",
    5: "मई मे মে",
    6: "जून জুন",
    7: "जुलाई जुलै জুলাই",
    8: "अगस्त ऑगस्ट আগস্ট",
    9: "सितंबर सितम्बर सप्टेंबर সেপ্টেম্বর",
    10: "अक्टूबर अक्तूबर ऑक्टोबर অক্টোবর",
    11: "नवंबर नवम्बर नोव्हेंबर নভেম্বর",
    12: "दिसंबर दिसम्बर डिसेंबर ডিসেম্বর",
}
# Gurmukhi (Punjabi), Gujarati, Tamil, Telugu, Kannada and Malayalam, which write their vowel
# signs the same way
_SOUTH_AND_WEST_INDIC_MONTHS_BY_NUMBER = {
    1: "ਜਨਵਰੀ જાન્યુઆરી ஜனவரி జనవరి ಜನವರಿ ജനുവരി",
    2: "ਫ਼ਰਵਰੀ ਫਰਵਰੀ ફેબ્રુઆરી பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി",
    3: "ਮਾਰਚ માર્ચ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച്",
    4: "ਅਪ੍ਰੈਲ ਅਪਰੈਲ એપ્રિલ ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ",
    5: "ਮਈ મે மே మే ಮೇ മേയ്",
    6: "ਜੂਨ જૂન ஜூன் జూన్ ಜೂನ್ ജൂൺ",
    7: "ਜੁਲਾਈ જુલાઈ ஜூலை జూలై ಜುಲೈ ജൂലൈ",
    8: "ਅਗਸਤ ઑગસ્ટ ઓગસ્ટ ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ്",
    9: "ਸਤੰਬਰ સપ્ટેમ્બર செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ",
    10: "ਅਕਤੂਬਰ ઑક્ટોબર ઓક્ટોબર அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ",
    11: "ਨਵੰਬਰ નવેમ્બર நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ",
    12: "ਦਸੰਬਰ ડિસેમ્બર டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ",
}
_INDIC_MONTH = "|".join(
    sorted(
        (
            unicodedata.normalize("NFKC", name)
            for table in (_INDIC_MONTHS_BY_NUMBER, _SOUTH_AND_WEST_INDIC_MONTHS_BY_NUMBER)
            for names in table.values()
            for name in names.split()
        ),
        key=len,
        reverse=True,
    )
)
MONTHS = {
    unicodedata.normalize("NFKC", name): number
    for table in (
        _MONTHS_BY_NUMBER,
        _MORE_MONTHS_BY_NUMBER,
        _EVEN_MORE_MONTHS_BY_NUMBER,
        _BALTIC_AND_MORE_MONTHS_BY_NUMBER,
        _MORE_SCRIPTS_MONTHS_BY_NUMBER,
        _INDONESIAN_MONTHS_BY_NUMBER,
        _ARABIC_MONTHS_BY_NUMBER,
        _INDIC_MONTHS_BY_NUMBER,
        _SOUTH_AND_WEST_INDIC_MONTHS_BY_NUMBER,
        _THAI_MONTHS_BY_NUMBER,
    )
    for number, names in table.items()
    for name in names.split()
    for name in (name.rstrip("."),)  # looked up without the abbreviation's last dot
} | {unicodedata.normalize("NFKC", name): number for name, number in _LEVANTINE_MONTHS.items()}


def _greek_unaccented(names: dict[str, int]) -> dict[str, int]:
    """The Greek names without their accents: Greek sets dates in capitals, which drop them
    ("ΤΡΙΤΗ, 12 ΜΑΡΤΙΟΥ 2024")."""
    return {
        "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)): number
        for name, number in names.items()
        if "\u0370" <= name[0] <= "\u03ff"
    }


MONTHS |= _greek_unaccented(MONTHS)

# A month as a Roman numeral: "12.III.2024"
ROMAN_MONTHS = {
    numeral: number
    for number, numeral in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)
}
_ROMAN_MONTH = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
_MONTH_NAME = r"(?P<mon>[^\W\d_]{3,12})\.?"
# Zone abbreviations pages print after a time, and their offsets.  The North American
# names without S or D ("ET", "PT") follow daylight saving time as the date falls; names
# that two regions share (CST: China's and the US's; IST, BST) are left alone.
ZONE_OFFSETS = {
    **{"EST": "-05:00", "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00"},
    **{"PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00"},
    **{"CET": "+01:00", "CEST": "+02:00", "MEZ": "+01:00", "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00"},
    **{"JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "WIB": "+07:00"},
    **{"AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00"},
}
DAYLIGHT_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}  # standard time's offset in hours
# North America's zones: a date written with numbers beside one is written month first.
MONTH_FIRST_ZONES = frozenset(("EST", "EDT", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", *DAYLIGHT_ZONES))
_ZONE = (
    r"Z|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|[+-]\d{2}:?\d{2}|"
    r"(?-i:(?:" + "|".join(sorted([*ZONE_OFFSETS, *DAYLIGHT_ZONES], key=len, reverse=True)) + r")\b)"
)

# Weekdays written out, which a date may name before or after itself ("Wednesday, December 6,
# 2023", "6 Aralık 2023 Çarşamba 17:35", "6 декабря 2023 (среда) 17:35").
# Each language's, Monday first, as Python's date.weekday() counts.
WEEKDAYS = {
    name: number
    for week in (
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
        ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
        ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
        ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
        ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
        ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
        ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    )
    for number, name in enumerate(week)
} | {"sonnabend": 5}
WEEKDAYS |= _greek_unaccented(WEEKDAYS)
WEEKDAY_NAMES = frozenset(WEEKDAYS)
# A weekday between a date and its time, alone or in brackets, after a comma or not.
WEEKDAY_ALTERNATION = "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True))  # longest first
WEEKDAY_WORD = re.compile(rf"(?<![^\W\d_])(?:{WEEKDAY_ALTERNATION})(?![^\W\d_])", re.IGNORECASE)
_WEEKDAY_BEFORE_TIME = (
    r"(?:\s*,?\s*(?:\((?:" + WEEKDAY_ALTERNATION + r")\)|(?<![^\W\d_])(?:" + WEEKDAY_ALTERNATION + r")(?![^\W\d_])))?"
)

# Where a format's time may follow: a regular expression's comment, which matches nothing.
_TIMED = "(?#then a time)"

# Morning or afternoon after a time: "pm", "p.m.", Spanish "p. m." (the Academy's spelling),
# Arabic's words and letters, Malay's "pagi" (morning), "petang" and "malam" (evening, night).
_AMPM_LATIN = r"[ap](?:\.\s?)?m\.?"
_AMPM = _AMPM_LATIN + r"(?!\w)|مساءً|مساء|صباحًا|صباحا|ص|م(?!\w)|pagi(?!\w)|petang(?!\w)|malam(?!\w)"

# The time after a date, and the word or mark between them ("à 14h30", "às 14h30", "om 14:30", "@ 2:30 pm",
# "saat 14:30", "lúc 14:30", "в 14:30", "u 14:30", "الساعة 14:30", "pukul 14.30"… the Nordic "kl. 14.30" and "klo 14.30"
# write a dot, and so do British English, German and Dutch before a zone, am/pm, "Uhr" or "uur":
# "Sun 3 May 2020 10.00 BST", "6.12.2023, 10.30 Uhr", "di 12 mrt 2024, 14.30 uur").
_TIME = (
    # the year's abbreviation or word after it, in Russian, Bulgarian, Ukrainian and Polish:
    # "6 декември 2023 г., 17:35", "12 березня 2024 р.", "12 марта 2024 года", "12 marca 2024 roku"
    r"(?:(?:\s*(?:г|r|р)\.|\s+(?:года|року|roku))?"
    + _WEEKDAY_BEFORE_TIME
    + r"\.?(?:\s*,?\s*(?:(?P<dotted>kl\.?|klo|kello|pukul)|T|at|um|à|"
    r"às|ás|alle|ore|ora|godz\.?|om|a las|saat|lúc|в|о|o|v|u|у|στις|الساعة|ساعت|เวลา|[,|–—•·@-])?\s*|\s+)"
    # morning or afternoon before the time, as Korean, Chinese and Japanese write it ("오후 5:35")
    r"(?:(?P<meridiem>오전|오후|上午|下午|午前|午後)\s*)?"
    # French may space the "h" ("à 17 h 35")
    r"(?P<h>\d{1,2})(?(dotted)[:.]|(?::|\s?h\s?|\.(?=\d{2}\s*(?:[ap]\.?m\b|uhr\b|uur\b|(?-i:BST|IST)\b|"
    + _ZONE
    + r"))))"
    r"(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>" + _AMPM + r")?"
    # the zone may stand in brackets: "17:35 (GMT+7)"
    r"\s*(?:u[hu]r\s*)?(?:(?P<tz>" + _ZONE + r")|\((?P<tz_bracketed>" + _ZONE + r")\))?)?"
)

# The weekday a Chinese, Japanese or Korean date may show before its time: "星期三", "周三",
# "（星期三）", "(水)", "(수)" ("2023年12月6日（星期三） 17:35", "2023/12/06(水) 17:35").
_CJK_WEEKDAY = (
    r"(?:\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|"
    r"\s*[（(](?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日월화수목금토일])[)）])?"
)

# The year before each Japanese era's first (元年, its first year, is year 1).
JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}

# Formats found in text and attributes, most specific first.  Each names its groups
# y, m (number) or mon (name), d, and an optional time; a format of one script or calendar
# comes with the characters that show it may be there.
_TEXT_DATE_PATTERNS = [
    # 2023年12月06日 17:35 / 2023年12月6日17时35分 / 2023년 12월 6일
    (
        r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日号號일]"
        + _CJK_WEEKDAY
        + r"(?:\s*(?:(?P<meridiem>오전|오후|上午|下午|午前|午後)\s*)?(?P<h>\d{1,2})\s*[:：时時点點시]\s*(?P<mi>\d{1,2})"
        r"(?:\s*[:：分분]\s*(?P<s>\d{1,2}))?)?",
        "[年년]",
    ),
    # 民國112年3月12日 / 112年3月12日 14:30: Taiwan's official calendar counts from 1912 (year 1)
    (
        r"(?<!\d)(?:(?:中華)?民國\s*)?(?P<roc>1[0-4]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        r"(?:\s*(?P<h>\d{1,2})\s*[:：时時点點]\s*(?P<mi>\d{1,2}))?",
        "年",
    ),
    # 令和5年12月6日 / 平成31年4月1日 / 令和元年: Japan's official calendar counts by era
    (
        rf"(?P<era>{'|'.join(JAPANESE_ERAS)})"
        r"\s*(?P<ey>元|\d{1,2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        + _CJK_WEEKDAY
        + r"(?:\s*(?P<h>\d{1,2})\s*[:：時]\s*(?P<mi>\d{1,2}))?",
        "年",
    ),
    # 2023-12-06T17:35:00+08:00, 2023/12/06 17:35, 2023.12.06
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)" + _CJK_WEEKDAY + _TIMED),
    # December 6, 2023 / Dec. 6th 2023, 5:30 pm
    (r"(?<![^\W\d_])" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)" + _TIMED),
    # 3:45 PM EST, Tue December 5, 2023 (the time first, as CNN writes it)
    (
        r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm>" + _AMPM_LATIN + r")?\s*(?:(?P<tz>" + _ZONE + r")\s*)?,?\s*"
        r"(?:[^\W\d_]{3,9}\b\.?,?\s+)?(?<![^\W\d_])"
        + _MONTH_NAME
        + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
    ),
    # 17:35 GMT, 6 December 2023 (the time first, the day before the month)
    (
        r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ampm>" + _AMPM_LATIN + r")?\s*(?:(?P<tz>" + _ZONE + r")\s*)?,\s*"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+" + _MONTH_NAME + r",?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
    ),
    # 6 December 2023 / 6. Dezember 2023 / 6 de diciembre del 2023 / 6 d'abril de 2023 /
    # 24 نيسان / أبريل 2020
    (
        r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|d['’])?"
        + _MONTH_NAME
        + r"(?:\s*/\s*[^\W\d_]{3,12})?,?\s+(?:del?\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
        + _TIMED
    ),
    # 3 كانون الثاني 2021 / 28 آب/اغسطس 2013
    (
        r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>"
        + "|".join(unicodedata.normalize("NFKC", name) for name in _LEVANTINE_MONTHS)
        + r")(?:\s*/\s*[^\W\d_]{3,12})?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)"
        + _TIMED,
        "[\u0600-\u06ff]",
    ),
    # 21 ม.ค. 2562 13:49 / 12 มีนาคม พ.ศ. 2566 (the Buddhist era's year) / 12 มีนาคม 2023
    (
        r"(?<!\d)(?P<d>\d{1,2})\s*(?P<mon>" + _THAI_MONTH + r")\s*(?:พ\.ศ\.\s*)?"
        r"(?:(?P<be>25\d{2})|(?P<y>(?:19|20)\d{2}))(?!\d)" + _TIMED,
        "[\u0e00-\u0e7f]",
    ),
    # ۲۲ فروردین ۱۴۰۲ / 1402/01/22 (the Solar Hijri calendar: years 1350 to 1429, 1971 to 2051)
    (
        r"(?<!\d)(?P<jd>\d{1,2})\s+(?P<jmon>" + _JALALI_MONTH + r")\s+(?P<jy>1(?:3[5-9]|4[0-2])\d)(?!\d)" + _TIMED,
        "[\u0600-\u06ff]",
    ),
    (r"(?<![\d/])(?P<jy>1(?:3[5-9]|4[0-2])\d)/(?P<jm>\d{1,2})/(?P<jd>\d{1,2})(?![\d/])" + _TIMED, r"1[34]\d\d/"),
    # 12 मार्च 2023 / ১২ ডিসেম্বর ২০২৩ / 6 டிசம்பர் 2023
    (
        r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>"
        + _INDIC_MONTH
        + r"),?\s+(?P<y>(?:19|20)\d{2}|(?:১৯|২০)[০-৯]{2})(?!\d)"
        + _TIMED,
        "[\u0900-\u0d7f]",
    ),
    # 12 tháng 10 năm 2021 / 12 tháng 10, 2021 (Vietnamese: day, "month" 10, "year" 2021)
    (r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm|,)?\s+(?P<y>(?:19|20)\d{2})(?!\d)" + _TIMED, "tháng"),
    # 2023. 12. 6. (Korean and Hungarian numeric dates: year, month, day, each closed by a dot)
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s+(?P<m>\d{1,2})\.\s+(?P<d>\d{1,2})(?!\d)" + _TIMED, r"\d\.\s+\d"),
    # 2020. április 24. (Hungarian writes the year first), 2023. gada 6. decembrī (Latvian, "year")
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s+" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})\.(?!\d)" + _TIMED),
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s*gada\s+(?P<d>\d{1,2})\.\s*" + _MONTH_NAME + _TIMED, "gada"),
    # 2023 m. gruodžio 6 d. (Lithuanian: "year", the month, the "day")
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*m\.\s+" + _MONTH_NAME + r"\s+(?P<d>\d{1,2})\s*d\." + _TIMED, r"\d\s*m\."),
    # 06-Dec-2023 / 2023-Dec-06 (a month's name between hyphens, as some CMSs write it), and
    # 12.mar.2024 (between dots, as Brazilian papers do)
    (
        r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[-.])" + _MONTH_NAME + r"(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)" + _TIMED,
        r"\d[-.][^\W\d_]{3}",
    ),
    (r"(?<!\d)(?P<y>(?:19|20)\d{2})-" + _MONTH_NAME + r"-(?P<d>\d{1,2})(?!\d)" + _TIMED, r"\d-[^\W\d_]{3}"),
    # 12.III.2024 / 12 III 2024 / 2024. III. 12. (a Roman numeral for the month, as Polish,
    # Romanian, Hungarian and Italian pages may write it; in capitals only: "i" is a word)
    (
        r"(?<!\d)(?P<d>\d{1,2})\.?[\s./-]\s?(?-i:(?P<rom>" + _ROMAN_MONTH + r"))\.?[\s./-]\s?"
        r"(?P<y>(?:19|20)\d{2})(?!\d)" + _TIMED,
        r"\d[\s./-]\s?(?-i:[IVX])",
    ),
    (
        r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s*(?-i:(?P<rom>" + _ROMAN_MONTH + r"))\.\s*(?P<d>\d{1,2})\.(?!\d)" + _TIMED,
        r"\d[\s./-]\s?(?-i:[IVX])",
    ),
    # 12/3/2567: Thai pages write numeric dates in the Buddhist era's years too (2567 = 2024)
    (r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<be>25[4-9]\d)(?!\d)" + _TIMED, r"/25[4-9]\d"),
    # 06.12.2023 / 06/12/2023 / 06-12-2023 (day first, as most of the world writes it)
    (r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[./-])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<y>(?:19|20)\d{2})(?!\d)" + _TIMED),
    # 14:30 05.12.2023 / 17:35, 06/12/2023 (the time first, as Russian papers write it)
    (
        r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})\s*[,|–—-]?\s*"
        r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)",
        r":\d\d\W{1,4}\d{1,2}[./]",  # opening on a literal: the engine finds it by a fast scan
    ),
]
# Each format with the characters a text must hold for it to be tried at all (its script, a
# CJK year mark): most texts are spared the formats of other scripts and calendars; and
# whether a time may follow it, sought by TIME_AFTER where the date ends.  The time is one
# pattern of its own: written into each format, its alternatives were compiled a score of
# times over, a third of the command line's start-up.
TEXT_DATES = [
    (re.compile(source, re.IGNORECASE), re.compile(shown, re.IGNORECASE) if shown else None, source.endswith(_TIMED))
    for source, shown in ((entry, None) if isinstance(entry, str) else entry for entry in _TEXT_DATE_PATTERNS)
]
TIME_AFTER = re.compile(_TIME, re.IGNORECASE)

# Dates in URLs: /2023/12/06/, /20231206/, /2023-12-06/
URL_DATE = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})[/_-]?(?P<m>[01]\d)[/_-]?(?P<d>[0-3]\d)"
    r"|(?P<d2>[0-3]\d)[._-](?P<m2>[01]\d)[._-](?P<y2>(?:19|20)\d{2}))(?!\d)"
    # a path of year, month and day, each its own segment, unpadded ("/2023/12/6/")
    r"|/(?P<y3>(?:19|20)\d{2})/(?P<m3>1[0-2]|0?[1-9])/(?P<d3>[12]\d|3[01]|0?[1-9])/"
)

# <meta> names/properties that carry the publication date, best first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish_date",
    "publish-date",
    "pubdate",
    "date.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "dc.date.created",
    "dc:created",
    "dc.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "cxenseparse:recs:publishtime",
    "date",
    "original-publish-date",
    "og:published_time",
    "created",
    "firstpublishedtime",
    "publication_date",
    "publication-date",
    "published_date",
    "published-date",
    "date_published",
    "release_date",
    "og:pubdate",
    "pub_date",
    "publish-time",
    "publish_time",
    "article_date_original",
    "date.created",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "rnews:datepublished",
    # The New York Times' compact dates ("20190315", "20190315093000"), and other CMSs' names
    *("pdate", "ptime", "originalpublicationdate", "displaydate", "live_date", "bt:pubdate"),
    # Chinese portals' own names (Tencent, Sina, many CMSs)
    "apub:time",
    "weibo: article:create_at",
    "pubtime",
    "publishtime",
    "createdate",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "modified_time",
    "lastpublishedtime",
    "weibo: article:update_at",
    "dateupdate",
    "lastmodified",
    "dc.modified",
)

# Words that label a date as the last change, not the publication, in a dateline.
# The words that start at a word's start share one "\b", tested once a place rather than once
# an alternative: a third of the cost of a search.
UPDATED_LABEL = re.compile(
    # the word for "last" before it is the label's own ("Zuletzt geändert", "Última actualización"),
    # no name before a date
    r"\b(?:(?:last\s+)?(?:updated|modified|edited)\b|last[\s-]*update\b|aktualisiert|geändert|änderungsdatum|"
    r"mis à jour|modifié|modificado|modificato|actualizado|actualización|aggiornato|atualizado|"
    r"zaktualizowano|aktualizacja|"
    r"bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|güncelle(?:me|ndi|nme)|aktualizováno|"
    r"zuletzt\s+(?:aktualisiert|geändert)|última\s+actualización|ostatnia\s+aktualizacja|laatst\s+bijgewerkt|"
    r"senast\s+uppdaterad|sist\s+oppdatert|senest\s+opdateret|viimeksi\s+päivitetty|"
    r"aktualizované|frissítve|actualizat|ažurirano|posodobljeno|atnaujinta|uuendatud|diperbarui|"
    r"cập nhật|обновлено|оновлено|актуализирано|ενημερώθηκε|ενημέρωση)|آخر تحديث|تم التحديث|עודכן|"
    r"最后更新|最後更新|最終更新|更新(?:时间|時間|日期|日時|日|于|於)|更新\s*[:：]|修改(?:时间|時間|日期)|"
    # Korean pages set "수정" (changed) after "입력" (entered) with its date: "입력 … 수정 2020.05.05",
    # or "업데이트" (updated) before it
    r"(?:수정|업데이트)\s*[:：]?\s*(?=\d)",
    re.IGNORECASE,
)

# Words that label the publication date in running page text, matched against the text
# lower-cased (a case-blind search of a whole page is eight times slower), found in a
# whole page by their openings (see ``phrases``).
PUBLISHED_LABEL = phrases(
    (
        *("发表于", "發表於", "发布于", "發佈於", "發布於", "发布时间", "發佈時間", "發布時間"),
        *("发布日期", "發佈日期", "發布日期", "发表时间", "發表時間", "发表日期", "出版时间"),
        *("posted on", "published on", "published", "first published", "veröffentlicht am", "veröffentlicht"),
        *("publiziert am", "publiziert"),
        *("erstellt am", "publié le", "mis en ligne le", "mise en ligne", "publicado el", "publicado"),
        *("pubblicato il", "pubblicato", "gepubliceerd op", "opublikowano", "last edited", "last updated"),
        *("updated", "this entry was posted on", "veröffentlichung", "veröffentlichungsdatum"),
        *("erscheinungsdatum", "erschienen am", "erschienen", r"beitrag wurde (?:vor\s+)?am"),
        *("date de publication", "fecha de publicación", "data di pubblicazione", "data publikacji"),
        *("publicatiedatum", "publication date", "date published", r"\bdatum:", r"\bdate:"),
        *("опубликовано", "публикация", "опубліковано", "publikováno", "publikované", "julkaistu"),
        *("publicerad", "publiceret", "yayınlanma tarihi", "yayın tarihi", "data publicării", "δημοσίευση"),
        *(r"本贴由\s*\S{1,20}?\s*于", r"本帖由\s*\S{1,20}?\s*于", r"本文由\s*\S{1,20}?\s*于"),
        # Korean: "entered" (the story's publication), "registered", "published"
        *("기사입력", "입력", "등록", "발행"),
        # Japanese: the dates "made public", "carried", "distributed", "posted"; "公開" alone
        # only before a colon, "掲載" (a column's "carried") never alone
        *("公開日時", "公開日", r"公開\s*[:：]", "掲載日時", "掲載日", "配信日時", "配信日", "投稿日時", "投稿日"),
    ),
    tail=r"\s*[:：]?\s*",
)

# A publication date a script's data holds ({"publishedDate":"2016-11-04T20:37:27Z"}): the
# state that pages rendered in the browser embed, read when the markup shows no date.
SCRIPT_PUBLISHED = re.compile(
    r"""["'](?:date_?published|published_?(?:date|at|time|on)|publish_?(?:date|time)|first_?published(?:_?(?:date|at))?)"""
    r"""["']\s*:\s*["']([^"'<>]{8,40})["']""",
    re.IGNORECASE,
)

# The record's creation time a script's data holds ({"createdAt":"2019-01-28T14:39:24Z"},
# Rails' "created_at"): what a CMS rendering in the browser keeps in place of a publication
# date, read when nothing else dates the page.
SCRIPT_CREATED = re.compile(r"""["']created_?at["']\s*:\s*["']([^"'<>]{8,40})["']""", re.IGNORECASE)

# A creation time in seconds since 1970 that a page's script assigns ('var ct = "1581517074"'),
# as WeChat's articles give their time, the page showing only "昨天" (yesterday).
SCRIPT_EPOCH = re.compile(r"""var\s+(?:ct|create_time|publish_time)\s*=\s*["'](\d{10})["']""")

# A date told relative to when the page was shown ("昨天", "3 hours ago", "vor 2 Stunden",
# "Yesterday, 14:30"), or a Japanese one without its year (Yahoo! Japan's "12/6(水) 17:35配信",
# the weekday vouching for a date), or a Chinese one so, with its time: a dateline, though no
# date can be read off it.
RELATIVE_DATE_LINE = re.compile(
    # after a label, or alone: "Last updated 5 mins ago", "Aktualisiert vor 3 Stunden"
    r"^\s*(?:(?:(?:last\s+)?(?:updated|published|posted|modified)|aktualisiert|veröffentlicht|mis à jour|publié|"
    r"actualizado|publicado|aggiornato|pubblicato)\s*:?\s*)?"
    r"(?:昨天|前天|今天|刚刚|剛剛|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週)前|"
    r"yesterday|today|just now|\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
    r"gestern|heute|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|"
    r"hier|aujourd'hui|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)|"
    r"ayer|hoy|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?)|"
    r"\d+\s+(?:secondi|minuti|ore|giorni)\s+fa|há\s+\d+\s+(?:segundos?|minutos?|horas?|dias?)|"
    r"\d+\s+(?:seconden|minuten|uur|dagen)\s+geleden|\d+\s+(?:секунд\w*|минут\w*|час\w*|дн\w*)\s+назад|"
    r"(?:\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日)\s*[（(][月火水木金土日][)）]|"
    # a Chinese platform's month and day before the time ("12月06日 17:35", "12-06 17:35")
    r"(?:\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})(?=\s*\d{1,2}:\d{2}))"
    r"\s*(?:[,|·•]?\s*\d{1,2}[:h]\d{2})?\s*(?:配信|更新|掲載)?\s*$",
    re.IGNORECASE,
)
