"""Pickling of what the build cache stores and the worker processes send back: thousands of
small frozen dataclasses (positions, references, images, headings) per 1,000 briefings."""

from __future__ import annotations

import dataclasses
import io
import operator
import pickle
from typing import Any


def dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


class Pickler(pickle.Pickler):
    """Pickles a slotted dataclass as a call of its constructor with its field values.

    The default path for slotted dataclasses calls `dataclasses.fields()` on every object,
    both when pickling and when unpickling: for the thousands of small objects of parsed
    documents that was most of the memo's cost. Only classes whose constructor takes every
    field and does nothing else (no `__post_init__`) are pickled this way, so calling it
    rebuilds an equal object.
    """

    _plain: dict[type, Any] = {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        getter = self._plain.get(cls)
        if getter is None:
            getter = self._plain[cls] = _constructor_getter(cls)
        if getter is False:
            return NotImplemented
        return cls, getter(obj)


def _constructor_getter(cls: type) -> Any:
    """A function giving the constructor arguments of a plain slotted dataclass instance, or False."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        return False
    fields = dataclasses.fields(cls)
    if not fields or any(not f.init for f in fields) or any(f.kw_only for f in fields):
        return False
    names = tuple(f.name for f in fields)
    if len(names) == 1:
        return lambda o, n=names[0]: (getattr(o, n),)
    return operator.attrgetter(*names)
