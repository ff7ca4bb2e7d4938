#!/usr/bin/env bash
# Start-up time and memory of EHC Plan Writer with a 10,000-plan caseload,
# measured on the real binary under Xvfb with its --timing output.
#
#   scripts/measure-startup.sh            (run from anywhere)
#
# Each run starts the app with a private HOME (never your own preferences
# or plans) and reads the lines --timing prints to stderr:
#   rows-shown  ms from process start until the caseload's rows are in the list
#   checked     ms until the background checker has marked every plan
#   settled     5 s after that (the memory the pass used has been handed back)
# with the RSS (VmRSS from /proc/self/status) at each. It runs RUNS times on
# the 10,000-plan store, RUNS times with a 40-outcome plan open on an area
# page of 10 outcomes (--open ID --page area:employment), and
# RUNS times on an empty store (the baseline: mostly Fyne, GLFW and, under
# Xvfb, Mesa's software renderer llvmpipe, which a laptop's GPU driver does
# not need), then prints the medians.
#
# Environment:
#   PERF_DIR  where the binaries, the stores and the logs go (default /tmp/ehcplan-perf)
#   RUNS      runs of each kind (default 3)
#   COUNT     plans in the big store (default 10000; a new COUNT needs a new PERF_DIR)
#   COLD=1    drop the OS file cache before each run (root only): a first start after boot
#   BACKUP=0  skip the daily backup; by default each run makes it (3 s after
#             start), as the first start of each day does
#   NO_BUILD=1  use the binaries in PERF_DIR as they are
#   GO, FYNE_TAGS (default migrated_fynedo)
# Needs: Xvfb (package xvfb); import (imagemagick) for the screenshots it keeps.
set -euo pipefail

cd "$(dirname "$0")/.."
GO=${GO:-go}
FYNE_TAGS=${FYNE_TAGS:-migrated_fynedo}
PERF_DIR=${PERF_DIR:-/tmp/ehcplan-perf}
RUNS=${RUNS:-3}
COUNT=${COUNT:-10000}
BACKUP=${BACKUP:-1}
PLAN40=40404040-4040-4040-8040-404040404040 # cmd/ehcplan/plan40_test.go
mkdir -p "$PERF_DIR"
PERF_DIR=$(cd "$PERF_DIR" && pwd)
BIG=$PERF_DIR/plans-$COUNT.db

command -v Xvfb >/dev/null || { echo "measure: Xvfb not found (apt-get install xvfb)"; exit 1; }

if [ -z "${NO_BUILD:-}" ]; then
	echo "measure: building into $PERF_DIR"
	"$GO" build -tags "$FYNE_TAGS" -o "$PERF_DIR/ehcplan" ./cmd/ehcplan
	"$GO" build -o "$PERF_DIR/ehcplanctl" ./cmd/ehcplanctl
fi
if [ ! -s "$BIG" ]; then
	echo "measure: making $BIG ($COUNT fictional plans and one 40-outcome plan)"
	rm -f "$BIG" "$BIG-wal" "$BIG-shm"
	"$PERF_DIR/ehcplanctl" demo --count "$COUNT" --db "$BIG" >/dev/null
fi
if ! "$PERF_DIR/ehcplanctl" export "$PLAN40" --db "$BIG" -o /dev/null 2>/dev/null; then
	EHCPLAN_PLAN40_OUT="$PERF_DIR/plan40.json" "$GO" test ./cmd/ehcplan -run '^TestPlan40$' -count=1 >/dev/null
	"$PERF_DIR/ehcplanctl" import "$PERF_DIR/plan40.json" --db "$BIG" >/dev/null
fi

# A display of our own.
DISP=88
while [ -e "/tmp/.X$DISP-lock" ] || [ -e "/tmp/.X11-unix/X$DISP" ]; do DISP=$((DISP + 1)); done
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ehcplan-measure.XXXXXX")
APP_PID= XVFB_PID=
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
	wait 2>/dev/null || true
	rm -rf "$TMP"
}
trap cleanup EXIT
Xvfb ":$DISP" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
export DISPLAY=":$DISP" LIBGL_ALWAYS_SOFTWARE=1
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

mkdir -p "$PERF_DIR/logs" "$PERF_DIR/shots"
RESULTS=$PERF_DIR/results.txt
: >"$RESULTS"

# run KIND N DB [ARGS...]: one start of the app; appends a line to RESULTS.
run() {
	local kind=$1 n=$2 db=$3
	shift 3
	local home=$TMP/home-$kind-$n log=$PERF_DIR/logs/$kind-$n.log
	rm -rf "$home"
	mkdir -p "$home/.config" "$home/.cache" "$home/.local/share" "$home/run"
	chmod 700 "$home/run"
	# Today's backup is made 3 s after start unless it exists.
	local today_backup
	today_backup=$(dirname "$db")/backups/plans-$(date +%F).db
	if [ "$BACKUP" = 1 ]; then
		rm -f "$today_backup"
	else
		mkdir -p "$(dirname "$today_backup")"
		touch "$today_backup"
	fi
	if [ -n "${COLD:-}" ]; then
		sync
		echo 3 >/proc/sys/vm/drop_caches || { echo "measure: COLD=1 needs root"; exit 1; }
	fi
	local launch
	launch=$(date +%s%3N)
	HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache \
		XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run \
		"$PERF_DIR/ehcplan" --db "$db" --timing "$@" >"$log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 600); do
		grep -q "timing: settled" "$log" && break
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.1
	done
	if command -v import >/dev/null; then
		import -window root "$PERF_DIR/shots/$kind-$n.png" 2>/dev/null || true
	fi
	kill "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
	grep -q "timing: settled" "$log" || { echo "measure: $kind run $n did not finish; see $log"; tail -5 "$log"; exit 1; }
	awk -v kind="$kind" -v n="$n" -v launch="$launch" '
		/ehcplan timing:/ {
			for (i = 1; i <= NF; i++) {
				if ($i == "ms") ms[$3] = $(i - 1)
				if ($i == "rss") rss[$3] = $(i + 1)
				if ($i == "unix-ms") unix[$3] = $(i + 1)
			}
		}
		END {
			printf "%-6s %d  rows-shown %5d ms (launch to rows %5d ms)  checked %6d ms  rss: rows %6.1f  checked %6.1f  settled %6.1f MB\n",
				kind, n, ms["rows-shown"], unix["rows-shown"] - launch, ms["checked"],
				rss["rows-shown"], rss["checked"], rss["settled"]
		}' "$log" | tee -a "$RESULTS"
}

EMPTY_DIR=$TMP/empty
for n in $(seq 1 "$RUNS"); do
	mkdir -p "$EMPTY_DIR"
	rm -f "$EMPTY_DIR"/plans.db*
	run empty "$n" "$EMPTY_DIR/plans.db"
done
for n in $(seq 1 "$RUNS"); do run big "$n" "$BIG"; done
for n in $(seq 1 "$RUNS"); do run open40 "$n" "$BIG" --open "$PLAN40" --page area:employment; done

# Medians of each kind.
echo
echo "medians of $RUNS runs ($COUNT plans; RSS in MB; ${COLD:+cold file cache, }$([ "$BACKUP" = 1 ] && echo "with the daily backup, ")Xvfb + llvmpipe):"
for kind in empty big open40; do
	grep "^$kind " "$RESULTS" | awk -v kind="$kind" '
		{ rows[NR] = $4; launch[NR] = $9; rssc[NR] = $18; rsss[NR] = $20 }
		function median(a, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			return a[int((n + 1) / 2)]
		}
		END { printf "  %-6s rows-shown %5d ms  launch-to-rows %5d ms  RSS after scan %6.1f  settled %6.1f\n",
			kind, median(rows, NR), median(launch, NR), median(rssc, NR), median(rsss, NR) }'
done | tee "$PERF_DIR/medians.txt"
base=$(awk '$1 == "empty" { print $NF }' "$PERF_DIR/medians.txt")
awk -v base="$base" '$1 != "empty" { printf "  %-6s settled RSS minus the empty-store baseline: %.1f MB\n", $1, $NF - base }' "$PERF_DIR/medians.txt"
echo "logs: $PERF_DIR/logs  screenshots: $PERF_DIR/shots"
