"""The language read off the text when the page declares none: scripts first."""

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


def test_function_words_name_more_latin_script_languages_and_close_ones_that_tie_name_none() -> None:
    texts = {
        "sv": "Fullmäktige beslöt på tisdagen att förlänga öppettiderna, och det är bra för eleverna som väntat. ",
        "fi": "Valtuusto päätti tiistaina, että aukioloaikoja pidennetään, ja se on hyvä uutinen myös opiskelijoille. ",
        "hu": "A közgyűlés kedden döntött arról, hogy a könyvtár tovább lesz nyitva, és ez jó hír a diákoknak. ",
        "ro": "Consiliul a votat marţi prelungirea programului, care este o veste bună pentru studenţi şi părinţi. ",
        "tr": "Meclis salı günü kütüphanenin saatlerini uzatma kararı aldı ve bu öğrenciler için çok olumlu oldu. ",
        "id": "Dewan kota memutuskan untuk memperpanjang jam buka perpustakaan dan ini kabar baik untuk pelajar. ",
    }
    for language, text in texts.items():
        assert _language(text) == language, language
    # Danish reads close to Norwegian and Swedish: no guess rather than a wrong one
    danish = "Byrådet besluttede tirsdag at forlænge åbningstiderne, og det er en god nyhed for de studerende. "
    assert _language(danish) is None
