#!/usr/bin/env bash
# Install the Debian packages named on the command line that are not installed yet.
#
#   scripts/apt-install.sh gcc pkg-config libgl1-mesa-dev ...
#
# Silent when everything is already there. Otherwise it says what it installs,
# runs `apt-get update` once, and installs only the missing packages, using sudo
# when not run as root (APT_INSTALL_DRY_RUN=1 only says what it would do).
# On a system without dpkg it warns and does nothing.
set -euo pipefail

if [ "$#" -eq 0 ]; then
	exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "apt-install: dpkg-query not found; not a Debian-like system, so not installing: $*" >&2
	echo "apt-install: install the equivalents of these packages by hand if the build fails." >&2
	exit 0
fi

missing=()
for pkg in "$@"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	case "$status" in
	*" ok installed") ;;
	*) missing+=("$pkg") ;;
	esac
done

if [ "${#missing[@]}" -eq 0 ]; then
	exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "apt-install: these packages are missing and you are not root (and sudo is not available):" >&2
		echo "  ${missing[*]}" >&2
		echo "apt-install: ask an administrator to run: apt-get install ${missing[*]}" >&2
		exit 1
	fi
fi

echo "apt-install: installing missing system packages: ${missing[*]}"
if [ -n "${APT_INSTALL_DRY_RUN:-}" ]; then
	echo "apt-install: (dry run) would run: ${sudo[*]} apt-get update && ${sudo[*]} apt-get install ${missing[*]}"
	exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "apt-install: done"
