"""Simplified Chinese for the plan (计划): the planning services' error templates (context
ServiceErrors) and the Plan tab."""

_ERRORS = {
    "the BOM loops through {items}": "物料清单存在循环：{items}。",
    "the horizon is 1 to {max_weeks} weeks": "计划周期为 1 到 {max_weeks} 周。",
    "item {item_id} is not in this plan": "物料 {item_id} 不在本次计划中。",
}

ZH = {
    **{f"ServiceErrors|{k}": v for k, v in _ERRORS.items()},
}
