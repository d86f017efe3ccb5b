"""Which encoding a CSV (or an HTML ".xls") is in, decided only when the text is plausible.

Excel on a Chinese Windows PC saves CSV as GBK; web systems and newer tools as UTF-8. But
almost any byte string decodes as GB18030, so "not UTF-8, hence GBK" turns a Shift-JIS
customer list into valid-looking nonsense (株式会社テスト商事 -> 姅幃夛幮僥僗僩彜帠). Each
candidate is therefore decoded strictly and judged by the characters it gives:

- GB18030: the ideographs are nearly all (>= 90 %) among GB2312's 6,763 common ones. Real
  GBK business text is; Shift-JIS kana and Big5's second bytes 0x40-0x7E land outside it.
- Shift-JIS (cp932): full-width kana present and the rest JIS characters, few half-width
  kana (what GBK bytes become in Shift-JIS). Read as such.
- Big5 (cp950): the ideographs nearly all among Big5's 5,401 common ones (first byte
  0xA4-0xC6) while GB18030 is implausible. Read as such (Traditional Chinese).
- Whatever else the characters say, GB18030 text holding a word every factory file has
  (订单, 客户, 数量, 日期, ...) is GB18030: other encodings' bytes do not spell them.
- EUC-KR: Hangul syllables only. Its bytes are also common Chinese in GB18030, so a guess
  either way could import the wrong words: refused, naming it.

Anything else is refused naming what charset-normalizer takes it for. A detector alone is
not enough: on a short GBK file it answers "Korean".
"""

from __future__ import annotations

import codecs

from .limits import FileRefused

SAMPLE = 256 * 1024  # bytes judged; the whole file is still decoded strictly
PLAUSIBLE = 0.9

# words of factory files' headers and names; two characters each, simplified
WORDS = ("订单", "客户", "名称", "编码", "数量", "日期", "单价", "金额", "物料", "产品", "规格", "单位", "备注",
         "供应", "仓库", "库存", "公司", "有限", "合计", "型号", "交期", "采购", "发货", "工单", "计划")

NAMES = {"gb18030": "GB18030 (GBK)", "cp932": "Shift-JIS (Japanese)", "cp950": "Big5 (Traditional Chinese)",
         "cp949": "EUC-KR (Korean)"}


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file; FileRefused naming the encoding if it is not one
    sopdesk reads with confidence."""
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[3:], "utf-8"), "utf-8-sig"
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        return _strict(raw, "utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise FileRefused("the file is not a spreadsheet or a text (CSV) file", "unsupported")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = detect(raw)
    return _strict(raw, encoding), encoding


def detect(raw: bytes) -> str:
    """The encoding of text that is not UTF-8: "gb18030", "cp932" or "cp950"."""
    sample = _sample(raw)
    gb = _try(sample, "gb18030")
    if gb is not None and any(word in gb for word in WORDS):
        return "gb18030"
    if gb is not None and _plausible_gb(gb):
        korean = _try(sample, "cp949")
        if korean is not None and _hangul_only(korean):
            _refuse("cp949")
        return "gb18030"
    japanese = _try(sample, "cp932")
    if japanese is not None and _plausible_japanese(japanese):
        return "cp932"
    big5 = _try(sample, "cp950")
    if big5 is not None and _plausible_big5(big5):
        return "cp950"
    korean = _try(sample, "cp949")
    if korean is not None and _hangul_only(korean):
        _refuse("cp949")
    _refuse(_guess(raw))
    raise AssertionError  # _refuse raises


def _refuse(encoding: str | None):
    if encoding is None:
        raise FileRefused("the text is not UTF-8 and reads as no encoding sopdesk knows; save the CSV as UTF-8",
                          "encoding")
    raise FileRefused("the text is in {encoding}, not UTF-8 or GBK/GB18030; save the CSV as UTF-8",
                      "encoding", encoding=NAMES.get(encoding, encoding))


def _guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:SAMPLE]).best()
    if best is None:
        return None
    return {"euc_kr": "cp949", "johab": "cp949", "shift_jis": "cp932", "big5": "cp950"}.get(best.encoding,
                                                                                           best.encoding)


def _sample(raw: bytes) -> bytes:
    if len(raw) <= SAMPLE:
        return raw
    cut = raw.rfind(b"\n", 0, SAMPLE)
    return raw[:cut + 1] if cut > 0 else raw[:SAMPLE]


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise FileRefused("the text is marked as {encoding} but is not valid {encoding}", "encoding",
                          encoding=NAMES.get(encoding, encoding)) from None


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _encodes(ch: str, encoding: str) -> bytes | None:
    try:
        return ch.encode(encoding)
    except UnicodeEncodeError:
        return None


def _share(chars: list[str], good) -> float:
    return sum(1 for c in chars if good(c)) / len(chars) if chars else 1.0


def _non_ascii(text: str) -> list[str]:
    return [c for c in text if ord(c) > 0x7F]


def _plausible_gb(text: str) -> bool:
    chars = _non_ascii(text)
    if not chars:
        return True
    ideographs = [c for c in chars if _is_ideograph(c)]
    if _share(chars, lambda c: _is_ideograph(c) or _encodes(c, "gb2312") is not None) < PLAUSIBLE:
        return False
    return _share(ideographs, lambda c: _encodes(c, "gb2312") is not None) >= PLAUSIBLE


def _plausible_japanese(text: str) -> bool:
    chars = _non_ascii(text)
    kana = sum(1 for c in chars if "\u3040" <= c <= "\u30ff")
    halfwidth = sum(1 for c in chars if "\uff61" <= c <= "\uff9f")
    return kana > 0 and halfwidth <= 0.2 * len(chars)


def _plausible_big5(text: str) -> bool:
    ideographs = [c for c in _non_ascii(text) if _is_ideograph(c)]
    if not ideographs:
        return False

    def common(c: str) -> bool:
        b = _encodes(c, "big5")
        return b is not None and 0xA4 <= b[0] <= 0xC6

    return _share(ideographs, common) >= PLAUSIBLE


def _hangul_only(text: str) -> bool:
    chars = _non_ascii(text)
    hangul = sum(1 for c in chars if "\uac00" <= c <= "\ud7a3")
    return hangul >= 4 and hangul >= 0.95 * len(chars)
