#!/usr/bin/env bash
# startup-report.sh [RUNS] [-- TIERPY-ARGS...]: what a tierpy start costs. Prints the best wall and CPU
# (user+sys) time of RUNS runs (default 10; the host is shared, so compare minima taken in the same
# minute), then the classes the run defines itself instead of taking them from the AOT cache, by kind:
# LambdaForms, pattern-switch (TypeSwitch) and record (ObjectMethods) bootstraps, annotation proxies
# and lambdas are spun with the class-file API at run time, which is where start-up time goes once the
# cache holds everything else. Default program: -c pass.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=${1:-10}
[ $# -gt 0 ] && shift
[ "${1:-}" = -- ] && shift
[ $# -gt 0 ] || set -- -c pass
"$root/tierpy" "$@" >/dev/null 2>&1 || true  # build and train first
export TIERPY_NO_BUILD=1
times=$(mktemp)
log=$(mktemp)
trap 'rm -f "$times" "$log"' EXIT
for _ in $(seq "$runs"); do
  /usr/bin/time -a -o "$times" -f "%e %U %S" "$root/tierpy" "$@" >/dev/null 2>&1 || true
done
awk '{w = $1; c = $2 + $3; if (NR == 1 || w < bw) bw = w; if (NR == 1 || c < bc) bc = c}
     END {printf "best of %d: wall %.3f s, cpu %.3f s\n", NR, bw, bc}' "$times"
TIERPY_JAVA_OPTS="-Xlog:class+load=info:file=$log" "$root/tierpy" "$@" >/dev/null 2>&1 || true
printf 'classes loaded: %d, from the AOT cache or CDS archive: %d\n' "$(wc -l <"$log")" \
  "$(grep -c 'shared objects file' "$log" || true)"
echo "defined at run time, by kind:"
grep -v 'shared objects file' "$log" | awk '{print $2}' | sed -e 's|/0x.*||' -e 's|\$[0-9]*$||' | sort | uniq -c | sort -rn | head -25
