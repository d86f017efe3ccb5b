"""Simplified Chinese for printing the KPI sheets from the app (File → Print KPI sheet…)."""

ZH = {
    "MainWindow|Print KPI sheet…": "打印 KPI 看板表…",
    "KpiSheetDialog|Print KPI sheet": "打印 KPI 看板表",
    "KpiSheetDialog|Sales": "销售",
    "KpiSheetDialog|Production": "生产",
    "KpiSheetDialog|Supply chain": "供应链",
    "KpiSheetDialog|Manager (all KPIs)": "总经理（全部指标）",
    "KpiSheetDialog|Print…": "打印…",
    "KpiSheetDialog|Save PDF…": "保存 PDF…",
    "KpiSheetDialog|Close": "关闭",
    "KpiSheetDialog|Month": "月份",
    "KpiSheetDialog|Language": "语言",
    "KpiSheetDialog|Pages": "页面",
    "KpiSheetDialog|Choose at least one page.": "请至少选择一页。",
    "KpiSheetDialog|Reading the figures…": "正在读取数据…",
    "KpiSheetDialog|Saved {0}.": "已保存 {0}。",
    "KpiSheetDialog|Sent to the printer.": "已发送到打印机。",
    "KpiSheetDialog|Save KPI sheet": "保存 KPI 看板表",
}
