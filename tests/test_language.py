"""The language read off the text when the page declares none (scripts first), or declares one the
text plainly is not in."""

from __future__ import annotations

import newsparse


def _language(paragraph: str) -> str | None:
    html = f"<html><head><title>T</title></head><body><article><p>{paragraph * 4}</p></article></body></html>"
    return newsparse.extract(html).language


def test_scripts_of_one_language_name_it() -> None:
    assert _language("Τον έπιασαν την ώρα που προσπαθούσε να κλέψει αυτοκίνητα στο κέντρο της πόλης. ") == "el"
    assert _language("הממשלה אישרה הלילה את התקציב החדש לאחר דיון ארוך בכנסת. ") == "he"
    assert _language("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือประชาชนที่ได้รับผลกระทบจากน้ำท่วม ") == "th"


def test_the_arabic_alphabet_tells_arabic_persian_and_urdu_apart() -> None:
    assert _language("بلغت حصيلة الوفيات الناجمة عن فيروس كورونا في الولايات المتحدة خمسين ألفا. ") == "ar"
    assert _language("دولت ایران امروز بودجه جدید را برای سال آینده به مجلس تحویل داد و گفتگو کرد. ") == "fa"
    assert _language("حکومت نے آج نئے بجٹ کا اعلان کیا جس میں تعلیم کے لیے بڑی رقم رکھی گئی ہے۔ ") == "ur"


def test_small_words_and_alphabets_name_more_languages_and_close_kin_that_tie_name_none() -> None:
    texts = {
        "sv": "Fullmäktige beslöt på tisdagen att förlänga öppettiderna, och det är bra för eleverna som väntat. ",
        "fi": "Valtuusto päätti tiistaina, että aukioloaikoja pidennetään, ja se on hyvä uutinen myös opiskelijoille. ",
        "hu": "A közgyűlés kedden döntött arról, hogy a könyvtár tovább lesz nyitva, és ez jó hír a diákoknak. ",
        "ro": "Consiliul a votat marţi prelungirea programului, care este o veste bună pentru studenţi şi părinţi. ",
        "tr": "Meclis salı günü kütüphanenin saatlerini uzatma kararı aldı ve bu öğrenciler için çok olumlu oldu. ",
        "id": "Dewan kota memutuskan untuk memperpanjang jam buka perpustakaan dan ini kabar baik untuk pelajar. ",
        "cs": "Knihovna bude otevřena až do deseti večer, což je dobrá zpráva pro studenty, kteří se připravují "
        "na zkoušky, a také pro rodiče. ",
        "sk": "Knižnica bude otvorená až do desiatej večer, čo je dobrá správa pre študentov, ktorí sa pripravujú "
        "na skúšky, a aj pre rodičov. ",
        "hr": "Gradsko vijeće je odlučilo da će knjižnica raditi dulje, što su "
        "građani dočekali s odobravanjem i radošću. ",
        "sl": "Mestni svet je sklenil, da bo knjižnica odprta dlje, kar so "
        "prebivalci sprejeli z odobravanjem in veseljem. ",
        "lt": "Miesto taryba nusprendė, kad biblioteka dirbs ilgiau, ir gyventojai "
        "tai sutiko su džiaugsmu, nes tai gera. ",
        "lv": "Pilsētas dome nolēma, ka bibliotēka būs atvērta ilgāk, un iedzīvotāji "
        "to uztvēra ar prieku, jo tas ir labi. ",
        "sw": "Baraza la jiji liliamua kuongeza saa za kazi za maktaba, na hii ni "
        "habari njema kwa wanafunzi wa shule. ",
        "tl": "Nagpasya ang konseho ng lungsod na palawigin ang oras ng aklatan, at "
        "ito ay magandang balita sa mga mag-aaral. ",
        "kk": "Қалалық кеңес кітапхананың жұмыс уақытын ұзартуға шешім қабылдады және тұрғындар бұл шешімге риза. ",
        "be": "Гарадскі савет вырашыў падоўжыць час працы бібліятэкі, і жыхары задаволеныя гэтым рашэннем. ",
        "mk": "Градскиот совет одлучи да го продолжи работното време на библиотеката, а граѓаните се задоволни. ",
        "uk": "Міська рада вирішила продовжити години роботи бібліотеки, і мешканці задоволені цим рішенням. ",
        "sr": "Градско веће је одлучило да продужи радно време библиотеке, а грађани су задовољни овом одлуком. ",
    }
    for language, text in texts.items():
        assert _language(text) == language, language
    # Danish reads close to Norwegian and Swedish, Catalan shares Spanish's small words: no
    # guess rather than a wrong one
    danish = "Byrådet besluttede tirsdag at forlænge åbningstiderne, og det er en god nyhed for de studerende. "
    catalan = "El consell va decidir ampliar l'horari de la biblioteca, i els veïns estan satisfets amb la decisió. "
    assert _language(danish) is None and _language(catalan) is None


def test_the_scripts_of_india_and_vietnamese_words_name_their_languages() -> None:
    assert _language("वाराणसी। जनपद के 32 क्रय केंद्रों पर बुधवार को गेहूं की खरीद शुरू हुई और किसानों ने गेहूं बेचा। ") == "hi"
    assert _language("কলকাতা: আজ সকাল থেকে শহরে ভারী বৃষ্টি শুরু হয়েছে এবং সতর্কতা জারি করা হয়েছে। ") == "bn"
    assert _language("சென்னை: இன்று காலை முதல் நகரில் கனமழை பெய்து வருகிறது, எச்சரிக்கை விடுத்துள்ளது. ") == "ta"
    # Marathi shares Hindi's script, not its small words: no guess
    assert _language("मुंबई: राज्यातील अनेक जिल्ह्यांमध्ये मुसळधार पाऊस सुरू आहे आणि इशारा दिला आहे. ") is None
    vietnamese = "Chính phủ hôm nay công bố các biện pháp mới và những quy định của bộ này được áp dụng cho người dân. "
    assert _language(vietnamese) == "vi"


def _declared(lang: str, paragraph: str) -> str | None:
    html = (
        f"<html lang={lang}><head><title>T</title></head><body><article><p>{paragraph * 4}</p></article></body></html>"
    )
    return newsparse.extract(html).language


def test_the_texts_language_overrides_a_declaration_it_plainly_contradicts() -> None:
    bengali = "কলকাতা: আজ সকাল থেকে শহরে ভারী বৃষ্টি শুরু হয়েছে এবং সতর্কতা জারি করা হয়েছে। "
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek zu verlängern, und das ist gut. "
    )
    english = (
        "The council voted on Tuesday to extend the opening hours of the library, and that is good news for students. "
    )
    assert _declared("en", bengali) == "bn"  # a template's "en" over a Bengali story
    assert _declared("en", german) == "de"
    assert _declared("de", english) == "en"
    assert _declared("de", german) == "de"
    # a few words of another language in the story do not outvote the declaration
    assert _declared("en", english + "Das ist gut. ") == "en"
    # languages sharing another script are not told apart against a declaration
    bulgarian = "Общинският съвет реши във вторник да удължи работното време на библиотеката за учениците. "
    assert _declared("ru", bulgarian) == "ru"
