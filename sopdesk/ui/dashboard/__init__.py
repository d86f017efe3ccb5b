"""The 看板 Dashboard tab (issue 14): KPI tiles, order delivery panorama, inventory health, improvement tracker."""
