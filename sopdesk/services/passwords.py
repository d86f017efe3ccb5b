"""Password hashing with Argon2id (argon2-cffi's defaults: 64 MiB, 3 passes, 4 lanes).

A hash records its own parameters, so verification works whatever created it. Argon2 runs
one thread per lane; on a PC with fewer cores than the hash has lanes, the extra threads only
wait for each other (a default hash checked on 2 cores: 4 threads 0.08–0.10 s, 2 threads
0.07 s). `verify_password` then recomputes the hash through argon2-cffi's own `argon2_ctx`
binding with one thread per core: the lanes stay as stored, so the result is the same bytes,
compared in constant time. Everywhere else PasswordHasher.verify does the work.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import core, ffi, lib

# Tests and the demo generator may lower the cost through the environment.
_hasher = (
    PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if os.environ.get("SOPDESK_FAST_HASH") == "1"
    else PasswordHasher()
)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (Linux)
    except (AttributeError, OSError):
        return os.cpu_count() or 1


CORES = _cores()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        params = extract_parameters(stored_hash)
    except (InvalidHashError, ValueError):
        return False
    if params.parallelism > CORES:
        checked = _verify_with_threads(stored_hash, password, params, CORES)
        if checked is not None:
            return checked
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _verify_with_threads(stored_hash: str, password: str, params, threads: int) -> bool | None:
    """True or False, or None for a hash this function does not read (the caller then asks
    PasswordHasher). `$argon2id$v=19$m=…,t=…,p=…$salt$hash`, salt and hash in unpadded base64."""
    parts = stored_hash.split("$")
    if len(parts) != 6 or not parts[2].startswith("v="):
        return None
    try:
        salt, expected = _b64(parts[4]), _b64(parts[5])
    except (binascii.Error, ValueError):
        return None
    secret = password.encode("utf-8")  # as PasswordHasher encodes it
    out = ffi.new("uint8_t[]", len(expected))
    c_secret, c_salt = ffi.new("uint8_t[]", secret), ffi.new("uint8_t[]", salt)
    ctx = ffi.new("argon2_context *", {
        "out": out, "outlen": len(expected), "pwd": c_secret, "pwdlen": len(secret),
        "salt": c_salt, "saltlen": len(salt), "secret": ffi.NULL, "secretlen": 0, "ad": ffi.NULL,
        "adlen": 0, "t_cost": params.time_cost, "m_cost": params.memory_cost,
        "lanes": params.parallelism, "threads": max(1, min(threads, params.parallelism)),
        "version": params.version, "allocate_cbk": ffi.NULL, "free_cbk": ffi.NULL,
        "flags": lib.ARGON2_DEFAULT_FLAGS,
    })
    if core(ctx, Type(params.type).value) != lib.ARGON2_OK:
        return None
    return hmac.compare_digest(bytes(ffi.buffer(out, len(expected))), expected)


def _b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
