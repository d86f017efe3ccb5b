"""The statistical baseline (sopdesk/planning/forecast.py) against issue 13's targets: 500
items × 36 months in ≤ 1 s, and on ≥ 500 monthly series a MASE no worse than statsforecast's
AutoETS at ≥ 20× its speed.

Series: synthetic (seeded) groups — level, trend, damped trend, multiplicative seasonal with
and without trend, smooth/erratic with level shifts, intermittent, lumpy, and short
histories (6–18 months) — plus real monthly series the dependencies ship (AirPassengers
from statsforecast, statsmodels' El Niño sea temperatures), cut into windows. Each series
holds out its last 6 months; MASE scales by the in-sample seasonal-naive error (lag 12,
lag 1 for 12 months or fewer); a series whose scale is 0 is left out of the means (counted).
Every method's forecasts are clipped at 0 (demand), AutoETS's too.

Baselines in the same run, on the same series: statsforecast's AutoETS(season_length=12)
and SeasonalNaive(12) through StatsForecast(..., n_jobs=1).forecast, as a user calls them
(timed after a warm-up call, so its start-up is not counted); AutoETS falls back to Naive on
the series it refuses as "tiny datasets". They are not sopdesk
dependencies; run it where statsforecast is installed (pip install -e ".[bench]" in a
separate virtualenv: statsforecast wants pandas < 3):

    python benchmarks/forecast_accuracy.py [--runs 5] [--seed 1] [--horizon 6]

Without statsforecast the speed part runs alone and says so.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from sopdesk.planning import forecast as fc  # noqa: E402


def synthetic(seed: int, h: int) -> list[tuple[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    out: list[tuple[str, np.ndarray]] = []

    def season(amp):
        phase = rng.integers(0, 12)
        shape = rng.choice(["sine", "peak"])
        m = np.arange(12)
        if shape == "sine":
            s = 1 + amp * np.sin(2 * np.pi * (m + phase) / 12)
        else:  # a peak season of 2-3 months (e.g. before the Spring Festival)
            s = np.ones(12)
            s[(phase + np.arange(rng.integers(2, 4))) % 12] += 2.5 * amp
        return s / s.mean()

    for _ in range(70):  # level + noise
        n = int(rng.integers(24, 61)) + h
        out.append(("level", 100 * rng.uniform(0.5, 5) * (1 + rng.normal(0, rng.uniform(0.05, 0.3), n))))
    for _ in range(70):  # linear trend
        n = int(rng.integers(24, 61)) + h
        base = rng.uniform(50, 500)
        slope = base * rng.uniform(-0.015, 0.03)
        out.append(("trend", base + slope * np.arange(n) + rng.normal(0, base * rng.uniform(0.03, 0.15), n)))
    for _ in range(60):  # damped / saturating growth
        n = int(rng.integers(24, 61)) + h
        base = rng.uniform(50, 500)
        t = np.arange(n)
        y = base * (1 + rng.uniform(0.5, 1.5) * (1 - np.exp(-t / rng.uniform(8, 25))))
        out.append(("damped", y * (1 + rng.normal(0, 0.08, n))))
    for _ in range(80):  # seasonal, no trend
        n = int(rng.integers(24, 61)) + h
        s = season(rng.uniform(0.2, 0.5))
        y = rng.uniform(50, 500) * s[np.arange(n) % 12] * (1 + rng.normal(0, rng.uniform(0.03, 0.12), n))
        out.append(("seasonal", y))
    for _ in range(80):  # seasonal with trend
        n = int(rng.integers(24, 61)) + h
        s = season(rng.uniform(0.2, 0.5))
        base = rng.uniform(50, 500)
        lvl = base * (1 + rng.uniform(-0.005, 0.02) * np.arange(n))
        out.append(("seasonal+trend", lvl * s[np.arange(n) % 12] * (1 + rng.normal(0, 0.07, n))))
    for _ in range(50):  # erratic with a level shift
        n = int(rng.integers(24, 61)) + h
        lvl = np.where(np.arange(n) < rng.integers(6, n - 6), 1.0, rng.uniform(0.5, 1.8))
        out.append(("erratic", rng.uniform(50, 300) * lvl * rng.gamma(1.5, 1 / 1.5, n)))
    for _ in range(60):  # intermittent
        n = int(rng.integers(24, 61)) + h
        occ = rng.random(n) < rng.uniform(0.15, 0.6)
        out.append(("intermittent", occ * np.round(rng.uniform(5, 50) * rng.uniform(0.8, 1.2, n))))
    for _ in range(50):  # lumpy
        n = int(rng.integers(24, 61)) + h
        occ = rng.random(n) < rng.uniform(0.1, 0.5)
        out.append(("lumpy", occ * np.round(rng.uniform(5, 50) * rng.gamma(0.7, 1 / 0.7, n))))
    for _ in range(80):  # short histories
        n = int(rng.integers(6, 19)) + h
        base = rng.uniform(20, 300)
        slope = base * rng.uniform(-0.01, 0.04)
        out.append(("short", base + slope * np.arange(n) + rng.normal(0, base * 0.1, n)))
    return [(g, np.maximum(np.round(y, 1), 0.0)) for g, y in out]


def real_series(h: int) -> list[tuple[str, np.ndarray]]:
    out = []
    window = 48 + h
    try:
        from statsforecast.utils import AirPassengers
        ap = np.asarray(AirPassengers, float)
        out += [("real", ap[i : i + window]) for i in range(0, len(ap) - window + 1, window // 2)]
    except ImportError:
        pass
    try:
        import statsmodels.api as sm
        el = sm.datasets.elnino.load_pandas().data.iloc[:, 1:].to_numpy(float).ravel()
        out += [("real", el[i : i + window]) for i in range(0, len(el) - window + 1, window)]
    except ImportError:
        pass
    return out


def padded(series: list[np.ndarray], h: int) -> np.ndarray:
    """The histories as one (items, months) array, shorter ones led by zeros (leading zeros are
    months before an item's first demand: the baseline skips them)."""
    months = max(len(y) for y in series) - h
    H = np.zeros((len(series), months))
    for i, y in enumerate(series):
        hist = y[:-h]
        H[i, months - len(hist) :] = hist
    return H


def best_time(fn, runs: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def statsforecast_run(series, h, runs):
    try:
        import pandas as pd
        from statsforecast import StatsForecast
        from statsforecast.models import AutoETS, Naive, SeasonalNaive
    except ImportError:
        return None
    rows = []
    for i, y in enumerate(series):
        hist = y[:-h]
        rows.append(pd.DataFrame({"unique_id": i, "y": hist,
                                  "ds": pd.date_range("2020-01-01", periods=len(hist), freq="MS")}))
    df = pd.concat(rows, ignore_index=True)
    out = {}
    for name, model in (("AutoETS", AutoETS(season_length=12)), ("SeasonalNaive", SeasonalNaive(12))):
        def call(model=model):
            # AutoETS refuses "tiny datasets" (few months): statsforecast's fallback, Naive
            sf = StatsForecast(models=[model], freq="MS", n_jobs=1, fallback_model=Naive())
            return sf.forecast(df=df, h=h)
        call()  # warm-up
        t, res = best_time(call, runs)
        col = [c for c in res.columns if c not in ("unique_id", "ds")][0]
        res = res.sort_values(["unique_id", "ds"])
        vals = res[col].to_numpy(float).reshape(len(series), h)
        out[name] = (t, np.maximum(vals, 0.0))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--horizon", type=int, default=6)
    args = ap.parse_args()
    h = args.horizon

    # speed: 500 items × 36 months
    rng = np.random.default_rng(args.seed)
    t = np.arange(36)
    speed = np.maximum(0.0, 100 + 2 * t + 25 * np.sin(2 * np.pi * t / 12) + rng.normal(0, 10, (500, 36)))
    speed[:150] *= rng.random((150, 36)) < 0.4  # intermittent
    speed[150:250, :12] = 0  # launched a year later
    fc.forecast(speed, h)
    t500, res = best_time(lambda: fc.forecast(speed, h), args.runs)
    print(f"speed: 500 items x 36 months, horizon {h}: {t500 * 1000:.1f} ms (target <= 1000 ms); "
          f"methods {dict(Counter(res.method))}")

    data = synthetic(args.seed, h) + real_series(h)
    groups = np.array([g for g, _ in data])
    series = [y for _, y in data]
    H = padded(series, h)
    actual = np.stack([y[-h:] for y in series])
    t_ours, res = best_time(lambda: fc.forecast(H, h), args.runs)
    t_comb, comb_vals = best_time(lambda: np.stack([fc.comb(y[:-h], h) for y in series]), 1)
    scales_ok = []
    methods = {"sopdesk chosen": res.values, "sopdesk Comb always": comb_vals}
    sf = statsforecast_run(series, h, args.runs)
    if sf is None:
        print("statsforecast is not installed: accuracy against sopdesk's own Comb only")
    else:
        for name, (_, vals) in sf.items():
            methods[f"statsforecast {name}"] = vals
    mase = {name: np.array([fc.mase(actual[i], v[i], series[i][:-h], 12) for i in range(len(series))])
            for name, v in methods.items()}
    scales_ok = np.isfinite(mase["sopdesk chosen"])
    print(f"accuracy: {len(series)} series ({int((groups == 'real').sum())} real windows), "
          f"horizon {h}; {int((~scales_ok).sum())} left out (in-sample scale 0)")
    names = list(methods)
    head = f"{'group':<15}{'n':>4}" + "".join(f"{n:>22}" for n in names)
    print("mean MASE\n" + head)
    for g in [*dict.fromkeys(groups), "ALL"]:
        sel = scales_ok & ((groups == g) if g != "ALL" else True)
        print(f"{g:<15}{int(sel.sum()):>4}" + "".join(f"{np.nanmean(mase[n][sel]):>22.3f}" for n in names))
    sel = scales_ok
    print(f"{'median ALL':<15}{int(sel.sum()):>4}" + "".join(f"{np.nanmedian(mase[n][sel]):>22.3f}" for n in names))
    print("(SeasonalNaive gives no forecast for fewer than 12 months: those series are left out "
          "of its column only)")
    print(f"sopdesk methods chosen: {dict(Counter(res.method))}; seasonal {sum(res.seasonal)}")
    print(f"time sopdesk forecast(): {t_ours * 1000:.1f} ms for {len(series)} series")
    if sf is not None:
        for name, (tb, _) in sf.items():
            print(f"time statsforecast {name}: {tb * 1000:.1f} ms -> sopdesk is {tb / t_ours:.1f}x faster")
        ratio = mase["sopdesk chosen"][sel].mean() / mase["statsforecast AutoETS"][sel].mean()
        print(f"MASE ratio sopdesk / AutoETS: {ratio:.3f} (target <= 1); "
              f"speed ratio AutoETS / sopdesk: {sf['AutoETS'][0] / t_ours:.1f} (target >= 20)")


if __name__ == "__main__":
    main()
