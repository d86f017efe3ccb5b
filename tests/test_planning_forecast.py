"""The statistical baseline (sopdesk/planning/forecast.py): each method against values worked
by hand (the arithmetic in the comments), the Syntetos–Boylan classification and its cut
points, seasonality only with enough history, empty / all-zero / 1–3-month series, the
accuracy measures, and (hypothesis) forecasts that are never negative."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from sopdesk.planning import forecast as F
from sopdesk.planning import forecast_methods as FM

EXACT = 1e-9  # hand values are exact decimals; float error only


def test_ses_by_hand():
    # y = 10, 12, 11; α = 0.5. l = 10; e = 12 - 10 = 2 -> l = 11; e = 11 - 11 = 0 -> l = 11
    assert F.ses([10, 12, 11], 2, alpha=0.5) == pytest.approx([11, 11], abs=EXACT)


def test_ses_fits_alpha_by_least_squares_on_its_grid():
    y = np.array([10, 14, 9, 15, 11, 16, 12.0])

    def sse(alpha):
        level, total = y[0], 0.0
        for v in y[1:]:
            total += (v - level) ** 2
            level += alpha * (v - level)
        return total, level

    best = min(FM.SES_ALPHAS, key=lambda a: sse(a)[0])
    assert F.ses(y, 3) == pytest.approx([sse(best)[1]] * 3, abs=EXACT)


def test_holt_by_hand():
    # y = 10, 12, 15, 15; α = β = 0.5. l = 10, b = 12 - 10 = 2.
    # t1: f = 12, e = 0   -> l = 12, b = 2
    # t2: f = 14, e = 1   -> l = 14 + 0.5 = 14.5, b = 2 + 0.25 × 1 = 2.25
    # t3: f = 16.75, e = -1.75 -> l = 16.75 - 0.875 = 15.875, b = 2.25 - 0.4375 = 1.8125
    # forecast: 15.875 + 1.8125 = 17.6875, + 2 × 1.8125 = 19.5
    assert F.holt([10, 12, 15, 15], 2, alpha=0.5, beta=0.5) == pytest.approx([17.6875, 19.5], abs=EXACT)


def test_damped_by_hand():
    # y = 10, 12, 15; α = β = 0.5, φ = 0.9. l = 10, b = 2.
    # t1: φb = 1.8, f = 11.8, e = 0.2 -> l = 11.8 + 0.1 = 11.9, b = 1.8 + 0.25 × 0.2 = 1.85
    # t2: φb = 1.665, f = 13.565, e = 1.435 -> l = 13.565 + 0.7175 = 14.2825,
    #     b = 1.665 + 0.35875 = 2.02375
    # forecast: 14.2825 + 0.9 × 2.02375 = 16.103875; + 0.81 × 2.02375 = 17.7431125
    got = F.damped([10, 12, 15], 2, alpha=0.5, beta=0.5, phi=0.9)
    assert got == pytest.approx([16.103875, 17.7431125], abs=EXACT)


def test_holt_started_from_the_regression_line_by_hand():
    # y = 10, 12, 15, 15: the line on the first min(4, 10) months, t = 0..3: slope
    # Σ(y - 13)(t - 1.5) / Σ(t - 1.5)² = 9 / 5 = 1.8, intercept 13 - 1.8 × 1.5 = 10.3;
    # the state before month 0: l = 10.3 - 1.8 = 8.5, b = 1.8. α = β = 0.5, from month 0:
    # t0: f = 10.3, e = -0.3 -> l = 10.15, b = 1.725
    # t1: f = 11.875, e = 0.125 -> l = 11.9375, b = 1.75625
    # t2: f = 13.69375, e = 1.30625 -> l = 14.346875, b = 2.0828125
    # t3: f = 16.4296875, e = -1.4296875 -> l = 15.71484375, b = 1.725390625
    # forecast: l + b = 17.440234375, l + 2b = 19.165625
    got = F.holt([10, 12, 15, 15], 2, alpha=0.5, beta=0.5, init="regression")
    assert got == pytest.approx([17.440234375, 19.165625], abs=EXACT)
    assert F.holt([7], 2, init="regression") == pytest.approx([7, 7])  # one month: no trend


def test_damped_started_from_the_regression_line_by_hand():
    # y = 10, 12, 14 lies on the line 10 + 2t: l = 8, b = 2 before month 0; α = β = 0.5, φ = 0.9
    # t0: φb = 1.8, f = 9.8, e = 0.2 -> l = 9.9, b = 1.85
    # t1: φb = 1.665, f = 11.565, e = 0.435 -> l = 11.7825, b = 1.77375
    # t2: φb = 1.596375, f = 13.378875, e = 0.621125 -> l = 13.6894375, b = 1.75165625
    # forecast: l + 0.9 b = 15.265928125, l + (0.9 + 0.81) b = 16.6847696875
    got = F.damped([10, 12, 14], 2, alpha=0.5, beta=0.5, phi=0.9, init="regression")
    assert got == pytest.approx([15.265928125, 16.6847696875], abs=EXACT)
    with pytest.raises(ValueError):
        F.damped([10, 12, 14], 2, init="last")


def test_the_regression_start_uses_the_first_ten_months_only():
    # after month 10 the start no longer changes: the same first ten months, any later
    # months, the same fitted state before month 0 (a fixed α, β and φ show it)
    first = [10, 12, 11, 14, 13, 15, 16, 15, 18, 17.0]
    a = F.damped(first + [19, 20], 1, alpha=0.1, beta=0.1, phi=0.9, init="regression")
    b = F.damped(first + [19, 20], 1, alpha=0.1, beta=0.1, phi=0.9, init="first")
    assert a != pytest.approx(b)
    line = np.polyfit(np.arange(10), first, 1)  # slope, intercept
    # with α = 0 the level and trend never move: the forecast is the line's, damped
    flat = F.damped(first + [19, 20], 2, alpha=0.0, beta=0.0, phi=0.9, init="regression")
    level, slope = line[1] - line[0], line[0]
    for _ in range(12):  # twelve months of damping the trend, level + φb each month
        level, slope = level + 0.9 * slope, 0.9 * slope
    assert flat == pytest.approx([level + 0.9 * slope, level + (0.9 + 0.81) * slope], abs=1e-9)


def test_comb_is_the_mean_of_the_fitted_three():
    y = np.array([20, 22, 21, 25, 24, 27, 26, 30.0])
    expected = (F.ses(y, 4) + F.holt(y, 4) + F.damped(y, 4)) / 3
    assert F.comb(y, 4) == pytest.approx(expected, abs=EXACT)


def test_theta_by_hand():
    # y = 1, 2, 3, 5 at t = 0..3; least squares: t̄ = 1.5, ȳ = 2.75,
    # Σ(t - t̄)(y - ȳ) = 2.625 + 0.375 + 0.125 + 3.375 = 6.5, Σ(t - t̄)² = 5 -> b = 1.3,
    # a = 2.75 - 1.95 = 0.8; line 0.8, 2.1, 3.4, 4.7; theta-2 = 2y - line = 1.2, 1.9, 2.6, 5.3
    # SES α 0.5: 1.2 -> 1.55 -> 2.075 -> 3.6875; line at t = 4, 5: 6.0, 7.3
    # forecast: (6.0 + 3.6875) / 2 = 4.84375, (7.3 + 3.6875) / 2 = 5.49375
    assert F.theta([1, 2, 3, 5], 2, alpha=0.5) == pytest.approx([4.84375, 5.49375], abs=EXACT)


def test_seasonal_naive_by_hand():
    y = np.arange(1, 15.0)  # 14 months: the last 12 are 3..14
    assert F.seasonal_naive(y, 3) == pytest.approx([3, 4, 5])
    assert F.seasonal_naive(y, 14)[12:] == pytest.approx([3, 4])  # the year repeats
    assert F.seasonal_naive([4, 7], 3) == pytest.approx([7, 7, 7])  # < 12 months: the last


def test_croston_sba_by_hand():
    # y = 0, 3, 0, 0, 5; α = 0.1. Demands 3, 5; intervals 2 (index 1 + 1), 3.
    # init "first": size 3 -> 3 + 0.1 × 2 = 3.2; interval 2 -> 2 + 0.1 × 1 = 2.1
    # forecast (1 - 0.05) × 3.2 / 2.1 = 1.447619…
    assert F.croston_sba([0, 3, 0, 0, 5], 2) == pytest.approx([0.95 * 3.2 / 2.1] * 2, abs=EXACT)
    # init "mean": size starts at 4, interval at (4 + 1) / 2 = 2.5 and both demands update:
    # size 4 -> 3.9 -> 4.01; interval 2.5 -> 2.45 -> 2.505; forecast 0.95 × 4.01 / 2.505
    got = F.croston_sba([0, 3, 0, 0, 5], 1, init="mean")
    assert got == pytest.approx([0.95 * 4.01 / 2.505], abs=EXACT)


def test_tsb_by_hand():
    # y = 0, 3, 0, 0, 5; α_d = α_p = 0.1.
    # init "first": probability 0 -> 0.1 -> 0.09 -> 0.081 -> 0.081 + 0.0919 = 0.1729;
    # size 3 -> 3.2; forecast 0.1729 × 3.2 = 0.55328
    assert F.tsb([0, 3, 0, 0, 5], 2) == pytest.approx([0.55328] * 2, abs=EXACT)
    # init "mean": probability 2/5 = 0.4, then every month: 0.36, 0.424, 0.3816, 0.34344,
    # 0.409096; size 4 -> 3.9 -> 4.01; forecast 0.409096 × 4.01
    assert F.tsb([0, 3, 0, 0, 5], 1, init="mean") == pytest.approx([0.409096 * 4.01], abs=EXACT)


def test_tsb_decays_when_demand_stops_and_sba_does_not():
    y = np.r_[np.tile([0, 6.0], 10), np.zeros(12)]
    assert F.tsb(y, 1)[0] < 0.5 * F.tsb(y[:20], 1)[0]
    assert F.croston_sba(y, 1)[0] == pytest.approx(F.croston_sba(y[:20], 1)[0])


def test_methods_take_many_series_of_one_length():
    Y = np.array([[10, 12, 11, 13, 12.0], [0, 4, 0, 5, 0]])
    for fn in (F.ses, F.holt, F.damped, F.comb, F.theta, F.seasonal_naive, F.croston_sba, F.tsb):
        both = fn(Y, 3)
        assert both.shape == (2, 3)
        assert both[0] == pytest.approx(fn(Y[0], 3), abs=EXACT)
        assert both[1] == pytest.approx(fn(Y[1], 3), abs=EXACT)


def test_a_falling_trend_is_clipped_at_zero():
    y = np.array([50, 40, 30, 20, 10.0])
    assert F.holt(y, 3, alpha=0.5, beta=0.5) == pytest.approx([0, 0, 0])
    assert (F.forecast(y, 6).values >= 0).all()


# ---- classification ---------------------------------------------------------------------


@pytest.mark.parametrize(("y", "adi", "cv2", "cls"), [
    ([10] * 12, 1.0, 0.0, "smooth"),
    ([1, 10] * 6, 1.0, (4.5 / 5.5) ** 2, "erratic"),  # sizes 1 and 10: std 4.5, mean 5.5
    ([5, 0] * 6, 2.0, 0.0, "intermittent"),
    ([1, 0, 10, 0] * 3, 2.0, (4.5 / 5.5) ** 2, "lumpy"),
    ([0, 0, 0, 5, 5, 5], 1.0, 0.0, "smooth"),  # months before the first demand do not count
])
def test_classify(y, adi, cv2, cls):
    got = F.classify(y)
    assert got[0] == pytest.approx(adi) and got[1] == pytest.approx(cv2) and got[2] == cls


def test_the_cut_points_go_to_the_higher_class():
    assert (F.ADI_CUT, F.CV2_CUT) == (1.32, 0.49)
    # 25 demands of 4 over 33 months: ADI = 33 / 25 = 1.32 exactly -> intermittent
    y = np.zeros(33)
    y[np.r_[0:17, 18:33:2]] = 4
    assert np.count_nonzero(y) == 25
    assert F.classify(y)[0] == 1.32 and F.classify(y)[2] == "intermittent"
    y[1] = 0  # 24 demands: ADI 1.375
    assert F.classify(y)[2] == "intermittent"
    y2 = np.full(33, 4.0)
    y2[:8] = 0  # 25 demands over 25 months (leading zeros dropped): smooth
    assert F.classify(y2)[2] == "smooth"
    assert F._class_name(1.3199, 0.4899) == "smooth"
    assert F._class_name(1.3199, 0.49) == "erratic"
    assert F._class_name(1.32, 0.4899) == "intermittent"
    assert F._class_name(1.32, 0.49) == "lumpy"


def test_no_demand_is_class_none():
    adi, cv2, cls = F.classify([0, 0, 0])
    assert np.isnan(adi) and np.isnan(cv2) and cls == "none"
    assert F.classify([])[2] == "none"


# ---- the chooser --------------------------------------------------------------------------


def test_forecast_picks_by_class():
    history = np.array([
        [0.0] * 24,  # no demand
        [5, 0] * 12,  # intermittent
        [1, 0, 10, 0] * 6,  # lumpy
        [100, 104, 98, 103, 101, 99, 102, 100] * 3,  # smooth
    ])
    res = F.forecast(history, 3)
    assert res.values.shape == (4, 3)
    assert res.demand_class == ["none", "intermittent", "lumpy", "smooth"]
    assert res.method[:3] == ["zero", "sba", "tsb"]
    assert res.method[3] in F.CANDIDATES
    assert res.values[0] == pytest.approx([0, 0, 0])
    assert res.values[1] == pytest.approx(F.croston_sba(history[1], 3, init="mean"))
    assert res.values[2] == pytest.approx(F.tsb(history[2], 3, init="mean"))
    assert res.adi[1] == 2 and np.isnan(res.adi[0])
    assert all(m in F.METHODS for m in res.method)


def test_an_intermittent_item_that_stopped_gets_tsb():
    # demand of 6 every other month for 20 months (ADI 2, CV² 0), then 12 silent months:
    # ADI 32 / 10 = 3.2, silent 12 > 2 × 3.2 -> TSB, which decays; cut after 22 months: ADI
    # 2.2, silent 3 ≤ 4.4 -> SBA
    y = np.r_[np.tile([6, 0.0], 10), np.zeros(12)]
    res = F.forecast(np.stack([y, np.r_[np.zeros(10), y[:22]]]), 1)  # leading zeros: no history
    assert res.demand_class == ["intermittent", "intermittent"]
    assert res.method == ["tsb", "sba"]
    assert res.values[0, 0] == pytest.approx(F.tsb(y, 1, init="mean")[0])
    assert res.values[0, 0] < 0.5 * res.values[1, 0]


def test_short_histories():
    # 1-3 months from the first demand: their mean; leading zeros are not history
    res = F.forecast(np.array([[0, 0, 0, 7.0], [0, 0, 4, 8], [0, 3, 0, 6], [0, 0, 0, 0]]), 2)
    assert res.method == ["mean", "mean", "mean", "zero"]
    assert res.values == pytest.approx(np.array([[7, 7], [6, 6], [3, 3], [0, 0]]))
    # 4..15 months: no holdout, the damped trend started from the regression line
    y = np.array([10, 12, 13, 15, 16, 18.0])
    res = F.forecast(y, 2)
    assert res.method == ["damped"] and res.values[0] == pytest.approx(F.damped(y, 2, init="regression"))


def test_empty_and_degenerate_inputs():
    assert F.forecast(np.zeros((0, 12)), 3).values.shape == (0, 3)
    res = F.forecast(np.zeros((2, 0)), 3)
    assert res.values.shape == (2, 3) and res.method == ["zero", "zero"]
    assert F.forecast(np.ones((2, 5)), 0).values.shape == (2, 0)
    assert F.forecast([[1, 2, 3, 4]], 1).values.shape == (1, 1)  # ints and lists
    assert F.forecast([[-5, 10, 10, 10, 10]], 1).values[0, 0] == pytest.approx(10)  # returns -> 0
    with pytest.raises(ValueError):
        F.forecast([[1, np.nan, 3]], 2)
    with pytest.raises(ValueError):
        F.forecast([[1, 2, 3]], -1)
    assert F.ses([], 2) == pytest.approx([0, 0])


def _seasonal(months: int) -> np.ndarray:
    """A December peak over a level of 100 with a fixed ±3 ripple (no randomness)."""
    t = np.arange(months)
    return 100 + 80 * (t % 12 == 11) + 3 * np.cos(1.7 * t)


def test_seasonality_only_with_two_years():
    assert F.seasonality_test(_seasonal(36))
    assert F.seasonality_test(_seasonal(24))
    assert not F.seasonality_test(_seasonal(23))  # the same pattern, one month short
    assert F.seasonal_indices(_seasonal(23)) is None
    assert not F.seasonality_test(100 + 3 * np.cos(1.7 * np.arange(36)))  # ripple only
    res = F.forecast(np.stack([_seasonal(36), np.r_[np.zeros(13), _seasonal(23)]]), 12)
    assert res.seasonal == [True, False]
    # month 36 + 11 = 47 is a December: the seasonal item's peak is forecast
    assert res.values[0, 11] > 1.5 * res.values[0, :11].max()
    assert res.values[1].max() < 1.5 * res.values[1].min()


def test_a_trend_does_not_hide_the_season():
    y = _seasonal(36) + 4.0 * np.arange(36)
    assert F.seasonality_test(y)


def test_seasonal_indices_by_hand():
    # 24 months of alternating 10 and 30 (season 2): 2×2 moving average = (10/2 + 30 + 10/2)/2 =
    # 20 everywhere; ratios 0.5 and 1.5 -> indices 0.5, 1.5 (mean 1)
    ind, ok = F._indices_rows(np.array([[10.0, 30.0] * 12]), 2)
    assert ok[0] and ind[0] == pytest.approx([0.5, 1.5])


def test_the_holdout_rule_keeps_the_damped_trend_unless_another_is_much_better():
    # a level with a fixed ripple: no candidate beats the damped trend by the margin, it stays
    t30 = np.arange(30)
    assert F.forecast(100 + 3 * np.cos(1.7 * t30), 3).method == ["damped"]
    # a straight line: Holt continues it exactly (holdout error 0), the damped trend bends: Holt
    res = F.forecast(50 + 2.0 * t30, 3)
    assert res.method == ["holt"] and res.values[0] == pytest.approx([110, 112, 114])
    # a seasonal series with a lag-12 pattern of ever-larger swings that the multiplicative
    # indices under-state and seasonal naive repeats exactly: seasonal naive wins
    t = np.arange(36)
    pattern = np.array([100, 40, 160, 60, 140, 20, 180, 80, 120, 30, 170, 50.0])
    y2 = pattern[t % 12]
    res2 = F.forecast(y2, 6)
    assert res2.seasonal == [True]
    assert res2.values[0] == pytest.approx(pattern[:6], rel=0.02)


# ---- accuracy measures --------------------------------------------------------------------


def test_mase_wmape_bias_by_hand():
    # in-sample 10, 12, 11, 13 (≤ 12 months: naive lag 1): |2|, |-1|, |2| -> scale 5/3;
    # errors |10 - 11|, |12 - 11| -> mean 1; MASE 0.6
    assert F.mase([10, 12], [11, 11], [10, 12, 11, 13]) == pytest.approx(0.6)
    # 13 months with season 12: scale = |y12 - y0| = 4
    assert F.mase([10], [12], [1] + [0] * 11 + [5]) == pytest.approx(0.5)
    two = F.mase([[10, 12], [1, 1]], [[11, 11], [1, 1]], [[10, 12, 11, 13], [1, 1, 1, 1]])
    assert two[0] == pytest.approx(0.6) and np.isnan(two[1])  # scale 0 -> nan
    assert F.wmape([10, 12], [11, 11]) == pytest.approx(2 / 22)
    assert F.bias([10, 12], [12, 12]) == pytest.approx(2 / 22)  # over-forecast: above 0
    assert F.bias([10, 12], [9, 11]) == pytest.approx(-2 / 22)
    assert np.isnan(F.wmape([0, 0], [1, 1])) and np.isnan(F.bias([0, 0], [1, 1]))
    per_item = F.wmape([[10, 10], [0, 4]], [[5, 10], [0, 2]], axis=1)
    assert per_item == pytest.approx([0.25, 0.5])


# ---- never negative -----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    history=st.integers(1, 4).flatmap(lambda k: st.integers(0, 40).flatmap(
        lambda n: arrays(np.float64, (k, n), elements=st.one_of(
            st.just(0.0), st.floats(-50, 10_000, allow_nan=False, width=32)))
    )),
    horizon=st.integers(0, 14),
)
def test_never_negative(history, horizon):
    res = F.forecast(history, horizon)
    assert res.values.shape == (history.shape[0], horizon)
    assert np.isfinite(res.values).all() and (res.values >= 0).all()
    assert all(m in F.METHODS for m in res.method)
    assert all(c in F.DEMAND_CLASSES for c in res.demand_class)
    if history.shape[1]:
        for fn in (F.ses, F.holt, F.damped, F.comb, F.theta, F.seasonal_naive, F.croston_sba,
                   F.tsb):
            out = fn(np.maximum(history, 0), horizon)
            assert (out >= 0).all() and np.isfinite(out).all()
