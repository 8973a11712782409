"""The validator as an author's tool (issue 14): hints that fit the mistake, ids listed when
nothing is close, a kind named where a problem belongs, duplicate ids across files, file
names that are not the id, and files too big to be a casus refused at once."""

from __future__ import annotations

from pathlib import Path

from game.content import validate_paths
from game.content.yamlsafe import MAX_FILE_BYTES, MAX_NODES, YamlError, parse_yaml
from tests.content import minimal
from tests.content.minimal import CASUS


def yaml_error(text: str) -> str:
    try:
        parse_yaml(text, "f.yaml")
    except YamlError as e:
        return str(e)
    raise AssertionError("no error")


def test_one_space_too_many_says_the_indentation_with_the_line_above() -> None:
    msg = yaml_error("id: x\ntitle:\n  nl: Hallo\n   en: Hello\n")
    assert msg.startswith("f.yaml:4:6: YAML syntax error: mapping values are not allowed here")
    assert ("line 4 is indented 3 spaces, more than the line above (line 3: \"  nl: Hallo\", "
            "2 spaces); a key at the same level starts with 2 spaces") in msg
    assert "quotes" not in msg


def test_an_indentation_that_matches_nothing_lists_the_indentations_above() -> None:
    msg = yaml_error("id: x\nproblems:\n  - id: a\n    kind: b\n   sensitivity: 2\n")
    assert "line 5 is indented 3 spaces, which matches no line above it: indent it 4 spaces " \
           "(like line 4: \"    kind: b\")" in msg
    assert "'?'" not in msg.split(";", 1)[1]  # no '?' hint where there is no '?'
    msg = yaml_error("id: x\ntitle:\n  nl: Hallo\n en: Hello\n")
    assert "line 4 is indented 1 space, which matches no line above it" in msg


def test_a_dash_without_a_space_is_named_not_a_question_mark() -> None:
    msg = yaml_error("id: x\nlist:\n  - a\n  -b: c\n - d\n")
    assert "line 4 starts with '-' without a space" in msg
    assert "contains '?'" not in msg


def test_the_old_hints_stay_where_they_fit() -> None:
    assert yaml_error("id: x\ntitle:\n  nl: Vraag: wat nu\n").endswith(
        "put text that contains ': ' in quotes")
    assert yaml_error("id: x\na:\n  - b: {c? d}\n").endswith(
        "put text that contains '?' inside { } in quotes")


def test_an_unknown_id_like_nothing_known_lists_the_ids(tmp_path: Path) -> None:
    text = CASUS.replace("    found_by: [huisbezoek]", "    found_by: [hulp]")
    msgs = [e.message for e in validate_paths([minimal.write(tmp_path, text)])]
    assert len(msgs) == 1 and msgs[0].startswith("unknown action 'hulp'; expected ")
    assert "did you mean" not in msgs[0] and "'huisbezoek'" in msgs[0]


def test_a_signal_problem_that_names_a_kind_says_so(tmp_path: Path) -> None:
    text = CASUS.replace("    problem: schulden\n    text", "    problem: psychisch\n    text")
    errors = validate_paths([minimal.write(tmp_path, text)])
    assert [e.message for e in errors] == [
        ("'psychisch' is a problem kind, not a problem id: a signal names the problem it "
        "points to by its id ('depressie' has this kind)")]


def test_two_files_with_the_same_id_and_a_name_that_is_not_the_id(tmp_path: Path) -> None:
    minimal.write(tmp_path, CASUS)
    second = tmp_path / "kopie.yaml"
    second.write_text(CASUS, encoding="utf-8")
    errors = validate_paths([tmp_path])
    msgs = {(Path(e.file).name, e.message) for e in errors}
    # the files are read in name order: the second one (mini.yaml) names the first
    assert ("mini.yaml", (f"the casus id 'mini' is also the id of {second} (line 2); every "
            "casus needs its own id")) in msgs, msgs
    assert ("kopie.yaml", ("the file name 'kopie.yaml' differs from its id 'mini': name the "
            "file mini.yaml (the game finds a casus by its id)")) in msgs
    assert len(msgs) == 2


def _refused_quickly(path: Path, expected: str) -> None:
    errors = validate_paths([path])
    assert len(errors) == 1 and expected in errors[0].message, errors


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "lijst.yaml"
    with big.open("w", encoding="utf-8") as f:
        f.write("id: x\nitems:\n")
        chunk = "  - 1\n" * 10_000
        while f.tell() < 50_000_000:
            f.write(chunk)
    _refused_quickly(big, f"the file is too big ({big.stat().st_size:,} bytes; a scenario "
                          f"file is at most {MAX_FILE_BYTES:,}")
    text = tmp_path / "tekst.yaml"
    text.write_text("id: x\nstory: " + "a" * 50_000_000 + "\n", encoding="utf-8")
    _refused_quickly(text, "the file is too big")


def test_a_list_of_too_many_values_is_refused_while_parsing(tmp_path: Path) -> None:
    path = tmp_path / "lijst.yaml"
    path.write_text("id: x\nitems:\n" + "  - 1\n" * 150_000, encoding="utf-8")  # 900 kB
    _refused_quickly(path, f"too many values (more than {MAX_NODES:,})")


def test_aliases_that_repeat_a_large_part_are_refused(tmp_path: Path) -> None:
    lol = "a: &a [" + ",".join(["x"] * 10) + "]\n"
    prev = "a"
    for i in range(1, 12):
        lol += f"l{i}: &l{i} [" + ",".join([f"*{prev}"] * 10) + "]\n"
        prev = f"l{i}"
    path = tmp_path / "lol.yaml"
    path.write_text(lol, encoding="utf-8")
    _refused_quickly(path, "too many values")


def test_a_huge_integer_is_not_echoed_in_full(tmp_path: Path) -> None:
    for digits in (4000, 5000):
        path = tmp_path / f"getal{digits}.yaml"
        path.write_text(CASUS.replace("age: ", "age: " + "9" * digits + " #", 1),
                        encoding="utf-8")
        errors = validate_paths([path])
        text = "\n".join(str(e) for e in errors)
        assert f"a number of {digits} digits" in text
        assert "9" * 40 not in text
