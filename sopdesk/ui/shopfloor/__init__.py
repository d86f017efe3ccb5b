"""The shop-floor screen (车间报工): the line's work orders, a touch report form and keypad."""
