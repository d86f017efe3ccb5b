"""The 库存 Inventory tab: stock per item, moves drill-down, receiving, stock counts."""
