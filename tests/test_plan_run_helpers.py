"""The helpers a plan run's speed stands on: ids made in bulk, the collector held during
the run, JSON columns written with orjson. Each must change nothing but the time taken."""

from __future__ import annotations

import datetime as dt
import gc
import threading
import uuid

import pytest
from sqlalchemy import select

from sopdesk.db import bulk, jsoncodec
from sopdesk.gcpause import gc_paused, paused_gc
from sopdesk.models import Customer
from sopdesk.models.planning import PlanException
from sopdesk.models.types import new_id_texts


def test_bulk_ids_are_distinct_version_4_uuids():
    ids = new_id_texts(5000)
    assert len(set(ids)) == 5000
    for text in ids:
        assert len(text) == 32
        u = uuid.UUID(text)
        assert (u.version, u.variant) == (4, uuid.RFC_4122)
        assert u.hex == text
    assert new_id_texts(0) == []


def test_bulk_ids_are_stored_as_the_same_uuids(db):
    ids = new_id_texts(3)
    with db.write() as s:
        bulk.insert_columns(s.connection(), Customer.__table__, {
            "id": ids, "code": ["C1", "C2", "C3"], "name": ["甲", "乙", "丙"]})
    with db.read() as s:
        stored = s.scalars(select(Customer.id).where(Customer.code.in_(["C1", "C2", "C3"])).order_by(Customer.code))
        assert [u.hex for u in stored] == ids


def test_the_collector_is_held_while_any_hold_lasts_and_restored_after():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: still held
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_holds_from_two_threads_share_one_pause():
    inside, release = threading.Event(), threading.Event()
    seen = []

    @paused_gc
    def long_run():
        inside.set()
        release.wait(10)
        return "done"

    worker = threading.Thread(target=lambda: seen.append(long_run()))
    worker.start()
    assert inside.wait(10)
    with gc_paused():
        pass
    seen.append(gc.isenabled())  # the other thread still holds it
    release.set()
    worker.join(10)
    assert seen == [False, "done"]
    assert gc.isenabled()


def test_an_exception_ends_the_hold():
    @paused_gc
    def fails():
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        fails()
    assert gc.isenabled()


def test_json_is_written_by_orjson_and_falls_back_for_what_it_refuses():
    assert jsoncodec.dumps({"a": [1, 2], "名": "物料"}) == '{"a":[1,2],"名":"物料"}'
    big = 2 ** 70
    assert jsoncodec.dumps({"n": big}) == '{"n": 1180591620717411303424}'  # the standard library's
    assert jsoncodec.dumps({1: "x"}) == '{"1": "x"}'


def test_json_columns_read_back_exactly(db):
    params = {"item": "甲", "big": 2 ** 70, "n": 12345678901234567, "nested": [{"a": None}]}
    with db.write() as s:
        s.add(PlanException(run_id=uuid.uuid4(), kind="beyond", week=dt.date(2027, 1, 4), params=params))
    with db.read() as s:
        stored = s.scalar(select(PlanException.params))
    assert stored == params
    assert isinstance(stored["big"], int)
