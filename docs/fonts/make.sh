#!/usr/bin/env bash
# Remakes the theme's fonts (src/BriefingGen/Theme/assets/fonts/*.woff2) from Debian's packages: Inter (fonts-inter-variable)
# for headings, the interface and the social cards, Noto Serif (fonts-noto-core) for reading. Both are SIL OFL 1.1 without
# Reserved Font Names, so subsets may keep their names. Each is cut to Latin with the letters of Welsh (Latin-1, Latin
# Extended-A, ẁ ẃ ẅ ỳ) and general punctuation, unhinted, as WOFF2. Inter's weights are static TrueType instances of the
# variable font (Chromium embeds TrueType in PDFs by name; CFF it draws as nameless Type 3 fonts); the same instances are
# kept as TrueType for the social cards (src/BriefingGen/Rendering/Cards/Fonts, embedded in the assembly, not served),
# since Skia cannot read WOFF2.
# Needs root for apt-get.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fonts="$here/../../src/BriefingGen/Theme/assets/fonts"
cards="$here/../../src/BriefingGen/Rendering/Cards/Fonts"
apt-get install -y --no-install-recommends fonts-inter-variable fonts-noto-core fonttools woff2 >/dev/null
unicodes="U+0000-00FF,U+0100-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6,U+02C7,U+02D8-02DD,U+1E80-1E85,U+1EF2-1EF3,U+2000-206F,U+2070-2079,U+2080-2089,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD"
for style in Regular Italic Bold BoldItalic; do
  pyftsubset "/usr/share/fonts/truetype/noto/NotoSerif-$style.ttf" --unicodes="$unicodes" --layout-features+=tnum,lnum --no-hinting \
    --flavor=woff2 --output-file="$fonts/noto-serif-$(echo "$style" | sed -E 's/([a-z])([A-Z])/\1-\2/g' | tr A-Z a-z).woff2"
done
UNICODES="$unicodes" FONTS="$fonts" CARDS="$cards" /usr/bin/python3 - <<'PY'
import io, os
from fontTools import subset
from fontTools.ttLib import TTFont, woff2
from fontTools.varLib import instancer
source = "/usr/share/fonts/truetype/inter-vf/Inter-roman.var.ttf"
unicodes = []
for part in os.environ["UNICODES"].replace("U+", "").split(","):
    first, _, last = part.partition("-")
    unicodes += range(int(first, 16), int(last or first, 16) + 1)
for weight, file, style in ((400, "inter-regular", "Regular"), (600, "inter-semi-bold", "SemiBold"), (700, "inter-bold", "Bold")):
    font = instancer.instantiateVariableFont(TTFont(source), {"wght": weight})
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 25):
            names.removeNames(nameID=record.nameID)
    names.setName("Inter SemiBold" if weight == 600 else "Inter", 1, 3, 1, 0x409)
    names.setName("Bold" if weight == 700 else "Regular", 2, 3, 1, 0x409)
    for name_id, value in ((3, f"Inter-{style}"), (4, f"Inter {style}"), (6, f"Inter-{style}")):
        names.setName(value, name_id, 3, 1, 0x409)
    if weight == 600:
        names.setName("Inter", 16, 3, 1, 0x409)
        names.setName("SemiBold", 17, 3, 1, 0x409)
    font["OS/2"].usWeightClass = weight
    options = subset.Options()
    options.layout_features += ["tnum", "lnum"]
    options.hinting = False
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    plain = io.BytesIO()
    font.save(plain)
    plain.seek(0)
    woff2.compress(plain, os.path.join(os.environ["FONTS"], file + ".woff2"), transform_tables=set())
    woff2.decompress(os.path.join(os.environ["FONTS"], file + ".woff2"), os.path.join(os.environ["CARDS"], file + ".ttf"))
PY
ls -l "$fonts" "$cards"
