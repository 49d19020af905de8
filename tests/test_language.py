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
