"""KPI computations in plain Python and SQL (no Qt): inventory value and turnover
(库存周转率), supplier on-time arrival rate (原材料及时到货率)."""
