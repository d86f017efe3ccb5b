"""What each import kind expects: its fields, their types, and the header texts (Chinese
and English synonyms) that name them in the factory's files.

Field types: text, code (an identifier: 1001.0 read from Excel becomes "1001"), int, qty,
price, rate (a fraction: 5% or 0.05), date, period (a month or a first day), bool, enum.
A field marked info is recognised (so it is not reported as an unknown column) and
exported, but not imported: a product's name in an order file, a line amount.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sopdesk.kinds import IMPORT_KINDS as KINDS
from sopdesk.models.enums import (
    ItemKind,
    LocationKind,
    OrderStatus,
    PlanStatus,
    POStatus,
    WorkOrderStatus,
)


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    zh: str  # header in templates and exports
    en: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    info: bool = False
    max_len: int | None = None
    choices: dict[str, str] | None = None  # enum: normalised text -> stored value
    labels: dict[str, str] | None = None  # enum: stored value -> text written on export
    min_value: int | None = None  # qty/price/int: 0 means not negative, 1 means positive

    @property
    def header(self) -> str:
        return f"{self.zh} {self.en}"


@dataclass(frozen=True)
class KindSpec:
    kind: str
    zh: str
    en: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    # at least one of each group must be mapped (customer by code or by name)
    one_of: tuple[tuple[str, ...], ...] = ()
    # (month field, quantity field) of a kind that also comes in the wide layout: columns
    # whose header is a month (2027-01, 2027年1月, 1月, Jan-27) hold that month's quantity
    wide: tuple[str, str] | None = None
    synonym_index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]


# -- header normalisation -----------------------------------------------------------------

_PAREN = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_JUNK = re.compile(r"[\s*:：#№._\-/\\'\"“”‘’、]+")


def norm_header(text) -> str:
    """Fold a header cell for matching: full-width to half-width, lower case, no spaces,
    punctuation or bracketed units ("数量（件）" -> "数量", "Order No." -> "orderno")."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = _PAREN.sub("", s)
    return _JUNK.sub("", s)


_CJK = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[a-z][a-z0-9 .\-_/]*")


def header_candidates(text) -> list[str]:
    """The whole header folded, then its Chinese and English parts: a bilingual template
    header "订单号 Order No." matches either language."""
    whole = norm_header(text)
    if not whole:
        return []
    out = [whole]
    raw = unicodedata.normalize("NFKC", str(text)).lower()
    raw = _PAREN.sub("", raw)
    zh = "".join(_CJK.findall(raw))
    if zh and zh != whole:
        out.append(zh)
    for part in re.split(r"[\n|]", raw):
        p = norm_header(part)
        if p and p not in out:
            out.append(p)
    latin = norm_header(" ".join(_LATIN.findall(raw)))
    if latin and latin not in out:
        out.append(latin)
    return out


# -- vocabularies ---------------------------------------------------------------------------


def _vocab(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out = {}
    for value, words in pairs.items():
        out[norm_header(value)] = value
        for w in words:
            out[norm_header(w)] = value
    return out


ITEM_KIND_LABELS = {ItemKind.FINISHED.value: "成品", ItemKind.SEMI.value: "半成品", ItemKind.RAW.value: "原材料"}
ITEM_KINDS = _vocab({
    ItemKind.FINISHED.value: ("成品", "产成品", "产品", "商品", "finished", "finished goods", "fg", "product"),
    ItemKind.SEMI.value: ("半成品", "自制件", "semi", "semi-finished", "semi finished", "sfg", "wip"),
    ItemKind.RAW.value: ("原材料", "原料", "材料", "物料", "辅料", "包材", "外购件", "配件", "raw",
                         "raw material", "rm", "material", "component", "purchased"),
})
ORDER_STATUS_LABELS = {
    OrderStatus.DRAFT.value: "草稿", OrderStatus.IN_REVIEW.value: "评审中",
    OrderStatus.CONFIRMED.value: "已确认", OrderStatus.IN_PRODUCTION.value: "生产中",
    OrderStatus.PARTIALLY_SHIPPED.value: "部分发货", OrderStatus.SHIPPED.value: "已发货",
    OrderStatus.CLOSED.value: "已关闭",
    OrderStatus.CANCELLED.value: "已取消",
}
ORDER_STATUSES = _vocab({
    OrderStatus.DRAFT.value: ("草稿", "新建", "待确认", "draft", "new"),
    OrderStatus.IN_REVIEW.value: ("评审中", "评审", "待评审", "in review", "review"),
    OrderStatus.CONFIRMED.value: ("已确认", "确认", "已接单", "confirmed"),
    OrderStatus.IN_PRODUCTION.value: ("生产中", "在产", "in production", "producing"),
    OrderStatus.PARTIALLY_SHIPPED.value: ("部分发货", "部分出货", "partially shipped", "part shipped"),
    OrderStatus.SHIPPED.value: ("已发货", "发货", "已出货", "shipped"),
    OrderStatus.CLOSED.value: ("已关闭", "关闭", "已完成", "完成", "结案", "closed", "done", "completed"),
    OrderStatus.CANCELLED.value: ("已取消", "取消", "作废", "cancelled", "canceled"),
})
PO_STATUS_LABELS = {
    POStatus.DRAFT.value: "草稿", POStatus.CONFIRMED.value: "已确认", POStatus.PARTIAL.value: "部分到货",
    POStatus.RECEIVED.value: "已到货", POStatus.CLOSED.value: "已关闭", POStatus.CANCELLED.value: "已取消",
}
PO_STATUSES = _vocab({
    POStatus.DRAFT.value: ("草稿", "新建", "draft", "new"),
    POStatus.CONFIRMED.value: ("已确认", "确认", "已下单", "confirmed", "ordered"),
    POStatus.PARTIAL.value: ("部分到货", "部分收货", "partial", "partly received"),
    POStatus.RECEIVED.value: ("已到货", "已收货", "到货", "received"),
    POStatus.CLOSED.value: ("已关闭", "关闭", "结案", "closed"),
    POStatus.CANCELLED.value: ("已取消", "取消", "作废", "cancelled", "canceled"),
})
PLAN_STATUS_LABELS = {
    PlanStatus.PLANNED.value: "计划", PlanStatus.RELEASED.value: "已下达",
    PlanStatus.DONE.value: "已完成", PlanStatus.CANCELLED.value: "已取消",
}
PLAN_STATUSES = _vocab({
    PlanStatus.PLANNED.value: ("计划", "已计划", "待下达", "planned", "plan"),
    PlanStatus.RELEASED.value: ("已下达", "下达", "released"),
    PlanStatus.DONE.value: ("已完成", "完成", "done", "completed", "finished"),
    PlanStatus.CANCELLED.value: ("已取消", "取消", "cancelled", "canceled"),
})

# -- the kinds ------------------------------------------------------------------------------

F = Field
NOTE = F("note", "text", "备注", "Note", ("备注", "说明", "附注", "remark", "remarks", "comment", "comments", "memo"))
ACTIVE = F("active", "bool", "启用", "Active", ("启用", "是否启用", "有效", "是否有效", "在用", "active", "enabled"))
ITEM_CODE = F("item_code", "code", "产品编码", "Item Code",
              ("产品编码", "物料编码", "存货编码", "产品代码", "物料代码", "料号", "品号", "编码", "物料号",
               "item code", "item", "product code", "part no", "part number", "sku", "code", "material code"),
              required=True, max_len=40)
ITEM_NAME = F("item_name", "text", "产品名称", "Item Name",
              ("产品名称", "物料名称", "品名", "名称", "存货名称", "product", "product name", "item name",
               "description", "name"), info=True)
UNIT_INFO = F("unit", "text", "单位", "Unit", ("单位", "计量单位", "unit", "uom"), info=True)
LINE_NO = F("line_no", "int", "行号", "Line", ("行号", "项次", "行", "line", "line no", "line number", "item no"),
            min_value=1)

ITEMS = KindSpec("items", "物料", "Items", (
    F("code", "code", "物料编码", "Code", ITEM_CODE.synonyms, required=True, max_len=40),
    F("name", "text", "物料名称", "Name", ("物料名称", "名称", "品名", "产品名称", "存货名称", "name",
                                           "item name", "product name", "description"), required=True, max_len=200),
    F("spec", "text", "规格型号", "Specification", ("规格型号", "规格", "型号", "spec", "specification", "model"),
      max_len=200),
    F("unit", "text", "单位", "Unit", ("单位", "计量单位", "unit", "uom"), max_len=20),
    F("kind", "enum", "类别", "Kind", ("类别", "物料类别", "类型", "物料类型", "物料属性", "属性", "kind", "type",
                                     "category", "item type"),
      choices=ITEM_KINDS, labels=ITEM_KIND_LABELS),  # needed for a new item only (services check it)
    F("safety_stock", "qty", "安全库存", "Safety Stock", ("安全库存", "安全存量", "safety stock"), min_value=0),
    F("standard_cost", "price", "标准成本", "Standard Cost", ("标准成本", "成本", "成本价", "单位成本", "采购价",
                                                         "standard cost", "cost", "unit cost"), min_value=0),
    F("sales_price", "price", "销售价", "Sales Price", ("销售价", "售价", "销售单价", "单价", "sales price",
                                                     "price", "unit price"), min_value=0),
    F("purchase_lead_days", "int", "采购提前期(天)", "Lead Days", ("采购提前期", "提前期", "采购周期", "lead time",
                                                              "lead days", "purchase lead days"), min_value=0),
    F("default_supplier", "code", "默认供应商", "Default Supplier", ("默认供应商", "供应商编码", "供应商", "supplier",
                                                                 "default supplier"), max_len=40),
    # planning data of made items (提前期 alone stays the purchase lead time above)
    F("production_lead_days", "int", "生产提前期(天)", "Production Lead Days",
      ("生产提前期", "生产周期", "生产天数", "生产时间", "制造周期", "制造提前期", "加工周期", "production lead time",
       "production lead days", "production days", "manufacturing lead time", "make lead time"), min_value=0),
    F("work_center", "code", "产线", "Work Center", ("产线", "产线编码", "生产线", "线别", "工作中心", "工作中心编码",
                                                   "work center", "work centre", "work center code", "line",
                                                   "production line"), max_len=40),
    F("rate_per_day", "qty", "日产能(件/天)", "Units per Day",
      ("日产能", "每日产能", "产能", "日产量", "标准产能", "units per day", "daily rate", "rate per day",
       "output per day", "daily output", "daily capacity", "capacity per day"), min_value=1),
    F("hours_per_unit", "qty", "单件工时(小时)", "Hours per Unit",
      ("单件工时", "工时", "标准工时", "单位工时", "每件工时", "hours per unit", "hours per piece", "unit hours",
       "standard hours"), min_value=1),
    F("min_lot", "qty", "最小批量", "Minimum Lot", ("最小批量", "最小起订量", "最小订货量", "起订量", "最小生产批量",
                                                 "moq", "minimum lot", "min lot", "minimum order quantity",
                                                 "minimum order qty", "min order qty"), min_value=0),
    F("lot_multiple", "qty", "批量倍数", "Lot Multiple", ("批量倍数", "包装倍数", "订货倍数", "倍数", "包装量",
                                                       "整包数量", "order multiple", "lot multiple", "multiple",
                                                       "pack size"), min_value=0),
    F("is_core", "bool", "核心产品", "Core", ("核心产品", "核心", "是否核心", "core", "core product")),
    ACTIVE, NOTE,
), key=("code",))

BOM = KindSpec("bom", "物料清单", "BOM", (
    F("parent", "code", "父项编码", "Parent Code", ("父项编码", "父件编码", "父项", "父件", "成品编码", "父项物料",
                                                  "parent", "parent code", "assembly"), required=True, max_len=40),
    F("parent_name", "text", "父项名称", "Parent Name", ("父项名称", "父件名称", "成品名称", "parent name"), info=True),
    F("component", "code", "子项编码", "Component Code", ("子项编码", "子件编码", "子项", "子件", "组件", "材料编码",
                                                       "物料编码", "component", "component code", "child"),
      required=True, max_len=40),
    F("component_name", "text", "子项名称", "Component Name", ("子项名称", "子件名称", "材料名称", "物料名称",
                                                            "component name"), info=True),
    F("qty_per", "qty", "单位用量", "Qty Per", ("单位用量", "用量", "单耗", "数量", "qty per", "quantity per", "qty",
                                              "quantity"), required=True, min_value=1),
    F("scrap_rate", "rate", "损耗率", "Scrap Rate", ("损耗率", "损耗", "废品率", "scrap", "scrap rate")),
    UNIT_INFO,
), key=("parent", "component"))


def _party(kind: str, zh: str, en: str, extra: tuple[Field, ...]) -> KindSpec:
    who_zh = "客户" if kind == "customers" else "供应商"
    who_en = "customer" if kind == "customers" else "supplier"
    return KindSpec(kind, zh, en, (
        F("code", "code", f"{who_zh}编码", "Code", (f"{who_zh}编码", f"{who_zh}代码", f"{who_zh}编号", "编码", "代码",
                                                    "编号", f"{who_en} code", f"{who_en} no", "code"), max_len=40),
        F("name", "text", f"{who_zh}名称", "Name", (f"{who_zh}名称", who_zh, "名称", "公司名称", "单位名称", who_en,
                                                  f"{who_en} name", "name", "company"), required=True, max_len=200),
        F("contact", "text", "联系人", "Contact", ("联系人", "contact", "contact person"), max_len=100),
        F("phone", "code", "电话", "Phone", ("电话", "联系电话", "手机", "phone", "tel", "telephone", "mobile"),
          max_len=40),
        F("address", "text", "地址", "Address", ("地址", "送货地址", "公司地址", "address"), max_len=300),
        *extra, ACTIVE, NOTE,
    ), key=("code",))


CUSTOMERS = _party("customers", "客户", "Customers", (
    F("is_key_account", "bool", "重点客户", "Key Account", ("重点客户", "大客户", "重点", "key account", "key customer")),
))
SUPPLIERS = _party("suppliers", "供应商", "Suppliers", (
    F("lead_days", "int", "交货周期(天)", "Lead Days", ("交货周期", "供货周期", "提前期", "采购周期", "lead time",
                                                      "lead days"), min_value=0),
))

ORDERS = KindSpec("orders", "销售订单", "Sales Orders", (
    F("order_no", "code", "订单号", "Order No.", ("订单号", "单号", "订单编号", "销售订单号", "销售单号", "合同号",
                                                "订单", "order no", "order number", "so no", "so number", "order"),
      required=True, max_len=30),
    LINE_NO,
    F("customer_code", "code", "客户编码", "Customer Code", ("客户编码", "客户代码", "客户编号", "customer code",
                                                          "customer no", "customer id"), max_len=40),
    F("customer_name", "text", "客户名称", "Customer", ("客户名称", "客户", "购货单位", "客户全称", "customer",
                                                      "customer name"), max_len=200),
    F("order_date", "date", "下单日期", "Order Date", ("下单日期", "订单日期", "接单日期", "日期", "order date",
                                                     "date"), required=True),
    ITEM_CODE, ITEM_NAME, UNIT_INFO,
    F("qty", "qty", "数量", "Qty", ("数量", "订单数量", "订货数量", "qty", "quantity", "order qty"), required=True,
      min_value=1),
    F("unit_price", "price", "单价", "Unit Price", ("单价", "售价", "含税单价", "销售单价", "unit price", "price"),
      min_value=0),
    F("amount", "price", "金额", "Amount", ("金额", "总价", "含税金额", "总金额", "amount", "total amount", "value"),
      info=True),
    F("requested_date", "date", "要求交期", "Due Date", ("要求交期", "交货日期", "交期", "要求交货日期", "客户交期",
                                                       "要求日期", "due date", "requested date", "delivery date",
                                                       "required date")),
    F("promised_date", "date", "承诺交期", "Promised Date", ("承诺交期", "确认交期", "回复交期", "承诺日期",
                                                           "promised date", "confirmed date")),
    F("is_custom", "bool", "定制", "Custom", ("定制", "是否定制", "定制款", "定制订单", "custom", "custom order")),
    F("status", "enum", "状态", "Status", ("状态", "订单状态", "status"), choices=ORDER_STATUSES,
      labels=ORDER_STATUS_LABELS),
    F("customer_po", "code", "客户PO号", "Customer PO", ("客户po号", "客户po", "客户订单号", "客户单号", "customer po",
                                                     "customer po no", "po no"), max_len=60),
    F("shipped_qty", "qty", "已发货数量", "Shipped", ("已发货数量", "已发货", "已发数量", "shipped", "shipped qty"),
      info=True),
    F("delivered_date", "date", "实际交货日期", "Delivered", ("实际交货日期", "实际交期", "交货日期", "delivered",
                                                          "delivered date", "delivery date"), info=True),
    NOTE,
), key=("order_no", "line_no"), one_of=(("customer_code", "customer_name"),))

PURCHASE_ORDERS = KindSpec("purchase-orders", "采购订单", "Purchase Orders", (
    F("po_no", "code", "采购单号", "PO No.", ("采购单号", "采购订单号", "采购单", "po号", "单号", "订单号", "po no",
                                            "po number", "po", "order no"), required=True, max_len=30),
    LINE_NO,
    F("supplier_code", "code", "供应商编码", "Supplier Code", ("供应商编码", "供应商代码", "供应商编号",
                                                          "supplier code", "supplier no"), max_len=40),
    F("supplier_name", "text", "供应商名称", "Supplier", ("供应商名称", "供应商", "供货单位", "supplier",
                                                       "supplier name", "vendor"), max_len=200),
    F("order_date", "date", "下单日期", "Order Date", ("下单日期", "采购日期", "订单日期", "日期", "order date",
                                                     "date"), required=True),
    ITEM_CODE, ITEM_NAME, UNIT_INFO,
    F("qty", "qty", "数量", "Qty", ("数量", "采购数量", "订购数量", "qty", "quantity"), required=True, min_value=1),
    F("unit_price", "price", "单价", "Unit Price", ("单价", "采购单价", "含税单价", "unit price", "price"), min_value=0),
    F("amount", "price", "金额", "Amount", ("金额", "总价", "含税金额", "amount", "value"), info=True),
    F("expected_date", "date", "预计到货日期", "Expected Date", ("预计到货日期", "预计到货", "到货日期", "要求到货日期",
                                                              "交货日期", "交期", "expected date", "due date",
                                                              "delivery date", "eta"), required=True),
    F("status", "enum", "状态", "Status", ("状态", "订单状态", "status"), choices=PO_STATUSES, labels=PO_STATUS_LABELS),
    F("received_qty", "qty", "已到货数量", "Received", ("已到货数量", "已到货", "已收数量", "received",
                                                      "received qty"), info=True),
    NOTE,
), key=("po_no", "line_no"), one_of=(("supplier_code", "supplier_name"),))

STOCK_COUNT = KindSpec("stock-count", "盘点/期初库存", "Stock Count", (
    ITEM_CODE, ITEM_NAME, UNIT_INFO,
    F("location", "code", "仓库", "Location", ("仓库", "仓库编码", "库位", "库位编码", "库房", "location",
                                             "warehouse", "location code"), required=True, max_len=40),
    F("counted_qty", "qty", "盘点数量", "Counted Qty", ("盘点数量", "实盘数量", "实盘数", "实盘", "库存数量", "期初数量",
                                                      "期初库存", "结存数量", "现存量", "数量", "counted", "count",
                                                      "counted qty", "on hand", "opening", "qty", "quantity"),
      required=True, min_value=0),
    F("count_date", "date", "盘点日期", "Count Date", ("盘点日期", "日期", "count date", "date")),
    F("note", "text", "备注", "Note", ("备注", "原因", "说明", "note", "reason", "remark")),
), key=("item_code", "location"))

PLAN = KindSpec("plan", "生产计划", "Production Plan", (
    ITEM_CODE, ITEM_NAME,
    F("period", "period", "计划月份", "Period", ("计划月份", "月份", "期间", "计划期间", "开始日期", "计划开始",
                                              "period", "month", "period start", "start"), required=True),
    F("period_end", "date", "结束日期", "Period End", ("结束日期", "计划结束", "period end", "end")),
    F("qty", "qty", "计划数量", "Planned Qty", ("计划数量", "计划产量", "数量", "planned qty", "qty", "quantity"),
      required=True, min_value=1),
    F("work_center", "code", "产线", "Work Center", ("产线", "生产线", "工作中心", "车间", "work center", "line"),
      max_len=40),
    F("status", "enum", "状态", "Status", ("状态", "status"), choices=PLAN_STATUSES, labels=PLAN_STATUS_LABELS),
    NOTE,
), key=("item_code", "period"))

SPECS: dict[str, KindSpec] = {s.kind: s for s in (ITEMS, BOM, CUSTOMERS, SUPPLIERS, ORDERS, PURCHASE_ORDERS,
                                                  STOCK_COUNT, PLAN)}


# -- the rest of the master data and the open work orders ----------------------------------
# (field lengths as services/master_data.py's rules; the planners in services/imports_master.py
# and imports_work_orders.py check every value by those rules too)

LOCATION_KIND_LABELS = {LocationKind.RAW.value: "原料仓", LocationKind.WIP.value: "在制品区",
                        LocationKind.FINISHED.value: "成品仓", LocationKind.QUARANTINE.value: "待检区"}
LOCATION_KINDS = _vocab({
    LocationKind.RAW.value: ("原料仓", "原材料仓", "原料", "原材料", "材料仓", "物料仓", "辅料仓", "包材仓", "raw",
                             "raw material", "raw materials", "rm", "material", "materials"),
    LocationKind.WIP.value: ("在制品区", "在制品", "在制", "半成品仓", "半成品", "线边仓", "车间仓", "wip",
                             "work in progress", "semi", "semi-finished"),
    LocationKind.FINISHED.value: ("成品仓", "成品", "产成品", "产成品仓", "finished", "finished goods", "fg"),
    LocationKind.QUARANTINE.value: ("待检区", "待检", "待检仓", "隔离区", "隔离", "不良品仓", "不良品", "退货仓",
                                    "quarantine", "qc", "hold", "rejects"),
})
WORKDAY_LABELS = {"work": "上班", "off": "休息"}
WORKDAYS = _vocab({
    "work": ("上班", "工作", "工作日", "加班", "补班", "调休上班", "是", "y", "yes", "true", "1", "√", "✓",
             "working", "workday", "working day", "work"),
    "off": ("休息", "休息日", "放假", "假日", "节假日", "法定假日", "停工", "不上班", "否", "n", "no", "false", "0",
            "×", "✗", "off", "holiday", "rest", "day off", "closed"),
})
WORK_ORDER_STATUS_LABELS = {
    WorkOrderStatus.PLANNED.value: "计划", WorkOrderStatus.RELEASED.value: "已下达",
    WorkOrderStatus.IN_PROGRESS.value: "生产中", WorkOrderStatus.DONE.value: "已完工",
    WorkOrderStatus.CANCELLED.value: "已取消",
}
WORK_ORDER_STATUSES = _vocab({
    WorkOrderStatus.PLANNED.value: ("计划", "已计划", "计划中", "未下达", "待下达", "新建", "planned", "plan", "new"),
    WorkOrderStatus.RELEASED.value: ("已下达", "下达", "已派工", "已发放", "待生产", "released", "issued to floor"),
    WorkOrderStatus.IN_PROGRESS.value: ("生产中", "在制", "进行中", "已开工", "in progress", "in_progress", "started",
                                        "producing"),
    WorkOrderStatus.DONE.value: ("已完工", "完工", "已完成", "完成", "结案", "已结案", "done", "completed", "finished",
                                 "closed"),
    WorkOrderStatus.CANCELLED.value: ("已取消", "取消", "作废", "cancelled", "canceled"),
})
WORK_CENTER_REF = ("产线", "产线编码", "生产线", "线别", "工作中心", "工作中心编码", "车间", "line", "line code",
                   "work center", "work centre", "work center code")

LOCATIONS = KindSpec("locations", "库位/仓库", "Locations", (
    F("code", "code", "仓库编码", "Code", ("仓库编码", "库位编码", "仓库代码", "库位代码", "仓库编号", "库位号", "编码",
                                        "代码", "location code", "warehouse code", "code"), required=True, max_len=40),
    F("name", "text", "仓库名称", "Name", ("仓库名称", "库位名称", "仓库", "库位", "库房", "名称", "location",
                                        "warehouse", "location name", "warehouse name", "name"),
      required=True, max_len=200),
    F("kind", "enum", "类别", "Kind", ("类别", "仓库类别", "库位类别", "类型", "仓库类型", "用途", "kind", "type",
                                     "category"),
      choices=LOCATION_KINDS, labels=LOCATION_KIND_LABELS),  # needed for a new location only
    F("non_negative", "bool", "禁止负库存", "No Negative Stock", ("禁止负库存", "不允许负库存", "不可负库存",
                                                              "no negative stock", "non negative", "refuse negative")),
    ACTIVE,
), key=("code",))

WORK_CENTERS = KindSpec("work-centers", "工作中心/产线", "Work Centers", (
    F("code", "code", "产线编码", "Code", ("产线编码", "工作中心编码", "产线代码", "工作中心代码", "线别", "编码", "代码",
                                        "line code", "work center code", "code"), required=True, max_len=40),
    F("name", "text", "产线名称", "Name", ("产线名称", "工作中心名称", "产线", "工作中心", "生产线", "车间", "名称", "line",
                                        "line name", "work center", "work center name", "name"),
      required=True, max_len=200),
    F("capacity_per_day", "qty", "日产能", "Capacity per Day", ("日产能", "每日产能", "产能", "日产量", "标准产能",
                                                             "capacity per day", "daily capacity", "capacity"),
      min_value=0),
    F("capacity_unit", "text", "产能单位", "Capacity Unit", ("产能单位", "单位", "capacity unit", "unit", "uom"),
      max_len=20),
    F("hours_per_day", "qty", "每日工时", "Hours per Day", ("每日工时", "日工时", "工时", "每天工作小时", "班时",
                                                         "hours per day", "hours"), min_value=0),
    ACTIVE,
), key=("code",))

MAINTENANCE = KindSpec("maintenance", "设备检修", "Maintenance", (
    F("work_center", "code", "产线", "Work Center", (*WORK_CENTER_REF, "设备"), required=True, max_len=40),
    F("start_date", "date", "开始日期", "From", ("开始日期", "检修开始", "检修开始日期", "开始", "起始日期", "从", "from",
                                              "start", "start date"), required=True),
    F("end_date", "date", "结束日期", "To", ("结束日期", "检修结束", "检修结束日期", "结束", "截止日期", "至", "到", "to",
                                          "end", "end date", "until"), required=True),
    F("capacity_factor", "rate", "剩余产能", "Capacity Left", ("剩余产能", "剩余产能比例", "产能系数", "可用产能",
                                                           "产能比例", "capacity left", "capacity factor", "factor")),
    F("reason", "text", "原因", "Reason", ("原因", "检修原因", "检修内容", "内容", "说明", "备注", "reason",
                                         "description", "note"), max_len=200),
), key=("work_center", "start_date"))

CALENDAR = KindSpec("calendar", "工作日历", "Working Calendar", (
    F("day", "date", "日期", "Date", ("日期", "date", "day"), required=True),
    F("is_workday", "enum", "上班/休息", "Working", ("上班/休息", "是否上班", "上班", "是否工作日", "工作日", "日期类型",
                                                 "类型", "安排", "working", "workday", "working day", "type"),
      required=True, choices=WORKDAYS, labels=WORKDAY_LABELS),
    F("work_center", "code", "产线", "Work Center", WORK_CENTER_REF, max_len=40),  # blank: the whole factory
    F("note", "text", "备注", "Note", ("备注", "说明", "节日", "节假日名称", "原因", "note", "holiday", "reason",
                                     "remark"), max_len=200),
), key=("work_center", "day"))

WORK_ORDERS = KindSpec("work-orders", "工单", "Work Orders", (
    F("number", "code", "工单号", "WO No.", ("工单号", "工单编号", "生产工单号", "生产任务单号", "任务单号", "生产任务单",
                                          "生产单号", "制令单号", "工单", "单号", "wo no", "wo number", "wo",
                                          "work order", "work order no", "number"), max_len=30),
    ITEM_CODE, ITEM_NAME, UNIT_INFO,
    F("qty", "qty", "计划数量", "Qty", ("计划数量", "生产数量", "工单数量", "数量", "planned qty", "qty", "quantity"),
      required=True, min_value=1),
    F("work_center", "code", "产线", "Line", WORK_CENTER_REF, max_len=40),
    F("planned_start", "date", "计划开工", "Planned Start", ("计划开工", "计划开工日期", "开工日期", "计划开始",
                                                          "开始日期", "planned start", "start date", "start"),
      required=True),
    F("planned_end", "date", "计划完工", "Planned End", ("计划完工", "计划完工日期", "计划结束", "结束日期", "要求完工",
                                                      "planned end", "end date", "end", "due date"), required=True),
    F("status", "enum", "状态", "Status", ("状态", "工单状态", "status"), choices=WORK_ORDER_STATUSES,
      labels=WORK_ORDER_STATUS_LABELS),
    NOTE,
), key=("number",))

SPECS.update({s.kind: s for s in (LOCATIONS, WORK_CENTERS, MAINTENANCE, CALENDAR, WORK_ORDERS)})

# -- shipments (发货记录 / 发货台账): the documents of a factory's shipping history -------------
# (planned by services/imports_shipments.py through services/shipping.post_shipment)

SHIPMENTS = KindSpec("shipments", "发货记录", "Shipments", (
    F("shipment_no", "code", "发货单号", "Shipment No.", ("发货单号", "送货单号", "出库单号", "发货单", "送货单", "单号",
                                                       "shipment no", "shipment number", "delivery note no",
                                                       "delivery no", "dn no"), max_len=30),
    F("order_no", "code", "订单号", "Order No.", ("订单号", "销售订单号", "订单编号", "销售单号", "合同号", "订单",
                                                "order no", "order number", "so no", "so number", "order"),
      required=True, max_len=30),
    LINE_NO,
    F("item_code", "code", "产品编码", "Item Code", ITEM_CODE.synonyms, max_len=40),
    ITEM_NAME, UNIT_INFO,
    F("customer_name", "text", "客户名称", "Customer", ("客户名称", "客户", "收货单位", "购货单位", "customer",
                                                      "customer name"), info=True),
    F("qty", "qty", "发货数量", "Qty", ("发货数量", "实发数量", "出库数量", "送货数量", "数量", "qty", "quantity",
                                      "shipped qty", "shipped"), required=True, min_value=1),
    F("ship_date", "date", "发货日期", "Ship Date", ("发货日期", "出库日期", "送货日期", "出货日期", "日期", "ship date",
                                                  "shipped date", "delivery date", "date"), required=True),
    F("location", "code", "仓库", "Location", ("仓库", "发货仓库", "仓库编码", "库位", "库房", "location", "warehouse",
                                             "location code"), required=True, max_len=40),
    NOTE,
), key=("shipment_no", "order_no", "line_no"), one_of=(("line_no", "item_code"),))
SPECS[SHIPMENTS.kind] = SHIPMENTS

# -- sales' forecast (预测) of the open demand review (planned by services/imports_forecast.py
# through services/demand_review_sales.save_forecast); long (a month column) or wide (a column
# per month, excel/months.py reads their headers)

FORECAST = KindSpec("forecast", "销售预测", "Forecast", (
    ITEM_CODE, ITEM_NAME, UNIT_INFO,
    F("month", "month", "月份", "Month", ("月份", "预测月份", "期间", "month", "period",
                                       "forecast month"), required=True),
    F("qty", "qty", "预测数量", "Qty", ("预测数量", "预测", "预测量", "销售预测", "数量", "forecast", "forecast qty",
                                    "qty", "quantity"), required=True, min_value=0),
    F("salesperson", "text", "业务员", "Salesperson", ("业务员", "销售员", "销售人员", "业务", "填报人",
                                                    "salesperson", "sales rep", "sales person", "rep"),
      max_len=120),
    F("comment", "text", "备注", "Comment", ("备注", "说明", "预测说明", "comment", "comments", "note", "remark",
                                           "remarks", "memo"), max_len=500),
), key=("item_code", "month"), wide=("month", "qty"))
SPECS[FORECAST.kind] = FORECAST


def _index(spec: KindSpec) -> None:
    """Each folded synonym names one field; the first field to claim it wins, and a field's
    own headers win over other fields' synonyms."""
    idx = spec.synonym_index
    for f in spec.fields:
        for text in (f.zh, f.en):
            idx.setdefault(norm_header(text), f.name)
    for f in spec.fields:
        for text in f.synonyms:
            idx.setdefault(norm_header(text), f.name)


for _spec in SPECS.values():
    _index(_spec)


def spec_for(kind: str) -> KindSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}; one of {', '.join(KINDS)}") from None
