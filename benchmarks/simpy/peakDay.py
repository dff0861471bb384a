"""PEAK-DAY in SimPy 3: the model of benchmarks/peakDayInput.ts, for a cost comparison.

One department, 460 expected visitors from 8:45 to 17:15 with the same hourly profile
(non-homogeneous Poisson arrivals by inversion of the cumulative rate), half a minute's walk
to the counter, 14 counters with one staff member each, first come first served, lognormal
service (mean 12 min, cv 0.6), half a minute's walk out. Collects what the wardsim day reports
on waits (mean, p50/p90/p95, max, share within 30 min) and counter use per 15-minute interval.

Prints one JSON line: {"msPerDay": ..., "days": ..., "visitors": ..., "meanWaitMin": ...}.
Usage: python3 benchmarks/simpy/peakDay.py [days]
"""
import json
import math
import random
import sys
import time

import simpy

OPEN, CLOSE = 525.0, 1035.0
EXPECTED = 460.0
COUNTERS = 14
MEAN, CV = 12.0, 0.6
WALK = 0.5
INTERVAL = 15.0
PROFILE = [(525, 540, 0.02), (540, 600, 0.14), (600, 660, 0.17), (660, 720, 0.13), (720, 780, 0.09),
           (780, 840, 0.125), (840, 900, 0.125), (900, 960, 0.105), (960, 1020, 0.08), (1020, 1035, 0.015)]
SIGMA2 = math.log(1 + CV * CV)
MU, SIGMA = math.log(MEAN) - SIGMA2 / 2, math.sqrt(SIGMA2)
RATES = [(a, b, EXPECTED * s / (b - a)) for a, b, s in PROFILE]  # per minute
BINS = int(math.ceil((CLOSE - OPEN) / INTERVAL))


def next_arrival(rng, t):
    """Next arrival after t by inverting the integrated piecewise-constant rate (None: day over)."""
    need = rng.expovariate(1.0)
    for a, b, rate in RATES:
        if b <= t or rate <= 0:
            continue
        start = max(t, a)
        mass = rate * (b - start)
        if mass >= need:
            return start + need / rate
        need -= mass
    return None


def day(seed):
    rng = random.Random(seed)
    env = simpy.Environment(initial_time=OPEN)
    counters = simpy.Resource(env, capacity=COUNTERS)
    waits = []
    busy = [0.0] * BINS
    state = {"busy": 0, "since": OPEN}

    def book(now):
        # Integral of busy counters per interval (what the wardsim day reports as utilisation).
        t = state["since"]
        while t < now:
            i = int((t - OPEN) // INTERVAL)
            if i >= BINS:
                break
            end = min(now, OPEN + (i + 1) * INTERVAL)
            busy[i] += state["busy"] * (end - t)
            t = end
        state["since"] = now

    def visitor(env):
        yield env.timeout(WALK)
        joined = env.now
        with counters.request() as req:
            yield req
            waits.append(env.now - joined)
            book(env.now)
            state["busy"] += 1
            yield env.timeout(rng.lognormvariate(MU, SIGMA))
            book(env.now)
            state["busy"] -= 1
        yield env.timeout(WALK)

    def source(env):
        t = OPEN
        while True:
            t = next_arrival(rng, t)
            if t is None or t >= CLOSE:
                return
            yield env.timeout(t - env.now)
            env.process(visitor(env))

    env.process(source(env))
    env.run()
    waits.sort()
    n = len(waits)

    def q(p):
        h = (n - 1) * p
        lo = int(math.floor(h))
        hi = min(n - 1, lo + 1)
        return waits[lo] + (h - lo) * (waits[hi] - waits[lo])

    return {"n": n, "mean": sum(waits) / n, "p50": q(0.5), "p90": q(0.9), "p95": q(0.95), "max": waits[-1],
            "within": sum(1 for w in waits if w <= 30) / n, "busy": busy}


def main():
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    for s in range(20):
        day(10_000 + s)  # warm-up
    t0 = time.perf_counter()
    visitors = 0
    wait = 0.0
    for s in range(days):
        r = day(s)
        visitors += r["n"]
        wait += r["mean"]
    ms = (time.perf_counter() - t0) * 1000 / days
    print(json.dumps({"msPerDay": round(ms, 3), "days": days, "visitors": visitors / days, "meanWaitMin": round(wait / days, 3),
                      "simpy": simpy.__version__, "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
