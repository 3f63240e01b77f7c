"""Inputs that say what they are: a page's declared charset, the dates feeds carry,
ReliefWeb's API JSON, text that is not English, and datelines that date an article."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.read.decoding import decode
from tracker.read.documents import Document, Skipped, read_bytes


def one(name: str, data: bytes) -> Document | Skipped:
    (item,) = read_bytes(name, data)
    return item


# --- a page's declared charset first -------------------------------------------------

TURKISH = "Kahramanmaraş ve Şanlıurfa"
DECLARED_PAGES: tuple[tuple[str, str, str, str], ...] = (
    # (file name, the page's head, its encoding, what the warning names)
    ("deprem.html", '<meta charset="windows-1254">', "cp1254", "Windows-1254, the charset it declares"),
    ("deprem.htm", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-9">', "cp1254",
     "Windows-1254, as browsers read the ISO-8859-9 it declares"),
    ("haber.xml", '<?xml version="1.0" encoding="windows-1254"?>', "cp1254", "Windows-1254, the charset it declares"),
    ("kyiv.html", "<meta charset='windows-1251'>", "cp1251", "Windows-1251, the charset it declares"),
)


@pytest.mark.parametrize(("name", "head", "encoding", "said"), DECLARED_PAGES)
def test_a_page_is_decoded_with_the_charset_it_declares(name, head, encoding, said):
    place = "Харків" if encoding == "cp1251" else TURKISH
    page = (
        f"<html><head>{head}<title>Quake toll rises</title></head><body>"
        f"<p>At least 1,200 people were killed in {place}, officials said on Tuesday.</p></body></html>"
    )
    doc = one(name, page.encode(encoding))
    assert isinstance(doc, Document), doc
    assert place in doc.text, doc.text
    assert any(said in w for w in doc.warnings), doc.warnings


def test_an_undeclared_legacy_text_is_detected_when_its_letters_say_so():
    text = "Kahramanmaraş ve Şanlıurfa'da depremde en az 1.200 kişi hayatını kaybetti, yetkililer söyledi."
    decoded = decode(text.encode("cp1254"))
    assert decoded.text == text
    assert decoded.warning.endswith("decoded as Windows-1254 (detected by charset-normalizer)"), decoded.warning
    # and, decoded right, it is reported as the Turkish it is
    item = one("deprem.txt", text.encode("cp1254"))
    assert isinstance(item, Skipped) and "written in Turkish (tr)" in item.reason, item


@pytest.mark.parametrize("text", [
    "“At least 40 people were killed,” the ministry said — a toll that is expected to rise.",
    "The appeal seeks €40 million; “at least 40 were killed” near the home of Zoë Müller.",
    "Idlib — 40 killed.",
])
def test_english_in_windows_1252_stays_windows_1252(text):
    """A few accented letters are too little for a detector: the old default holds."""
    doc = one("wire.txt", text.encode("cp1252"))
    assert doc.text == text
    assert any(w.endswith("decoded as Windows-1252") for w in doc.warnings), doc.warnings


@pytest.mark.parametrize(("head", "said"), [
    ('<meta charset="utf-8">', "it declares utf-8, which its bytes are not"),
    ('<meta charset="x-klingon">', "it declares x-klingon, which is unknown"),
])
def test_a_declared_charset_that_cannot_be_right_is_said_and_windows_1252_read(head, said):
    page = f"<html><head>{head}</head><body><p>“At least 40 people were killed,” police said.</p></body></html>"
    doc = one("page.html", page.encode("cp1252"))
    assert "“At least 40 people were killed,”" in doc.text
    assert any(said in w and "Windows-1252" in w for w in doc.warnings), doc.warnings


# --- dates feeds carry ---------------------------------------------------------------

FEED_DATES: tuple[tuple[str, dt.date | None], ...] = (
    ("20240903T101500Z", dt.date(2024, 9, 3)),  # GDELT's DATEADDED, ISO 8601 basic form
    ("20240903101500", dt.date(2024, 9, 3)),  # GDELT's SQLDATE with a time
    ("20240903", dt.date(2024, 9, 3)),
    ("1 Mar 2024 | 10:00", dt.date(2024, 3, 1)),
    ("Friday, 1 Mar 2024 | 10:00 am", dt.date(2024, 3, 1)),
    ("Mar 1, 2024 · 10:00 GMT", dt.date(2024, 3, 1)),
    ("1 March 2024 - 10:00", dt.date(2024, 3, 1)),
    ("20241303101500", None),  # month 13: no date, and a warning
    ("2024090", None),
)


@pytest.mark.parametrize(("value", "date"), FEED_DATES)
def test_dates_as_feeds_write_them(value, date):
    line = json.dumps({"text": "At least 12 people were killed in the attack, police said.", "date": value})
    doc = one("feed.jsonl", (line + "\n").encode("utf-8"))
    assert doc.published == date, (value, doc.warnings)
    assert (date is None) == any(value in w for w in doc.warnings), doc.warnings


# --- ReliefWeb's API JSON ------------------------------------------------------------

def reliefweb_report(number: int, body: str, **fields) -> dict:
    return {"id": str(4_100_000 + number), "score": 1,
            "href": f"https://api.reliefweb.int/v1/reports/{4_100_000 + number}",
            "fields": {"title": f"Flash Update No. {number}", "body": body, **fields}}


RELIEFWEB = {
    "time": 12, "href": "https://api.reliefweb.int/v1/reports", "totalCount": 3, "count": 3,
    "data": [
        reliefweb_report(
            1, "Heavy rains since 1 September have displaced more than 12,000 people in Maiduguri, "
            "the State Emergency Management Agency said.",
            date={"created": "2024-09-04T08:00:00+00:00", "original": "2024-09-03T00:00:00+00:00"},
            source=[{"id": 1503, "name": "UN Office for the Coordination of Humanitarian Affairs",
                     "shortname": "OCHA"}],
            url="https://reliefweb.int/report/nigeria/flash-update-1",
        ),
        reliefweb_report(
            2, "At least 30 people were killed when the dam at Alau collapsed, officials said.",
            date={"created": "2024-09-12T10:15:00+00:00"},
            source=[{"name": "International Federation of Red Cross And Red Crescent Societies",
                     "shortname": "IFRC"}, {"name": "Nigerian Red Cross Society"}],
        ),
        reliefweb_report(3, "   "),
    ],
}


def test_reliefweb_api_json_gives_one_document_per_report():
    items = read_bytes("reliefweb.json", json.dumps(RELIEFWEB).encode("utf-8"))
    first, second, third = items
    assert (first.id, first.title, first.published, first.outlet, first.url) == (
        "4100001", "Flash Update No. 1", dt.date(2024, 9, 3), "OCHA",
        "https://reliefweb.int/report/nigeria/flash-update-1",
    )
    assert first.text.startswith("Heavy rains since 1 September")
    # no original date: the date it was posted; no link of its own: the API's
    assert (second.published, second.outlet, second.url) == (
        dt.date(2024, 9, 12), "IFRC; Nigerian Red Cross Society", "https://api.reliefweb.int/v1/reports/4100002",
    )
    assert isinstance(third, Skipped) and third.kind == "empty" and third.source == "reliefweb.json:3", third


def test_a_reliefweb_report_per_json_line_is_read_too():
    lines = "".join(json.dumps(item) + "\n" for item in RELIEFWEB["data"][:2])
    docs = read_bytes("reliefweb.jsonl", lines.encode("utf-8"))
    assert [(d.id, d.outlet, d.published) for d in docs] == [
        ("4100001", "OCHA", dt.date(2024, 9, 3)), ("4100002", "IFRC; Nigerian Red Cross Society", dt.date(2024, 9, 12)),
    ]


def test_an_api_response_with_no_reports_says_so():
    (item,) = read_bytes("reliefweb.json", b'{"totalCount": 0, "count": 0, "data": []}')
    assert isinstance(item, Skipped) and item.kind == "empty" and "no reports" in item.reason, item


# --- text that is not English -------------------------------------------------------

NOT_ENGLISH: tuple[tuple[str, str], ...] = (
    ("Au moins 40 personnes ont été tuées et des centaines blessées dans une attaque contre un marché "
     "de Goma, a déclaré mardi le ministère de la Santé.", "French (fr)"),
    ("Al menos 40 personas murieron y cientos resultaron heridas en un ataque contra un mercado en "
     "Goma, dijo el martes el Ministerio de Salud.", "Spanish (es)"),
    ("Mindestens 40 Menschen wurden bei einem Angriff auf einen Markt in Goma getötet, teilte das "
     "Gesundheitsministerium am Dienstag mit.", "German (de)"),
    ("Pelo menos 40 pessoas foram mortas e centenas ficaram feridas num ataque a um mercado em Goma, "
     "disse o Ministério da Saúde na terça-feira.", "Portuguese (pt)"),
    ("قتل 40 شخصا على الأقل وأصيب المئات في هجوم على سوق في مدينة غوما، حسبما قالت وزارة الصحة "
     "يوم الثلاثاء في بيان رسمي.", "Arabic (ar)"),
    ("По меньшей мере 40 человек погибли и сотни получили ранения в результате нападения на рынок "
     "в Харькове, заявили в министерстве.", "Russian (ru)"),
)

ENGLISH_ALL_THE_SAME: tuple[str, ...] = (
    "Goma: 5,000 displaced.",  # too short to tell
    "Kahramanmaraş, Hatay, Gaziantep, Adıyaman, Malatya, Osmaniye, Kilis, Diyarbakır, Adana, "
    "Şanlıurfa: 1,200 dead, 5,000 injured.",
    "Aburoc, Kodok, Wau Shilluk, Tonga, Lul, Fashoda, Malakal, Nasir, Ulang, Maiwut, Longochuk: "
    "18,000 IDPs in total.",
    "KINSHASA — « Plus de 5 000 personnes ont fui Goma », a dit un porte-parole. More than 5,000 "
    "people have fled Goma since Monday, the UN said on Tuesday, as fighting reached the outskirts.",
    "Hundreds of thousands of Rohingya fled Myanmar's Rakhine state to Cox's Bazar in Bangladesh.",
)


@pytest.mark.parametrize(("text", "named"), NOT_ENGLISH)
@pytest.mark.parametrize("as_a", ["file", "feed line"])
def test_a_text_that_is_not_english_is_reported_unsupported_with_its_language(text, named, as_a):
    if as_a == "file":
        item = one("depeche.txt", text.encode("utf-8"))
    else:
        item = one("feed.jsonl", (json.dumps({"text": text}) + "\n").encode("utf-8"))
    assert isinstance(item, Skipped) and item.kind == "unsupported", (text, item)
    assert f"written in {named}" in item.reason and "English only" in item.reason, item.reason


@pytest.mark.parametrize("text", ENGLISH_ALL_THE_SAME)
def test_short_english_and_english_full_of_place_names_are_read(text):
    item = one("wire.txt", text.encode("utf-8"))
    assert isinstance(item, Document), (text, item)


def test_no_labelled_english_text_is_taken_for_another_language():
    """Every text of the seeds and of the labelled files is English: none may be reported
    unsupported (the labelled files are read in place, where the machine has them)."""
    from pathlib import Path

    from tracker.read.language import language

    gold = Path("/work/shared/gold")
    if not gold.is_dir():
        pytest.skip("the labelled texts (/work/shared/gold) are not on this machine")
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    for path in sorted(gold.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                texts[f"{path.name}:{number}"] = record["text"]
    assert len(texts) > 400
    taken = {where: language(text) for where, text in texts.items() if language(text) is not None}
    assert taken == {}, taken
    # and through the reader, as a feed of them all
    feed = "".join(json.dumps({"id": where, "text": text}) + "\n" for where, text in texts.items())
    unsupported = [i for i in read_bytes("all.jsonl", feed.encode("utf-8")) if isinstance(i, Skipped) and i.kind == "unsupported"]
    assert unsupported == [], unsupported


def test_the_run_report_names_the_language_of_a_skipped_document(tmp_path):
    from tracker import cli

    (tmp_path / "fr.txt").write_text(NOT_ENGLISH[0][0], encoding="utf-8")
    (tmp_path / "en.txt").write_text("At least 40 people were killed in Goma on Tuesday, police said.", encoding="utf-8")
    report = tmp_path / "run.json"
    assert cli.main(["extract", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "-o", str(tmp_path / "out.csv"),
                     "--report", str(report), "--no-progress"]) == cli.OK
    saved = json.loads(report.read_text(encoding="utf-8"))
    assert saved["counts"]["skipped_by_kind"] == {"unsupported": 1}, saved["counts"]
    (french,) = [entry for entry in saved["inputs"] if entry["source"].endswith("fr.txt")]
    assert (french["kind"], french["outcome"]) == ("unsupported", "skipped"), french
    assert french["reason"].startswith("written in French (fr)"), french


# --- datelines give dates -----------------------------------------------------------

DATELINES: tuple[tuple[str, dt.date | None], ...] = (
    ("MAIDUGURI, 12 September 2024 — Floods have displaced more than 12,000 people in Borno state, "
     "officials said.", dt.date(2024, 9, 12)),
    ("Floods in Borno\n\nMAIDUGURI, Nigeria, 12 September 2024 – More than 12,000 people have been "
     "displaced, officials said.", dt.date(2024, 9, 12)),
    ("GENEVA (3 September 2024) – At least 30 people were killed when the dam collapsed, the UN said.",
     dt.date(2024, 9, 3)),
    ("Goma, DR Congo, Sept. 3, 2024 (Reuters) - At least 30 people were killed in shelling near Sake.",
     dt.date(2024, 9, 3)),
    ("DAR ES SALAAM, Tuesday 3 September 2024 -- Floods killed 12 people, police said.", dt.date(2024, 9, 3)),
    ("By Amina Yusuf\nKHARTOUM, 2024-09-03 — Fighting killed at least 40 civilians, medics said.",
     dt.date(2024, 9, 3)),
    # no year: the year is not guessed
    ("GOMA, Sept 3 (Reuters) - At least 30 people were killed in shelling near Sake.", None),
    # a sentence that opens with a date is no dateline
    ("Officials said on Monday, 2 September 2024 - a day of heavy rain - that 12 people died.", None),
    ("The floods of 12 September 2024 — which killed 30 people — were the worst in decades.", None),
)


@pytest.mark.parametrize(("text", "date"), DATELINES)
def test_a_dateline_dates_an_undated_upload_and_says_so(text, date):
    doc = one("upload.txt", text.encode("utf-8"))
    assert doc.published == date, (text, doc.warnings)
    said = [w for w in doc.warnings if "by its dateline" in w]
    assert len(said) == (date is not None), doc.warnings
    if date is not None:
        assert date.isoformat() in said[0], said


def test_a_date_given_wins_over_the_dateline_and_the_dateline_over_the_run_default():
    text = "MAIDUGURI, 12 September 2024 — Floods have displaced more than 12,000 people, officials said."
    line = json.dumps({"text": text, "date": "2024-09-14"}) + "\n"
    assert one("feed.jsonl", line.encode("utf-8")).published == dt.date(2024, 9, 14)
    (doc,) = read_bytes("upload.txt", text.encode("utf-8"), default_date=dt.date(2024, 10, 1))
    assert doc.published == dt.date(2024, 9, 12), doc.warnings
