"""Shipping (发货): the ship dialog, the shipment viewer, the delivery note's printing."""
