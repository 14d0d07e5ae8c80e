#!/usr/bin/env bash
# An editor's day (README, "Tests"): ordinary, valid edits applied to a scratch
# copy of the content by scripts/editors-day.mjs (all of them, or the EDITs
# named), then, on that copy, what must stay green after any valid change: the
# content check, the translation report (a translation made today is current)
# and the host tests that read content (they honour CONTENT_DIR).
#
#   scripts/editors-day.sh [EDIT...]   EDIT: reword withdraw faq phone publish translate
#
# The copy is left in target/editors-day/content (EDITORS_DAY_DIR to change it),
# with what was done in content.editors-day.json, for the sub-path build and
# its browser tests (scripts/test.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

day=${EDITORS_DAY_DIR:-$ROOT/target/editors-day/content}
rm -rf "$day" "$day.editors-day.json"
mkdir -p "$(dirname "$day")"
cp -r public/content "$day"
node scripts/editors-day.mjs "$day" "$@"

echo "editor's day: content check"
cargo run --quiet --locked --bin content-check -- --content "$day"

echo "editor's day: translation report"
report=$(CONTENT_DIR="$day" cargo run --quiet --locked --bin translation-status)
translated=$(node -e 'const d = require(process.argv[1]); if (d.translated) console.log(`${d.translated.lang} ${d.translated.slug}`)' "$day.editors-day.json")
if [ -n "$translated" ]; then
  read -r lang slug <<< "$translated"
  # The lines of that language's block that name the item: none (not missing, not outdated).
  listed=$(awk -v lang="($lang)" -v slug="$slug" '/^[^ ]/ { here = index($0, lang) > 0 } here && index($0, slug)' <<< "$report")
  if [ -n "$listed" ]; then
    echo "$report"
    echo "editor's day: the translation $slug/$lang.json is listed by translation-status: $listed" >&2
    exit 1
  fi
fi

echo "editor's day: host tests on the edited content"
CONTENT_DIR="$day" cargo test --locked --quiet
