"""The Orders tab (订单): the paged order-line table, filters, entry and status changes."""
