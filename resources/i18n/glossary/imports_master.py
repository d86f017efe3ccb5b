"""Simplified Chinese for the imports of locations, work centers, maintenance windows, the
working calendar and work orders (the import wizard's summary and cell messages)."""

ZH = {
    "SummaryPage|Created along with it ({0}): {1} — {2}": "同时新建（{0}）：{1} — {2}",
    "ImportWizard|unknown work center {0}": "产线 {0} 不存在",
    "ImportWizard|work center {0} is inactive": "产线 {0} 已停用",
    "ImportWizard|location {0} is inactive": "仓库 {0} 已停用",
    "ImportWizard|product {0} is inactive": "物料 {0} 已停用",
    "ImportWizard|a new location needs its kind (raw material store / work in progress / finished goods store / "
    "quarantine)": "新仓库需要填写类别（原料仓 / 在制品区 / 成品仓 / 待检区）",
    "ImportWizard|the same record as row {0} of the file": "与文件第 {0} 行重复",
    "ImportWizard|work order {0} is on row {1} of the file already": "工单 {0} 已在文件第 {1} 行出现",
    "ImportWizard|the window ends before it starts": "结束日期早于开始日期",
    "ImportWizard|the end cannot be before the start": "计划完工不能早于计划开工",
    "ImportWizard|a raw material is bought, not made": "原材料是采购的，不能开工单",
    "ImportWizard|a work order goes in progress with its first material issue: import it as released":
        "工单在第一次领料时才变为生产中：请按“已下达”导入",
    "ImportWizard|a work order is done when its output is reported and it is closed: import open work orders "
    "only (planned or released)": "工单在完工入库并关闭后才算已完工：只导入未完成的工单（计划 / 已下达）",
    "ImportWizard|a cancelled work order is not imported: leave it out of the file":
        "已取消的工单不导入：请从文件中删去",
    "ImportWizard|{0} makes {1}: a work order's product cannot change": "{0} 生产的是 {1}：工单的物料不能更改",
    "ImportWizard|{0} is {1} and can no longer be changed by an import": "{0} 状态为{2}，不能再通过导入修改",
    "ImportWizard|{0} is released already: it cannot go back to planned": "{0} 已下达，不能改回计划",
}
