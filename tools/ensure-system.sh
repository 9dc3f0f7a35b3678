#!/usr/bin/env bash
# Installs the Debian packages a target needs when they are missing, or says how to.
#   tools/ensure-system.sh jupyter | notebook | chromium | r
# PyPI is not reachable here, so Jupyter comes from Debian's packages (see shared TOOLCHAIN notes).
set -euo pipefail
what=${1:?usage: ensure-system.sh jupyter|notebook|chromium|r}
case "$what" in
  jupyter)  check() { /usr/bin/python3 -c 'import nbconvert, nbclient, IPython' 2>/dev/null; }
            pkgs="jupyter-nbconvert jupyter-client python3-ipython" ;;
  notebook) check() { /usr/bin/python3 -c 'import notebook' 2>/dev/null; }
            pkgs="jupyter-notebook python3-ipykernel" ;;
  chromium) check() { command -v chromium >/dev/null 2>&1; }
            pkgs="chromium" ;;
  r)        check() { command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(survival); library(cmprsk); library(jsonlite)' >/dev/null 2>&1; }
            pkgs="r-base-core r-cran-survival r-cran-jsonlite r-cran-cmprsk" ;;
  *) echo "ensure-system.sh: unknown component '$what'" >&2; exit 2 ;;
esac
check && exit 0
cmd="apt-get install -y --no-install-recommends $pkgs"
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing $what. Install it with:  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
echo "Installing $what from Debian packages: $pkgs"
# Refresh the package lists only when they are absent or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
  apt-get update -q >/dev/null
fi
if ! DEBIAN_FRONTEND=noninteractive $cmd >/tmp/ensure-$what.log 2>&1; then
  tail -n 20 /tmp/ensure-$what.log >&2
  echo "Could not install $what. Try by hand:  apt-get update && $cmd" >&2
  exit 1
fi
check || { echo "$what still not usable after installing $pkgs" >&2; exit 1; }
