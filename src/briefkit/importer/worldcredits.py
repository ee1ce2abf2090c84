"""A caption closed by its picture's credit in the languages beyond the first eight, and in the Chinese mark.

A newsroom ends a picture's caption with the credit under the label of its own language: "… Ảnh: Jane Roe",
"… (Fotoğraf: AA)", "… · Фото: личный архив", "… Fot. Jane Roe", "…。圖／記者王某", "… 사진=연합뉴스"; a Chinese one
ends it on the photographer and the character that says "photographed by": "…。（記者王某攝）", "… 本报记者 王某 摄".
Such a line is a caption whatever its credit's words are (a press office, an archive, lower-case words), because
the label stands after a full stop or a separator and only a short name follows it to the line's end: a story's
sentence does not stop and then name a photographer. The credit is read from the label on; a line that goes on
after it, or holds more than two sentences before it, is left to the story.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# The picture's label, in the languages `credits` does not cover: Turkish, Polish, Czech, Slovak, Hungarian,
# Romanian, Vietnamese, Indonesian and Malay, Tagalog, Greek, Ukrainian, Bulgarian and Serbian, Arabic and
# Persian, Hindi, Korean, Japanese and Chinese (and the eight's "Foto"/"Фото" again, with any credit)
_LABELS = (
    r"fotoğraf(?:lar)?|foto(?:grafie|grafia|grafía|gráfia)?|fotó|fot\.|zdj(?:ęcie|ęcia)|snímek|ảnh|gambar|larawan|"
    r"φωτογραφ(?:ία|ίες)|φωτο|φωτ\.|фото(?:графія|графия)?|світлина|снимка|слика|"
    r"صورة|الصورة|تصوير|عکس|تصویر|फ़ोटो|फोटो|तस्वीर|चित्र|사진|写真|圖片來源|图片来源|圖片|图片|照片|圖|图|攝影|摄影|"
    # Thai, Bengali, Hebrew, Georgian, Armenian, Tamil, and a chart's or drawing's label in the European languages
    r"ภาพ|ছবি|צילום|ფოტო|լուսանկար|படம்|புகைப்படம்|"
    r"grafik|grafika|grafiek|infografik|infografika|graphique|gr[aá]fico|gr[aá]fica|"
    # the English labels before "by" ("… on Thursday. Picture by Jane Roe")
    r"(?:picture|photo|photograph|image|graphic|illustration)(?=\s+by\s)"
)
# a second label inside the credit: the source, then the photographer ("（图片来源：某报 摄影：王某）")
_SECOND = rf"(?:\s+(?:{_LABELS})\s*[:：]\s*[^:：()\[\]（）【】]{{1,30}}?)?"
# after a sentence's end, a separator or an opening bracket (after a mere space only in a CJK caption, whose
# sentences need no full stop before it)
_LABELLED = compile_later(
    rf"^(?P<caption>.*?\S)(?P<sep>(?<=[.!?。！？」』”»\"')\]）।؟۔])\s*|\s*[·|•–—/؛]\s*|\s+-\s+|\s+)"
    rf"(?P<open>[(\[（【]\s*)?(?P<label>{_LABELS})\s*(?:[:：=／/]|(?<=\.)|\s+by\s)\s*"
    rf"(?P<credit>[^:：()\[\]（）【】]{{1,60}}?{_SECOND})\s*(?(open)[)\]）】])\s*$",
    re.IGNORECASE,
)
# "…。（記者王某攝）", "… 本报记者 王某 摄": a Chinese caption closed by its photographer and the mark
_SHOT_BY = compile_later(
    r"^(?P<caption>.*?\S)(?:(?<=[。！？.!?])\s*|\s+|(?=[（(]))(?P<open>[（(]\s*)?"
    r"(?P<credit>[^\s（）()。，,、：:][^（）()。，,、：:]{0,28}?)\s*(?:攝影|摄影|攝|摄)\s*(?(open)[)）])\s*$"
)
# a sentence's end inside the caption: a caption is one sentence or two, never a paragraph
_SENTENCE_END = compile_later(r"[.!?。！？।؟۔](?:\s|$)")
CJK = compile_later(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_CAPTION_WORDS = 40
MAX_CJK_CAPTION_CHARS = 90
MAX_CREDIT_WORDS = 5


def _caption_shaped(caption: str) -> bool:
    """A line or two that says what a picture shows: no more than two sentences, and not ending as a
    sentence that goes on ("…, as he said:")."""
    text = caption.strip()
    if not text or text.endswith((":", "：", ",", "，", ";", "、")):
        return False
    if CJK.search(text):
        size_ok = 2 <= len(text) <= MAX_CJK_CAPTION_CHARS
    else:
        size_ok = 2 <= len(text.split()) <= MAX_CAPTION_WORDS
    return size_ok and len(_SENTENCE_END.findall(text + " ")) <= 2


def _credit_shaped(credit: str) -> bool:
    """A name, a desk or an archive: a few words, no sentence in them (initials keep their full stops)."""
    text = credit.strip()
    if not text or len(text.split()) > MAX_CREDIT_WORDS or len(text) > 60 or "://" in text:
        return False
    if re.search(r"[!?！？。]|[^\W\d_]{3}\.\s", text):
        return False
    return not text.endswith(".") or bool(re.search(r"(?:^|[\s.])[^\W\d_]{1,3}\.$", text))


def _set_apart(m: re.Match[str]) -> bool:
    """The label set apart from the caption: a sentence's end, a separator or a bracket before it, or a mere
    space after a CJK caption ("… what this photo: …" inside a Latin sentence is no credit)."""
    if m.group("sep").strip() or m.group("open") or m.group("caption").endswith(_CLOSERS):
        return True
    return bool(CJK.match(m.group("caption")[-1]))


_CLOSERS = tuple(".!?。！？」』”»\"')]）।؟۔")


def split_world_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) for a caption ending in its labelled credit or in the Chinese mark, else None."""
    text = line.strip()
    m = _LABELLED.match(text)
    if m and _caption_shaped(m.group("caption")) and _credit_shaped(m.group("credit")) and _set_apart(m):
        return _tidy(m.group("caption")), m.group("credit").strip()
    m = _SHOT_BY.match(text)
    if m and CJK.search(m.group("caption")) and _caption_shaped(m.group("caption")):
        credit = m.group("credit").strip()
        if not credit.endswith(("拍", "所")) and len(credit.replace(" ", "")) >= 2:  # "…拍摄": the verb, no name
            return _tidy(m.group("caption")), credit
    return None


def _tidy(caption: str) -> str:
    return caption.strip().rstrip(" ·|•–—/")
