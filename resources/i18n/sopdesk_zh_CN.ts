<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <location filename="../../sopdesk/ui/app.py" line="216" />
            <source>The database is not ready yet.</source>
            <translation>数据库尚未就绪。</translation>
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
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="72" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="75" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="77" />
            <source>&lt;b&gt;{who}&lt;/b&gt; saved this order at {when}, after you opened it. Your changes were &lt;b&gt;not&lt;/b&gt; saved, and nothing of theirs was overwritten.</source>
            <translation>在您打开此订单之后，&lt;b&gt;{who}&lt;/b&gt; 于 {when} 保存了它。您的修改&lt;b&gt;没有&lt;/b&gt;保存，对方的修改也没有被覆盖。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="82" />
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="85" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="82" />
            <source>When you opened it</source>
            <translation>您打开时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="83" />
            <source>Saved by them</source>
            <translation>对方保存的值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="83" />
            <source>By</source>
            <translation>修改人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="83" />
            <source>At</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="85" />
            <source>Your copy</source>
            <translation>您的版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="86" />
            <source>Saved version</source>
            <translation>已保存的版本</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="89" />
            <source>Reload (discard my changes)</source>
            <translation>重新载入（放弃我的修改）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="90" />
            <source>Compare side by side</source>
            <translation>并排比较</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="91" />
            <source>Keep my copy and edit again</source>
            <translation>保留我的内容，继续编辑</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="93" />
            <source>Continue from the saved version with your values in the form; nothing is saved until you press Save again.</source>
            <translation>在已保存的版本上继续编辑，表单中保留您填写的内容；再次点击保存之前不会保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="95" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="96" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="101" />
            <source>What they changed:</source>
            <translation>对方修改了：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="104" />
            <source>They saved the order without changing any of its fields (for example they opened it and pressed Save). Reload to continue from their version, or compare.</source>
            <translation>对方保存订单时没有修改任何字段（例如只是打开后点了保存）。可以重新载入对方的版本继续编辑，或进行比较。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="113" />
            <source>Differences are highlighted:</source>
            <translation>不同之处已高亮：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="168" />
            <source>Line added</source>
            <translation>新增一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="168" />
            <source>Line removed</source>
            <translation>删除一行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/conflict_dialog.py" line="169" />
            <source>Line changed</source>
            <translation>修改一行</translation>
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
            <location filename="../../sopdesk/ui/dbsettings.py" line="70" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="74" />
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="81" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="86" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="87" />
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="88" />
            <source>Database name</source>
            <translation>数据库名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="89" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="90" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="96" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="99" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="100" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="125" />
            <source>Database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="125" />
            <source>sopdesk database (*.db);;All files (*)</source>
            <translation>sopdesk 数据库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="144" />
            <source>Enter the server's name or address.</source>
            <translation>请输入服务器名称或地址。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="147" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="153" />
            <source>Connected. The database is ready ({0} users).</source>
            <translation>连接成功，数据库可以使用（{0} 个用户）。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="154" />
            <source>Connected. The database is from an older version of sopdesk: it will be upgraded (with a backup) when you sign in.</source>
            <translation>连接成功。该数据库来自旧版 sopdesk，登录时会先备份再升级。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="156" />
            <source>Connected. The database is empty: sopdesk sets it up when you continue.</source>
            <translation>连接成功。数据库是空的，继续后 sopdesk 会自动初始化。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/dbsettings.py" line="177" />
            <source>Enter a file or a server.</source>
            <translation>请填写数据库文件或服务器。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="42" />
            <source>Choose an existing customer.</source>
            <translation>请选择已有的客户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="43" />
            <source>Customer {0} is inactive.</source>
            <translation>客户 {0} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="44" />
            <source>An order needs at least one line.</source>
            <translation>订单至少需要一行明细。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="45" />
            <source>Cannot be before the order date.</source>
            <translation>不能早于下单日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="46" />
            <source>Unknown product: choose one from the list.</source>
            <translation>未知产品，请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="47" />
            <source>Product {0} is inactive.</source>
            <translation>产品 {0} 已停用。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="48" />
            <source>The quantity must be greater than zero.</source>
            <translation>数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="49" />
            <source>The price cannot be negative.</source>
            <translation>单价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="50" />
            <source>{0} has more than {1} decimal places.</source>
            <translation>{0} 的小数位超过 {1} 位。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="51" />
            <location filename="../../sopdesk/ui/errors.py" line="52" />
            <source>{0} is not a number.</source>
            <translation>{0} 不是有效的数字。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="54" />
            <source>The custom flag can only change while the order is a draft.</source>
            <translation>只有草稿订单才能更改“定制款”标记。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="56" />
            <source>This order can no longer be edited in its current status.</source>
            <translation>订单当前状态下已不能修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="58" />
            <source>Line {0}: {1} already shipped; the quantity cannot be lower.</source>
            <translation>第 {0} 行已发货 {1}，数量不能少于已发货数量。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="60" />
            <source>Line {0} has shipments: its product cannot change.</source>
            <translation>第 {0} 行已有发货，不能更换产品。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="62" />
            <source>Line {0} has shipments and cannot be removed.</source>
            <translation>第 {0} 行已有发货，不能删除。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="64" />
            <source>A custom order must be reviewed by production and supply before it is confirmed.</source>
            <translation>定制款订单须经生产和供应链评审后才能确认。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="66" />
            <source>Production and supply have not both answered the review yet.</source>
            <translation>生产和供应链尚未全部答复评审。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="68" />
            <source>Confirming an order needs a promised delivery date: edit the order and enter one.</source>
            <translation>确认订单需要承诺交期：请先编辑订单并填写承诺交期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="70" />
            <source>Only custom orders go through the order review.</source>
            <translation>只有定制款订单需要订单评审。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="72" />
            <source>Answer whether it is feasible.</source>
            <translation>请答复是否可行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="74" />
            <source>Supply chain answers the material arrival date.</source>
            <translation>物料到货日期由供应链答复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="76" />
            <source>How many days does it take to make?</source>
            <translation>生产需要多少天？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="78" />
            <source>A whole number of days from 0 to {0}.</source>
            <translation>请输入 0 到 {0} 之间的整数天数。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="80" />
            <source>Production answers the lead time.</source>
            <translation>生产周期由生产部门答复。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="81" />
            <source>When does the material arrive?</source>
            <translation>物料什么时候到货？</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="82" />
            <source>Enter a date.</source>
            <translation>请输入日期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="83" />
            <source>Say why it is not feasible.</source>
            <translation>请说明不可行的原因。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="85" />
            <source>Enter the delivery date agreed with the customer.</source>
            <translation>请输入与客户商定的交期。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="87" />
            <source>Production and supply chain allow {0} at the earliest.</source>
            <translation>根据生产和供应链的答复，最早只能 {0} 交货。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="89" />
            <source>An answer says the order is not feasible: ask the department to revise it, or withdraw the order.</source>
            <translation>有部门答复不可行：请与该部门协商修改答复，或撤回订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="90" />
            <source>This review task was cancelled.</source>
            <translation>该评审任务已取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="92" />
            <source>This review task is already answered; use Revise answer to change it.</source>
            <translation>该评审任务已答复；如需更改请点“修改答复”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="94" />
            <source>The order is no longer in review.</source>
            <translation>该订单已不在评审中。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="96" />
            <source>The order's status has changed meanwhile; refresh and try again.</source>
            <translation>订单状态已被他人更改，请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="97" />
            <source>Choose an active user.</source>
            <translation>请选择在用的用户。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="98" />
            <source>Back to draft, or cancelled.</source>
            <translation>只能退回草稿或取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="100" />
            <source>The folder {0} does not exist: choose another place for the database file {1}.</source>
            <translation>文件夹 {0} 不存在，请为数据库文件 {1} 另选位置。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="101" />
            <location filename="../../sopdesk/ui/errors.py" line="114" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="102" />
            <source>At least {0} characters.</source>
            <translation>至少 {0} 个字符。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="103" />
            <source>User {0} already exists.</source>
            <translation>用户 {0} 已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="105" />
            <source>2 to 60 letters, digits, '.', '-' or '_'.</source>
            <translation>2 到 60 个字母、数字、“.”、“-”或“_”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="110" />
            <source>Your role may not do this.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="111" />
            <source>Not found: it may have been deleted on another PC. Refresh and try again.</source>
            <translation>找不到该记录，可能已在其他电脑上删除。请刷新后重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="112" />
            <source>Someone else saved this record after you opened it. Nothing was overwritten.</source>
            <translation>在您打开之后，其他人保存了这条记录。没有任何内容被覆盖。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="113" />
            <source>This already exists.</source>
            <translation>该记录已存在。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="115" />
            <source>Not enough stock.</source>
            <translation>库存不足。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="137" />
            <source>Database settings</source>
            <translation>数据库设置</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="137" />
            <source>This is not a database address sopdesk can use: {0}</source>
            <translation>这不是 sopdesk 可用的数据库地址：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="141" />
            <source>Database unreachable</source>
            <translation>无法连接数据库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="142" />
            <source>The database cannot be reached. Check the network cable or Wi-Fi, that the database server is running, and the address in Database settings.</source>
            <translation>无法连接数据库。请检查网线或无线网络、数据库服务器是否已开启，以及“数据库设置”中的地址。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="148" />
            <source>Database busy</source>
            <translation>数据库繁忙</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="149" />
            <source>The database could not complete this action (it may be busy). Nothing was saved. Please try again.</source>
            <translation>数据库未能完成此操作（可能正忙），没有保存任何内容。请重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="154" />
            <source>File error</source>
            <translation>文件错误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="154" />
            <source>A file could not be read or written: {0}</source>
            <translation>无法读写文件：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="158" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="159" />
            <source>Something went wrong that sopdesk did not expect. Nothing was saved by this action. Please report it to your administrator with the details below.</source>
            <translation>sopdesk 遇到了意外问题，此操作没有保存任何内容。请把下面的详细信息告诉系统管理员。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="172" />
            <source>An order cannot go from {0} to {1}.</source>
            <translation>订单不能从“{0}”变为“{1}”。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="186" />
            <source>Not allowed</source>
            <translation>无权操作</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="187" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="188" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/errors.py" line="189" />
            <source>Please check</source>
            <translation>请检查</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="24" />
            <location filename="../../sopdesk/ui/importer/export.py" line="31" />
            <location filename="../../sopdesk/ui/importer/export.py" line="43" />
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="29" />
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="30" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/export.py" line="44" />
            <source>{0} rows written to {1}</source>
            <translation>已将 {0} 行写入 {1}</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="179" />
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="180" />
            <source>An Excel or CSV file (.xlsx, .xls, .ods, .csv) and what it holds.</source>
            <translation>选择 Excel 或 CSV 文件（.xlsx、.xls、.ods、.csv）及其内容类型。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="184" />
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="185" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="188" />
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="192" />
            <source>It holds:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="201" />
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
            <location filename="../../sopdesk/ui/firststart.py" line="54" />
            <source>Set up sopdesk</source>
            <translation>初始化 sopdesk</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="58" />
            <source>&lt;b&gt;Welcome to sopdesk.&lt;/b&gt;&lt;br&gt;This database is new and has no users yet ({0}). Load the demo factory to look around, or create the first administrator to start with your own data.</source>
            <translation>&lt;b&gt;欢迎使用 sopdesk。&lt;/b&gt;&lt;br&gt;这是一个新数据库，还没有用户（{0}）。可以载入演示工厂先看看，或者创建第一个管理员，开始录入自己的数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="63" />
            <source>Demo factory</source>
            <translation>演示工厂</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="64" />
            <source>Load the demo factory</source>
            <translation>载入演示工厂</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="70" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="75" />
            <source>A small maker of machined and cast parts: customers, products, bills of materials, more than a year of orders, reviews, production and stock. Sign in as sales, production, supply, manager or admin; the password is demo123.</source>
            <translation>一家机加工和铸件小厂：客户、产品、物料清单（BOM），以及一年多的订单、评审、生产和库存数据。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="86" />
            <source>First administrator</source>
            <translation>第一个管理员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="94" />
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="97" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="98" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="99" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="100" />
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="104" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="133" />
            <source>Preparing…</source>
            <translation>正在准备…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="141" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="150" />
            <source>The demo factory is ready. Sign in as sales, production, supply, manager or admin with password demo123.</source>
            <translation>演示工厂已就绪。可用 sales、production、supply、manager 或 admin 登录，密码 demo123。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="162" />
            <source>Stopped: nothing was loaded.</source>
            <translation>已停止，没有载入任何数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/firststart.py" line="174" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>HealthView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="133" />
            <source>All items</source>
            <translation>全部物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="133" />
            <source>Below safety stock</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="134" />
            <source>Slow-moving (no move for 90 days)</source>
            <translation>呆滞（90 天无出入库）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="135" />
            <source>Excess stock</source>
            <translation>超储</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="135" />
            <source>Class A items</source>
            <translation>A 类物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="137" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="160" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="172" />
            <source>{0} items, stock value {1} · below safety {2} · slow-moving {3} (value {4}) · excess {5} (value {6}) · A/B/C items {7}/{8}/{9} · consumption over the last 90 days</source>
            <translation>共 {0} 个物料，库存金额 {1} · 低于安全库存 {2} · 呆滞 {3}（金额 {4}）· 超储 {5}（金额 {6}）· A/B/C 类 {7}/{8}/{9} · 按近 90 天消耗计算</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="104" />
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="105" />
            <source>not a date</source>
            <translation>不是日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="106" />
            <source>cannot be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="107" />
            <source>must be a whole number</source>
            <translation>必须是整数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="108" />
            <source>must be at least {0}</source>
            <translation>不能小于 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="109" />
            <source>the number is too large</source>
            <translation>数字太大</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="110" />
            <source>longer than {0} characters</source>
            <translation>超过 {0} 个字符</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="111" />
            <source>more than {0} decimal places</source>
            <translation>小数超过 {0} 位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="112" />
            <source>not one of: {0}</source>
            <translation>不是可选值之一：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="113" />
            <source>not yes or no (是/否, Y/N, √)</source>
            <translation>不是“是/否”（是/否、Y/N、√）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="114" />
            <source>unknown product code {0}</source>
            <translation>物料编码 {0} 不存在</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="115" />
            <source>unknown customer code {0} (add a customer name column to create it)</source>
            <translation>客户编码 {0} 不存在（加一列客户名称即可新建该客户）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="117" />
            <source>unknown location {0}</source>
            <translation>仓库 {0} 不存在</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="118" />
            <source>{0} is required</source>
            <translation>{0} 为必填项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="120" />
            <source>{0} can no longer be changed in its current status</source>
            <translation>{0} 当前状态下已不能修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="598" />
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="644" />
            <source>This file cannot be imported: {0}</source>
            <translation>该文件无法导入：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="664" />
            <source>No header row for {0} found in this sheet: expected columns such as {1}.</source>
            <translation>这张工作表中未找到{0}的表头行：应有“{1}”等列。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="692" />
            <source>Cancelled. Press Next to read the file again.</source>
            <translation>已取消。点击“下一步”重新读取文件。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="697" />
            <source>Reading the rows…</source>
            <translation>正在读取数据…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="725" />
            <source>Import cancelled: nothing was written.</source>
            <translation>已取消导入：未写入任何数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="730" />
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
            <location filename="../../sopdesk/ui/inventory/model.py" line="38" />
            <source>Finished</source>
            <translation>成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="39" />
            <source>Semi-finished</source>
            <translation>半成品</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="40" />
            <source>Raw material</source>
            <translation>原材料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="43" />
            <source>Receipt</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="44" />
            <source>Issue to production</source>
            <translation>生产领料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="45" />
            <source>Production output</source>
            <translation>生产入库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="46" />
            <source>Shipment</source>
            <translation>销售出库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="47" />
            <source>Transfer</source>
            <translation>调拨</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="48" />
            <source>Adjustment</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="49" />
            <source>Stock count</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="50" />
            <source>Opening balance</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="45" />
            <location filename="../../sopdesk/ui/inventory/health.py" line="59" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="82" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="46" />
            <location filename="../../sopdesk/ui/inventory/health.py" line="60" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="83" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="47" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="84" />
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="51" />
            <source>Daily use</source>
            <translation>日均消耗</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="52" />
            <source>Days of supply</source>
            <translation>可用天数</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="53" />
            <source>Slow-moving</source>
            <translation>呆滞</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="54" />
            <source>Excess</source>
            <translation>超储数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="55" />
            <source>Stock value</source>
            <translation>库存金额</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="56" />
            <source>ABC</source>
            <translation>ABC 分类</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="61" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="85" />
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="53" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="62" />
            <source>Required</source>
            <translation>需求量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="63" />
            <source>Usable stock</source>
            <translation>可用库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="64" />
            <source>Short</source>
            <translation>缺料数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="65" />
            <source>Covered</source>
            <translation>已有来源</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="66" />
            <source>Not covered</source>
            <translation>无来源</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="68" />
            <source>First need</source>
            <translation>最早需求日</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="69" />
            <source>Covered by</source>
            <translation>补足日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="71" />
            <source>Cure</source>
            <translation>补料方式</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="72" />
            <source>Work order</source>
            <translation>工单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="73" />
            <source>Purchase</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="74" />
            <source>Covered by documents</source>
            <translation>来源单据</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="48" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="86" />
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="42" />
            <source>On hand</source>
            <translation>现存量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="87" />
            <source>Reserved</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="88" />
            <source>Available</source>
            <translation>可用量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="49" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="89" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="50" />
            <location filename="../../sopdesk/ui/inventory/model.py" line="90" />
            <source>Below safety</source>
            <translation>低于安全库存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="109" />
            <source>Below</source>
            <translation>低于</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="126" />
            <source>Open sales orders {0} + work order materials {1}</source>
            <translation>未完成销售订单 {0} + 工单用料 {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/model.py" line="129" />
            <source>Blocked in quarantine: {0}</source>
            <translation>待检/隔离库存不可用：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="32" />
            <source>Moved at</source>
            <translation>业务时间</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="33" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="34" />
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="41" />
            <source>Location</source>
            <translation>仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="35" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="36" />
            <source>Document</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="37" />
            <source>Posted by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="38" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="43" />
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
            <source>Late</source>
            <translation>延期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/receive_dialog.py" line="56" />
            <source>{0} d late</source>
            <translation>延期 {0} 天</translation>
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
            <location filename="../../sopdesk/ui/inventory/tab.py" line="167" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="180" />
            <source>{0} items</source>
            <translation>共 {0} 个物料</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="182" />
            <source>({0} loaded)</source>
            <translation>（已载入 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/tab.py" line="189" />
            <source>Could not load</source>
            <translation>载入失败</translation>
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
            <source>Shipped</source>
            <translation>已发货</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="23" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="24" />
            <location filename="../../sopdesk/ui/labels.py" line="61" />
            <location filename="../../sopdesk/ui/labels.py" line="67" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="29" />
            <source>Back to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="30" />
            <source>Send to review</source>
            <translation>提交评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="31" />
            <source>Confirm order</source>
            <translation>确认订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="32" />
            <source>Start production</source>
            <translation>开始生产</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/labels.py" line="33" />
            <source>Mark shipped</source>
            <translation>标记已发货</translation>
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
            <location filename="../../sopdesk/ui/mainwindow.py" line="64" />
            <source>sopdesk — sales, production and supply</source>
            <translation>sopdesk — 产供销一体化</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="95" />
            <source>There is no screen for the {0} role in this version yet. Your notices and to-dos are in the inbox (bottom right).</source>
            <translation>此版本还没有{0}角色的工作界面。您的通知和待办在右下角。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="104" />
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="106" />
            <source>Signed in as {0}</source>
            <translation>登录用户：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="166" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="167" />
            <source>Sign out / switch user</source>
            <translation>注销 / 切换用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="169" />
            <source>Database settings…</source>
            <translation>数据库设置…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="175" />
            <source>Import from Excel…</source>
            <translation>导入 Excel…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="181" />
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="185" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="189" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="190" />
            <source>Inbox</source>
            <translation>通知和待办</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="193" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="195" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="203" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="204" />
            <location filename="../../sopdesk/ui/mainwindow.py" line="208" />
            <source>About sopdesk</source>
            <translation>关于 sopdesk</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="209" />
            <source>&lt;b&gt;sopdesk {0}&lt;/b&gt;&lt;br&gt;Sales, production and supply on one shared database (产供销一体化) for small factories.&lt;br&gt;&lt;br&gt;Database: {1}</source>
            <translation>&lt;b&gt;sopdesk {0}&lt;/b&gt;&lt;br&gt;面向中小工厂的产供销一体化软件：销售、生产、供应链共用一套数据。&lt;br&gt;&lt;br&gt;数据库：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="309" />
            <source>Connected</source>
            <translation>已连接</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="311" />
            <source>The database answered the last check.</source>
            <translation>最近一次检查时数据库正常响应。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="313" />
            <source>Connection lost</source>
            <translation>连接中断</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="316" />
            <source>The database did not answer. Saving will fail until it is back; sopdesk checks again every 30 seconds.</source>
            <translation>数据库没有响应。恢复之前无法保存；sopdesk 每 30 秒重新检查一次。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="321" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="328" />
            <source>Local file: {0}</source>
            <translation>本地文件：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/mainwindow.py" line="329" />
            <source>Server: {0}</source>
            <translation>服务器：{0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="290" />
            <source>Columns</source>
            <translation>列对应</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="291" />
            <source>Which column holds which field. Columns set to “not imported” are ignored.</source>
            <translation>指定每一列对应的字段。设为“不导入”的列将被忽略。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="296" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="296" />
            <source>Header in the file</source>
            <translation>文件中的表头</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="297" />
            <source>First values</source>
            <translation>前几行的值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="297" />
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="307" />
            <source>Save this mapping as:</source>
            <translation>将此对应关系保存为：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="309" />
            <source>e.g. the customer's name</source>
            <translation>例如客户名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="310" />
            <source>Save mapping</source>
            <translation>保存对应关系</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="334" />
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="344" />
            <source>Saved mapping applied: {0}</source>
            <translation>已套用保存的对应关系：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="369" />
            <source>Still to map: {0}</source>
            <translation>尚未对应的必填字段：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="379" />
            <source>Mapping saved as {0}</source>
            <translation>对应关系已保存为“{0}”</translation>
        </message>
    </context>
    <context>
        <name>MovesDialog</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="69" />
            <source>Stock moves: {0} {1}</source>
            <translation>出入库明细：{0} {1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="75" />
            <source>On hand {0} {1} · reserved {2} · available {3}</source>
            <translation>现存量 {0} {1} · 已占用 {2} · 可用量 {3}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="77" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="85" />
            <source>By location</source>
            <translation>按仓库</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="87" />
            <source>Moves, newest first</source>
            <translation>出入库记录（最新在前）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="99" />
            <source>{0} moves · in {1} · out {2} · net {3}</source>
            <translation>共 {0} 笔 · 入 {1} · 出 {2} · 净额 {3}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/moves_dialog.py" line="102" />
            <source>newest {0} shown</source>
            <translation>显示最新 {0} 笔</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="87" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="88" />
            <source>Order {0}</source>
            <translation>订单 {0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="94" />
            <source>Customer code or name</source>
            <translation>客户编码或名称</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="101" />
            <source>Custom order (定制款): needs the order review by production and supply chain</source>
            <translation>定制款：需要生产和供应链进行订单评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="110" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="111" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="115" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="117" />
            <source>Customer PO</source>
            <translation>客户订单号</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="120" />
            <source>Order date</source>
            <translation>下单日期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="122" />
            <source>Requested date</source>
            <translation>要求交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="124" />
            <source>Promised date</source>
            <translation>承诺交期</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="132" />
            <source>Lines</source>
            <translation>订单明细</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="136" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="138" />
            <source>Enter adds a line · Ctrl+S saves · Esc closes</source>
            <translation>回车添加一行 · Ctrl+S 保存 · Esc 关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="180" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="182" />
            <source>A {0} order can no longer be edited.</source>
            <translation>“{0}”状态的订单已不能修改。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="185" />
            <source>Read only: your role cannot change orders.</source>
            <translation>只读：您的角色不能修改订单。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="202" />
            <source>Order {0} ({1})</source>
            <translation>订单 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="209" />
            <source>Save and start review</source>
            <translation>保存并发起评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="210" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="246" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="312" />
            <source>You are now editing on top of the version saved by {0}. Check the form, then save.</source>
            <translation>您现在是在 {0} 保存的版本上编辑。请核对表单后再保存。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="313" />
            <source>another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/order_dialog.py" line="358" />
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
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="112" />
            <source>Custom</source>
            <translation>定制款</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="58" />
            <source>Salesperson</source>
            <translation>业务员</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="55" />
            <source>Delivery risk</source>
            <translation>交期风险</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tablemodels/order_lines.py" line="125" />
            <source>Shipped: {0}</source>
            <translation>已发货：{0}</translation>
        </message>
    </context>
    <context>
        <name>OrdersTab</name>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="81" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="110" />
            <source>New order</source>
            <translation>新建订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="82" />
            <source>Create a sales order (Ctrl+N)</source>
            <translation>新建销售订单（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="83" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="83" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="85" />
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="89" />
            <source>Show review</source>
            <translation>查看评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="90" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="111" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="91" />
            <source>Reload from the database (F5)</source>
            <translation>从数据库重新载入（F5）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="134" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="147" />
            <location filename="../../sopdesk/ui/orders/tab.py" line="152" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="174" />
            <source>{0} lines</source>
            <translation>共 {0} 行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="176" />
            <source>({0} loaded)</source>
            <translation>（已载入 {0} 行）</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="180" />
            <source>Could not load</source>
            <translation>载入失败</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="276" />
            <source>Changed on another PC</source>
            <translation>订单已在其他电脑上修改</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="277" />
            <source>{0} changed this order after the list was loaded. The list is reloaded; check the order and try again.</source>
            <translation>列表载入后，{0} 修改了这个订单。列表已重新载入，请核对订单后重试。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/orders/tab.py" line="278" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="408" />
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="409" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="424" />
            <source>Save errors workbook…</source>
            <translation>保存错误清单…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="429" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="429" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="429" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="430" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="430" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="453" />
            <source>{0} rows read. Nothing can be imported until the file is corrected: fix the cells listed below in the file (or save the errors workbook, where they are marked red) and start again.</source>
            <translation>已读取 {0} 行。文件改正之前无法导入：请在文件中修改下列单元格（或保存错误清单，出错的单元格标为红色），然后重新导入。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="458" />
            <source>{rows} rows read: {ins} new, {upd} changed, {same} unchanged, {skip} skipped. Press Import to write them.</source>
            <translation>已读取 {rows} 行：新增 {ins}，修改 {upd}，不变 {same}，跳过 {skip}。点击“导入”写入数据库。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="491" />
            <source>{0} problems found</source>
            <translation>发现 {0} 处问题</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="507" />
            <source>Save errors workbook</source>
            <translation>保存错误清单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="512" />
            <source>Errors saved to {0}</source>
            <translation>错误清单已保存到 {0}</translation>
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
            <location filename="../../sopdesk/ui/review/tab.py" line="95" />
            <source>Confirm with customer…</source>
            <translation>与客户确认交期…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="96" />
            <source>Back to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="97" />
            <source>Take the order out of review to change it, then start a new review</source>
            <translation>撤回评审以修改订单，之后重新发起评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="98" />
            <source>Cancel order</source>
            <translation>取消订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="113" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="161" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="185" />
            <source>{0} open</source>
            <translation>进行中 {0} 项</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="187" />
            <source>{0} overdue</source>
            <translation>{0} 项超时</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="257" />
            <source>Production and supply chain have not both answered yet</source>
            <translation>生产和供应链尚未全部答复</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="299" />
            <source>Take order {0} back to draft? Open review tasks are cancelled.</source>
            <translation>将订单 {0} 退回草稿？未答复的评审任务将被取消。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/review/tab.py" line="301" />
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
        <name>SheetPage</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="223" />
            <source>Sheet and header row</source>
            <translation>工作表和表头行</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="224" />
            <source>Where the data is. Choose another sheet if this is not the right one.</source>
            <translation>数据所在的位置。如果不是这张工作表，请选择其他工作表。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="227" />
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="259" />
            <source>No header row found in this sheet.</source>
            <translation>这张工作表中未找到表头行。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="263" />
            <source>Header row: row {0}. Data starts below it.</source>
            <translation>表头行：第 {0} 行，数据从下一行开始。</translation>
        </message>
    </context>
    <context>
        <name>ShortageView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="183" />
            <source>Shortages of all open sales orders and work orders, earliest need first</source>
            <translation>全部未完成销售订单和工单的缺料，按最早需求排序</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="190" />
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="197" />
            <source>{0} items short · {1} with nothing covering part of it · {2} late</source>
            <translation>缺料物料 {0} 个 · 其中 {1} 个尚无来源 · {2} 个将延期</translation>
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
            <location filename="../../sopdesk/ui/importer/wizard.py" line="540" />
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="548" />
            <source>Undo this import</source>
            <translation>撤销本次导入</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="557" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="558" />
            <source>Rows read: {0}</source>
            <translation>读取行数：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="559" />
            <source>New: {0}</source>
            <translation>新增：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="559" />
            <source>Changed: {0}</source>
            <translation>修改：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="560" />
            <source>Unchanged: {0}</source>
            <translation>不变：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="560" />
            <source>Skipped: {0}</source>
            <translation>跳过：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="562" />
            <source>Created along with it ({0}): {1}</source>
            <translation>同时新建（{0}）：{1}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="563" />
            <source>Batch: {0}</source>
            <translation>导入批次：{0}</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="564" />
            <source>Nothing changed: the database already held these values.</source>
            <translation>没有变化：数据库中已是这些数据。</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="574" />
            <source>The import was undone.</source>
            <translation>本次导入已撤销。</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="59" />
            <source>Orders</source>
            <translation>订单</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="60" />
            <source>Review</source>
            <translation>评审</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/tabs.py" line="63" />
            <source>Inventory</source>
            <translation>库存</translation>
        </message>
    </context>
    <context>
        <name>_LazyView</name>
        <message>
            <location filename="../../sopdesk/ui/inventory/health.py" line="103" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>_TaskPanel</name>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="144" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../sopdesk/ui/importer/wizard.py" line="165" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
</TS>
