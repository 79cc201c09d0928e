# jixiao — two commands on a fresh Debian machine with Swift:
#   make sample   installs what the build needs, builds, runs Pipelines/sample.yaml
#   make test     installs what the tests need too, runs the test suite
SWIFT ?= swift
PIPELINE ?= Pipelines/sample.yaml
# C libraries the writer and the .xls reader are built on (FreeXL for the cells, libgsf for
# the compound file whose number formats FreeXL does not give), pkg-config to find them, and
# Poppler's pdftotext, which the PDF reader runs; libxml2's HTML parser for saved web pages;
# jemalloc, the allocator the jixiao executable links (glibc's malloc cost a quarter of a run);
# libdeflate, which compresses the executable's workbook parts (twice zlib's speed).
BUILD_PACKAGES = libxlsxwriter-dev libfreexl-dev libgsf-1-dev libxml2-dev libjemalloc-dev libdeflate-dev poppler-utils pkg-config
# A real spreadsheet program the tests read the workbooks back with, and a CJK font so the
# pages it renders to PDF (to measure the printed text) show Chinese.
TEST_PACKAGES = libreoffice-calc-nogui fonts-wqy-zenhei
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: sample test deps test-deps build clean

sample: deps build
	.build/debug/jixiao run $(PIPELINE)

test: deps test-deps
	$(SWIFT) test

build:
	$(SWIFT) build

# Installs only what is missing, without prompting (CI has no standard input).
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(BUILD_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_PACKAGES)"

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing </dev/null; \
	fi

clean:
	rm -rf .build out
