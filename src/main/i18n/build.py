#!/usr/bin/env python3
"""Writes the translation files from the .tsv tables beside this script (key, English, Dutch).

One row per key keeps Dutch and English in step; TranslationKeysTest checks the written files.
Run: python3 src/main/i18n/build.py
"""
import pathlib

here = pathlib.Path(__file__).parent
out = here.parent / "resources" / "vaadin-i18n"
rows = {}
for tsv in sorted(here.glob("*.tsv")):
    for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{tsv.name}:{n}: expected key<TAB>English<TAB>Dutch")
        key, en, nl = (p.replace("\\n", "\n") for p in parts)
        if key in rows:
            raise SystemExit(f"{tsv.name}:{n}: duplicate key {key}")
        for text in (en, nl):
            if "{0}" in text and "'" in text.replace("''", ""):
                raise SystemExit(f"{tsv.name}:{n}: a message with arguments needs '' for an apostrophe (MessageFormat)")
        rows[key] = (en, nl)

# translations.properties is the fallback for browsers in other languages: English.
def esc(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n")

header = "# Written by src/main/i18n/build.py from src/main/i18n/*.tsv: edit those, then run the script.\n"
out.mkdir(parents=True, exist_ok=True)
(out / "translations.properties").write_text(header + "".join(f"{k}={esc(v[0])}\n" for k, v in sorted(rows.items())), encoding="utf-8")
(out / "translations_en.properties").write_text(header + "".join(f"{k}={esc(v[0])}\n" for k, v in sorted(rows.items())), encoding="utf-8")
(out / "translations_nl.properties").write_text(header + "".join(f"{k}={esc(v[1])}\n" for k, v in sorted(rows.items())), encoding="utf-8")
print(f"{len(rows)} keys written")
