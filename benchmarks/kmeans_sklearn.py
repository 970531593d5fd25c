"""scikit-learn baseline for `npm run bench:kmeans`.

    /usr/bin/python3 benchmarks/kmeans_sklearn.py FILE.csv --k 3 --restarts 10 [--seed 0]

Loads the CSV fully (a header line is skipped when it is not numeric), then times only
KMeans(n_clusters=k, n_init=restarts, algorithm='lloyd', init='k-means++').fit(X) and
prints {"ms": ..., "cpuMs": ..., "inertia": ..., "iterations": ..., "threads": ...} on one line
(cpuMs: processor time of all threads together).
"""
import argparse
import json
import os
import time

import numpy as np
from sklearn.cluster import KMeans


def load(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    try:
        [float(x) for x in first.strip().split(",")]
        skip = 0
    except ValueError:
        skip = 1
    return np.loadtxt(path, delimiter=",", skiprows=skip, dtype=np.float64, ndmin=2)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--k", type=int, default=3)
    p.add_argument("--restarts", type=int, default=10)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    X = load(a.file)
    km = KMeans(n_clusters=a.k, n_init=a.restarts, algorithm="lloyd", init="k-means++", random_state=a.seed)
    t0 = time.perf_counter()
    c0 = time.process_time()
    km.fit(X)
    ms = (time.perf_counter() - t0) * 1000
    cpu_ms = (time.process_time() - c0) * 1000
    try:
        from threadpoolctl import threadpool_info
        threads = max((i.get("num_threads", 1) for i in threadpool_info()), default=os.cpu_count())
    except Exception:  # threadpoolctl is a scikit-learn dependency, but be safe
        threads = os.cpu_count()
    print(json.dumps({"ms": ms, "cpuMs": cpu_ms, "inertia": float(km.inertia_), "iterations": int(km.n_iter_), "threads": threads}))


if __name__ == "__main__":
    main()
