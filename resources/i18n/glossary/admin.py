"""Simplified Chinese for the Administration tab (管理): users, settings, import history and
the audit log; the change-my-password dialog; and the error templates of the user, settings
and import-history services (context ServiceErrors)."""

_ERRORS = {
    "at least {min_len} characters": "至少 {min_len} 个字符。",
    "at most {max_len} characters": "最多 {max_len} 个字符。",
    "no active user {username}": "没有启用中的用户 {username}。",
    "no import batch {batch_id}": "没有导入批次 {batch_id}。",
    "no user {username}": "没有用户 {username}。",
    "unknown role {role}; one of {roles}": "未知角色 {role}；可选：{roles}。",
    "unknown setting {key}": "未知设置项 {key}。",
    "unknown time zone {value}": "未知时区 {value}：请从列表中选择。",
    "user {username} already exists": "用户 {username} 已存在。",
    "your role may not change this kind of record": "您的角色不能修改这类记录。",
    "{count} record(s) in {table} created by this import were changed since; the import cannot be undone "
    "automatically": "此次导入创建的 {count} 条记录（{table}）之后又被修改过，无法自动撤销。",
    "{count} record(s) in {table} that this import changed were changed again since; the import cannot be "
    "undone automatically": "此次导入修改的 {count} 条记录（{table}）之后又被修改过，无法自动撤销。",
    "{count} stock move(s) of this import were reversed already": "此次导入的 {count} 笔库存变动已被冲销。",
    "{username} is no longer an active administrator": "{username} 已不再是启用中的管理员。",
}

ZH = {
    **{f"ServiceErrors|{k}": v for k, v in _ERRORS.items()},
}
