"""Simplified Chinese for the problems an import finds in a cell (the import wizard's preview,
its error list and tooltips): the templates resources/i18n/error_templates.py collects from
sopdesk/excel (values, rows) and the planners in sopdesk/services/imports*.py. They share
the context ServiceErrors with the services' errors (a template both use, such as "cannot be
negative", is translated once, in glossary/errors.py). {name} parameters are kept as they
are; a parameter named *_en (the English name next to the Chinese one) is left out."""

_C = {
    # the value of one cell (excel/values.py)
    "a date is not a number": "日期不是数字。",
    "a percentage is not allowed here": "此处不能填百分比。",
    "a rate must be from 0 to below 100%": "比率须在 0 到 100% 之间（不含 100%）。",
    "a time of day is not a date": "时刻不是日期。",
    "a yes/no value is not a code": "“是/否”不是编码。",
    "a yes/no value is not a number": "“是/否”不是数字。",
    "contains control characters": "含有控制字符。",
    "impossible date {date}": "日期 {date} 不存在。",
    "impossible month {month}": "月份 {month} 不存在。",
    "longer than {limit} characters": "超过 {limit} 个字符。",
    "more than {scale} decimal places": "小数超过 {scale} 位。",
    "must be at least {minimum}": "不能小于 {minimum}。",
    "must be greater than zero": "必须大于零。",
    "not a code": "不是有效的编码。",
    "not a date": "不是日期。",
    "not a value this column can hold": "不是此列能接受的值。",
    "not one of: {choices}": "不是可选值之一：{choices}。",
    "not yes or no (是/否, Y/N, √)": "不是“是/否”（可填 是/否、Y/N、√）。",
    "the number is too large": "数字太大。",
    "the year {year} is not plausible": "年份 {year} 不合理。",
    # the rows of the file (excel/rows.py)
    "differs from row {row}, the first line of {number}": "与 {number} 的第一行（第 {row} 行）不一致。",
    "ends before the period starts": "结束日期早于期间开始。",
    "is before the order date": "早于下单日期。",
    "no column for {name_zh} ({name_en}) was found or mapped": "没有找到或指定“{name_zh}”列。",
    "order {number} line {line_no} repeats row {row}": "订单 {number} 第 {line_no} 行与第 {row} 行重复。",
    "repeats row {row}": "与第 {row} 行重复。",
    "{first} or {second} is required": "{first}或{second}必须填写一项。",
    "{name_zh} ({name_en}) is required": "{name_zh}为必填项。",
    # items, customers, suppliers, BOM, plan (services/imports.py)
    "a new item needs its kind (类别: 成品 / 半成品 / 原材料)": "新物料需要填写类别（成品 / 半成品 / 原材料）。",
    "makes a loop in the bill of materials (the component contains the parent)":
        "BOM 中出现循环（组件中包含了其上级物料）。",
    "unknown product code {code}": "物料编码 {code} 不存在。",
    "unknown supplier code {code}": "供应商编码 {code} 不存在。",
    "unknown work center {code}": "产线 {code} 不存在。",
    "{count} plan lines for {code} start on {start}; add a work center column":
        "{code} 有 {count} 条计划行从 {start} 开始：请加上产线列。",
    # sales and purchase orders (services/imports_documents.py)
    "line {line_no} has receipts: its product cannot change": "第 {line_no} 行已有收货：不能更改物料。",
    "receipts are posted in sopdesk; import the order as confirmed": "收货在系统中登记：请按“已确认”导入采购单。",
    "shipments are posted in sopdesk (or imported as shipments); import the order as confirmed":
        "发货在系统中登记（或作为发货记录导入）：请按“已确认”导入订单。",
    "unknown customer code {code} (add a customer name column to create it)":
        "客户编码 {code} 不存在（加上客户名称列即可新建该客户）。",
    "unknown supplier {supplier}": "供应商 {supplier} 不存在。",
    "{name} is inactive": "{name} 已停用。",
    "{number} is {status} and can no longer be changed": "{number} 状态为“{status}”，已不能修改。",
    "{number} is {status} in sopdesk; change its status there, not by import":
        "{number} 在系统中的状态为“{status}”：请在系统中修改状态，不能通过导入修改。",
    "{qty} already received on line {line_no}": "第 {line_no} 行已收货 {qty}。",
    "{qty} already shipped on line {line_no}": "第 {line_no} 行已发货 {qty}。",
    # locations, work centers, maintenance, calendar, stock counts (imports_master, imports_stock)
    "a new location needs its kind (类别: {kinds})": "新仓库需要填写类别（{kinds}）。",
    "location {code} is inactive": "仓库 {code} 已停用。",
    "the same calendar day as row {row} of the file": "与文件第 {row} 行是同一个日历日。",
    "the same location as row {row} of the file": "与文件第 {row} 行是同一个仓库。",
    "the same window as row {row} of the file": "与文件第 {row} 行是同一个检修时段。",
    "the same work center as row {row} of the file": "与文件第 {row} 行是同一条产线。",
    "work center {code} is inactive": "产线 {code} 已停用。",
    # work orders (services/imports_work_orders.py)
    "a cancelled work order is not imported: leave it out of the file (or cancel it on the Production tab)":
        "已取消的工单不导入：请从文件中删去（或在“生产”页取消它）。",
    "a work order goes in progress with its first material issue in sopdesk; import it as released (已下达)":
        "工单在系统中第一次领料时才变为生产中：请按“已下达”导入。",
    "a work order is done when its output is reported and it is closed in sopdesk; import open work orders only "
    "(计划 / 已下达)": "工单在系统中完工入库并关闭后才算已完工：只导入未完成的工单（计划 / 已下达）。",
    "product {code} is inactive": "物料 {code} 已停用。",
    "work order {number} is on row {row} of the file already": "工单 {number} 已在文件第 {row} 行出现。",
    "{number} is released already: it cannot go back to planned": "{number} 已下达，不能改回计划。",
    "{number} is {status_en} ({status_zh}) and can no longer be changed by an import":
        "{number} 状态为“{status_zh}”，不能再通过导入修改。",
    "{number} makes {code}: a work order's product cannot change": "{number} 生产的是 {code}：工单的物料不能更改。",
    # shipments (services/imports_shipments.py)
    "line {line_no} of {number} is {item}, not {code}": "订单 {number} 第 {line_no} 行是 {item}，不是 {code}。",
    "only {qty} left to ship on {number} line {line_no}": "订单 {number} 第 {line_no} 行只剩 {qty} 未发。",
    "shipment number {number} exists already with other lines": "发货单号 {number} 已存在，且内容不同。",
    "shipment {number} has another customer on row {row}": "发货单 {number} 在第 {row} 行是另一个客户。",
    "shipment {number} has another location on row {row}": "发货单 {number} 在第 {row} 行是另一个仓库。",
    "shipment {number} has another ship date on row {row}": "发货单 {number} 在第 {row} 行是另一个发货日期。",
    "unknown location {code}": "仓库 {code} 不存在。",
    "unknown order {number}": "订单 {number} 不存在。",
    "{date} is after today": "{date} 晚于今天。",
    "{item} at {location}: the file ships {qty}, on hand {on_hand}":
        "{item} 在 {location}：文件要发 {qty}，现存量只有 {on_hand}。",
    "{number} has no line of {code}": "订单 {number} 没有 {code} 的行。",
    "{number} has no line {line_no}": "订单 {number} 没有第 {line_no} 行。",
    "{number} has {count} open lines of {code}: add a line number column":
        "订单 {number} 有 {count} 行未发完的 {code}：请加上行号列。",
    "{number} is {status} and cannot be shipped": "订单 {number} 状态为“{status}”，不能发货。",
    # sales' forecast (excel/months.py, services/imports_forecast.py)
    "not a month (2027-01, 2027年1月, 1月, Jan-27)": "不是月份（如 2027-01、2027年1月、1月）。",
    "no open demand review covers {month}": "没有进行中的需求评审包含 {month}。",
    "unknown user {name}": "用户 {name} 不存在。",
    "{code} is not in the {month} review's scope (core products only)":
        "{code} 不在 {month} 需求评审的范围内（仅核心产品）。",
    "{code} {month} is on row {row} of the file already": "{code} {month} 已在文件第 {row} 行出现。",
    "{count} users are called {name}: give the user name": "有 {count} 个用户叫 {name}：请填写用户名。",
    "{name} does not submit sales' forecast": "{name} 不负责填报销售预测。",
}

ZH = {f"ServiceErrors|{k}": v for k, v in _C.items()}
