"""Duplicate detection over a long run: what was seen moves from memory to a temporary
SQLite database, and a database that fails costs memory, never a duplicate or an id.

Each feed is a JSONL upload read with `read_bytes` and one shared `SeenTexts`, as the
command line reads a folder of feeds."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tracker.read import seen as seen_module
from tracker.read.documents import Document, SeenTexts, Skipped, read_bytes

COUNT = 3_000


def feed(count: int = COUNT) -> list[str]:
    return [
        json.dumps({"id": f"story-{i}", "text": f"Update {i}: more than {i * 10 + 200:,} people fled Saraqeb."})
        for i in range(count)
    ]


def read_late_copies(seen: SeenTexts, lines: list[str]) -> list[Document | Skipped]:
    """The first and the last story again, and a new story under the first one's id."""
    late = json.dumps({"id": "story-0", "text": "A new story."})
    return read_bytes("late.jsonl", "\n".join([lines[0], lines[-1], late]).encode(), seen=seen)


def assert_every_copy_found(again: list[Document | Skipped]) -> None:
    assert again[0] == Skipped("late.jsonl:1", "same text as story-0", "duplicate")
    assert again[1] == Skipped("late.jsonl:2", f"same text as story-{COUNT - 1}", "duplicate")
    assert isinstance(again[2], Document) and again[2].id == "late.jsonl:3"
    assert any("'story-0' already used" in w for w in again[2].warnings)


def test_what_was_seen_moves_to_a_database_file_larger_than_its_cache() -> None:
    lines = feed()
    # 500 in memory, then batches into a database whose 64 KiB cache holds about a third of
    # it: the earliest stories are read back from the file
    with SeenTexts(in_memory=500, cache_kib=64) as seen:
        first = read_bytes("feed.jsonl", "\n".join(lines).encode(), seen=seen)
        assert [d.id for d in first] == [f"story-{i}" for i in range(COUNT)]
        pages, size = (seen._db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        assert pages * size > 2 * 64 * 1024
        assert_every_copy_found(read_late_copies(seen, lines))


def test_the_database_file_is_gone_when_the_run_ends(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(seen_module.tempfile, "tempdir", str(tmp_path))
    with SeenTexts(in_memory=100) as seen:
        read_bytes("feed.jsonl", "\n".join(feed(300)).encode(), seen=seen)
        assert seen._db is not None
    assert os.listdir(tmp_path) == []


def test_no_folder_for_the_database_keeps_everything_in_memory(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/tmp/tracker-seen-x.sqlite")

    monkeypatch.setattr(seen_module.tempfile, "mkstemp", refuse)
    lines = feed()
    with SeenTexts(in_memory=500) as seen:
        with pytest.warns(RuntimeWarning, match="kept in memory"):
            read_bytes("feed.jsonl", "\n".join(lines).encode(), seen=seen)
        assert seen._db is None
        assert_every_copy_found(read_late_copies(seen, lines))


def test_a_database_that_fills_up_keeps_what_it_holds_and_the_rest_in_memory() -> None:
    lines = feed()
    with SeenTexts(in_memory=500, cache_kib=64) as seen:
        read_bytes("first.jsonl", "\n".join(lines[:500]).encode(), seen=seen)  # the first batch moves
        (pages,) = seen._db.execute("PRAGMA page_count").fetchone()
        seen._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
        with pytest.warns(RuntimeWarning, match="database or disk is full"):
            rest = read_bytes("feed.jsonl", "\n".join(lines[500:]).encode(), seen=seen)
        assert [d.id for d in rest] == [f"story-{i}" for i in range(500, COUNT)]
        assert_every_copy_found(read_late_copies(seen, lines))


def test_a_database_that_cannot_be_read_stops_the_run_with_one_line() -> None:
    with SeenTexts(in_memory=10) as seen:
        read_bytes("feed.jsonl", "\n".join(feed(20)).encode(), seen=seen)
        seen._db.execute("DROP TABLE texts")
        with pytest.raises(seen_module.DuplicateStoreError, match="set TMPDIR to a folder with room") as error:
            read_bytes("late.jsonl", feed(1)[0].encode(), seen=seen)
    assert "\n" not in str(error.value)
    assert isinstance(error.value.__cause__, sqlite3.Error)


def tiny_feed(path, count: int) -> str:
    rows = [{"id": f"a{i}", "date": "2020-02-01", "text": f"Update {i}: {i + 200} people fled Saraqeb."}
            for i in range(count)]
    rows.append({"id": "copy", "date": "2020-02-01", "text": rows[0]["text"]})  # a repeat of the first
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_the_command_line_says_in_one_line_that_it_keeps_going_in_memory(tmp_path, monkeypatch, capsys) -> None:
    from tracker import cli

    monkeypatch.setattr(seen_module, "IN_MEMORY", 50)
    make_file = seen_module.tempfile.mkstemp

    def full(*args, **kwargs):  # the database's file only: the output is written as usual
        if kwargs.get("prefix", "").startswith("tracker-seen"):
            raise OSError(28, "No space left on device")
        return make_file(*args, **kwargs)

    monkeypatch.setattr(seen_module.tempfile, "mkstemp", full)
    code = cli.main(["extract", tiny_feed(tmp_path / "feed.jsonl", 200), "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code == 0, err
    warned = [line for line in err.splitlines() if "finding duplicates" in line]
    assert len(warned) == 1 and warned[0].startswith("tracker: warning: "), err
    assert "same text as a0" in err  # the repeat was still found


def test_the_command_line_stops_in_one_line_when_what_was_seen_cannot_be_read(tmp_path, monkeypatch, capsys) -> None:
    from tracker import cli

    def unreadable(self, id):
        raise seen_module.DuplicateStoreError("finding duplicates: the temporary database in /tmp can no longer be read")

    monkeypatch.setattr(seen_module.SeenStore, "taken", unreadable)
    code = cli.main(["extract", tiny_feed(tmp_path / "feed.jsonl", 5), "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.strip() == "tracker: error: finding duplicates: the temporary database in /tmp can no longer be read"
    assert not (tmp_path / "out.csv").exists()
