# Entry points; the logic lives in scripts/. Each target installs what it needs.
.PHONY: serve test setup build
serve:  ## Development server with live reload (trunk serve)
	scripts/serve.sh
test:   ## Every check: fmt, clippy, unit tests, release build, browser tests
	scripts/test.sh
setup:  ## Install the toolchain only
	scripts/setup.sh
build:  ## Release dist/ for hosting
	scripts/setup.sh && . scripts/env.sh && trunk build --release
