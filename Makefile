# Entry points; the logic lives in scripts/. Each target installs what it needs.
SHELL := /bin/bash
.PHONY: serve test setup build check-content fix-content news-item translate translation-status bench
# `LANG` is also the locale's variable, which every shell has: only a LANG
# given on make's command line (`make translate LANG=en`) names a language.
export CONTENT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG))
export SLUG
serve:  ## Development server with live reload (trunk serve)
	scripts/serve.sh
test:   ## Every check: fmt, clippy, unit tests, release builds, browser tests, budgets
	scripts/test.sh
setup:  ## Install the toolchain only
	scripts/setup.sh
build:  ## Release dist/ for hosting, with its security headers, checked
	scripts/setup.sh && scripts/build.sh
check-content:  ## Check every content file; lists every problem (those of CONTENT_DIR when set, as fix-content fixes)
	. scripts/env.sh && cargo run --quiet --bin content-check -- $${CONTENT_DIR:+--content "$$CONTENT_DIR"}
fix-content:  ## Set right in place what the check refuses and a machine can (French spaces, Chinese punctuation, quotes, NFC, stray spaces); prints each change
	. scripts/env.sh && cargo run --quiet --bin fix-content
news-item:  ## A new press release's file, dated today: make news-item SLUG=new-biobank-guide LANG=zh
	. scripts/env.sh && cargo run --quiet --bin news-item -- "$$SLUG" "$$CONTENT_LANG"
translate:  ## A translation's file from the current original: make translate SLUG=new-biobank-guide LANG=en
	. scripts/env.sh && cargo run --quiet --bin translate -- "$$SLUG" "$$CONTENT_LANG"
translation-status:  ## Per language: press releases not translated yet, translations older than their original, and what to run for each
	. scripts/env.sh && cargo run --quiet --bin translation-status
bench:  ## Performance benchmark of every route and language, then of archives of 100 and 1,000 items, against the budgets
	bench/run.sh && bench/archive.sh
