#!/usr/bin/env bash
# Scale benchmark (issue 13, items 8-9): inputs that once made plancheck quadratic or exponential, each at
# 1×, 10× and 50× its base size, checked by the binary with /usr/bin/time. Prints wall time and peak memory
# per size and the ratio to the 1× row: linear cost shows as ≈10 and ≈50 (memory: the fixed cost of the
# process, about 10 MB, plus what grows with the input).
#
#   scripts/bench-scale.sh [CASE…]   cases: circled yearly deadlines nocomma bodies dutyless summaries paragraph plaintext widetable cells disable glob (all)
#   env: BUILD_DIR (build), OUT (temporary folder for the generated inputs)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
PLANCHECK=$BUILD/checker/plancheck
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
[[ -x /usr/bin/time ]] || { echo "bench-scale: needs GNU time (apt-get install time)" >&2; exit 2; }
[[ -x $PLANCHECK ]] || { echo "bench-scale: build plancheck first ($PLANCHECK)" >&2; exit 2; }

# make CASE SCALE FILE: writes the input of CASE at SCALE (1, 10 or 50) to FILE.
make_input() {
  python3 - "$1" "$2" "$3" "$ROOT" <<'PY'
import sys, pathlib
case, scale, out, root = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
head = "# 网络安全事件应急预案\n\n## 一、总则\n\n"
if case == "circled":      # one paragraph of ① (NFKC: a run of digits)
    body = head + "①" * (2000 * scale) + "\n"
elif case == "yearly":     # 每年 in one sentence
    body = head + "演练" + "每年" * (320 * scale) + "组织一次。\n"
elif case == "deadlines":  # 2小时内 in one clause
    body = head + "发生事件后" + "2小时内" * (160 * scale) + "报告。\n"
elif case == "nocomma":    # one long sentence without 。, made of plan text
    text = pathlib.Path(root, "samples/chongqing-plan.md").read_text(encoding="utf-8")
    words = "".join(ch for ch in text if ch not in "。！？；\n#")
    body = head + (words * 100)[: 20000 * scale] + "\n"
elif case == "bodies":     # one sentence naming bodies again and again (the role rules' duty search)
    body = head + "集团网信办、市委网信办和应急办在2小时内报告上述单位，成员包括办公室" * (1000 * scale) + "\n"
elif case == "dutyless":   # one sentence naming bodies with no duty: each name's sentence was searched again
    body = head + "应急办、办公室和领导小组及网信办，" * (1000 * scale) + "\n"
elif case == "summaries":  # one sentence of summary-report deadlines sent inside (the deadline rules)
    body = head + "事件处置结束后30日内形成总结报告报领导小组，" * (1000 * scale) + "\n"
elif case == "paragraph":  # the seed plans' text as one paragraph, sentences kept (≈100 KB, 1 MB, 5 MB)
    seeds = sorted(pathlib.Path(root, "tests/data/seeds").glob("*.txt"))
    one = "".join(f.read_text(encoding="utf-8").replace("\r", "").replace("\n", "") for f in seeds)
    body = head + one * max(1, 100000 * scale // len(one.encode())) + "\n"
elif case == "plaintext":  # a large plain-text plan: the sample plan repeated
    text = pathlib.Path(root, "tests/data/seeds").glob("*.txt")
    one = pathlib.Path(sorted(text)[0]).read_text(encoding="utf-8")
    body = one * (40 * scale)    # 1 MB, 10 MB, 50 MB
elif case == "widetable":  # a 2,000-column header over short rows: md4c pads every row to the header's width
    header = "|" + "".join(f" 列{i} |" for i in range(2000)) + "\n|" + " --- |" * 2000 + "\n"
    body = head + header + "| 组长 | 张三 | 110 |\n" * (300 * scale)
elif case == "cells":      # two gap-separated lines of many cells (each cell's column was measured from the line's start)
    body = "一、表\n" + ("  ".join(["甲乙丙丁戊"] * (800 * scale)) + "\n") * 2
elif case == "disable":    # plancheck-disable-next-line before every line
    body = head + "".join(f"<!-- plancheck-disable-next-line drill.frequency -- 测试 -->\n第{i}行。\n" for i in range(2000 * scale))
pathlib.Path(out).write_text(body, encoding="utf-8")
PY
}

# row CASE SCALE SIZE COMMAND…: one line with the time and peak memory of COMMAND.
row() {
  local case=$1 scale=$2 size=$3; shift 3
  local stats; stats=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>&1 || true
  read -r wall rss_kb < <(tail -n 1 "$stats"); rm -f "$stats"
  [[ $scale == 1 ]] && { base_wall=$wall; base_rss=$rss_kb; }
  awk -v c="$case" -v s="$scale" -v z="$size" -v w="$wall" -v r="$rss_kb" -v bw="$base_wall" -v br="$base_rss" 'BEGIN {
    if (bw < 0.01) bw = 0.01
    printf "%-10s %4s× %10d %9.2f %7.1f× %9.1f %7.1f×\n", c, s, z, w, (w < 0.01 ? 0.01 : w) / bw, r / 1024, r / br }'
}

glob_case() {  # a waiver file whose path glob has 4, 40 or 200 stars
  local scale=$1 file=$OUT/glob-$1.xml stars=""
  for ((i = 0; i < 4 * scale; i++)); do stars+="*a"; done
  cat >"$file" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<waivers>
  <waiver rule="drill.frequency" plans="${stars}b" approver="bench" expires="2099-12-31">bench</waiver>
</waivers>
XML
  echo "$file"
}

cases=("$@")
[[ ${#cases[@]} -eq 0 ]] && cases=(circled yearly deadlines nocomma bodies dutyless summaries paragraph plaintext widetable cells disable glob)
echo "plancheck scale benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-10s %5s %10s %9s %8s %9s %8s\n" "case" "scale" "bytes" "wall s" "ratio" "peak MB" "ratio"
for c in "${cases[@]}"; do
  for scale in 1 10 50; do
    if [[ $c == glob ]]; then
      waivers=$(glob_case "$scale")
      long=$(printf 'a%.0s' $(seq 1 200))  # a path of long names: each start is tried against every star
      mkdir -p "$OUT/$long"
      plan=$OUT/$long/$long.md
      make_input yearly 1 "$plan"
      row "$c" "$scale" "$(stat -c %s "$waivers")" "$PLANCHECK" check "$plan" --waivers "$waivers" --format json
      continue
    fi
    ext=md; [[ $c == plaintext || $c == cells ]] && ext=txt
    input=$OUT/$c-$scale.$ext
    make_input "$c" "$scale" "$input"
    row "$c" "$scale" "$(stat -c %s "$input")" "$PLANCHECK" check "$input" --format json \
      --max-file-size 1G --max-sentence-length 10000000 --max-line-length 100000000 --max-time-per-plan 3600
  done
done
