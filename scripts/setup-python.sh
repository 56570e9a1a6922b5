#!/usr/bin/env bash
# Installs the Python binding's tools into a venv at .tools/python (idempotent: a second run
# only checks): maturin, pytest, pyspark and pyarrow at the versions pinned in
# python/requirements-dev.txt, from PyPI. Spark's local mode needs a Java 17+ runtime on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.tools/python
req=python/requirements-dev.txt
apt_install() {
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}
# Debian's python3 makes venvs only with python3-venv (ensurepip) installed.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  echo "setup-python: installing python3-venv"
  apt_install python3-venv
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "setup-python: creating the venv $venv"
  python3 -m venv "$venv"
fi
# The stamp is the requirements file as last installed: reinstall only when it changes.
if ! cmp -s "$req" "$venv/.installed-requirements"; then
  echo "setup-python: installing $req (pyspark is a large download: a minute or two, once)"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$venv/.installed-requirements"
fi
if ! command -v java >/dev/null 2>&1; then
  echo "setup-python: installing a Java runtime for Spark's local mode"
  apt_install openjdk-17-jre-headless
fi
echo "setup-python: all tools present"
