"""The letters beyond ASCII of each language written in the Latin alphabet, in lower case.

A page's bytes read in the wrong single-byte encoding give letters too, not noise: Czech in
windows-1252 has "rozpoèet" and "mìsta", Turkish "þehir" and "salý".  Each such reading
mixes letters of several languages, where a right one keeps to one language's alphabet;
so the readings are told apart by how many of their letters one alphabet holds (the page's
own language's, where it names one).  Keys are language codes as ``<html lang>`` gives them.  Every
letter a language writes is listed, however rare (the detector's own tables keep only the
commonest few, and miss "č" in Czech).
"""

LATIN_ALPHABETS: dict[str, str] = {
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ",
    "hr": "čćđšž",
    "sl": "čćđšž",
    "sq": "çë",
    "tr": "çğıöşüâîû",
    "az": "çəğıöşü",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "pt": "àáâãçéêíóôõú",
    "it": "àèéìíîòóùú",
    "ca": "àçèéíïòóúü",
    "nl": "áéëïóöü",
    "da": "åæéø",
    **dict.fromkeys(("no", "nb", "nn"), "åæéøòóô"),
    "sv": "åäéö",
    "fi": "äåöšž",
    "is": "áæéíðóöúýþ",
    "et": "äõöüšž",
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
    "mt": "àċèġħìòùż",
}
