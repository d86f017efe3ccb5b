"""Simplified Chinese for the Inventory tab's drill-down: the shortage details (缺料明细),
its filters and the health sub-tab's counts."""

ZH = {
    "HealthView|{0} of them listed": "列出 {0} 项",
    "HealthView|{0} of them listed, the first {1} shown (the export has all)": "共 {0} 项，显示前 {1} 项（导出包含全部）",
    "InventoryModel|Open {0}": "打开 {0}",
    "InventoryModel|For": "用于",
    "InventoryModel|Need date": "需求日期",
    "InventoryModel|Arrives": "到货日期",
    "ShortageDialog|Shortage: {0} {1}": "缺料：{0} {1}",
    "ShortageDialog|Required {0} {1} · usable stock {2} · short {3} · covered {4} · not covered {5}":
        "需求 {0} {1} · 可用库存 {2} · 缺 {3} · 已覆盖 {4} · 未覆盖 {5}",
    "ShortageDialog|Nothing covers it yet: no open purchase order or work order.": "尚无覆盖：没有未结的采购单或工单。",
    "ShortageDialog|Click a document number to open it.": "点击单号可打开单据。",
    "ShortageDialog|Demands it comes from (what stock cannot meet), by need date": "需求来源（库存无法满足的部分），按需求日期",
    "ShortageDialog|Covered by, by arrival": "覆盖来源，按到货日期",
    "ShortageView|Not covered only": "仅未覆盖",
    "ShortageView|Rows with a quantity no purchase order or work order covers yet": "只显示仍有数量未被采购单或工单覆盖的行",
    "ShortageView|Bought and made": "外购和自制",
    "ShortageView|Bought items (purchase)": "外购件（采购）",
    "ShortageView|Made items (work order)": "自制件（工单）",
    "ShortageView|Details…": "明细…",
    "ShortageView|The demands behind the selected shortage and what covers it (double-click a row)":
        "所选缺料行背后的需求及其覆盖来源（双击行）",
    "ShortageView|{0} shortages in all": "共 {0} 条缺料",
    "_LazyView|Search code or name": "搜索编码或名称",
}
