"""Simplified Chinese for the shop-floor screen's offline mode (离线报工: outbox, conflicts)."""

ZH = {
    "OfflineBar|Conflicts to look at": "待处理的冲突",
    "OfflineBar|{0} waiting to be sent (reports, material issues), since {1}. They are kept on this PC and sent "
    "by themselves when the server is back.": "{0} 条记录（报工、领料）等待上传，最早的在 {1}。它们保存在本机，服务器恢复后会自动上传。",
    "OfflineBar|Offline: reports and material issues are kept on this PC and sent when the server is back.":
        "离线：报工和领料保存在本机，服务器恢复后上传。",
    "OfflineBar|Everything sent.": "已全部上传。",
    "OfflineBar|This PC's file of waiting reports cannot be opened ({0}): {1}": "无法打开本机的待上传记录文件（{0}）：{1}",
    "OfflineBar|A material issue typed at {0} was refused by the server: {1}": "{0} 录入的领料被服务器拒绝：{1}",
    "OfflineBar|Send again": "重新上传",
    "OfflineBar|Discard": "放弃",
    "OfflineBar|Finish it now": "现在完工",
    "OfflineBar|Leave it open": "保持未完工",
    "OfflineBar|A report typed at {0} was refused by the server: {1}": "{0} 录入的报工被服务器拒绝：{1}",
    "OfflineBar|its status": "状态",
    "OfflineBar|{0}: your {1} {2} were recorded, but the work order was changed meanwhile ({3}{4}), so it was "
    "not marked finished.": "{0}：您报的 {1} {2} 已记录，但工单在此期间被修改（{3}{4}），所以没有标记完工。",
    "OfflineBar| by {0}": "，修改人 {0}",
    "ShopFloorTab|Offline: the work orders as this PC last saw them ({0}).": "离线：显示本机最后一次同步时的工单（{0}）。",
    "ShopFloorTab|Accepted {0} {1} for {2}: kept on this PC, being sent": "已接收 {2} 的 {0} {1}：已保存在本机，正在上传",
    "IssueDialog|Offline: proposed from what this PC last saw; the issue is kept on this PC and sent when the "
    "server is back.": "离线：按本机最后一次同步的数据建议领料；领料单保存在本机，服务器恢复后上传。",
    "IssueDialog|Nothing to issue: every quantity is 0.": "没有要领的料：所有数量都是 0。",
    "IssueDialog|Accepted {0} materials for {1}: kept on this PC, being sent": "已接收 {1} 的 {0} 种物料：已保存在本机，正在上传",
}
