"""CSV encodings: read when the text is plausibly that encoding, refused naming it when not."""

import pytest

from sopdesk.excel import FileRefused, detect, open_workbook, parse
from sopdesk.excel.encoding import decode_text

HEADER = "order_no,customer,order_date,item,qty\r\n"


@pytest.mark.parametrize("text,encoding,found", [
    (HEADER + "SO-9,株式会社テスト商事,2026-07-05,FG-100,10\r\n", "shift_jis", "cp932"),
    (HEADER + "SO-9,台灣測試股份有限公司,2026-07-05,FG-100,10\r\n", "big5", "cp950"),
    ("訂單號,客戶名稱\r\nSO-9,台灣測試股份有限公司\r\n", "big5", "cp950"),
    ("订单号,客户名称,下单日期,产品编码,数量\r\nSO-9,宁波东方机电有限公司,2026/7/5,FG-100,\"1,000\"\r\n", "gbk", "gb18030"),
    ("订单号,客户\r\n", "gbk", "gb18030"),  # every character also a Hangul syllable in EUC-KR
    ("客户名称,联系人\r\n喆喆公司,张堃\r\n", "gbk", "gb18030"),  # characters beyond GB2312
    (HEADER + "SO-9,宁波东方机电有限公司,2026-07-05,FG-100,10\r\n", "gb18030", "gb18030"),
])
def test_an_encoding_read_with_confidence(text, encoding, found):
    assert decode_text(text.encode(encoding)) == (text, found)


@pytest.mark.parametrize("text,encoding,named", [
    (HEADER + "SO-9,한국테스트주식회사,2026-07-05,FG-100,10\r\n", "euc_kr", "EUC-KR (Korean)"),
    ("order_no,customer\r\nSO-9,Müller GmbH Straße\r\n", "cp1252", "cp125"),
])
def test_an_encoding_not_read_is_named(text, encoding, named):
    with pytest.raises(FileRefused) as err:
        decode_text(text.encode(encoding))
    assert err.value.code == "encoding" and named in err.value.message
    assert err.value.template == "the text is in {encoding}, not UTF-8 or GBK/GB18030; save the CSV as UTF-8"


def test_a_shift_jis_ledger_imports_its_japanese_names(tmp_path):
    path = tmp_path / "jp.csv"
    path.write_bytes((HEADER + "SO-9,株式会社テスト商事,2026-07-05,FG-100,10\r\n").encode("cp932"))
    book = open_workbook(path)
    assert book.encoding == "cp932"
    parsed = parse(book, detect(book, "orders"))
    assert parsed.columns["customer_name"] == ["株式会社テスト商事"]
