#!/usr/bin/env bash
# Re-renders every icon file from the SVG drawings in this folder. Run it after changing an SVG, then commit what it
# writes (the build and CI never render: they use the committed files, so they need none of these tools).
#
#   icon.svg     the master, for 48 px and up (and every macOS size)
#   icon-32.svg  the same drawing on a 32 px grid, for 24 and 32 px (crisp 2 px tracks, 6 px knobs)
#   icon-16.svg  the same drawing on a 16 px grid, for 16 px
#
# Writes:
#   png/icon-N.png           N = 16 24 32 48 64 128 256 512: Linux (the .deb/.rpm install them into the hicolor
#                            theme) and the app image's launcher icon (icon-512.png via packaging/linux/platform.cfg)
#   windows/icon.ico         16 24 32 48 64 and 256 px (256 stored as PNG), for the .exe launcher and the MSI
#   macos/icon.icns          16 to 1024 px, the tile shrunk to Apple's grid (824 of 1024) with a soft shadow
#   ../src/main/resources/app/piecespanel/icons/app-N.png   N = 16 32 48 64 128 256: the window icons
#   preview.png              every size on light and dark backgrounds, small ones also magnified: look at it
#
# Needs (Debian/Ubuntu): apt-get install librsvg2-bin icoutils icnsutils imagemagick
#       (macOS, Homebrew): brew install librsvg icoutils imagemagick  (png2icns: use `iconutil` instead, see below)
set -euo pipefail
cd "$(dirname "$0")"

missing=()
for tool in rsvg-convert icotool png2icns convert identify; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "render.sh: missing ${missing[*]}; on Debian/Ubuntu: apt-get install librsvg2-bin icoutils icnsutils imagemagick" >&2
  exit 1
fi

# PNGs without time stamps or other metadata, so re-rendering an unchanged drawing changes no file.
clean_png() { convert "$1" -strip -define png:exclude-chunks=date,time,tIME "PNG32:$1"; }
render() { # svg size out
  rsvg-convert --width "$2" --height "$2" "$1" -o "$3"
  clean_png "$3"
}
source_for() { # size -> the drawing that suits it
  if [ "$1" -le 16 ]; then echo icon-16.svg; elif [ "$1" -le 32 ]; then echo icon-32.svg; else echo icon.svg; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "PNG set"
mkdir -p png
for n in 16 24 32 48 64 128 256 512; do
  render "$(source_for $n)" $n "png/icon-$n.png"
done

echo "window icons"
icons=../src/main/resources/app/piecespanel/icons
mkdir -p "$icons"
for n in 16 32 48 64 128 256; do
  cp "png/icon-$n.png" "$icons/app-$n.png"
done

echo "Windows .ico"
mkdir -p windows
icotool --create --output=windows/icon.ico \
  png/icon-16.png png/icon-24.png png/icon-32.png png/icon-48.png png/icon-64.png --raw=png/icon-256.png

echo "macOS .icns"
# Apple's grid: the tile is 824 of 1024 px and carries a soft shadow. The master's tile is 452 of 512, so render the
# master at 824/1024 * 512/452 of the size, then centre it on a transparent square with the shadow under it.
mkdir -p macos
mac=()
for n in 16 32 48 128 256 512 1024; do
  art=$(( (n * 824 * 512 + 1024 * 452 / 2) / (1024 * 452) ))
  rsvg-convert --width "$art" --height "$art" icon.svg -o "$work/art-$n.png"
  blur=$(( n / 64 > 0 ? n / 64 : 1 ))
  convert "$work/art-$n.png" \( +clone -background '#000000' -shadow "35x${blur}+0+$(( n / 100 ))" \) \
    +swap -background none -layers merge +repage -gravity center -extent "${n}x${n}" "$work/mac-$n.png"
  clean_png "$work/mac-$n.png"
  mac+=("$work/mac-$n.png")
done
png2icns macos/icon.icns "${mac[@]}" >/dev/null
# On a Mac without png2icns: put the same PNGs, named icon_16x16.png ... icon_512x512@2x.png, in icon.iconset/ and
# run `iconutil -c icns icon.iconset`.

echo "preview"
rows=()
for bg in '#FFFFFF' '#ECEFF3' '#2B2F36' '#121212'; do
  cells=()
  for n in 16 24 32 48 64 128 256; do
    cells+=("$work/cell-${#rows[@]}-$n.png")
    convert -size "$((n + 24))x280" "xc:$bg" "png/icon-$n.png" -gravity center -composite "${cells[-1]}"
    if [ "$n" -le 32 ]; then
      cells+=("$work/cell-${#rows[@]}-$n-zoom.png")
      convert -size "$((n * 4 + 24))x280" "xc:$bg" \( "png/icon-$n.png" -filter point -resize 400% \) \
        -gravity center -composite "${cells[-1]}"
    fi
  done
  rows+=("$work/row-${#rows[@]}.png")
  convert "${cells[@]}" +append "${rows[-1]}"
done
convert "${rows[@]}" -append preview.png
clean_png preview.png

echo "done: png/ windows/icon.ico macos/icon.icns preview.png $icons/app-*.png"
