"""Cells as people type them, converted a column at a time."""

import datetime as dt
from decimal import Decimal

from sopdesk.excel.fields import BOM, ITEMS, ORDERS, PLAN, header_candidates, norm_header
from sopdesk.excel.values import convert

D = Decimal


def test_quantities_with_separators_spaces_and_units():
    values, errors = convert(ORDERS.field("qty"), ["1,000", " 50 ", "100件", "20套", 12.0, "１２", "1 000", 7, "3.5kg"])
    assert values == [D(1000), D(50), D(100), D(20), D(12), D(12), D(1000), D(7), D("3.5")]
    assert errors == {}


def test_bad_quantities_are_reported_with_a_reason():
    values, errors = convert(ORDERS.field("qty"), ["-5", "0", "abc", "1.23456", True, "(3)", ""])
    assert values == [None] * 7
    assert errors[0].code == "negative" and errors[1].code == "zero" and errors[2].code == "not_a_number"
    assert errors[3].code == "too_many_places" and errors[4].code == "not_a_number" and errors[5].code == "negative"
    assert 6 not in errors  # blank is not given, not an error (required is checked elsewhere)


def test_float_noise_from_computed_cells_is_rounded_away():
    values, errors = convert(ORDERS.field("unit_price"), [0.1 + 0.2, 13.530000000000001, 120.5])
    assert values == [D("0.3"), D("13.53"), D("120.5")] and not errors


def test_dates_in_every_shape():
    shapes = [dt.date(2026, 7, 5), dt.datetime(2026, 7, 5, 14, 30), "2026/7/5", "2026-07-05", "2026年7月5日",
              "2026.7.5", "20260705", 20260705, 46208.0, 46208, "46208", "2026-07-05 00:00:00", "7/5/2026"]
    values, errors = convert(ORDERS.field("order_date"), shapes)
    assert errors == {}
    assert set(values) == {dt.date(2026, 7, 5)}


def test_impossible_and_unreadable_dates():
    values, errors = convert(ORDERS.field("order_date"), ["2026-02-30", "2026-13-01", "next week", 12.0, True])
    assert values == [None] * 5
    assert (errors[0].code, errors[0].message) == ("impossible_date", "impossible date 2026-02-30")
    assert (errors[0].template, errors[0].params) == ("impossible date {date}", {"date": "2026-02-30"})
    assert errors[1].code == "impossible_date"
    assert {errors[i].code for i in (2, 3, 4)} == {"not_a_date"}


def test_flags():
    values, errors = convert(ORDERS.field("is_custom"), ["是", "否", "Y", "n", "√", "定制", "×", "TRUE", 1.0, 0, "", "maybe"])
    assert values[:10] == [True, False, True, False, True, True, False, True, True, False]
    assert values[10] is None and 10 not in errors
    assert errors[11].code == "not_a_flag"


def test_choices_in_chinese_and_english():
    values, errors = convert(ORDERS.field("status"), ["草稿", "confirmed", "已发货", "Cancelled", "完成", "乱写"])
    assert values[:5] == ["draft", "confirmed", "shipped", "cancelled", "closed"]
    assert errors[5].code == "unknown_choice" and "草稿" in errors[5].message
    kinds, _ = convert(ITEMS.field("kind"), ["成品", "半成品", "原材料", "raw", "FG"])
    assert kinds == ["finished", "semi", "raw", "raw", "finished"]


def test_rates_and_periods():
    rates, errors = convert(BOM.field("scrap_rate"), ["5%", 0.05, "2.5%", "150%"])
    assert rates[:3] == [D("0.05"), D("0.05"), D("0.025")] and errors[3].code == "out_of_range"
    periods, errors = convert(PLAN.field("period"), ["2026-07", "2026年7月", "202607", dt.date(2026, 7, 15), "2026-13"])
    assert periods[0] == periods[1] == periods[2] == (dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert periods[3] == (dt.date(2026, 7, 15), None) and errors[4].code == "impossible_date"


def test_codes_read_as_numbers_lose_the_point_zero():
    values, errors = convert(ORDERS.field("order_no"), [1001.0, " SO-1 ", "ＳＯ－２", "A  B"])
    assert values == ["1001", "SO-1", "SO-2", "A B"] and not errors


def test_header_folding():
    assert norm_header("数量（件）") == "数量"
    assert norm_header(" Order No. ") == "orderno"
    assert norm_header("订单号*") == "订单号"
    assert "订单号" in header_candidates("订单号*\nOrder No.") and "orderno" in header_candidates("订单号*\nOrder No.")
