"""The import/export permission maps the File menu reads agree with what the services check."""

from sopdesk import excel
from sopdesk.models import Role
from sopdesk.services import exports, imports
from sopdesk.services.permissions import ROLE_PERMISSIONS, Actor
from sopdesk.services.transfer_rights import importable_kinds, may_export


def _actor(role: Role) -> Actor:
    import uuid

    return Actor(uuid.uuid4(), role.value, role)


def test_every_import_kind_has_a_permission_in_the_engines_order():
    assert tuple(imports.KIND_PERMISSION) == excel.KINDS


def test_menu_rights_match_the_services_checks():
    for role in ROLE_PERMISSIONS:
        actor = _actor(role)
        expected = [k for k in excel.KINDS
                    if actor.can(imports.KIND_PERMISSION[k]) and actor.can(imports.Permission.IMPORT_DATA)]
        assert importable_kinds(actor) == expected, role
        for kind in exports.VIEW:
            assert may_export(actor, kind) == actor.can(exports.VIEW[kind]), (role, kind)
    assert importable_kinds(_actor(Role.SALES)) == ["orders", "forecast"]
    assert not may_export(_actor(Role.SALES), "no-such-list")
