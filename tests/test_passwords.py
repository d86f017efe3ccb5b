"""services.passwords: argon2-cffi's PasswordHasher, one policy; anything malformed is a no."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.services import passwords

OTHER_PARAMETERS = PasswordHasher(time_cost=1, memory_cost=256, parallelism=4)


@settings(max_examples=30, deadline=None)
@given(password=st.text(max_size=40), other=st.text(max_size=40))
def test_a_hash_accepts_its_password_only(password, other):
    stored = passwords.hash_password(password)
    assert passwords.verify_password(stored, password) is True
    assert passwords.verify_password(stored, other) is (other == password)


@pytest.mark.parametrize("kind", [Type.ID, Type.I, Type.D])
def test_hashes_made_with_other_parameters_and_variants_verify(kind):
    stored = hash_secret(b"pass word", b"saltsaltsalt1234", time_cost=1, memory_cost=256, parallelism=3,
                         hash_len=24, type=kind).decode()
    assert passwords.verify_password(stored, "pass word") is True
    assert passwords.verify_password(stored, "pass-word") is False


def test_tampered_or_malformed_hashes_are_a_no():
    stored = OTHER_PARAMETERS.hash("demo123")
    head, salt, digest = stored.rsplit("$", 2)
    flipped = digest[:-2] + ("A" if digest[-2] != "A" else "B") + digest[-1]
    other_salt = ("A" if salt[0] != "A" else "B") + salt[1:]
    for bad in (f"{head}${salt}${flipped}", f"{head}${other_salt}${digest}", f"{head}${salt}$%%%",
                f"{head}$$", stored.replace("v=19$", ""), "not a hash", "", "$argon2id$v=19$m=8,t=1,p=9$c2FsdA$aGFzaA"):
        assert passwords.verify_password(bad, "demo123") is False, bad
    assert passwords.verify_password(stored, "demo123") is True


def test_the_product_hashes_with_argon2_cffi_defaults():
    """The tests run with cheap parameters (conftest); the product has the library's defaults."""
    product = passwords.PasswordHasher()
    assert (product.time_cost, product.memory_cost, product.parallelism) == (3, 65536, 4)
    assert passwords.needs_rehash(OTHER_PARAMETERS.hash("x")) is True  # not the current policy
