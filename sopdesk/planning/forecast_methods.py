"""The statistical baseline's methods, on numpy alone (`forecast.py` chooses among them).

Every function takes one monthly series `y` (1-D, length n) or several of the same length
(2-D, items × n) and a horizon `h`, and returns the forecast of the next `h` months, shape
(h,) or (items, h), clipped at 0 (demand is never negative). Conventions, the same as
statsforecast's and reproducible by hand:

- SES: the level after the first month is y[0]; then l_t = l_{t-1} + α (y_t − l_{t-1});
  the forecast is flat at the last level.
- Holt / damped trend (component form): l_t = l_{t-1} + φ b_{t-1} + α e_t and
  b_t = φ b_{t-1} + α β e_t with e_t = y_t − (l_{t-1} + φ b_{t-1}); forecast
  l_n + (φ + φ² + … + φ^k) b_n (φ = 1 for Holt). Two starts: init "first" (statsforecast's
  and statsmodels' with the matching initial state): after the first month l = y[0],
  b = y[1] − y[0] (0 with one month), updated from the 2nd month on; init "regression"
  (Hyndman et al. 2008's heuristic): the least-squares line a + b t on the first
  min(n, 10) months (t = 0, 1, …) gives the state before the first month, l = a − b and
  b (Holt then forecasts month 0 as a; with one month l = y[0], b = 0), updated from the
  first month on. One noisy first step sets a "first" trend; the line over ten months does not.
- Parameters not given are fitted per series on the small grids below by the least sum of
  squared one-step errors of the months updated (init "first": from the 2nd month on, whose
  error is always 0 for Holt); on a tie the first grid point wins, so a fit is reproducible.
- Comb (M3's "Comb S-H-D"): the mean of the fitted SES, Holt and damped forecasts.
- Theta (Assimakopoulos & Nikolopoulos 2000): the least-squares line a + b t (t = 0…n−1) is
  the theta-0 line, 2y − line the theta-2 line; forecast = ½ (line extrapolated) + ½ (SES of
  the theta-2 line), α fitted on the SES grid.
- Seasonal naive: the last `season` months repeated (fewer months than that: the last one).
- Croston SBA (Syntetos & Boylan 2005): SES (α) of the non-zero demands and of the intervals
  between them (the first interval counts from the series' start, i.e. first index + 1);
  forecast (1 − α/2) × size / interval.
- TSB (Teunter, Syntetos & Babai 2011): SES (α_d) of the non-zero demands; SES (α_p) of the
  demand indicator (1 in a month with demand, else 0) updated every month from its first
  value; forecast probability × size. It decays to 0 when demand stops (obsolescence).
"""

from __future__ import annotations

import numpy as np

SES_ALPHAS = np.round(np.arange(0.05, 1.0, 0.05), 2)  # 0.05, 0.10, …, 0.95 (19 points)
TREND_ALPHAS = np.round(np.arange(0.1, 1.0, 0.1), 1)  # 0.1 … 0.9
TREND_BETAS = np.array([0.01, 0.05, 0.1, 0.2, 0.3])
DAMPING_PHIS = np.array([0.8, 0.9, 0.95, 0.98])
REGRESSION_MONTHS = 10  # init "regression": the line on the first 10 months
TREND_INITS = ("first", "regression")
INTERMITTENT_INITS = ("first", "mean")  # SBA and TSB
SBA_ALPHA = 0.1  # statsforecast's CrostonSBA and the literature's usual 0.1
TSB_ALPHA_D = 0.1
TSB_ALPHA_P = 0.1


def _as_2d(y) -> tuple[np.ndarray, bool]:
    arr = np.asarray(y, dtype=float)
    if arr.ndim == 1:
        return arr[None, :], True
    if arr.ndim != 2:
        raise ValueError("a series is 1-D (months) or 2-D (items, months)")
    return arr, False


def _out(values: np.ndarray, one: bool) -> np.ndarray:
    values = np.maximum(values, 0.0)
    return values[0] if one else values


def _steps(h: int) -> np.ndarray:
    if h < 0:
        raise ValueError("the horizon must be 0 or more months")
    return np.arange(1, h + 1, dtype=float)


# ---- batched cores: Y (k, n) with n ≥ 1, returning unclipped (k, h) ----------------------


def ses_level(Y: np.ndarray, alphas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Final level and SSE of SES for each row of Y and each alpha: both (k, len(alphas))."""
    level = np.repeat(Y[:, :1], len(alphas), axis=1)
    sse = np.zeros_like(level)
    for t in range(1, Y.shape[1]):
        err = Y[:, t : t + 1] - level
        sse += err * err
        level += alphas * err
    return level, sse


def ses_core(Y: np.ndarray, h: int, alpha: float | None = None) -> np.ndarray:
    alphas = SES_ALPHAS if alpha is None else np.array([float(alpha)])
    level, sse = ses_level(Y, alphas)
    best = level[np.arange(len(Y)), np.argmin(sse, axis=1)]
    return np.repeat(best[:, None], h, axis=1)


def _trend_grid(phis) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a, b, p = np.meshgrid(TREND_ALPHAS, TREND_BETAS, np.asarray(phis, float), indexing="ij")
    return a.ravel(), b.ravel(), p.ravel()


def _line(Y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Intercept and slope of each row's least-squares line a + b t, t = 0 … n−1 (slope 0
    for one month)."""
    k, n = Y.shape
    t = np.arange(n, dtype=float)
    if n >= 2:
        tc = t - t.mean()
        slope = (Y - Y.mean(axis=1, keepdims=True)) @ tc / (tc @ tc)
    else:
        slope = np.zeros(k)
    return Y.mean(axis=1) - slope * t.mean(), slope


def _trend_start(Y: np.ndarray, init: str) -> tuple[np.ndarray, np.ndarray, int]:
    """Level and trend of each row before the first month updated, and that month."""
    k, n = Y.shape
    if init == "first":
        return Y[:, 0], (Y[:, 1] - Y[:, 0]) if n >= 2 else np.zeros(k), 1
    intercept, slope = _line(Y[:, :REGRESSION_MONTHS])
    return intercept - slope, slope, 0


def trend_core(Y, h, alpha=None, beta=None, phi=None, *, damped_grid: bool, init: str = "first") -> np.ndarray:
    """Holt (phi 1) or damped trend: fitted on the grid where a parameter is None."""
    _check_init(init, TREND_INITS)
    k, n = Y.shape
    if alpha is None or beta is None or (damped_grid and phi is None):
        grid_phis = DAMPING_PHIS if damped_grid and phi is None else [1.0 if phi is None else phi]
        a, b, p = _trend_grid(grid_phis)
        if alpha is not None:
            a = np.full_like(a, alpha)
        if beta is not None:
            b = np.full_like(b, beta)
        a, b, p = (np.unique(np.stack([a, b, p]), axis=1))  # fixed parameters: fewer points
    else:
        a, b, p = (np.array([float(alpha)]), np.array([float(beta)]), np.array([float(phi)]))
    g = len(a)
    level0, trend0, first = _trend_start(Y, init)
    level = np.repeat(level0[:, None], g, axis=1)
    trend = np.repeat(trend0[:, None], g, axis=1)
    sse = np.zeros((k, g))
    ab = a * b
    for t in range(first, n):
        damped_trend = p * trend
        err = Y[:, t : t + 1] - (level + damped_trend)
        sse += err * err
        level = level + damped_trend + a * err
        trend = damped_trend + ab * err
    rows = np.arange(k)
    best = np.argmin(sse, axis=1)
    phi_best = p[best]
    # Σ_{j=1..s} φ^j for each step s
    cum = np.cumsum(phi_best[:, None] ** _steps(h)[None, :], axis=1)
    return level[rows, best][:, None] + cum * trend[rows, best][:, None]


def holt_core(Y, h, alpha=None, beta=None, init="first") -> np.ndarray:
    return trend_core(Y, h, alpha, beta, 1.0, damped_grid=False, init=init)


def damped_core(Y, h, alpha=None, beta=None, phi=None, init="first") -> np.ndarray:
    return trend_core(Y, h, alpha, beta, phi, damped_grid=True, init=init)


def comb_core(Y, h, init="first") -> np.ndarray:
    return (ses_core(Y, h) + holt_core(Y, h, init=init) + damped_core(Y, h, init=init)) / 3.0


def theta_core(Y, h, alpha=None) -> np.ndarray:
    k, n = Y.shape
    t = np.arange(n, dtype=float)
    intercept, slope = _line(Y)
    line = intercept[:, None] + slope[:, None] * t[None, :]
    theta2 = 2.0 * Y - line
    future = intercept[:, None] + slope[:, None] * (n - 1 + _steps(h))[None, :]
    return 0.5 * future + 0.5 * ses_core(theta2, h, alpha)


def seasonal_naive_core(Y, h, season=12) -> np.ndarray:
    k, n = Y.shape
    if n >= season:
        return Y[:, n - season + (np.arange(h) % season)]
    return np.repeat(Y[:, -1:], h, axis=1)


def _intervals_means(Y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean non-zero demand, mean interval (first = first index + 1) and share of months with
    demand of each row (0 where a row has none)."""
    pos = Y > 0
    count = pos.sum(axis=1)
    safe = np.maximum(count, 1)
    last = np.where(count > 0, Y.shape[1] - 1 - np.argmax(pos[:, ::-1], axis=1), 0)
    mean_size = np.where(pos, Y, 0.0).sum(axis=1) / safe
    mean_interval = (last + 1.0) / safe  # the intervals add up to the last demand's index + 1
    return mean_size, mean_interval, count / max(Y.shape[1], 1)


def _demand_sizes(Y: np.ndarray, alpha: float, init: str) -> tuple[np.ndarray, np.ndarray]:
    """SES of the non-zero demands of each row: (size, has any demand)."""
    k, n = Y.shape
    size = _intervals_means(Y)[0] if init == "mean" else np.zeros(k)
    seen = np.zeros(k, dtype=bool) if init == "first" else np.ones(k, dtype=bool)
    for t in range(n):
        pos = Y[:, t] > 0
        size = np.where(pos & seen, size + alpha * (Y[:, t] - size), np.where(pos, Y[:, t], size))
        seen |= pos
    return size, (Y > 0).any(axis=1)


def _check_init(init: str, allowed: tuple[str, ...] = INTERMITTENT_INITS) -> None:
    if init not in allowed:
        raise ValueError(f"init is one of {allowed}")


def sba_core(Y, h, alpha=SBA_ALPHA, init="first") -> np.ndarray:
    _check_init(init)
    k, n = Y.shape
    size, interval, _ = _intervals_means(Y)
    since = np.zeros(k)
    seen = np.zeros(k, dtype=bool) if init == "first" else np.ones(k, dtype=bool)
    for t in range(n):
        since += 1.0
        pos = Y[:, t] > 0
        upd = pos & seen
        first = pos & ~seen
        size = np.where(upd, size + alpha * (Y[:, t] - size), np.where(first, Y[:, t], size))
        interval = np.where(upd, interval + alpha * (since - interval),
                            np.where(first, since, interval))
        since = np.where(pos, 0.0, since)
        seen |= pos
    any_demand = (Y > 0).any(axis=1)
    rate = np.where(any_demand, (1.0 - alpha / 2.0) * size / np.where(any_demand, interval, 1.0), 0)
    return np.repeat(rate[:, None], h, axis=1)


def tsb_core(Y, h, alpha_d=TSB_ALPHA_D, alpha_p=TSB_ALPHA_P, init="first") -> np.ndarray:
    _check_init(init)
    ind = (Y > 0).astype(float)
    if init == "first":
        prob = ind[:, 0].copy()
        start = 1
    else:
        prob = _intervals_means(Y)[2]
        start = 0
    for t in range(start, Y.shape[1]):
        prob += alpha_p * (ind[:, t] - prob)
    size, any_demand = _demand_sizes(Y, alpha_d, init)
    rate = np.where(any_demand, prob * size, 0.0)
    return np.repeat(rate[:, None], h, axis=1)


# ---- public per-method functions --------------------------------------------------------


def _run(core, y, h, *args, **kwargs) -> np.ndarray:
    Y, one = _as_2d(y)
    _steps(h)
    if Y.shape[1] == 0:
        return _out(np.zeros((len(Y), h)), one)
    return _out(core(Y, h, *args, **kwargs), one)


def ses(y, h: int, alpha: float | None = None) -> np.ndarray:
    """Simple exponential smoothing; α fitted on SES_ALPHAS when None."""
    return _run(ses_core, y, h, alpha)


def holt(y, h: int, alpha: float | None = None, beta: float | None = None, init: str = "first") -> np.ndarray:
    """Holt's linear trend; α, β fitted on TREND_ALPHAS × TREND_BETAS when None; init
    "first" or "regression" (module docstring)."""
    return _run(holt_core, y, h, alpha, beta, init)


def damped(y, h: int, alpha: float | None = None, beta: float | None = None,
           phi: float | None = None, init: str = "first") -> np.ndarray:
    """Damped trend (Gardner & McKenzie); α, β, φ fitted on the grids when None; init
    "first" or "regression" (module docstring)."""
    return _run(damped_core, y, h, alpha, beta, phi, init)


def comb(y, h: int, init: str = "first") -> np.ndarray:
    """Comb S-H-D: the mean of the fitted SES, Holt and damped forecasts (the trend
    methods started by `init`)."""
    return _run(comb_core, y, h, init)


def theta(y, h: int, alpha: float | None = None) -> np.ndarray:
    """The classical Theta method: ½ theta-0 line + ½ SES of the theta-2 line."""
    return _run(theta_core, y, h, alpha)


def seasonal_naive(y, h: int, season: int = 12) -> np.ndarray:
    """The last `season` months repeated; a shorter series repeats its last month."""
    return _run(seasonal_naive_core, y, h, season)


def croston_sba(y, h: int, alpha: float = SBA_ALPHA, init: str = "first") -> np.ndarray:
    """Croston's method with the Syntetos–Boylan approximation (bias factor 1 − α/2).
    init "first": size and interval start at the first demand's (statsforecast's);
    "mean": they start at the mean demand and mean interval, and every demand updates them."""
    return _run(sba_core, y, h, alpha, init)


def tsb(y, h: int, alpha_d: float = TSB_ALPHA_D, alpha_p: float = TSB_ALPHA_P,
        init: str = "first") -> np.ndarray:
    """Teunter–Syntetos–Babai: demand probability × demand size, both by SES. init "first":
    the probability starts at the first month's indicator and the size at the first demand
    (statsforecast's); "mean": at the share of months with demand and the mean demand, and
    every month (every demand) updates them."""
    return _run(tsb_core, y, h, alpha_d, alpha_p, init)
