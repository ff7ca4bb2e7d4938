#!/usr/bin/env bash
# GUI smoke test: open EHC Plan Writer on a throwaway store under Xvfb, check it
# stays up, draws something and logs no panic, and keep a screenshot.
#
#   scripts/smoke.sh            (run from anywhere; builds bin/ first)
#
# Environment: GO (default go), FYNE_TAGS (default migrated_fynedo),
# GOBUILDFLAGS, SMOKE_NO_BUILD=1 to use bin/ as it is, SMOKE_WAIT (seconds
# before the first screenshot, default 5), SMOKE_SHOT (screenshot path,
# default shots/smoke.png; a copy cropped to the window goes beside it).
# Needs: xvfb (Xvfb), imagemagick (import, convert).
# Never touches your real store or preferences: HOME and XDG_* point at a temp dir.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

GO=${GO:-go}
FYNE_TAGS=${FYNE_TAGS:-migrated_fynedo}
WAIT=${SMOKE_WAIT:-5}
SHOT=${SMOKE_SHOT:-$ROOT/shots/smoke.png}
case "$SHOT" in /*) ;; *) SHOT="$ROOT/$SHOT" ;; esac

# Prefer ImageMagick's own convert over any stand-in earlier on PATH.
CONVERT=convert
[ -x /usr/bin/convert ] && CONVERT=/usr/bin/convert

fail() {
	echo "smoke: FAIL: $*"
	if [ -n "${LOG:-}" ] && [ -s "$LOG" ]; then
		echo "---- last 40 lines of the app's log (kept as ${SHOT%.png}.log) ----"
		tail -n 40 "$LOG"
		echo "----"
	fi
	echo "smoke: 0 passed, 1 failed"
	exit 1
}

for tool in Xvfb import "$CONVERT"; do
	command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (install: xvfb imagemagick, or run make test)"
done

if [ -z "${SMOKE_NO_BUILD:-}" ]; then
	# shellcheck disable=SC2086 # GOBUILDFLAGS is a list of flags
	"$GO" build ${GOBUILDFLAGS:-} -tags "$FYNE_TAGS" -o bin/ehcplan ./cmd/ehcplan || fail "could not build bin/ehcplan"
	# shellcheck disable=SC2086
	"$GO" build ${GOBUILDFLAGS:-} -o bin/ehcplanctl ./cmd/ehcplanctl || fail "could not build bin/ehcplanctl"
fi
[ -x bin/ehcplan ] || fail "bin/ehcplan missing"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ehcplan-smoke.XXXXXX")
LOG=$TMP/app.log
APP_PID=
XVFB_PID=
cleanup() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.3; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	if [ -n "${LOG:-}" ] && [ -f "$LOG" ]; then
		cp "$LOG" "${SHOT%.png}.log" 2>/dev/null || true
	fi
	if [ -n "$XVFB_PID" ]; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
	fi
	rm -rf "$TMP"
}
trap cleanup EXIT

# A private home, so the app's default store and Fyne's preferences stay in $TMP.
export HOME=$TMP/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share \
	XDG_CACHE_HOME=$HOME/.cache XDG_STATE_HOME=$HOME/.local/state
export XDG_RUNTIME_DIR=$TMP/run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# The store: demo plans if ehcplanctl can make them, else the fixtures, else empty.
DB=$TMP/plans.db
STORE="empty store"
if [ -x bin/ehcplanctl ] && bin/ehcplanctl demo --count 50 --db "$DB" >"$TMP/ctl.log" 2>&1; then
	STORE="50 demo plans"
else
	rm -f "$DB" "$DB-wal" "$DB-shm"
	shopt -s nullglob
	fixtures=(testdata/*.json)
	shopt -u nullglob
	if [ -x bin/ehcplanctl ] && [ "${#fixtures[@]}" -gt 0 ] &&
		bin/ehcplanctl import "${fixtures[@]}" --db "$DB" >>"$TMP/ctl.log" 2>&1; then
		STORE="${#fixtures[@]} fixture plans"
	else
		rm -f "$DB" "$DB-wal" "$DB-shm"
	fi
fi
echo "smoke: store: $STORE"

# Xvfb on a free display (-displayfd picks one and tells us which).
export LIBGL_ALWAYS_SOFTWARE=1
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$TMP/display" >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 100); do
	[ -s "$TMP/display" ] && break
	kill -0 "$XVFB_PID" 2>/dev/null || fail "Xvfb did not start: $(cat "$TMP/xvfb.log")"
	sleep 0.1
done
[ -s "$TMP/display" ] || fail "Xvfb did not report a display"
export DISPLAY=":$(tr -d '[:space:]' <"$TMP/display")"
echo "smoke: Xvfb on $DISPLAY"

bin/ehcplan --db "$DB" >"$LOG" 2>&1 &
APP_PID=$!
sleep "$WAIT"

kill -0 "$APP_PID" 2>/dev/null || {
	wait "$APP_PID" 2>/dev/null && rc=0 || rc=$?
	APP_PID=
	fail "bin/ehcplan exited within ${WAIT}s (exit status $rc)"
}

# Screenshot; retry for a while if the window has not drawn yet.
mkdir -p "$(dirname "$SHOT")"
colours=0
for attempt in 1 2 3 4 5 6 7 8; do
	import -window root "$SHOT" 2>"$TMP/import.log" || fail "import failed: $(cat "$TMP/import.log")"
	colours=$("$CONVERT" "$SHOT" -format '%k' info: 2>/dev/null || echo 0)
	[ "$colours" -gt 10 ] && break
	sleep 2
done
[ "$colours" -gt 10 ] || fail "screenshot looks blank ($colours colours): $SHOT"

kill -0 "$APP_PID" 2>/dev/null || { APP_PID=; fail "bin/ehcplan died while being screenshotted"; }

if grep -Eiq 'panic|fatal error|SIGSEGV' "$LOG"; then
	fail "the app's log mentions a panic or fatal error"
fi

# A second copy cropped to what was drawn (the screen around the window is black).
WINSHOT="${SHOT%.png}-window.png"
"$CONVERT" "$SHOT" -trim +repage "$WINSHOT" 2>/dev/null || WINSHOT=

# Let people see any Fyne warnings without failing on them.
if [ -s "$LOG" ]; then
	echo "smoke: app log ($(wc -l <"$LOG") lines), first 10:"
	head -n 10 "$LOG" | sed 's/^/  | /'
fi

echo "smoke: PASS — window drawn with $colours colours; screenshot: $SHOT${WINSHOT:+ (cropped: $WINSHOT)}"
echo "smoke: 1 passed, 0 failed"
