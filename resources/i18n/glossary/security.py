"""Simplified Chinese for where the database settings keep a PostgreSQL password (context
DatabaseSettingsDialog): the OS password store, or nowhere."""

ZH = {
    "DatabaseSettingsDialog|The password is kept in this PC's password store ({0}), not in the settings file.":
        "密码保存在本机的密码存储（{0}）中，不写入设置文件。",
    "DatabaseSettingsDialog|This PC has no password store: the password is not saved. "
    "Enter it here again after each start.":
        "本机没有密码存储：密码不会被保存。每次启动后请在此重新输入密码。",
}
