"""The writer's contact a byline prints after the name: an e-mail address, a handle, a phone number.

Staff pages and small papers sign "Por Ana Roe aroe@example.com (509) 555-0148" or "Oleh Jane Roe -
jroe@example.com"; the name is what is read, the ways to reach the writer are not part of it. Kept
apart from `bylines`, which reads the names.
"""

from __future__ import annotations

from briefkit.importer.lazyre import compile_later

# (with the dash or bar that parts it from the name: "Oleh Jane Roe - jroe@example.com")
_CONTACT = compile_later(
    r"\s*(?:[-–—|·]\s*)?[(<\[]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?|\s*\(@\w+\)|\s+@\w{2,}$"
)
# a phone number closing the line ("… (509) 555-0148", "+49 30 1234567"): nine digits at least, more than a date has
_PHONE = compile_later(r"\s+(?:\+\d{1,3}\s?)?\(?\d{2,5}\)?[\s./-]?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}$")
_PHONE_DIGITS = 9


def _without_phone(text: str) -> str:
    m = _PHONE.search(text)
    return text[: m.start()] if m and sum(c.isdigit() for c in m.group()) >= _PHONE_DIGITS else text


def without_contact(text: str) -> str:
    """The line without the writer's e-mail address, handle and closing phone number."""
    return _without_phone(_CONTACT.sub("", text).strip())
