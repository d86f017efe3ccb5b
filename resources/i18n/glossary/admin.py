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

_UI = {
    # the tab and its pages
    "Users": "用户", "Settings": "系统设置", "Import history": "导入记录", "Audit log": "操作日志",
    # users
    "Add user…": "新增用户…", "Change role…": "修改角色…", "Deactivate": "停用", "Reactivate": "重新启用",
    "Reset password…": "重置密码…", "User name": "用户名", "Display name": "显示名称", "Role": "角色",
    "State": "状态", "(you)": "（本人）", "Active": "启用", "Deactivated": "已停用",
    "This is your own account: its role and state are changed by another administrator. Change your password "
    "from the File menu.": "这是您本人的账号：角色和状态须由其他管理员修改。修改密码请使用“文件”菜单。",
    "The last active administrator keeps the role and stays active: make another user administrator first.":
        "最后一个启用中的管理员必须保留管理员角色并保持启用：请先把其他用户设为管理员。",
    "User {0} added.": "已新增用户 {0}。", "{0} is now {1}.": "{0} 的角色已改为“{1}”。",
    "The password of {0} was reset.": "已重置 {0} 的密码。", "{0} was reactivated.": "已重新启用 {0}。",
    "{0} was deactivated: they can no longer sign in.": "已停用 {0}：该用户不能再登录。",
    "Add user": "新增用户", "e.g. wang.fang (used to sign in)": "例如 wang.fang（登录时使用）",
    "e.g. 王芳": "例如 王芳", "Initial password": "初始密码", "Password again": "再次输入密码",
    "Tell the user this password; they can change it from the File menu after signing in.":
        "请把此密码告诉该用户；登录后可在“文件”菜单中自行修改。",
    "The two passwords differ.": "两次输入的密码不一致。",
    "Change role: {0}": "修改角色：{0}", "User": "用户", "New role": "新角色",
    "Change display name…": "修改显示名称…", "Change display name: {0}": "修改显示名称：{0}",
    "The name shown on documents and lists. The user name used to sign in stays.":
        "单据和列表上显示的姓名。登录用的用户名不变。",
    "{0} is now shown as {1}.": "{0} 现在显示为 {1}。",
    "Reset password: {0}": "重置密码：{0}", "New password": "新密码",
    "The old password stops working at once. Tell the user the new one.": "旧密码立即失效。请把新密码告诉该用户。",
    # change my password
    "Change my password": "修改我的密码", "Current password": "当前密码", "New password again": "再次输入新密码",
    # settings
    "Factory name": "工厂名称", "Time zone": "时区", "Working week": "工作周",
    "Order review deadline (hours)": "订单评审时限（小时）", "Negative stock": "负库存",
    "Demand review meeting (day of month)": "需求评审会（每月几号）",
    "Mon": "周一", "Tue": "周二", "Wed": "周三", "Thu": "周四", "Fri": "周五", "Sat": "周六", "Sun": "周日",
    "shown on printed sheets and the window title": "显示在打印单据和窗口标题上", "hours": "小时",
    "Allow negative stock where a location refuses it (not recommended)": "允许禁止负库存的库位出现负库存（不建议）",
    "day ": "每月 ",
    "Dates, month ends and deadlines follow this zone. Changing it recounts the monthly stock figures.":
        "日期、月末和期限都按此时区计算。修改后会重新统计各月库存数据。",
    "The default week; holidays and extra working days are in Master data → Working calendar.":
        "默认的每周工作日；节假日和调休上班日在“基础资料 → 工作日历”中维护。",
    "Production and supply answer a custom order's review within this time (24 h by default).":
        "生产和供应须在此时限内回复定制订单评审（默认 24 小时）。",
    "The monthly demand review meeting (需求评审会).": "每月召开需求评审会的日期。",
    "Save settings": "保存设置", "Undo my changes": "撤销我的修改", "Settings saved.": "设置已保存。",
    # import history
    "Imported at": "导入时间", "Kind": "类型", "File": "文件", "By": "导入人", "Rows read": "读取行数",
    "New": "新增", "Changed": "修改", "Created with it": "随之新建", "Undone": "已撤销", "system": "系统",
    "All kinds": "全部类型", "Show undone imports": "显示已撤销的导入", "Undo this import…": "撤销此次导入…",
    "{0} imports": "共 {0} 次导入", "Choose an import to see whether it can be undone.": "选择一次导入，查看能否撤销。",
    "Can be undone: what it changed is put back, what it created is deleted (orders it created are cancelled), "
    "its stock moves are reversed.": "可以撤销：修改过的记录恢复原值，新建的记录删除（新建的订单改为已取消），库存变动冲销。",
    "Undo import": "撤销导入", "Undo the import of {0} ({1}, {2})?": "撤销 {0} 的导入（{1}，{2}）？",
    "Undone: {0} restored, {1} deleted, {2} stock moves reversed, {3} orders cancelled.":
        "已撤销：恢复 {0} 条，删除 {1} 条，冲销库存变动 {2} 笔，取消订单 {3} 张。",
    "Undone already ({0}).": "已于 {0} 撤销。",
    "Your role may not change this kind of record.": "您的角色不能修改这类记录。",
    "Cannot be undone: {0} record(s) ({1}) that this import changed were changed again since (by hand or by a "
    "later import; undoing a later import changes them too). Correct them by hand instead.":
        "无法撤销：此次导入修改的 {0} 条记录（{1}）之后又被修改过（手工修改或之后的导入；撤销之后的导入也算修改）。请手工更正。",
    "Cannot be undone: {0} record(s) ({1}) that this import created were changed since. Correct them by hand "
    "instead.": "无法撤销：此次导入新建的 {0} 条记录（{1}）之后被修改过。请手工更正。",
    "Cannot be undone: {0} stock move(s) of this import were reversed already.": "无法撤销：此次导入的 {0} 笔库存变动已被冲销。",
    "Cannot be undone: records this import created are now used elsewhere (orders, BOMs, stock). Nothing was "
    "changed.": "无法撤销：此次导入新建的记录已被其他数据使用（订单、BOM、库存）。没有做任何修改。",
    # audit log
    "When": "时间", "Kind of record": "记录类型", "Record": "记录", "Action": "操作", "Before → after": "修改前 → 修改后",
    "All kinds of record": "全部记录类型", "Order no., code, user name or setting": "订单号、编码、用户名或设置项",
    "All users": "全部用户", "system (demo, command line)": "系统（演示数据、命令行）", "Search": "查询",
    "From": "从", "to": "至", "Field": "字段", "Before": "修改前", "After": "修改后", "{0} entries": "共 {0} 条",
    "Choose an entry to see every field it changed.": "选择一条记录，查看它修改的每个字段。",
    "{0} · {1} · {2} {3}": "{0} · {1} · {2} {3}", "… {0} more": "… 另有 {0} 项",
    "Created": "新建", "Deleted": "删除",
    "Meeting action item": "会议待办", "BOM line": "BOM 行", "Capacity submission": "产能申报",
    "Consensus line": "共识计划行", "Customer": "客户", "Demand review cycle": "需求评审周期",
    "Forecast line": "预测行", "Import batch": "导入批次", "Import profile": "导入映射方案", "Item": "物料",
    "Location": "库位/仓库", "Maintenance window": "设备检修", "Material constraint": "物料约束",
    "Order review task": "订单评审任务", "Production plan line": "生产计划行", "Purchase order": "采购单",
    "Purchase order line": "采购单行", "Sales order": "销售订单", "Sales order line": "销售订单行",
    "Setting": "设置项", "Supplier": "供应商", "Work center": "产线/工作中心", "Work order": "工单",
    "Password changed": "密码已修改", "Value": "值", "Language": "语言", "Sheet": "工作表", "Counts": "数量统计",
    "Undone at": "撤销时间", "Code": "编码", "Name": "名称", "Version": "版本", "Record id": "记录 ID",
    "Yes": "是", "No": "否",
    "rows read": "读取", "new": "新增", "changed": "修改", "unchanged": "未变", "skipped": "跳过",
    "created with it": "随之新建", "restored": "恢复", "deleted": "删除", "stock moves reversed": "冲销库存变动",
    "orders cancelled": "取消订单", "customers kept": "保留客户", "documents created": "新建单据", "created": "新建",
}

ZH = {
    **{f"ServiceErrors|{k}": v for k, v in _ERRORS.items()},
    **{f"Admin|{k}": v for k, v in _UI.items()},
    "Tabs|Administration": "管理",
    "MainWindow|Change my password…": "修改我的密码…",
    "MainWindow|Your password was changed.": "您的密码已修改。",
}
