"""Simplified Chinese for the Demand review tab (需求评审): its pages, the feasibility
sentences (context DemandReview, the same templates as services.demand_review_feasibility.WHY)
and the minutes' buttons. PRACTICES §1 terms: 需求评审会, 共识, 弹性区间, 约束, 会议纪要."""

_DR = {
    # feasibility sentences
    "{item} {month}: the forecast of {forecast} can be made and supplied in full":
        "{item} {month}：预测 {forecast} 可全部生产和供料",
    "{item} {month}: no sales forecast; the statistical baseline of {forecast} can be made and supplied in full":
        "{item} {month}：无销售预测；统计基线 {forecast} 可全部生产和供料",
    "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} "
    "{unit} after maintenance)":
        "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} {unit}）",
    "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} "
    "{unit} after maintenance, {others} {unit} taken by the products before it)":
        "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} {unit}，"
        "其中 {others} {unit} 已被排在前面的产品占用）",
    "{item} {month}: {material} allows at most {qty} ({left} {unit} by the end of the month: {on_hand} on hand, "
    "{on_order} on order, new orders from {available_date}; {qty_per} {unit} a unit)":
        "{item} {month}：{material} 最多够 {qty}（月底可用 {left} {unit}：现有 {on_hand}，在途 {on_order}，"
        "新订单 {available_date} 起到货；每件用 {qty_per} {unit}）",
    "{item} {month}: no forecast and no baseline yet": "{item} {month}：尚无预测和基线",
    # words
    "Month": "月份", "Binding": "约束", "Consensus": "共识量", "Production target": "生产目标",
    "Supply target": "备料目标", "Forecast": "预测", "Capacity allows": "产能允许", "Material allows": "物料允许",
    "Why": "约束说明", "collecting inputs": "收集输入中", "in the meeting": "会议中", "agreed": "已达成共识",
    "closed": "已关闭", "Capacity": "产能", "Material": "物料", "Done": "完成", "Open": "未完成",
    "Cancelled": "已取消", "Feasible": "可行量", "Product": "产品", "Comment": "备注",
    "Enter the sales forecast per product and month": "按产品和月份填写销售预测",
    "Confirm the capacity per work center and month": "按工作中心和月份确认产能",
    "Confirm the key materials (availability, lead time, price)": "确认关键物料（可供量、交期、价格）",
    "Department": "部门", "Signed by": "签字人", "At": "时间", "Holds": "有效", "Owner": "负责人", "What": "事项",
    "Deadline": "期限", "Status": "状态", "Result": "结果", "Work center": "工作中心", "Working days": "工作日",
    "After maintenance": "检修后产能", "Maintenance": "检修", "Max output per product": "各产品最大产出",
    "Confirmed by": "确认人", "Note": "备注", "yes": "是", "no": "否", "Name": "名称", "Supplier": "供应商",
    "On hand": "现有库存", "Open POs": "在途采购", "Lead days": "交期(天)", "New orders from": "新订单到货日",
    "Per month": "每月可供", "Guaranteed": "保证供应", "Used by": "用于", "Unit price": "单价",
    "Save corrections": "保存修正", "The review's inputs can no longer change": "本次评审的输入已不能再修改",
    "Nothing changed": "没有修改", "Save the changed rows (yellow) as confirmed by you": "保存修改的行（黄色），记为由您确认",
    "Save minutes": "保存会议纪要",
}

ZH = {
    **{f"DemandReview|{k}": v for k, v in _DR.items()},
    "Tabs|Order review": "订单评审",
    "Tabs|Demand review": "需求评审",
    # the consensus panel
    "ConsensusPanel|Save consensus": "保存共识",
    "ConsensusPanel|Not recorded yet: the default from the feasible figure and the flex band":
        "尚未记录：按可行量和弹性区间给出的默认值",
    "ConsensusPanel|The manager records the consensus in the meeting; grey figures are the defaults.":
        "共识由总经理在会上记录；灰色数字为默认值。",
    "ConsensusPanel|The consensus is recorded in the meeting (start the meeting first); grey figures are the defaults.":
        "共识在会上记录（请先开始会议）；灰色数字为默认值。",
    "ConsensusPanel|Grey: the default (feasible; targets from the flex band). Clear a target to take the flex band "
    "again.": "灰色：默认值（可行量；目标按弹性区间）。清空目标即重新按弹性区间计算。",
    "ConsensusPanel|Only a manager records the consensus": "只有总经理可以记录共识",
    "ConsensusPanel|The consensus is recorded in the meeting": "共识在会上记录",
    "ConsensusPanel|Nothing changed": "没有修改",
    "ConsensusPanel|Record the changed lines (yellow)": "记录修改的行（黄色）",
    # the tab
    "DemandReviewTab| months": " 个月",
    "DemandReviewTab|All products": "全部产品",
    "DemandReviewTab|Off: the core products only (the pilot scope)": "不勾选：只评审核心产品（试点范围）",
    "DemandReviewTab|Open review": "开启评审",
    "DemandReviewTab|Submit my input": "提交本部门输入",
    "DemandReviewTab|Month": "月份",
    "DemandReviewTab|Sales forecast": "销售预测",
    "DemandReviewTab|Supply: key materials": "供应链：关键物料",
    "DemandReviewTab|Production: capacity": "生产：产能",
    "DemandReviewTab|Feasibility": "可行性",
    "DemandReviewTab|Meeting": "评审会",
    "DemandReviewTab| (not open)": "（未开启）",
    "DemandReviewTab|Not open yet.": "尚未开启。",
    "DemandReviewTab|The {0} demand review is not open. Open it to compute the statistical baseline, the key "
    "materials and the capacity; each department then gets its task in the inbox.":
        "{0} 的需求评审尚未开启。开启后将计算统计基线、关键物料和产能，各部门会在收件箱收到各自的任务。",
    "DemandReviewTab|The demand review of this month is not open yet: the manager opens it (it also opens by itself "
    "a week before the meeting day).": "本月的需求评审尚未开启：由总经理开启（会议日前一周也会自动开启）。",
    "DemandReviewTab|{month}: {status} · meeting {meeting} · months {first} to {last} · revision {revision}":
        "{month}：{status} · 会议日 {meeting} · 月份 {first} 至 {last} · 版本 {revision}",
    "DemandReviewTab|{dept}: submitted by {who}": "{dept}：{who} 已提交",
    "DemandReviewTab|{dept}: waiting (due {due})": "{dept}：待提交（期限 {due}）",
    "DemandReviewTab|, overdue": "，已超期",
    "DemandReviewTab|Inputs: {0}": "输入：{0}",
    "DemandReviewTab|Only a manager opens the demand review": "只有总经理可以开启需求评审",
    "DemandReviewTab|This month's review is open": "本月评审已开启",
    "DemandReviewTab|Choose a month": "请选择月份",
    "DemandReviewTab|Sales, production and supply each submit their own input": "销售、生产和供应链各自提交本部门的输入",
    "DemandReviewTab|The review is not open": "评审尚未开启",
    "DemandReviewTab|The review's inputs can no longer change": "本次评审的输入已不能再修改",
    "DemandReviewTab|{0} has submitted already": "{0}已提交",
    "DemandReviewTab|Start meeting": "开始会议",
    "DemandReviewTab|Agree": "达成共识",
    "DemandReviewTab|Back to collecting": "退回收集输入",
    "DemandReviewTab|Close review": "关闭评审",
    "DemandReviewTab|Reopen meeting": "重新开会",
    "DemandReviewTab|Only a manager runs the meeting": "只有总经理主持会议",
    "DemandReviewTab|Waiting for: {0}": "尚待提交：{0}",
    "DemandReviewTab|Sign-offs missing: {0}": "尚缺签字：{0}",
    "DemandReviewTab|Open the review and compute the proposals": "开启评审并计算建议值",
    "DemandReviewTab|The scope is set by a manager while the review collects its inputs":
        "评审范围由总经理在收集输入阶段设定",
    "DemandReviewTab|Submit {0} input": "提交{0}输入",
    "DemandReviewTab|Hand in your department's input: the task in the inbox is done":
        "提交本部门的输入：收件箱中的任务即完成",
    # feasibility
    "FeasibilityPage|Feasible = the least of the forecast (sales' figure, else the statistical baseline), what "
    "capacity after maintenance allows and what the key materials allow.":
        "可行量 = 预测（销售数字，没有则用统计基线）、检修后产能允许量、关键物料允许量三者中的最小值。",
    "FeasibilityPage|{0} (baseline)": "{0}（基线）",
    # the meeting page
    "MeetingPage|Sign off": "签字确认",
    "MeetingPage|Sign-offs": "签字",
    "MeetingPage|What is to be done, e.g. talk to the key customers about delivery": "要做什么，例如：与重点客户沟通交期",
    "MeetingPage|Add action": "添加行动项",
    "MeetingPage|What came of it (required to close)": "结果（关闭时必填）",
    "MeetingPage|Done": "完成",
    "MeetingPage|Cancel action": "取消行动项",
    "MeetingPage|Result": "结果",
    "MeetingPage|Action items": "行动项",
    "MeetingPage|{0}, overdue": "{0}，已超期",
    "MeetingPage|(the department)": "（全部门）",
    "MeetingPage|The whole department": "全部门",
    "MeetingPage|No: changed since": "否：之后有变更",
    "MeetingPage|not yet": "尚未签字",
    "MeetingPage|Yes": "是",
    "MeetingPage|Your role does not sign the demand review": "您的角色不参与需求评审签字",
    "MeetingPage|The sign-offs are given in the meeting": "签字在会上进行",
    "MeetingPage|{0} has signed this revision already": "{0}已签署当前版本",
    "MeetingPage|Only a manager adds the meeting's action items": "只有总经理可以添加会议行动项",
    "MeetingPage|Action items are agreed in the meeting": "行动项在会上确定",
    "MeetingPage|Say what is to be done": "请写明要做什么",
    "MeetingPage|Select an action item": "请选择一个行动项",
    "MeetingPage|A submission task is done when its department submits its input": "提交任务在部门提交输入时完成",
    "MeetingPage|This action item is closed already": "该行动项已关闭",
    "MeetingPage|Only its owner, its department or a manager closes it": "只有负责人、所属部门或总经理可以关闭",
    "MeetingPage|Say what came of it": "请写明结果",
    "MeetingPage|Sign the consensus as it stands for {0}": "以{0}身份签署当前共识",
    "MeetingPage|Add the action item; it shows in the owner's inbox": "添加行动项；它会出现在负责人的收件箱",
    "MeetingPage|Close the selected action item as done": "将所选行动项关闭为已完成",
    "MeetingPage|Close the selected action item as cancelled": "将所选行动项关闭为已取消",
    # minutes
    "MinutesActions|The language of the minutes": "会议纪要的语言",
    "MinutesActions|Print minutes…": "打印会议纪要…",
    "MinutesActions|Minutes PDF…": "会议纪要 PDF…",
    "MinutesActions|The minutes (会议纪要) on one A4 page, to a printer": "会议纪要（一页 A4），发送到打印机",
    "MinutesActions|The minutes (会议纪要) on one A4 page, as a PDF file": "会议纪要（一页 A4），保存为 PDF 文件",
    "MinutesActions|No review is open for this month": "本月没有开启的评审",
    # production
    "ProductionPage|{first}..{last} at {percent} %": "{first}..{last} 产能 {percent}%",
    "ProductionPage|proposal": "建议值",
    "ProductionPage|Only production and managers confirm the capacity": "只有生产和总经理可以确认产能",
    "ProductionPage|No work centers: the products in scope are not assigned to a work center with a capacity.":
        "没有工作中心：评审范围内的产品未分配到有产能的工作中心。",
    "ProductionPage|The capacity after maintenance is what the month can make; correct it if you know better and "
    "save. Products on one work center share it.": "检修后产能即本月能生产的量；如有更准确的数字请修改并保存。同一工作中心的产品共用产能。",
    # sales
    "SalesPage|Comment on the selected forecast cell": "所选预测格的备注",
    "SalesPage|Comment": "备注",
    "SalesPage|Save forecast": "保存预测",
    "SalesPage|Code": "编码",
    "SalesPage|Product": "产品",
    "SalesPage|Actual\n{0}": "实际\n{0}",
    "SalesPage|{0}\nForecast": "{0}\n预测",
    "SalesPage|Baseline": "基线",
    "SalesPage|Last year": "去年同期",
    "SalesPage|Booked": "已接订单",
    "SalesPage|Core product": "核心产品",
    "SalesPage|{0} (by {1})": "{0}（{1}）",
    "SalesPage|No products in this review's scope: mark the core products in Master data.":
        "评审范围内没有产品：请在主数据中标记核心产品。",
    "SalesPage|Sales enters the forecast; you see it as they save it.": "预测由销售填写；保存后您即可看到。",
    "SalesPage|The review is {0}: the forecast can no longer change.": "评审状态为{0}：预测已不能修改。",
    "SalesPage|Type a figure into a forecast cell (Enter moves down), Delete clears it, Ctrl+V pastes cells copied "
    "from Excel. Italic: the cell has a comment.":
        "在预测格中直接输入数字（回车下移），Delete 清空，Ctrl+V 粘贴从 Excel 复制的单元格。斜体：该格有备注。",
    "SalesPage|Only sales and managers enter the forecast": "只有销售和总经理可以填写预测",
    "SalesPage|No review loaded": "未加载评审",
    "SalesPage|The review's inputs can no longer change": "本次评审的输入已不能再修改",
    "SalesPage|Nothing changed": "没有修改",
    "SalesPage|Save the changed cells (yellow)": "保存修改的格（黄色）",
    # supply
    "SupplyPage|proposal": "建议值",
    "SupplyPage|Empty: new orders are not limited": "空：新订单不限量",
    "SupplyPage|yes, no or empty (not said)": "是、否或空（未说明）",
    "SupplyPage|{0}: guaranteed is yes, no or empty": "{0}：保证供应应填 是、否 或留空",
    "SupplyPage|{0}: lead days is a whole number of days": "{0}：交期应为整数天",
    "SupplyPage|Only supply and managers confirm the key materials": "只有供应链和总经理可以确认关键物料",
    "SupplyPage|No key materials: the products in scope have no bought components in their bills of materials.":
        "没有关键物料：评审范围内产品的物料清单中没有外购件。",
    "SupplyPage|Correct the lead time, what new orders can bring a month, whether supply guarantees it, the price or "
    "the note, then save; rows nobody corrected count as confirmed when supply submits.":
        "修改交期、新订单每月可供量、是否保证供应、价格或备注后保存；供应链提交时，未修改的行视为已确认。",
    "DemandReview|Take today's stock and POs": "按今天的库存和采购单重算",
    "DemandReview|Every row gets today's on-hand and open purchase orders; the rows nobody confirmed get a new "
    "proposal": "每一行取今天的库存和未交采购单；未确认的行重新给出建议",
    "DemandReview|Take today's calendar and maintenance": "按今天的日历和检修计划重算",
    "DemandReview|The rows nobody confirmed are computed again from the calendar and the maintenance windows as "
    "they are now": "未确认的行按当前的工作日历和设备检修计划重新计算",
    "DemandReview|Save your corrections first": "请先保存您的修正",
    "NotesBox|Meeting notes": "会议记录",
    "NotesBox|What was discussed and decided; printed in the minutes": "讨论和决定的事项；会打印在会议纪要中",
    "NotesBox|Save notes": "保存会议记录",
    "NotesBox|Only a manager keeps the meeting's notes": "只有经理可以填写会议记录",
    "NotesBox|The review is not open": "评审尚未开启",
    "NotesBox|A closed review keeps its minutes as they are": "已关闭的评审不能再修改会议纪要",
    "NotesBox|Nothing changed": "没有修改",
    "NotesBox|Save the notes; the minutes print them": "保存会议记录；会议纪要会打印它们",
    "NotesBox|Saved.": "已保存。",
    "NotesBox|Someone else changed the notes meanwhile (see the message); Save notes again replaces them with "
    "yours.": "其他人在此期间修改了会议记录（见提示）；再次点击“保存会议记录”将用您的内容替换。",
}
