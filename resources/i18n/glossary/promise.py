"""Simplified Chinese for capable-to-promise (可承诺交期) in the order dialog and the order
review (context Promise, OrderDialog, ReviewTab)."""

_PROMISE = {
    "{available} of {item} available from stock in week {week}": "{week} 周库存可供 {item} {available}",
    "{item} cannot arrive before week {until} ({lead} week(s) lead time): {qty} short in week {week}":
        "{item} 最早 {until} 周才能到（提前期 {lead} 周）：{week} 周缺 {qty}",
    "{work_center}, week {week}: load {load} + {qty} would exceed capacity {capacity}":
        "{work_center} {week} 周：已排负荷 {load} + {qty} 将超出产能 {capacity}",
    "{item} can be made or bought in time": "{item} 可以及时生产或采购",
    "no week of the {weeks}-week horizon can take {qty}": "{weeks} 周计划期内没有一周能安排 {qty}",
    "stock": "库存", "material": "物料", "capacity": "产能",
    "maintenance {first}..{last} at {percent} %": "设备检修 {first}..{last}，产能 {percent} %",
    " ({0})": "（{0}）", ", ": "，", "; ": "；",
    "Not within the horizon: {0}": "计划期内无法交付：{0}",
    "Earliest {0} (bound by {1}): {2}": "最早 {0}（受{1}约束）：{2}",
}

ZH = {
    "ServiceErrors|no item {code}": "没有物料 {code}。",
    **{f"Promise|{k}": v for k, v in _PROMISE.items()},
    "OrderDialog|Propose date": "可承诺交期",
    "OrderDialog|The earliest date stock, materials and capacity allow, without moving other orders":
        "在不影响其他订单的前提下，库存、物料和产能允许的最早交期",
    "OrderDialog|Add the order's lines first.": "请先录入订单行。",
    "OrderDialog|Asking the plan…": "正在计算可承诺交期…",
    "ReviewTab|Proposed date: asking the plan…": "可承诺交期：正在计算…",
    "ReviewTab|Proposed date: {0}": "可承诺交期：{0}",
}
