#!/usr/bin/env bash
# Wall time of `./authdash users list` from the repo root: median of many runs (hyperfine).
# Usage: bench/cli/users-list.sh [USERS] [RUNS]   (needs the built jar and hyperfine)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
users="${1:-50}"
runs="${2:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AUTH_DB_PATH="$work/auth.db"
unset AUTH_SESSION_STORE REDIS_URI

cd "$root"
./authdash init >/dev/null
for i in $(seq 1 "$users"); do
  ./authdash users create "user$i" --generate-password >/dev/null
done
# The build wrote the class-data archive; hyperfine's warm-up only warms the page cache.
hyperfine --warmup 3 --runs "$runs" --export-json "$work/result.json" \
  "./authdash users list" "./authdash users list --json"
python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f'{r["command"]}: median {r["median"]*1000:.0f} ms, mean {r["mean"]*1000:.0f} ms, '
          f'min {r["min"]*1000:.0f} ms, max {r["max"]*1000:.0f} ms over {len(r["times"])} runs')
median = results[0]["median"] * 1000
print(f'target: ./authdash users list median < 400 ms (quiet machine): {median:.0f} ms -> '
      f'{"holds" if median < 400 else "MISSED"}')
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
