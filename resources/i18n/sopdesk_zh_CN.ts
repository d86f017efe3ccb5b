<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccuracyPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="101" />
            <source>Lag 1 is the forecast made in the meeting the month before; WMAPE = Σ|shipped − forecast| / Σ shipped (lower is better); value added = the baseline's WMAPE minus sales' (above 0: sales' adjustment beat the statistics).</source>
            <translation>滞后 1 是上月评审会做出的预测；WMAPE = Σ|发货 − 预测| / Σ发货（越低越好）；附加值 = 统计基线的 WMAPE 减去销售预测的 WMAPE（大于 0：销售的调整胜过统计）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="107" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="129" />
            <source>{0}: {1} product(s) forecast.</source>
            <translation>{0}：共预测 {1} 个产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="132" />
            <source>No agreed review planned it at lag {0}: missing, not zero.</source>
            <translation>滞后 {0} 没有已确认的需求评审：数据缺失，不按零计。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="135" />
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="136" />
            <source>Salesperson {0}</source>
            <translation>销售员 {0}</translation>
        </message>
    </context>
    <context>
        <name>Admin</name>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="34" />
            <source>Meeting action item</source>
            <translation>会议待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="46" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="47" />
            <location filename="../../sopdesk/ui/admin/common.py" line="35" />
            <location filename="../../sopdesk/ui/admin/password.py" line="23" />
            <location filename="../../sopdesk/ui/admin/users.py" line="151" />
            <location filename="../../sopdesk/ui/admin/users.py" line="184" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="48" />
            <source>Kind of record</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="49" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="50" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="51" />
            <source>Before → after</source>
            <translation>修改前 → 修改后</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="68" />
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="211" />
            <location filename="../../sopdesk/ui/admin/history.py" line="74" />
            <source>system</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="97" />
            <source>All kinds of record</source>
            <translation>全部记录类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="101" />
            <source>Order no., code, user name or setting</source>
            <translation>订单号、编码、用户名或设置项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="106" />
            <source>All users</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="107" />
            <source>system (demo, command line)</source>
            <translation>系统（演示数据、命令行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="110" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="116" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="118" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="138" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="138" />
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="139" />
            <source>After</source>
            <translation>修改后</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="195" />
            <source>{0} entries</source>
            <translation>共 {0} 条</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="207" />
            <source>Choose an entry to see every field it changed.</source>
            <translation>选择一条记录，查看它修改的每个字段。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/audit_log.py" line="210" />
            <source>{0} · {1} · {2} {3}</source>
            <translation>{0} · {1} · {2} {3}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="36" />
            <source>BOM line</source>
            <translation>BOM 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="37" />
            <source>Capacity submission</source>
            <translation>产能申报</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="38" />
            <source>Consensus line</source>
            <translation>共识计划行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="39" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="40" />
            <source>Demand review cycle</source>
            <translation>需求评审周期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="41" />
            <source>Forecast line</source>
            <translation>预测行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="42" />
            <source>Import batch</source>
            <translation>导入批次</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="43" />
            <source>Import profile</source>
            <translation>导入映射方案</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="44" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="45" />
            <source>Location</source>
            <translation>库位/仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="46" />
            <source>Maintenance window</source>
            <translation>设备检修</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="47" />
            <source>Material constraint</source>
            <translation>物料约束</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="48" />
            <source>Order review task</source>
            <translation>订单评审任务</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="49" />
            <source>Production plan line</source>
            <translation>生产计划行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="50" />
            <source>Purchase order</source>
            <translation>采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="51" />
            <source>Purchase order line</source>
            <translation>采购单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="52" />
            <source>Sales order</source>
            <translation>销售订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="53" />
            <source>Sales order line</source>
            <translation>销售订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="54" />
            <location filename="../../sopdesk/ui/admin/common.py" line="71" />
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="55" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="56" />
            <source>Work center</source>
            <translation>产线/工作中心</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="57" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="61" />
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="62" />
            <location filename="../../sopdesk/ui/admin/history.py" line="45" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="63" />
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="68" />
            <location filename="../../sopdesk/ui/admin/users.py" line="264" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="69" />
            <location filename="../../sopdesk/ui/admin/users.py" line="129" />
            <location filename="../../sopdesk/ui/admin/users.py" line="167" />
            <location filename="../../sopdesk/ui/admin/users.py" line="228" />
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="70" />
            <source>Password changed</source>
            <translation>密码已修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="72" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="73" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="74" />
            <location filename="../../sopdesk/ui/admin/history.py" line="40" />
            <location filename="../../sopdesk/ui/admin/history.py" line="114" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="75" />
            <location filename="../../sopdesk/ui/admin/history.py" line="41" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="76" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="77" />
            <source>Counts</source>
            <translation>数量统计</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="78" />
            <source>Undone at</source>
            <translation>撤销时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="79" />
            <location filename="../../sopdesk/ui/admin/history.py" line="47" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="80" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="81" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="82" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="83" />
            <source>Record id</source>
            <translation>记录 ID</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="88" />
            <source>Factory name</source>
            <translation>工厂名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="89" />
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="90" />
            <source>Working week</source>
            <translation>工作周</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="91" />
            <source>Order review deadline (hours)</source>
            <translation>订单评审时限（小时）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="92" />
            <source>Negative stock</source>
            <translation>负库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="93" />
            <source>Demand review meeting (day of month)</source>
            <translation>需求评审会（每月几号）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="96" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="97" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="128" />
            <source>rows read</source>
            <translation>读取</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="128" />
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="129" />
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="129" />
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="130" />
            <source>skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="130" />
            <source>created with it</source>
            <translation>随之新建</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="131" />
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="131" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="132" />
            <source>stock moves reversed</source>
            <translation>冲销库存变动</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="133" />
            <source>orders cancelled</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="134" />
            <source>customers kept</source>
            <translation>保留客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="135" />
            <source>documents created</source>
            <translation>新建单据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="136" />
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="197" />
            <source>… {0} more</source>
            <translation>… 另有 {0} 项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="213" />
            <source>Undone already ({0}).</source>
            <translation>已于 {0} 撤销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="215" />
            <source>Your role may not change this kind of record.</source>
            <translation>您的角色不能修改这类记录。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="217" />
            <source>Cannot be undone: {0} record(s) ({1}) that this import changed were changed again since (by hand or by a later import; undoing a later import changes them too). Correct them by hand instead.</source>
            <translation>无法撤销：此次导入修改的 {0} 条记录（{1}）之后又被修改过（手工修改或之后的导入；撤销之后的导入也算修改）。请手工更正。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="221" />
            <source>Cannot be undone: {0} record(s) ({1}) that this import created were changed since. Correct them by hand instead.</source>
            <translation>无法撤销：此次导入新建的 {0} 条记录（{1}）之后被修改过。请手工更正。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="224" />
            <source>Cannot be undone: {0} stock move(s) of this import were reversed already.</source>
            <translation>无法撤销：此次导入的 {0} 笔库存变动已被冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/common.py" line="226" />
            <source>Cannot be undone: records this import created are now used elsewhere (orders, BOMs, stock). Nothing was changed.</source>
            <translation>无法撤销：此次导入新建的记录已被其他数据使用（订单、BOM、库存）。没有做任何修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="39" />
            <source>Imported at</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="42" />
            <source>By</source>
            <translation>导入人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="43" />
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="44" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="46" />
            <source>Created with it</source>
            <translation>随之新建</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="103" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="104" />
            <source>Show undone imports</source>
            <translation>显示已撤销的导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="107" />
            <source>Undo this import…</source>
            <translation>撤销此次导入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="164" />
            <source>{0} imports</source>
            <translation>共 {0} 次导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="187" />
            <source>Choose an import to see whether it can be undone.</source>
            <translation>选择一次导入，查看能否撤销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="190" />
            <source>Can be undone: what it changed is put back, what it created is deleted (orders it created are cancelled), its stock moves are reversed.</source>
            <translation>可以撤销：修改过的记录恢复原值，新建的记录删除（新建的订单改为已取消），库存变动冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="199" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="199" />
            <source>Undo the import of {0} ({1}, {2})?</source>
            <translation>撤销 {0} 的导入（{1}，{2}）？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/history.py" line="212" />
            <source>Undone: {0} restored, {1} deleted, {2} stock moves reversed, {3} orders cancelled.</source>
            <translation>已撤销：恢复 {0} 条，删除 {1} 条，冲销库存变动 {2} 笔，取消订单 {3} 张。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/password.py" line="21" />
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/password.py" line="24" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/password.py" line="26" />
            <location filename="../../sopdesk/ui/admin/users.py" line="185" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/password.py" line="27" />
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="41" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="41" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="41" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="42" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="42" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="42" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="43" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="60" />
            <source>shown on printed sheets and the window title</source>
            <translation>显示在打印单据和窗口标题上</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="79" />
            <source>hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="80" />
            <source>Allow negative stock where a location refuses it (not recommended)</source>
            <translation>允许禁止负库存的库位出现负库存（不建议）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="84" />
            <source>day </source>
            <translation>每月 </translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="89" />
            <source>Dates, month ends and deadlines follow this zone. Changing it recounts the monthly stock figures.</source>
            <translation>日期、月末和期限都按此时区计算。修改后会重新统计各月库存数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="92" />
            <source>The default week; holidays and extra working days are in Master data → Working calendar.</source>
            <translation>默认的每周工作日；节假日和调休上班日在“基础资料 → 工作日历”中维护。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="94" />
            <source>Production and supply answer a custom order's review within this time (24 h by default).</source>
            <translation>生产和供应须在此时限内回复定制订单评审（默认 24 小时）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="97" />
            <source>The monthly demand review meeting (需求评审会).</source>
            <translation>每月召开需求评审会的日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="114" />
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="116" />
            <source>Undo my changes</source>
            <translation>撤销我的修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/settings_page.py" line="226" />
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/tab.py" line="35" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/tab.py" line="36" />
            <source>Settings</source>
            <translation>系统设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/tab.py" line="37" />
            <source>Import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/tab.py" line="38" />
            <source>Audit log</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="119" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="126" />
            <source>Add user</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="127" />
            <location filename="../../sopdesk/ui/admin/users.py" line="166" />
            <location filename="../../sopdesk/ui/admin/users.py" line="228" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="128" />
            <source>e.g. wang.fang (used to sign in)</source>
            <translation>例如 wang.fang（登录时使用）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="130" />
            <source>e.g. 王芳</source>
            <translation>例如 王芳</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="131" />
            <location filename="../../sopdesk/ui/admin/users.py" line="228" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="132" />
            <source>Initial password</source>
            <translation>初始密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="133" />
            <location filename="../../sopdesk/ui/admin/users.py" line="186" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="134" />
            <source>Tell the user this password; they can change it from the File menu after signing in.</source>
            <translation>请把此密码告诉该用户；登录后可在“文件”菜单中自行修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="149" />
            <source>Change role: {0}</source>
            <translation>修改角色：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="152" />
            <source>New role</source>
            <translation>新角色</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="164" />
            <source>Change display name: {0}</source>
            <translation>修改显示名称：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="170" />
            <source>The name shown on documents and lists. The user name used to sign in stays.</source>
            <translation>单据和列表上显示的姓名。登录用的用户名不变。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="182" />
            <source>Reset password: {0}</source>
            <translation>重置密码：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="187" />
            <source>The old password stops working at once. Tell the user the new one.</source>
            <translation>旧密码立即失效。请把新密码告诉该用户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="210" />
            <source>Add user…</source>
            <translation>新增用户…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="211" />
            <source>Change role…</source>
            <translation>修改角色…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="212" />
            <source>Change display name…</source>
            <translation>修改显示名称…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="213" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="214" />
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="215" />
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="228" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="263" />
            <source>(you)</source>
            <translation>（本人）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="264" />
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="301" />
            <source>This is your own account: its role and state are changed by another administrator. Change your password from the File menu.</source>
            <translation>这是您本人的账号：角色和状态须由其他管理员修改。修改密码请使用“文件”菜单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="304" />
            <source>The last active administrator keeps the role and stays active: make another user administrator first.</source>
            <translation>最后一个启用中的管理员必须保留管理员角色并保持启用：请先把其他用户设为管理员。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="327" />
            <source>User {0} added.</source>
            <translation>已新增用户 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="334" />
            <source>{0} is now {1}.</source>
            <translation>{0} 的角色已改为“{1}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="341" />
            <source>{0} is now shown as {1}.</source>
            <translation>{0} 现在显示为 {1}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="348" />
            <source>The password of {0} was reset.</source>
            <translation>已重置 {0} 的密码。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="354" />
            <source>{0} was reactivated.</source>
            <translation>已重新启用 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/admin/users.py" line="354" />
            <source>{0} was deactivated: they can no longer sign in.</source>
            <translation>已停用 {0}：该用户不能再登录。</translation>
        </message>
    </context>
    <context>
        <name>AnswerForm</name>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="37" />
            <source>Answer for {0}</source>
            <translation>{0}答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="38" />
            <source>Feasible</source>
            <translation>可行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="39" />
            <source>Not feasible</source>
            <translation>不可行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="47" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="50" />
            <source>Required when not feasible</source>
            <translation>不可行时必须说明原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="51" />
            <location filename="../../sopdesk/ui/review/answer_form.py" line="83" />
            <source>Send answer</source>
            <translation>提交答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="60" />
            <source>Can it be done?</source>
            <translation>能否做到？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="62" />
            <source>Days to make it</source>
            <translation>生产需要天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="64" />
            <source>Material arrives on</source>
            <translation>物料到货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="65" />
            <source>Comment</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/answer_form.py" line="83" />
            <source>Revise answer</source>
            <translation>修改答复</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="91" />
            <source>Connecting to the database…</source>
            <translation>正在连接数据库…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="118" />
            <source>The database was upgraded to this version; the old one was saved as {0}.</source>
            <translation>数据库已升级到当前版本，旧数据库已备份为 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="121" />
            <source>Warning: {0}</source>
            <translation>注意：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="124" />
            <source>This database has no users yet.</source>
            <translation>该数据库还没有用户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="129" />
            <source>Connected.</source>
            <translation>已连接。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="168" />
            <source>Use “Change…” to choose another database.</source>
            <translation>请点击“更改…”选择其他数据库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="184" />
            <source>The demo factory is loaded. Sign in as sales, production, supply, manager or admin with the password demo123.</source>
            <translation>演示工厂已载入。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/app.py" line="214" />
            <source>The database is not ready yet.</source>
            <translation>数据库尚未就绪。</translation>
        </message>
    </context>
    <context>
        <name>CloseShortDialog</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="39" />
            <source>Close {0} short</source>
            <translation>短结 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="45" />
            <source>Line {0} {1} {2}: {3} {4} will not arrive</source>
            <translation>第 {0} 行 {1} {2}：{3} {4} 不再到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="47" />
            <source>What is still open is closed short: it stays on the order with the reason and no longer counts as coming. Goods received so far are kept.</source>
            <translation>未到货的数量将短结：连同原因保留在采购单上，不再计为在途。已收到的货物不受影响。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="53" />
            <source>Why will the rest not arrive? (e.g. supplier stopped the item)</source>
            <translation>余下为何不再到货？（例如：供应商停产）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="56" />
            <source>Close short</source>
            <translation>短结</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="64" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/close_dialog.py" line="79" />
            <source>Give the reason the rest will not arrive.</source>
            <translation>请填写余下不再到货的原因。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="39" />
            <source>Confirm order {0}</source>
            <translation>确认订单 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="44" />
            <source>Confirm the delivery date you agreed with {0}.</source>
            <translation>请确认与{0}商定的交期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="51" />
            <source>e.g. agreed by phone with the buyer</source>
            <translation>例如：已与采购电话确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="54" />
            <source>Confirm order</source>
            <translation>确认订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="55" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="58" />
            <source>Earliest possible date</source>
            <translation>最早可交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="59" />
            <source>Promised delivery date</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/confirm_dialog.py" line="61" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="73" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="76" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="78" />
            <source>&lt;b&gt;{who}&lt;/b&gt; saved this order at {when}, after you opened it. Your changes were &lt;b&gt;not&lt;/b&gt; saved, and nothing of theirs was overwritten.</source>
            <translation>在您打开此订单之后，&lt;b&gt;{who}&lt;/b&gt; 于 {when} 保存了它。您的修改&lt;b&gt;没有&lt;/b&gt;保存，对方的修改也没有被覆盖。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="83" />
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="88" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="83" />
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="88" />
            <source>When you opened it</source>
            <translation>您打开时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="84" />
            <source>Saved by them</source>
            <translation>对方保存的值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="84" />
            <source>By</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="84" />
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="89" />
            <source>Your copy</source>
            <translation>您的版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="89" />
            <source>Saved version</source>
            <translation>已保存的版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="92" />
            <source>Reload (discard my changes)</source>
            <translation>重新载入（放弃我的修改）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="93" />
            <source>Compare side by side</source>
            <translation>并排比较</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="94" />
            <source>Keep my copy and edit again</source>
            <translation>保留我的内容，继续编辑</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="96" />
            <source>Continue from the saved version with your values in the form; nothing is saved until you press Save again.</source>
            <translation>在已保存的版本上继续编辑，表单中保留您填写的内容；再次点击保存之前不会保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="98" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="99" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="104" />
            <source>What they changed:</source>
            <translation>对方修改了：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="107" />
            <source>They saved the order without changing any of its fields (for example they opened it and pressed Save). Reload to continue from their version, or compare.</source>
            <translation>对方保存订单时没有修改任何字段（例如只是打开后点了保存）。可以重新载入对方的版本继续编辑，或进行比较。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="116" />
            <source>Differences are highlighted:</source>
            <translation>不同之处已高亮：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="171" />
            <source>Line added</source>
            <translation>新增一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="171" />
            <source>Line removed</source>
            <translation>删除一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="172" />
            <source>Line changed</source>
            <translation>修改一行</translation>
        </message>
    </context>
    <context>
        <name>ConsensusPanel</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="53" />
            <source>Save consensus</source>
            <translation>保存共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="56" />
            <source>Flex band…</source>
            <translation>弹性区间…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="101" />
            <source>Not recorded yet: the default from the feasible figure and the flex band</source>
            <translation>尚未记录：按可行量和弹性区间给出的默认值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="108" />
            <source>The manager records the consensus in the meeting; grey figures are the defaults.</source>
            <translation>共识由总经理在会上记录；灰色数字为默认值。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="111" />
            <source>The consensus is recorded in the meeting (start the meeting first); grey figures are the defaults.</source>
            <translation>共识在会上记录（请先开始会议）；灰色数字为默认值。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="114" />
            <source>Grey: the default (feasible; targets from the flex band). Clear a target to take the flex band again.</source>
            <translation>灰色：默认值（可行量；目标按弹性区间）。清空目标即重新按弹性区间计算。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="131" />
            <source>Only a manager records the consensus</source>
            <translation>只有总经理可以记录共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="133" />
            <source>The consensus is recorded in the meeting</source>
            <translation>共识在会上记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="135" />
            <source>Nothing changed</source>
            <translation>没有修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="141" />
            <source>Record the changed lines (yellow)</source>
            <translation>记录修改的行（黄色）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="145" />
            <source>Only a manager sets a product's flex band</source>
            <translation>只有总经理可以设置产品的弹性区间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="146" />
            <source>Select a product's line first</source>
            <translation>请先选择一个产品行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="147" />
            <source>How far above the consensus this product's production and supply targets reach</source>
            <translation>该产品的生产目标和供应目标比共识量高出多少</translation>
        </message>
    </context>
    <context>
        <name>CountDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="64" />
            <source>Stock count</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="71" />
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="73" />
            <source>Only items with stock here</source>
            <translation>仅本仓库有库存的物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="76" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="76" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="76" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="77" />
            <source>System on hand</source>
            <translation>账面数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="77" />
            <source>Counted</source>
            <translation>实盘数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="78" />
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="86" />
            <source>Note (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="90" />
            <source>Post count</source>
            <translation>过账盘点</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="96" />
            <source>Location</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="106" />
            <source>Enter what you counted; leave items you did not count empty.</source>
            <translation>录入实盘数量；未盘的物料请留空。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="171" />
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="200" />
            <source>Row {0}: enter a number of zero or more.</source>
            <translation>第 {0} 行：请输入大于或等于零的数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="212" />
            <source>Enter the counted quantity of at least one item.</source>
            <translation>请至少录入一个物料的实盘数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/count_dialog.py" line="225" />
            <source>Count {0} posted: {1} items counted, {2} differences posted.</source>
            <translation>盘点单 {0} 已过账：盘点 {1} 个物料，过账差异 {2} 笔。</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="164" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="179" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="181" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="186" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="190" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="271" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="194" />
            <source>Set baseline</source>
            <translation>设为基准</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="200" />
            <source>Only the manager and the administrator change the settings</source>
            <translation>只有总经理和系统管理员可以修改设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="204" />
            <source>Baseline month</source>
            <translation>基准月</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="209" />
            <source>Order delivery panorama (open order lines by risk, late first)</source>
            <translation>订单交付全景（未完成订单行按风险，延误在前）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="210" />
            <source>Open order lines by delivery risk (shade: order status)</source>
            <translation>未完成订单行：交期风险（深浅：订单状态）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="211" />
            <source>On-time delivery by month</source>
            <translation>订单交付及时率（按月）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="212" />
            <source>Inventory health</source>
            <translation>库存健康度</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="213" />
            <source>Stock value by ABC class</source>
            <translation>库存金额（按 ABC 分类）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="214" />
            <source>Items in stock by days of supply</source>
            <translation>有库存物料（按可供天数）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="215" />
            <source>Slow-moving, excess, below safety (items)</source>
            <translation>呆滞、超储、低于安全库存（物料数）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="216" />
            <source>Improvement tracker (against the baseline month)</source>
            <translation>改善跟踪（对比基准月）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="217" />
            <source>Order lead time (days)</source>
            <translation>订单交付周期（天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="218" />
            <source>Inventory value at month end</source>
            <translation>月末库存金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="314" />
            <source>As of {today} · click a bar or a month for the list behind it</source>
            <translation>截至 {today} · 点击柱条或月份查看明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="326" />
            <source>{risk} · {status}: {lines} lines</source>
            <translation>{risk} · {status}：{lines} 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="330" />
            <source>{lines} lines · {orders} orders</source>
            <translation>{lines} 行 · {orders} 张订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="331" />
            <source>Promised within {days} days counts as at risk</source>
            <translation>承诺交期在 {days} 天内即算有风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="345" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="364" />
            <source>target {target}</source>
            <translation>目标 {target}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="369" />
            <source>No baseline month chosen yet.</source>
            <translation>尚未选择基准月。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="372" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="376" />
            <source>baseline {month}: {value}</source>
            <translation>基准 {month}：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="378" />
            <source>goal −{pct} %: {value}</source>
            <translation>目标 −{pct}%：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="383" />
            <source>Inventory {change} % against {month}.</source>
            <translation>库存较 {month} 变化 {change}%。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="387" />
            <source>The baseline month's inventory value is missing: {why}</source>
            <translation>基准月的库存金额缺数据：{why}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="389" />
            <source>The baseline month's lead time is missing: {why}</source>
            <translation>基准月的交付周期缺数据：{why}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="392" />
            <source>Lead time {now} days now, {base} days in {month}, target {target}.</source>
            <translation>交付周期现为 {now} 天，{month} 为 {base} 天，目标 {target}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="408" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="437" />
            <source>Someone else changed the baseline month just now: it is shown again as saved.</source>
            <translation>其他人刚刚修改了基准月：已重新显示保存的值。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="451" />
            <source>Class {abc}</source>
            <translation>{abc} 类</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="453" />
            <source>{value} · {items} items</source>
            <translation>{value} · {items} 个物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="455" />
            <source>no use in 90 days</source>
            <translation>90 天内无消耗</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="455" />
            <source>under 7 days</source>
            <translation>不足 7 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="455" />
            <source>7–30 days</source>
            <translation>7–30 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="456" />
            <source>30–90 days</source>
            <translation>30–90 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="456" />
            <source>90 days or more</source>
            <translation>90 天及以上</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="459" />
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="463" />
            <source>{items} items · {value}</source>
            <translation>{items} 个物料 · {value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="462" />
            <source>Slow-moving</source>
            <translation>呆滞</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="464" />
            <source>Excess</source>
            <translation>超储</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="465" />
            <source>{items} items · {value} excess</source>
            <translation>{items} 个物料 · 超储 {value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="466" />
            <source>Below safety stock</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="468" />
            <source>{items} items</source>
            <translation>{items} 个物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="483" />
            <source>Order lines due in {month}</source>
            <translation>{month} 到期的订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="487" />
            <source>Order lines delivered in {month}</source>
            <translation>{month} 交付的订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="492" />
            <source>Stock at the end of {month} at standard cost</source>
            <translation>{month} 月末库存（按标准成本）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="497" />
            <source>Items of class {abc}</source>
            <translation>{abc} 类物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="497" />
            <source>Slow-moving items</source>
            <translation>呆滞物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="498" />
            <source>Items with excess stock</source>
            <translation>超储物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="498" />
            <source>Items below safety stock</source>
            <translation>低于安全库存的物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="499" />
            <source>Items in stock by days of supply: {range}</source>
            <translation>按可供天数的有库存物料：{range}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettingsDialog</name>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="51" />
            <source>Database settings</source>
            <translation>数据库设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="55" />
            <source>This PC only: a local file (SQLite)</source>
            <translation>仅本机：本地文件（SQLite）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="56" />
            <source>Shared: a PostgreSQL server on the network</source>
            <translation>多人共用：局域网内的 PostgreSQL 服务器</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="58" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="73" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="77" />
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="84" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="89" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="90" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="91" />
            <source>Database name</source>
            <translation>数据库名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="92" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="93" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="100" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="103" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="104" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="137" />
            <source>The password is kept in this PC's password store ({0}), not in the settings file.</source>
            <translation>密码保存在本机的密码存储（{0}）中，不写入设置文件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="142" />
            <source>This PC has no password store: the password is not saved. Enter it here again after each start.</source>
            <translation>本机没有密码存储：密码不会被保存。每次启动后请在此重新输入密码。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="147" />
            <source>Database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="147" />
            <source>sopdesk database (*.db);;All files (*)</source>
            <translation>sopdesk 数据库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="166" />
            <source>Enter the server's name or address.</source>
            <translation>请输入服务器名称或地址。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="169" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="175" />
            <source>Connected. The database is ready ({0} users).</source>
            <translation>连接成功，数据库可以使用（{0} 个用户）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="176" />
            <source>Connected. The database is from an older version of sopdesk: it will be upgraded (with a backup) when you sign in.</source>
            <translation>连接成功。该数据库来自旧版 sopdesk，登录时会先备份再升级。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="178" />
            <source>Connected. The database is empty: sopdesk sets it up when you continue.</source>
            <translation>连接成功。数据库是空的，继续后 sopdesk 会自动初始化。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="199" />
            <source>Enter a file or a server.</source>
            <translation>请填写数据库文件或服务器。</translation>
        </message>
    </context>
    <context>
        <name>DemandReview</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="26" />
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="20" />
            <location filename="../../sopdesk/ui/demand_review/production.py" line="22" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="26" />
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="20" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="27" />
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="22" />
            <source>Feasible</source>
            <translation>可行量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="27" />
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="23" />
            <source>Binding</source>
            <translation>约束</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="28" />
            <source>Consensus</source>
            <translation>共识量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="28" />
            <source>Production target</source>
            <translation>生产目标</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="29" />
            <source>Supply target</source>
            <translation>备料目标</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/consensus.py" line="29" />
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="21" />
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="44" />
            <source>Forecast</source>
            <translation>预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="21" />
            <source>Capacity allows</source>
            <translation>产能允许</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="22" />
            <source>Material allows</source>
            <translation>物料允许</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="23" />
            <source>Why</source>
            <translation>约束说明</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="20" />
            <source>{item} {month}: the forecast of {forecast} can be made and supplied in full</source>
            <translation>{item} {month}：预测 {forecast} 可全部生产和供料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="22" />
            <source>{item} {month}: no sales forecast; the statistical baseline of {forecast} can be made and supplied in full</source>
            <translation>{item} {month}：无销售预测；统计基线 {forecast} 可全部生产和供料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="25" />
            <source>{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} {unit} after maintenance)</source>
            <translation>{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} {unit}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="28" />
            <source>{item} {month}: {work_center} can make at most {qty} ({working_days} working days, {available} of {full} {unit} after maintenance, {others} {unit} taken by the products before it)</source>
            <translation>{item} {month}：{work_center} 最多可生产 {qty}（{working_days} 个工作日，检修后 {available}/{full} {unit}，其中 {others} {unit} 已被排在前面的产品占用）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="31" />
            <source>{item} {month}: {material} allows at most {qty} ({left} {unit} by the end of the month: {on_hand} on hand, {on_order} on order, new orders from {available_date}; {qty_per} {unit} a unit)</source>
            <translation>{item} {month}：{material} 最多够 {qty}（月底可用 {left} {unit}：现有 {on_hand}，在途 {on_order}，新订单 {available_date} 起到货；每件用 {qty_per} {unit}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="34" />
            <source>{item} {month}: no forecast and no baseline yet</source>
            <translation>{item} {month}：尚无预测和基线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="38" />
            <source>collecting inputs</source>
            <translation>收集输入中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="39" />
            <source>in the meeting</source>
            <translation>会议中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="40" />
            <source>agreed</source>
            <translation>已达成共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="41" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="45" />
            <location filename="../../sopdesk/ui/demand_review/production.py" line="23" />
            <source>Capacity</source>
            <translation>产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="46" />
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="24" />
            <source>Material</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="49" />
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="50" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="51" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="56" />
            <source>Enter the sales forecast per product and month</source>
            <translation>按产品和月份填写销售预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="57" />
            <source>Confirm the capacity per work center and month</source>
            <translation>按工作中心和月份确认产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/messages.py" line="58" />
            <source>Confirm the key materials (availability, lead time, price)</source>
            <translation>确认关键物料（可供量、交期、价格）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="41" />
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="43" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="41" />
            <source>Signed by</source>
            <translation>签字人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="42" />
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="42" />
            <source>Holds</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="43" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="44" />
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="44" />
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="45" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="45" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="22" />
            <source>Work center</source>
            <translation>工作中心</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="23" />
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="24" />
            <source>After maintenance</source>
            <translation>检修后产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="24" />
            <source>Maintenance</source>
            <translation>检修</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="25" />
            <source>Max output per product</source>
            <translation>各产品最大产出</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="25" />
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="29" />
            <source>Confirmed by</source>
            <translation>确认人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="26" />
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="30" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="29" />
            <source>Take today's calendar and maintenance</source>
            <translation>按今天的日历和检修计划重算</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="30" />
            <source>The rows nobody confirmed are computed again from the calendar and the maintenance windows as they are now</source>
            <translation>未确认的行按当前的工作日历和设备检修计划重新计算</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="19" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="19" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="24" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="25" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="25" />
            <source>On hand</source>
            <translation>现有库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="26" />
            <source>Open POs</source>
            <translation>在途采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="26" />
            <source>Lead days</source>
            <translation>交期(天)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="27" />
            <source>New orders from</source>
            <translation>新订单到货日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="27" />
            <source>Per month</source>
            <translation>每月可供</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="28" />
            <source>Guaranteed</source>
            <translation>保证供应</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="28" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="29" />
            <source>Used by</source>
            <translation>用于</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="33" />
            <source>Take today's stock and POs</source>
            <translation>按今天的库存和采购单重算</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="34" />
            <source>Every row gets today's on-hand and open purchase orders; the rows nobody confirmed get a new proposal</source>
            <translation>每一行取今天的库存和未交采购单；未确认的行重新给出建议</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="46" />
            <source>Save corrections</source>
            <translation>保存修正</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="99" />
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="108" />
            <source>The review's inputs can no longer change</source>
            <translation>本次评审的输入已不能再修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="101" />
            <source>Nothing changed</source>
            <translation>没有修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="110" />
            <source>Save your corrections first</source>
            <translation>请先保存您的修正</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/inputs.py" line="119" />
            <source>Save the changed rows (yellow) as confirmed by you</source>
            <translation>保存修改的行（黄色），记为由您确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="83" />
            <source>Save minutes</source>
            <translation>保存会议纪要</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="22" />
            <source>Lag</source>
            <translation>滞后</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="22" />
            <source>Who / what</source>
            <translation>人员 / 产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="23" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="23" />
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="29" />
            <source>Sales forecast</source>
            <translation>销售预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="24" />
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="30" />
            <source>Baseline</source>
            <translation>统计基线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="24" />
            <source>Sales WMAPE</source>
            <translation>销售 WMAPE</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="25" />
            <source>Baseline WMAPE</source>
            <translation>基线 WMAPE</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="25" />
            <source>Sales bias</source>
            <translation>销售偏差</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="26" />
            <source>Value added</source>
            <translation>附加值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/accuracy.py" line="28" />
            <source>Lag {0}</source>
            <translation>滞后 {0}</translation>
        </message>
    </context>
    <context>
        <name>DemandReviewTab</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="79" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="80" />
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="81" />
            <source>Off: the core products only (the pilot scope)</source>
            <translation>不勾选：只评审核心产品（试点范围）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="84" />
            <source>Open review</source>
            <translation>开启评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="87" />
            <source>Submit my input</source>
            <translation>提交本部门输入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="100" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="121" />
            <source>Sales forecast</source>
            <translation>销售预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="122" />
            <source>Supply: key materials</source>
            <translation>供应链：关键物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="123" />
            <source>Production: capacity</source>
            <translation>生产：产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="124" />
            <source>Feasibility</source>
            <translation>可行性</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="125" />
            <source>Meeting</source>
            <translation>评审会</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="126" />
            <source>Accuracy</source>
            <translation>预测准确率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="174" />
            <source> (not open)</source>
            <translation>（未开启）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="197" />
            <source>Not open yet.</source>
            <translation>尚未开启。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="200" />
            <source>The {0} demand review is not open. Open it to compute the statistical baseline, the key materials and the capacity; each department then gets its task in the inbox.</source>
            <translation>{0} 的需求评审尚未开启。开启后将计算统计基线、关键物料和产能，各部门会在收件箱收到各自的任务。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="203" />
            <source>The demand review of this month is not open yet: the manager opens it (it also opens by itself a week before the meeting day).</source>
            <translation>本月的需求评审尚未开启：由总经理开启（会议日前一周也会自动开启）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="206" />
            <source>{month}: {status} · meeting {meeting} · months {first} to {last} · revision {revision}</source>
            <translation>{month}：{status} · 会议日 {meeting} · 月份 {first} 至 {last} · 版本 {revision}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="224" />
            <source>{dept}: submitted by {who}</source>
            <translation>{dept}：{who} 已提交</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="228" />
            <source>{dept}: waiting (due {due})</source>
            <translation>{dept}：待提交（期限 {due}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="229" />
            <source>, overdue</source>
            <translation>，已超期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="230" />
            <source>Inputs: {0}</source>
            <translation>输入：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="236" />
            <source>Only a manager opens the demand review</source>
            <translation>只有总经理可以开启需求评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="238" />
            <source>This month's review is open</source>
            <translation>本月评审已开启</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="240" />
            <source>Choose a month</source>
            <translation>请选择月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="245" />
            <source>Sales, production and supply each submit their own input</source>
            <translation>销售、生产和供应链各自提交本部门的输入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="248" />
            <source>The review is not open</source>
            <translation>评审尚未开启</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="250" />
            <source>The review's inputs can no longer change</source>
            <translation>本次评审的输入已不能再修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="252" />
            <source>{0} has submitted already</source>
            <translation>{0}已提交</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="260" />
            <source>Start meeting</source>
            <translation>开始会议</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="261" />
            <source>Agree</source>
            <translation>达成共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="262" />
            <source>Back to collecting</source>
            <translation>退回收集输入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="263" />
            <source>Close review</source>
            <translation>关闭评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="264" />
            <source>Reopen meeting</source>
            <translation>重新开会</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="271" />
            <source>Only a manager runs the meeting</source>
            <translation>只有总经理主持会议</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="273" />
            <source>Waiting for: {0}</source>
            <translation>尚待提交：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="275" />
            <source>Sign-offs missing: {0}</source>
            <translation>尚缺签字：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="282" />
            <source>Open the review and compute the proposals</source>
            <translation>开启评审并计算建议值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="287" />
            <source>The scope is set by a manager while the review collects its inputs</source>
            <translation>评审范围由总经理在收集输入阶段设定</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="292" />
            <source>Submit {0} input</source>
            <translation>提交{0}输入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/tab.py" line="293" />
            <source>Hand in your department's input: the task in the inbox is done</source>
            <translation>提交本部门的输入：收件箱中的任务即完成</translation>
        </message>
    </context>
    <context>
        <name>DialogLive</name>
        <message>
            <location filename="../../sopdesk/ui/orders/live_dialog.py" line="96" />
            <source>another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/live_dialog.py" line="120" />
            <source>Offline — retrying. Nothing you typed is lost: the order is saved as soon as the database answers.</source>
            <translation>离线 — 正在重试。您输入的内容不会丢失：数据库一恢复，订单即会保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/live_dialog.py" line="124" />
            <source>Changed on another PC by {0}. Your edits are kept; saving shows both versions.</source>
            <translation>{0} 已在另一台电脑上修改此订单。您的修改仍保留；保存时会同时显示两个版本。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/live_dialog.py" line="128" />
            <source>{0} is editing {1}</source>
            <translation>{0} 正在编辑 {1}</translation>
        </message>
    </context>
    <context>
        <name>DrillPanel</name>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="72" />
            <source>loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="91" />
            <source>Double-click a row to open its order</source>
            <translation>双击一行打开订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="95" />
            <source>{total} rows, the first {shown} shown</source>
            <translation>共 {total} 行，显示前 {shown} 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="96" />
            <source>{total} rows</source>
            <translation>共 {total} 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="108" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="136" />
            <source>Order line</source>
            <translation>订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="108" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="136" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="108" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="136" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="108" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="108" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="109" />
            <source>Promised</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="109" />
            <source>Requested</source>
            <translation>要求交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="109" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="109" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="118" />
            <source>on time</source>
            <translation>按期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="118" />
            <source>late</source>
            <translation>延误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="118" />
            <source>not due yet</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="122" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="123" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="136" />
            <source>Delivered</source>
            <translation>交付日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="123" />
            <source>On time?</source>
            <translation>是否按期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="129" />
            <source>on time {on_time}, late {late}, not due yet {pending}</source>
            <translation>按期 {on_time}，延误 {late}，未到期 {pending}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="136" />
            <source>Ordered</source>
            <translation>下单日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="137" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <source>Standard cost</source>
            <translation>标准成本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="148" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="176" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="152" />
            <source>total {value}</source>
            <translation>合计 {value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <source>Class</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="159" />
            <source>On hand</source>
            <translation>现有库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="160" />
            <source>Days of supply</source>
            <translation>可供天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="160" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="160" />
            <source>Excess value</source>
            <translation>超储金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="160" />
            <source>Last move</source>
            <translation>最近变动</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="173" />
            <source>missing</source>
            <translation>缺数据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="176" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="176" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/drill.py" line="176" />
            <source>How it is counted / why missing</source>
            <translation>计算方法 / 缺数据原因</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="44" />
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="45" />
            <source>in_review</source>
            <translation>评审中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="46" />
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="47" />
            <source>in_production</source>
            <translation>生产中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="48" />
            <source>partially_shipped</source>
            <translation>部分发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="49" />
            <source>shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="50" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="51" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="52" />
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="53" />
            <source>released</source>
            <translation>已下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="54" />
            <source>in_progress</source>
            <translation>生产中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="55" />
            <source>done</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="56" />
            <source>partial</source>
            <translation>部分收货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="57" />
            <source>received</source>
            <translation>已收货</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="124" />
            <source>Someone else saved this record after you opened it. Nothing was overwritten.</source>
            <translation>其他人在您打开此记录后保存了它。您的修改没有覆盖任何内容。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="93" />
            <source>Database settings</source>
            <translation>数据库设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="96" />
            <source>Database unreachable</source>
            <translation>无法连接数据库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="97" />
            <source>The database cannot be reached. Check the network cable or Wi-Fi, that the database server is running, and the address in Database settings.</source>
            <translation>无法连接数据库。请检查网线或无线网络、数据库服务器是否已开启，以及“数据库设置”中的地址。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="103" />
            <source>Database busy</source>
            <translation>数据库繁忙</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="104" />
            <source>The database could not complete this action (it may be busy). Nothing was saved. Please try again.</source>
            <translation>数据库未能完成此操作（可能正忙），没有保存任何内容。请重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="109" />
            <source>File error</source>
            <translation>文件错误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="109" />
            <source>A file could not be read or written: {0}</source>
            <translation>无法读写文件：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="113" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="114" />
            <source>Something went wrong that sopdesk did not expect. Nothing was saved by this action. Please report it to your administrator with the details below.</source>
            <translation>sopdesk 遇到了意外问题，此操作没有保存任何内容。请把下面的详细信息告诉系统管理员。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="134" />
            <source>Not allowed</source>
            <translation>无权操作</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="135" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="136" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="137" />
            <source>Please check</source>
            <translation>请检查</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="27" />
            <location filename="../../sopdesk/ui/importer/export.py" line="34" />
            <location filename="../../sopdesk/ui/importer/export.py" line="46" />
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="32" />
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="33" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="47" />
            <source>{0} rows written to {1}</source>
            <translation>已将 {0} 行写入 {1}</translation>
        </message>
    </context>
    <context>
        <name>FeasibilityPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="38" />
            <source>Feasible = the least of the forecast (sales' figure, else the statistical baseline), what capacity after maintenance allows and what the key materials allow.</source>
            <translation>可行量 = 预测（销售数字，没有则用统计基线）、检修后产能允许量、关键物料允许量三者中的最小值。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/feasibility.py" line="57" />
            <source>{0} (baseline)</source>
            <translation>{0}（基线）</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="51" />
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="52" />
            <source>An Excel or CSV file (.xlsx, .xls, .ods, .csv) and what it holds.</source>
            <translation>选择 Excel 或 CSV 文件（.xlsx、.xls、.ods、.csv）及其内容类型。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="56" />
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="57" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="60" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="64" />
            <source>It holds:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="73" />
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="38" />
            <source>Search order no., customer or product</source>
            <translation>搜索订单号、客户或产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="51" />
            <source>Open orders only</source>
            <translation>只看未完成订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="52" />
            <location filename="../../sopdesk/ui/orders/filters.py" line="171" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="56" />
            <source>All customers</source>
            <translation>全部客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="63" />
            <source>Custom and standard</source>
            <translation>定制款和标准款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="64" />
            <source>Custom orders only</source>
            <translation>只看定制款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="65" />
            <source>Standard orders only</source>
            <translation>只看标准款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="67" />
            <source>Any delivery risk</source>
            <translation>全部交期风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="68" />
            <source>Late or at risk</source>
            <translation>已延期或有风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="72" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="82" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="173" />
            <source>Open orders</source>
            <translation>未完成订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/filters.py" line="177" />
            <source>{0} statuses</source>
            <translation>{0} 种状态</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="56" />
            <source>Set up sopdesk</source>
            <translation>初始化 sopdesk</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="60" />
            <source>&lt;b&gt;Welcome to sopdesk.&lt;/b&gt;&lt;br&gt;This database is new and has no users yet ({0}). Load the demo factory to look around, or create the first administrator to start with your own data.</source>
            <translation>&lt;b&gt;欢迎使用 sopdesk。&lt;/b&gt;&lt;br&gt;这是一个新数据库，还没有用户（{0}）。可以载入演示工厂先看看，或者创建第一个管理员，开始录入自己的数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="65" />
            <source>Demo factory</source>
            <translation>演示工厂</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="66" />
            <source>Load the demo factory</source>
            <translation>载入演示工厂</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="72" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="77" />
            <source>A small maker of machined and cast parts: customers, products, bills of materials, more than a year of orders, reviews, production and stock. Sign in as sales, production, supply, manager or admin; the password is demo123.</source>
            <translation>一家机加工和铸件小厂：客户、产品、物料清单（BOM），以及一年多的订单、评审、生产和库存数据。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="88" />
            <source>First administrator</source>
            <translation>第一个管理员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="96" />
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="99" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="100" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="101" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="102" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="106" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="135" />
            <source>Preparing…</source>
            <translation>正在准备…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="143" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="152" />
            <source>The demo factory is ready. Sign in as sales, production, supply, manager or admin with password demo123.</source>
            <translation>演示工厂已就绪。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="164" />
            <source>Stopped: nothing was loaded.</source>
            <translation>已停止，没有载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="176" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>FlexDialog</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="43" />
            <source>Flex band of {0}</source>
            <translation>{0} 的弹性区间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="46" />
            <source>The product's own band.</source>
            <translation>该产品自己的弹性区间。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="47" />
            <source>The defaults (no band of its own yet).</source>
            <translation>默认值（该产品尚未单独设置）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="52" />
            <source>Production target above the consensus</source>
            <translation>生产目标高于共识量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="53" />
            <source>Supply target above the consensus</source>
            <translation>供应目标高于共识量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/flex_dialog.py" line="54" />
            <source>Use the defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>FromShortageDialog</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="34" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="34" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="35" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="35" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="36" />
            <source>Needed by</source>
            <translation>需求日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="36" />
            <source>Expected</source>
            <translation>预计到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="37" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="37" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="38" />
            <source>Lead time</source>
            <translation>交货周期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="61" />
            <source>Purchase orders from shortages</source>
            <translation>按缺料生成采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="65" />
            <source>One purchase order per default supplier, each line the quantity nothing covers yet, expected when it is needed. They are created as &lt;b&gt;drafts&lt;/b&gt;: check prices and dates on the Purchasing tab, then confirm them — only a confirmed order covers the shortage.</source>
            <translation>每个默认供应商生成一张采购单，每行为尚无覆盖的缺料数量，预计到货日期为需求日期。采购单以&lt;b&gt;草稿&lt;/b&gt;生成：请在“采购”页检查单价和日期后再确认——只有已确认的采购单才能覆盖缺料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="89" />
            <source>Create draft orders</source>
            <translation>生成草稿采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="106" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="115" />
            <source>{0} d</source>
            <translation>{0} 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="117" />
            <source>{0} d: earliest {1}, {2} d after the need</source>
            <translation>{0} 天：最早 {1}，晚于需求 {2} 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="131" />
            <source>Draft orders: {0} · lines: {1} · amount {2} (at standard cost)</source>
            <translation>草稿采购单：{0} 张 · {1} 行 · 金额 {2}（按标准成本）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="133" />
            <source>Nothing to order from these rows.</source>
            <translation>所选行没有需要采购的物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="136" />
            <source>Create {0} draft orders</source>
            <translation>生成 {0} 张草稿采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="137" />
            <source>Create the draft order</source>
            <translation>生成草稿采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="140" />
            <source>{0}: the supplier {1} needs {2} days, so it arrives {3} at the earliest — {4} days after it is needed ({5}).</source>
            <translation>{0}：供应商 {1} 需要 {2} 天，最早 {3} 到货——比需求日期（{5}）晚 {4} 天。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="151" />
            <source>No default supplier (set one in Master data, or order them by hand): {0}.</source>
            <translation>没有默认供应商（请在“基础资料”中设置，或手工下单）：{0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="154" />
            <source>{0} {1}: its default supplier {2} is inactive.</source>
            <translation>{0} {1}：其默认供应商 {2} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="157" />
            <source>Made in house (a work order cures the shortage): {0}.</source>
            <translation>自制件（应开工单补料）：{0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="160" />
            <source>Already covered by open orders: {0}.</source>
            <translation>已由未结单据覆盖：{0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="162" />
            <source>No longer short: {0}.</source>
            <translation>已不再缺料：{0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="164" />
            <source>Not ordered:</source>
            <translation>未生成采购：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="168" />
            <source>Already on a draft order waiting to be confirmed: {0}. Confirming that draft may be all that is needed.</source>
            <translation>已在待确认的草稿采购单中：{0}。也许确认该草稿即可。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="188" />
            <source>Created {0} as drafts. Check and confirm them on the Purchasing tab.</source>
            <translation>已生成草稿 {0}。请在“采购”页检查并确认。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/from_shortage.py" line="189" />
            <source>Nothing was created: nothing left to order.</source>
            <translation>未生成任何采购单：已无需采购。</translation>
        </message>
    </context>
    <context>
        <name>HealthView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="159" />
            <source>All items</source>
            <translation>全部物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="159" />
            <source>Below safety stock</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="160" />
            <source>Slow-moving (no move for 90 days)</source>
            <translation>呆滞（90 天无出入库）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="161" />
            <source>Excess stock</source>
            <translation>超储</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="161" />
            <source>Class A items</source>
            <translation>A 类物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="166" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="204" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="218" />
            <source>{0} of them listed</source>
            <translation>列出 {0} 项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="220" />
            <source>{0} of them listed, the first {1} shown (the export has all)</source>
            <translation>共 {0} 项，显示前 {1} 项（导出包含全部）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="223" />
            <source>{0} items, stock value {1} · below safety {2} · slow-moving {3} (value {4}) · excess {5} (value {6}) · A/B/C items {7}/{8}/{9} · consumption over the last 90 days</source>
            <translation>共 {0} 个物料，库存金额 {1} · 低于安全库存 {2} · 呆滞 {3}（金额 {4}）· 超储 {5}（金额 {6}）· A/B/C 类 {7}/{8}/{9} · 按近 90 天消耗计算</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="72" />
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="118" />
            <source>This file cannot be imported: {0}</source>
            <translation>该文件无法导入：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="139" />
            <source>No header row for {0} found in this sheet: expected columns such as {1}.</source>
            <translation>这张工作表中未找到{0}的表头行：应有“{1}”等列。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="167" />
            <source>Cancelled. Press Next to read the file again.</source>
            <translation>已取消。点击“下一步”重新读取文件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="172" />
            <source>Reading the rows…</source>
            <translation>正在读取数据…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="200" />
            <source>Import cancelled: nothing was written.</source>
            <translation>已取消导入：未写入任何数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="205" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
    </context>
    <context>
        <name>InboxButton</name>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="61" />
            <source>Inbox: {0} new · {1} to do</source>
            <translation>通知 {0} 条 · 待办 {1} 项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="63" />
            <source>{0} overdue</source>
            <translation>{0} 项超时</translation>
        </message>
    </context>
    <context>
        <name>InboxDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="83" />
            <source>Inbox (notices and to-dos)</source>
            <translation>通知和待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="97" />
            <source>Show read notices</source>
            <translation>显示已读通知</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="98" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="99" />
            <source>Mark read</source>
            <translation>标为已读</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="100" />
            <source>Mark all read</source>
            <translation>全部标为已读</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="101" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="135" />
            <source>{0} new notices, {1} to-dos</source>
            <translation>{0} 条新通知，{1} 项待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inbox.py" line="137" />
            <source>{0} overdue</source>
            <translation>{0} 项超时</translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="21" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="22" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="23" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="24" />
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="35" />
            <source>Answer the order review {0} ({1})</source>
            <translation>答复订单评审 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="37" />
            <source>Follow-up: {0}</source>
            <translation>跟进事项：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="39" />
            <source>Order review requested: {0}</source>
            <translation>订单评审请求：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="41" />
            <source>Review answered: {0}</source>
            <translation>评审已答复：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="45" />
            <source>Overdue review: {0} ({1} has not answered)</source>
            <translation>评审超时：{0}（{1}未答复）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="46" />
            <source>Overdue review: {0}</source>
            <translation>评审超时：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="48" />
            <source>Order confirmed: {0}</source>
            <translation>订单已确认：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="50" />
            <source>Review withdrawn: {0}</source>
            <translation>评审已撤回：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="90" />
            <source>Notice</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="91" />
            <source>To-do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/inbox.py" line="95" />
            <source>OVERDUE · {0}</source>
            <translation>超时 · {0}</translation>
        </message>
    </context>
    <context>
        <name>InventoryModel</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="39" />
            <source>Finished</source>
            <translation>成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="40" />
            <source>Semi-finished</source>
            <translation>半成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="41" />
            <source>Raw material</source>
            <translation>原材料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="44" />
            <source>Receipt</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="45" />
            <source>Issue to production</source>
            <translation>生产领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="46" />
            <source>Production output</source>
            <translation>生产入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="47" />
            <source>Shipment</source>
            <translation>销售出库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="48" />
            <source>Transfer</source>
            <translation>调拨</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="49" />
            <source>Adjustment</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="50" />
            <source>Stock count</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="51" />
            <source>Opening balance</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="178" />
            <source>Open {0}</source>
            <translation>打开 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="54" />
            <location filename="../../sopdesk/ui/inventory/health.py" line="70" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="83" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="55" />
            <location filename="../../sopdesk/ui/inventory/health.py" line="71" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="84" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="56" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="85" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="60" />
            <source>Daily use</source>
            <translation>日均消耗</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="61" />
            <source>Days of supply</source>
            <translation>可用天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="62" />
            <source>Slow-moving</source>
            <translation>呆滞</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="63" />
            <source>Excess</source>
            <translation>超储数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="64" />
            <source>Stock value</source>
            <translation>库存金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="65" />
            <source>ABC</source>
            <translation>ABC 分类</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="72" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="86" />
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="53" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="73" />
            <source>Required</source>
            <translation>需求量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="74" />
            <source>Usable stock</source>
            <translation>可用库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="75" />
            <source>Short</source>
            <translation>缺料数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="76" />
            <source>Covered</source>
            <translation>已有来源</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="77" />
            <source>Not covered</source>
            <translation>无来源</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="79" />
            <source>First need</source>
            <translation>最早需求日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="80" />
            <source>Covered by</source>
            <translation>补足日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="82" />
            <source>Cure</source>
            <translation>补料方式</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="83" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="84" />
            <source>Purchase</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="85" />
            <source>Covered by documents</source>
            <translation>来源单据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="57" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="87" />
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="45" />
            <source>On hand</source>
            <translation>现存量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="88" />
            <source>Reserved</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="89" />
            <source>Available</source>
            <translation>可用量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="58" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="90" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="59" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="91" />
            <source>Below safety</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="110" />
            <source>Below</source>
            <translation>低于</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="130" />
            <source>Open sales orders {0} + work order materials {1}</source>
            <translation>未完成销售订单 {0} + 工单用料 {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="133" />
            <source>Blocked in quarantine: {0}</source>
            <translation>待检/隔离库存不可用：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="34" />
            <source>Moved at</source>
            <translation>业务时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="35" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="43" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="51" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="36" />
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="44" />
            <source>Location</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="37" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="46" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="53" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="38" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="42" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="50" />
            <source>Document</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="39" />
            <source>Posted by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="40" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="46" />
            <source>Last move</source>
            <translation>最近变动</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="48" />
            <source>PO no.</source>
            <translation>采购单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="49" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="52" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="50" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="51" />
            <source>Ordered</source>
            <translation>订购数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="52" />
            <source>Received</source>
            <translation>已收数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="54" />
            <source>Expected</source>
            <translation>预计到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="55" />
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="55" />
            <source>Late</source>
            <translation>延期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="56" />
            <source>{0} d late</source>
            <translation>延期 {0} 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="44" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="45" />
            <source>For</source>
            <translation>用于</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="47" />
            <source>Need date</source>
            <translation>需求日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="54" />
            <source>Arrives</source>
            <translation>到货日期</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="61" />
            <source>Search code, name or spec</source>
            <translation>搜索编码、名称或规格</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="63" />
            <source>Below safety stock only</source>
            <translation>仅低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="64" />
            <source>Short only</source>
            <translation>仅缺料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="65" />
            <source>Available below zero</source>
            <translation>可用量小于零</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="66" />
            <source>With stock only</source>
            <translation>仅有库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="67" />
            <source>Moves…</source>
            <translation>出入库明细…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="68" />
            <source>The moves behind the selected item's on-hand (double-click a row)</source>
            <translation>所选物料现存量的出入库明细（双击一行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="69" />
            <source>Receive…</source>
            <translation>收货…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="70" />
            <source>Goods receipt against an open purchase order line</source>
            <translation>按未完成的采购订单行收货入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="71" />
            <source>Stock count…</source>
            <translation>盘点…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="72" />
            <source>Enter counted quantities at a location and post the differences</source>
            <translation>录入某仓库的实盘数量，过账盘盈盘亏</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="73" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="78" />
            <source>Read only: availability for your role</source>
            <translation>只读：您的角色可查看可用量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="127" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="128" />
            <source>Health</source>
            <translation>库存健康度</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="129" />
            <source>Shortages</source>
            <translation>缺料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="168" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="181" />
            <source>{0} items</source>
            <translation>共 {0} 个物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="183" />
            <source>({0} loaded)</source>
            <translation>（已载入 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="190" />
            <source>Could not load</source>
            <translation>载入失败</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="47" />
            <source>Material issue — {0}</source>
            <translation>领料 — {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="54" />
            <source>{0} · {1} {2}</source>
            <translation>{0} · {1} {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="56" />
            <source>Take from</source>
            <translation>领料库位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="63" />
            <source>The work order's product has no bill of materials: nothing to issue.</source>
            <translation>该工单产品没有 BOM：无需领料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="72" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="74" />
            <source>Issue</source>
            <translation>领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="86" />
            <source>Offline: proposed from what this PC last saw; the issue is kept on this PC and sent when the server is back.</source>
            <translation>离线：按本机最后一次同步的数据建议领料；领料单保存在本机，服务器恢复后上传。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="108" />
            <source>Material</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="108" />
            <source>Issued so far</source>
            <translation>已领数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="108" />
            <source>Issue now</source>
            <translation>本次领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="146" />
            <source>Not a number.</source>
            <translation>不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="152" />
            <source>Nothing to issue: every quantity is 0.</source>
            <translation>没有要领的料：所有数量都是 0。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="166" />
            <source>Accepted {0} materials for {1}: kept on this PC, being sent</source>
            <translation>已接收 {1} 的 {0} 种物料：已保存在本机，正在上传</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="177" />
            <source>Issued {0} materials to {1}</source>
            <translation>已为 {1} 领料 {0} 种</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="196" />
            <source>Not enough stock of {0} at {1}: on hand {2}.</source>
            <translation>{1} 的 {0} 库存不足：现有 {2}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="198" />
            <source>Not issued: {0}</source>
            <translation>未领料：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/issue_dialog.py" line="205" />
            <source>Not confirmed: {0} Press Issue again — it will count once.</source>
            <translation>未确认：{0} 请再按一次“领料”——只会计一次。</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/keypad.py" line="36" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
    </context>
    <context>
        <name>KpiSheetDialog</name>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="50" />
            <source>Print KPI sheet</source>
            <translation>打印 KPI 看板表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="64" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="64" />
            <source>Production</source>
            <translation>生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="64" />
            <source>Supply chain</source>
            <translation>供应链</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="65" />
            <source>Manager (all KPIs)</source>
            <translation>总经理（全部指标）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="75" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="76" />
            <source>Save PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="77" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="81" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="82" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="83" />
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="107" />
            <source>Choose at least one page.</source>
            <translation>请至少选择一页。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="120" />
            <source>Reading the figures…</source>
            <translation>正在读取数据…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="135" />
            <source>Saved {0}.</source>
            <translation>已保存 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="145" />
            <source>Sent to the printer.</source>
            <translation>已发送到打印机。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/reports/kpi_dialog.py" line="149" />
            <source>Save KPI sheet</source>
            <translation>保存 KPI 看板表</translation>
        </message>
    </context>
    <context>
        <name>KpiText</name>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="19" />
            <source>Revenue</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="20" />
            <source>On-time delivery</source>
            <translation>订单交付及时率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="21" />
            <source>On-time delivery (requested date)</source>
            <translation>订单交付及时率（按客户要求日期）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="22" />
            <source>Output value</source>
            <translation>产值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="23" />
            <source>Inventory turnover</source>
            <translation>库存周转率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="24" />
            <source>Days of inventory</source>
            <translation>库存周转天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="25" />
            <source>Purchase cost</source>
            <translation>采购成本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="26" />
            <source>On-time material arrival</source>
            <translation>原材料及时到货率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="27" />
            <source>Order lead time</source>
            <translation>订单交付周期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="28" />
            <source>Inventory value at month end</source>
            <translation>月末库存金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="29" />
            <source>Forecast accuracy</source>
            <translation>预测准确率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="32" />
            <source>Sales</source>
            <translation>销售部</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="33" />
            <source>Production</source>
            <translation>生产部</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="34" />
            <source>Supply chain</source>
            <translation>供应链部</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="35" />
            <source>Shared</source>
            <translation>共同KPI</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="37" />
            <source>CNY</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="37" />
            <source>turns</source>
            <translation>次</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="38" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="40" />
            <source>shipments dated in {month} x order line price = {revenue}</source>
            <translation>{month} 发货数量 × 订单行单价 = {revenue}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="41" />
            <source>lines due in {month} (promised date, else requested) fully shipped by that date {on_time} / ({on_time} + late {late}) x 100</source>
            <translation>{month} 到期的订单行（承诺交期，无则要求交期）按期全部发出 {on_time} / ({on_time} + 延误 {late}) × 100</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="43" />
            <source>lines requested for {month} fully shipped by the requested date {on_time} / ({on_time} + late {late}) x 100</source>
            <translation>{month} 客户要求交货的订单行按要求日期全部发出 {on_time} / ({on_time} + 延误 {late}) × 100</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="45" />
            <source>days from order date to delivery of the {lines} lines delivered in {month}: {total_days} / {lines} (median {median})</source>
            <translation>{month} 交付的 {lines} 个订单行，从下单到交付的天数 {total_days} / {lines}（中位数 {median}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="47" />
            <source>good quantity reported in {month} x standard cost = {output}, {products} products</source>
            <translation>{month} 报工良品数量 × 标准成本 = {output}，{products} 个产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="48" />
            <source>(shipped {shipped} + issued {issued}) / average inventory {average} ((opening {opening} + closing {closing}) / 2)</source>
            <translation>(发货 {shipped} + 领料 {issued}) / 平均库存 {average}（(期初 {opening} + 期末 {closing}) / 2）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="50" />
            <source>{days} days x average inventory {average} / (shipped {shipped} + issued {issued})</source>
            <translation>{days} 天 × 平均库存 {average} / (发货 {shipped} + 领料 {issued})</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="51" />
            <source>on hand at the end of {month} x standard cost = {closing}</source>
            <translation>{month} 月末库存数量 × 标准成本 = {closing}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="52" />
            <source>received in {month} x purchase order price = {purchase}</source>
            <translation>{month} 收货数量 × 采购单价 = {purchase}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="53" />
            <source>PO lines due in {month} fully received by the expected date {on_time} / ({on_time} + late {late}) x 100</source>
            <translation>{month} 到期的采购行按预计到货日全部收到 {on_time} / ({on_time} + 延误 {late}) × 100</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="56" />
            <source>no stock movement is recorded up to the end of {month}</source>
            <translation>截至 {month} 月末尚无任何库存记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="57" />
            <source>there was no inventory in {month}</source>
            <translation>{month} 没有库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="58" />
            <source>nothing was shipped or issued in {month}</source>
            <translation>{month} 没有发货或领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="59" />
            <source>no order lines are due in {month}</source>
            <translation>{month} 没有到期的订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="60" />
            <source>{pending} order lines due in {month} are not due yet</source>
            <translation>{month} 到期的 {pending} 个订单行尚未到期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="61" />
            <source>no order lines were delivered in {month}</source>
            <translation>{month} 没有交付的订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="62" />
            <source>no purchase order lines are due in {month}</source>
            <translation>{month} 没有到期的采购行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="63" />
            <source>{pending} purchase order lines due in {month} are not due yet</source>
            <translation>{month} 到期的 {pending} 个采购行尚未到期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="64" />
            <source>{month} has not begun</source>
            <translation>{month} 尚未开始</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="65" />
            <source>1 − Σ|shipped − lag-1 sales forecast| / Σ shipped = 1 − {error} / {shipped}, {products} products ({review} review)</source>
            <translation>1 − Σ|发货 − 滞后1销售预测| / Σ发货 = 1 − {error} / {shipped}，{products} 个产品（{review} 需求评审）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="67" />
            <source>{month} is not over yet</source>
            <translation>{month} 尚未结束</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="68" />
            <source>no agreed demand review planned {month}</source>
            <translation>{month} 没有已确认的需求评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/texts.py" line="69" />
            <source>none of the forecast products shipped in {month}</source>
            <translation>{month} 预测的产品都没有发货</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="108" />
            <source>missing</source>
            <translation>缺数据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="114" />
            <source>{month} to date</source>
            <translation>{month} 截至今日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="116" />
            <source>target {target}</source>
            <translation>目标 {target}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dashboard/tab.py" line="118" />
            <source>{month}: {value}</source>
            <translation>{month}：{value}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="18" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="19" />
            <source>In review</source>
            <translation>评审中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="20" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="21" />
            <source>In production</source>
            <translation>生产中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="22" />
            <source>Partly shipped</source>
            <translation>部分发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="23" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="24" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="25" />
            <location filename="../../sopdesk/ui/labels.py" line="61" />
            <location filename="../../sopdesk/ui/labels.py" line="67" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="30" />
            <source>Back to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="31" />
            <source>Send to review</source>
            <translation>提交评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="32" />
            <source>Confirm order</source>
            <translation>确认订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="33" />
            <source>Start production</source>
            <translation>开始生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="34" />
            <source>Close order</source>
            <translation>关闭订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="35" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="39" />
            <location filename="../../sopdesk/ui/labels.py" line="48" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="40" />
            <location filename="../../sopdesk/ui/labels.py" line="49" />
            <source>Production</source>
            <translation>生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="41" />
            <location filename="../../sopdesk/ui/labels.py" line="50" />
            <source>Supply chain</source>
            <translation>供应链</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="42" />
            <source>Shop floor</source>
            <translation>车间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="43" />
            <source>Manager</source>
            <translation>总经理</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="44" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="51" />
            <source>Management</source>
            <translation>管理层</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="55" />
            <source>Late</source>
            <translation>已延期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="56" />
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="57" />
            <source>No date</source>
            <translation>未定交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="58" />
            <source>On time</source>
            <translation>按期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="59" />
            <source>Delivered late</source>
            <translation>延期交付</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="60" />
            <source>Delivered</source>
            <translation>已交付</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="65" />
            <source>Waiting for answer</source>
            <translation>待答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="66" />
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="71" />
            <location filename="../../sopdesk/ui/labels.py" line="72" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="73" />
            <source>Order lines</source>
            <translation>订单明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="74" />
            <location filename="../../sopdesk/ui/labels.py" line="96" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="75" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="76" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="77" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="78" />
            <source>Requested date</source>
            <translation>要求交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="79" />
            <source>Promised date</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="80" />
            <source>Custom order</source>
            <translation>定制款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="81" />
            <source>Customer PO</source>
            <translation>客户订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="82" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="83" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="84" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="85" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="86" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="87" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="88" />
            <source>Feasible</source>
            <translation>可行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="89" />
            <source>Lead time (days)</source>
            <translation>生产周期（天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="90" />
            <source>Material arrival date</source>
            <translation>物料到货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="91" />
            <source>Comment</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="92" />
            <source>Salesperson</source>
            <translation>业务员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="93" />
            <source>Shipped quantity</source>
            <translation>已发货数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="94" />
            <source>Delivered date</source>
            <translation>交付日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="95" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="97" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="98" />
            <source>Review task</source>
            <translation>评审任务</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="140" />
            <source>Line {n}: {field}</source>
            <translation>第 {n} 行：{field}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="147" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="147" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>LineShipmentsBox</name>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="107" />
            <source>Shipments</source>
            <translation>发货情况</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="122" />
            <source>Close short…</source>
            <translation>短结…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="124" />
            <source>The rest of the selected line will never ship: close it with a reason</source>
            <translation>所选行的余量不再发货：填写原因后短结</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="184" />
            <source>The order was changed on another PC meanwhile: it is shown again, check it and try again.</source>
            <translation>该订单已在另一台电脑上被修改：已重新显示，请检查后再试。</translation>
        </message>
    </context>
    <context>
        <name>LinesEditor</name>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="78" />
            <source>Product code or name</source>
            <translation>产品编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="80" />
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="92" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="83" />
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="92" />
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="196" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="85" />
            <source>Add line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="87" />
            <source>Enter in the quantity or price adds the line</source>
            <translation>在数量或单价中按回车即可添加一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="92" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="92" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="93" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="93" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="106" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="108" />
            <source>Remove the selected line (Delete)</source>
            <translation>删除选中的行（Delete 键）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="182" />
            <source>Choose a product from the list (type its code or name).</source>
            <translation>请从列表中选择产品（输入编码或名称）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="186" />
            <source>Enter the quantity.</source>
            <translation>请输入数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/lines_editor.py" line="259" />
            <source>Total: {0}</source>
            <translation>合计：{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="68" />
            <source>sopdesk — sales, production and supply</source>
            <translation>sopdesk — 产供销一体化</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="99" />
            <source>There is no screen for the {0} role in this version yet. Your notices and to-dos are in the inbox (bottom right).</source>
            <translation>此版本还没有{0}角色的工作界面。您的通知和待办在右下角。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="108" />
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="110" />
            <source>Signed in as {0}</source>
            <translation>登录用户：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="177" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="178" />
            <source>Sign out / switch user</source>
            <translation>注销 / 切换用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="180" />
            <source>Database settings…</source>
            <translation>数据库设置…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="182" />
            <source>Change my password…</source>
            <translation>修改我的密码…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="188" />
            <source>Import from Excel…</source>
            <translation>导入 Excel…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="195" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="200" />
            <source>Print KPI sheet…</source>
            <translation>打印 KPI 看板表…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="203" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="207" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="208" />
            <source>Inbox</source>
            <translation>通知和待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="211" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="213" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="221" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="222" />
            <location filename="../../sopdesk/ui/mainwindow.py" line="245" />
            <source>About sopdesk</source>
            <translation>关于 sopdesk</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="231" />
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="246" />
            <source>&lt;b&gt;sopdesk {0}&lt;/b&gt;&lt;br&gt;Sales, production and supply on one shared database (产供销一体化) for small factories.&lt;br&gt;&lt;br&gt;Database: {1}</source>
            <translation>&lt;b&gt;sopdesk {0}&lt;/b&gt;&lt;br&gt;面向中小工厂的产供销一体化软件：销售、生产、供应链共用一套数据。&lt;br&gt;&lt;br&gt;数据库：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="346" />
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="348" />
            <source>The database answered the last check.</source>
            <translation>最近一次检查时数据库正常响应。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="350" />
            <source>Connection lost — offline, retrying</source>
            <translation>连接中断 — 离线，正在重试</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="353" />
            <source>The database did not answer. Saving will fail until it is back; sopdesk checks again every 30 seconds.</source>
            <translation>数据库没有响应。恢复之前无法保存；sopdesk 每 30 秒重新检查一次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="358" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="365" />
            <source>Local file: {0}</source>
            <translation>本地文件：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="366" />
            <source>Server: {0}</source>
            <translation>服务器：{0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="162" />
            <source>Columns</source>
            <translation>列对应</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="163" />
            <source>Which column holds which field. Columns set to “not imported” are ignored.</source>
            <translation>指定每一列对应的字段。设为“不导入”的列将被忽略。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="168" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="168" />
            <source>Header in the file</source>
            <translation>文件中的表头</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="169" />
            <source>First values</source>
            <translation>前几行的值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="169" />
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="179" />
            <source>Save this mapping as:</source>
            <translation>将此对应关系保存为：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="181" />
            <source>e.g. the customer's name</source>
            <translation>例如客户名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="182" />
            <source>Save mapping</source>
            <translation>保存对应关系</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="206" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="216" />
            <source>Saved mapping applied: {0}</source>
            <translation>已套用保存的对应关系：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="241" />
            <source>Still to map: {0}</source>
            <translation>尚未对应的必填字段：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="251" />
            <source>Mapping saved as {0}</source>
            <translation>对应关系已保存为“{0}”</translation>
        </message>
    </context>
    <context>
        <name>MasterData</name>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="50" />
            <source>Items</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="51" />
            <source>BOM lines</source>
            <translation>BOM 明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="52" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="53" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="54" />
            <source>Locations</source>
            <translation>库位/仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="55" />
            <source>Work centers</source>
            <translation>产线/工作中心</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="56" />
            <source>Maintenance windows</source>
            <translation>设备检修</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="57" />
            <source>Working calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="60" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="60" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="61" />
            <source>Specification</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="61" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="62" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="63" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="64" />
            <source>Standard cost</source>
            <translation>标准成本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="65" />
            <source>Sales price</source>
            <translation>销售单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="66" />
            <source>Purchase lead time (days)</source>
            <translation>采购提前期（天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="67" />
            <source>Default supplier</source>
            <translation>默认供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="68" />
            <source>Production lead time (days)</source>
            <translation>生产提前期（天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="69" />
            <source>Units per working day</source>
            <translation>日产能（件/天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="70" />
            <source>Hours per unit</source>
            <translation>单件工时（小时）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="71" />
            <source>Minimum lot (MOQ)</source>
            <translation>最小批量（MOQ）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="72" />
            <source>Lot multiple</source>
            <translation>批量倍数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="73" />
            <source>Core item</source>
            <translation>核心物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="74" />
            <source>Backflush materials at output</source>
            <translation>完工倒冲领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="75" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="75" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="76" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="76" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="77" />
            <source>Key account</source>
            <translation>重点客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="78" />
            <source>Lead time (days)</source>
            <translation>交货周期（天）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="79" />
            <source>Refuse negative stock</source>
            <translation>禁止负库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="80" />
            <source>Capacity per day</source>
            <translation>日产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="81" />
            <source>Capacity unit</source>
            <translation>产能单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="82" />
            <source>Hours per day</source>
            <translation>每日工时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="83" />
            <source>Work center</source>
            <translation>产线/工作中心</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="84" />
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="84" />
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="85" />
            <source>Capacity left (0–1)</source>
            <translation>剩余产能（0–1）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="86" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="86" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="87" />
            <source>Working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="88" />
            <source>Parent item</source>
            <translation>父项物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="89" />
            <source>Component</source>
            <translation>子项物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="90" />
            <source>Quantity per</source>
            <translation>单位用量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="91" />
            <source>Scrap rate (0–1)</source>
            <translation>损耗率（0–1）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="96" />
            <source>Finished</source>
            <translation>成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="97" />
            <source>Semi-finished</source>
            <translation>半成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="98" />
            <source>Raw material</source>
            <translation>原材料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="101" />
            <source>Raw material store</source>
            <translation>原料仓</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="102" />
            <source>Work in progress</source>
            <translation>在制品区</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="103" />
            <source>Finished goods store</source>
            <translation>成品仓</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="104" />
            <source>Quarantine</source>
            <translation>待检区</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="107" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>MasterDataTab</name>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="248" />
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="250" />
            <source>Show inactive</source>
            <translation>显示已停用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="251" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="252" />
            <source>Deactivate / delete</source>
            <translation>停用/删除</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="253" />
            <source>A record that documents refer to is deactivated, never deleted</source>
            <translation>已被单据引用的资料只停用，不删除</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="254" />
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="255" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="259" />
            <source>Read only: your role may look these up but not change them</source>
            <translation>只读：您的角色可以查看，不能修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="274" />
            <source>Component</source>
            <translation>子项物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="274" />
            <source>Quantity per</source>
            <translation>单位用量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="274" />
            <source>Scrap rate</source>
            <translation>损耗率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="276" />
            <source>BOM and where used</source>
            <translation>BOM 结构与反查</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="279" />
            <source>Used in:</source>
            <translation>被以下物料使用：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="395" />
            <source>Active</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="403" />
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="424" />
            <source>Edit {0}</source>
            <translation>编辑 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="442" />
            <source>On-time arrival {0}: {1} of {2} lines due over the last 12 months</source>
            <translation>及时到货率 {0}：近 12 个月到期 {2} 行中 {1} 行及时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="444" />
            <source>On-time arrival: no line due over the last 12 months</source>
            <translation>及时到货率：近 12 个月没有到期的采购行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="446" />
            <source>{0} not due yet</source>
            <translation>{0} 行尚未到期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="457" />
            <source>New: {0}</source>
            <translation>新建：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="505" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="522" />
            <source>Deactivated: documents refer to it.</source>
            <translation>已停用：有单据引用此资料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/masterdata/tab.py" line="523" />
            <source>Deleted.</source>
            <translation>已删除。</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="81" />
            <source>Sign off</source>
            <translation>签字确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="84" />
            <source>Sign-offs</source>
            <translation>签字</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="101" />
            <source>What is to be done, e.g. talk to the key customers about delivery</source>
            <translation>要做什么，例如：与重点客户沟通交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="104" />
            <source>Add action</source>
            <translation>添加行动项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="112" />
            <source>What came of it (required to close)</source>
            <translation>结果（关闭时必填）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="114" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="115" />
            <source>Cancel action</source>
            <translation>取消行动项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="121" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="125" />
            <source>Action items</source>
            <translation>行动项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="172" />
            <source>{0}, overdue</source>
            <translation>{0}，已超期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="173" />
            <source>(the department)</source>
            <translation>（全部门）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="188" />
            <source>The whole department</source>
            <translation>全部门</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="200" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="200" />
            <source>No: changed since</source>
            <translation>否：之后有变更</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="202" />
            <source>not yet</source>
            <translation>尚未签字</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="214" />
            <source>Your role does not sign the demand review</source>
            <translation>您的角色不参与需求评审签字</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="216" />
            <source>The sign-offs are given in the meeting</source>
            <translation>签字在会上进行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="218" />
            <source>{0} has signed this revision already</source>
            <translation>{0}已签署当前版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="223" />
            <source>Only a manager adds the meeting's action items</source>
            <translation>只有总经理可以添加会议行动项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="225" />
            <source>Action items are agreed in the meeting</source>
            <translation>行动项在会上确定</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="227" />
            <source>Say what is to be done</source>
            <translation>请写明要做什么</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="238" />
            <source>Select an action item</source>
            <translation>请选择一个行动项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="240" />
            <source>A submission task is done when its department submits its input</source>
            <translation>提交任务在部门提交输入时完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="242" />
            <source>This action item is closed already</source>
            <translation>该行动项已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="246" />
            <source>Only its owner, its department or a manager closes it</source>
            <translation>只有负责人、所属部门或总经理可以关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="248" />
            <source>Say what came of it</source>
            <translation>请写明结果</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="253" />
            <source>Sign the consensus as it stands for {0}</source>
            <translation>以{0}身份签署当前共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="255" />
            <source>Add the action item; it shows in the owner's inbox</source>
            <translation>添加行动项；它会出现在负责人的收件箱</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="256" />
            <source>Close the selected action item as done</source>
            <translation>将所选行动项关闭为已完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/meeting.py" line="257" />
            <source>Close the selected action item as cancelled</source>
            <translation>将所选行动项关闭为已取消</translation>
        </message>
    </context>
    <context>
        <name>MinutesActions</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="121" />
            <source>The language of the minutes</source>
            <translation>会议纪要的语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="122" />
            <source>Print minutes…</source>
            <translation>打印会议纪要…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="123" />
            <source>Minutes PDF…</source>
            <translation>会议纪要 PDF…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="137" />
            <source>The minutes (会议纪要) on one A4 page, to a printer</source>
            <translation>会议纪要（一页 A4），发送到打印机</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="138" />
            <source>The minutes (会议纪要) on one A4 page, as a PDF file</source>
            <translation>会议纪要（一页 A4），保存为 PDF 文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/minutes_print.py" line="140" />
            <source>No review is open for this month</source>
            <translation>本月没有开启的评审</translation>
        </message>
    </context>
    <context>
        <name>MovesDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="72" />
            <source>Stock moves: {0} {1}</source>
            <translation>出入库明细：{0} {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="78" />
            <source>On hand {0} {1} · reserved {2} · available {3}</source>
            <translation>现存量 {0} {1} · 已占用 {2} · 可用量 {3}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="80" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="90" />
            <source>By location</source>
            <translation>按仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="92" />
            <source>Moves, newest first</source>
            <translation>出入库记录（最新在前）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="104" />
            <source>{0} moves · in {1} · out {2} · net {3}</source>
            <translation>共 {0} 笔 · 入 {1} · 出 {2} · 净额 {3}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="107" />
            <source>newest {0} shown</source>
            <translation>显示最新 {0} 笔</translation>
        </message>
    </context>
    <context>
        <name>NewWorkOrderDialog</name>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="101" />
            <source>New work order</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="108" />
            <source>(no line)</source>
            <translation>（未指定产线）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="123" />
            <source>Sales order</source>
            <translation>销售订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="124" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="125" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="126" />
            <source>Line</source>
            <translation>产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="127" />
            <source>Planned start</source>
            <translation>计划开工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="128" />
            <source>Planned end</source>
            <translation>计划完工</translation>
        </message>
    </context>
    <context>
        <name>NotesBox</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="34" />
            <source>Meeting notes</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="41" />
            <source>What was discussed and decided; printed in the minutes</source>
            <translation>讨论和决定的事项；会打印在会议纪要中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="46" />
            <source>Save notes</source>
            <translation>保存会议记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="74" />
            <source>Only a manager keeps the meeting's notes</source>
            <translation>只有经理可以填写会议记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="76" />
            <source>The review is not open</source>
            <translation>评审尚未开启</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="78" />
            <source>A closed review keeps its minutes as they are</source>
            <translation>已关闭的评审不能再修改会议纪要</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="80" />
            <source>Nothing changed</source>
            <translation>没有修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="86" />
            <source>Save the notes; the minutes print them</source>
            <translation>保存会议记录；会议纪要会打印它们</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="98" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/notes.py" line="107" />
            <source>Someone else changed the notes meanwhile (see the message); Save notes again replaces them with yours.</source>
            <translation>其他人在此期间修改了会议记录（见提示）；再次点击“保存会议记录”将用您的内容替换。</translation>
        </message>
    </context>
    <context>
        <name>OfflineBar</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="41" />
            <source>Conflicts to look at</source>
            <translation>待处理的冲突</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="59" />
            <source>This PC's file of waiting reports cannot be opened ({0}): {1}</source>
            <translation>无法打开本机的待上传记录文件（{0}）：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="64" />
            <source>{0} waiting to be sent (reports, material issues), since {1}. They are kept on this PC and sent by themselves when the server is back.</source>
            <translation>{0} 条记录（报工、领料）等待上传，最早的在 {1}。它们保存在本机，服务器恢复后会自动上传。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="68" />
            <source>Offline: reports and material issues are kept on this PC and sent when the server is back.</source>
            <translation>离线：报工和领料保存在本机，服务器恢复后上传。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="72" />
            <source>Everything sent.</source>
            <translation>已全部上传。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="93" />
            <source>Send again</source>
            <translation>重新上传</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="93" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="95" />
            <source>Finish it now</source>
            <translation>现在完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="95" />
            <source>Leave it open</source>
            <translation>保持未完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="112" />
            <source>A material issue typed at {0} was refused by the server: {1}</source>
            <translation>{0} 录入的领料被服务器拒绝：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="114" />
            <source>A report typed at {0} was refused by the server: {1}</source>
            <translation>{0} 录入的报工被服务器拒绝：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="115" />
            <source>its status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="117" />
            <source>{0}: your {1} {2} were recorded, but the work order was changed meanwhile ({3}{4}), so it was not marked finished.</source>
            <translation>{0}：您报的 {1} {2} 已记录，但工单在此期间被修改（{3}{4}），所以没有标记完工。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/offline.py" line="120" />
            <source> by {0}</source>
            <translation>，修改人 {0}</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="92" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="93" />
            <source>Order {0}</source>
            <translation>订单 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="99" />
            <source>Customer code or name</source>
            <translation>客户编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="107" />
            <source>Propose date</source>
            <translation>可承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="109" />
            <source>The earliest date stock, materials and capacity allow, without moving other orders</source>
            <translation>在不影响其他订单的前提下，库存、物料和产能允许的最早交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="116" />
            <source>Custom order (定制款): needs the order review by production and supply chain</source>
            <translation>定制款：需要生产和供应链进行订单评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="125" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="126" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="130" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="132" />
            <source>Customer PO</source>
            <translation>客户订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="135" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="137" />
            <source>Requested date</source>
            <translation>要求交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="139" />
            <source>Promised date</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="149" />
            <source>Lines</source>
            <translation>订单明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="153" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="155" />
            <source>Enter adds a line · Ctrl+S saves · Esc closes</source>
            <translation>回车添加一行 · Ctrl+S 保存 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="214" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="216" />
            <source>A {0} order can no longer be edited.</source>
            <translation>“{0}”状态的订单已不能修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="219" />
            <source>Read only: your role cannot change orders.</source>
            <translation>只读：您的角色不能修改订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="236" />
            <source>Order {0} ({1})</source>
            <translation>订单 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="255" />
            <source>Save and start review</source>
            <translation>保存并发起评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="256" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="278" />
            <source>Add the order's lines first.</source>
            <translation>请先录入订单行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="282" />
            <source>Asking the plan…</source>
            <translation>正在计算可承诺交期…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="326" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="401" />
            <source>You are now editing on top of the version saved by {0}. Check the form, then save.</source>
            <translation>您现在是在 {0} 保存的版本上编辑。请核对表单后再保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="402" />
            <source>another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="456" />
            <source>Line {0}</source>
            <translation>第 {0} 行</translation>
        </message>
    </context>
    <context>
        <name>OrderLinesModel</name>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="46" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="47" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="48" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="49" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="50" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="51" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="52" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="53" />
            <source>Requested</source>
            <translation>要求交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="54" />
            <source>Promised</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="56" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="57" />
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="117" />
            <source>Custom</source>
            <translation>定制款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="58" />
            <source>Salesperson</source>
            <translation>业务员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="132" />
            <source>{0} is editing {1}</source>
            <translation>{0} 正在编辑 {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="55" />
            <source>Delivery risk</source>
            <translation>交期风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="130" />
            <source>Shipped: {0}</source>
            <translation>已发货：{0}</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="82" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="115" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="83" />
            <source>Create a sales order (Ctrl+N)</source>
            <translation>新建销售订单（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="84" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="84" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="86" />
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="90" />
            <source>Show review</source>
            <translation>查看评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="93" />
            <source>Ship…</source>
            <translation>发货…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="95" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="116" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="96" />
            <source>Reload from the database (F5)</source>
            <translation>从数据库重新载入（F5）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="145" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="159" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="164" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="186" />
            <source>{0} lines</source>
            <translation>共 {0} 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="188" />
            <source>({0} loaded)</source>
            <translation>（已载入 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="192" />
            <source>Could not load</source>
            <translation>载入失败</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="226" />
            <source>{0} is editing {1}</source>
            <translation>{0} 正在编辑 {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="326" />
            <source>Ship the open lines of the selected orders (发货)</source>
            <translation>发出所选订单未发的行（发货）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="346" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="347" />
            <source>{0} changed this order after the list was loaded. The list is reloaded; check the order and try again.</source>
            <translation>列表载入后，{0} 修改了这个订单。列表已重新载入，请核对订单后重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="348" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
    </context>
    <context>
        <name>PODialog</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="89" />
            <source>New purchase order</source>
            <translation>新建采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="95" />
            <source>Supplier code or name</source>
            <translation>供应商编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="108" />
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="227" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="110" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="111" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="115" />
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="312" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="117" />
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="314" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="123" />
            <source>Lines</source>
            <translation>采购明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="128" />
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="315" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="130" />
            <source>Enter adds a line · Ctrl+S saves · Esc closes</source>
            <translation>回车添加一行 · Ctrl+S 保存 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="168" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="170" />
            <source>A purchase order that is {0} can no longer be edited.</source>
            <translation>“{0}”的采购单不能再修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="173" />
            <source>Read only: your role cannot change purchase orders.</source>
            <translation>只读：您的角色不能修改采购单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="185" />
            <source>Purchase order {0} ({1})</source>
            <translation>采购单 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="187" />
            <source>Line {0}: {1} closed short — {2}</source>
            <translation>第 {0} 行：{1} 已短结 — {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="197" />
            <source>Lead time {0} days</source>
            <translation>交货周期 {0} 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="200" />
            <source>on-time arrival {0} ({1} of {2} lines, last 12 months)</source>
            <translation>及时到货率 {0}（近 12 个月 {2} 行中 {1} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="227" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="282" />
            <source>You are now editing on top of the version saved by {0}. Check the form, then save.</source>
            <translation>您现在是在 {0} 保存的版本上继续修改。请检查表单后再保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="283" />
            <source>another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/po_dialog.py" line="322" />
            <source>Line {0}</source>
            <translation>第 {0} 行</translation>
        </message>
    </context>
    <context>
        <name>POLinesEditor</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="93" />
            <source>Item code or name</source>
            <translation>物料编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="95" />
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="109" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="98" />
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="109" />
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="216" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="101" />
            <source>Expected arrival</source>
            <translation>预计到货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="102" />
            <source>Add line</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="104" />
            <source>Enter in the quantity or price adds the line</source>
            <translation>在数量或单价中按回车即可添加该行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="109" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="109" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="109" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="110" />
            <source>Expected</source>
            <translation>预计到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="110" />
            <source>Received</source>
            <translation>已到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="110" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="120" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="122" />
            <source>Remove the selected line (Delete)</source>
            <translation>删除所选行（Delete）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="201" />
            <source>Choose an item from the list (type its code or name).</source>
            <translation>请从列表中选择物料（输入编码或名称）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="205" />
            <source>Enter the quantity.</source>
            <translation>请输入数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="230" />
            <source>Line {0} has receipts and cannot be removed.</source>
            <translation>第 {0} 行已有收货，不能删除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="247" />
            <source>{0}, {1} closed short</source>
            <translation>{0}，短结 {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="281" />
            <source>Line {0}: write the date as 2026-12-31.</source>
            <translation>第 {0} 行：日期请写成 2026-12-31 的格式。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/lines_editor.py" line="289" />
            <source>Total: {0}</source>
            <translation>合计：{0}</translation>
        </message>
    </context>
    <context>
        <name>PlanMessages</name>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="19" />
            <source>{item}: {qty} due in week {week} should have been released {late} week(s) before the start</source>
            <translation>{item}：{qty} 需在 {week} 这一周到货，本应在计划开始前 {late} 周下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="21" />
            <source>{item}: on hand {on_hand} is below the safety stock {safety}</source>
            <translation>{item}：现有库存 {on_hand} 低于安全库存 {safety}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="22" />
            <source>{item}: {ref} brings {qty} in week {week} that no demand in the horizon needs</source>
            <translation>{item}：{ref} 在 {week} 这一周到货 {qty}，计划期内没有需求用到</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="24" />
            <source>{work_center}, week {week}: load {load} vs capacity {capacity}</source>
            <translation>{work_center}，{week} 周：负荷 {load}，产能 {capacity}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="25" />
            <source>{count} demand(s) fall after the horizon and are not planned</source>
            <translation>{count} 项需求在计划期之后，未纳入计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="27" />
            <source>maintenance {first}..{last} at {percent} %</source>
            <translation>检修 {first}..{last}，产能 {percent}%</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="28" />
            <source>{text} ({windows})</source>
            <translation>{text}（{windows}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="31" />
            <source>Past due</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="32" />
            <source>Below safety stock</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="33" />
            <source>Excess</source>
            <translation>多余</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="34" />
            <source>Overload</source>
            <translation>超负荷</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="35" />
            <source>Beyond the horizon</source>
            <translation>超出计划期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="38" />
            <source>Purchase</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="39" />
            <source>Make</source>
            <translation>生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="42" />
            <source>Sales order line</source>
            <translation>销售订单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="43" />
            <source>Work order material</source>
            <translation>工单用料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="44" />
            <source>Planned order of the parent</source>
            <translation>上级计划订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="45" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="46" />
            <source>Demand review consensus</source>
            <translation>需求评审共识</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="47" />
            <source>Demand review supply target</source>
            <translation>需求评审供应目标</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="50" />
            <source>order line {ref} needs {qty} in week {week}</source>
            <translation>订单行 {ref} 在 {week} 周需要 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="51" />
            <source>work order {ref} needs {qty} of it in week {week}</source>
            <translation>工单 {ref} 在 {week} 周需要用料 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="52" />
            <source>the planned order {ref} needs {qty} of it when released in week {week}</source>
            <translation>计划订单 {ref} 在 {week} 周下达时需要 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="54" />
            <source>{qty} keeps the safety stock of {ref}</source>
            <translation>{qty} 用于保持 {ref} 的安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="55" />
            <source>the agreed consensus {ref} leaves {qty} beyond the orders in week {week}</source>
            <translation>{ref} 在 {week} 周除订单外还需 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="57" />
            <source>the agreed {ref} asks {qty} more of this core material in week {week}</source>
            <translation>已确认的{ref}要求 {week} 周多备 {qty} 这种核心物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="60" />
            <source>{month} consensus ({period} review)</source>
            <translation>{month} 共识量（{period} 需求评审）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="61" />
            <source>{month} supply target ({period} review)</source>
            <translation>{month} 供应目标（{period} 需求评审）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="64" />
            <source>Gross demand</source>
            <translation>毛需求</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="65" />
            <source>Scheduled receipts</source>
            <translation>已排到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="66" />
            <source>Planned receipts</source>
            <translation>计划到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="67" />
            <source>Planned releases</source>
            <translation>计划下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="68" />
            <source>Projected stock</source>
            <translation>预计库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/messages.py" line="69" />
            <source>Stock without its planned orders</source>
            <translation>不下达计划订单时的库存</translation>
        </message>
    </context>
    <context>
        <name>PlanOrders</name>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="33" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="33" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="34" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="34" />
            <location filename="../../sopdesk/ui/plan/orders.py" line="41" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="35" />
            <source>Release week</source>
            <translation>下达周</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="35" />
            <source>Due week</source>
            <translation>到期周</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="36" />
            <source>Supplier / line</source>
            <translation>供应商 / 产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="36" />
            <source>Released as</source>
            <translation>已下达为</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="40" />
            <source>Serves</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="40" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="41" />
            <source>Week</source>
            <translation>周</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="48" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="48" />
            <location filename="../../sopdesk/ui/plan/tab.py" line="143" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="49" />
            <source>Item / line</source>
            <translation>物料 / 产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="49" />
            <source>What</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="82" />
            <location filename="../../sopdesk/ui/plan/tab.py" line="330" />
            <source>Run plan</source>
            <translation>运行计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="88" />
            <source> weeks</source>
            <translation> 周</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="99" />
            <source>Only production planners and managers run the plan</source>
            <translation>只有生产计划员和经理可以运行计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="101" />
            <source>Plan the weeks from the week of the start date and save it as the current plan for everyone</source>
            <translation>从开始日期所在周起排计划，并保存为所有人看到的当前计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="105" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="112" />
            <source>Release selected</source>
            <translation>下达所选</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="137" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="146" />
            <source>Double-click a row for its item's weekly grid</source>
            <translation>双击一行查看该物料的周计划表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="155" />
            <source>Planned orders</source>
            <translation>计划订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="156" />
            <source>Weekly grid</source>
            <translation>周计划表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="157" />
            <source>Exceptions</source>
            <translation>异常</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="212" />
            <source>No plan yet.</source>
            <translation>尚无计划。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="213" />
            <source>No plan has been run yet. Run plan computes what to buy and make, week by week, from the open orders, stock, purchase orders and work orders.</source>
            <translation>尚未运行计划。运行计划会根据未完成订单、库存、采购单和工单，按周算出要采购和生产的数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="215" />
            <source>No plan has been run yet: production runs it.</source>
            <translation>尚未运行计划：由生产部门运行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="220" />
            <source>Plan run {run_at} by {by} · from {start} ({week}) · {weeks} weeks · {items} items</source>
            <translation>计划运行于 {run_at}，运行人 {by} · 自 {start}（{week}）起 · {weeks} 周 · {items} 个物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="221" />
            <source>the system</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="230" />
            <source>Planned orders ({0})</source>
            <translation>计划订单（{0}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="231" />
            <source>Exceptions ({0})</source>
            <translation>异常（{0}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="263" />
            <source>Orders, stock, purchase orders or work orders changed since this plan was run: run the plan again to see them in it.</source>
            <translation>计划运行后订单、库存、采购单或工单有变动：重新运行计划才能反映这些变动。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="330" />
            <source>Planning…</source>
            <translation>正在计划…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="335" />
            <source>Planned {weeks} weeks from {start}: {planned} planned orders, {exceptions} exceptions.</source>
            <translation>已计划自 {start} 起 {weeks} 周：{planned} 个计划订单，{exceptions} 个异常。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="350" />
            <source>Only supply (purchase orders) and production (work orders) release planned orders</source>
            <translation>只有供应链（采购单）和生产（工单）可以下达计划订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="352" />
            <source>Select the planned orders to release (Ctrl or Shift for several)</source>
            <translation>请选择要下达的计划订单（按住 Ctrl 或 Shift 可多选）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="354" />
            <source>Some of the selected planned orders are released already</source>
            <translation>所选计划订单中有的已经下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="356" />
            <source>Your role may not create purchase orders</source>
            <translation>您的角色不能创建采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="357" />
            <source>Your role may not create work orders</source>
            <translation>您的角色不能创建工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="359" />
            <source>An item without a supplier: give it a default supplier and run the plan again</source>
            <translation>有物料没有供应商：请先设置默认供应商，再重新运行计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="365" />
            <source>Purchase orders (one per supplier, confirmed) and work orders for the selected planned orders</source>
            <translation>为所选计划订单生成采购单（每个供应商一张，已确认）和工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/tab.py" line="380" />
            <source>Released: {0}.</source>
            <translation>已下达：{0}。</translation>
        </message>
    </context>
    <context>
        <name>PlannedOrdersPanel</name>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="75" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="81" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="112" />
            <source>What it serves</source>
            <translation>满足哪些需求</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="157" />
            <source>no supplier</source>
            <translation>无供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="167" />
            <source>Past due: released at the start of the plan, its lead time no longer fits</source>
            <translation>已逾期：按计划开始周下达，提前期已来不及</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="181" />
            <source>{0} planned orders</source>
            <translation>共 {0} 个计划订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="183" />
            <source>{0} past due</source>
            <translation>{0} 个已逾期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="225" />
            <source>Select one planned order to see what it serves.</source>
            <translation>选择一个计划订单，查看它满足哪些需求。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="255" />
            <source>Buy {qty} of {item} from {supplier}: order in week {release} so that it arrives by {due}, when the demands below need it.</source>
            <translation>向 {supplier} 采购 {item} {qty}：在 {release} 周下单，{due} 前到货，以满足下列需求。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="257" />
            <source>(no supplier)</source>
            <translation>（无供应商）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="260" />
            <source>Make {qty} of {item} on {line}: start in week {release} so that it is done by {due}, when the demands below need it.</source>
            <translation>在 {line} 生产 {item} {qty}：{release} 周开工，{due} 前完工，以满足下列需求。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="262" />
            <source>(no line)</source>
            <translation>（未指定产线）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="265" />
            <source>It is past due: its lead time does not fit before the start of the plan, so it is late unless released now.</source>
            <translation>已逾期：计划开始前已来不及留出提前期，不立即下达就会延误。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="268" />
            <source>Released as {0}.</source>
            <translation>已下达为 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/orders.py" line="272" />
            <source>Why: {0}.</source>
            <translation>原因：{0}。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="54" />
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="55" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="70" />
            <source>Save errors workbook…</source>
            <translation>保存错误清单…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="75" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="75" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="75" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="76" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="76" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="99" />
            <source>{0} rows read. Nothing can be imported until the file is corrected: fix the cells listed below in the file (or save the errors workbook, where they are marked red) and start again.</source>
            <translation>已读取 {0} 行。文件改正之前无法导入：请在文件中修改下列单元格（或保存错误清单，出错的单元格标为红色），然后重新导入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="104" />
            <source>{rows} rows read: {ins} new, {upd} changed, {same} unchanged, {skip} skipped. Press Import to write them.</source>
            <translation>已读取 {rows} 行：新增 {ins}，修改 {upd}，不变 {same}，跳过 {skip}。点击“导入”写入数据库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="141" />
            <source>{0} problems found</source>
            <translation>发现 {0} 处问题</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="157" />
            <source>Save errors workbook</source>
            <translation>保存错误清单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="162" />
            <source>Errors saved to {0}</source>
            <translation>错误清单已保存到 {0}</translation>
        </message>
    </context>
    <context>
        <name>Production</name>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="31" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="32" />
            <source>Released</source>
            <translation>已下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="33" />
            <source>In progress</source>
            <translation>生产中</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="34" />
            <source>Done</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="35" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="37" />
            <source>Material issue</source>
            <translation>领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="38" />
            <source>Output</source>
            <translation>完工入库</translation>
        </message>
    </context>
    <context>
        <name>ProductionPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="44" />
            <source>{first}..{last} at {percent} %</source>
            <translation>{first}..{last} 产能 {percent}%</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="49" />
            <source>proposal</source>
            <translation>建议值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="66" />
            <source>Only production and managers confirm the capacity</source>
            <translation>只有生产和总经理可以确认产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="70" />
            <source>No work centers: the products in scope are not assigned to a work center with a capacity.</source>
            <translation>没有工作中心：评审范围内的产品未分配到有产能的工作中心。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/production.py" line="72" />
            <source>The capacity after maintenance is what the month can make; correct it if you know better and save. Products on one work center share it.</source>
            <translation>检修后产能即本月能生产的量；如有更准确的数字请修改并保存。同一工作中心的产品共用产能。</translation>
        </message>
    </context>
    <context>
        <name>ProductionTab</name>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="88" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="65" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="69" />
            <source>All lines</source>
            <translation>全部产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="71" />
            <source>Product or number</source>
            <translation>产品或工单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="73" />
            <source>Late only</source>
            <translation>仅显示延误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="39" />
            <location filename="../../sopdesk/ui/production/tab.py" line="75" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="35" />
            <source>Number</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="36" />
            <source>Quantity</source>
            <translation>计划数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="36" />
            <source>Good</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="37" />
            <source>Scrap</source>
            <translation>报废</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="37" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="38" />
            <location filename="../../sopdesk/ui/production/tab.py" line="75" />
            <source>Line</source>
            <translation>产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="38" />
            <source>Planned start</source>
            <translation>计划开工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="39" />
            <source>Planned end</source>
            <translation>计划完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="64" />
            <source>Not finished</source>
            <translation>未完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="82" />
            <source>New work order</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="83" />
            <source>Release</source>
            <translation>下达</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="84" />
            <source>Issue material</source>
            <translation>领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="85" />
            <source>Report output</source>
            <translation>完工入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="86" />
            <source>Close</source>
            <translation>完工关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="87" />
            <source>Cancel work order</source>
            <translation>取消工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="110" />
            <source>Custom orders waiting for a work order</source>
            <translation>待开工单的定制订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="40" />
            <location filename="../../sopdesk/ui/production/tab.py" line="112" />
            <source>Sales order</source>
            <translation>销售订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="112" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="35" />
            <location filename="../../sopdesk/ui/production/tab.py" line="112" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="113" />
            <source>Open quantity</source>
            <translation>未交数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="113" />
            <source>Due</source>
            <translation>交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="120" />
            <source>Create work order</source>
            <translation>生成工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="183" />
            <source>Loading…</source>
            <translation>加载中…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="204" />
            <source>late</source>
            <translation>延误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/tab.py" line="217" />
            <source>{0} work orders</source>
            <translation>{0} 张工单</translation>
        </message>
    </context>
    <context>
        <name>Promise</name>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="16" />
            <source>{available} of {item} available from stock in week {week}</source>
            <translation>{week} 周库存可供 {item} {available}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="17" />
            <source>{item} cannot arrive before week {until} ({lead} week(s) lead time): {qty} short in week {week}</source>
            <translation>{item} 最早 {until} 周才能到（提前期 {lead} 周）：{week} 周缺 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="19" />
            <source>{work_center}, week {week}: load {load} + {qty} would exceed capacity {capacity}</source>
            <translation>{work_center} {week} 周：已排负荷 {load} + {qty} 将超出产能 {capacity}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="21" />
            <source>{item} can be made or bought in time</source>
            <translation>{item} 可以及时生产或采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="22" />
            <source>no week of the {weeks}-week horizon can take {qty}</source>
            <translation>{weeks} 周计划期内没有一周能安排 {qty}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="27" />
            <source>stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="27" />
            <source>material</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="28" />
            <source>capacity</source>
            <translation>产能</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="49" />
            <source>maintenance {first}..{last} at {percent} %</source>
            <translation>设备检修 {first}..{last}，产能 {percent} %</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="51" />
            <source> ({0})</source>
            <translation>（{0}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="51" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="57" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="59" />
            <source>Not within the horizon: {0}</source>
            <translation>计划期内无法交付：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/promise_text.py" line="60" />
            <source>Earliest {0} (bound by {1}): {2}</source>
            <translation>最早 {0}（受{1}约束）：{2}</translation>
        </message>
    </context>
    <context>
        <name>Purchasing</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="13" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="14" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="15" />
            <source>Partly received</source>
            <translation>部分到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="16" />
            <source>Received</source>
            <translation>已到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="17" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/words.py" line="18" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>PurchasingTab</name>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="43" />
            <source>PO no.</source>
            <translation>采购单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="43" />
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="113" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="44" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="44" />
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="113" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="45" />
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="45" />
            <source>Late lines</source>
            <translation>延误行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="46" />
            <source>Next expected</source>
            <translation>下次到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="46" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="47" />
            <source>Supplier on-time</source>
            <translation>供应商及时到货率</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="76" />
            <source>New purchase order</source>
            <translation>新建采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="77" />
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="248" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="78" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="79" />
            <source>Cancel order</source>
            <translation>取消采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="80" />
            <source>Only an order with nothing received yet</source>
            <translation>仅限尚未收货的采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="81" />
            <source>Close short…</source>
            <translation>短结…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="82" />
            <source>The rest of a partly received order will not arrive</source>
            <translation>部分到货的采购单，余下的不再到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="83" />
            <source>Receive…</source>
            <translation>收货…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="84" />
            <source>Goods receipt against the order's open lines</source>
            <translation>按该采购单的未到货行收货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="99" />
            <source>PO no., supplier or item</source>
            <translation>采购单号、供应商或物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="102" />
            <source>All suppliers</source>
            <translation>全部供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="105" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="108" />
            <source>Late only</source>
            <translation>仅显示延误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="109" />
            <source>Orders with a line past its expected date and still to come</source>
            <translation>有行已过预计到货日期仍未到货的采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="127" />
            <source>The supplier's on-time arrival rate (原材料及时到货率): lines fully received by their expected date, of those due over the last 12 months</source>
            <translation>供应商的原材料及时到货率：近 12 个月到期的采购行中，在预计到货日期前全部到货的比例</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="184" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="200" />
            <source>late</source>
            <translation>延误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="217" />
            <source>{0} purchase orders</source>
            <translation>共 {0} 张采购单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="219" />
            <source>(the first {0} shown; the export has all)</source>
            <translation>（显示前 {0} 张；导出包含全部）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="248" />
            <source>Edit</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="280" />
            <source>Saved {0}.</source>
            <translation>已保存 {0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="297" />
            <source>{0} confirmed.</source>
            <translation>{0} 已确认。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="297" />
            <source>{0} cancelled.</source>
            <translation>{0} 已取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/purchasing/tab.py" line="315" />
            <source>{0} closed short.</source>
            <translation>{0} 已短结。</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="82" />
            <source>Receive goods</source>
            <translation>收货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="89" />
            <source>Search PO no., item or supplier</source>
            <translation>搜索采购单号、物料或供应商</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="102" />
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="192" />
            <source>Choose a line above</source>
            <translation>请在上方选择一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="111" />
            <source>Receive</source>
            <translation>收货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="117" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="121" />
            <source>Quantity received</source>
            <translation>实收数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="125" />
            <source>Into location</source>
            <translation>入库仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="154" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="168" />
            <source>{0} open lines</source>
            <translation>共 {0} 行待收货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="170" />
            <source>({0} shown)</source>
            <translation>（显示 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="195" />
            <source>{0} line {1}: {2} {3}, still to come {4} {5}</source>
            <translation>{0} 第 {1} 行：{2} {3}，待收 {4} {5}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="213" />
            <source>Enter a number.</source>
            <translation>请输入数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="216" />
            <source>The quantity must be greater than zero.</source>
            <translation>数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="219" />
            <source>Only {0} still to receive on this line.</source>
            <translation>本行只剩 {0} 待收。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="223" />
            <source>Choose a location.</source>
            <translation>请选择仓库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="232" />
            <source>Received {0} {1} of {2} ({3}).</source>
            <translation>已收货 {0} {1} {2}（{3}）。</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="151" />
            <source>Report output — {0}</source>
            <translation>完工入库 — {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="163" />
            <source>Finished: the work order is done</source>
            <translation>已完工：工单结束</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="164" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="165" />
            <source>Made so far</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="166" />
            <source>Good quantity</source>
            <translation>合格数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="167" />
            <source>Into</source>
            <translation>入库到</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="168" />
            <source>Scrap</source>
            <translation>报废数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="169" />
            <source>Scrap reason</source>
            <translation>报废原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="172" />
            <source>Materials from</source>
            <translation>倒冲领料库位</translation>
        </message>
    </context>
    <context>
        <name>ReviewListModel</name>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="50" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="51" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="52" />
            <source>Waiting for</source>
            <translation>等待</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="55" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="54" />
            <source>Due</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="53" />
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="56" />
            <source>Salesperson</source>
            <translation>业务员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="74" />
            <source>{0} d {1} h</source>
            <translation>{0} 天 {1} 小时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="76" />
            <source>{0} h {1} min</source>
            <translation>{0} 小时 {1} 分</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="78" />
            <source>{0} min</source>
            <translation>{0} 分钟</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="79" />
            <source>Overdue {0}</source>
            <translation>已超时 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="79" />
            <source>{0} left</source>
            <translation>剩余 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="127" />
            <source>Overdue: reported to management</source>
            <translation>已超时：已上报管理层</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="139" />
            <source>Sales: confirm with customer</source>
            <translation>销售：与客户确认交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="140" />
            <source>Sales: not feasible, decide</source>
            <translation>销售：评审不可行，需决定</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/reviews.py" line="143" />
            <source>Whole department</source>
            <translation>整个部门</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="71" />
            <source>All reviews in progress</source>
            <translation>全部进行中的评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="72" />
            <source>Waiting for production</source>
            <translation>等待生产答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="73" />
            <source>Waiting for supply chain</source>
            <translation>等待供应链答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="74" />
            <source>Waiting for sales to confirm</source>
            <translation>等待销售确认</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="77" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="102" />
            <source>Confirm with customer…</source>
            <translation>与客户确认交期…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="103" />
            <source>Back to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="104" />
            <source>Take the order out of review to change it, then start a new review</source>
            <translation>撤回评审以修改订单，之后重新发起评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="105" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="120" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="169" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="193" />
            <source>{0} open</source>
            <translation>进行中 {0} 项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="195" />
            <source>{0} overdue</source>
            <translation>{0} 项超时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="255" />
            <source>Proposed date: asking the plan…</source>
            <translation>可承诺交期：正在计算…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="260" />
            <location filename="../../sopdesk/ui/review/tab.py" line="267" />
            <source>Proposed date: {0}</source>
            <translation>可承诺交期：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="288" />
            <source>Production and supply chain have not both answered yet</source>
            <translation>生产和供应链尚未全部答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="330" />
            <source>Take order {0} back to draft? Open review tasks are cancelled.</source>
            <translation>将订单 {0} 退回草稿？未答复的评审任务将被取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="332" />
            <source>Cancel order {0}? Open review tasks are cancelled.</source>
            <translation>取消订单 {0}？未答复的评审任务将被取消。</translation>
        </message>
    </context>
    <context>
        <name>ReviewThread</name>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="43" />
            <source>Status: &lt;b&gt;{status}&lt;/b&gt; · order date {order} · requested {req} · promised {prom}</source>
            <translation>状态：&lt;b&gt;{status}&lt;/b&gt; · 下单 {order} · 要求交期 {req} · 承诺交期 {prom}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="46" />
            <source>Salesperson: {0}</source>
            <translation>业务员：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="47" />
            <source>Review requested by {who} at {when}</source>
            <translation>{who} 于 {when} 发起评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="57" />
            <source>Both departments answered: feasible. Earliest delivery date: {0}.</source>
            <translation>两个部门均已答复：可行。最早交期：{0}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="61" />
            <source>An answer says the order is not feasible: agree a change with the department, or withdraw the order.</source>
            <translation>有部门答复不可行：请与该部门协商修改，或撤回订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="65" />
            <source>Earlier rounds</source>
            <translation>之前的评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="67" />
            <source>not answered</source>
            <translation>未答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="72" />
            <source>Status history</source>
            <translation>状态记录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="83" />
            <source>feasible</source>
            <translation>可行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="83" />
            <source>&lt;b&gt;not feasible&lt;/b&gt;</source>
            <translation>&lt;b&gt;不可行&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="86" />
            <source>{0} days to make</source>
            <translation>生产需 {0} 天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="88" />
            <source>material arrives {0}</source>
            <translation>物料 {0} 到货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="89" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="97" />
            <source>the whole department</source>
            <translation>整个部门</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="99" />
            <source>answered late</source>
            <translation>超时答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="102" />
            <source>Answered by {who} at {when}</source>
            <translation>{who} 于 {when} 答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="109" />
            <source>Waiting for an answer from {owner}, due {due}</source>
            <translation>等待 {owner} 答复，截止 {due}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="113" />
            <source>Reported to management at {0}</source>
            <translation>已于 {0} 上报管理层</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/thread.py" line="132" />
            <source>Choose a review on the left to see its whole thread.</source>
            <translation>在左侧选择一个评审，查看完整的评审记录。</translation>
        </message>
    </context>
    <context>
        <name>SalesPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="50" />
            <source>Comment on the selected forecast cell</source>
            <translation>所选预测格的备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="52" />
            <source>Save forecast</source>
            <translation>保存预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="59" />
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="85" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="85" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="85" />
            <source>Actual
{0}</source>
            <translation>实际
{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="88" />
            <source>{0}
Forecast</source>
            <translation>{0}
预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="88" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="89" />
            <source>Last year</source>
            <translation>去年同期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="89" />
            <source>Booked</source>
            <translation>已接订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="97" />
            <source>Core product</source>
            <translation>核心产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="105" />
            <source>{0} (by {1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="118" />
            <source>No products in this review's scope: mark the core products in Master data.</source>
            <translation>评审范围内没有产品：请在主数据中标记核心产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="120" />
            <source>Sales enters the forecast; you see it as they save it.</source>
            <translation>预测由销售填写；保存后您即可看到。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="122" />
            <source>The review is {0}: the forecast can no longer change.</source>
            <translation>评审状态为{0}：预测已不能修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="125" />
            <source>Type a figure into a forecast cell (Enter moves down), Delete clears it, Ctrl+V pastes cells copied from Excel. Italic: the cell has a comment.</source>
            <translation>在预测格中直接输入数字（回车下移），Delete 清空，Ctrl+V 粘贴从 Excel 复制的单元格。斜体：该格有备注。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="220" />
            <source>Only sales and managers enter the forecast</source>
            <translation>只有销售和总经理可以填写预测</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="222" />
            <source>No review loaded</source>
            <translation>未加载评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="224" />
            <source>The review's inputs can no longer change</source>
            <translation>本次评审的输入已不能再修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="226" />
            <source>Nothing changed</source>
            <translation>没有修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/sales.py" line="232" />
            <source>Save the changed cells (yellow)</source>
            <translation>保存修改的格（黄色）</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="8" />
            <source>2 to 60 letters, digits, '.', '-' or '_'</source>
            <translation>2 至 60 个字母、数字、“.”、“-”或“_”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="9" />
            <source>a cancelled work order is not imported: leave it out of the file (or cancel it on the Production tab)</source>
            <translation>已取消的工单不导入：请从文件中删去（或在“生产”页取消它）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="10" />
            <source>a closed review keeps its minutes as they are</source>
            <translation>已关闭的评审不能再修改会议纪要</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="11" />
            <source>a confirmed order keeps its promised date</source>
            <translation>已确认的订单保留其承诺交期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="12" />
            <source>a counted quantity cannot be negative</source>
            <translation>盘点数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="13" />
            <source>a custom order must be reviewed by production and supply before it is confirmed</source>
            <translation>定制订单须经生产和供应评审后才能确认。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="14" />
            <source>a date</source>
            <translation>请输入日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="15" />
            <source>a date is not a number</source>
            <translation>日期不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="16" />
            <source>a day of the month from 1 to 28</source>
            <translation>每月的第几日：1 至 28。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="17" />
            <source>a deadline with a date and time</source>
            <translation>请输入截止日期和时间。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="18" />
            <source>a figure of gross demand or scheduled receipts</source>
            <translation>只能查看毛需求或在途入库的数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="19" />
            <source>a month as YYYY-MM, e.g. 2027-02: {text}</source>
            <translation>月份须为“年-月”，例如 2027-02：{text}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="20" />
            <source>a month as YYYY-MM, or empty</source>
            <translation>请按年-月填写月份（例如 2026-01），或留空。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="21" />
            <source>a name</source>
            <translation>请输入名称。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="22" />
            <source>a new item needs its kind (类别: 成品 / 半成品 / 原材料)</source>
            <translation>新物料需要填写类别（成品 / 半成品 / 原材料）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="23" />
            <source>a new location needs its kind (类别: {kinds})</source>
            <translation>新仓库需要填写类别（{kinds}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="24" />
            <source>a number of at least 0, or empty for no target</source>
            <translation>请填写不小于 0 的数字；留空表示不设目标。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="25" />
            <source>a percentage is not allowed here</source>
            <translation>此处不能填百分比。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="26" />
            <source>a planned order is no longer in the plan (it was run again): reload the plan</source>
            <translation>计划订单已不在计划中（计划已重新运行），请重新加载计划。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="27" />
            <source>a profile needs a name of 1–100 characters</source>
            <translation>映射方案需要 1 至 100 个字符的名称。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="28" />
            <source>a purchase order cannot go from {status} to {target}</source>
            <translation>采购单不能从“{status}”变为“{target}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="29" />
            <source>a purchase order needs at least one line</source>
            <translation>采购单至少需要一行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="30" />
            <source>a quantity of 0 or more: {value}</source>
            <translation>数量须大于或等于 0：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="31" />
            <source>a rate must be from 0 to below 100%</source>
            <translation>比率须在 0 到 100% 之间（不含 100%）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="32" />
            <source>a rate needs the work center that makes the item</source>
            <translation>填写产能需同时选择生产该物料的产线/工作中心。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="33" />
            <source>a raw material is bought, not made</source>
            <translation>原材料是外购的，不能生产。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="34" />
            <source>a reversal cannot itself be reversed</source>
            <translation>冲销记录本身不能再冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="35" />
            <source>a reversal needs a reason</source>
            <translation>冲销需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="36" />
            <source>a submission task is done when the department submits</source>
            <translation>提交任务在部门提交资料时自动完成。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="37" />
            <source>a time of day is not a date</source>
            <translation>时刻不是日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="38" />
            <source>a whole number of days from 0 to {MAX_LEAD_DAYS}</source>
            <translation>0 至 {MAX_LEAD_DAYS} 之间的整数天数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="39" />
            <source>a whole number of hours from 1 to 336</source>
            <translation>1 至 336 之间的整数小时数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="40" />
            <source>a work order cannot consume its own product</source>
            <translation>工单不能领用它自己生产的产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="41" />
            <source>a work order goes in progress with its first material issue in sopdesk; import it as released (已下达)</source>
            <translation>工单在系统中第一次领料时才变为生产中：请按“已下达”导入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="42" />
            <source>a work order is done when its output is reported and it is closed in sopdesk; import open work orders only (计划 / 已下达)</source>
            <translation>工单在系统中完工入库并关闭后才算已完工：只导入未完成的工单（计划 / 已下达）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="43" />
            <source>a yes/no value is not a code</source>
            <translation>“是/否”不是编码。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="44" />
            <source>a yes/no value is not a number</source>
            <translation>“是/否”不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="45" />
            <source>a {current} review cannot become {target}</source>
            <translation>“{current}”状态的需求评审不能变为“{target}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="46" />
            <source>a {current} work order cannot become {target}</source>
            <translation>工单不能从“{current}”变为“{target}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="47" />
            <source>a {move_type} adds stock: quantity must be positive</source>
            <translation>“{move_type}”增加库存：数量必须为正数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="48" />
            <source>a {move_type} takes stock out: quantity must be negative</source>
            <translation>“{move_type}”减少库存：数量必须为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="49" />
            <source>a {status} order can no longer be edited</source>
            <translation>“{status}”状态的订单不能再修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="50" />
            <source>a {status} order cannot be shipped</source>
            <translation>“{status}”状态的订单不能发货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="51" />
            <source>a {status} order cannot take a work order</source>
            <translation>“{status}”状态的订单不能生成工单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="52" />
            <source>a {status} order has nothing to close short</source>
            <translation>“{status}”状态的订单没有可短结的数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="53" />
            <source>a {status} purchase order can no longer be edited</source>
            <translation>“{status}”状态的采购单不能再修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="54" />
            <source>a {status} purchase order cannot be closed short</source>
            <translation>“{status}”状态的采购单不能短结。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="55" />
            <source>a {status} purchase order cannot be received</source>
            <translation>“{status}”状态的采购单不能收货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="56" />
            <source>a {status} work order cannot report output</source>
            <translation>“{status}”状态的工单不能报工入库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="57" />
            <source>a {status} work order cannot take materials</source>
            <translation>“{status}”状态的工单不能领料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="58" />
            <source>an adjustment needs a reason</source>
            <translation>库存调整需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="59" />
            <source>an answer says the order is not feasible</source>
            <translation>有评审意见认为订单不可行：请相关部门修改意见，或撤回订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="60" />
            <source>an expected arrival date is needed</source>
            <translation>需要填写预计到货日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="61" />
            <source>an item cannot be its own component</source>
            <translation>物料不能是它自己的组件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="62" />
            <source>an order cannot go from {current} to {target}</source>
            <translation>订单不能从“{current}”变为“{target}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="63" />
            <source>an order needs at least one line</source>
            <translation>订单至少需要一行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="64" />
            <source>answer yes or no</source>
            <translation>请回答是否可行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="65" />
            <source>at least one working day, Monday=0 to Sunday=6</source>
            <translation>至少一个工作日（周一=0 至周日=6）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="66" />
            <source>at least {min_len} characters</source>
            <translation>至少 {min_len} 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="67" />
            <source>at most 120 characters</source>
            <translation>最多 120 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="68" />
            <source>at most 1440 minutes (one day) in one report</source>
            <translation>一次报工最多 1440 分钟（一天）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="69" />
            <source>at most 300 characters</source>
            <translation>最多 300 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="70" />
            <source>at most 4 decimal places: {value}</source>
            <translation>最多 4 位小数：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="71" />
            <source>at most {REASON_MAX} characters</source>
            <translation>最多 {REASON_MAX} 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="72" />
            <source>at most {limit} (+1000 %)</source>
            <translation>最多 {limit}（+1000 %）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="73" />
            <source>at most {max_len} characters</source>
            <translation>最多 {max_len} 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="74" />
            <source>back to draft, or cancelled</source>
            <translation>只能退回草稿或取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="75" />
            <source>binary .xlsb workbooks are not supported; save as .xlsx</source>
            <translation>不支持二进制 .xlsb 工作簿，请另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="76" />
            <source>cannot be before the order date</source>
            <translation>不能早于下单日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="77" />
            <source>cannot be negative</source>
            <translation>不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="78" />
            <source>cannot open {path}: {reason}</source>
            <translation>无法打开 {path}：{reason}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="79" />
            <source>choose an active supplier</source>
            <translation>请选择一个启用中的供应商。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="80" />
            <source>choose an active user</source>
            <translation>请选择一个启用中的用户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="81" />
            <source>choose an active user who submits sales' forecast</source>
            <translation>请选择一位可提交销售预测的在用用户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="82" />
            <source>choose an existing customer</source>
            <translation>请选择一个已有客户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="83" />
            <source>choose an existing, active record</source>
            <translation>请选择一条已有且启用中的记录。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="84" />
            <source>choose at least one line to ship</source>
            <translation>请至少选择一行发货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="85" />
            <source>choose the planned orders to release</source>
            <translation>请选择要下达的计划订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="86" />
            <source>choose the product</source>
            <translation>请选择产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="87" />
            <source>choose two different locations</source>
            <translation>请选择两个不同的库位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="88" />
            <source>choose where the output goes</source>
            <translation>请选择完工入库的库位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="89" />
            <source>closing a line short needs a reason</source>
            <translation>短结订单行需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="90" />
            <source>confirming an order needs a promised delivery date</source>
            <translation>确认订单需要承诺交期：请编辑订单并填写。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="91" />
            <source>contains control characters</source>
            <translation>含有控制字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="92" />
            <source>count at least one item</source>
            <translation>请至少盘点一种物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="93" />
            <source>counted_at needs a time zone</source>
            <translation>盘点时间需要带时区。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="94" />
            <source>customer {name} is inactive</source>
            <translation>客户 {name} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="95" />
            <source>differs from row {row}, the first line of {number}</source>
            <translation>与 {number} 的第一行（第 {row} 行）不一致。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="96" />
            <source>done or cancelled</source>
            <translation>完成或取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="97" />
            <source>downtime needs a reason</source>
            <translation>停机需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="98" />
            <source>ends before the period starts</source>
            <translation>结束日期早于期间开始。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="99" />
            <source>enter a file or a server</source>
            <translation>请输入数据库文件或服务器。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="100" />
            <source>enter the delivery date agreed with the customer</source>
            <translation>请输入与客户商定的交货日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="101" />
            <source>from {low} to {high} months</source>
            <translation>{low} 至 {high} 个月。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="102" />
            <source>give the reason the rest will not arrive</source>
            <translation>请填写其余数量不再到货的原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="103" />
            <source>give units per working day or hours per unit, not both</source>
            <translation>日产能和单件工时只能填一项，不能同时填写。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="104" />
            <source>goods were received: close the order instead of cancelling it</source>
            <translation>已有收货：请关闭采购单，而不是取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="105" />
            <source>how many days does it take to make?</source>
            <translation>生产需要多少天？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="106" />
            <source>impossible date {date}</source>
            <translation>日期 {date} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="107" />
            <source>impossible month {month}</source>
            <translation>月份 {month} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="108" />
            <source>is before the order date</source>
            <translation>早于下单日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="109" />
            <source>is required</source>
            <translation>为必填项。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="110" />
            <source>issue at least one material</source>
            <translation>请至少领用一种物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="111" />
            <source>item {item_id} is not in this plan</source>
            <translation>物料 {item_id} 不在本次计划中。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="112" />
            <source>line {line_no} has nothing left to ship</source>
            <translation>第 {line_no} 行已无待发数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="113" />
            <source>line {line_no} has receipts and cannot be removed</source>
            <translation>第 {line_no} 行已有收货，不能删除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="114" />
            <source>line {line_no} has receipts: its product cannot change</source>
            <translation>第 {line_no} 行已有收货：不能更改物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="115" />
            <source>line {line_no} has shipments and cannot be removed</source>
            <translation>第 {line_no} 行已有发货，不能删除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="116" />
            <source>line {line_no} has shipments: its product cannot change</source>
            <translation>第 {line_no} 行已有发货：不能更换产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="117" />
            <source>line {line_no} of {number} is {item}, not {code}</source>
            <translation>订单 {number} 第 {line_no} 行是 {item}，不是 {code}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="118" />
            <source>line {line_no}: {received_qty} already received</source>
            <translation>第 {line_no} 行：已收货 {received_qty}，数量不能更低。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="119" />
            <source>line {line_no}: {shipped_qty} already shipped</source>
            <translation>第 {line_no} 行：已发货 {shipped_qty}，数量不能更低。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="120" />
            <source>location {code} is inactive</source>
            <translation>仓库 {code} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="121" />
            <source>longer than {limit} characters</source>
            <translation>超过 {limit} 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="122" />
            <source>makes a loop in the bill of materials (the component contains the parent)</source>
            <translation>BOM 中出现循环（组件中包含了其上级物料）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="123" />
            <source>material or output was posted for it: close it instead</source>
            <translation>该工单已有领料或完工入库：请关闭，而不是取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="124" />
            <source>more than {scale} decimal places</source>
            <translation>小数超过 {scale} 位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="125" />
            <source>moved_at needs a time zone</source>
            <translation>移动时间需要带时区。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="126" />
            <source>must be a date</source>
            <translation>必须是日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="127" />
            <source>must be a whole number</source>
            <translation>必须是整数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="128" />
            <source>must be at least {minimum}</source>
            <translation>不能小于 {minimum}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="129" />
            <source>must be between 0 and 1 (0.5 = 50 %)</source>
            <translation>必须在 0 到 1 之间（0.5 = 50%）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="130" />
            <source>must be greater than zero</source>
            <translation>必须大于零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="131" />
            <source>must be more than 0 (leave it blank when there is none)</source>
            <translation>必须大于 0（没有则留空）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="132" />
            <source>needs a time zone</source>
            <translation>需要带时区。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="133" />
            <source>no action item {action_id}</source>
            <translation>没有待办事项 {action_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="134" />
            <source>no active item {item_id}</source>
            <translation>没有启用中的物料 {item_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="135" />
            <source>no active line {work_center_id}</source>
            <translation>没有启用中的产线 {work_center_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="136" />
            <source>no active user {username}</source>
            <translation>没有启用中的用户 {username}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="137" />
            <source>no capacity of this work center and month in the review</source>
            <translation>本次评审中没有该产线该月的产能。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="138" />
            <source>no column for {name_zh} ({name_en}) was found or mapped</source>
            <translation>没有找到或指定“{name_zh}”列。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="139" />
            <source>no demand review cycle {cycle_id}</source>
            <translation>没有需求评审 {cycle_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="140" />
            <source>no import batch {batch_id}</source>
            <translation>没有导入批次 {batch_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="141" />
            <source>no item {code}</source>
            <translation>没有物料 {code}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="142" />
            <source>no item {item_id}</source>
            <translation>没有物料 {item_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="143" />
            <source>no item {missing}</source>
            <translation>没有物料 {missing}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="144" />
            <source>no line {work_center_id}</source>
            <translation>没有产线 {work_center_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="145" />
            <source>no location {location_id}</source>
            <translation>没有库位 {location_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="146" />
            <source>no location {missing}</source>
            <translation>没有库位 {missing}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="147" />
            <source>no notification {notification_id}</source>
            <translation>没有通知 {notification_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="148" />
            <source>no open demand review covers {month}</source>
            <translation>没有进行中的需求评审包含 {month}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="149" />
            <source>no order line {sales_order_line_id}</source>
            <translation>没有订单行 {sales_order_line_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="150" />
            <source>no plan run {run_id}</source>
            <translation>没有计划运行记录 {run_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="151" />
            <source>no purchase order line {line_id}</source>
            <translation>没有采购单行 {line_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="152" />
            <source>no purchase order {po_id}</source>
            <translation>没有采购单 {po_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="153" />
            <source>no review task {task_id}</source>
            <translation>没有评审任务 {task_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="154" />
            <source>no sales order line {order_line_id}</source>
            <translation>没有销售订单行 {order_line_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="155" />
            <source>no sales order {number}</source>
            <translation>没有销售订单 {number}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="156" />
            <source>no sales order {order_id}</source>
            <translation>没有销售订单 {order_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="157" />
            <source>no shipment {shipment_id}</source>
            <translation>没有发货单 {shipment_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="158" />
            <source>no stock move {move_id}</source>
            <translation>没有库存移动 {move_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="159" />
            <source>no user {user_id}</source>
            <translation>没有用户 {user_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="160" />
            <source>no user {username}</source>
            <translation>没有用户 {username}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="161" />
            <source>no work order {work_order_id}</source>
            <translation>没有工单 {work_order_id}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="162" />
            <source>no {key} record {record_id}</source>
            <translation>没有这条记录（{key} {record_id}）：可能已在其他电脑上删除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="163" />
            <source>no {kind} import profile named {name}</source>
            <translation>没有名为 {name} 的导入映射方案（{kind}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="164" />
            <source>no {kind} import profile named {profile}</source>
            <translation>没有名为 {profile} 的导入映射方案（{kind}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="165" />
            <source>not a code</source>
            <translation>不是有效的编码。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="166" />
            <source>not a database URL: {text}</source>
            <translation>不是数据库地址：{text}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="167" />
            <source>not a date</source>
            <translation>不是日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="168" />
            <source>not a decimal number: {value!r}</source>
            <translation>{value!r} 不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="169" />
            <source>not a finite number: {value!r}</source>
            <translation>{value!r} 不是有限的数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="170" />
            <source>not a key material of this review</source>
            <translation>不是本次评审的关键物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="171" />
            <source>not a month (2027-01, 2027年1月, 1月, Jan-27)</source>
            <translation>不是月份（如 2027-01、2027年1月、1月）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="172" />
            <source>not a number</source>
            <translation>不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="173" />
            <source>not a number: {value}</source>
            <translation>不是数字：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="174" />
            <source>not a value this column can hold</source>
            <translation>不是此列能接受的值。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="175" />
            <source>not an exact quantity: {value}</source>
            <translation>不是精确数量：{value}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="176" />
            <source>not every department has submitted: {waiting}</source>
            <translation>尚有部门未提交资料：{waiting}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="177" />
            <source>not one of: {choices}</source>
            <translation>不是可选值之一：{choices}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="178" />
            <source>not yes or no (是/否, Y/N, √)</source>
            <translation>不是“是/否”（可填 是/否、Y/N、√）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="179" />
            <source>nothing was received: cancel the order instead of closing it short</source>
            <translation>尚未收货：请取消采购单，而不是短结。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="180" />
            <source>one shipment goes to one customer</source>
            <translation>一张发货单只能发给一个客户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="181" />
            <source>only custom orders go through the order review</source>
            <translation>只有定制订单需要订单评审。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="182" />
            <source>only {open_qty} left to ship on {order}/{line_no}</source>
            <translation>{order}/{line_no} 只剩 {open_qty} 待发。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="183" />
            <source>only {qty} left to ship on {number} line {line_no}</source>
            <translation>订单 {number} 第 {line_no} 行只剩 {qty} 未发。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="184" />
            <source>only {value} still to receive on line {line_no}</source>
            <translation>第 {line_no} 行只剩 {value} 待收。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="185" />
            <source>op_id {op_id} was already used for a different move</source>
            <translation>操作编号 {op_id} 已用于另一笔库存移动。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="186" />
            <source>op_id {op_id} was already used for another work order</source>
            <translation>操作编号 {op_id} 已用于另一张工单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="187" />
            <source>order {number} line {line_no} repeats row {row}</source>
            <translation>订单 {number} 第 {line_no} 行与第 {row} 行重复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="188" />
            <source>other records refer to this one</source>
            <translation>其他记录引用了这条记录。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="189" />
            <source>price cannot be negative</source>
            <translation>价格不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="190" />
            <source>product {code} is inactive</source>
            <translation>物料 {code} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="191" />
            <source>production and supply allow {suggested:%Y-%m-%d} at the earliest</source>
            <translation>生产和供应最早允许 {suggested:%Y-%m-%d}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="192" />
            <source>production and supply have not both answered the review yet</source>
            <translation>生产和供应尚未都回复评审。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="193" />
            <source>production answers the lead time</source>
            <translation>生产周期由生产部门回复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="194" />
            <source>quantity must be greater than zero</source>
            <translation>数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="195" />
            <source>quantity must not be zero</source>
            <translation>数量不能为零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="196" />
            <source>receipts are posted in sopdesk; import the order as confirmed</source>
            <translation>收货在系统中登记：请按“已确认”导入采购单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="197" />
            <source>received quantity must be greater than zero</source>
            <translation>收货数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="198" />
            <source>records created by this import are now used elsewhere (orders, BOMs, stock); the import cannot be undone</source>
            <translation>此次导入创建的记录已在别处使用（订单、BOM、库存）：不能撤销导入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="199" />
            <source>repeats row {row}</source>
            <translation>与第 {row} 行重复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="200" />
            <source>required</source>
            <translation>必填。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="201" />
            <source>role {role} may not assign lines</source>
            <translation>“{role}”角色不能分配产线。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="202" />
            <source>role {role} may not close this action item</source>
            <translation>角色 {role} 不能关闭此待办事项。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="203" />
            <source>role {role} may not sign the demand review</source>
            <translation>角色 {role} 不能在需求评审上签字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="204" />
            <source>role {role} may not {permission}</source>
            <translation>“{role}”角色无权执行此操作（{permission}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="205" />
            <source>say what came of it</source>
            <translation>请填写处理结果。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="206" />
            <source>say what is to be done</source>
            <translation>请填写要做的事。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="207" />
            <source>say why it is not feasible</source>
            <translation>请说明不可行的原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="208" />
            <source>scrap cannot be negative</source>
            <translation>报废数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="209" />
            <source>scrap needs a reason</source>
            <translation>报废需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="210" />
            <source>sheet {sheet} cannot be read: {detail}</source>
            <translation>工作表 {sheet} 无法读取：{detail}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="211" />
            <source>sheet {sheet} declares {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit is {limit:,} cells</source>
            <translation>工作表 {sheet} 声明了 {rows:,} 行 × {columns:,} 列（{grid:,} 个单元格），上限为 {limit:,} 个单元格。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="212" />
            <source>sheet {sheet} spans {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit is {limit:,} cells</source>
            <translation>工作表 {sheet} 占 {rows:,} 行 × {columns:,} 列（{grid:,} 个单元格），上限为 {limit:,} 个单元格。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="213" />
            <source>shipment number {number} exists already</source>
            <translation>发货单号 {number} 已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="214" />
            <source>shipment number {number} exists already with other lines</source>
            <translation>发货单号 {number} 已存在，且内容不同。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="215" />
            <source>shipment {number} has another customer on row {row}</source>
            <translation>发货单 {number} 在第 {row} 行是另一个客户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="216" />
            <source>shipment {number} has another location on row {row}</source>
            <translation>发货单 {number} 在第 {row} 行是另一个仓库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="217" />
            <source>shipment {number} has another ship date on row {row}</source>
            <translation>发货单 {number} 在第 {row} 行是另一个发货日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="218" />
            <source>shipments are posted in sopdesk (or imported as shipments); import the order as confirmed</source>
            <translation>发货在系统中登记（或作为发货记录导入）：请按“已确认”导入订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="219" />
            <source>sign-offs missing: {missing}</source>
            <translation>尚缺签字：{missing}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="220" />
            <source>supply answers the material arrival date</source>
            <translation>物料到货日期由供应部门回复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="221" />
            <source>the BOM loops through {items}</source>
            <translation>物料清单存在循环：{items}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="222" />
            <source>the CSV cannot be read: {detail}</source>
            <translation>CSV 文件无法读取：{detail}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="223" />
            <source>the XML file is not an Excel 2003 workbook (no worksheet)</source>
            <translation>该 XML 文件不是 Excel 2003 工作簿（没有工作表）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="224" />
            <source>the XML spreadsheet is damaged: ss:Index={value!r}</source>
            <translation>XML 表格已损坏：ss:Index={value!r}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="225" />
            <source>the account {username} is not active</source>
            <translation>账号 {username} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="226" />
            <source>the bill of materials contains a loop</source>
            <translation>物料清单（BOM）中存在循环。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="227" />
            <source>the current password is wrong</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="228" />
            <source>the custom flag can only change while the order is a draft</source>
            <translation>只有草稿订单才能修改定制标记。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="229" />
            <source>the deadline has passed already</source>
            <translation>截止时间已过。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="230" />
            <source>the end cannot be before the start</source>
            <translation>结束不能早于开始。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="231" />
            <source>the file cannot be read as {format}: {detail}</source>
            <translation>无法按 {format} 读取该文件：{detail}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="232" />
            <source>the file expands to {size_mb:.0f} MB of data; the limit is {limit_mb:.0f} MB</source>
            <translation>该文件解压后有 {size_mb:.0f} MB 数据，上限为 {limit_mb:.0f} MB。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="233" />
            <source>the file is compressed {ratio:.0f} times (over {limit:.0f}): refused as a possible zip bomb</source>
            <translation>该文件压缩比达 {ratio:.0f} 倍（超过 {limit:.0f}）：疑似压缩炸弹，已拒绝。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="234" />
            <source>the file is damaged (not a readable zip): {detail}</source>
            <translation>文件已损坏（不是可读的 zip）：{detail}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="235" />
            <source>the file is damaged: a DIMENSIONS record of {length} bytes in sheet {sheet}</source>
            <translation>文件已损坏：工作表 {sheet} 中的 DIMENSIONS 记录长 {length} 字节。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="236" />
            <source>the file is damaged: a cell record of {length} bytes in sheet {sheet}</source>
            <translation>文件已损坏：工作表 {sheet} 中的单元格记录长 {length} 字节。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="237" />
            <source>the file is damaged: a cell record that does not add up in sheet {sheet}</source>
            <translation>文件已损坏：工作表 {sheet} 中有长度不符的单元格记录。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="238" />
            <source>the file is damaged: a record runs past the end of the workbook</source>
            <translation>文件已损坏：有记录超出了工作簿末尾。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="239" />
            <source>the file is damaged: an .ods without content.xml</source>
            <translation>文件已损坏：.ods 文件缺少 content.xml。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="240" />
            <source>the file is damaged: an .xls shorter than its header</source>
            <translation>文件已损坏：.xls 文件比其文件头还短。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="241" />
            <source>the file is damaged: cell reference {ref!r} in sheet {sheet}</source>
            <translation>文件已损坏：工作表 {sheet} 中的单元格引用 {ref!r}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="242" />
            <source>the file is damaged: it claims {count:,} shared strings in {size:,} bytes</source>
            <translation>文件已损坏：它声称在 {size:,} 字节中有 {count:,} 个共享字符串。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="243" />
            <source>the file is damaged: its header claims {count:,} {what} in a file of {size:,} bytes</source>
            <translation>文件已损坏：文件头声称 {size:,} 字节的文件中有 {count:,} 个 {what}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="244" />
            <source>the file is damaged: row number {ref!r} in sheet {sheet}</source>
            <translation>文件已损坏：工作表 {sheet} 中的行号 {ref!r}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="245" />
            <source>the file is damaged: sector size 2^{shift} in the .xls header</source>
            <translation>文件已损坏：.xls 文件头中的扇区大小为 2^{shift}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="246" />
            <source>the file is damaged: sheet {sheet} ends before it starts</source>
            <translation>文件已损坏：工作表 {sheet} 的结束位置在开始位置之前。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="247" />
            <source>the file is damaged: sheet {sheet} starts past the end of the workbook</source>
            <translation>文件已损坏：工作表 {sheet} 的开始位置超出了工作簿末尾。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="248" />
            <source>the file is damaged: stream {stream} claims {claimed:,} bytes in a file of {size:,}</source>
            <translation>文件已损坏：数据流 {stream} 声称有 {claimed:,} 字节，而文件只有 {size:,} 字节。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="249" />
            <source>the file is damaged: {attr}={value!r}</source>
            <translation>文件已损坏：{attr}={value!r}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="250" />
            <source>the file is damaged: {detail}</source>
            <translation>文件已损坏：{detail}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="251" />
            <source>the file is damaged: {member} is not well-formed XML ({detail})</source>
            <translation>文件已损坏：{member} 不是格式正确的 XML（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="252" />
            <source>the file is not a spreadsheet or a text (CSV) file</source>
            <translation>该文件不是表格文件，也不是文本（CSV）文件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="253" />
            <source>the file is not an Excel workbook (no Workbook stream)</source>
            <translation>该文件不是 Excel 工作簿（没有 Workbook 数据流）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="254" />
            <source>the file is password-protected; save it without a password</source>
            <translation>该文件有密码保护，请去掉密码后另存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="255" />
            <source>the file is {size_mb:.1f} MB; files over {limit_mb:.0f} MB are not imported (split it, or raise the limit)</source>
            <translation>该文件有 {size_mb:.1f} MB，超过 {limit_mb:.0f} MB 的文件不导入（请拆分文件或提高上限）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="256" />
            <source>the folder {folder} does not exist (database file {name})</source>
            <translation>文件夹 {folder} 不存在：请为数据库文件 {name} 另选位置。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="257" />
            <source>the horizon is 1 to {max_weeks} weeks</source>
            <translation>计划周期为 1 到 {max_weeks} 周。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="258" />
            <source>the item is on the transfer twice</source>
            <translation>调拨单中该物料出现了两次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="259" />
            <source>the last active administrator cannot be deactivated</source>
            <translation>不能停用最后一个启用中的管理员。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="260" />
            <source>the last active administrator keeps the administrator role</source>
            <translation>最后一个启用中的管理员必须保留管理员角色。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="261" />
            <source>the new password is the same as the current one</source>
            <translation>新密码与当前密码相同。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="262" />
            <source>the notes have {count} characters; at most {limit}</source>
            <translation>会议记录有 {count} 个字符，最多 {limit} 个</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="263" />
            <source>the number is too large</source>
            <translation>数字太大。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="264" />
            <source>the order is {current}, no longer in review</source>
            <translation>订单已是“{current}”，不在评审中。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="265" />
            <source>the order is {current}, not {status}</source>
            <translation>订单状态已变为“{current}”（不是“{status}”）：请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="266" />
            <source>the order is {status}: its shipments can no longer be reversed</source>
            <translation>订单已是“{status}”：其发货不能再冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="267" />
            <source>the planned order of {item} due {week} was already released as {number}</source>
            <translation>{item} 在 {week} 周到期的计划订单已下达为 {number}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="268" />
            <source>the product is backflushed: choose where its materials are taken from</source>
            <translation>该产品倒冲领料：请选择物料的领料库位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="269" />
            <source>the purchase order is {status}: its receipts can no longer be reversed</source>
            <translation>采购单已是“{status}”：其收货不能再冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="270" />
            <source>the same calendar day as row {row} of the file</source>
            <translation>与文件第 {row} 行是同一个日历日。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="271" />
            <source>the same location as row {row} of the file</source>
            <translation>与文件第 {row} 行是同一个仓库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="272" />
            <source>the same order line is listed twice</source>
            <translation>同一订单行列出了两次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="273" />
            <source>the same window as row {row} of the file</source>
            <translation>与文件第 {row} 行是同一个检修时段。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="274" />
            <source>the same work center as row {row} of the file</source>
            <translation>与文件第 {row} 行是同一条产线。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="275" />
            <source>the supplier {supplier} of {item} is inactive</source>
            <translation>{item} 的供应商 {supplier} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="276" />
            <source>the text is in {encoding}, not UTF-8 or GBK/GB18030; save the CSV as UTF-8</source>
            <translation>文本编码为 {encoding}，不是 UTF-8 或 GBK/GB18030，请将 CSV 另存为 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="277" />
            <source>the text is marked as {encoding} but is not valid {encoding}</source>
            <translation>文本标明为 {encoding}，但不是有效的 {encoding}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="278" />
            <source>the text is not UTF-8 and reads as no encoding sopdesk knows; save the CSV as UTF-8</source>
            <translation>文本不是 UTF-8，也无法识别为 sopdesk 支持的编码，请将 CSV 另存为 UTF-8。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="279" />
            <source>the two passwords differ</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="280" />
            <source>the window ends before it starts</source>
            <translation>检修窗口的结束早于开始。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="281" />
            <source>the work order is {status}: its output can no longer be reversed</source>
            <translation>工单已是“{status}”：其完工入库不能再冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="282" />
            <source>the work order makes another item than the order line</source>
            <translation>工单生产的物料与订单行不同。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="283" />
            <source>the workbook has no sheets</source>
            <translation>工作簿中没有工作表。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="284" />
            <source>the year {year} is not plausible</source>
            <translation>年份 {year} 不合理。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="285" />
            <source>the {month} review closes when the month has ended</source>
            <translation>{month} 需求评审须在该月结束后关闭。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="286" />
            <source>the {month} review is open already</source>
            <translation>{month} 需求评审已开启。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="287" />
            <source>the {month} review is {current}, not {status}</source>
            <translation>{month} 需求评审为“{current}”，不是“{status}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="288" />
            <source>the {month} review is {current}: follow-ups are agreed in the meeting</source>
            <translation>{month} 需求评审为“{current}”：跟进事项须在评审会上确定。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="289" />
            <source>the {month} review is {current}: its inputs can no longer change</source>
            <translation>{month} 需求评审为“{current}”：其输入资料不能再修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="290" />
            <source>there is no sheet named {sheet!r}; sheets: {sheets}</source>
            <translation>没有名为 {sheet!r} 的工作表；现有工作表：{sheets}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="291" />
            <source>this action item is {current} already</source>
            <translation>此待办事项已是“{current}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="292" />
            <source>this combination exists already</source>
            <translation>该组合已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="293" />
            <source>this component contains the parent item: the BOM would loop</source>
            <translation>该组件包含父项物料：BOM 将形成循环。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="294" />
            <source>this database has users already: adding one needs an administrator's sign-in</source>
            <translation>此数据库已有用户：添加用户须由管理员登录后进行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="295" />
            <source>this import has been undone already</source>
            <translation>此次导入已撤销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="296" />
            <source>this move has been reversed already</source>
            <translation>这笔库存移动已冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="297" />
            <source>this notification is not addressed to you</source>
            <translation>这条通知不是发给您的。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="298" />
            <source>this product and month are not in the review</source>
            <translation>该产品和月份不在本次评审范围内。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="299" />
            <source>this product is not in the review's scope</source>
            <translation>该产品不在本次评审范围内。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="300" />
            <source>this review task is already answered; revise it explicitly</source>
            <translation>该评审任务已回复：请使用“修改回复”来更改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="301" />
            <source>this review task was cancelled</source>
            <translation>该评审任务已取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="302" />
            <source>this web page holds no table to import</source>
            <translation>该网页中没有可导入的表格。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="303" />
            <source>this zip file is not a spreadsheet (.xlsx or .ods)</source>
            <translation>该 zip 文件不是表格（.xlsx 或 .ods）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="304" />
            <source>transfer at least one item</source>
            <translation>请至少调拨一种物料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="305" />
            <source>true or false</source>
            <translation>是或否。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="306" />
            <source>unknown customer code {code} (add a customer name column to create it)</source>
            <translation>客户编码 {code} 不存在（加上客户名称列即可新建该客户）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="307" />
            <source>unknown department {department!r}</source>
            <translation>未知部门 {department!r}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="308" />
            <source>unknown inventory health list {kind} {key}</source>
            <translation>未知的库存健康度清单 {kind} {key}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="309" />
            <source>unknown item</source>
            <translation>未知物料：请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="310" />
            <source>unknown kind of master data {key!r}</source>
            <translation>未知的基础资料类别 {key!r}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="311" />
            <source>unknown location {code}</source>
            <translation>仓库 {code} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="312" />
            <source>unknown order {number}</source>
            <translation>订单 {number} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="313" />
            <source>unknown product</source>
            <translation>未知产品：请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="314" />
            <source>unknown product code {code}</source>
            <translation>物料编码 {code} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="315" />
            <source>unknown role {role}; one of {roles}</source>
            <translation>未知角色 {role}；可选：{roles}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="316" />
            <source>unknown setting {key}</source>
            <translation>未知设置项 {key}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="317" />
            <source>unknown supplier code {code}</source>
            <translation>供应商编码 {code} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="318" />
            <source>unknown supplier {supplier}</source>
            <translation>供应商 {supplier} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="319" />
            <source>unknown time zone {value}</source>
            <translation>未知时区 {value}：请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="320" />
            <source>unknown user {name}</source>
            <translation>用户 {name} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="321" />
            <source>unknown value {value!r}</source>
            <translation>未知的取值 {value!r}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="322" />
            <source>unknown work center {code}</source>
            <translation>产线 {code} 不存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="323" />
            <source>unsupported database {backend!r}: use a SQLite file or postgresql://</source>
            <translation>不支持的数据库 {backend!r}：请使用 SQLite 文件或 postgresql://</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="324" />
            <source>user {username} already exists</source>
            <translation>用户 {username} 已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="325" />
            <source>week {week} is outside the plan</source>
            <translation>第 {week} 周不在计划期内。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="326" />
            <source>when does the material arrive?</source>
            <translation>物料何时到货？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="327" />
            <source>whole minutes</source>
            <translation>请输入整数分钟。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="328" />
            <source>work center {code} is inactive</source>
            <translation>产线 {code} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="329" />
            <source>work order {number} is on row {row} of the file already</source>
            <translation>工单 {number} 已在文件第 {row} 行出现。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="330" />
            <source>wrong user name or password</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="331" />
            <source>yes, no, or not said</source>
            <translation>是、否或未说明。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="332" />
            <source>you cannot change your own role</source>
            <translation>不能修改自己的角色。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="333" />
            <source>you cannot deactivate your own account</source>
            <translation>不能停用自己的账号。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="334" />
            <source>your role may not change this kind of record</source>
            <translation>您的角色不能修改这类记录。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="335" />
            <source>{code} exists already</source>
            <translation>{code} 已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="336" />
            <source>{code} is inactive</source>
            <translation>{code} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="337" />
            <source>{code} is not in the {month} review's scope (core products only)</source>
            <translation>{code} 不在 {month} 需求评审的范围内（仅核心产品）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="338" />
            <source>{code} {month} is on row {row} of the file already</source>
            <translation>{code} {month} 已在文件第 {row} 行出现。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="339" />
            <source>{count} plan lines for {code} start on {start}; add a work center column</source>
            <translation>{code} 有 {count} 条计划行从 {start} 开始：请加上产线列。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="340" />
            <source>{count} record(s) in {table} created by this import were changed since; the import cannot be undone automatically</source>
            <translation>此次导入创建的 {count} 条记录（{table}）之后又被修改过，无法自动撤销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="341" />
            <source>{count} record(s) in {table} that this import changed were changed again since; the import cannot be undone automatically</source>
            <translation>此次导入修改的 {count} 条记录（{table}）之后又被修改过，无法自动撤销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="342" />
            <source>{count} stock move(s) of this import were reversed already</source>
            <translation>此次导入的 {count} 笔库存变动已被冲销。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="343" />
            <source>{count} users are called {name}: give the user name</source>
            <translation>有 {count} 个用户叫 {name}：请填写用户名。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="344" />
            <source>{date} is after today</source>
            <translation>{date} 晚于今天。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="345" />
            <source>{dept} does not submit to the demand review</source>
            <translation>{dept} 不向需求评审提交资料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="346" />
            <source>{dept} has no submission task in this review</source>
            <translation>{dept} 在本次评审中没有提交任务。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="347" />
            <source>{dept} has submitted already</source>
            <translation>{dept} 已提交。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="348" />
            <source>{first} or {second} is required</source>
            <translation>{first}或{second}必须填写一项。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="349" />
            <source>{item} at {location}: on hand {on_hand}, move of {delta} would make it negative</source>
            <translation>{item} 在 {location}：现有 {on_hand}，变动 {delta} 会使库存为负。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="350" />
            <source>{item} at {location}: the file ships {qty}, on hand {on_hand}</source>
            <translation>{item} 在 {location}：文件要发 {qty}，现存量只有 {on_hand}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="351" />
            <source>{item} has no supplier: give it a default supplier and run the plan again</source>
            <translation>{item} 没有供应商：请先设置默认供应商，再重新运行计划。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="352" />
            <source>{item} {month} is given twice</source>
            <translation>{item} {month} 重复出现。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="353" />
            <source>{item} {month} was cleared by someone else meanwhile</source>
            <translation>{item} {month} 已被他人清除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="354" />
            <source>{item} {month}: a target below the consensus {consensus}</source>
            <translation>{item} {month}：目标低于共识量 {consensus}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="355" />
            <source>{member} is compressed with method {method}, which is not read</source>
            <translation>{member} 使用了无法读取的压缩方式 {method}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="356" />
            <source>{member} is compressed {ratio:.0f} times: refused as a possible zip bomb</source>
            <translation>{member} 压缩比达 {ratio:.0f} 倍：疑似压缩炸弹，已拒绝。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="357" />
            <source>{member} is {size:,} bytes; a workbook's index is never that large</source>
            <translation>{member} 有 {size:,} 字节，工作簿的索引不会这么大。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="358" />
            <source>{member} nests elements more than {limit} deep: refused as hostile</source>
            <translation>{member} 的元素嵌套超过 {limit} 层：视为恶意文件，已拒绝。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="359" />
            <source>{member} uses entities or a DTD, which are not read (unsafe)</source>
            <translation>{member} 使用了实体或 DTD，出于安全不予读取。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="360" />
            <source>{month} is not a month of this review</source>
            <translation>{month} 不在本次评审的月份内。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="361" />
            <source>{month} is not over yet: its accuracy is known from the 1st of the next month</source>
            <translation>{month} 尚未结束：预测准确率要到下月 1 日才能计算。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="362" />
            <source>{name_zh} ({name_en}) is required</source>
            <translation>{name_zh}为必填项。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="363" />
            <source>{name} does not submit sales' forecast</source>
            <translation>{name} 不负责填报销售预测。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="364" />
            <source>{name} is inactive</source>
            <translation>{name} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="365" />
            <source>{number} agrees with its shipments; there is nothing to reopen</source>
            <translation>{number} 与其发货记录一致：无需重新打开。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="366" />
            <source>{number} has no line of {code}</source>
            <translation>订单 {number} 没有 {code} 的行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="367" />
            <source>{number} has no line {line_no}</source>
            <translation>订单 {number} 没有第 {line_no} 行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="368" />
            <source>{number} has {count} open lines of {code}: add a line number column</source>
            <translation>订单 {number} 有 {count} 行未发完的 {code}：请加上行号列。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="369" />
            <source>{number} is released already: it cannot go back to planned</source>
            <translation>{number} 已下达，不能改回计划。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="370" />
            <source>{number} is {status_en} ({status_zh}) and can no longer be changed by an import</source>
            <translation>{number} 状态为“{status_zh}”，不能再通过导入修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="371" />
            <source>{number} is {status} and can no longer be changed</source>
            <translation>{number} 状态为“{status}”，已不能修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="372" />
            <source>{number} is {status} and cannot be shipped</source>
            <translation>订单 {number} 状态为“{status}”，不能发货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="373" />
            <source>{number} is {status} in sopdesk; change its status there, not by import</source>
            <translation>{number} 在系统中的状态为“{status}”：请在系统中修改状态，不能通过导入修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="374" />
            <source>{number} makes {code}: a work order's product cannot change</source>
            <translation>{number} 生产的是 {code}：工单的物料不能更改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="375" />
            <source>{qty} already received on line {line_no}</source>
            <translation>第 {line_no} 行已收货 {qty}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="376" />
            <source>{qty} already shipped on line {line_no}</source>
            <translation>第 {line_no} 行已发货 {qty}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="377" />
            <source>{sheet} has more than {limit:,} cells; the limit is {limit:,}</source>
            <translation>{sheet} 超过 {limit:,} 个单元格，上限为 {limit:,}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="378" />
            <source>{sheet} has {cells:,} cells in {rows:,} rows; the limit is {limit:,} cells</source>
            <translation>{sheet} 在 {rows:,} 行中有 {cells:,} 个单元格，上限为 {limit:,} 个单元格。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="379" />
            <source>{sheet} has {cells:,} cells; the limit is {limit:,} cells</source>
            <translation>{sheet} 有 {cells:,} 个单元格，上限为 {limit:,} 个单元格。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="380" />
            <source>{username} ({role}) cannot answer the {dept} review</source>
            <translation>{username}（{role}）不能回复{dept}评审。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="381" />
            <source>{username} ({role}) cannot submit for {dept}</source>
            <translation>{username}（{role}）不能代 {dept} 提交。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="382" />
            <source>{username} is no longer an active administrator</source>
            <translation>{username} 已不再是启用中的管理员。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/error_catalog.py" line="383" />
            <source>{value} has more than {places} decimal places</source>
            <translation>{value} 的小数位超过 {places} 位。</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="95" />
            <source>Sheet and header row</source>
            <translation>工作表和表头行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="96" />
            <source>Where the data is. Choose another sheet if this is not the right one.</source>
            <translation>数据所在的位置。如果不是这张工作表，请选择其他工作表。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="99" />
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="131" />
            <source>No header row found in this sheet.</source>
            <translation>这张工作表中未找到表头行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/pages.py" line="135" />
            <source>Header row: row {0}. Data starts below it.</source>
            <translation>表头行：第 {0} 行，数据从下一行开始。</translation>
        </message>
    </context>
    <context>
        <name>ShipDialog</name>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="135" />
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="160" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="146" />
            <source>Printed on the delivery note (vehicle, driver, ...)</source>
            <translation>打印在送货单上（车牌、司机等）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="154" />
            <source>Each quantity starts at what is open and in stock at the location. Leave a line empty or at 0 to keep it for later.</source>
            <translation>发货数量默认为未发数量与该仓库现存量中较小者。留空或填 0 的行本次不发。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="162" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="170" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="171" />
            <source>Ship from</source>
            <translation>发货仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="172" />
            <source>Ship date</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="173" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="203" />
            <source>Ship {0}</source>
            <translation>发货 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="236" />
            <source>Nothing is left to ship on these orders.</source>
            <translation>这些订单已没有待发的数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="238" />
            <source>There is no active stock location to ship from.</source>
            <translation>没有可用的发货仓库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="267" />
            <source>Less in stock here than is open</source>
            <translation>该仓库现存量少于未发数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="317" />
            <source>Posting…</source>
            <translation>正在过账…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="342" />
            <source>Not confirmed: {0} Press Ship again — it will count once.</source>
            <translation>未确认：{0} 请再按一次“发货”——只会记一次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="357" />
            <source>Not shipped: check the line marked in red.</source>
            <translation>未发货：请检查标红的行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="359" />
            <source>Not shipped: {0}</source>
            <translation>未发货：{0}</translation>
        </message>
    </context>
    <context>
        <name>ShipmentDialog</name>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="74" />
            <source>Shipment {0}</source>
            <translation>发货单 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="77" />
            <source>Shipment {0} is posted. Print the delivery note for the driver, or save it as a PDF.</source>
            <translation>发货单 {0} 已过账。请打印送货单交司机，或另存为 PDF。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="83" />
            <source>Number</source>
            <translation>发货单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="84" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="85" />
            <source>Ship date</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="86" />
            <source>Ship from</source>
            <translation>发货仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="87" />
            <source>Posted by</source>
            <translation>发货人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="89" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="107" />
            <source>Print delivery note…</source>
            <translation>打印送货单…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="108" />
            <source>Save PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="109" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="117" />
            <source>Delivery note in</source>
            <translation>送货单语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="126" />
            <source>Lines (click an order number to open the order)</source>
            <translation>明细（点击订单号打开订单）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="148" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="153" />
            <source>Sent {0} to the printer.</source>
            <translation>已将 {0} 发送到打印机。</translation>
        </message>
    </context>
    <context>
        <name>Shipping</name>
        <message>
            <location filename="../../sopdesk/ui/shipping/printing.py" line="60" />
            <source>Save delivery note</source>
            <translation>保存送货单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="61" />
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="51" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="41" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="62" />
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="52" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="43" />
            <source>Item</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="63" />
            <source>Ordered</source>
            <translation>订单数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="64" />
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="65" />
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="53" />
            <source>Open</source>
            <translation>未发数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="66" />
            <source>Closed short</source>
            <translation>短结（原因）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="67" />
            <source>Delivered</source>
            <translation>实际交货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="69" />
            <source>Shipment</source>
            <translation>发货单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="70" />
            <source>Ship date</source>
            <translation>发货日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="71" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="46" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="72" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="47" />
            <source>Reversed</source>
            <translation>已冲回</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="94" />
            <source>Close short</source>
            <translation>短结</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/line_shipments.py" line="95" />
            <source>Line {0} ({1}): {2} {3} will not ship. Why?</source>
            <translation>第 {0} 行（{1}）：剩余 {2} {3} 不再发货。原因？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="51" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="40" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="52" />
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="45" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="53" />
            <source>Promised</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="54" />
            <source>On hand</source>
            <translation>现存量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="54" />
            <source>To ship</source>
            <translation>本次发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/from_orders.py" line="37" />
            <source>The selected orders are for different customers: one shipment goes to one customer. Select the orders of one customer.</source>
            <translation>所选订单属于不同客户：一张发货单只发给一个客户。请只选同一客户的订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/from_orders.py" line="45" />
            <source>Order {0} is {1}: only confirmed orders with something left to ship can ship.</source>
            <translation>订单 {0} 为“{1}”：只有已确认且尚有未发数量的订单才能发货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/from_orders.py" line="52" />
            <source>Ship</source>
            <translation>发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/ship_dialog.py" line="55" />
            <source>Message</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="39" />
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="42" />
            <source>Customer PO</source>
            <translation>客户PO号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/viewer.py" line="44" />
            <source>Specification</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="35" />
            <source>Not enough stock: {0} at {1} has {2}.</source>
            <translation>库存不足：{0} 在 {1} 只有 {2}。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="38" />
            <source>Only {0} left to ship on {1} line {2}: a shipment cannot be more than is open.</source>
            <translation>{1} 第 {2} 行只剩 {0} 未发：发货不能超过未发数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="41" />
            <source>Order {0} is {1}: it cannot be shipped.</source>
            <translation>订单 {0} 为“{1}”，不能发货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="43" />
            <source>Order {0} is for another customer: one shipment goes to one customer.</source>
            <translation>订单 {0} 属于另一个客户：一张发货单只发给一个客户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="45" />
            <source>Enter a quantity on at least one line.</source>
            <translation>请至少在一行填写发货数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="47" />
            <source>The same order line is listed twice.</source>
            <translation>同一订单行列出了两次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="49" />
            <source>Shipment number {0} exists already.</source>
            <translation>发货单号 {0} 已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="51" />
            <source>Say why the rest of the line will not ship.</source>
            <translation>请说明该行余量不再发货的原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="53" />
            <source>A {0} order has nothing to close short.</source>
            <translation>“{0}”的订单没有可短结的余量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="55" />
            <source>This line has nothing left to ship.</source>
            <translation>该行已没有待发数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shipping/messages.py" line="57" />
            <source>The order is {0}: its shipments can no longer be reversed.</source>
            <translation>订单为“{0}”，其发货已不能冲回。</translation>
        </message>
    </context>
    <context>
        <name>ShopFloor</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="66" />
            <source>Out of tolerance</source>
            <translation>尺寸超差</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="67" />
            <source>Surface defect</source>
            <translation>外观不良</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="68" />
            <source>Material defect</source>
            <translation>来料不良</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="69" />
            <source>Setup piece</source>
            <translation>调机件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="72" />
            <source>Waiting for material</source>
            <translation>待料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="73" />
            <source>Machine breakdown</source>
            <translation>设备故障</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="74" />
            <source>Changeover</source>
            <translation>换模换线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="75" />
            <source>Power cut</source>
            <translation>停电</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="80" />
            <source>Scrap needs a reason: press one or type it.</source>
            <translation>报废须填写原因：点选一个或手动输入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="81" />
            <source>Downtime needs a reason: press one or type it.</source>
            <translation>停机须填写原因：点选一个或手动输入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="82" />
            <source>Scrap cannot be negative.</source>
            <translation>报废数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="83" />
            <source>Cannot be negative.</source>
            <translation>不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="84" />
            <source>Whole minutes, no decimals.</source>
            <translation>请填整数分钟，不要小数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="85" />
            <source>Not a number.</source>
            <translation>不是数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="87" />
            <source>At most 1440 minutes (one day) in one report.</source>
            <translation>一次报工最多 1440 分钟（一天）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="88" />
            <source>At most 200 characters.</source>
            <translation>最多 200 个字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="89" />
            <source>Choose where the output goes.</source>
            <translation>请选择入库库位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="91" />
            <source>The product's materials are issued at output: choose where they are taken from.</source>
            <translation>该产品完工时倒冲领料：请选择从哪个库位领料。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="93" />
            <source>This work order is no longer open for reports (finished or closed). Refresh the list.</source>
            <translation>该工单已不能报工（已完工或已关闭）。请刷新列表。</translation>
        </message>
    </context>
    <context>
        <name>ShopFloorTab</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="252" />
            <source>Show line</source>
            <translation>显示产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="257" />
            <source>Make it my line</source>
            <translation>设为我的产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="258" />
            <source>Save the line shown as the line this user reports for</source>
            <translation>把当前显示的产线保存为该用户的报工产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="262" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="312" />
            <source>Good quantity</source>
            <translation>合格数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="313" />
            <source>Scrap quantity</source>
            <translation>报废数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="314" />
            <source>Other scrap reason</source>
            <translation>其他报废原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="315" />
            <source>Scrap reason</source>
            <translation>报废原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="316" />
            <source>Minutes worked</source>
            <translation>工时（分钟）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="317" />
            <source>Downtime minutes</source>
            <translation>停机（分钟）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="318" />
            <source>Other downtime reason</source>
            <translation>其他停机原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="319" />
            <source>Downtime reason</source>
            <translation>停机原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="322" />
            <source>Output to</source>
            <translation>入库到</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="323" />
            <source>Materials from</source>
            <translation>倒冲领料库位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="324" />
            <source>Work order finished (last report)</source>
            <translation>工单完工（最后一次报工）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="328" />
            <source>Material issue…</source>
            <translation>领料…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="331" />
            <source>Report</source>
            <translation>报工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="407" />
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="476" />
            <source>All lines</source>
            <translation>全部产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="465" />
            <source>Offline: the work orders as this PC last saw them ({0}).</source>
            <translation>离线：显示本机最后一次同步时的工单（{0}）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="474" />
            <source>Line {0}</source>
            <translation>产线 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="478" />
            <source>No line is set for you: showing all lines. Choose the line to show above; an administrator or the planner can make it yours.</source>
            <translation>尚未为您指定产线：显示全部产线。可在上方选择要显示的产线；管理员或生产计划可将其设为您的产线。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="481" />
            <source>Your line is {0}; showing another choice for this session.</source>
            <translation>您的产线是 {0}；本次显示的是另选的产线。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="484" />
            <source>{0} work orders, {1} to {2}</source>
            <translation>{0} 张工单，{1} 至 {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="499" />
            <source>No released work orders for these days.</source>
            <translation>这几天没有已下达的工单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="549" />
            <source>Choose a work order on the left</source>
            <translation>请在左侧选择工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="551" />
            <source>{0} · {1} {2} — {3} of {4} {5} done</source>
            <translation>{0} · {1} {2} — 已完成 {3} / {4} {5}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="617" />
            <source>Sending…</source>
            <translation>正在提交…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="641" />
            <source>Accepted {0} {1} for {2}: kept on this PC, being sent</source>
            <translation>已接收 {2} 的 {0} {1}：已保存在本机，正在上传</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="650" />
            <source>Reported {0} {1}</source>
            <translation>已报工 {0} {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="652" />
            <source>, scrap {0}</source>
            <translation>，报废 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="654" />
            <source>Already reported: {0} (sent again, applied once)</source>
            <translation>已报过工：{0}（重复提交，只计一次）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="655" />
            <source>{0}: {1} of {2} done</source>
            <translation>{0}：已完成 {1} / {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="658" />
            <source>work order finished</source>
            <translation>工单已完工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="680" />
            <source>Not reported: check the field marked in red.</source>
            <translation>未报工：请检查红字标出的栏位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="682" />
            <source>Not reported: {0}</source>
            <translation>未报工：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="691" />
            <source>Not confirmed: {0} Press Report again — it will count once.</source>
            <translation>未确认：{0} 请再按一次“报工”——只会计一次。</translation>
        </message>
    </context>
    <context>
        <name>ShortageDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="78" />
            <source>Shortage: {0} {1}</source>
            <translation>缺料：{0} {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="84" />
            <source>Required {0} {1} · usable stock {2} · short {3} · covered {4} · not covered {5}</source>
            <translation>需求 {0} {1} · 可用库存 {2} · 缺 {3} · 已覆盖 {4} · 未覆盖 {5}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="93" />
            <source>Nothing covers it yet: no open purchase order or work order.</source>
            <translation>尚无覆盖：没有未结的采购单或工单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="96" />
            <source>Click a document number to open it.</source>
            <translation>点击单号可打开单据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="102" />
            <source>Demands it comes from (what stock cannot meet), by need date</source>
            <translation>需求来源（库存无法满足的部分），按需求日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/shortage_dialog.py" line="104" />
            <source>Covered by, by arrival</source>
            <translation>覆盖来源，按到货日期</translation>
        </message>
    </context>
    <context>
        <name>ShortageView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="240" />
            <source>Not covered only</source>
            <translation>仅未覆盖</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="241" />
            <source>Rows with a quantity no purchase order or work order covers yet</source>
            <translation>只显示仍有数量未被采购单或工单覆盖的行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="243" />
            <source>Bought and made</source>
            <translation>外购和自制</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="243" />
            <source>Bought items (purchase)</source>
            <translation>外购件（采购）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="244" />
            <source>Made items (work order)</source>
            <translation>自制件（工单）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="246" />
            <source>Details…</source>
            <translation>明细…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="247" />
            <source>The demands behind the selected shortage and what covers it (double-click a row)</source>
            <translation>所选缺料行背后的需求及其覆盖来源（双击行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="250" />
            <source>Create purchase orders…</source>
            <translation>生成采购单…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="251" />
            <source>Draft purchase orders for what the selected bought items still lack, one per default supplier</source>
            <translation>为所选外购物料尚缺的数量生成草稿采购单，每个默认供应商一张</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="281" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="299" />
            <source>{0} items short · {1} with nothing covering part of it · {2} late</source>
            <translation>缺料物料 {0} 个 · 其中 {1} 个尚无来源 · {2} 个将延期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="302" />
            <source>{0} shortages in all</source>
            <translation>共 {0} 条缺料</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="101" />
            <source>sopdesk — sign in</source>
            <translation>sopdesk — 登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="102" />
            <source>sopdesk</source>
            <translation>sopdesk</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="103" />
            <source>Sales, production and supply on one shared database</source>
            <translation>产供销一体化 · 销售、生产、供应链共用一套数据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="104" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="105" />
            <location filename="../../sopdesk/ui/signin.py" line="106" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="106" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="107" />
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="107" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="109" />
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="110" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="113" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="114" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="115" />
            <source>Set up this database…</source>
            <translation>初始化该数据库…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="152" />
            <source>Enter your user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/signin.py" line="156" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>SourcesDialog</name>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="35" />
            <source>{row} of {item}, week {week}</source>
            <translation>{item} {week} 周的{row}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="37" />
            <source>{row} of {item} in week {week} ({monday}): {total} in the plan. What makes it now:</source>
            <translation>{item} 在 {week} 周（{monday}）的{row}：计划中为 {total}。目前构成如下：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="42" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="42" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="42" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="42" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="56" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="60" />
            <source>No open document makes this figure now: the plan was run before it changed. Run the plan again.</source>
            <translation>目前没有未完成单据构成这个数字：计划运行后数据已变动，请重新运行计划。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="76" />
            <source>Purchase order line</source>
            <translation>采购单行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/sources.py" line="78" />
            <source>Work order output</source>
            <translation>工单产出</translation>
        </message>
    </context>
    <context>
        <name>StatusChange</name>
        <message>
            <location filename="../../sopdesk/ui/orders/status_change.py" line="26" />
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/status_change.py" line="40" />
            <source>Change order {number} from {current} to {target}?</source>
            <translation>将订单 {number} 从“{current}”改为“{target}”？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/status_change.py" line="43" />
            <source>Production and supply chain are asked to answer the review.</source>
            <translation>将请生产和供应链答复评审。</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="190" />
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="198" />
            <source>Undo this import</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="207" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="208" />
            <source>Rows read: {0}</source>
            <translation>读取行数：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="209" />
            <source>New: {0}</source>
            <translation>新增：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="209" />
            <source>Changed: {0}</source>
            <translation>修改：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="210" />
            <source>Unchanged: {0}</source>
            <translation>不变：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="210" />
            <source>Skipped: {0}</source>
            <translation>跳过：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="214" />
            <source>Created along with it ({0}): {1} — {2}</source>
            <translation>同时新建（{0}）：{1} — {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="217" />
            <source>Created along with it ({0}): {1}</source>
            <translation>同时新建（{0}）：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="218" />
            <source>Batch: {0}</source>
            <translation>导入批次：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="219" />
            <source>Nothing changed: the database already held these values.</source>
            <translation>没有变化：数据库中已是这些数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/preview.py" line="229" />
            <source>The import was undone.</source>
            <translation>本次导入已撤销。</translation>
        </message>
    </context>
    <context>
        <name>SupplyPage</name>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="50" />
            <source>proposal</source>
            <translation>建议值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="57" />
            <source>Empty: new orders are not limited</source>
            <translation>空：新订单不限量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="58" />
            <source>yes, no or empty (not said)</source>
            <translation>是、否或空（未说明）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="68" />
            <source>{0}: guaranteed is yes, no or empty</source>
            <translation>{0}：保证供应应填 是、否 或留空</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="70" />
            <source>{0}: lead days is a whole number of days</source>
            <translation>{0}：交期应为整数天</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="80" />
            <source>Only supply and managers confirm the key materials</source>
            <translation>只有供应链和总经理可以确认关键物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="84" />
            <source>No key materials: the products in scope have no bought components in their bills of materials.</source>
            <translation>没有关键物料：评审范围内产品的物料清单中没有外购件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/demand_review/supply.py" line="86" />
            <source>Correct the lead time, what new orders can bring a month, whether supply guarantees it, the price or the note, then save; rows nobody corrected count as confirmed when supply submits.</source>
            <translation>修改交期、新订单每月可供量、是否保证供应、价格或备注后保存；供应链提交时，未修改的行视为已确认。</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="108" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="109" />
            <source>Order review</source>
            <translation>订单评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="112" />
            <source>Inventory</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="113" />
            <source>Purchasing</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="114" />
            <source>Production</source>
            <translation>生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="117" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="119" />
            <source>Dashboard</source>
            <translation>看板</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="120" />
            <source>Demand review</source>
            <translation>需求评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="123" />
            <source>Master data</source>
            <translation>基础资料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="125" />
            <source>Shop floor</source>
            <translation>车间报工</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="127" />
            <source>Administration</source>
            <translation>管理</translation>
        </message>
    </context>
    <context>
        <name>WeeklyGrid</name>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="65" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="72" />
            <source>Red: stock below the safety stock. Blue: planned by this run (click to see the planned order). Double-click a demand or receipt to see its documents.</source>
            <translation>红色：低于安全库存。蓝色：本次计划生成（点击查看计划订单）。双击需求或入库数量可查看对应单据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="94" />
            <source>Choose an item, or select a planned order.</source>
            <translation>请选择物料，或选择一个计划订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="110" />
            <source>{code} {name} · level {level} · on hand at the start {on_hand} · safety stock {safety}</source>
            <translation>{code} {name} · 层级 {level} · 期初库存 {on_hand} · 安全库存 {safety}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="128" />
            <source>Below the safety stock {0}</source>
            <translation>低于安全库存 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="131" />
            <source>Click to see the planned order</source>
            <translation>点击查看计划订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/plan/grid.py" line="133" />
            <source>Double-click to see the documents</source>
            <translation>双击查看对应单据</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderCard</name>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="132" />
            <source>Late</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="144" />
            <source>{0} of {1} {2}</source>
            <translation>{0} / {1} {2}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/shopfloor/tab.py" line="147" />
            <source>Planned {0} – {1}</source>
            <translation>计划 {0} – {1}</translation>
        </message>
    </context>
    <context>
        <name>WorkOrderDialog</name>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="201" />
            <source>Work order {0}</source>
            <translation>工单 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="203" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="204" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="205" />
            <source>Line</source>
            <translation>产线</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="206" />
            <source>Planned</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="207" />
            <source>Good / planned</source>
            <translation>合格 / 计划</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="209" />
            <source>Scrap</source>
            <translation>报废</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="211" />
            <source>Sales order</source>
            <translation>销售订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="213" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="213" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="213" />
            <source>Item</source>
            <translation>物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="214" />
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="214" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="214" />
            <source>Document</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="220" />
            <source>(reversal)</source>
            <translation>（冲销）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/production/dialogs.py" line="234" />
            <source>Issues and output</source>
            <translation>领料与完工入库</translation>
        </message>
    </context>
    <context>
        <name>_LazyView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="114" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="117" />
            <source>Search code or name</source>
            <translation>搜索编码或名称</translation>
        </message>
    </context>
    <context>
        <name>_TaskPanel</name>
        <message>
            <location filename="../../sopdesk/ui/importer/common.py" line="103" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/common.py" line="124" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
</TS>
