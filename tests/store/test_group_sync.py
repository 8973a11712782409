"""Saves renamed into place first and synced to disk afterwards, in batches (issue 11: the
classroom host shows a move once its save is in place, and does not wait for the sync)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from game.store import saves
from game.store.saves import GroupSync, read_save, write_save

SAVE = {"format": "krachtenveld-save", "version": 1, "scenario": "ron", "seed": 1,
        "actions": ["inwoner:klaar"]}


def test_a_save_written_without_sync_is_complete_in_place_and_skips_only_the_fsync(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    path = tmp_path / "game.json"
    write_save(path, SAVE, sync=False)
    assert synced == []
    assert read_save(path)["actions"] == ["inwoner:klaar"]
    assert path.read_bytes() == saves.save_bytes(SAVE)
    assert [p.name for p in tmp_path.iterdir()] == ["game.json"]  # no temporary file left
    write_save(path, {**SAVE, "actions": []})
    assert len(synced) == 1 and read_save(path)["actions"] == []


def test_the_group_sync_batches_what_was_added_while_it_synced(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "sub" / "b.json"
    calls: list[Path] = []
    folders: list[Path] = []
    first = threading.Event()
    release = threading.Event()

    def sync(path: Path) -> None:
        calls.append(path)
        if len(calls) == 1:
            first.set()
            assert release.wait(30)

    syncer = GroupSync(sync=sync, folder_sync=folders.append)
    try:
        t1 = syncer.add(a)
        assert first.wait(30)  # the first batch (a) is being synced now
        t2 = syncer.add(b)
        t3 = syncer.add(a)  # written again meanwhile: synced once more, after b
        syncer.add(b)  # and b again: still once in that batch, at its latest place
        assert not syncer.synced(t1) and not syncer.synced()
        release.set()
        syncer.wait(t1)
        syncer.wait()
        assert syncer.synced(t2) and syncer.synced(t3)
        assert calls == [a, a, b]
        assert folders == [tmp_path, tmp_path, tmp_path / "sub"]
    finally:
        release.set()
        syncer.close()


def test_a_file_that_cannot_be_synced_is_told_and_the_others_still_are(
        tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    write_save(good, SAVE, sync=False)
    failed: list[tuple[Path, OSError]] = []
    syncer = GroupSync()  # the real sync: a file by its name
    try:
        missing = tmp_path / "gone.json"
        syncer.add(missing, lambda p, e: failed.append((p, e)))
        syncer.wait()
        assert [p for p, _e in failed] == [missing]
        assert isinstance(failed[0][1], FileNotFoundError)
        ticket = syncer.add(good, lambda p, e: failed.append((p, e)))
        syncer.wait(ticket)
        assert len(failed) == 1  # the thread went on, and the good file synced
    finally:
        syncer.close()
    # a write still under way when the host stopped: synced at once, in the caller
    assert syncer.add(good) == 0 and syncer.synced()
    syncer.add(missing, lambda p, e: failed.append((p, e)))
    assert [p for p, _e in failed] == [missing, missing]


def test_after_close_a_file_is_synced_by_the_caller_at_once(tmp_path: Path) -> None:
    calls: list[tuple[str, Path]] = []
    syncer = GroupSync(sync=lambda p: calls.append(("file", p)),
                       folder_sync=lambda f: calls.append(("folder", f)))
    syncer.close()
    late = tmp_path / "late.json"
    syncer.add(late)
    assert calls == [("file", late), ("folder", tmp_path)]


def test_close_syncs_what_is_pending_first(tmp_path: Path) -> None:
    calls: list[Path] = []
    hold = threading.Event()

    def sync(path: Path) -> None:
        assert hold.wait(30)
        calls.append(path)

    syncer = GroupSync(sync=sync, folder_sync=lambda folder: None)
    paths = [tmp_path / f"{i}.json" for i in range(5)]
    for p in paths:
        syncer.add(p)
    hold.set()
    syncer.close()
    assert sorted(calls) == sorted(paths) and syncer.synced()
