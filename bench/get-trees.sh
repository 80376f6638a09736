#!/usr/bin/env bash
# Three public code bases of different stacks, fetched from package registries (this workplace reaches Debian's
# archive and npm, not git hosts): Django 3.2 (Python, from Debian's python3-django), the Docker engine's Go
# sources with their Dockerfiles and YAML (golang-github-docker-docker-dev), and Material UI (JavaScript and
# TypeScript declarations, npm's @mui/material). With network access to a git host, clone dotnet/eShop,
# netbox-community/netbox and makeplane/plane instead and pass those folders to bench/run.sh.
#
#   bench/get-trees.sh DEST     (DEST must lie outside this repository)
set -euo pipefail
dest="${1:?usage: bench/get-trees.sh DEST}"
mkdir -p "$dest" && cd "$dest"
for pkg in python3-django golang-github-docker-docker-dev; do
  if [[ ! -d "$pkg" ]]; then
    apt-get download "$pkg" >/dev/null
    mkdir -p "$pkg" && dpkg-deb -x "$pkg"_*.deb "$pkg"
  fi
done
if [[ ! -d mui ]]; then
  npm pack @mui/material --silent >/dev/null
  mkdir -p mui && tar -xzf mui-material-*.tgz -C mui
fi
for d in python3-django golang-github-docker-docker-dev mui; do
  echo "$dest/$d: $(find "$d" -type f | wc -l) files"
done
