"""Simplified Chinese for the 看板 Dashboard tab (sopdesk/ui/dashboard): the KPI names, units,
formula and missing-data templates (context KpiText; the same words as reports/kpi_text.py),
the sections, charts and drill-down lists (context Dashboard)."""

_KPI = {
    "Forecast accuracy": "预测准确率",
    "1 − Σ|shipped − lag-1 sales forecast| / Σ shipped = 1 − {error} / {shipped}, {products} products ({review} review)":
        "1 − Σ|发货 − 滞后1销售预测| / Σ发货 = 1 − {error} / {shipped}，{products} 个产品（{review} 需求评审）",
    "{month} is not over yet": "{month} 尚未结束",
    "no agreed demand review planned {month}": "{month} 没有已确认的需求评审",
    "none of the forecast products shipped in {month}": "{month} 预测的产品都没有发货",
    "Revenue": "销售额", "On-time delivery": "订单交付及时率",
    "On-time delivery (requested date)": "订单交付及时率（按客户要求日期）", "Output value": "产值",
    "Inventory turnover": "库存周转率", "Days of inventory": "库存周转天数", "Purchase cost": "采购成本",
    "On-time material arrival": "原材料及时到货率", "Order lead time": "订单交付周期",
    "Inventory value at month end": "月末库存金额",
    "Sales": "销售部", "Production": "生产部", "Supply chain": "供应链部", "Shared": "共同KPI",
    "CNY": "元", "turns": "次", "days": "天",
    "shipments dated in {month} x order line price = {revenue}": "{month} 发货数量 × 订单行单价 = {revenue}",
    "lines due in {month} (promised date, else requested) fully shipped by that date "
    "{on_time} / ({on_time} + late {late}) x 100":
        "{month} 到期的订单行（承诺交期，无则要求交期）按期全部发出 {on_time} / ({on_time} + 延误 {late}) × 100",
    "lines requested for {month} fully shipped by the requested date {on_time} / ({on_time} + late {late}) x 100":
        "{month} 客户要求交货的订单行按要求日期全部发出 {on_time} / ({on_time} + 延误 {late}) × 100",
    "days from order date to delivery of the {lines} lines delivered in {month}: {total_days} / {lines} "
    "(median {median})": "{month} 交付的 {lines} 个订单行，从下单到交付的天数 {total_days} / {lines}（中位数 {median}）",
    "good quantity reported in {month} x standard cost = {output}, {products} products":
        "{month} 报工良品数量 × 标准成本 = {output}，{products} 个产品",
    "(shipped {shipped} + issued {issued}) / average inventory {average} ((opening {opening} + closing {closing}) / 2)":
        "(发货 {shipped} + 领料 {issued}) / 平均库存 {average}（(期初 {opening} + 期末 {closing}) / 2）",
    "{days} days x average inventory {average} / (shipped {shipped} + issued {issued})":
        "{days} 天 × 平均库存 {average} / (发货 {shipped} + 领料 {issued})",
    "on hand at the end of {month} x standard cost = {closing}": "{month} 月末库存数量 × 标准成本 = {closing}",
    "received in {month} x purchase order price = {purchase}": "{month} 收货数量 × 采购单价 = {purchase}",
    "PO lines due in {month} fully received by the expected date {on_time} / ({on_time} + late {late}) x 100":
        "{month} 到期的采购行按预计到货日全部收到 {on_time} / ({on_time} + 延误 {late}) × 100",
    "no stock movement is recorded up to the end of {month}": "截至 {month} 月末尚无任何库存记录",
    "there was no inventory in {month}": "{month} 没有库存",
    "nothing was shipped or issued in {month}": "{month} 没有发货或领料",
    "no order lines are due in {month}": "{month} 没有到期的订单行",
    "{pending} order lines due in {month} are not due yet": "{month} 到期的 {pending} 个订单行尚未到期",
    "no order lines were delivered in {month}": "{month} 没有交付的订单行",
    "no purchase order lines are due in {month}": "{month} 没有到期的采购行",
    "{pending} purchase order lines due in {month} are not due yet": "{month} 到期的 {pending} 个采购行尚未到期",
    "{month} has not begun": "{month} 尚未开始",
}

_DASH = {
    "Refresh": "刷新", "Loading…": "正在加载…", "loading…": "正在加载…", "missing": "缺数据",
    "{month} to date": "{month} 截至今日", "target {target}": "目标 {target}", "{month}: {value}": "{month}：{value}",
    "Set baseline": "设为基准", "Baseline month": "基准月",
    "Only the manager and the administrator change the settings": "只有总经理和系统管理员可以修改设置",
    "Order delivery panorama (open order lines by risk, late first)": "订单交付全景（未完成订单行按风险，延误在前）",
    "Open order lines by delivery risk (shade: order status)": "未完成订单行：交期风险（深浅：订单状态）",
    "On-time delivery by month": "订单交付及时率（按月）",
    "Inventory health": "库存健康度",
    "Stock value by ABC class": "库存金额（按 ABC 分类）",
    "Items in stock by days of supply": "有库存物料（按可供天数）",
    "Slow-moving, excess, below safety (items)": "呆滞、超储、低于安全库存（物料数）",
    "Improvement tracker (against the baseline month)": "改善跟踪（对比基准月）",
    "Order lead time (days)": "订单交付周期（天）",
    "Inventory value at month end": "月末库存金额",
    "As of {today} · click a bar or a month for the list behind it": "截至 {today} · 点击柱条或月份查看明细",
    "{risk} · {status}: {lines} lines": "{risk} · {status}：{lines} 行",
    "{lines} lines · {orders} orders": "{lines} 行 · {orders} 张订单",
    "Promised within {days} days counts as at risk": "承诺交期在 {days} 天内即算有风险",
    "No baseline month chosen yet.": "尚未选择基准月。",
    "baseline {month}: {value}": "基准 {month}：{value}",
    "goal −{pct} %: {value}": "目标 −{pct}%：{value}",
    "Inventory {change} % against {month}.": "库存较 {month} 变化 {change}%。",
    "The baseline month's inventory value is missing: {why}": "基准月的库存金额缺数据：{why}",
    "The baseline month's lead time is missing: {why}": "基准月的交付周期缺数据：{why}",
    "Lead time {now} days now, {base} days in {month}, target {target}.":
        "交付周期现为 {now} 天，{month} 为 {base} 天，目标 {target}。",
    "(none)": "（无）",
    "Someone else changed the baseline month just now: it is shown again as saved.":
        "其他人刚刚修改了基准月：已重新显示保存的值。",
    "Class {abc}": "{abc} 类", "{value} · {items} items": "{value} · {items} 个物料",
    "no use in 90 days": "90 天内无消耗", "under 7 days": "不足 7 天", "7–30 days": "7–30 天",
    "30–90 days": "30–90 天", "90 days or more": "90 天及以上",
    "{items} items · {value}": "{items} 个物料 · {value}",
    "Slow-moving": "呆滞", "Excess": "超储", "Below safety stock": "低于安全库存",
    "{items} items · {value} excess": "{items} 个物料 · 超储 {value}", "{items} items": "{items} 个物料",
    "Order lines due in {month}": "{month} 到期的订单行",
    "Order lines delivered in {month}": "{month} 交付的订单行",
    "Stock at the end of {month} at standard cost": "{month} 月末库存（按标准成本）",
    "Items of class {abc}": "{abc} 类物料", "Slow-moving items": "呆滞物料", "Items with excess stock": "超储物料",
    "Items below safety stock": "低于安全库存的物料",
    "Items in stock by days of supply: {range}": "按可供天数的有库存物料：{range}",
    # drill-down lists
    "Double-click a row to open its order": "双击一行打开订单",
    "{total} rows, the first {shown} shown": "共 {total} 行，显示前 {shown} 行", "{total} rows": "共 {total} 行",
    "Order line": "订单行", "Customer": "客户", "Product": "产品", "Qty": "数量", "Shipped": "已发货",
    "Promised": "承诺交期", "Requested": "要求交期", "Status": "状态", "Risk": "风险",
    "on time": "按期", "late": "延误", "not due yet": "未到期", "Due": "到期日", "Delivered": "交付日",
    "On time?": "是否按期", "on time {on_time}, late {late}, not due yet {pending}":
        "按期 {on_time}，延误 {late}，未到期 {pending}",
    "Ordered": "下单日", "Days": "天数", "Item": "物料", "Name": "名称", "Unit": "单位",
    "Standard cost": "标准成本", "Value": "金额", "total {value}": "合计 {value}", "Class": "分类",
    "On hand": "现有库存", "Days of supply": "可供天数", "Safety stock": "安全库存", "Excess value": "超储金额",
    "Last move": "最近变动", "Month": "月份", "Target": "目标",
    "How it is counted / why missing": "计算方法 / 缺数据原因",
}

ZH = {
    "Tabs|Dashboard": "看板",
    **{f"KpiText|{k}": v for k, v in _KPI.items()},
    **{f"{ctx}|{k}": v for k, v in _DASH.items() for ctx in ("Dashboard", "DashboardTab", "KpiTile", "DrillPanel")},
}
