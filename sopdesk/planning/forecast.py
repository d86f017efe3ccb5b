"""The statistical baseline of the demand review: a monthly forecast per item on numpy alone.

`forecast(history, horizon)` takes the monthly demand of many items, oldest month first,
(items, months), and returns a `Forecast`: for each item the next `horizon` months (floats,
never negative), the method chosen and the demand class. The rule, reproducible by hand
(docs/ARCHITECTURE.md, "The statistical baseline"):

1. Each item's history starts at its first month with demand (leading zeros are months
   before the item sold at all); negative months (returns above sales) count as 0. No
   demand at all: class "none", method "zero", forecast 0.
2. Class by Syntetos–Boylan–Croston (2005) on that history: ADI = months / months with
   demand, CV² = (population standard deviation / mean)² of the non-zero demands;
   "smooth" ADI < 1.32 and CV² < 0.49, "erratic" ADI < 1.32 and CV² ≥ 0.49,
   "intermittent" ADI ≥ 1.32 and CV² < 0.49, "lumpy" ADI ≥ 1.32 and CV² ≥ 0.49
   (a value on a cut point goes to the higher class).
3. 1–3 months of history: method "mean", their average (too little to fit anything).
4. Intermittent: Croston SBA ("sba"); lumpy: TSB ("tsb"), which also decays when demand stops,
   so an intermittent item whose months since its last demand exceed 2 × its ADI gets TSB too;
   both with α = 0.1 and started from the mean demand and interval (init="mean": a first
   demand far from the rest does not weigh on the forecast for years).
5. Smooth and erratic: seasonal only with at least 24 months of history, when the lag-12
   autocorrelation of the series less its least-squares line passes the one-sided 90 % test
   r_12 > 1.645 / √n, and classical multiplicative seasonal indices exist (every 2×12 centred
   moving average and every index above 0). A seasonal item's methods run on the
   deseasonalised series and their forecasts are multiplied back. (The M4 form of the test,
   with Bartlett's Σ r_k² under the root, missed 57 of 160 clearly seasonal synthetic series
   of 30–66 months: a smooth season makes r_1..r_11 large too; docs/BENCHMARKS.md.)
6. The method is the damped trend, started from the least-squares line of the first 10
   months (init "regression", Hyndman et al. 2008's heuristic; Holt and Comb below start the
   same way). With at least 12 months left after holding out the last min(horizon, 12)
   months, every candidate (damped, Theta, Comb, SES, Holt and, for a seasonal item,
   seasonal naive) is fitted on the rest; one replaces the damped trend only when its mean
   absolute error on the held-out months is below 0.6 × the damped trend's (for one item,
   MAE ranks as MASE: the scale is the item's own), the least such error winning, ties to
   the earlier in that order; the winner is fitted again on the whole history. (A plain
   lowest-holdout-error choice measured worse than one default: one 6-month holdout is
   mostly noise. Theta as the default, with Holt and damped started from the first two
   months, measured worse on each of 5 benchmark seeds: docs/BENCHMARKS.md.) The seasonal indices come
   from the whole history, also for the holdout.

Per-method functions (`ses`, `holt`, `damped`, `comb`, `theta`, `seasonal_naive`,
`croston_sba`, `tsb`) live in `forecast_methods.py` and are re-exported here, with `classify`,
`seasonality_test`, `seasonal_indices` and the accuracy measures `mase`, `wmape`, `bias`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from .forecast_methods import (
    comb,
    comb_core,
    croston_sba,
    damped,
    damped_core,
    holt,
    holt_core,
    sba_core,
    seasonal_naive,
    seasonal_naive_core,
    ses,
    ses_core,
    theta,
    theta_core,
    tsb,
    tsb_core,
)

__all__ = [
    "ADI_CUT", "CV2_CUT", "DEMAND_CLASSES", "METHODS", "MIN_SEASONAL_MONTHS", "Forecast",
    "bias", "classify", "comb", "croston_sba", "damped", "forecast", "holt", "mase",
    "seasonal_indices", "seasonal_naive", "seasonality_test", "ses", "theta", "tsb", "wmape",
]

ADI_CUT = 1.32
CV2_CUT = 0.49
MIN_SEASONAL_MONTHS = 24  # two full years (for season 12: 2 × season)
MIN_FIT_MONTHS = 4  # below this: the mean
MIN_HOLDOUT_FIT = 12  # months left after the holdout for the holdout choice
MAX_HOLDOUT = 12
DEMAND_CLASSES = ("none", "smooth", "erratic", "intermittent", "lumpy")
METHODS = ("zero", "mean", "comb", "theta", "damped", "ses", "holt", "seasonal_naive",
           "sba", "tsb")
STOPPED_ADIS = 2.0  # an intermittent item silent for more than 2 × its ADI months gets TSB
SEASONAL_Z = 1.645  # one-sided 90 %
MARGIN = 0.6  # another candidate replaces the damped trend only below MARGIN × its holdout error
CANDIDATES = ("damped", "theta", "comb", "ses", "holt", "seasonal_naive")  # tie order; the first is the default
TREND_INIT = "regression"  # how the chooser starts Holt and damped (forecast_methods)
_CORES = {"comb": partial(comb_core, init=TREND_INIT), "theta": theta_core,
          "damped": partial(damped_core, init=TREND_INIT), "ses": ses_core,
          "holt": partial(holt_core, init=TREND_INIT)}


@dataclass(frozen=True)
class Forecast:
    """The baseline of each item: row i of `values` is item i's next months.

    values: (items, horizon) float, ≥ 0; method / demand_class / seasonal: one per item
    (a name of METHODS, of DEMAND_CLASSES, whether seasonal indices were applied);
    adi / cv2: (items,) float (nan for an item with no demand)."""

    values: np.ndarray
    method: list[str]
    demand_class: list[str]
    seasonal: list[bool]
    adi: np.ndarray
    cv2: np.ndarray


# ---- classification and seasonality -------------------------------------------------------


def _start(y: np.ndarray) -> int:
    nz = np.flatnonzero(y > 0)
    return int(nz[0]) if len(nz) else len(y)


def _clean(history) -> np.ndarray:
    arr = np.asarray(history, dtype=float)
    if arr.ndim == 1:
        arr = arr[None, :]
    if arr.ndim != 2:
        raise ValueError("history is (items, months)")
    if not np.isfinite(arr).all():
        raise ValueError("history has NaN or infinite months")
    return np.maximum(arr, 0.0)


def classify(y) -> tuple[float, float, str]:
    """(ADI, CV², class) of one series by the rule in the module docstring (leading zeros
    dropped). No demand: (nan, nan, "none")."""
    y = _clean(y)[0]
    y = y[_start(y):]
    demand = y[y > 0]
    if len(demand) == 0:
        return float("nan"), float("nan"), "none"
    adi = len(y) / len(demand)
    cv2 = float((demand.std() / demand.mean()) ** 2)
    return float(adi), cv2, _class_name(adi, cv2)


def _class_name(adi: float, cv2: float) -> str:
    if adi < ADI_CUT:
        return "smooth" if cv2 < CV2_CUT else "erratic"
    return "intermittent" if cv2 < CV2_CUT else "lumpy"


def _acf(Y: np.ndarray, lags: int) -> np.ndarray:
    """Autocorrelations r_1..r_lags of each row: (k, lags); constant rows give 0."""
    D = Y - Y.mean(axis=1, keepdims=True)
    denom = (D * D).sum(axis=1)
    n = Y.shape[1]
    r = np.stack([(D[:, k:] * D[:, : n - k]).sum(axis=1) for k in range(1, lags + 1)], axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denom[:, None] > 0, r / np.where(denom > 0, denom, 1.0)[:, None], 0.0)


def _seasonal_test_rows(Y: np.ndarray, season: int) -> np.ndarray:
    n = Y.shape[1]
    if season < 2 or n < max(MIN_SEASONAL_MONTHS, 2 * season):
        return np.zeros(len(Y), dtype=bool)
    t = np.arange(n, dtype=float) - (n - 1) / 2.0
    slope = (Y @ t) / (t @ t)
    r = _acf(Y - slope[:, None] * t[None, :], season)  # less its line: a trend hides no season
    return r[:, season - 1] > SEASONAL_Z / np.sqrt(n)


def seasonality_test(y, season: int = 12) -> bool:
    """The 90 % autocorrelation test at lag `season` (module docstring, step 5); False with
    fewer than max(24, 2 × season) months from the first demand."""
    y = _clean(y)[0]
    return bool(_seasonal_test_rows(y[None, _start(y):], season)[0])


def _indices_rows(Y: np.ndarray, season: int) -> tuple[np.ndarray, np.ndarray]:
    """Classical multiplicative seasonal indices of each row by position t % season:
    (k, season) and whether they exist (a 2×season centred moving average everywhere > 0)."""
    k, n = Y.shape
    half = season // 2
    if season % 2 == 0:
        w = np.r_[0.5, np.ones(season - 1), 0.5] / season
    else:
        w = np.ones(season) / season
    width = len(w)
    idx = np.arange(width)[None, :] + np.arange(n - width + 1)[:, None]
    cma = Y[:, idx] @ w  # (k, n - width + 1): centred at t = half .. n - half - 1
    ok = (cma > 0).all(axis=1)
    ratio = Y[:, half : half + cma.shape[1]] / np.where(cma > 0, cma, 1.0)
    pos = np.arange(half, half + cma.shape[1]) % season
    ind = np.stack([ratio[:, pos == j].mean(axis=1) for j in range(season)], axis=1)
    ind = ind / ind.mean(axis=1, keepdims=True)
    ok &= (ind > 0).all(axis=1)
    return np.where(ok[:, None], ind, 1.0), ok


def seasonal_indices(y, season: int = 12) -> np.ndarray | None:
    """Multiplicative seasonal indices (mean 1) of one series by month position counted from
    its first demand, or None when there is no seasonality to apply (test failed, too short,
    or an index or moving average not above 0)."""
    y = _clean(y)[0]
    y = y[_start(y):]
    if not _seasonal_test_rows(y[None, :], season)[0]:
        return None
    ind, ok = _indices_rows(y[None, :], season)
    return ind[0] if ok[0] else None


# ---- the chooser ----------------------------------------------------------------------------


def _continuous(Y: np.ndarray, h: int, season: int) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Smooth/erratic rows of one length n ≥ MIN_FIT_MONTHS: values, methods, seasonal."""
    k, n = Y.shape
    seasonal = _seasonal_test_rows(Y, season)
    ind = np.ones((k, season))
    if seasonal.any():
        ind_s, ok = _indices_rows(Y[seasonal], season)
        ind[seasonal] = ind_s
        seasonal[np.flatnonzero(seasonal)[~ok]] = False
    factors = ind[:, np.arange(n + h) % season]  # (k, n + h), by position from the start
    Z = Y / factors[:, :n]
    hold = min(max(h, 1), MAX_HOLDOUT)
    choice = np.zeros(k, dtype=int)  # index into CANDIDATES; 0 = the damped trend
    if n - hold >= MIN_HOLDOUT_FIT:
        fit = n - hold
        actual = Y[:, fit:]
        errors = np.full((k, len(CANDIDATES)), np.inf)
        for j, name in enumerate(CANDIDATES):
            if name == "seasonal_naive":
                if seasonal.any():
                    fc = seasonal_naive_core(Y[seasonal, :fit], hold, season)
                    errors[seasonal, j] = np.abs(actual[seasonal] - np.maximum(fc, 0)).mean(1)
                continue
            fc = _CORES[name](Z[:, :fit], hold) * factors[:, fit:n]
            errors[:, j] = np.abs(actual - np.maximum(fc, 0.0)).mean(axis=1)
        choice = np.argmin(errors, axis=1)  # first of equal minima: the tie order
        keep = errors[np.arange(k), choice] >= MARGIN * errors[:, 0]
        choice[keep] = 0
    values = np.zeros((k, h))
    for j, name in enumerate(CANDIDATES):
        rows = choice == j
        if not rows.any():
            continue
        if name == "seasonal_naive":
            values[rows] = seasonal_naive_core(Y[rows], h, season)
        else:
            values[rows] = _CORES[name](Z[rows], h) * factors[rows, n:]
    return values, [CANDIDATES[j] for j in choice], seasonal


def forecast(history, horizon: int, *, season: int = 12) -> Forecast:
    """The baseline of every item of `history` ((items, months), oldest first, floats or
    ints; a 1-D array is one item) for the next `horizon` months, by the module's rule."""
    Y = _clean(history)
    if horizon < 0:
        raise ValueError("the horizon must be 0 or more months")
    k, months = Y.shape
    values = np.zeros((k, horizon))
    method = ["zero"] * k
    demand_class = ["none"] * k
    seasonal = [False] * k
    adi = np.full(k, np.nan)
    cv2 = np.full(k, np.nan)
    starts = np.array([_start(row) for row in Y], dtype=int)
    pos = Y > 0
    counts = pos.sum(axis=1)
    for i in np.flatnonzero(counts):
        demand = Y[i][pos[i]]
        adi[i] = (months - starts[i]) / counts[i]
        cv2[i] = (demand.std() / demand.mean()) ** 2
        demand_class[i] = _class_name(adi[i], cv2[i])
    for n in np.unique(months - starts[counts > 0]):
        rows = np.flatnonzero((counts > 0) & (months - starts == n))
        Yn = Y[rows, months - n :]
        if n < MIN_FIT_MONTHS:
            values[rows] = Yn.mean(axis=1, keepdims=True)
            for i in rows:
                method[i] = "mean"
            continue
        cls = np.array([demand_class[i] for i in rows])
        last = n - 1 - np.argmax(Yn[:, ::-1] > 0, axis=1)
        stopped = (n - 1 - last) > STOPPED_ADIS * adi[rows]  # no demand for a long while
        sba_rows = (cls == "intermittent") & ~stopped
        tsb_rows = (cls == "lumpy") | ((cls == "intermittent") & stopped)
        for name, core, which in (("sba", sba_core, sba_rows), ("tsb", tsb_core, tsb_rows)):
            if which.any():
                values[rows[which]] = core(Yn[which], horizon, init="mean")
                for i in rows[which]:
                    method[i] = name
        cont = (cls == "smooth") | (cls == "erratic")
        if cont.any():
            vals, names, seas = _continuous(Yn[cont], horizon, season)
            values[rows[cont]] = vals
            for i, name, s in zip(rows[cont], names, seas, strict=True):
                method[i] = name
                seasonal[i] = bool(s)
    return Forecast(np.maximum(values, 0.0), method, demand_class, seasonal, adi, cv2)


# ---- accuracy ---------------------------------------------------------------------------------


def mase(actual, forecast, insample, season: int = 12):
    """Mean absolute scaled error: mean |actual − forecast| / mean |y_t − y_{t−m}| of the
    in-sample history, m = `season` when the history is longer than that, else 1. 1-D inputs
    give a float, 2-D (items, months) one value per item; nan where the scale is 0 or the
    history has fewer than 2 months."""
    a, f = np.asarray(actual, float), np.asarray(forecast, float)
    y = np.asarray(insample, float)
    m = season if y.shape[-1] > season else 1
    with np.errstate(invalid="ignore", divide="ignore"):
        if y.shape[-1] < 2:
            scale = np.full(y.shape[:-1], np.nan)
        else:
            scale = np.abs(y[..., m:] - y[..., :-m]).mean(axis=-1)
        err = np.abs(a - f).mean(axis=-1)
        out = np.where(scale > 0, err / np.where(scale > 0, scale, 1.0), np.nan)
    return float(out) if out.ndim == 0 else out


def wmape(actual, forecast, axis=None):
    """Weighted MAPE: Σ |actual − forecast| / Σ actual (over `axis`, all by default);
    nan where the actuals sum to 0."""
    a, f = np.asarray(actual, float), np.asarray(forecast, float)
    num, den = np.abs(a - f).sum(axis=axis), np.abs(a).sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
    return float(out) if out.ndim == 0 else out


def bias(actual, forecast, axis=None):
    """Relative bias: Σ (forecast − actual) / Σ actual; above 0 over-forecasts. nan where the
    actuals sum to 0."""
    a, f = np.asarray(actual, float), np.asarray(forecast, float)
    num, den = (f - a).sum(axis=axis), a.sum(axis=axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)
    return float(out) if out.ndim == 0 else out
