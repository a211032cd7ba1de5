#!/usr/bin/env bash
# Checks a built cnnlab .deb without installing it: its file list, its
# metadata (dependencies computed from the binaries), lintian (no errors),
# the desktop entry, the AppStream metadata and the MIME types, and that the
# unpacked programs run from where they lie (the launchers find their
# programs in ../libexec/cnnlab).
#   scripts/check-package.sh build/package/cnnlab_0.1.0_amd64.deb
set -euo pipefail
deb=$1
fail() { echo "check-package: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no such package: $deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

expected=(
  usr/bin/cnnlab usr/bin/cnnlab-cli
  usr/libexec/cnnlab/cnnlab usr/libexec/cnnlab/cnnlab-cli
  usr/share/applications/cnnlab.desktop
  usr/share/icons/hicolor/scalable/apps/cnnlab.svg
  usr/share/icons/hicolor/16x16/apps/cnnlab.png usr/share/icons/hicolor/32x32/apps/cnnlab.png
  usr/share/icons/hicolor/48x48/apps/cnnlab.png usr/share/icons/hicolor/64x64/apps/cnnlab.png
  usr/share/icons/hicolor/128x128/apps/cnnlab.png usr/share/icons/hicolor/256x256/apps/cnnlab.png
  usr/share/metainfo/io.github.cnnlab.CNNLab.metainfo.xml
  usr/share/mime/packages/cnnlab.xml
  usr/share/bash-completion/completions/cnnlab-cli
  usr/share/man/man1/cnnlab.1.gz usr/share/man/man1/cnnlab-cli.1.gz
  usr/share/doc/cnnlab/copyright usr/share/doc/cnnlab/changelog.gz
)
for f in "${expected[@]}"; do
  [ -e "$root/$f" ] || fail "missing from the package: /$f"
done
echo "files: all ${#expected[@]} expected files present"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libtorch libqt6widgets6 libqcustomplot libqt6core6; do
  grep -qi "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = cnnlab ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "architecture"
description=$(dpkg-deb -f "$deb" Description)
# The lesson's title in quotes, as written (CPack once joined its words with ';').
grep -q '"Convolutional Neural Network with PyTorch"' <<<"$description" \
  || fail "the description is mangled: $description"
echo "metadata: Depends from the binaries: $depends"

# Errors fail; warnings are listed (lintian exits non-zero only on errors with --fail-on error).
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"
echo "lintian: no errors"

out=$(desktop-file-validate "$root/usr/share/applications/cnnlab.desktop" 2>&1 || true)
[ -z "$out" ] || echo "$out"
if grep -q "error:" <<<"$out"; then fail "desktop-file-validate reports errors"; fi
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.cnnlab.CNNLab.metainfo.xml" \
  || fail "appstreamcli validate failed"
xmllint --noout "$root/usr/share/mime/packages/cnnlab.xml" || fail "the MIME types are not valid XML"
# The MIME types tell CNN Lab's .json files apart, as a desktop would with the package installed.
mime=$(mktemp -d)
mkdir -p "$mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/cnnlab.xml" "$mime/mime/packages/"
update-mime-database "$mime/mime"
here=$(dirname "$0")/..
cp "$(ls "$here"/tests/data/drawings-heldout/*.json | head -1)" "$mime/drawing.json"
printf '{\n    "accuracy": 98.1,\n    "architecture": {\n        "blocks": [\n        ]\n    },\n    "format": "cnnlab-run"\n}\n' > "$mime/run.json"
printf '{\n    "created": "2026-12-02",\n    "format": "cnnlab-comparison",\n    "runs": [{"format": "cnnlab-run"}]\n}\n' > "$mime/comparison.json"
printf '{\n    "blocks": [\n    ],\n    "classes": 10\n}\n' > "$mime/architecture.json"
echo '{"name": "not ours"}' > "$mime/other.json"
for kind in drawing run comparison architecture other; do
  type=$(XDG_DATA_HOME="$mime" XDG_DATA_DIRS="$mime" gio info -a standard::content-type "$mime/$kind.json" \
    | sed -n 's/.*content-type: //p')
  want=application/x-cnnlab-$kind
  [ "$kind" = other ] && want=application/json
  [ "$type" = "$want" ] || fail "$kind.json is typed $type, not $want"
done
rm -rf "$mime"
echo "desktop entry, AppStream metadata, MIME types: valid; the four kinds of .json told apart"

version=$("$root/usr/bin/cnnlab-cli" --version)
[ "$version" = "cnnlab-cli $(dpkg-deb -f "$deb" Version)" ] || fail "cnnlab-cli --version says '$version'"
"$root/usr/bin/cnnlab-cli" dims --model A >/dev/null || fail "cnnlab-cli dims --model A failed"
"$root/usr/bin/cnnlab-cli" eval --help >/dev/null || fail "the unpacked engine does not start"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/cnnlab" --version >/dev/null || fail "cnnlab --version failed"
echo "unpacked programs: $version; dims, eval --help and the app's --version run"
