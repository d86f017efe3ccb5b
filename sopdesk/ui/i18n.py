"""Language (Simplified Chinese or English) and fonts that render Chinese correctly.

Translations are Qt .qm files compiled from resources/i18n/*.ts. The language follows the
system locale unless the user chose one in the settings. Fonts: Chinese customer and
product names appear in both languages, so the family list always ends with Chinese faces,
Simplified ones first (without them Linux falls back to the Japanese face of Noto CJK).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

import sopdesk

CJK_SC_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                   "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei"]
LATIN_FAMILIES = ["Segoe UI", ".AppleSystemUIFont", "Noto Sans", "DejaVu Sans"]


def i18n_dirs() -> list[Path]:
    """Where the .qm files are: next to the package when installed or frozen, else the
    repository's resources/i18n."""
    pkg = Path(sopdesk.__file__).resolve().parent
    dirs = [pkg / "resources" / "i18n", pkg.parent / "resources" / "i18n"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.insert(0, Path(frozen) / "resources" / "i18n")
    return dirs


def resolve_language(choice: str) -> str:
    """'zh_CN' or 'en' for a preference of 'system', 'zh_CN' or 'en'."""
    if choice in ("zh_CN", "en"):
        return choice
    locale = QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


class Translations:
    """Installs and swaps the app's and Qt's own translators. State: the installed ones."""

    def __init__(self, app: QGuiApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, choice: str) -> str:
        language = resolve_language(choice)
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed.clear()
        if language != "en":
            for name, dirs in (("sopdesk", i18n_dirs()),
                               ("qtbase", [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))])):
                tr = QTranslator(self.app)
                if any(tr.load(f"{name}_{language}", str(d)) for d in dirs if d.is_dir()):
                    self.app.installTranslator(tr)
                    self._installed.append(tr)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                               QLocale.Country.UnitedStates))
        self.language = language
        apply_font(self.app, language)
        return language


def apply_font(app: QGuiApplication, language: str) -> None:
    font = QFont(app.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    families = CJK_SC_FAMILIES + LATIN_FAMILIES if language == "zh_CN" else LATIN_FAMILIES + CJK_SC_FAMILIES
    font.setFamilies(families)
    font.setPointSizeF(max(size, 9.0))
    app.setFont(font)
