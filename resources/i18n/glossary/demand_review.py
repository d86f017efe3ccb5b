"""Simplified Chinese for the demand review (需求评审会) services: their error templates
(context ServiceErrors) and the binding-constraint sentences of
services/demand_review_feasibility.WHY (context DemandReview)."""

_ERRORS = {
    "a closed review keeps its minutes as they are": "已关闭的评审不能再修改会议纪要",
    "the notes have {count} characters; at most {limit}": "会议记录有 {count} 个字符，最多 {limit} 个",
    "a deadline with a date and time": "请输入截止日期和时间。",
    "a month as YYYY-MM, e.g. 2027-02: {text}": "月份须为“年-月”，例如 2027-02：{text}",
    "a quantity of 0 or more: {value}": "数量须大于或等于 0：{value}",
    "a submission task is done when the department submits": "提交任务在部门提交资料时自动完成。",
    "a {current} review cannot become {target}": "“{current}”状态的需求评审不能变为“{target}”。",
    "at most 4 decimal places: {value}": "最多 4 位小数：{value}",
    "at most {limit} (+1000 %)": "最多 {limit}（+1000 %）。",
    "choose an active user who submits sales' forecast": "请选择一位可提交销售预测的在用用户。",
    "done or cancelled": "完成或取消。",
    "from {low} to {high} months": "{low} 至 {high} 个月。",
    "no action item {action_id}": "没有待办事项 {action_id}。",
    "no capacity of this work center and month in the review": "本次评审中没有该产线该月的产能。",
    "no demand review cycle {cycle_id}": "没有需求评审 {cycle_id}。",
    "no item {item_id}": "没有物料 {item_id}。",
    "not a key material of this review": "不是本次评审的关键物料。",
    "not a number: {value}": "不是数字：{value}",
    "not an exact quantity: {value}": "不是精确数量：{value}",
    "not every department has submitted: {waiting}": "尚有部门未提交资料：{waiting}",
    "role {role} may not close this action item": "角色 {role} 不能关闭此待办事项。",
    "role {role} may not sign the demand review": "角色 {role} 不能在需求评审上签字。",
    "say what came of it": "请填写处理结果。",
    "say what is to be done": "请填写要做的事。",
    "sign-offs missing: {missing}": "尚缺签字：{missing}",
    "the deadline has passed already": "截止时间已过。",
    "the {month} review closes when the month has ended": "{month} 需求评审须在该月结束后关闭。",
    "the {month} review is open already": "{month} 需求评审已开启。",
    "the {month} review is {current}, not {status}": "{month} 需求评审为“{current}”，不是“{status}”。",
    "the {month} review is {current}: follow-ups are agreed in the meeting":
        "{month} 需求评审为“{current}”：跟进事项须在评审会上确定。",
    "the {month} review is {current}: its inputs can no longer change":
        "{month} 需求评审为“{current}”：其输入资料不能再修改。",
    "this action item is {current} already": "此待办事项已是“{current}”。",
    "this product and month are not in the review": "该产品和月份不在本次评审范围内。",
    "this product is not in the review's scope": "该产品不在本次评审范围内。",
    "yes, no, or not said": "是、否或未说明。",
    "{dept} does not submit to the demand review": "{dept} 不向需求评审提交资料。",
    "{dept} has no submission task in this review": "{dept} 在本次评审中没有提交任务。",
    "{dept} has submitted already": "{dept} 已提交。",
    "{item} {month} is given twice": "{item} {month} 重复出现。",
    "{item} {month} was cleared by someone else meanwhile": "{item} {month} 已被他人清除。",
    "{item} {month}: a target below the consensus {consensus}": "{item} {month}：目标低于共识量 {consensus}。",
    "{month} is not a month of this review": "{month} 不在本次评审的月份内。",
    "{username} ({role}) cannot submit for {dept}": "{username}（{role}）不能代 {dept} 提交。",
}

_WHY = {
    "{item} {month}: the forecast of {forecast} can be made and supplied in full":
        "{item} {month}：预测 {forecast} 可全部生产并供料",
    "{item} {month}: no sales forecast; the statistical baseline of {forecast} can be made and supplied in full":
        "{item} {month}：无销售预测；统计基准 {forecast} 可全部生产并供料",
    "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} "
    "{unit} after maintenance)":
        "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后产能 {available}/{full} {unit}）",
    "{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} "
    "{unit} after maintenance, {others} {unit} taken by the products before it)":
        "{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后产能 {available}/{full} "
        "{unit}，其中 {others} {unit} 已排给前面的产品）",
    "{item} {month}: {material} allows at most {qty} ({left} {unit} by the end of the month: {on_hand} on hand, "
    "{on_order} on order, new orders from {available_date}; {qty_per} {unit} a unit)":
        "{item} {month}：{material} 最多支持 {qty}（月底前可用 {left} {unit}：库存 {on_hand}，在途 {on_order}，"
        "新订单 {available_date} 起到货；单耗 {qty_per} {unit}）",
    "{item} {month}: no forecast and no baseline yet": "{item} {month}：尚无预测，也无统计基准",
}

ZH = {
    "ServiceErrors|{month} is not over yet: its accuracy is known from the 1st of the next month":
        "{month} 尚未结束：预测准确率要到下月 1 日才能计算。",
    **{f"ServiceErrors|{k}": v for k, v in _ERRORS.items()},
    **{f"DemandReview|{k}": v for k, v in _WHY.items()},
}
