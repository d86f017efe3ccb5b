"""The baseline's methods against statsmodels (a test dependency, never imported by sopdesk/)
on the same series with the same parameters and the same starting states.

Tolerances: statsmodels runs the same recursions, so forecasts agree to 1e-8 relative
(float rounding only): SES, Holt, damped trend, the Theta method (statsmodels' ThetaModel,
Hyndman & Billah's SES-with-drift form, equals the theta-line form given its fitted α) and
the multiplicative seasonal indices (seasonal_decompose). statsforecast is not a test
dependency (it pulls pyarrow and wants pandas < 3); SBA and TSB are checked against a plain
transcription of its `_croston_sba` / `_tsb` (per-series SES of the demands and intervals),
and were compared with statsforecast 2.1.1 itself once (docs/BENCHMARKS.md: equal to 1e-12).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from statsmodels.tsa.forecasting.theta import ThetaModel
from statsmodels.tsa.holtwinters import Holt, SimpleExpSmoothing
from statsmodels.tsa.seasonal import seasonal_decompose

from sopdesk.planning import forecast as F

REL = 1e-8

T = np.arange(40)
SERIES = [
    100 + 1.5 * T + 6 * np.sin(1.7 * T) + 3 * np.cos(0.9 * T),  # trend
    300 - 2.0 * T + 20 * np.cos(1.3 * T),  # falling, stays positive
    50 + 10 * np.sin(0.5 * T) + 4 * np.cos(2.1 * T),  # level with cycles
]
PARAMS = [(0.2, 0.1, 0.9), (0.5, 0.3, 0.8), (0.8, 0.05, 0.98)]


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # statsmodels' frequency / convergence chatter
        yield


@pytest.mark.parametrize("y", SERIES)
@pytest.mark.parametrize(("alpha", "beta", "phi"), PARAMS)
def test_ses_holt_damped_match_statsmodels(y, alpha, beta, phi):
    # statsmodels' known initial state is before the first month: sopdesk's level after it is
    # y0 (SES: l0 = y0); Holt: l0 = y0 - b0, b0 = y1 - y0; damped: l0 + φ b0 = y0, φ b0 = y1 - y0
    ses = SimpleExpSmoothing(y, initialization_method="known", initial_level=y[0])
    ses = ses.fit(smoothing_level=alpha, optimized=False).forecast(6)
    assert F.ses(y, 6, alpha=alpha) == pytest.approx(ses, rel=REL)
    b0 = y[1] - y[0]
    holt = Holt(y, initialization_method="known", initial_level=y[0] - b0, initial_trend=b0)
    holt = holt.fit(smoothing_level=alpha, smoothing_trend=beta, optimized=False).forecast(6)
    assert F.holt(y, 6, alpha=alpha, beta=beta) == pytest.approx(holt, rel=REL)
    damped = Holt(y, damped_trend=True, initialization_method="known",
                  initial_level=y[0] - b0, initial_trend=b0 / phi)
    damped = damped.fit(smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi,
                        optimized=False).forecast(6)
    assert F.damped(y, 6, alpha=alpha, beta=beta, phi=phi) == pytest.approx(damped, rel=REL)


@pytest.mark.parametrize("y", SERIES)
@pytest.mark.parametrize(("alpha", "beta", "phi"), PARAMS)
def test_holt_and_damped_started_from_the_regression_line_match_statsmodels(y, alpha, beta, phi):
    # init "regression": the least-squares line a + b t on the first 10 months (numpy's
    # polyfit here, an independent fit) gives the state before the first month, l0 = a - b
    # and b0 = b; statsmodels' known initial state is that same state
    b, a = np.polyfit(np.arange(10), y[:10], 1)
    holt = Holt(y, initialization_method="known", initial_level=a - b, initial_trend=b)
    holt = holt.fit(smoothing_level=alpha, smoothing_trend=beta, optimized=False).forecast(6)
    assert F.holt(y, 6, alpha=alpha, beta=beta, init="regression") == pytest.approx(holt, rel=REL)
    damped = Holt(y, damped_trend=True, initialization_method="known", initial_level=a - b, initial_trend=b)
    damped = damped.fit(smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi,
                        optimized=False).forecast(6)
    got = F.damped(y, 6, alpha=alpha, beta=beta, phi=phi, init="regression")
    assert got == pytest.approx(damped, rel=REL)


@pytest.mark.parametrize("y", SERIES)
def test_theta_matches_statsmodels(y):
    res = ThetaModel(y, period=12, deseasonalize=False).fit(use_mle=False)
    alpha = float(res.params["alpha"])
    assert 0 < alpha < 1
    assert F.theta(y, 6, alpha=alpha) == pytest.approx(np.asarray(res.forecast(6)), rel=REL)


def test_seasonal_indices_match_statsmodels():
    t = np.arange(36)
    y = (100 + 0.8 * t) * (1 + 0.3 * np.sin(2 * np.pi * t / 12)) * (1 + 0.02 * np.cos(1.3 * t))
    ours = F.seasonal_indices(y)
    assert ours is not None
    theirs = seasonal_decompose(y, model="multiplicative", period=12).seasonal[:12]
    assert ours == pytest.approx(theirs, rel=REL)


def _ses_last(x, alpha):
    """statsforecast's _ses_forecast: the level starts at x[0]; the next value's forecast."""
    level = x[0]
    for v in x[1:]:
        level = alpha * v + (1 - alpha) * level
    return level


def _sf_sba(y, alpha=0.1):
    nz = np.flatnonzero(y)
    if len(nz) == 0:
        return 0.0
    intervals = np.diff(nz + 1, prepend=0)
    return (1 - alpha / 2) * _ses_last(y[nz], alpha) / _ses_last(intervals, alpha)


def _sf_tsb(y, alpha_d=0.1, alpha_p=0.1):
    if not (y != 0).any():
        return 0.0
    return _ses_last((y != 0).astype(float), alpha_p) * _ses_last(y[y != 0], alpha_d)


def test_sba_and_tsb_match_statsforecasts_recursions():
    rng = np.random.default_rng(7)
    for _ in range(50):
        n = int(rng.integers(1, 40))
        y = (rng.random(n) < rng.uniform(0.1, 0.9)) * rng.integers(1, 60, n).astype(float)
        assert F.croston_sba(y, 3) == pytest.approx([_sf_sba(y)] * 3, rel=REL, abs=1e-12)
        assert F.tsb(y, 3) == pytest.approx([_sf_tsb(y)] * 3, rel=REL, abs=1e-12)
        alpha = float(rng.uniform(0.05, 0.5))
        assert F.croston_sba(y, 1, alpha=alpha)[0] == pytest.approx(_sf_sba(y, alpha), rel=REL,
                                                                     abs=1e-12)
