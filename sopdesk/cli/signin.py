"""Signing in on the command line: every command that reads or writes business data runs as
a user who proved their password, with that user's permissions. There is no implicit
administrator.

The contract (README "Command line", docs/ARCHITECTURE.md "Command line: signing in"):

- who: `--user NAME`, else the environment variable SOPDESK_USER;
- the password, from the first source that has it: SOPDESK_PASSWORD (SOPDESK_USER's
  password: used when SOPDESK_USER is unset or names the same user); with
  `--password-stdin` the next line of standard input; a prompt on the terminal (getpass,
  only when standard input is a terminal); else refused;
- checked by services.users.authenticate (Argon2): an unknown user, an inactive account
  and a wrong password get the same line, "wrong user name or password";
- every refusal to sign in is one line on stderr and exit code EXIT_SIGNIN (3). A signed-in
  user whose role may not do the command is refused by the service (exit 1).

`user add` signs in its administrator the same way (`--admin NAME`), except for the very first
user of a database that has none (services.users.create_first_admin).
"""

from __future__ import annotations

import getpass
import os
import sys

EXIT_SIGNIN = 3
ENV_USER = "SOPDESK_USER"
ENV_PASSWORD = "SOPDESK_PASSWORD"


class SignInError(Exception):
    """Not signed in: one line for stderr, exit code `code`."""

    def __init__(self, message: str, code: int = EXIT_SIGNIN):
        super().__init__(message)
        self.code = code


def add_arguments(parser, *, flag: str = "--user", aliases: tuple[str, ...] = (),
                  what: str = "sign in as this user") -> None:
    """--user NAME (or another flag) and --password-stdin on one sub-command."""
    parser.add_argument(flag, *aliases, dest="user", metavar="NAME",
                        help=f"{what} (default: ${ENV_USER})")
    parser.add_argument("--password-stdin", action="store_true",
                        help=f"read each password not given by ${ENV_PASSWORD} from the next line of "
                             "standard input (default: asked on the terminal)")


class StdinLines:
    """Passwords read from standard input, one line each, in the order they are asked for."""

    def __init__(self, stream=None):
        self.stream = stream

    def next(self, what: str, code: int) -> str:
        line = (self.stream or sys.stdin).readline()
        if not line:
            raise SignInError(f"--password-stdin: standard input has no line for {what}", code)
        return line.rstrip("\r\n")


def username(args, flag: str = "--user") -> str:
    name = (getattr(args, "user", None) or os.environ.get(ENV_USER) or "").strip()
    if not name:
        raise SignInError(f"sign in first: {flag} NAME (or set {ENV_USER}); "
                          "the password comes from --password-stdin, "
                          f"{ENV_PASSWORD} or the terminal")
    return name


def password_for(name: str, args, stdin: StdinLines | None = None) -> str:
    """The password of `name` from the sources of the contract, in their order."""
    env_user = (os.environ.get(ENV_USER) or "").strip()
    env_password = os.environ.get(ENV_PASSWORD)
    if env_password is not None and (not env_user or env_user == name):
        return env_password
    if getattr(args, "password_stdin", False):
        return (stdin or StdinLines()).next(f"{name}'s password", EXIT_SIGNIN)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{name}'s password: ")
    raise SignInError(f"no password for {name}: use --password-stdin, set {ENV_PASSWORD}, "
                      "or run on a terminal to be asked")


def credentials(args, stdin: StdinLines | None = None, flag: str = "--user") -> tuple[str, str]:
    """(user name, password), asked for before the command starts its work."""
    name = username(args, flag)
    return name, password_for(name, args, stdin)


def authenticate(db, name: str, password: str):
    """The signed-in Actor, or SignInError with the service's own sentence."""
    from sopdesk.db import server_roles
    from sopdesk.services.errors import AuthenticationFailed

    try:
        # a read transaction: a hash made with older parameters is upgraded at the app's
        # sign-in (which writes); the command line only checks it. On a PostgreSQL server set
        # up with `db init-server` the command goes on as the user's own login.
        return server_roles.sign_in(db, name, password)
    except AuthenticationFailed as exc:
        raise SignInError(f"sign-in refused: {exc.message}") from None


def sign_in(db, args, stdin: StdinLines | None = None, flag: str = "--user"):
    """Credentials from args / environment / terminal, checked against db: the Actor."""
    name, password = credentials(args, stdin, flag)
    return authenticate(db, name, password)
