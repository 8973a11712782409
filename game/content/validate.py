"""Validates content against the engine's definitions, and turns the errors into
ContentErrors at the right line and column.

The engine's definitions (game/engine/defs.py) are plain frozen dataclasses; pydantic
validates them here (``TypeAdapter``), reading each field's constraint metadata and
``__pydantic_config__``. The checks between fields live here too, hooked to the classes they
check (``_CHECKS``): an effect or condition has exactly one key, and content written before a
key existed keeps its meaning.

Pydantic reports a location (``loc``) such as ``("problems", 2, "drains", 0)``; the YAML reader
recorded where each such path is in the file. Union types add the name of each member to the
location (``trust_at_least.int``, ``trust_at_least.TrustValue.value``); those are stripped, and
the errors of one union collapse to one message per place. Unknown keys and unknown literal
values get a "did you mean" suggestion.
"""

from __future__ import annotations

import dataclasses
import re
import types
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import TypeAdapter, ValidationError
from pydantic_core import core_schema

from game.content.errors import (
    ContentError,
    DocPath,
    Words,
    describe,
    did_you_mean,
    either,
    format_path,
    found_expected,
    one_of,
    suggest,
    then,
)
from game.content.yamlsafe import YamlDoc
from game.engine.defs import ActionDef, Condition, Effect, NetworkDef, Range

_ID_PATTERN = r"^[a-z][a-z0-9_]*$"

M = TypeVar("M")


# --- the checks between fields ----------------------------------------------------------------


def _exactly_one(what: Words) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        keys = [f.name for f in dataclasses.fields(value) if getattr(value, f.name) is not None]
        if len(keys) != 1:
            shown = ", ".join(keys) or Words("none", "v_none")
            raise ValueError(Words(f"{what} has exactly one key, found {len(keys)}: {shown}",
                                   "one_key", what=what, n=len(keys), keys=shown))
        return value
    return check


# Cards written before these rules had keys keep their meaning (a save carries the catalogue
# it was played with): the cards sociale_kaart, welzijn_op_recept and wmo_indicatie had them
# built in.
_LEGACY_CARDS: dict[str, tuple[str, object]] = {
    "sociale_kaart": ("effects", None),
    "welzijn_op_recept": ("payment_title", "welzijn_op_recept"),
    "wmo_indicatie": ("payment_title", "wmo_mandaat_wijkverpleging"),
}


def _legacy_card(data: Any) -> Any:
    if not isinstance(data, dict) or data.get("id") not in _LEGACY_CARDS:
        return data
    key, value = _LEGACY_CARDS[str(data["id"])]
    if key == "effects":
        effects = data.get("effects") or []
        if isinstance(effects, list) and not any(
                isinstance(e, dict) and "sociale_kaart" in e for e in effects):
            return {**data, "effects": [*effects, {"sociale_kaart": True}]}
        return data
    if key not in data:
        return {**data, key: value}
    return data


def _legacy_network(data: Any) -> Any:
    """A casus written before ``energy`` existed keeps its meaning: an ervaringsdeskundige
    gave 1 energy."""
    if isinstance(data, dict) and data.get("kind") == "ervaringsdeskundige" and (
            "energy" not in data):
        return {**data, "energy": 1}
    return data


# class -> (before: the raw data changed, after: the built value checked)
_CHECKS: dict[type, tuple[Callable[[Any], Any] | None, Callable[[Any], Any] | None]] = {
    Condition: (None, _exactly_one(Words("a condition", "a_condition"))),
    Effect: (None, _exactly_one(Words("an effect", "an_effect"))),
    ActionDef: (_legacy_card, None),
    NetworkDef: (_legacy_network, None),
}


def _hook(before: Callable[[Any], Any] | None, after: Callable[[Any], Any] | None) -> Any:
    """pydantic's schema hook for a class: its own schema, wrapped in the checks."""
    def get_schema(cls: type, source: Any, handler: Any) -> Any:
        schema = handler(source)
        # The checks take over the class's reference, so that the class inside itself (a
        # condition in ``all``) is checked too, not only the outer one.
        ref = schema.pop("ref", None)
        if after is not None:
            schema = core_schema.no_info_after_validator_function(after, schema)
        if before is not None:
            schema = core_schema.no_info_before_validator_function(before, schema)
        if ref is not None:
            schema["ref"] = ref
        return schema
    return classmethod(get_schema)


def _range_schema(self: Range, source: Any, handler: Any) -> Any:
    """An ``Annotated[int, Range(...)]``: the number's schema with its bounds."""
    schema = handler(source)
    schema.update({k: v for k, v in (("ge", self.ge), ("le", self.le)) if v is not None})
    return schema


for _cls, (_before, _after) in _CHECKS.items():
    _cls.__get_pydantic_core_schema__ = _hook(_before, _after)  # type: ignore[attr-defined]
Range.__get_pydantic_core_schema__ = _range_schema  # type: ignore[attr-defined]


# --- validating -------------------------------------------------------------------------------


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter(model: Any) -> TypeAdapter[Any]:
    """pydantic's validator (and JSON Schema maker) of one definition class."""
    found = _ADAPTERS.get(model)
    if found is None:
        found = _ADAPTERS[model] = TypeAdapter(model)
    return found


def validate(model: type[M], data: Any) -> M:
    """``data`` (parsed YAML, or a dict built in code) as ``model``, with every check of a
    content file; raises pydantic's ValidationError (a ValueError) when it is not valid."""
    value: M = adapter(model).validate_python(data)
    return value


def dump(value: Any) -> Any:
    """A definition as the plain data an author writes (keys as in YAML: ``not``)."""
    return adapter(type(value)).dump_python(value, mode="python", by_alias=True)


def validate_doc(model: type[M], doc: YamlDoc) -> tuple[M | None, list[ContentError]]:
    """Validate ``doc.data`` as ``model``; the model, or None and every error at its position."""
    try:
        return validate(model, doc.data), []
    except ValidationError as e:
        return None, convert_errors(model, doc, [dict(x) for x in e.errors(include_url=False)])


# A dataclass's errors, under the names the messages below know.
_ERROR_TYPES = {"unexpected_keyword_argument": "extra_forbidden", "dataclass_type": "model_type"}


def _normal(err: dict[str, Any]) -> dict[str, Any]:
    t = _ERROR_TYPES.get(err["type"])
    return err if t is None else {**err, "type": t}


# --- locations --------------------------------------------------------------------------------


class _Loc:
    """One pydantic error placed in the document."""

    def __init__(self, err: dict[str, Any], path: DocPath, at_key: bool,
                 union_at: DocPath | None) -> None:
        self.err = err
        self.path = path
        self.at_key = at_key
        self.union_at = union_at  # the path where a union member was chosen, if any


def _place(data: Any, err: dict[str, Any]) -> _Loc:
    """Follow ``loc`` through the data; steps that are not in the data are union member tags."""
    loc: Sequence[Any] = err["loc"]
    path: list[str | int] = []
    node = data
    union_at: DocPath | None = None
    at_key = False
    for i, step in enumerate(loc):
        last = i == len(loc) - 1
        if step == "[key]":
            at_key = True
            continue
        if isinstance(node, dict) and isinstance(step, str) and step in node:
            path.append(step)
            node = node[step]
            if last and err["type"] == "extra_forbidden":
                at_key = True
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            path.append(step)
            node = node[step]
        elif last and err["type"] == "missing":
            break  # the missing key: the error belongs to the mapping that lacks it
        else:  # a union member's tag, such as 'int' or 'TrustValue'
            if union_at is None:
                union_at = tuple(path)
    return _Loc(err, tuple(path), at_key, union_at)


# --- the model at a location ------------------------------------------------------------------


def _tag(tp: Any) -> str:
    if get_origin(tp) is Literal:
        return "literal[" + ",".join(repr(a) for a in get_args(tp)) + "]"
    return getattr(tp, "__name__", str(tp))


def _options(tp: Any) -> list[Any]:
    if get_origin(tp) in (Union, types.UnionType):
        return [a for a in get_args(tp) if a is not type(None)]
    return [tp]


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp)


@cache
def _fields(model: type) -> dict[str, tuple[Any, dataclasses.Field[Any]]]:
    """A definition's fields by the key an author writes: (type, the dataclass field)."""
    hints = get_type_hints(model)
    return {f.metadata.get("alias", f.name): (hints[f.name], f)
            for f in dataclasses.fields(model)}


def _field(model: type, name: str) -> Any:
    for key, (tp, f) in _fields(model).items():
        if name in (key, f.name):
            return tp
    return None


def type_at(root: type, loc: Sequence[Any]) -> Any:
    """The type pydantic expected at ``loc`` (with its union tags), or None if unknown."""
    tp: Any = root
    for step in loc:
        opts = _options(tp)
        if len(opts) > 1:
            chosen = [o for o in opts if _tag(o) == step]
            if chosen:
                tp = chosen[0]
                continue
            models = [o for o in opts if _is_model(o)]
            if len(models) != 1:
                return None
            opts = models
        tp = opts[0]
        origin = get_origin(tp)
        if _is_model(tp):
            tp = _field(tp, str(step))
            if tp is None:
                return None
        elif origin is list:
            tp = get_args(tp)[0]
        elif origin is dict:
            tp = get_args(tp)[0 if step == "[key]" else 1]
        else:
            return None
    return tp


def field_names(model: type) -> list[str]:
    """The keys an author may write for ``model`` (aliases where they exist)."""
    return list(_fields(model))


def _model_of(root: type, loc: Sequence[Any]) -> type | None:
    tp = type_at(root, loc)
    models = [o for o in _options(tp) if _is_model(o)] if tp is not None else []
    return models[0] if len(models) == 1 else None


# --- messages ---------------------------------------------------------------------------------


def _literals(err: dict[str, Any]) -> list[str]:
    expected = str(err.get("ctx", {}).get("expected", ""))
    found = re.findall(r"'([^']*)'", expected)
    return found or [x for x in re.split(r", | or ", expected) if x]


# pydantic's error type -> what it wanted, in words (error.content.<code>)
_WANTED = {
    "int_type": ("a whole number", "x_whole_number"),
    "int_parsing": ("a whole number", "x_whole_number"),
    "int_from_float": ("a whole number", "x_whole_number"),
    "float_type": ("a number", "x_number"), "float_parsing": ("a number", "x_number"),
    "bool_type": ("true or false", "x_bool"), "bool_parsing": ("true or false", "x_bool"),
    "string_type": ("text", "x_text"), "list_type": ("a list", "x_list"),
    "dict_type": ("a mapping", "x_mapping"), "none_required": ("nothing", "x_nothing"),
}


def _expected(root: type, err: dict[str, Any]) -> str:
    """What pydantic wanted, in words, for one error."""
    t = err["type"]
    ctx = err.get("ctx", {})
    if t == "literal_error":
        return one_of(_literals(err))
    if t in _WANTED:
        return Words(*_WANTED[t])
    if t in ("model_type", "model_attributes_type"):
        model = _model_of(root, err["loc"])
        if model is Condition:
            return Words("a condition (a mapping with one key, such as 'trust_at_least: 1')",
                         "x_condition")
        if model is Effect:
            return Words("an effect (a mapping with one key, such as "
                         "'health: {dim: meedoen, by: 1}')", "x_effect")
        if model is not None:
            names = field_names(model)
            if len(names) <= 6:
                keys = ", ".join(names)
                return Words("a mapping with the keys " + keys, "x_mapping_keys", keys=keys)
        return Words("a mapping", "x_mapping")
    if t in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return _range_words(ctx)
    return ""


def _range_words(ctx: dict[str, Any]) -> str:
    if "ge" in ctx:
        return Words(f"a number of at least {ctx['ge']}", "x_at_least", n=ctx["ge"])
    if "gt" in ctx:
        return Words(f"a number above {ctx['gt']}", "x_above", n=ctx["gt"])
    if "le" in ctx:
        return Words(f"a number of at most {ctx['le']}", "x_at_most", n=ctx["le"])
    if "lt" in ctx:
        return Words(f"a number below {ctx['lt']}", "x_below", n=ctx["lt"])
    return Words("a number in range", "x_in_range")


def _bounds(root: type, loc: Sequence[Any]) -> str | None:
    """'between 0 and 5' when the field has both bounds (pydantic reports only the broken one)."""
    parent, name = loc[:-1], loc[-1] if loc else None
    model = _model_of(root, parent) if loc else None
    if model is None or not isinstance(name, str):
        return None
    for key, (_tp, f) in _fields(model).items():
        if name in (key, f.name):
            lo, hi = f.metadata.get("ge"), f.metadata.get("le")
            if lo is not None and hi is not None:
                return Words(f"a whole number from {lo} to {hi}", "x_from_to", lo=lo, hi=hi)
    return None


def _key_suggestion(root: type, loc: _Loc) -> tuple[list[str], str | None]:
    """The keys allowed where an unknown key is, and the one closest to it."""
    model = _model_of(root, loc.err["loc"][:-1])
    names = field_names(model) if model is not None else []
    return names, suggest(loc.path[-1], names) if loc.path else None


def _message(root: type, doc: YamlDoc, loc: _Loc) -> str:
    err = loc.err
    t = err["type"]
    value = err.get("input")
    found = describe(value)
    if t == "extra_forbidden":
        key = repr(loc.path[-1]) if loc.path else "'?'"
        names, close = _key_suggestion(root, loc)
        if close:
            return Words(f"unknown key {key}; did you mean {close!r}?", "unknown_key_close",
                         key=key, close=repr(close))
        if names:
            keys = ", ".join(names)
            return Words(f"unknown key {key}; allowed keys: {keys}", "unknown_key_allowed",
                         key=key, keys=keys)
        return Words(f"unknown key {key}", "unknown_key", key=key)
    if t == "missing":
        key = repr(str(err["loc"][-1]))
        return Words(f"missing key {key}", "missing_key", key=key)
    if t == "literal_error":
        allowed = _literals(err)
        msg = found_expected(found, one_of(allowed))
        if isinstance(value, int | float) and not isinstance(value, bool) and str(value) in allowed:
            return then(msg, Words(f"; write it as text in quotes: '{value}'", "hint_quote",
                                   value=value))
        return then(msg, did_you_mean(suggest(value, allowed)))
    if t == "string_pattern_mismatch":
        pattern = str(err.get("ctx", {}).get("pattern", ""))
        if pattern == _ID_PATTERN:
            return Words(f"found {found}, expected an id: lowercase letters, digits and '_', "
                         "starting with a letter", "found_not_id", found=found)
        return Words(f"found {found}, expected text matching {pattern}", "found_not_pattern",
                     found=found, pattern=pattern)
    if t in ("too_short", "string_too_short"):
        if isinstance(value, str) or t == "string_too_short":
            return Words(f"found {found}, expected text that is not empty", "found_empty",
                         found=found)
        n = err.get("ctx", {}).get("min_length", 1)
        if n == 1:
            return Words(f"found {found}, expected at least 1 item", "found_no_item",
                         found=found)
        return Words(f"found {found}, expected at least {n} items", "found_few_items",
                     found=found, n=n)
    if t in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        words = _bounds(root, err["loc"]) or _range_words(err.get("ctx", {}))
        return found_expected(found, words)
    if t == "string_type" and isinstance(value, bool | int | float | type(None)):
        return Words(f"found {found}, expected text; put it in quotes (YAML reads yes, no, on, "
                     "off, null and numbers as values, not text)", "found_not_text",
                     found=found)
    if t in ("value_error", "assertion_error"):
        raised = err.get("ctx", {}).get("error")
        if isinstance(raised, Exception) and raised.args and isinstance(raised.args[0], Words):
            return raised.args[0]
        return str(err["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    expected = _expected(root, err)
    if expected:
        return found_expected(found, expected)
    # a rare error type: pydantic's own (English) words after what was found
    return Words(f"found {found}: {err['msg']}", "found_other", found=found, why=err["msg"])


def _union_message(root: type, group: list[_Loc]) -> str:
    """One message for every member of a union that refused the same value."""
    value = group[0].err.get("input")
    allowed: list[str] = []
    others: list[str] = []
    for loc in group:
        if loc.err["type"] == "literal_error":
            allowed += [v for v in _literals(loc.err) if v not in allowed]
            continue
        words = _expected(root, loc.err) or str(loc.err["msg"])
        if words not in others:
            others.append(words)
    items = [repr(v) for v in allowed] + others
    msg = found_expected(describe(value), either(items))
    return then(msg, did_you_mean(suggest(value, allowed)))


def convert_errors(root: type, doc: YamlDoc,
                   errors: Iterable[dict[str, Any]]) -> list[ContentError]:
    """Pydantic's error dicts as ContentErrors; union errors collapse to one per place."""
    placed = [_place(doc.data, _normal(dict(e))) for e in errors]
    # A misspelt key also makes the right one "missing": say it once, as the misspelling.
    misspelt = {(loc.path[:-1], _key_suggestion(root, loc)[1]) for loc in placed
                if loc.err["type"] == "extra_forbidden" and loc.path}
    placed = [loc for loc in placed if not (
        loc.err["type"] == "missing" and (loc.path, str(loc.err["loc"][-1])) in misspelt)]
    out: list[ContentError] = []
    unions: dict[DocPath, list[_Loc]] = {}
    for loc in placed:
        if loc.union_at is None:
            out.append(_at(doc, loc, _message(root, doc, loc)))
        else:
            unions.setdefault(loc.union_at, []).append(loc)
    for at, group in unions.items():
        deeper = [loc for loc in group
                  if len(loc.path) > len(at) or loc.err["type"] == "missing"]
        if deeper:  # a member matched the shape; its errors are the useful ones
            seen: set[DocPath] = set()
            for loc in deeper:
                if loc.path not in seen:
                    seen.add(loc.path)
                    out.append(_at(doc, loc, _message(root, doc, loc)))
        else:
            out.append(_at(doc, group[0], _union_message(root, group)))
    out.sort(key=lambda e: (e.line, e.column))
    return out


def _at(doc: YamlDoc, loc: _Loc, message: str) -> ContentError:
    line, col = doc.key_mark(loc.path) if loc.at_key else doc.mark(loc.path)
    return ContentError(doc.file, line, col, format_path(loc.path), message)
