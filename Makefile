# Entry points; the logic lives in scripts/. Each target installs what it needs.
SHELL := /bin/bash
.PHONY: serve test setup build check-content translation-status bench
serve:  ## Development server with live reload (trunk serve)
	scripts/serve.sh
test:   ## Every check: fmt, clippy, unit tests, release builds, browser tests, budgets
	scripts/test.sh
setup:  ## Install the toolchain only
	scripts/setup.sh
build:  ## Release dist/ for hosting, with its security headers, checked
	scripts/setup.sh && scripts/build.sh
check-content:  ## Check every content file; lists every problem
	. scripts/env.sh && cargo run --quiet --bin content-check
translation-status:  ## Per language: press releases not translated yet, translations older than their original
	. scripts/env.sh && cargo run --quiet --bin translation-status
bench:  ## Performance benchmark of every route and language, then of archives of 100 and 1,000 items, against the budgets
	bench/run.sh && bench/archive.sh
