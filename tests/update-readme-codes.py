#!/usr/bin/env python3
"""Rewrites the diagnostic table in README.md from src/BriefingGen/Diagnostics/DiagnosticCodes.cs (a test checks they agree)."""
import pathlib, re
root = pathlib.Path(__file__).resolve().parent.parent
source = (root / "src/BriefingGen/Diagnostics/DiagnosticCodes.cs").read_text()
codes = dict(re.findall(r'public const string (\w+) = "(BG\d+)";', source))
rows = ["| code | severity | meaning |", "|---|---|---|"]
for name, severity, meaning in re.findall(r'\((\w+), Severity\.(\w+), "((?:[^"\\]|\\.)*)"\)', source):
    rows.append(f"| {codes[name]} | {severity.lower()} | {meaning.replace(chr(92) * 2, chr(92)).replace('|', '&#124;')} |")
readme = root / "README.md"
readme.write_text(re.sub(r"\| code \| severity \| meaning \|\n(\|.*\|\n)+", "\n".join(rows) + "\n", readme.read_text()))
