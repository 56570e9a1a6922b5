#!/usr/bin/env bash
# Installs the Python binding's tools into a venv at .tools/python (idempotent: a second run
# only checks): maturin, pytest, pyspark and pyarrow at the versions pinned in
# python/requirements-dev.txt, from PyPI. Spark's local mode needs a Java 17+ runtime on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.tools/python
req=python/requirements-dev.txt
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
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
echo "setup-python: all tools present"
