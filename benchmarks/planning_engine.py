"""The MRP engine (sopdesk/planning/mrp.py) against issue 12's target: 500 finished goods,
2,000 materials, a 3-level BOM, 26 weeks in ≤ 50 ms.

Baseline, in the same run: `reference_plan`, the straightforward per-item pure-Python MRP
on the same input (the tests' oracle). Prints the best of --runs for both, the ratio, and
checks that both give the same plan.

    python benchmarks/planning_engine.py [--runs 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from sopdesk.planning.mrp import SCALE, BomEdge, PlanInput, PlanItem, plan, reference_plan  # noqa: E402

FINISHED, SEMI, MATERIALS, WEEKS = 500, 600, 2000, 26


def factory(seed: int) -> PlanInput:
    rng = random.Random(seed)
    n = FINISHED + SEMI + MATERIALS
    items = [PlanItem(f"I{i:05d}", lead_weeks=rng.randint(0, 4), safety_stock=rng.choice([0, 0, 50]) * SCALE,
                      min_lot=rng.choice([0, 100]) * SCALE, multiple=rng.choice([0, 0, 25]) * SCALE)
             for i in range(n)]
    bom = []
    for p in range(FINISHED):  # level 1: 2-4 subassemblies and 1-3 materials
        for s in rng.sample(range(FINISHED, FINISHED + SEMI), rng.randint(2, 4)):
            bom.append(BomEdge(p, s, rng.randint(1, 3) * SCALE))
        for m in rng.sample(range(FINISHED + SEMI, n), rng.randint(1, 3)):
            bom.append(BomEdge(p, m, rng.randint(1, 20_000)))
    for s in range(FINISHED, FINISHED + SEMI):  # level 2: 3-6 materials
        for m in rng.sample(range(FINISHED + SEMI, n), rng.randint(3, 6)):
            bom.append(BomEdge(s, m, rng.randint(1, 50_000)))
    demand = np.zeros((n, WEEKS), dtype=np.int64)
    for p in range(FINISHED):
        for t in range(WEEKS):
            if rng.random() < 0.4:
                demand[p, t] = rng.randint(1, 200) * SCALE
    scheduled = np.zeros((n, WEEKS), dtype=np.int64)
    for m in range(FINISHED + SEMI, n):
        if rng.random() < 0.3:
            scheduled[m, rng.randrange(WEEKS)] = rng.randint(50, 500) * SCALE
    on_hand = np.array([rng.randint(0, 400) * SCALE for _ in range(n)], dtype=np.int64)
    return PlanInput(items, WEEKS, on_hand, demand, scheduled, bom)


def best(fn, data, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn(data)
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    data = factory(args.seed)
    engine_s, got = best(plan, data, args.runs)
    reference_s, want = best(reference_plan, data, max(1, args.runs // 2))
    same = all(np.array_equal(getattr(got, k), getattr(want, k)) for k in ("receipts", "releases", "projected"))
    print(f"{len(data.items)} items, {len(data.bom)} BOM lines, {WEEKS} weeks, "
          f"{int((got.receipts > 0).sum())} planned orders")
    print(f"engine {engine_s * 1000:.1f} ms, reference {reference_s * 1000:.1f} ms, "
          f"ratio {reference_s / engine_s:.1f}x; same plan: {same}; target ≤ 50 ms: "
          f"{'met' if engine_s <= 0.05 else 'NOT met'}; load {os.getloadavg()[0]:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
