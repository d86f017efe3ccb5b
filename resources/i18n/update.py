"""Refresh the translation files: extract strings (pyside6-lupdate), fill the Simplified
Chinese ones from zh_CN_glossary.py, compile .qm files (pyside6-lrelease).

    python resources/i18n/update.py          # fails if a Chinese translation is missing
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "sopdesk_zh_CN.ts"
QM = ROOT / "sopdesk" / "resources" / "i18n" / "sopdesk_zh_CN.qm"

sys.path.insert(0, str(HERE))
from zh_CN_glossary import ZH  # noqa: E402

# One more file per area (glossary/production.py, ...), each a dict ZH; merged over the main one.
for _part in sorted((HERE / "glossary").glob("*.py")):
    _ns: dict = {}
    exec(compile(_part.read_text(encoding="utf-8"), str(_part), "exec"), _ns)  # noqa: S102 - our own file
    ZH = {**ZH, **_ns["ZH"]}


def main() -> int:
    import error_templates  # the services' error templates into sopdesk/ui/error_catalog.py

    error_templates.main()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sopdesk" / "ui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(TS)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "zh_CN")
    missing = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            text = ZH.get(f"{name}|{source}", ZH.get(source))
            tr = msg.find("translation")
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            tr.text = text
            tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    # The compiled file ships inside the package (wheel and frozen build); the .ts source stays here.
    QM.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True,
                   stdout=subprocess.DEVNULL)
    for line in missing:
        print(f"missing zh_CN translation: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
