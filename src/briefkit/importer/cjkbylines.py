"""Bylines in Chinese, Japanese and Korean: "记者 沈某 通讯员 王某", "（社会部・山田太郎）", "（北京＝山田太郎）".

These papers print the writer with a role word rather than a "by": Chinese "记者" (reporter) before the
name, then often "通讯员" (a correspondent, usually an institution's press officer who supplied the
facts), "实习生" (an intern), "编辑" (the editor) or "摄影" (the photographer) before the names of those
who helped; only the reporter's names are the story's writers. Japanese papers sign a story at its
end in brackets, the desk or the place it was filed from before the name: "（社会部・山田太郎）" with a
middle dot after a desk ("…部", "…局", "…支局"), "（ワシントン＝山田太郎）" with an equals sign after a
place. A katakana name's own middle dot ("ジョン・スミス") stands after no desk word and is kept whole.
Taiwanese papers close the bracket with the place the story was filed from: "〔記者王小明／台北報導〕"
("reported from Taipei"); Japanese ones also set the credit in full-width square brackets, "［記者 山田太郎］".
A Chinese portal prints the writer as one field of its metadata line, "来源:某报 作者:王小明 点击: 次":
the name after "作者" (author), the next field's label ending it.
"""

from __future__ import annotations

from briefkit.importer.caselessnames import caseless_name
from briefkit.importer.lazyre import compile_later, reaches
from briefkit.importer.worldbylines import POST_AFTER

# any Han, kana or Hangul letter: a line in these scripts
_CJK = compile_later(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", needs=reaches("\u3040"))
# the brackets a signature is set in
_BRACKETED = compile_later(r"^[（(【〔［\[]\s*(?P<inner>.+?)\s*[）)】〕］\]]$")
# the reporter's role before the name: Chinese "(本报/特约)记者", Japanese "記者", "文", "撰文", "作者"
_REPORTER = compile_later(
    r"^(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者)\s*[:：]?\s*|^(?:文|撰文|作者|采写|採寫)\s*[:：/／]\s*"
)
# the next credit's role: correspondent, intern, editor, photographer, proof-reader, source
_OTHER_ROLE = compile_later(
    r"\s*(?:通讯员|通訊員|实习生|實習生|责任编辑|責任編輯|责编|責編|编辑|編輯|摄影|攝影|校对|校對|审核|審核|来源|來源)"
)
# a desk or bureau before the name, then the middle dot: "社会部・", "能登総局・", "写真部・"
_DESK_DOT = compile_later(r"^\S*?(?:部|局|支局|総局|本社|支社|班|室|社)\s*[・･]\s*")
# a place before the name with the equals sign Japanese datelines use: "ワシントン＝", "北京=", "(서울=…)"
_PLACE_EQUALS = compile_later(r"^[^=＝]{1,12}[=＝]\s*")
_LEADING_BRACKET = compile_later(r"^[（(【〔［\[][^）)】〕］\]]*[）)】〕］\]]\s*")
# the place the story was filed from, after a slash: "／台北報導", "/北京报道", "／綜合報導" (reported from, compiled)
_FILED_FROM = compile_later(r"\s*[／/]\s*\S{1,8}?(?:報導|报道|電|电|訊|讯)$")
# "作者:王小明" as one field of a metadata line that names other fields ("来源:", "时间:", "点击:")
# (the paper's role may come first: "作者：本报记者 王小明", the name after it)
_AUTHOR_FIELD = compile_later(
    r"(?:^|\s)(?:作者|記者|记者)\s*[:：]\s*(?:(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者)\s*)?"
    r"(?P<name>[^\s:：]{2,12})(?=\s|$)"
)
_OTHER_FIELD = compile_later(r"(?:来源|來源|时间|時間|发布|發布|点击|點擊|编辑|編輯|责任编辑|責任編輯|日期)\s*[:：]")
_NAME_SEPARATOR = compile_later(r"[\s、，,]+")


def cjk_names(text: str) -> list[str] | None:
    """The writers a Chinese, Japanese or Korean byline names, or None when it has none of the marks read here.

    An empty list means the line has such a mark but what is left is no name (a sentence, a desk alone).
    """
    text = text.strip()
    if not _CJK.search(text):
        return None
    signed = text
    if _OTHER_FIELD.search(text) and (field := _AUTHOR_FIELD.search(text)):
        return [field.group("name")] if caseless_name(field.group("name")) else []
    if bracketed := _BRACKETED.match(text):
        text = bracketed.group("inner")
    else:  # "(서울=연합뉴스) 김민지 기자", "【北京＝共同】": the dateline's bracket before the byline
        text = _LEADING_BRACKET.sub("", text)
    text = _FILED_FROM.sub("", text)  # "記者王小明／台北報導": the writer, not where she filed from
    text = POST_AFTER.sub("", text)  # "김민지 기자", "山田太郎記者": the post after the name
    text = _REPORTER.sub("", text)
    text = _OTHER_ROLE.split(text, maxsplit=1)[0]  # "沈某 通讯员 王某": the reporter's names only
    text = _PLACE_EQUALS.sub("", _DESK_DOT.sub("", text)).strip()
    if text == signed:
        return None  # no bracket, role or desk this reading knows: the line is left to the other rules
    names = [n for n in _NAME_SEPARATOR.split(text) if n]
    return names if names and all(caseless_name(n) or "・" in n for n in names) else []


def written_field(text: str) -> bool:
    """A metadata line that names its writer in a field of its own: "来源:某报 作者:王小明 点击: 次"."""
    return bool(_CJK.search(text) and _OTHER_FIELD.search(text) and _AUTHOR_FIELD.search(text))


def reporter_credit(text: str) -> tuple[str, ...]:
    """The reporter a line credits on its own, in brackets or as a metadata field, or () when it is no such line.

    "［記者 山田太郎］", "〔記者王小明／台北報導〕", "来源:某报 作者:王小明": the marks are the role word and the
    bracket (or the other fields) around it, so a copied page's line is read as a byline wherever it stands.
    """
    text = text.strip()
    if not written_field(text) and not (_BRACKETED.match(text) and _ROLE_INSIDE.match(text)):
        return ()
    return tuple(cjk_names(text) or ())


# a bracket that opens on the reporter's role: "［記者 …", "〔記者…", "（本报记者 …"
_ROLE_INSIDE = compile_later(r"^[（(【〔［\[]\s*(?:本报|本報|特约|特約)?(?:记者|記者)")


# a reporter's credit in brackets opening the lead paragraph: "〔記者王小明／台北報導〕市府今天…"
_OPENING = compile_later(r"^\s*[〔［【\[][^〕］】\]]{3,30}[〕］】\]]")


def lead_credit(text: str) -> str | None:
    """The bracketed credit a paragraph opens with, before its first sentence, when it names a reporter."""
    m = _OPENING.match(text)
    return m.group().strip() if m and reporter_credit(m.group()) else None
