"""The Production tab (生产): work orders."""
