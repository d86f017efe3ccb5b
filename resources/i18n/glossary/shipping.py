"""Simplified Chinese for shipping (发货): the ship dialog, the shipment viewer and its
delivery note (送货单), an order line's shipments and closing short."""

ZH = {
    # Orders tab
    "OrdersTab|Ship…": "发货…",
    "OrdersTab|Ship the open lines of the selected orders (发货)": "发出所选订单未发的行（发货）",
    # ship dialog
    "ShipDialog|Ship": "发货",
    "ShipDialog|Ship {0}": "发货 {0}",
    "ShipDialog|Customer": "客户",
    "ShipDialog|Ship from": "发货仓库",
    "ShipDialog|Ship date": "发货日期",
    "ShipDialog|Note": "备注",
    "ShipDialog|Cancel": "取消",
    "ShipDialog|Printed on the delivery note (vehicle, driver, ...)": "打印在送货单上（车牌、司机等）",
    "ShipDialog|Each quantity starts at what is open and in stock at the location. "
    "Leave a line empty or at 0 to keep it for later.":
        "发货数量默认为未发数量与该仓库现存量中较小者。留空或填 0 的行本次不发。",
    "ShipDialog|Nothing is left to ship on these orders.": "这些订单已没有待发的数量。",
    "ShipDialog|There is no active stock location to ship from.": "没有可用的发货仓库。",
    "ShipDialog|Less in stock here than is open": "该仓库现存量少于未发数量",
    "ShipDialog|Posting…": "正在过账…",
    "ShipDialog|Not confirmed: {0} Press Ship again — it will count once.": "未确认：{0} 请再按一次“发货”——只会记一次。",
    "ShipDialog|Not shipped: check the line marked in red.": "未发货：请检查标红的行。",
    "ShipDialog|Not shipped: {0}": "未发货：{0}",
    # columns and labels (context Shipping)
    "Shipping|Order": "订单号",
    "Shipping|Line": "行号",
    "Shipping|Item": "产品",
    "Shipping|Unit": "单位",
    "Shipping|Promised": "承诺交期",
    "Shipping|Open": "未发数量",
    "Shipping|On hand": "现存量",
    "Shipping|To ship": "本次发货",
    "Shipping|Message": "提示",
    "Shipping|#": "序号",
    "Shipping|Customer PO": "客户PO号",
    "Shipping|Specification": "规格型号",
    "Shipping|Quantity": "数量",
    "Shipping|Reversed": "已冲回",
    "Shipping|Ordered": "订单数量",
    "Shipping|Shipped": "已发货",
    "Shipping|Closed short": "短结（原因）",
    "Shipping|Delivered": "实际交货日期",
    "Shipping|Shipment": "发货单号",
    "Shipping|Ship date": "发货日期",
    "Shipping|Save delivery note": "保存送货单",
    "Shipping|Close short": "短结",
    "Shipping|Line {0} ({1}): {2} {3} will not ship. Why?": "第 {0} 行（{1}）：剩余 {2} {3} 不再发货。原因？",
    # why the Ship… action is off
    "Shipping|The selected orders are for different customers: one shipment goes to one customer. "
    "Select the orders of one customer.": "所选订单属于不同客户：一张发货单只发给一个客户。请只选同一客户的订单。",
    "Shipping|Order {0} is {1}: only confirmed orders with something left to ship can ship.":
        "订单 {0} 为“{1}”：只有已确认且尚有未发数量的订单才能发货。",
    # refusals by the shipping service
    "Shipping|Not enough stock: {0} at {1} has {2}.": "库存不足：{0} 在 {1} 只有 {2}。",
    "Shipping|Only {0} left to ship on {1} line {2}: a shipment cannot be more than is open.":
        "{1} 第 {2} 行只剩 {0} 未发：发货不能超过未发数量。",
    "Shipping|Order {0} is {1}: it cannot be shipped.": "订单 {0} 为“{1}”，不能发货。",
    "Shipping|Order {0} is for another customer: one shipment goes to one customer.":
        "订单 {0} 属于另一个客户：一张发货单只发给一个客户。",
    "Shipping|Enter a quantity on at least one line.": "请至少在一行填写发货数量。",
    "Shipping|The same order line is listed twice.": "同一订单行列出了两次。",
    "Shipping|Shipment number {0} exists already.": "发货单号 {0} 已存在。",
    "Shipping|Say why the rest of the line will not ship.": "请说明该行余量不再发货的原因。",
    "Shipping|A {0} order has nothing to close short.": "“{0}”的订单没有可短结的余量。",
    "Shipping|This line has nothing left to ship.": "该行已没有待发数量。",
    "Shipping|The order is {0}: its shipments can no longer be reversed.": "订单为“{0}”，其发货已不能冲回。",
    "Shipping|Ship": "发货",
    # shipment viewer
    "ShipmentDialog|Shipment {0}": "发货单 {0}",
    "ShipmentDialog|Shipment {0} is posted. Print the delivery note for the driver, or save it as a PDF.":
        "发货单 {0} 已过账。请打印送货单交司机，或另存为 PDF。",
    "ShipmentDialog|Number": "发货单号",
    "ShipmentDialog|Customer": "客户",
    "ShipmentDialog|Ship date": "发货日期",
    "ShipmentDialog|Ship from": "发货仓库",
    "ShipmentDialog|Posted by": "发货人",
    "ShipmentDialog|Note": "备注",
    "ShipmentDialog|Print delivery note…": "打印送货单…",
    "ShipmentDialog|Save PDF…": "另存为 PDF…",
    "ShipmentDialog|Close": "关闭",
    "ShipmentDialog|Delivery note in": "送货单语言",
    "ShipmentDialog|Lines (click an order number to open the order)": "明细（点击订单号打开订单）",
    "ShipmentDialog|Saved {0}": "已保存 {0}",
    "ShipmentDialog|Sent {0} to the printer.": "已将 {0} 发送到打印机。",
    # an order's shipments (order dialog)
    "LineShipmentsBox|Shipments": "发货情况",
    "LineShipmentsBox|Close short…": "短结…",
    "LineShipmentsBox|The rest of the selected line will never ship: close it with a reason":
        "所选行的余量不再发货：填写原因后短结",
    "LineShipmentsBox|The order was changed on another PC meanwhile: it is shown again, check it and try again.":
        "该订单已在另一台电脑上被修改：已重新显示，请检查后再试。",
}
