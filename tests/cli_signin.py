"""Signing the command line in, for tests that run it: an account and the environment
variables of the sign-in contract (sopdesk/cli/signin.py)."""

from __future__ import annotations

CLI_ADMIN, CLI_PASSWORD = "cli.admin", "cli-secret1"


def sign_in_cli(monkeypatch, username: str = CLI_ADMIN, password: str = CLI_PASSWORD) -> None:
    """The command line signs in as this user (SOPDESK_USER / SOPDESK_PASSWORD)."""
    monkeypatch.setenv("SOPDESK_USER", username)
    monkeypatch.setenv("SOPDESK_PASSWORD", password)


def add_cli_admin(db, username: str = CLI_ADMIN, password: str = CLI_PASSWORD) -> None:
    from sopdesk.services import users
    from sopdesk.services.permissions import SYSTEM

    with db.write(SYSTEM) as s:
        users.create_user(s, SYSTEM, username, "admin", password, display_name="CLI admin")
