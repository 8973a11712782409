"""The safe YAML reader: positions, refused tags, duplicate keys, syntax errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content import YamlError, parse_yaml, read_yaml, validate_main


def error_of(text: str) -> str:
    with pytest.raises(YamlError) as info:
        parse_yaml(text, "f.yaml")
    return str(info.value.error)


def test_values_and_keys_have_positions() -> None:
    doc = parse_yaml("a: 1\nlist:\n  - x: true\n    y: [1, 2.5, null]\n", "f.yaml")
    assert doc.data == {"a": 1, "list": [{"x": True, "y": [1, 2.5, None]}]}
    assert doc.marks[("a",)] == (1, 4)
    assert doc.key_marks[("a",)] == (1, 1)
    assert doc.marks[("list", 0)] == (3, 5)
    assert doc.key_marks[("list", 0, "y")] == (4, 5)
    assert doc.marks[("list", 0, "y", 1)] == (4, 12)
    # a path that does not exist falls back to its nearest ancestor
    assert doc.mark(("list", 0, "z", 3)) == (3, 5)


def test_keys_stay_text_as_written() -> None:
    # YAML 1.1 would turn these keys into booleans and numbers
    doc = parse_yaml("yes: 1\nno: 2\n3: x\nnull: y\n", "f.yaml")
    assert doc.data == {"yes": 1, "no": 2, "3": "x", "null": "y"}


def test_dates_stay_text() -> None:
    assert parse_yaml("d: 2024-01-31\n", "f.yaml").data == {"d": "2024-01-31"}


def test_python_tag_is_refused_and_never_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "hacked"
    path = tmp_path / "evil.yaml"
    path.write_text(f'format: 1\nid: evil\ntitle: !!python/object/apply:os.system '
                    f'["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(YamlError) as info:
        read_yaml(path, "evil.yaml")
    err = info.value.error
    assert (err.line, err.column) == (3, 8)
    assert "'!!python/object/apply:os.system' is not allowed" in err.message
    monkeypatch.chdir(tmp_path)
    assert validate_main([str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("evil.yaml:3:8: title: the tag '!!python/object/apply:os.system'")
    assert not marker.exists()


def test_echo_hacked_example_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text('!!python/object/apply:os.system ["echo hacked"]\n', encoding="utf-8")
    with pytest.raises(YamlError) as info:
        read_yaml(path)
    assert (info.value.error.line, info.value.error.column) == (1, 1)


@pytest.mark.parametrize("text, line, col, tag", [
    ("a: !!python/name:os.system\n", 1, 4, "!!python/name:os.system"),
    ("a:\n  - !!python/object/new:os.system [x]\n", 2, 5, "!!python/object/new:os.system"),
    ("a: !include other.yaml\n", 1, 4, "!include"),
    ("a: !!binary aGVsbG8=\n", 1, 4, "!!binary"),
    ("a: !!set {x, y}\n", 1, 4, "!!set"),
    ("!!python/object:x.Y\nb: 1\n", 1, 1, "!!python/object:x.Y"),
    ("? !!python/tuple [1, 2]\n: x\n", 1, 3, "a key must be plain text"),
])
def test_other_tags_are_refused(text: str, line: int, col: int, tag: str) -> None:
    msg = error_of(text)
    assert msg.startswith(f"f.yaml:{line}:{col}: ")
    assert tag in msg


def test_standard_tags_are_fine() -> None:
    doc = parse_yaml("a: !!str 3\nb: !!int '4'\nc: !!map {x: !!seq [1]}\n", "f.yaml")
    assert doc.data == {"a": "3", "b": 4, "c": {"x": [1]}}


def test_duplicate_key() -> None:
    msg = error_of("id: a\nname: x\nproblems: []\nname: y\n")
    assert msg == ("f.yaml:4:1: name: duplicate key 'name' (first at line 2); YAML would "
                   "silently keep only the last one")


def test_duplicate_key_nested() -> None:
    msg = error_of("problems:\n  - id: a\n    kind: x\n    kind: y\n")
    assert msg.startswith("f.yaml:4:5: problems[0].kind: duplicate key 'kind' (first at line 3)")


def test_syntax_error_has_line_and_column() -> None:
    msg = error_of("id: a\nproblems:\n  - id: b\n   kind: x\n")
    assert msg.startswith("f.yaml:4:4: YAML syntax error: ")


@pytest.mark.parametrize("char", ["\x7f", "\x00", "\x1b", "\ufffe"])
def test_unprintable_character_is_a_clear_error(char: str) -> None:
    # A damaged file (a flipped bit in a save's embedded casus) once crashed with
    # PyYAML's own ReaderError, raised while the reader was made.
    msg = error_of(f"id: a\nname: x{char}y\n")
    assert msg == (f"f.yaml:2:8: the character #x{ord(char):04x} is not allowed in a YAML "
                   "file (is the file damaged?)")


def test_syntax_error_hints() -> None:
    assert error_of("id: a\nname: Ron: 45\n") == (
        "f.yaml:2:10: YAML syntax error: mapping values are not allowed here; put text that "
        "contains ': ' in quotes")
    assert error_of("a:\n\t- x\n").endswith("; indent with spaces, not tabs")


def test_unclosed_flow_mapping() -> None:
    msg = error_of("id: a\nname: {nl: x, en: y\nage: 3\n")
    assert msg.startswith("f.yaml:3:4: YAML syntax error: ")


def test_empty_file() -> None:
    assert error_of("") == ("f.yaml:1:1: the file is empty; expected a mapping with the keys "
                            "of a casus or a catalogue")
    assert error_of("# only a comment\n").startswith("f.yaml:1:1: the file is empty")


def test_two_documents() -> None:
    assert error_of("a: 1\n---\nb: 2\n") == ("f.yaml:2:1: YAML syntax error: expected a single "
                                            "document in the stream, but found another document")


def test_merge_keys_are_refused() -> None:
    assert "merge keys" in error_of("base: &b {x: 1}\nc:\n  <<: *b\n")


def test_aliases_work_but_not_forever() -> None:
    doc = parse_yaml("t: &t {nl: a, en: b}\nu: *t\n", "f.yaml")
    assert doc.data["u"] == {"nl": "a", "en": "b"}
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    assert "too many values" in error_of(bomb)
    assert "refers to a value that contains it" in error_of("a: &x [1, *x]\n")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: a\nname: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(YamlError) as info:
        read_yaml(path, "latin1.yaml")
    assert str(info.value.error) == ("latin1.yaml:2:10: the file is not UTF-8 text; "
                                     "save it as UTF-8")
