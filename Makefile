# Build and install diepgang:  make install            (into /usr/local/bin)
#                              make install PREFIX=~/.local   (into ~/.local/bin, no sudo)
# The word lists and the demo corpus are built into the binary, so the one file is all there is.
PREFIX ?= /usr/local
CONFIG ?= release
BINDIR = $(PREFIX)/bin

.PHONY: build install uninstall test

build:
	swift build -c $(CONFIG) --product diepgang

install: build
	mkdir -p "$(BINDIR)"
	install -m 0755 "$$(swift build -c $(CONFIG) --show-bin-path)/diepgang" "$(BINDIR)/diepgang"
	@echo "diepgang installed as $(BINDIR)/diepgang"
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; *) echo "note: $(BINDIR) is not on your PATH; add: export PATH=\"$(BINDIR):\$$PATH\"" ;; esac

uninstall:
	rm -f "$(BINDIR)/diepgang"

test:
	swift test
