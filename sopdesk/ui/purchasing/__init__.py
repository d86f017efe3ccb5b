"""The Purchasing tab (采购): purchase orders, their dialogs, POs from shortage rows."""
