#!/usr/bin/env bash
# Accepts every pending snapshot: renames each *.received.* file left by a failing snapshot test over its *.approved.* file.
# Review the differences (git diff after running this) before committing.
set -euo pipefail
cd "$(dirname "$0")"
find . -name '*.received.*' -print0 | while IFS= read -r -d '' received; do
  mv "$received" "${received/.received./.approved.}"
done
