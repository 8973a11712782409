"""A safe YAML reader that remembers where every value is.

YAML is only *composed* (parsed into a node tree with ``yaml.SafeLoader``); the plain Python
objects are built here from the nodes, so no constructor ever runs for a tag we have not
allowed. Only plain data is accepted: text, numbers, true/false, null, lists and mappings.
Any other tag (``!!python/object/apply:...``, ``!!binary``, a custom ``!tag``) is refused at
its line, never constructed. Duplicate keys, which YAML silently overwrites, are errors.

Mapping keys are always kept as text, exactly as written: in YAML 1.1 a bare ``no:`` or
``yes:`` key would otherwise turn into a boolean (a force's ``choice`` has keys ``yes``/``no``).

For every value the reader records its position (line and column, 1-based) under its path in
the document, a tuple of keys and list indexes such as ``("problems", 2, "drains", 0)``; for a
mapping entry it also records where the key itself is.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.errors import ContentError, DocPath, Words, format_path

_STD = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _TS, _VALUE = (
    _STD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "value")
)
_SEQ, _MAP, _MERGE = _STD + "seq", _STD + "map", _STD + "merge"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TS, _VALUE}

# An alias may point at a large node many times over ("billion laughs"); no real scenario
# comes near this many values (the largest shipped file, the action catalogue, has about
# 2,500). Parsing is counted as it goes, so a file with too many is refused within a second.
MAX_NODES = 20_000
# The largest shipped file is 32 kB; a casus is 15-25 kB. A bigger file is refused before it
# is read (docs/scenario-format.md, chapter 1), so memory stays bounded.
MAX_FILE_BYTES = 1_000_000

Mark = tuple[int, int]


@dataclass
class YamlDoc:
    """A parsed YAML file: its plain data and the position of every value and key."""

    file: str
    data: Any
    marks: dict[DocPath, Mark] = field(default_factory=dict)
    key_marks: dict[DocPath, Mark] = field(default_factory=dict)
    text: str = field(default="", repr=False)  # the text parsed (a save embeds it)

    def mark(self, path: DocPath) -> Mark:
        """Where the value at ``path`` is, or its nearest ancestor that exists."""
        p = tuple(path)
        while p and p not in self.marks:
            p = p[:-1]
        return self.marks.get(p, (1, 1))

    def key_mark(self, path: DocPath) -> Mark:
        """Where the key of the mapping entry at ``path`` is (else where its value is)."""
        p = tuple(path)
        if p in self.key_marks:
            return self.key_marks[p]
        return self.mark(p)

    def error(self, path: DocPath, message: str, at_key: bool = False) -> ContentError:
        """A ContentError at the value (or key) at ``path``."""
        line, col = self.key_mark(path) if at_key else self.mark(path)
        return ContentError(self.file, line, col, format_path(path), message)


class YamlError(Exception):
    """The file cannot be read as plain YAML data; ``error`` says where and why."""

    def __init__(self, error: ContentError) -> None:
        super().__init__(str(error))
        self.error = error


def _err(file: str, node_or_mark: Any, message: str, path: DocPath = ()) -> YamlError:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return YamlError(ContentError(file, line, col, format_path(path), message))


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag


def _refuse_tag(file: str, node: Node, path: DocPath) -> YamlError:
    tag = repr(_show_tag(node.tag))
    return _err(file, node, Words(f"the tag {tag} is not allowed: scenario files hold plain "
                                  "data only (text, numbers, true/false, lists and mappings)",
                                  "tag_refused", tag=tag), path)


class _Builder:
    """Turns a composed node tree into plain Python data, recording marks on the way."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.doc = YamlDoc(file, None)
        self.count = 0
        self.active: set[int] = set()
        self.scalars = yaml.SafeLoader("")

    def build(self, node: Node, path: DocPath) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _err(self.file, node, Words(
                f"too many values (more than {MAX_NODES:,}); are aliases (*name) repeating a "
                "large part of the file?", "too_many_aliased", n=f"{MAX_NODES:,}"), path)
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if id(node) in self.active:
            raise _err(self.file, node, Words("an alias (*name) refers to a value that "
                                              "contains it", "alias_loop"), path)
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                if node.tag != _SEQ:
                    raise _refuse_tag(self.file, node, path)
                return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
            if isinstance(node, MappingNode):
                if node.tag != _MAP:
                    raise _refuse_tag(self.file, node, path)
                return self.mapping(node, path)
        finally:
            self.active.discard(id(node))
        raise _err(self.file, node, "unexpected YAML node", path)  # pragma: no cover

    def scalar(self, node: ScalarNode, path: DocPath) -> Any:
        tag = node.tag
        if tag not in _SCALAR_TAGS:
            raise _refuse_tag(self.file, node, path)
        if tag in (_STR, _TS, _VALUE):  # a date stays the text it was written as
            return str(node.value)
        try:
            if tag == _INT:
                return self.scalars.construct_yaml_int(node)
            if tag == _FLOAT:
                return self.scalars.construct_yaml_float(node)
            if tag == _BOOL:
                return self.scalars.construct_yaml_bool(node)
            return None
        except (ValueError, KeyError) as e:
            if len(node.value) > 30:
                n = len(node.value)
                what = (Words(f"a number of {n} digits", "v_digits", n=n)
                        if node.value.isdigit() else
                        Words(f"{node.value[:20]!r}... ({n} characters)", "v_long_text",
                              start=repr(node.value[:20]), n=n))
                raise _err(self.file, node, Words(f"{what} is too long for a scenario file",
                                                  "too_long", what=what), path) from e
            value, shown = repr(node.value), _show_tag(tag)
            raise _err(self.file, node, Words(f"{value} is not a valid {shown}", "not_valid",
                                              value=value, tag=shown), path) from e

    def mapping(self, node: MappingNode, path: DocPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _err(self.file, key_node, Words(
                    "a key must be plain text, not a list or mapping", "key_not_text"), path)
            if key_node.tag == _MERGE:
                raise _err(self.file, key_node, Words(
                    "merge keys ('<<') are not supported; write the keys out", "merge_key"),
                    path)
            if key_node.tag not in _SCALAR_TAGS:
                raise _refuse_tag(self.file, key_node, path)
            key = str(key_node.value)
            if key in first:
                line = first[key].start_mark.line + 1
                raise _err(self.file, key_node, Words(
                    f"duplicate key {key!r} (first at line {line}); YAML would silently keep "
                    "only the last one", "duplicate_key", key=repr(key), line=line),
                    (*path, key))
            first[key] = key_node
            kpath = (*path, key)
            self.doc.key_marks[kpath] = (key_node.start_mark.line + 1,
                                         key_node.start_mark.column + 1)
            out[key] = self.build(value_node, kpath)
        return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content_lines(lines: list[str], before: int) -> list[tuple[int, str]]:
    """The lines above line ``before`` (0-based) with content (no blank or comment lines),
    nearest first, as (0-based number, text)."""
    out = []
    for i in range(min(before, len(lines)) - 1, -1, -1):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            out.append((i, lines[i]))
    return out


def _show_line(n: int, text: str) -> str:
    text = text.rstrip()
    shown = text if len(text) <= 60 else text[:57] + "..."
    return Words(f"line {n + 1}: \"{shown}\"", "show_line", n=n + 1, text=shown)


def _spaces(n: int) -> str:
    if n == 1:
        return Words("1 space", "spaces_one")
    return Words(f"{n} spaces", "spaces_many", n=n)


def _or(items: list[str]) -> str:
    """``a or b or c``, each part and each 'or' said in the language."""
    out = items[0]
    for item in items[1:]:
        out = Words(f"{out} or {item}", "or", a=out, b=item)
    return out


def _indent_hint(lines: list[str], row: int) -> str:
    """What the indentation of line ``row`` (0-based) should be, from the lines above."""
    if not 0 <= row < len(lines):
        return ""
    here = _indent(lines[row])
    above = _content_lines(lines, row)
    if not above:
        return ""
    prev_row, prev = above[0]
    prev_indent = _indent(prev)
    # the indentations a line may have here: that of the line above, and of every line
    # above it that is less indented (the open keys and list items)
    levels: list[tuple[int, int, str]] = []
    lowest = prev_indent + 1
    for i, text in above:
        ind = _indent(text)
        if ind < lowest:
            levels.append((ind, i, text))
            lowest = ind
        if ind == 0:
            break
    if here > prev_indent and not prev.rstrip().endswith(":") and prev.strip() != "-":
        spaces, above_line, above_spaces = _spaces(here), _show_line(prev_row, prev), \
            _spaces(prev_indent)
        return Words(f"; line {row + 1} is indented {spaces}, more than the line above "
                     f"({above_line}, {above_spaces}); a key at the same level starts with "
                     f"{above_spaces}", "hint_indent_more", row=row + 1, spaces=spaces,
                     above=above_line, above_spaces=above_spaces)
    if here not in {ind for ind, _i, _t in levels}:
        options = _or([Words(f"{_spaces(ind)} (like {_show_line(i, t)})", "indent_like",
                             spaces=_spaces(ind), line=_show_line(i, t))
                       for ind, i, t in levels[:3]])
        spaces = _spaces(here)
        return Words(f"; line {row + 1} is indented {spaces}, which matches no line above "
                     f"it: indent it {options}", "hint_indent_none", row=row + 1,
                     spaces=spaces, options=options)
    return ""


_HINT_TABS = Words("; indent with spaces, not tabs", "hint_tabs")
_HINT_COLON = Words("; put text that contains ': ' in quotes", "hint_colon")


def _hint(problem: str, lines: list[str] | None = None, row: int = -1) -> str:
    line = lines[row] if lines is not None and 0 <= row < len(lines) else None
    if "'\\t'" in problem:
        return _HINT_TABS
    if "mapping values are not allowed" in problem:
        if line is not None:
            _key, sep, value = line.partition(": ")
            if sep and ": " not in value and not value.strip().startswith(("'", '"')):
                indent = _indent_hint(lines or [], row)
                if indent:
                    return indent
            if sep and ": " in value:
                return _HINT_COLON
        return _HINT_COLON
    if "expected <block end>" in problem or "could not find expected ':'" in problem \
            or "but found '?'" in problem or "but got '?'" in problem:
        if line is not None and "?" in line and ("'?'" in problem):
            return Words("; put text that contains '?' inside { } in quotes", "hint_question")
        if line is not None and re.match(r"\s*-[^\s-]", line):
            return Words(f"; line {row + 1} starts with '-' without a space: a list item is "
                         "'- ' (a dash and a space)", "hint_dash", row=row + 1)
        if lines is not None:
            return _indent_hint(lines, row)
    return ""


class _TooMany(Exception):
    def __init__(self, mark: Any) -> None:
        self.mark = mark


class _CountingLoader(yaml.SafeLoader):
    """SafeLoader's composer, counting the nodes as it makes them: a file with far too many
    values is refused early instead of after minutes and gigabytes."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.nodes = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooMany(self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _too_big(file: str, size: int) -> YamlError:
    return _err(file, None, Words(f"the file is too big ({size:,} bytes; a scenario file is at "
                                  f"most {MAX_FILE_BYTES:,}, a casus is usually 15-25 kB)",
                                  "too_big", size=f"{size:,}", most=f"{MAX_FILE_BYTES:,}"))


# pyyaml's own words for the mistakes authors make most -> error.content.<code>; a rarer
# one is shown in pyyaml's English
_YAML_WORDS: tuple[tuple[str, str], ...] = (
    (r"while scanning a simple key", "yaml_simple_key"),
    (r"could not find expected ':'", "yaml_no_colon"),
    (r"mapping values are not allowed here", "yaml_colon_here"),
    (r"while parsing a block mapping", "yaml_in_mapping"),
    (r"while parsing a block collection", "yaml_in_list"),
    (r"while parsing a flow mapping", "yaml_in_flow_mapping"),
    (r"while parsing a flow sequence", "yaml_in_flow_list"),
    (r"expected <block end>, but found (?P<found>.+)", "yaml_block_end"),
    (r"did not find expected key", "yaml_no_key"),
    (r"did not find expected '-' indicator", "yaml_no_dash"),
    (r"found character (?P<char>.+) that cannot start any token", "yaml_bad_start"),
    (r"while scanning a quoted scalar", "yaml_in_quotes"),
    (r"found unexpected end of stream", "yaml_stream_end"),
    (r"found undefined alias (?P<name>.+)", "yaml_no_alias"),
    (r"expected ',' or '}', but got (?P<found>.+)", "yaml_flow_map_end"),
    (r"expected ',' or '\]', but got (?P<found>.+)", "yaml_flow_list_end"),
    (r"while scanning for the next token", "yaml_next_token"),
    (r"expected the node content, but found (?P<found>.+)", "yaml_no_content"),
)


def _yaml_words(text: str) -> str:
    for pattern, code in _YAML_WORDS:
        m = re.fullmatch(pattern, text, re.DOTALL)
        if m:
            return Words(text, code, **m.groupdict())
    return text


_TOO_DEEP = Words("the file is nested too deeply", "too_deep")


def parse_yaml(text: str, file: str) -> YamlDoc:
    """Parse ``text`` (the contents of ``file``) into plain data with marks.

    Raises YamlError for a syntax error, a refused tag, a duplicate key, an empty file, a
    file bigger than MAX_FILE_BYTES or with more than MAX_NODES values.
    """
    if len(text) > MAX_FILE_BYTES:
        raise _too_big(file, len(text.encode("utf-8", "surrogatepass")))
    try:
        # The reader checks for unprintable characters as it is made, so it is made here.
        loader = _CountingLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except _TooMany as e:
        raise _err(file, e.mark, Words(f"too many values (more than {MAX_NODES:,}); a "
                                       "scenario file has a few thousand at most",
                                       "too_many_values", n=f"{MAX_NODES:,}")) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        parts = [_yaml_words(x) for x in (e.context, e.problem) if x]
        what = (parts[0] if len(parts) == 1 else
                Words(", ".join(parts), "comma", a=parts[0], b=parts[1]) if parts else
                Words("invalid YAML", "yaml_invalid"))
        row = mark.line if mark is not None else -1
        hint = _hint(what, text.split("\n"), row)
        raise _err(file, mark, Words(f"YAML syntax error: {what}{hint}", "yaml_syntax",
                                     what=what, hint=hint)) from None
    except yaml.reader.ReaderError as e:
        pos = max(0, min(int(e.position), len(text)))
        line = text.count("\n", 0, pos)
        mark = yaml.Mark(file, pos, line, pos - (text.rfind("\n", 0, pos) + 1), None, 0)
        char = f"#x{e.character:04x}"
        raise _err(file, mark, Words(f"the character {char} is not allowed in a YAML file (is "
                                     "the file damaged?)", "bad_character", char=char)) from None
    except yaml.YAMLError as e:
        raise _err(file, None, Words(f"YAML syntax error: {e}", "yaml_syntax", what=str(e),
                                     hint="")) from None
    except RecursionError:
        raise _err(file, None, _TOO_DEEP) from None
    if root is None:
        raise _err(file, None, Words("the file is empty; expected a mapping with the keys of "
                                     "a casus or a catalogue", "empty_file"))
    builder = _Builder(file)
    builder.doc.text = text
    try:
        builder.doc.data = builder.build(root, ())
    except RecursionError:
        raise _err(file, root, _TOO_DEEP) from None
    return builder.doc


# the reasons a file cannot be read that a teacher meets (else the system's own words)
_OS_WORDS = {errno.EACCES: Words("permission denied", "os_denied"),
             errno.EPERM: Words("permission denied", "os_denied"),
             errno.ENOENT: Words("no such file", "os_missing"),
             errno.EISDIR: Words("it is a folder", "os_folder")}


def read_yaml(path: Path, file: str | None = None) -> YamlDoc:
    """Read and parse a YAML file; ``file`` is the name used in messages (default: path)."""
    name = str(path) if file is None else file
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(name, size)
        raw = path.read_bytes()
    except OSError as e:
        why = _OS_WORDS.get(e.errno or 0, e.strerror or str(e))
        raise _err(name, None, Words(f"cannot read the file: {why}", "cannot_read",
                                     why=why)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise YamlError(ContentError(name, line, col, "", Words(
            "the file is not UTF-8 text; save it as UTF-8", "not_utf8"))) from None
    return parse_yaml(text, name)
