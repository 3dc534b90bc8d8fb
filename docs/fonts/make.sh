#!/usr/bin/env bash
# Remakes the theme's fonts (src/BriefingGen/Theme/assets/fonts/*.woff2) from Debian's packages: Inter (fonts-inter) for
# headings, the interface and the social cards, Noto Serif (fonts-noto-core) for reading. Both are SIL OFL 1.1 without
# Reserved Font Names, so subsets may keep their names. Each is cut to Latin with the letters of Welsh (Latin-1,
# Latin Extended-A, ẁ ẃ ẅ ỳ) and general punctuation, unhinted, as WOFF2. Needs root for apt-get.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fonts="$here/../../src/BriefingGen/Theme/assets/fonts"
apt-get install -y --no-install-recommends fonts-inter fonts-noto-core fonttools woff2 >/dev/null
unicodes="U+0000-00FF,U+0100-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6,U+02C7,U+02D8-02DD,U+1E80-1E85,U+1EF2-1EF3,U+2000-206F,U+2070-2079,U+2080-2089,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD"
subset() { pyftsubset "$1" --unicodes="$unicodes" --layout-features+=tnum,lnum --no-hinting --flavor=woff2 --output-file="$fonts/$2.woff2"; }
subset /usr/share/fonts/opentype/inter/Inter-Regular.otf inter-regular
subset /usr/share/fonts/opentype/inter/Inter-SemiBold.otf inter-semi-bold
subset /usr/share/fonts/opentype/inter/Inter-Bold.otf inter-bold
for style in Regular Italic Bold BoldItalic; do
  subset "/usr/share/fonts/truetype/noto/NotoSerif-$style.ttf" "noto-serif-$(echo "$style" | sed -E 's/([a-z])([A-Z])/\1-\2/g' | tr A-Z a-z)"
done
ls -l "$fonts"
