#!/usr/bin/env python3
"""The burst phase of bench/web/run: N people register at the same moment, on a cold hashing pool.

burst.py BASE_URL N PASSWORD
  Each person first loads /register (its own CSRF cookie and token), then all post the form at the
  same instant (a barrier). Prints one line:
  BURST n=N ok=.. refused=.. errors=.. p50_ms=.. p99_ms=.. max_ms=..
  ok: 303 to /dashboard; refused: 503 busy (no retry: the burst measures admission); errors: else.
"""
import sys
import threading
import time

from seed import form, request


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def main():
    base, n, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    stamp = int(time.time())
    forms = [form(base, "/register") for _ in range(n)]
    barrier = threading.Barrier(n)
    results = [None] * n

    def person(i):
        cookie, token = forms[i]
        fields = {"username": f"burst{stamp % 100000:05d}x{i:03d}", "password": password,
                  "confirmPassword": password, "csrfToken": token}
        barrier.wait()
        start = time.perf_counter()
        try:
            status, location, _, _ = request(base, "POST", "/register", cookie, fields)
        except Exception:  # a refused or reset connection counts as an error
            status, location = 0, None
        results[i] = (status, location, (time.perf_counter() - start) * 1000)

    threads = [threading.Thread(target=person, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok = sum(1 for s, loc, _ in results if s == 303 and loc == "/dashboard")
    refused = sum(1 for s, _, _ in results if s == 503)
    times = sorted(ms for _, _, ms in results)
    print(f"BURST n={n} ok={ok} refused={refused} errors={n - ok - refused} "
          f"p50_ms={percentile(times, 50):.1f} p99_ms={percentile(times, 99):.1f} "
          f"max_ms={times[-1]:.1f}")


if __name__ == "__main__":
    main()
