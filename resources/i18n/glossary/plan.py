"""Simplified Chinese for the plan (计划): the planning services' error templates (context
ServiceErrors) and the Plan tab."""

_ERRORS = {
    "the BOM loops through {items}": "物料清单存在循环：{items}。",
    "the horizon is 1 to {max_weeks} weeks": "计划周期为 1 到 {max_weeks} 周。",
    "item {item_id} is not in this plan": "物料 {item_id} 不在本次计划中。",
    # releasing planned orders (services/planning_release.py)
    "choose the planned orders to release": "请选择要下达的计划订单。",
    "a planned order is no longer in the plan (it was run again): reload the plan":
        "计划订单已不在计划中（计划已重新运行），请重新加载计划。",
    "the planned order of {item} due {week} was already released as {number}":
        "{item} 在 {week} 周到期的计划订单已下达为 {number}。",
    "{item} has no supplier: give it a default supplier and run the plan again":
        "{item} 没有供应商：请先设置默认供应商，再重新运行计划。",
    "the supplier {supplier} of {item} is inactive": "{item} 的供应商 {supplier} 已停用。",
}

ZH = {
    **{f"ServiceErrors|{k}": v for k, v in _ERRORS.items()},
    "Tabs|Plan": "计划",
    # exception sentences (the same templates as services.planning.MESSAGES) and other words
    "PlanMessages|{item}: {qty} due in week {week} should have been released {late} week(s) before the start":
        "{item}：{qty} 需在 {week} 这一周到货，本应在计划开始前 {late} 周下达",
    "PlanMessages|{item}: on hand {on_hand} is below the safety stock {safety}":
        "{item}：现有库存 {on_hand} 低于安全库存 {safety}",
    "PlanMessages|{item}: {ref} brings {qty} in week {week} that no demand in the horizon needs":
        "{item}：{ref} 在 {week} 这一周到货 {qty}，计划期内没有需求用到",
    "PlanMessages|{work_center}, week {week}: load {load} vs capacity {capacity}":
        "{work_center}，{week} 周：负荷 {load}，产能 {capacity}",
    "PlanMessages|{count} demand(s) fall after the horizon and are not planned":
        "{count} 项需求在计划期之后，未纳入计划",
    "PlanMessages|maintenance {first}..{last} at {percent} %": "检修 {first}..{last}，产能 {percent}%",
    "PlanMessages|{text} ({windows})": "{text}（{windows}）",
    "PlanMessages|Past due": "已逾期",
    "PlanMessages|Below safety stock": "低于安全库存",
    "PlanMessages|Excess": "多余",
    "PlanMessages|Overload": "超负荷",
    "PlanMessages|Beyond the horizon": "超出计划期",
    "PlanMessages|Purchase": "采购",
    "PlanMessages|Make": "生产",
    "PlanMessages|Sales order line": "销售订单行",
    "PlanMessages|Work order material": "工单用料",
    "PlanMessages|Planned order of the parent": "上级计划订单",
    "PlanMessages|Safety stock": "安全库存",
    "PlanMessages|Demand review consensus": "需求评审共识",
    "PlanMessages|the agreed consensus {ref} leaves {qty} beyond the orders in week {week}":
        "{ref} 在 {week} 周除订单外还需 {qty}",
    "PlanMessages|{month} consensus ({period} review)": "{month} 共识量（{period} 需求评审）",
    "PlanMessages|{month} supply target ({period} review)": "{month} 供应目标（{period} 需求评审）",
    "PlanMessages|Demand review supply target": "需求评审供应目标",
    "PlanMessages|the agreed {ref} asks {qty} more of this core material in week {week}":
        "已确认的{ref}要求 {week} 周多备 {qty} 这种核心物料",
    "PlanMessages|order line {ref} needs {qty} in week {week}": "订单行 {ref} 在 {week} 周需要 {qty}",
    "PlanMessages|work order {ref} needs {qty} of it in week {week}": "工单 {ref} 在 {week} 周需要用料 {qty}",
    "PlanMessages|the planned order {ref} needs {qty} of it when released in week {week}":
        "计划订单 {ref} 在 {week} 周下达时需要 {qty}",
    "PlanMessages|{qty} keeps the safety stock of {ref}": "{qty} 用于保持 {ref} 的安全库存",
    "PlanMessages|Gross demand": "毛需求",
    "PlanMessages|Scheduled receipts": "已排到货",
    "PlanMessages|Planned receipts": "计划到货",
    "PlanMessages|Planned releases": "计划下达",
    "PlanMessages|Projected stock": "预计库存",
    "PlanMessages|Stock without its planned orders": "不下达计划订单时的库存",
    # the planned orders and their pegging
    "PlanOrders|Item": "物料",
    "PlanOrders|Name": "名称",
    "PlanOrders|Kind": "类型",
    "PlanOrders|Qty": "数量",
    "PlanOrders|Release week": "下达周",
    "PlanOrders|Due week": "到期周",
    "PlanOrders|Supplier / line": "供应商 / 产线",
    "PlanOrders|Released as": "已下达为",
    "PlanOrders|Serves": "满足",
    "PlanOrders|Document": "单据",
    "PlanOrders|Week": "周",
    "PlannedOrdersPanel|All kinds": "全部类型",
    "PlannedOrdersPanel|Kind": "类型",
    "PlannedOrdersPanel|What it serves": "满足哪些需求",
    "PlannedOrdersPanel|no supplier": "无供应商",
    "PlannedOrdersPanel|Past due: released at the start of the plan, its lead time no longer fits":
        "已逾期：按计划开始周下达，提前期已来不及",
    "PlannedOrdersPanel|{0} planned orders": "共 {0} 个计划订单",
    "PlannedOrdersPanel|{0} past due": "{0} 个已逾期",
    "PlannedOrdersPanel|Select one planned order to see what it serves.": "选择一个计划订单，查看它满足哪些需求。",
    "PlannedOrdersPanel|Buy {qty} of {item} from {supplier}: order in week {release} so that it arrives by "
    "{due}, when the demands below need it.":
        "向 {supplier} 采购 {item} {qty}：在 {release} 周下单，{due} 前到货，以满足下列需求。",
    "PlannedOrdersPanel|(no supplier)": "（无供应商）",
    "PlannedOrdersPanel|Make {qty} of {item} on {line}: start in week {release} so that it is done by {due}, "
    "when the demands below need it.":
        "在 {line} 生产 {item} {qty}：{release} 周开工，{due} 前完工，以满足下列需求。",
    "PlannedOrdersPanel|(no line)": "（未指定产线）",
    "PlannedOrdersPanel|It is past due: its lead time does not fit before the start of the plan, so it is late "
    "unless released now.":
        "已逾期：计划开始前已来不及留出提前期，不立即下达就会延误。",
    "PlannedOrdersPanel|Released as {0}.": "已下达为 {0}。",
    "PlannedOrdersPanel|Why: {0}.": "原因：{0}。",
    # the weekly grid
    "WeeklyGrid|Item": "物料",
    "WeeklyGrid|Red: stock below the safety stock. Blue: planned by this run (click to see the planned order).":
        "红色：库存低于安全库存。蓝色：本次计划的计划订单（点击查看）。",
    "WeeklyGrid|Choose an item, or select a planned order.": "请选择物料，或选择一个计划订单。",
    "WeeklyGrid|{code} {name} · level {level} · on hand at the start {on_hand} · safety stock {safety}":
        "{code} {name} · 层级 {level} · 期初库存 {on_hand} · 安全库存 {safety}",
    "WeeklyGrid|Below the safety stock {0}": "低于安全库存 {0}",
    "WeeklyGrid|Click to see the planned order": "点击查看计划订单",
    # the tab
    "PlanTab|Week": "周",
    "PlanTab|Kind": "类型",
    "PlanTab|All kinds": "全部类型",
    "PlanTab|Double-click a row for its item's weekly grid": "双击一行查看该物料的周计划表",
    "PlanTab|Item / line": "物料 / 产线",
    "PlanTab|What": "说明",
    "PlanTab|Run plan": "运行计划",
    "PlanTab| weeks": " 周",
    "PlanTab|Only production planners and managers run the plan": "只有生产计划员和经理可以运行计划",
    "PlanTab|Plan the weeks from the week of the start date and save it as the current plan for everyone":
        "从开始日期所在周起排计划，并保存为所有人看到的当前计划",
    "PlanTab|From": "开始",
    "PlanTab|Release selected": "下达所选",
    "PlanTab|Planned orders": "计划订单",
    "PlanTab|Weekly grid": "周计划表",
    "PlanTab|Exceptions": "异常",
    "PlanTab|No plan yet.": "尚无计划。",
    "PlanTab|No plan has been run yet. Run plan computes what to buy and make, week by week, from the open "
    "orders, stock, purchase orders and work orders.":
        "尚未运行计划。运行计划会根据未完成订单、库存、采购单和工单，按周算出要采购和生产的数量。",
    "PlanTab|No plan has been run yet: production runs it.": "尚未运行计划：由生产部门运行。",
    "PlanTab|Plan run {run_at} by {by} · from {start} ({week}) · {weeks} weeks · {items} items":
        "计划运行于 {run_at}，运行人 {by} · 自 {start}（{week}）起 · {weeks} 周 · {items} 个物料",
    "PlanTab|the system": "系统",
    "PlanTab|Planned orders ({0})": "计划订单（{0}）",
    "PlanTab|Exceptions ({0})": "异常（{0}）",
    "PlanTab|Orders, stock, purchase orders or work orders changed since this plan was run: run the plan again "
    "to see them in it.":
        "计划运行后订单、库存、采购单或工单有变动：重新运行计划才能反映这些变动。",
    "PlanTab|Planning…": "正在计划…",
    "PlanTab|Planned {weeks} weeks from {start}: {planned} planned orders, {exceptions} exceptions.":
        "已计划自 {start} 起 {weeks} 周：{planned} 个计划订单，{exceptions} 个异常。",
    "PlanTab|Only supply (purchase orders) and production (work orders) release planned orders":
        "只有供应链（采购单）和生产（工单）可以下达计划订单",
    "PlanTab|Select the planned orders to release (Ctrl or Shift for several)":
        "请选择要下达的计划订单（按住 Ctrl 或 Shift 可多选）",
    "PlanTab|Some of the selected planned orders are released already": "所选计划订单中有的已经下达",
    "PlanTab|Your role may not create purchase orders": "您的角色不能创建采购单",
    "PlanTab|Your role may not create work orders": "您的角色不能创建工单",
    "PlanTab|An item without a supplier: give it a default supplier and run the plan again":
        "有物料没有供应商：请先设置默认供应商，再重新运行计划",
    "PlanTab|Purchase orders (one per supplier, confirmed) and work orders for the selected planned orders":
        "为所选计划订单生成采购单（每个供应商一张，已确认）和工单",
    "PlanTab|Released: {0}.": "已下达：{0}。",
    # the documents behind a grid figure
    "WeeklyGrid|Red: stock below the safety stock. Blue: planned by this run (click to see the planned order). "
    "Double-click a demand or receipt to see its documents.":
        "红色：低于安全库存。蓝色：本次计划生成（点击查看计划订单）。双击需求或入库数量可查看对应单据。",
    "WeeklyGrid|Double-click to see the documents": "双击查看对应单据",
    "SourcesDialog|{row} of {item}, week {week}": "{item} {week} 周的{row}",
    "SourcesDialog|{row} of {item} in week {week} ({monday}): {total} in the plan. What makes it now:":
        "{item} 在 {week} 周（{monday}）的{row}：计划中为 {total}。目前构成如下：",
    "SourcesDialog|Document": "单据",
    "SourcesDialog|Date": "日期",
    "SourcesDialog|No open document makes this figure now: the plan was run before it changed. Run the plan again.":
        "目前没有未完成单据构成这个数字：计划运行后数据已变动，请重新运行计划。",
    "SourcesDialog|Purchase order line": "采购单行",
    "SourcesDialog|Work order output": "工单产出",
    "ServiceErrors|a figure of gross demand or scheduled receipts": "只能查看毛需求或在途入库的数字。",
    "ServiceErrors|no plan run {run_id}": "没有计划运行记录 {run_id}。",
    "ServiceErrors|week {week} is outside the plan": "第 {week} 周不在计划期内。",
}
