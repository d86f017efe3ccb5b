"""Simplified Chinese for the Purchasing tab (采购), the PO dialog, closing short (短结) and
POs from shortage rows (缺料转采购), with the small additions to the Inventory and Master
data tabs."""

ZH = {
    "Tabs|Purchasing": "采购",
    # statuses
    "Purchasing|Draft": "草稿",
    "Purchasing|Confirmed": "已确认",
    "Purchasing|Partly received": "部分到货",
    "Purchasing|Received": "已到货",
    "Purchasing|Closed": "已关闭",
    "Purchasing|Cancelled": "已取消",
    # the tab
    "PurchasingTab|PO no.": "采购单号",
    "PurchasingTab|Supplier": "供应商",
    "PurchasingTab|Order date": "下单日期",
    "PurchasingTab|Status": "状态",
    "PurchasingTab|Lines": "行数",
    "PurchasingTab|Late lines": "延误行",
    "PurchasingTab|Next expected": "下次到货",
    "PurchasingTab|Amount": "金额",
    "PurchasingTab|Supplier on-time": "供应商及时到货率",
    "PurchasingTab|The supplier's on-time arrival rate (原材料及时到货率): lines fully received by their expected "
    "date, of those due over the last 12 months":
        "供应商的原材料及时到货率：近 12 个月到期的采购行中，在预计到货日期前全部到货的比例",
    "PurchasingTab|New purchase order": "新建采购单",
    "PurchasingTab|Open": "打开",
    "PurchasingTab|Edit": "修改",
    "PurchasingTab|Confirm": "确认",
    "PurchasingTab|Cancel order": "取消采购单",
    "PurchasingTab|Only an order with nothing received yet": "仅限尚未收货的采购单",
    "PurchasingTab|Close short…": "短结…",
    "PurchasingTab|The rest of a partly received order will not arrive": "部分到货的采购单，余下的不再到货",
    "PurchasingTab|Receive…": "收货…",
    "PurchasingTab|Goods receipt against the order's open lines": "按该采购单的未到货行收货",
    "PurchasingTab|PO no., supplier or item": "采购单号、供应商或物料",
    "PurchasingTab|All suppliers": "全部供应商",
    "PurchasingTab|All statuses": "全部状态",
    "PurchasingTab|Late only": "仅显示延误",
    "PurchasingTab|Orders with a line past its expected date and still to come": "有行已过预计到货日期仍未到货的采购单",
    "PurchasingTab|Loading…": "正在加载…",
    "PurchasingTab|late": "延误",
    "PurchasingTab|{0} purchase orders": "共 {0} 张采购单",
    "PurchasingTab|(the first {0} shown; the export has all)": "（显示前 {0} 张；导出包含全部）",
    "PurchasingTab|Saved {0}.": "已保存 {0}。",
    "PurchasingTab|{0} confirmed.": "{0} 已确认。",
    "PurchasingTab|{0} cancelled.": "{0} 已取消。",
    "PurchasingTab|{0} closed short.": "{0} 已短结。",
    # the PO dialog
    "PODialog|New purchase order": "新建采购单",
    "PODialog|Supplier code or name": "供应商编码或名称",
    "PODialog|Save": "保存",
    "PODialog|Ctrl+S": "Ctrl+S",
    "PODialog|Cancel": "取消",
    "PODialog|Close": "关闭",
    "PODialog|Supplier": "供应商",
    "PODialog|Order date": "下单日期",
    "PODialog|Lines": "采购明细",
    "PODialog|Note": "备注",
    "PODialog|Enter adds a line · Ctrl+S saves · Esc closes": "回车添加一行 · Ctrl+S 保存 · Esc 关闭",
    "PODialog|A purchase order that is {0} can no longer be edited.": "“{0}”的采购单不能再修改。",
    "PODialog|Read only: your role cannot change purchase orders.": "只读：您的角色不能修改采购单。",
    "PODialog|Purchase order {0} ({1})": "采购单 {0}（{1}）",
    "PODialog|Line {0}: {1} closed short — {2}": "第 {0} 行：{1} 已短结 — {2}",
    "PODialog|Lead time {0} days": "交货周期 {0} 天",
    "PODialog|on-time arrival {0} ({1} of {2} lines, last 12 months)": "及时到货率 {0}（近 12 个月 {2} 行中 {1} 行）",
    "PODialog|Saving…": "正在保存…",
    "PODialog|You are now editing on top of the version saved by {0}. Check the form, then save.":
        "您现在是在 {0} 保存的版本上继续修改。请检查表单后再保存。",
    "PODialog|another user": "其他用户",
    "PODialog|Line {0}": "第 {0} 行",
    # the lines editor
    "POLinesEditor|Item code or name": "物料编码或名称",
    "POLinesEditor|Quantity": "数量",
    "POLinesEditor|Unit price": "单价",
    "POLinesEditor|Expected arrival": "预计到货日期",
    "POLinesEditor|Add line": "添加行",
    "POLinesEditor|Enter in the quantity or price adds the line": "在数量或单价中按回车即可添加该行",
    "POLinesEditor|Item": "物料",
    "POLinesEditor|Unit": "单位",
    "POLinesEditor|Amount": "金额",
    "POLinesEditor|Expected": "预计到货",
    "POLinesEditor|Received": "已到货",
    "POLinesEditor|Note": "备注",
    "POLinesEditor|Remove line": "删除行",
    "POLinesEditor|Remove the selected line (Delete)": "删除所选行（Delete）",
    "POLinesEditor|Choose an item from the list (type its code or name).": "请从列表中选择物料（输入编码或名称）。",
    "POLinesEditor|Enter the quantity.": "请输入数量。",
    "POLinesEditor|Line {0} has receipts and cannot be removed.": "第 {0} 行已有收货，不能删除。",
    "POLinesEditor|{0}, {1} closed short": "{0}，短结 {1}",
    "POLinesEditor|Line {0}: write the date as 2026-12-31.": "第 {0} 行：日期请写成 2026-12-31 的格式。",
    "POLinesEditor|Total: {0}": "合计：{0}",
    # closing short
    "CloseShortDialog|Close {0} short": "短结 {0}",
    "CloseShortDialog|Line {0} {1} {2}: {3} {4} will not arrive": "第 {0} 行 {1} {2}：{3} {4} 不再到货",
    "CloseShortDialog|What is still open is closed short: it stays on the order with the reason and no longer "
    "counts as coming. Goods received so far are kept.":
        "未到货的数量将短结：连同原因保留在采购单上，不再计为在途。已收到的货物不受影响。",
    "CloseShortDialog|Why will the rest not arrive? (e.g. supplier stopped the item)": "余下为何不再到货？（例如：供应商停产）",
    "CloseShortDialog|Close short": "短结",
    "CloseShortDialog|Reason": "原因",
    "CloseShortDialog|Give the reason the rest will not arrive.": "请填写余下不再到货的原因。",
    # POs from shortage rows
    "FromShortageDialog|Supplier": "供应商",
    "FromShortageDialog|Item": "物料",
    "FromShortageDialog|Quantity": "数量",
    "FromShortageDialog|Unit": "单位",
    "FromShortageDialog|Needed by": "需求日期",
    "FromShortageDialog|Expected": "预计到货",
    "FromShortageDialog|Unit price": "单价",
    "FromShortageDialog|Amount": "金额",
    "FromShortageDialog|Lead time": "交货周期",
    "FromShortageDialog|Purchase orders from shortages": "按缺料生成采购单",
    "FromShortageDialog|One purchase order per default supplier, each line the quantity nothing covers yet, "
    "expected when it is needed. They are created as <b>drafts</b>: check prices and dates on the Purchasing tab, "
    "then confirm them — only a confirmed order covers the shortage.":
        "每个默认供应商生成一张采购单，每行为尚无覆盖的缺料数量，预计到货日期为需求日期。采购单以<b>草稿</b>生成："
        "请在“采购”页检查单价和日期后再确认——只有已确认的采购单才能覆盖缺料。",
    "FromShortageDialog|Create draft orders": "生成草稿采购单",
    "FromShortageDialog|Loading…": "正在加载…",
    "FromShortageDialog|{0} d": "{0} 天",
    "FromShortageDialog|{0} d: earliest {1}, {2} d after the need": "{0} 天：最早 {1}，晚于需求 {2} 天",
    "FromShortageDialog|Draft orders: {0} · lines: {1} · amount {2} (at standard cost)":
        "草稿采购单：{0} 张 · {1} 行 · 金额 {2}（按标准成本）",
    "FromShortageDialog|Nothing to order from these rows.": "所选行没有需要采购的物料。",
    "FromShortageDialog|Create {0} draft orders": "生成 {0} 张草稿采购单",
    "FromShortageDialog|Create the draft order": "生成草稿采购单",
    "FromShortageDialog|{0}: the supplier {1} needs {2} days, so it arrives {3} at the earliest — {4} days after "
    "it is needed ({5}).": "{0}：供应商 {1} 需要 {2} 天，最早 {3} 到货——比需求日期（{5}）晚 {4} 天。",
    "FromShortageDialog|No default supplier (set one in Master data, or order them by hand): {0}.":
        "没有默认供应商（请在“基础资料”中设置，或手工下单）：{0}。",
    "FromShortageDialog|{0} {1}: its default supplier {2} is inactive.": "{0} {1}：其默认供应商 {2} 已停用。",
    "FromShortageDialog|Made in house (a work order cures the shortage): {0}.": "自制件（应开工单补料）：{0}。",
    "FromShortageDialog|Already covered by open orders: {0}.": "已由未结单据覆盖：{0}。",
    "FromShortageDialog|No longer short: {0}.": "已不再缺料：{0}。",
    "FromShortageDialog|Not ordered:": "未生成采购：",
    "FromShortageDialog|Already on a draft order waiting to be confirmed: {0}. Confirming that draft may be all "
    "that is needed.": "已在待确认的草稿采购单中：{0}。也许确认该草稿即可。",
    "FromShortageDialog|Created {0} as drafts. Check and confirm them on the Purchasing tab.":
        "已生成草稿 {0}。请在“采购”页检查并确认。",
    "FromShortageDialog|Nothing was created: nothing left to order.": "未生成任何采购单：已无需采购。",
    # Inventory tab, shortage sub-tab
    "ShortageView|Create purchase orders…": "生成采购单…",
    "ShortageView|Draft purchase orders for what the selected bought items still lack, one per default supplier":
        "为所选外购物料尚缺的数量生成草稿采购单，每个默认供应商一张",
    # Master data tab, a supplier
    "MasterDataTab|On-time arrival {0}: {1} of {2} lines due over the last 12 months":
        "及时到货率 {0}：近 12 个月到期 {2} 行中 {1} 行及时",
    "MasterDataTab|On-time arrival: no line due over the last 12 months": "及时到货率：近 12 个月没有到期的采购行",
    "MasterDataTab|{0} not due yet": "{0} 行尚未到期",
}
