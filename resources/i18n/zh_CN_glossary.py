"""Simplified Chinese translations of sopdesk's UI, keyed by English source text.

Used by update.py to fill resources/i18n/sopdesk_zh_CN.ts (the file translators open in Qt
Linguist); an entry keyed "Context|source" overrides the plain one for that context. Terms
follow docs PRACTICES: 订单, 计划, 库存, 评审, 看板, 定制款, 订单评审, 交期, 供应链.
"""

ZH = {
    # tabs, roles, departments
    "Orders": "订单", "Review": "评审", "Sales": "销售", "Production": "生产",
    "Supply chain": "供应链", "Shop floor": "车间", "Manager": "总经理", "Administrator": "系统管理员",
    "Management": "管理层",
    # order status and actions
    "Draft": "草稿", "In review": "评审中", "Confirmed": "已确认", "In production": "生产中",
    "Shipped": "已发货", "Closed": "已关闭", "Cancelled": "已取消",
    "Back to draft": "退回草稿", "Send to review": "提交评审", "Confirm order": "确认订单",
    "Start production": "开始生产", "Mark shipped": "标记已发货", "Close order": "关闭订单",
    "Cancel order": "取消订单",
    # delivery risk
    "Late": "已延期", "At risk": "有风险", "No date": "未定交期", "On time": "按期",
    "Delivered late": "延期交付", "Delivered": "已交付",
    "Waiting for answer": "待答复", "Answered": "已答复",
    # fields
    "Customer": "客户", "Order lines": "订单明细", "Product": "产品", "Quantity": "数量",
    "Unit price": "单价", "Order date": "下单日期", "Requested date": "要求交期",
    "Promised date": "承诺交期", "Custom order": "定制款", "Customer PO": "客户订单号",
    "Note": "备注", "Status": "状态", "Order no.": "订单号", "User name": "用户名",
    "Password": "密码", "Role": "角色", "Feasible": "可行", "Lead time (days)": "生产周期（天）",
    "Material arrival date": "物料到货日期", "Comment": "说明", "Salesperson": "业务员",
    "Shipped quantity": "已发货数量", "Delivered date": "交付日期", "Line": "行",
    "Order": "订单", "Review task": "评审任务", "Line {n}: {field}": "第 {n} 行：{field}",
    "Yes": "是", "No": "否",
    # answer form
    "Answer for {0}": "{0}答复", "Not feasible": "不可行", " days": " 天",
    "Required when not feasible": "不可行时必须说明原因", "Send answer": "提交答复",
    "Can it be done?": "能否做到？", "Days to make it": "生产需要天数",
    "Material arrives on": "物料到货日期", "Revise answer": "修改答复",
    # app controller
    "Connecting to the database…": "正在连接数据库…",
    "The database was upgraded to this version; the old one was saved as {0}.":
        "数据库已升级到当前版本，旧数据库已备份为 {0}。",
    "Warning: {0}": "注意：{0}",
    "This database has no users yet.": "该数据库还没有用户。",
    "Connected.": "已连接。",
    "Use “Change…” to choose another database.": "请点击“更改…”选择其他数据库。",
    "The demo factory is loaded. Sign in as sales, production, supply, manager or admin with the password demo123.":
        "演示工厂已载入。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。",
    "The database is not ready yet.": "数据库尚未就绪。",
    # confirm dialog
    "Confirm order {0}": "确认订单 {0}",
    "Confirm the delivery date you agreed with {0}.": "请确认与{0}商定的交期。",
    "e.g. agreed by phone with the buyer": "例如：已与采购电话确认",
    "Cancel": "取消", "Earliest possible date": "最早可交期", "Promised delivery date": "承诺交期",
    # conflict dialog
    "Changed on another PC": "订单已在其他电脑上修改", "Another user": "其他用户",
    "<b>{who}</b> saved this order at {when}, after you opened it. Your changes were <b>not</b> saved, and nothing of theirs was overwritten.":
        "在您打开此订单之后，<b>{who}</b> 于 {when} 保存了它。您的修改<b>没有</b>保存，对方的修改也没有被覆盖。",
    "Field": "字段", "When you opened it": "您打开时", "Saved by them": "对方保存的值", "By": "修改人",
    "At": "时间", "Your copy": "您的版本", "Saved version": "已保存的版本",
    "Reload (discard my changes)": "重新载入（放弃我的修改）", "Compare side by side": "并排比较",
    "Keep my copy and edit again": "保留我的内容，继续编辑",
    "Continue from the saved version with your values in the form; nothing is saved until you press Save again.":
        "在已保存的版本上继续编辑，表单中保留您填写的内容；再次点击保存之前不会保存任何内容。",
    "They saved the order without changing any of its fields (for example they opened it and pressed Save). Reload to continue from their version, or compare.":
        "对方保存订单时没有修改任何字段（例如只是打开后点了保存）。可以重新载入对方的版本继续编辑，或进行比较。",
    "Back": "返回", "What they changed:": "对方修改了：", "Differences are highlighted:": "不同之处已高亮：",
    "Line added": "新增一行", "Line removed": "删除一行", "Line changed": "修改一行",
    # database settings
    "Database settings": "数据库设置",
    "This PC only: a local file (SQLite)": "仅本机：本地文件（SQLite）",
    "Shared: a PostgreSQL server on the network": "多人共用：局域网内的 PostgreSQL 服务器",
    "Browse…": "浏览…", "Follow the system": "跟随系统", "Test connection": "测试连接",
    "File": "文件", "Server": "服务器", "Port": "端口", "Database name": "数据库名", "User": "用户",
    "Language": "语言", "Save": "保存", "Database file": "数据库文件",
    "sopdesk database (*.db);;All files (*)": "sopdesk 数据库 (*.db);;所有文件 (*)",
    "Enter the server's name or address.": "请输入服务器名称或地址。",
    "Connecting…": "正在连接…",
    "Connected. The database is ready ({0} users).": "连接成功，数据库可以使用（{0} 个用户）。",
    "Connected. The database is from an older version of sopdesk: it will be upgraded (with a backup) when you sign in.":
        "连接成功。该数据库来自旧版 sopdesk，登录时会先备份再升级。",
    "Connected. The database is empty: sopdesk sets it up when you continue.":
        "连接成功。数据库是空的，继续后 sopdesk 会自动初始化。",
    "Enter a file or a server.": "请填写数据库文件或服务器。",
    # errors
    "Choose an existing customer.": "请选择已有的客户。",
    "Customer {0} is inactive.": "客户 {0} 已停用。",
    "An order needs at least one line.": "订单至少需要一行明细。",
    "Cannot be before the order date.": "不能早于下单日期。",
    "Unknown product: choose one from the list.": "未知产品，请从列表中选择。",
    "Product {0} is inactive.": "产品 {0} 已停用。",
    "The quantity must be greater than zero.": "数量必须大于零。",
    "The price cannot be negative.": "单价不能为负数。",
    "{0} has more than {1} decimal places.": "{0} 的小数位超过 {1} 位。",
    "{0} is not a number.": "{0} 不是有效的数字。",
    "The custom flag can only change while the order is a draft.": "只有草稿订单才能更改“定制款”标记。",
    "This order can no longer be edited in its current status.": "订单当前状态下已不能修改。",
    "Line {0}: {1} already shipped; the quantity cannot be lower.": "第 {0} 行已发货 {1}，数量不能少于已发货数量。",
    "Line {0} has shipments: its product cannot change.": "第 {0} 行已有发货，不能更换产品。",
    "Line {0} has shipments and cannot be removed.": "第 {0} 行已有发货，不能删除。",
    "A custom order must be reviewed by production and supply before it is confirmed.":
        "定制款订单须经生产和供应链评审后才能确认。",
    "Production and supply have not both answered the review yet.": "生产和供应链尚未全部答复评审。",
    "Confirming an order needs a promised delivery date: edit the order and enter one.":
        "确认订单需要承诺交期：请先编辑订单并填写承诺交期。",
    "Only custom orders go through the order review.": "只有定制款订单需要订单评审。",
    "Answer whether it is feasible.": "请答复是否可行。",
    "Supply chain answers the material arrival date.": "物料到货日期由供应链答复。",
    "How many days does it take to make?": "生产需要多少天？",
    "A whole number of days from 0 to {0}.": "请输入 0 到 {0} 之间的整数天数。",
    "Production answers the lead time.": "生产周期由生产部门答复。",
    "When does the material arrive?": "物料什么时候到货？",
    "Enter a date.": "请输入日期。",
    "Say why it is not feasible.": "请说明不可行的原因。",
    "Enter the delivery date agreed with the customer.": "请输入与客户商定的交期。",
    "Production and supply chain allow {0} at the earliest.": "根据生产和供应链的答复，最早只能 {0} 交货。",
    "An answer says the order is not feasible: ask the department to revise it, or withdraw the order.":
        "有部门答复不可行：请与该部门协商修改答复，或撤回订单。",
    "This review task was cancelled.": "该评审任务已取消。",
    "This review task is already answered; use Revise answer to change it.": "该评审任务已答复；如需更改请点“修改答复”。",
    "The order is no longer in review.": "该订单已不在评审中。",
    "The order's status has changed meanwhile; refresh and try again.": "订单状态已被他人更改，请刷新后重试。",
    "Choose an active user.": "请选择在用的用户。",
    "Back to draft, or cancelled.": "只能退回草稿或取消。",
    "Wrong user name or password.": "用户名或密码错误。",
    "The folder {0} does not exist: choose another place for the database file {1}.":
        "文件夹 {0} 不存在，请为数据库文件 {1} 另选位置。",
    "At least {0} characters.": "至少 {0} 个字符。",
    "User {0} already exists.": "用户 {0} 已存在。",
    "2 to 60 letters, digits, '.', '-' or '_'.": "2 到 60 个字母、数字、“.”、“-”或“_”。",
    "Your role may not do this.": "您的角色无权执行此操作。",
    "Not found: it may have been deleted on another PC. Refresh and try again.": "找不到该记录，可能已在其他电脑上删除。请刷新后重试。",
    "Someone else saved this record after you opened it. Nothing was overwritten.": "在您打开之后，其他人保存了这条记录。没有任何内容被覆盖。",
    "This already exists.": "该记录已存在。",
    "Not enough stock.": "库存不足。",
    "This is not a database address sopdesk can use: {0}": "这不是 sopdesk 可用的数据库地址：{0}",
    "Database unreachable": "无法连接数据库",
    "The database cannot be reached. Check the network cable or Wi-Fi, that the database server is running, and the address in Database settings.":
        "无法连接数据库。请检查网线或无线网络、数据库服务器是否已开启，以及“数据库设置”中的地址。",
    "Database busy": "数据库繁忙",
    "The database could not complete this action (it may be busy). Nothing was saved. Please try again.":
        "数据库未能完成此操作（可能正忙），没有保存任何内容。请重试。",
    "File error": "文件错误",
    "A file could not be read or written: {0}": "无法读写文件：{0}",
    "Unexpected error": "意外错误",
    "Something went wrong that sopdesk did not expect. Nothing was saved by this action. Please report it to your administrator with the details below.":
        "sopdesk 遇到了意外问题，此操作没有保存任何内容。请把下面的详细信息告诉系统管理员。",
    "An order cannot go from {0} to {1}.": "订单不能从“{0}”变为“{1}”。",
    "Not allowed": "无权操作", "Sign in": "登录", "Please check": "请检查",
    # filter bar
    "Search order no., customer or product": "搜索订单号、客户或产品",
    "Open orders only": "只看未完成订单", "All statuses": "全部状态", "All customers": "全部客户",
    "Custom and standard": "定制款和标准款", "Custom orders only": "只看定制款",
    "Standard orders only": "只看标准款", "Any delivery risk": "全部交期风险",
    "Late or at risk": "已延期或有风险", "Clear filters": "清除筛选", "Open orders": "未完成订单",
    "{0} statuses": "{0} 种状态",
    # first start
    "Set up sopdesk": "初始化 sopdesk",
    "<b>Welcome to sopdesk.</b><br>This database is new and has no users yet ({0}). Load the demo factory to look around, or create the first administrator to start with your own data.":
        "<b>欢迎使用 sopdesk。</b><br>这是一个新数据库，还没有用户（{0}）。可以载入演示工厂先看看，或者创建第一个管理员，开始录入自己的数据。",
    "Demo factory": "演示工厂", "Load the demo factory": "载入演示工厂", "Stop": "停止",
    "A small maker of machined and cast parts: customers, products, bills of materials, more than a year of orders, reviews, production and stock. Sign in as sales, production, supply, manager or admin; the password is demo123.":
        "一家机加工和铸件小厂：客户、产品、物料清单（BOM），以及一年多的订单、评审、生产和库存数据。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。",
    "First administrator": "第一个管理员", "Create and sign in": "创建并登录",
    "Full name": "姓名", "Password again": "再次输入密码", "Close": "关闭", "Preparing…": "正在准备…",
    "Stopping…": "正在停止…",
    "The demo factory is ready. Sign in as sales, production, supply, manager or admin with password demo123.":
        "演示工厂已就绪。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。",
    "Stopped: nothing was loaded.": "已停止，没有载入任何数据。",
    "The two passwords differ.": "两次输入的密码不一致。",
    # inbox
    "Inbox: {0} new · {1} to do": "通知 {0} 条 · 待办 {1} 项", "{0} overdue": "{0} 项超时",
    "Inbox (notices and to-dos)": "通知和待办", "Show read notices": "显示已读通知", "Open": "打开",
    "Mark read": "标为已读", "Mark all read": "全部标为已读",
    "{0} new notices, {1} to-dos": "{0} 条新通知，{1} 项待办",
    "Type": "类型", "What": "内容", "Due": "截止时间", "Received": "收到时间",
    "Answer the order review {0} ({1})": "答复订单评审 {0}（{1}）",
    "Follow-up: {0}": "跟进事项：{0}",
    "Order review requested: {0}": "订单评审请求：{0}",
    "Review answered: {0}": "评审已答复：{0}",
    "Overdue review: {0}": "评审超时：{0}",
    "Order confirmed: {0}": "订单已确认：{0}",
    "Review withdrawn: {0}": "评审已撤回：{0}",
    "Notice": "通知", "To-do": "待办", "OVERDUE · {0}": "超时 · {0}",
    # lines editor
    "Product code or name": "产品编码或名称", "Add line": "添加一行",
    "Enter in the quantity or price adds the line": "在数量或单价中按回车即可添加一行",
    "Unit": "单位", "Amount": "金额", "Remove line": "删除行",
    "Remove the selected line (Delete)": "删除选中的行（Delete 键）",
    "Choose a product from the list (type its code or name).": "请从列表中选择产品（输入编码或名称）。",
    "Enter the quantity.": "请输入数量。", "Total: {0}": "合计：{0}",
    # main window
    "sopdesk — sales, production and supply": "sopdesk — 产供销一体化",
    "There is no screen for the {0} role in this version yet. Your notices and to-dos are in the inbox (bottom right).":
        "此版本还没有{0}角色的工作界面。您的通知和待办在右下角。",
    "{name} · {role}": "{name} · {role}", "Signed in as {0}": "登录用户：{0}",
    "Overdue review: {0} ({1} has not answered)": "评审超时：{0}（{1}未答复）",
    "&File": "文件(&F)", "Sign out / switch user": "注销 / 切换用户", "Database settings…": "数据库设置…",
    "Quit": "退出", "&View": "查看(&V)", "Inbox": "通知和待办", "&Help": "帮助(&H)",
    "About sopdesk": "关于 sopdesk",
    "<b>sopdesk {0}</b><br>Sales, production and supply on one shared database (产供销一体化) for small factories.<br><br>Database: {1}":
        "<b>sopdesk {0}</b><br>面向中小工厂的产供销一体化软件：销售、生产、供应链共用一套数据。<br><br>数据库：{1}",
    "Connected": "已连接", "The database answered the last check.": "最近一次检查时数据库正常响应。",
    "Connection lost": "连接中断",
    "The database did not answer. Saving will fail until it is back; sopdesk checks again every 30 seconds.":
        "数据库没有响应。恢复之前无法保存；sopdesk 每 30 秒重新检查一次。",
    "Working…": "处理中…", "Local file: {0}": "本地文件：{0}", "Server: {0}": "服务器：{0}",
    # order dialog
    "New order": "新建订单", "Order {0}": "订单 {0}", "Customer code or name": "客户编码或名称",
    "Custom order (定制款): needs the order review by production and supply chain":
        "定制款：需要生产和供应链进行订单评审",
    "Ctrl+S": "Ctrl+S", "Lines": "订单明细",
    "Enter adds a line · Ctrl+S saves · Esc closes": "回车添加一行 · Ctrl+S 保存 · Esc 关闭",
    "A {0} order can no longer be edited.": "“{0}”状态的订单已不能修改。",
    "Read only: your role cannot change orders.": "只读：您的角色不能修改订单。",
    "Order {0} ({1})": "订单 {0}（{1}）", "Save and start review": "保存并发起评审", "Saving…": "正在保存…",
    "You are now editing on top of the version saved by {0}. Check the form, then save.":
        "您现在是在 {0} 保存的版本上编辑。请核对表单后再保存。",
    "another user": "其他用户", "Line {0}": "第 {0} 行",
    # orders table
    "Qty": "数量", "Requested": "要求交期", "Promised": "承诺交期", "Custom": "定制款",
    "Delivery risk": "交期风险", "Shipped: {0}": "已发货：{0}",
    # orders tab
    "Create a sales order (Ctrl+N)": "新建销售订单（Ctrl+N）", "Edit": "编辑", "Change status": "更改状态",
    "Show review": "查看评审", "Refresh": "刷新", "Reload from the database (F5)": "从数据库重新载入（F5）",
    "Loading…": "正在载入…", "{0} lines": "共 {0} 行", "({0} loaded)": "（已载入 {0} 行）",
    "Could not load": "载入失败",
    "{0} changed this order after the list was loaded. The list is reloaded; check the order and try again.":
        "列表载入后，{0} 修改了这个订单。列表已重新载入，请核对订单后重试。",
    # review list
    "Waiting for": "等待", "Owner": "负责人", "Time left": "剩余时间",
    "{0} d {1} h": "{0} 天 {1} 小时", "{0} h {1} min": "{0} 小时 {1} 分", "{0} min": "{0} 分钟",
    "Overdue {0}": "已超时 {0}", "{0} left": "剩余 {0}",
    "Overdue: reported to management": "已超时：已上报管理层",
    "Sales: confirm with customer": "销售：与客户确认交期",
    "Sales: not feasible, decide": "销售：评审不可行，需决定",
    "Whole department": "整个部门",
    # review tab
    "All reviews in progress": "全部进行中的评审", "Waiting for production": "等待生产答复",
    "Waiting for supply chain": "等待供应链答复", "Waiting for sales to confirm": "等待销售确认",
    "Confirm with customer…": "与客户确认交期…",
    "Take the order out of review to change it, then start a new review": "撤回评审以修改订单，之后重新发起评审",
    "Show": "显示", "{0} open": "进行中 {0} 项",
    "Production and supply chain have not both answered yet": "生产和供应链尚未全部答复",
    "Take order {0} back to draft? Open review tasks are cancelled.": "将订单 {0} 退回草稿？未答复的评审任务将被取消。",
    "Cancel order {0}? Open review tasks are cancelled.": "取消订单 {0}？未答复的评审任务将被取消。",
    # review thread
    "Status: <b>{status}</b> · order date {order} · requested {req} · promised {prom}":
        "状态：<b>{status}</b> · 下单 {order} · 要求交期 {req} · 承诺交期 {prom}",
    "Salesperson: {0}": "业务员：{0}",
    "Review requested by {who} at {when}": "{who} 于 {when} 发起评审",
    "Both departments answered: feasible. Earliest delivery date: {0}.": "两个部门均已答复：可行。最早交期：{0}。",
    "An answer says the order is not feasible: agree a change with the department, or withdraw the order.":
        "有部门答复不可行：请与该部门协商修改，或撤回订单。",
    "Earlier rounds": "之前的评审", "not answered": "未答复", "Status history": "状态记录",
    ", ": "，", "feasible": "可行", "<b>not feasible</b>": "<b>不可行</b>", "{0} days to make": "生产需 {0} 天",
    "material arrives {0}": "物料 {0} 到货", "the whole department": "整个部门", "answered late": "超时答复",
    "Answered by {who} at {when}": "{who} 于 {when} 答复",
    "Waiting for an answer from {owner}, due {due}": "等待 {owner} 答复，截止 {due}",
    "Reported to management at {0}": "已于 {0} 上报管理层",
    "Choose a review on the left to see its whole thread.": "在左侧选择一个评审，查看完整的评审记录。",
    # sign in
    "sopdesk — sign in": "sopdesk — 登录", "sopdesk": "sopdesk",
    "Sales, production and supply on one shared database": "产供销一体化 · 销售、生产、供应链共用一套数据",
    "Database": "数据库", "Change…": "更改…", "Set up this database…": "初始化该数据库…",
    "Enter your user name.": "请输入用户名。", "Signing in…": "正在登录…",
    # status change
    "Change order {number} from {current} to {target}?": "将订单 {number} 从“{current}”改为“{target}”？",
    "Production and supply chain are asked to answer the review.": "将请生产和供应链答复评审。",
}
