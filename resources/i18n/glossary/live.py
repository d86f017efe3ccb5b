"""Simplified Chinese for live refresh between PCs (issue 15): who else is editing an order,
"changed on another PC" in an open order, and the offline state of the window and dialog."""

ZH = {
    "MainWindow|Connection lost — offline, retrying": "连接中断 — 离线，正在重试",
    "OrderLinesModel|{0} is editing {1}": "{0} 正在编辑 {1}",
    "OrdersTab|{0} is editing {1}": "{0} 正在编辑 {1}",
    "DialogLive|{0} is editing {1}": "{0} 正在编辑 {1}",
    "DialogLive|another user": "其他用户",
    "DialogLive|Offline — retrying. Nothing you typed is lost: the order is saved as soon as the database "
    "answers.": "离线 — 正在重试。您输入的内容不会丢失：数据库一恢复，订单即会保存。",
    "DialogLive|Changed on another PC by {0}. Your edits are kept; saving shows both versions.":
        "{0} 已在另一台电脑上修改此订单。您的修改仍保留；保存时会同时显示两个版本。",
}
