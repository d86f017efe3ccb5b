"""Simplified Chinese for why a whole file is refused (excel.FileRefused: size limits,
hostile or damaged files, encodings), context ServiceErrors."""

_FILES = {
    "binary .xlsb workbooks are not supported; save as .xlsx": "不支持二进制 .xlsb 工作簿，请另存为 .xlsx。",
    "cannot open {path}: {reason}": "无法打开 {path}：{reason}",
    "sheet {sheet} cannot be read: {detail}": "工作表 {sheet} 无法读取：{detail}",
    "sheet {sheet} declares {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit is {limit:,} cells":
        "工作表 {sheet} 声明了 {rows:,} 行 × {columns:,} 列（{grid:,} 个单元格），上限为 {limit:,} 个单元格。",
    "sheet {sheet} spans {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit is {limit:,} cells":
        "工作表 {sheet} 占 {rows:,} 行 × {columns:,} 列（{grid:,} 个单元格），上限为 {limit:,} 个单元格。",
    "the CSV cannot be read: {detail}": "CSV 文件无法读取：{detail}",
    "the XML file is not an Excel 2003 workbook (no worksheet)": "该 XML 文件不是 Excel 2003 工作簿（没有工作表）。",
    "the XML spreadsheet is damaged: ss:Index={value!r}": "XML 表格已损坏：ss:Index={value!r}",
    "the file cannot be read as {format}: {detail}": "无法按 {format} 读取该文件：{detail}",
    "the file expands to {size_mb:.0f} MB of data; the limit is {limit_mb:.0f} MB":
        "该文件解压后有 {size_mb:.0f} MB 数据，上限为 {limit_mb:.0f} MB。",
    "the file is compressed {ratio:.0f} times (over {limit:.0f}): refused as a possible zip bomb":
        "该文件压缩比达 {ratio:.0f} 倍（超过 {limit:.0f}）：疑似压缩炸弹，已拒绝。",
    "the file is damaged (not a readable zip): {detail}": "文件已损坏（不是可读的 zip）：{detail}",
    "the file is damaged: a DIMENSIONS record of {length} bytes in sheet {sheet}":
        "文件已损坏：工作表 {sheet} 中的 DIMENSIONS 记录长 {length} 字节。",
    "the file is damaged: a cell record of {length} bytes in sheet {sheet}":
        "文件已损坏：工作表 {sheet} 中的单元格记录长 {length} 字节。",
    "the file is damaged: a cell record that does not add up in sheet {sheet}":
        "文件已损坏：工作表 {sheet} 中有长度不符的单元格记录。",
    "the file is damaged: a record runs past the end of the workbook": "文件已损坏：有记录超出了工作簿末尾。",
    "the file is damaged: an .ods without content.xml": "文件已损坏：.ods 文件缺少 content.xml。",
    "the file is damaged: an .xls shorter than its header": "文件已损坏：.xls 文件比其文件头还短。",
    "the file is damaged: cell reference {ref!r} in sheet {sheet}": "文件已损坏：工作表 {sheet} 中的单元格引用 {ref!r}。",
    "the file is damaged: it claims {count:,} shared strings in {size:,} bytes":
        "文件已损坏：它声称在 {size:,} 字节中有 {count:,} 个共享字符串。",
    "the file is damaged: its header claims {count:,} {what} in a file of {size:,} bytes":
        "文件已损坏：文件头声称 {size:,} 字节的文件中有 {count:,} 个 {what}。",
    "the file is damaged: row number {ref!r} in sheet {sheet}": "文件已损坏：工作表 {sheet} 中的行号 {ref!r}。",
    "the file is damaged: sector size 2^{shift} in the .xls header": "文件已损坏：.xls 文件头中的扇区大小为 2^{shift}。",
    "the file is damaged: sheet {sheet} ends before it starts": "文件已损坏：工作表 {sheet} 的结束位置在开始位置之前。",
    "the file is damaged: sheet {sheet} starts past the end of the workbook": "文件已损坏：工作表 {sheet} 的开始位置超出了工作簿末尾。",
    "the file is damaged: stream {stream} claims {claimed:,} bytes in a file of {size:,}":
        "文件已损坏：数据流 {stream} 声称有 {claimed:,} 字节，而文件只有 {size:,} 字节。",
    "the file is damaged: {attr}={value!r}": "文件已损坏：{attr}={value!r}",
    "the file is damaged: {detail}": "文件已损坏：{detail}",
    "the file is damaged: {member} is not well-formed XML ({detail})": "文件已损坏：{member} 不是格式正确的 XML（{detail}）。",
    "the file is not a spreadsheet or a text (CSV) file": "该文件不是表格文件，也不是文本（CSV）文件。",
    "the file is not an Excel workbook (no Workbook stream)": "该文件不是 Excel 工作簿（没有 Workbook 数据流）。",
    "the file is password-protected; save it without a password": "该文件有密码保护，请去掉密码后另存。",
    "the file is {size_mb:.1f} MB; files over {limit_mb:.0f} MB are not imported (split it, or raise the limit)":
        "该文件有 {size_mb:.1f} MB，超过 {limit_mb:.0f} MB 的文件不导入（请拆分文件或提高上限）。",
    "the text is in {encoding}, not UTF-8 or GBK/GB18030; save the CSV as UTF-8":
        "文本编码为 {encoding}，不是 UTF-8 或 GBK/GB18030，请将 CSV 另存为 UTF-8。",
    "the text is marked as {encoding} but is not valid {encoding}": "文本标明为 {encoding}，但不是有效的 {encoding}。",
    "the text is not UTF-8 and reads as no encoding sopdesk knows; save the CSV as UTF-8":
        "文本不是 UTF-8，也无法识别为 sopdesk 支持的编码，请将 CSV 另存为 UTF-8。",
    "the workbook has no sheets": "工作簿中没有工作表。",
    "there is no sheet named {sheet!r}; sheets: {sheets}": "没有名为 {sheet!r} 的工作表；现有工作表：{sheets}",
    "this web page holds no table to import": "该网页中没有可导入的表格。",
    "this zip file is not a spreadsheet (.xlsx or .ods)": "该 zip 文件不是表格（.xlsx 或 .ods）。",
    "{member} is compressed with method {method}, which is not read": "{member} 使用了无法读取的压缩方式 {method}。",
    "{member} is compressed {ratio:.0f} times: refused as a possible zip bomb": "{member} 压缩比达 {ratio:.0f} 倍：疑似压缩炸弹，已拒绝。",
    "{member} is {size:,} bytes; a workbook's index is never that large": "{member} 有 {size:,} 字节，工作簿的索引不会这么大。",
    "{member} nests elements more than {limit} deep: refused as hostile": "{member} 的元素嵌套超过 {limit} 层：视为恶意文件，已拒绝。",
    "{member} uses entities or a DTD, which are not read (unsafe)": "{member} 使用了实体或 DTD，出于安全不予读取。",
    "{sheet} has more than {limit:,} cells; the limit is {limit:,}": "{sheet} 超过 {limit:,} 个单元格，上限为 {limit:,}。",
    "{sheet} has {cells:,} cells in {rows:,} rows; the limit is {limit:,} cells":
        "{sheet} 在 {rows:,} 行中有 {cells:,} 个单元格，上限为 {limit:,} 个单元格。",
    "{sheet} has {cells:,} cells; the limit is {limit:,} cells": "{sheet} 有 {cells:,} 个单元格，上限为 {limit:,} 个单元格。",
}

ZH = {f"ServiceErrors|{k}": v for k, v in _FILES.items()}
