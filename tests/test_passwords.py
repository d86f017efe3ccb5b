"""services.passwords: the few-cores path gives exactly PasswordHasher's answers."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.services import passwords

# cheap parameters, but more lanes than the cores the tests pretend to have
MANY_LANES = PasswordHasher(time_cost=1, memory_cost=256, parallelism=4)


def _reference(stored: str, password: str) -> bool:
    try:
        return MANY_LANES.verify(stored, password)
    except Exception:  # noqa: BLE001 - any refusal is a "no"
        return False


@pytest.fixture
def two_cores(monkeypatch):
    """Pretend this PC has 2 cores, and make sure the threads path answers (not the fallback)."""
    monkeypatch.setattr(passwords, "CORES", 2)

    monkeypatch.setattr(passwords, "_hasher", _Spy(passwords._hasher, refuse=True))


class _Spy:
    """Stands in for the module's PasswordHasher: records (or refuses) verify calls."""

    def __init__(self, real: PasswordHasher, refuse: bool = False):
        self.real, self.refuse, self.calls = real, refuse, []

    def verify(self, stored: str, password: str) -> bool:
        if self.refuse:
            raise AssertionError("PasswordHasher.verify was used")
        self.calls.append(stored)
        return self.real.verify(stored, password)


@settings(max_examples=40, deadline=None)
@given(password=st.text(max_size=40), other=st.text(max_size=40))
def test_the_threads_path_agrees_with_argon2_cffi(password, other):
    stored = MANY_LANES.hash(password)
    original = passwords.CORES
    passwords.CORES = 1
    try:
        assert passwords.verify_password(stored, password) is True
        assert passwords.verify_password(stored, other) is _reference(stored, other)
    finally:
        passwords.CORES = original


def test_the_threads_path_is_taken_and_refuses_wrong_passwords(two_cores):
    stored = MANY_LANES.hash("秘密-secret 123")
    assert passwords.verify_password(stored, "秘密-secret 123") is True
    assert passwords.verify_password(stored, "秘密-secret 124") is False
    assert passwords.verify_password(stored, "") is False


@pytest.mark.parametrize("kind", [Type.ID, Type.I, Type.D])
def test_every_argon2_variant(two_cores, kind):
    stored = hash_secret(b"pass word", b"saltsaltsalt1234", time_cost=1, memory_cost=256, parallelism=3,
                         hash_len=24, type=kind).decode()
    assert passwords.verify_password(stored, "pass word") is True
    assert passwords.verify_password(stored, "pass-word") is False


def test_tampered_or_malformed_hashes_are_a_no(monkeypatch):
    monkeypatch.setattr(passwords, "CORES", 1)
    stored = MANY_LANES.hash("demo123")
    head, salt, digest = stored.rsplit("$", 2)
    flipped = digest[:-2] + ("A" if digest[-2] != "A" else "B") + digest[-1]
    other_salt = ("A" if salt[0] != "A" else "B") + salt[1:]
    for bad in (f"{head}${salt}${flipped}", f"{head}${other_salt}${digest}", f"{head}${salt}$%%%",
                f"{head}$$", stored.replace("v=19$", ""), "not a hash", "", "$argon2id$v=19$m=8,t=1,p=9$c2FsdA$aGFzaA"):
        assert passwords.verify_password(bad, "demo123") is False, bad
    assert passwords.verify_password(stored, "demo123") is True


def test_enough_cores_goes_through_password_hasher(monkeypatch):
    monkeypatch.setattr(passwords, "CORES", 64)
    spy = _Spy(passwords._hasher)
    monkeypatch.setattr(passwords, "_hasher", spy)
    stored = MANY_LANES.hash("demo123")
    assert passwords.verify_password(stored, "demo123") is True
    assert passwords.verify_password(stored, "demo124") is False
    assert spy.calls == [stored, stored]
