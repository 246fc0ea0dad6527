<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>zd::gui::Change</name>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>applied and verified</source>
        <translation>已应用并验证</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>undoing</source>
        <translation>正在撤销</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>undo failed</source>
        <translation>撤销失败</translation>
    </message>
</context>
<context>
    <name>zd::gui::DemoChooserDialog</name>
    <message>
        <source>Open a demo system</source>
        <translation>打开演示系统</translation>
    </message>
    <message>
        <source>Each demo is a snapshot of a real kind of system. It opens read-only: nothing on this machine is changed.</source>
        <translation>每个演示都是某类真实系统的快照，以只读方式打开：不会更改本机上的任何内容。</translation>
    </message>
    <message>
        <source>Demo systems</source>
        <translation>演示系统</translation>
    </message>
    <message>
        <source>No demos were found in %1.</source>
        <translation>在 %1 中没有找到演示。</translation>
    </message>
</context>
<context>
    <name>zd::gui::ExplanationPage</name>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Choose a problem to see what it means for this system.</source>
        <translation>选择一个问题，查看它对此系统意味着什么。</translation>
    </message>
    <message>
        <source>What you see</source>
        <translation>您会看到什么</translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation>为什么会发生</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>Are you affected?</source>
        <translation>您是否受影响？</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <source>Nothing needs to be done on this system for this problem.</source>
        <translation>就此问题而言，此系统无需任何操作。</translation>
    </message>
    <message>
        <source>How it will be verified</source>
        <translation>如何验证</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why unknown:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法判断的原因：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>No evidence was collected for this problem.</source>
        <translation>没有为此问题收集到证据。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>On this system</source>
        <translation>此系统上</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为何重要</translation>
    </message>
    <message>
        <source>◆ marks the facts that decided the verdict.</source>
        <translation>◆ 标记的是决定结论的事实。</translation>
    </message>
    <message>
        <source>Evidence on this system</source>
        <translation>此系统上的证据</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;风险：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Undo:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;撤销：&lt;/b&gt;&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Review the exact change, then apply it with the helper</source>
        <translation>先检查具体的更改，再通过辅助程序应用</translation>
    </message>
    <message>
        <source>Manual step: ZFS Doctor shows the command but does not run it.</source>
        <translation>手动步骤：ZFS Doctor 只显示命令，不会替您运行。</translation>
    </message>
    <message>
        <source>For this system, safest first:</source>
        <translation>适用于此系统的措施（最安全的在前）：</translation>
    </message>
    <message>
        <source>Target of: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
</context>
<context>
    <name>zd::gui::FindingsPage</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, %2, severity %3</source>
        <translation>%1，%2，严重程度 %3</translation>
    </message>
</context>
<context>
    <name>zd::gui::FixPreviewView</name>
    <message>
        <source>Current and new state</source>
        <translation>当前状态和新状态</translation>
    </message>
    <message>
        <source>Commands that will run</source>
        <translation>将要运行的命令</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change:&lt;/b&gt; %1 is already in the state this fix produces.</source>
        <translation>&lt;b&gt;无需更改：&lt;/b&gt;%1 已经处于此修复要达到的状态。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After the fix</source>
        <translation>修复后</translation>
    </message>
    <message>
        <source>Exactly these changes will be made:</source>
        <translation>将进行的更改正是以下这些：</translation>
    </message>
</context>
<context>
    <name>zd::gui::FixReviewDialog</name>
    <message>
        <source>Review the change</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;风险：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the change shown above; you will be asked to authorize it</source>
        <translation>应用上面显示的更改；系统会要求您授权</translation>
    </message>
    <message>
        <source>Asking the helper what exactly would change…</source>
        <translation>正在询问辅助程序具体会更改什么…</translation>
    </message>
    <message>
        <source>The helper could not prepare this change: %1</source>
        <translation>辅助程序无法准备此更改：%1</translation>
    </message>
    <message>
        <source>Waiting for authorization and for the change to be applied…</source>
        <translation>正在等待授权并应用更改…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>zd::gui::HelperClient</name>
    <message>
        <source>The ZFS Doctor helper is not installed or could not be started, so nothing can be probed or changed on this system.</source>
        <translation>ZFS Doctor 辅助程序未安装或无法启动，因此无法在此系统上进行探测或更改。</translation>
    </message>
    <message>
        <source>The helper did not answer in time.</source>
        <translation>辅助程序没有及时响应。</translation>
    </message>
    <message>
        <source>The system bus cannot be reached.</source>
        <translation>无法连接到系统总线。</translation>
    </message>
    <message>
        <source>Authorization was denied.</source>
        <translation>授权被拒绝。</translation>
    </message>
    <message>
        <source>Authorization was cancelled.</source>
        <translation>授权已取消。</translation>
    </message>
    <message>
        <source>The helper sent an answer that is not a JSON object.</source>
        <translation>辅助程序返回的应答不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>zd::gui::HistoryPage</name>
    <message>
        <source>&amp;Undo this change</source>
        <translation>撤销此更改(&amp;U)</translation>
    </message>
    <message>
        <source>Undo &amp;all</source>
        <translation>全部撤销(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Every change ZFS Doctor made on this machine, newest first. Each one records the state before it, so it can be undone.</source>
        <translation>ZFS Doctor 在本机上所做的每一项更改，最新的在前。每项更改都记录了更改前的状态，因此可以撤销。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>更改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>This is a snapshot of another system: its change history is not available here.</source>
        <translation>这是另一个系统的快照：这里无法查看它的更改历史。</translation>
    </message>
    <message>
        <source>Reading the change history…</source>
        <translation>正在读取更改历史…</translation>
    </message>
    <message>
        <source>ZFS Doctor has not changed anything on this machine.</source>
        <translation>ZFS Doctor 尚未更改本机上的任何内容。</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo the change…</source>
        <translation>正在等待授权以撤销此更改…</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Undo all changes</source>
        <translation>撤销所有更改</translation>
    </message>
    <message>
        <source>Undo every change ZFS Doctor made on this machine, newest first?</source>
        <translation>要撤销 ZFS Doctor 在本机上所做的每一项更改吗？将从最新的开始撤销。</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo all changes…</source>
        <translation>正在等待授权以撤销所有更改…</translation>
    </message>
    <message>
        <source>All changes were undone.</source>
        <translation>所有更改均已撤销。</translation>
    </message>
</context>
<context>
    <name>zd::gui::LoopDeviceMonitor</name>
    <message>
        <source>udev is not available</source>
        <translation>udev 不可用</translation>
    </message>
    <message>
        <source>cannot listen to udev events</source>
        <translation>无法监听 udev 事件</translation>
    </message>
</context>
<context>
    <name>zd::gui::MainWindow</name>
    <message>
        <source>ZFS Doctor</source>
        <translation>ZFS Doctor</translation>
    </message>
    <message>
        <source>The knowledge base could not be loaded: %1</source>
        <translation>无法加载知识库：%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Loop devices changed; scanning again…</source>
        <translation>loop 设备有变化，正在重新扫描…</translation>
    </message>
    <message>
        <source>Scan &amp;this machine</source>
        <translation>扫描本机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>打开快照(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo System…</source>
        <translation>打开演示系统(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Scan This Machine</source>
        <translation>扫描本机(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot a Problem…</source>
        <translation>排查问题(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ZFS Doctor</source>
        <translation>关于 ZFS Doctor(&amp;A)</translation>
    </message>
    <message>
        <source>About ZFS Doctor</source>
        <translation>关于 ZFS Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ZFS Doctor %1&lt;/h3&gt;&lt;p&gt;Finds and fixes known compatibility problems between OpenZFS, the Linux kernel, loop devices and systemd.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ZFS Doctor %1&lt;/h3&gt;&lt;p&gt;查找并修复 OpenZFS、Linux 内核、loop 设备与 systemd 之间已知的兼容性问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>ZFS Doctor snapshots (*.json);;All files (*)</source>
        <translation>ZFS Doctor 快照 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No problem needs attention.</source>
        <translation>没有需要处理的问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) need attention.</source>
        <translation>
            <numerusform>%n 个问题需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>尚未进行任何扫描。</translation>
    </message>
    <message>
        <source>Fixes are disabled: this is a snapshot of another system, not this machine.</source>
        <translation>修复已禁用：这是另一个系统的快照，而不是本机。</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>ZFS Doctor — %1</source>
        <translation>ZFS Doctor — %1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>检查结果（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; demo snapshot “%1”.</source>
        <translation>&lt;b&gt;不是本机：&lt;/b&gt;演示快照“%1”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; snapshot “%1”.</source>
        <translation>&lt;b&gt;不是本机：&lt;/b&gt;快照“%1”。</translation>
    </message>
    <message>
        <source>Captured on %1.</source>
        <translation>采集自 %1。</translation>
    </message>
    <message>
        <source>Fixes are disabled.</source>
        <translation>修复已禁用。</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Remote Machine…</source>
        <translation>连接到远程计算机(&amp;C)…</translation>
    </message>
    <message>
        <source>Scan a TrueNAS box or a headless server over SSH</source>
        <translation>通过 SSH 检查 TrueNAS 设备或无显示器的服务器</translation>
    </message>
    <message>
        <source>Scanning %1 over SSH…</source>
        <translation>正在通过 SSH 检查 %1…</translation>
    </message>
    <message>
        <source>Fixes from this window change only this machine, and this is %1 over SSH. To change a dataset&apos;s direct property there, run in a terminal: zfs-doctor --host %1 fix REMEDY --target POOL/DATASET</source>
        <translation>此窗口中的修复只会更改本机，而这里显示的是通过 SSH 连接的 %1。要在那台计算机上更改数据集的 direct 属性，请在终端中运行：zfs-doctor --host %1 fix REMEDY --target POOL/DATASET</translation>
    </message>
    <message>
        <source>%1 over SSH</source>
        <translation>通过 SSH 的 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not this machine:&lt;/b&gt; %1 (host name %2), scanned over SSH just now; nothing was changed there. Fixes in this window are disabled: they would change this machine.</source>
        <translation>&lt;b&gt;不是本机：&lt;/b&gt;%1（主机名 %2），刚刚通过 SSH 检查；那台计算机上没有任何更改。此窗口中的修复已禁用：它们会更改本机。</translation>
    </message>
</context>
<context>
    <name>zd::gui::OverviewPage</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown mount</source>
        <translation>未知挂载点</translation>
    </message>
    <message>
        <source>ZFS dataset %1</source>
        <translation>ZFS 数据集 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;ZFS is not installed on this machine.&lt;/b&gt; There is nothing to check here, but you can explore how ZFS Doctor diagnoses real systems with a bundled demo.</source>
        <translation>&lt;b&gt;本机未安装 ZFS。&lt;/b&gt;这里没有可检查的内容，但您可以打开自带的演示系统，了解 ZFS Doctor 如何诊断真实系统。</translation>
    </message>
    <message>
        <source>Open a &amp;demo system…</source>
        <translation>打开演示系统(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a demo system</source>
        <translation>打开演示系统</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>OpenZFS</source>
        <translation>OpenZFS</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>System details</source>
        <translation>系统详情</translation>
    </message>
    <message>
        <source>Pools and datasets</source>
        <translation>存储池和数据集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>recordsize</source>
        <translation>recordsize</translation>
    </message>
    <message>
        <source>mountpoint</source>
        <translation>mountpoint</translation>
    </message>
    <message>
        <source>Mounted / health</source>
        <translation>挂载 / 健康状态</translation>
    </message>
    <message>
        <source>&amp;Pools and datasets</source>
        <translation>存储池和数据集(&amp;P)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>后端文件</translation>
    </message>
    <message>
        <source>Backing file is on</source>
        <translation>后端文件所在位置</translation>
    </message>
    <message>
        <source>Direct I/O</source>
        <translation>直接 I/O</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Loop devices</source>
        <translation>loop 设备</translation>
    </message>
    <message>
        <source>&amp;Loop devices</source>
        <translation>loop 设备(&amp;L)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>System extensions</source>
        <translation>系统扩展</translation>
    </message>
    <message>
        <source>System e&amp;xtensions</source>
        <translation>系统扩展(&amp;X)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>ZFS module parameters</source>
        <translation>ZFS 模块参数</translation>
    </message>
    <message>
        <source>Module para&amp;meters</source>
        <translation>模块参数(&amp;M)</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>&amp;Kernels</source>
        <translation>内核(&amp;K)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>What could not be found out</source>
        <translation>未能查明的内容</translation>
    </message>
    <message>
        <source>Collector notes</source>
        <translation>采集备注</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Kernel module</source>
        <translation>内核模块</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Userland tools</source>
        <translation>用户态工具</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Versions differ: the kernel module is what runs. Reboot to load the module matching the tools.</source>
        <translation>版本不一致：实际运行的是内核模块。请重启以加载与工具匹配的模块。</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>direct property</source>
        <translation>direct 属性</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>systemd-sysext</source>
        <translation>systemd-sysext</translation>
    </message>
    <message>
        <source>not set (direct I/O on)</source>
        <translation>未设置（直接 I/O 开启）</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>设置位置</translation>
    </message>
    <message>
        <source>Extension images</source>
        <translation>扩展镜像</translation>
    </message>
    <message>
        <source>mounted</source>
        <translation>已挂载</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>未挂载</translation>
    </message>
    <message>
        <source>value %1, source: %2</source>
        <translation>值 %1，来源：%2</translation>
    </message>
    <message>
        <source>not supported by this ZFS version</source>
        <translation>此 ZFS 版本不支持</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>disk image (loop device)</source>
        <translation>磁盘镜像（loop 设备）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>default boot entry</source>
        <translation>默认启动项</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>pinned (%1)</source>
        <translation>已锁定（%1）</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>备注（%1）(&amp;N)</translation>
    </message>
</context>
<context>
    <name>zd::gui::ProbePage</name>
    <message>
        <source>&amp;Run selected probes</source>
        <translation>运行所选探测(&amp;R)</translation>
    </message>
    <message>
        <source>Confirm with a probe</source>
        <translation>用探测进行确认</translation>
    </message>
    <message>
        <source>A probe repeats the failing operation on a temporary file, so the diagnosis no longer rests on version numbers alone. Probes that could hang or crash the kernel are never run.</source>
        <translation>探测会在一个临时文件上重复出错的操作，使诊断不再只依赖版本号。可能导致内核挂起或崩溃的探测永远不会运行。</translation>
    </message>
    <message>
        <source>The helper asks for authorization before it runs a probe</source>
        <translation>辅助程序会在运行探测前请求授权</translation>
    </message>
    <message>
        <source>✕ Never probed: %1</source>
        <translation>✕ 永不探测：%1</translation>
    </message>
    <message>
        <source>Run the “%1” probe on</source>
        <translation>在以下数据集上运行“%1”探测</translation>
    </message>
    <message>
        <source>Dataset to probe</source>
        <translation>要探测的数据集</translation>
    </message>
    <message>
        <source>Not here: probes only run on this machine, not on a snapshot.</source>
        <translation>此处不可用：探测只在本机上运行，不能在快照上运行。</translation>
    </message>
    <message>
        <source>Not here: there is no mounted dataset to probe.</source>
        <translation>此处不可用：没有可供探测的已挂载数据集。</translation>
    </message>
    <message>
        <source>Probes are optional: you can go on without them.</source>
        <translation>探测是可选的：不运行也可以继续。</translation>
    </message>
    <message>
        <source>No probe can run here; the findings rest on versions and configuration.</source>
        <translation>这里无法运行任何探测；检查结果基于版本和配置。</translation>
    </message>
    <message>
        <source>Waiting for authorization and for the probe to run…</source>
        <translation>正在等待授权并运行探测…</translation>
    </message>
    <message>
        <source>Refused by the helper: %1</source>
        <translation>被辅助程序拒绝：%1</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read: %1</source>
        <translation>无法读取辅助程序的应答：%1</translation>
    </message>
    <message>
        <source>Ran: %1 failed with %2 — this reproduces the problem.</source>
        <translation>已运行：%1 失败，返回 %2 — 问题得到复现。</translation>
    </message>
    <message>
        <source>Ran: %1 succeeded — the problem did not occur.</source>
        <translation>已运行：%1 成功 — 问题没有出现。</translation>
    </message>
</context>
<context>
    <name>zd::gui::RemoteConnectDialog</name>
    <message>
        <source>Connect to a remote machine</source>
        <translation>连接到远程机器</translation>
    </message>
    <message>
        <source>Scan another machine, for example a TrueNAS server, over SSH. Your own SSH keys, agent and ~/.ssh/config are used; ZFS Doctor never asks for a password and never accepts an unknown host key, so connect once with &lt;code&gt;ssh&lt;/code&gt; in a terminal first. The scan only reads: nothing is installed or changed on that machine.</source>
        <translation>通过 SSH 扫描另一台机器，例如 TrueNAS 服务器。将使用您自己的 SSH 密钥、代理和 ~/.ssh/config；ZFS Doctor 从不询问密码，也从不接受未知的主机密钥，因此请先在终端中用 &lt;code&gt;ssh&lt;/code&gt; 连接一次。扫描只读取数据：不会在那台机器上安装或更改任何内容。</translation>
    </message>
    <message>
        <source>admin@nas, nas.local:2222</source>
        <translation>admin@nas, nas.local:2222</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>&amp;Host ([user@]host[:port]):</source>
        <translation>主机([用户@]主机[:端口])(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Connect and Scan</source>
        <translation>连接并扫描(&amp;C)</translation>
    </message>
    <message>
        <source>Recently used hosts are in the list.</source>
        <translation>列表中是最近使用的主机。</translation>
    </message>
</context>
<context>
    <name>zd::gui::ReviewPage</name>
    <message>
        <source>&amp;Apply this change</source>
        <translation>应用此更改(&amp;A)</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>This is exactly what the helper will change. You will be asked to authorize it.</source>
        <translation>以下正是辅助程序将要做的更改。系统会要求您授权。</translation>
    </message>
    <message>
        <source> on &lt;code&gt;%1&lt;/code&gt;</source>
        <translation> 于 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Asking the helper what exactly would change…</source>
        <translation>正在询问辅助程序具体会更改什么…</translation>
    </message>
    <message>
        <source>The helper could not prepare this change: %1</source>
        <translation>辅助程序无法准备此更改：%1</translation>
    </message>
    <message>
        <source>Waiting for authorization and for the change to be applied…</source>
        <translation>正在等待授权并应用更改…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>%1 — %2 Click Next to verify it.</source>
        <translation>%1 — %2 点击“下一步”进行验证。</translation>
    </message>
</context>
<context>
    <name>zd::gui::ScanController</name>
    <message>
        <source>Scanning this system…</source>
        <translation>正在扫描此系统…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>zd::gui::ScanPage</name>
    <message>
        <source>Looking at the system</source>
        <translation>正在查看系统</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Analysing the snapshot “%1”. Probes and fixes only run on the machine itself, so they are not offered here.</source>
        <translation>正在分析快照“%1”。探测和修复只能在该机器本身上运行，因此这里不提供。</translation>
    </message>
    <message>
        <source>Collecting versions, datasets, loop devices and systemd settings…</source>
        <translation>正在收集版本、数据集、loop 设备和 systemd 设置…</translation>
    </message>
    <message numerus="yes">
        <source>The scan is complete. %n problem(s) on this system need attention.</source>
        <translation>
            <numerusform>扫描完成。此系统上有 %n 个问题需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>Analysing %1, scanned over SSH. Probes and fixes in this window only run on this machine, so they are not offered here.</source>
        <translation>正在分析通过 SSH 检查的 %1。此窗口中的探测和修复只在本机上运行，因此这里不提供。</translation>
    </message>
</context>
<context>
    <name>zd::gui::Status</name>
    <message>
        <source>Affected</source>
        <translation>受影响</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>不受影响</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Confirmed by a probe on this system</source>
        <translation>已由此系统上的探测确认</translation>
    </message>
    <message>
        <source>Inferred from versions and configuration</source>
        <translation>根据版本和配置推断</translation>
    </message>
    <message>
        <source>Rests on an unconfirmed upstream fact</source>
        <translation>依据的上游事实尚未确认</translation>
    </message>
</context>
<context>
    <name>zd::gui::SummaryPage</name>
    <message>
        <source>&amp;Undo this change</source>
        <translation>撤销此更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) ran or were refused.</source>
        <translation>
            <numerusform>已运行或被拒绝的探测：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1: %2 on %3 — %4.</source>
        <translation>更改 %1：在 %3 上执行 %2 — %4。</translation>
    </message>
    <message>
        <source>The rescan verified the change.</source>
        <translation>重新扫描已验证此更改。</translation>
    </message>
    <message>
        <source>The rescan did not confirm the change.</source>
        <translation>重新扫描未能确认此更改。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有进行任何更改。</translation>
    </message>
    <message>
        <source>Waiting for authorization to undo the change…</source>
        <translation>正在等待授权以撤销此更改…</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>zd::gui::SymptomPage</name>
    <message>
        <source>What is happening?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>Choose what you noticed. ZFS Doctor then checks the problems that cause it.</source>
        <translation>请选择您注意到的现象。ZFS Doctor 随后会检查可能导致它的问题。</translation>
    </message>
    <message>
        <source>systemd-&amp;sysext fails to merge an extension</source>
        <translation>systemd-sysext 无法合并扩展(&amp;S)</translation>
    </message>
    <message>
        <source>Mounting a &amp;loop image hangs</source>
        <translation>挂载 loop 镜像时卡住(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copying files fails with EAGAIN / “Operation not supported”</source>
        <translation>复制文件失败，报 EAGAIN /“Operation not supported”(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;kernel crashed or the machine froze</source>
        <translation>内核崩溃或机器死机(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Just check my system</source>
        <translation>只检查我的系统(&amp;J)</translation>
    </message>
</context>
<context>
    <name>zd::gui::TroubleshootWizard</name>
    <message>
        <source>Troubleshoot a Problem</source>
        <translation>排查问题</translation>
    </message>
</context>
<context>
    <name>zd::gui::VerifyPage</name>
    <message>
        <source>Checking the result</source>
        <translation>正在检查结果</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Scanning again to see whether the change took effect…</source>
        <translation>正在重新扫描，确认更改是否生效…</translation>
    </message>
    <message>
        <source>Verified: “%1” no longer applies to this system.</source>
        <translation>已验证：“%1”不再影响此系统。</translation>
    </message>
    <message>
        <source>Verified: the change took effect. “%1” is now “%2”: %3</source>
        <translation>已验证：更改已生效。“%1”现在为“%2”：%3</translation>
    </message>
    <message>
        <source>Not verified: the new scan still finds “%1” (%2).</source>
        <translation>未通过验证：新的扫描仍然发现“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>zd::gui::WindowOptions</name>
    <message>
        <source>no demo called &quot;%1&quot; in %2</source>
        <translation>%2 中没有名为“%1”的演示</translation>
    </message>
    <message>
        <source>--snapshot needs a file name</source>
        <translation>--snapshot 需要一个文件名</translation>
    </message>
    <message>
        <source>--screenshot-tour needs a directory</source>
        <translation>--screenshot-tour 需要一个目录</translation>
    </message>
    <message>
        <source>unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>--host needs [user@]HOST[:port]</source>
        <translation>--host 需要 [用户@]主机[:端口]</translation>
    </message>
    <message>
        <source>--host %1: %2</source>
        <translation>--host %1：%2</translation>
    </message>
    <message>
        <source>--snapshot, --demo and --host cannot be combined</source>
        <translation>--snapshot、--demo 和 --host 不能同时使用</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor [--snapshot FILE | --demo [NAME] | --host [user@]HOST[:port]] [--dark]
Opens the ZFS Doctor window.
  --snapshot FILE  show a captured snapshot instead of this machine
  --demo [NAME]    show a bundled demo system (the first one without NAME)
  --host [user@]HOST[:port]
                   scan that machine over SSH (read only) instead of this one
  --dark           use a dark colour palette
</source>
        <translation>用法：zfs-doctor [--snapshot 文件 | --demo [名称] | --host [用户@]主机[:端口]] [--dark]
打开 ZFS Doctor 窗口。
  --snapshot 文件  显示采集的快照，而不是本机
  --demo [名称]    显示自带的演示系统（不带名称时为第一个）
  --host [用户@]主机[:端口]
                   通过 SSH 检查那台计算机（只读），而不是本机
  --dark           使用深色配色
</translation>
    </message>
</context>
<context>
    <name>zd::gui::WizardFindingsPage</name>
    <message>
        <source>What was found</source>
        <translation>发现了什么</translation>
    </message>
    <message>
        <source>Choose a remedy to apply, or go on without changing anything.</source>
        <translation>选择要应用的补救措施，或者不做任何更改继续。</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t change anything now</source>
        <translation>暂不做任何更改(&amp;D)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>• %1%2 — by hand: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>• %1%2 — 手动执行：&lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Fixes are disabled: this is a snapshot of another system, not this machine.</source>
        <translation>修复已禁用：这是另一个系统的快照，而不是本机。</translation>
    </message>
</context>
</TS>
