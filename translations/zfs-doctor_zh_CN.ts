<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>VerdictHeadline</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 — 1 fix recommended.</source>
        <translation>%1——建议 1 项处理方案。</translation>
    </message>
    <message>
        <source>%1 — %2 fixes recommended.</source>
        <translation>%1——建议 %2 项处理方案。</translation>
    </message>
    <message>
        <source>The scan is incomplete: no verdict can be trusted.</source>
        <translation>扫描不完整：任何结论都不可信。</translation>
    </message>
    <message>
        <source>Problem %1 affects this system now</source>
        <translation>问题 %1 当前影响本系统</translation>
    </message>
    <message>
        <source>Problems %1 affect this system now</source>
        <translation>问题 %1 当前影响本系统</translation>
    </message>
    <message>
        <source>Problem %1 is one step away.</source>
        <translation>问题 %1 只差一步就会发生。</translation>
    </message>
    <message>
        <source>Problems %1 are one step away.</source>
        <translation>问题 %1 只差一步就会发生。</translation>
    </message>
    <message>
        <source>Problem %1 is one step away from this system</source>
        <translation>问题 %1 距本系统只差一步</translation>
    </message>
    <message>
        <source>Problems %1 are one step away from this system</source>
        <translation>问题 %1 距本系统只差一步</translation>
    </message>
    <message>
        <source>Next step that triggers it: %1</source>
        <translation>会触发它的下一步：%1</translation>
    </message>
    <message>
        <source>Nothing is known to affect this system, but problem %1 could not be decided.</source>
        <translation>目前未发现影响本系统的问题，但问题 %1 无法判定。</translation>
    </message>
    <message>
        <source>Nothing is known to affect this system, but problems %1 could not be decided.</source>
        <translation>目前未发现影响本系统的问题，但问题 %1 无法判定。</translation>
    </message>
    <message>
        <source>Nothing here is affected: ZFS is not installed.</source>
        <translation>此处没有受影响的问题：未安装 ZFS。</translation>
    </message>
    <message>
        <source>Nothing here is affected.</source>
        <translation>此处没有受影响的问题。</translation>
    </message>
    <message>
        <source>Problem %1 is latent: this ZFS has the bug, but nothing on this system triggers it.</source>
        <translation>问题 %1 处于潜在状态：此 ZFS 带有该缺陷，但本系统上没有任何东西会触发它。</translation>
    </message>
    <message>
        <source>Problems %1 are latent: this ZFS has the bugs, but nothing on this system triggers them.</source>
        <translation>问题 %1 处于潜在状态：此 ZFS 带有这些缺陷，但本系统上没有任何东西会触发它们。</translation>
    </message>
</context>
<context>
    <name>zd::ChangeStatus</name>
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
        <source>applied and read back</source>
        <translation>已应用并读回确认</translation>
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
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>zd::CommandFailure</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>退出状态 %1：%2</translation>
    </message>
    <message>
        <source>not recorded in this snapshot</source>
        <translation>此快照中没有记录</translation>
    </message>
</context>
<context>
    <name>zd::Detectors</name>
    <message>
        <source>ZFS %1</source>
        <translation>ZFS %1</translation>
    </message>
    <message>
        <source>ZFS (version not known)</source>
        <translation>ZFS（版本未知）</translation>
    </message>
    <message>
        <source>ZFS</source>
        <translation>ZFS</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>no zfs module and no zfs command</source>
        <translation>没有 zfs 模块，也没有 zfs 命令</translation>
    </message>
    <message>
        <source>ZFS is not installed.</source>
        <translation>未安装 ZFS。</translation>
    </message>
    <message>
        <source>ZFS kernel module</source>
        <translation>ZFS 内核模块</translation>
    </message>
    <message>
        <source>the loaded module (/sys/module/zfs/version): what matters for kernel bugs</source>
        <translation>已加载的模块（/sys/module/zfs/version）：内核缺陷以它为准</translation>
    </message>
    <message>
        <source>from the zfs-kmod line of `zfs version`</source>
        <translation>来自 `zfs version` 的 zfs-kmod 行</translation>
    </message>
    <message>
        <source>ZFS userland</source>
        <translation>ZFS 用户态工具</translation>
    </message>
    <message>
        <source>the module&apos;s own version could not be read; the userland version is used instead</source>
        <translation>无法读取模块自身的版本；改用用户态工具的版本</translation>
    </message>
    <message>
        <source>the zfs module is not loaded: the userland version stands in for the module that will load</source>
        <translation>zfs 模块未加载：以用户态工具的版本代表将要加载的模块</translation>
    </message>
    <message>
        <source>%1; affected: %2</source>
        <translation>%1；受影响：%2</translation>
    </message>
    <message>
        <source>`direct` property</source>
        <translation>`direct` 属性</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>`zfs get direct` reports an invalid property: this ZFS predates 2.3.0</source>
        <translation>`zfs get direct` 报告无效属性：此 ZFS 早于 2.3.0</translation>
    </message>
    <message>
        <source>This ZFS has no `direct` property (it came with 2.3.0), so it has no Direct I/O code path to go wrong.</source>
        <translation>此 ZFS 没有 `direct` 属性（该属性随 2.3.0 引入），因此没有可能出错的 Direct I/O 代码路径。</translation>
    </message>
    <message>
        <source>whether ZFS is installed is not known (%1)</source>
        <translation>不知道是否安装了 ZFS（%1）</translation>
    </message>
    <message>
        <source>ZFS is installed but its version could not be read</source>
        <translation>已安装 ZFS，但无法读取其版本</translation>
    </message>
    <message>
        <source>the ZFS version &quot;%1&quot; is not a version ZFS Doctor can read</source>
        <translation>ZFS 版本“%1”不是 ZFS Doctor 能识别的版本</translation>
    </message>
    <message>
        <source>ZFS version</source>
        <translation>ZFS 版本</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>differs from the loaded module %1: the new module loads at the next reboot</source>
        <translation>与已加载的模块 %1 不同：新模块将在下次重启时加载</translation>
    </message>
    <message>
        <source>ZFS %1 is a development build of a line the affected versions (%2) do not touch.</source>
        <translation>ZFS %1 是开发版构建，其所属系列不在受影响版本（%2）之内。</translation>
    </message>
    <message>
        <source>a development build (%1) sorts above the releases that fixed this (%2) but may predate the fix</source>
        <translation>开发版构建（%1）的版本号排在已修复此问题的版本（%2）之后，但可能早于该修复</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>开发版构建</translation>
    </message>
    <message>
        <source>ZFS %1 is outside the affected versions (%2; fixed in %3).</source>
        <translation>ZFS %1 不在受影响版本之内（%2；已在 %3 中修复）。</translation>
    </message>
    <message>
        <source>%1 is in the affected range, but TrueNAS builds carry backports under upstream version numbers; nothing here triggers it: %2.</source>
        <translation>%1 在受影响范围内，但 TrueNAS 的构建以上游版本号携带向后移植的修复；此处没有任何东西会触发它：%2。</translation>
    </message>
    <message>
        <source>Latent: %1 has this bug, but nothing here triggers it: %2.</source>
        <translation>潜在：%1 带有此缺陷，但此处没有任何东西会触发它：%2。</translation>
    </message>
    <message>
        <source>%1 is a development build that may or may not have this bug; nothing here triggers it: %2.</source>
        <translation>%1 是开发版构建，可能带有也可能没有此缺陷；此处没有任何东西会触发它：%2。</translation>
    </message>
    <message>
        <source>Nothing here triggers it: %1 (%2).</source>
        <translation>此处没有任何东西会触发它：%1（%2）。</translation>
    </message>
    <message>
        <source>%1, but %2. Run `zfs version` (or read /sys/module/zfs/version) on the system.</source>
        <translation>%1，但%2。请在该系统上运行 `zfs version`（或读取 /sys/module/zfs/version）。</translation>
    </message>
    <message>
        <source>%1, and %2: whether it has the bug depends on the commit it was built from.</source>
        <translation>%1，且%2：是否带有此缺陷取决于构建所用的提交。</translation>
    </message>
    <message>
        <source>%1 is in the affected range and %2, but this is unconfirmed on TrueNAS: its builds carry iXsystems backports under upstream version numbers. A probe or the symptom in the kernel log would settle it.</source>
        <translation>%1 在受影响范围内，且%2，但这在 TrueNAS 上未经证实：其构建以上游版本号携带 iXsystems 的向后移植。运行一次探测或在内核日志中看到该症状即可确定。</translation>
    </message>
    <message>
        <source>its upstream level is not known</source>
        <translation>其上游版本级别未知</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 或更高</translation>
    </message>
    <message>
        <source>upstream level not known: %1</source>
        <translation>上游版本级别未知：%1</translation>
    </message>
    <message>
        <source>upstream %1, from %2</source>
        <translation>上游 %1，来源：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the default boot entry (%1)</source>
        <translation>默认启动项（%1）</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>%1; assuming the default (1)</source>
        <translation>%1；按默认值（1）处理</translation>
    </message>
    <message>
        <source>parameter not found; assuming the default (1)</source>
        <translation>未找到该参数；按默认值（1）处理</translation>
    </message>
    <message>
        <source>module not loaded; assuming the default (1)</source>
        <translation>模块未加载；按默认值（1）处理</translation>
    </message>
    <message>
        <source>Direct I/O is enabled</source>
        <translation>Direct I/O 已启用</translation>
    </message>
    <message>
        <source>Direct I/O is off module-wide: every dataset acts as direct=disabled</source>
        <translation>Direct I/O 已在整个模块范围关闭：每个数据集都如同 direct=disabled</translation>
    </message>
    <message>
        <source>probe %1 on %2</source>
        <translation>在 %2 上的探测 %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>reproduces the mechanism: %1</source>
        <translation>复现了该机制：%1</translation>
    </message>
    <message>
        <source>succeeded (%1 bytes)</source>
        <translation>成功（%1 字节）</translation>
    </message>
    <message>
        <source>not reproduced on this dataset: %1</source>
        <translation>在此数据集上未能复现：%1</translation>
    </message>
    <message>
        <source>an error this problem does not explain: %1</source>
        <translation>此问题无法解释的错误：%1</translation>
    </message>
    <message>
        <source>seen in the kernel log</source>
        <translation>在内核日志中出现</translation>
    </message>
    <message>
        <source>unaffected kernel installed</source>
        <translation>已安装不受影响的内核</translation>
    </message>
    <message>
        <source>the running kernel: pin it and keep booting it</source>
        <translation>正在运行的内核：固定它并继续使用它启动</translation>
    </message>
    <message>
        <source>without the change: can be pinned and booted by default</source>
        <translation>不含该改动：可以固定并设为默认启动</translation>
    </message>
    <message>
        <source>6.8 or later: copy_file_range fails here</source>
        <translation>6.8 或更高：copy_file_range 在此会失败</translation>
    </message>
    <message>
        <source>older than 6.8</source>
        <translation>早于 6.8</translation>
    </message>
    <message>
        <source>whether it is 6.8 or later is not known</source>
        <translation>不知道是否为 6.8 或更高</translation>
    </message>
    <message>
        <source>running kernel</source>
        <translation>正在运行的内核</translation>
    </message>
    <message>
        <source>%1 on kernel %2: copy_file_range returned EOPNOTSUPP on %3.</source>
        <translation>%1 搭配内核 %2：copy_file_range 在 %3 上返回 EOPNOTSUPP。</translation>
    </message>
    <message>
        <source>%1 is in the affected range, but copy_file_range of a range cloning cannot satisfy worked in the probe: this build carries the fix.</source>
        <translation>%1 在受影响范围内，但探测中对无法克隆的范围执行 copy_file_range 成功了：此构建已包含修复。</translation>
    </message>
    <message>
        <source>distribution build</source>
        <translation>发行版构建</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s 2.2.2 build copies without EOPNOTSUPP on its 6.8 kernels (coreutils/coreutils#122); the copy-file-range probe confirms it here</source>
        <translation>Ubuntu 的 2.2.2 构建在其 6.8 内核上复制时不会出现 EOPNOTSUPP（coreutils/coreutils#122）；copy-file-range 探测可在此确认</translation>
    </message>
    <message>
        <source>%1 is Ubuntu&apos;s build, which carries the fix on its 6.8 kernels (reported: 202,774 copy_file_range calls without an error); the copy-file-range probe checks this machine.</source>
        <translation>%1 是 Ubuntu 的构建，在其 6.8 内核上已包含修复（报告：202,774 次 copy_file_range 调用无一出错）；copy-file-range 探测可检查本机。</translation>
    </message>
    <message>
        <source>kernel %1 (upstream %2) is 6.8 or later, and cp and installers copy with copy_file_range</source>
        <translation>内核 %1（上游 %2）为 6.8 或更高，而 cp 和安装程序使用 copy_file_range 复制</translation>
    </message>
    <message>
        <source>the next copy of a file on ZFS</source>
        <translation>下一次在 ZFS 上复制文件</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3): copy_file_range fails with &quot;Operation not supported&quot; whenever ZFS cannot clone the range (cp, installers, systemd-sysusers and IDEs use it).</source>
        <translation>%1 搭配内核 %2（上游 %3）：只要 ZFS 无法克隆该范围，copy_file_range 就会以“Operation not supported”失败（cp、安装程序、systemd-sysusers 和 IDE 都会用到它）。</translation>
    </message>
    <message>
        <source>%1 has this bug on kernels from 6.8 on, but the upstream level of kernel %2 is not known: %3.</source>
        <translation>%1 在 6.8 及以上内核上带有此缺陷，但内核 %2 的上游版本级别未知：%3。</translation>
    </message>
    <message>
        <source>the next boot starts kernel %1 (upstream %2), where copy_file_range fails</source>
        <translation>下次启动将进入内核 %1（上游 %2），copy_file_range 在其上会失败</translation>
    </message>
    <message>
        <source>next boot</source>
        <translation>下次启动</translation>
    </message>
    <message>
        <source>%1 breaks copy_file_range on Linux 6.8 and newer; the running kernel is older, the next boot&apos;s is not.</source>
        <translation>%1 会在 Linux 6.8 及更新版本上破坏 copy_file_range；正在运行的内核较旧，但下次启动的内核不是。</translation>
    </message>
    <message>
        <source>%1 has this bug on kernels from 6.8 on; the running kernel is older, but the upstream level of %2, which the next boot starts (%3), is not known: %4.</source>
        <translation>%1 在 6.8 及以上内核上带有此缺陷；正在运行的内核较旧，但下次启动将进入的 %2（%3）的上游版本级别未知：%4。</translation>
    </message>
    <message>
        <source>the running kernel %1 (upstream %2) and the next boot&apos;s are older than 6.8</source>
        <translation>正在运行的内核 %1（上游 %2）和下次启动的内核都早于 6.8</translation>
    </message>
    <message>
        <source>%1 Which commit fixed it is UNCONFIRMED (most likely PR #17006 in 2.3.1; 2.3.2 did not reproduce it).</source>
        <translation>%1 是哪个提交修复了它尚未证实（很可能是 2.3.1 中的 PR #17006；2.3.2 未能复现）。</translation>
    </message>
    <message>
        <source>Direct I/O is off module-wide (zfs_dio_enabled=0)</source>
        <translation>Direct I/O 已在整个模块范围关闭（zfs_dio_enabled=0）</translation>
    </message>
    <message>
        <source>direct on %1</source>
        <translation>%1 的 direct</translation>
    </message>
    <message>
        <source>not mounted: nothing copies files there</source>
        <translation>未挂载：不会有程序在此复制文件</translation>
    </message>
    <message>
        <source>unaligned copy_file_range here can fail with EAGAIN</source>
        <translation>此处未对齐的 copy_file_range 可能以 EAGAIN 失败</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether a dataset uses direct=always is not known: %2.</source>
        <translation>%1 可能带有此缺陷，且不知道是否有数据集使用 direct=always：%2。</translation>
    </message>
    <message>
        <source>no mounted dataset uses direct=always</source>
        <translation>没有已挂载的数据集使用 direct=always</translation>
    </message>
    <message>
        <source>%1 uses direct=always</source>
        <translation>%1 使用 direct=always</translation>
    </message>
    <message>
        <source>%1 use direct=always</source>
        <translation>%1 使用 direct=always</translation>
    </message>
    <message>
        <source>affected kernels: %1</source>
        <translation>受影响的内核：%1</translation>
    </message>
    <message>
        <source>%1 and %2, but whether kernel %3 is in the reported range (%4) is not known: %5.</source>
        <translation>%1 且 %2，但不知道内核 %3 是否在报告的范围（%4）内：%5。</translation>
    </message>
    <message>
        <source>%1, but kernel %2 is outside the reported range (%3)</source>
        <translation>%1，但内核 %2 不在报告的范围（%3）内</translation>
    </message>
    <message>
        <source>the next copy_file_range of an unaligned range on %1</source>
        <translation>下一次在 %1 上对未对齐范围执行 copy_file_range</translation>
    </message>
    <message>
        <source>%1 with direct=always on %2: copy_file_range of a range that is not recordsize-aligned can fail with &quot;Resource temporarily unavailable&quot; (EAGAIN).</source>
        <translation>%1 且 %2 使用 direct=always：对未按 recordsize 对齐的范围执行 copy_file_range 可能以“Resource temporarily unavailable”（EAGAIN）失败。</translation>
    </message>
    <message>
        <source>the loop devices (%1)</source>
        <translation>loop 设备（%1）</translation>
    </message>
    <message>
        <source>%1 (the file system of %2 is not known)</source>
        <translation>%1（%2 所在的文件系统未知）</translation>
    </message>
    <message>
        <source>loop device %1</source>
        <translation>loop 设备 %1</translation>
    </message>
    <message>
        <source>%1 (dataset %2: `direct` not known)</source>
        <translation>%1（数据集 %2：`direct` 未知）</translation>
    </message>
    <message>
        <source>backing file %1 on %2, direct=%3</source>
        <translation>后备文件 %1 位于 %2，direct=%3</translation>
    </message>
    <message>
        <source>any I/O through it can oops the kernel</source>
        <translation>经由它的任何 I/O 都可能导致内核 oops</translation>
    </message>
    <message>
        <source>%1 on %2 (whether it uses direct I/O is not known)</source>
        <translation>%1 位于 %2（不知道是否使用 Direct I/O）</translation>
    </message>
    <message>
        <source>dio=1, backing file %1 on %2, direct=standard</source>
        <translation>dio=1，后备文件 %1 位于 %2，direct=standard</translation>
    </message>
    <message>
        <source>UNCONFIRMED: 2.3.0 pins pages for every iterator type, so its O_DIRECT requests may reach the same crash</source>
        <translation>未经证实：2.3.0 会为所有类型的迭代器固定页面，因此其 O_DIRECT 请求可能导致同样的崩溃</translation>
    </message>
    <message>
        <source>%1 attaches %2 (on %3, direct=always) as a loop device</source>
        <translation>%1 会把 %2（位于 %3，direct=always）挂接为 loop 设备</translation>
    </message>
    <message>
        <source>kernel oops</source>
        <translation>内核 oops</translation>
    </message>
    <message>
        <source>loop devices are backed by direct=always datasets (%1)</source>
        <translation>有 loop 设备的后备文件位于 direct=always 的数据集上（%1）</translation>
    </message>
    <message>
        <source>the next I/O through %1</source>
        <translation>下一次经由 %1 的 I/O</translation>
    </message>
    <message>
        <source>%1: %2; reading or writing through them can crash the kernel (NULL pointer dereference).</source>
        <translation>%1：%2；经由它们读写可能导致内核崩溃（空指针解引用）。</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether anything here triggers it is not known: %2.</source>
        <translation>%1 可能带有此缺陷，且不知道此处是否有东西会触发它：%2。</translation>
    </message>
    <message>
        <source>the next I/O through %1, a direct-I/O loop device on a direct=standard dataset</source>
        <translation>下一次经由 %1 的 I/O，它是位于 direct=standard 数据集上的 Direct I/O loop 设备</translation>
    </message>
    <message>
        <source>%1: a loop device on a direct=always dataset oopses the kernel; one is set up to be attached.</source>
        <translation>%1：位于 direct=always 数据集上的 loop 设备会导致内核 oops；已配置了一个将被挂接的此类设备。</translation>
    </message>
    <message>
        <source>%1 pins pages for every iterator type, so O_DIRECT requests of %2 may crash the kernel like a loop device on a direct=always dataset (UNCONFIRMED).</source>
        <translation>%1 会为所有类型的迭代器固定页面，因此 %2 的 O_DIRECT 请求可能像 direct=always 数据集上的 loop 设备一样导致内核崩溃（未经证实）。</translation>
    </message>
    <message>
        <source>no loop device sits on a direct=always dataset, and no direct-I/O loop device on a direct=standard one</source>
        <translation>没有 loop 设备位于 direct=always 的数据集上，也没有 Direct I/O loop 设备位于 direct=standard 的数据集上</translation>
    </message>
    <message>
        <source>carries the loop change</source>
        <translation>包含 loop 改动</translation>
    </message>
    <message>
        <source>does not carry the loop change</source>
        <translation>不包含 loop 改动</translation>
    </message>
    <message>
        <source>whether it carries the loop change is not known</source>
        <translation>不知道是否包含 loop 改动</translation>
    </message>
    <message>
        <source>backing file %1 on %2, read-only</source>
        <translation>后备文件 %1 位于 %2，只读</translation>
    </message>
    <message>
        <source>reads through a loop device do not hang: not a trigger</source>
        <translation>经由 loop 设备读取不会挂起：不是触发条件</translation>
    </message>
    <message>
        <source>%1 on %2 (whether it is read-only and uses direct I/O is not known)</source>
        <translation>%1 位于 %2（不知道是否只读、是否使用 Direct I/O）</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, buffered (dio=0)</source>
        <translation>后备文件 %1 位于 %2，可写，缓冲（dio=0）</translation>
    </message>
    <message>
        <source>writes take the loop driver&apos;s buffered path</source>
        <translation>写入走 loop 驱动的缓冲路径</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, direct I/O (dio=1), direct=%3</source>
        <translation>后备文件 %1 位于 %2，可写，Direct I/O（dio=1），direct=%3</translation>
    </message>
    <message>
        <source>backing file %1 on %2, writable, direct I/O (dio=1)</source>
        <translation>后备文件 %1 位于 %2，可写，Direct I/O（dio=1）</translation>
    </message>
    <message>
        <source>writes ZFS takes as Direct I/O crash the kernel; the others take ZFS&apos;s buffered path and hang</source>
        <translation>被 ZFS 当作 Direct I/O 处理的写入会使内核崩溃；其余写入走 ZFS 的缓冲路径并挂起</translation>
    </message>
    <message>
        <source>writes take ZFS&apos;s buffered path with the iterator&apos;s offset and hang</source>
        <translation>写入带着迭代器的偏移走 ZFS 的缓冲路径并挂起</translation>
    </message>
    <message>
        <source>the loop devices /etc/fstab sets up (%1)</source>
        <translation>/etc/fstab 配置的 loop 设备（%1）</translation>
    </message>
    <message>
        <source>%1 attaches %2 as a loop device</source>
        <translation>%1 会把 %2 挂接为 loop 设备</translation>
    </message>
    <message>
        <source>configured loop device</source>
        <translation>已配置的 loop 设备</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 位于 %2（%3）</translation>
    </message>
    <message>
        <source>mounted writable at boot or by `mount -a`, through a buffered loop device</source>
        <translation>在启动时或通过 `mount -a` 以可写方式挂载，经由缓冲 loop 设备</translation>
    </message>
    <message>
        <source>hung task</source>
        <translation>挂起的任务</translation>
    </message>
    <message>
        <source>loop writes stuck in ZFS</source>
        <translation>loop 写入卡在 ZFS 中</translation>
    </message>
    <message>
        <source>%1 writes through a direct-I/O loop device on ZFS</source>
        <translation>%1 经由 ZFS 上的 Direct I/O loop 设备写入</translation>
    </message>
    <message>
        <source>the next write through %1</source>
        <translation>下一次经由 %1 的写入</translation>
    </message>
    <message>
        <source> Writes through buffered %1 hang as well on this kernel.</source>
        <translation>在此内核上，经由缓冲的 %1 的写入同样会挂起。</translation>
    </message>
    <message>
        <source>%1: writes through %2, a writable direct-I/O loop device, crash the kernel (general protection fault in ZFS&apos;s Direct I/O write path) or hang the loop worker, whichever path ZFS gives a write, on any kernel (reproduced on 6.1 and 6.12). direct=disabled or zfs_dio_enabled=0 only turn the crash into the hang.%3</source>
        <translation>%1：经由可写的 Direct I/O loop 设备 %2 的写入，在任何内核上都会使内核崩溃（ZFS Direct I/O 写路径中的 general protection fault）或使 loop 工作线程挂起，取决于 ZFS 让写入走哪条路径（已在 6.1 和 6.12 上复现）。direct=disabled 或 zfs_dio_enabled=0 只会把崩溃变成挂起。%3</translation>
    </message>
    <message>
        <source>%1: writes through %2, a writable direct-I/O loop device, can hang the loop worker on any kernel: the loop driver&apos;s direct-I/O path hands ZFS iterators with an offset (reproduced with ZFS 2.1.11 and 2.3.2 on kernels 6.1 and 6.12).%3</source>
        <translation>%1：经由可写的 Direct I/O loop 设备 %2 的写入，在任何内核上都可能使 loop 工作线程挂起：loop 驱动的 Direct I/O 路径会把带偏移的迭代器交给 ZFS（已在内核 6.1 和 6.12 上以 ZFS 2.1.11 和 2.3.2 复现）。%3</translation>
    </message>
    <message>
        <source>%1 writes through a buffered loop device on ZFS</source>
        <translation>%1 经由 ZFS 上的缓冲 loop 设备写入</translation>
    </message>
    <message>
        <source>%1 and %2, but whether the running kernel %3 carries the loop change that makes it hang is not known: %4.</source>
        <translation>%1 且 %2，但不知道正在运行的内核 %3 是否包含会导致挂起的 loop 改动：%4。</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3, with the loop change): writes through %4 can hang the loop worker and every writer behind it, or, more rarely, crash the kernel (the same bug caught by hardened usercopy); only a hard reboot recovers.</source>
        <translation>%1 搭配内核 %2（上游 %3，含 loop 改动）：经由 %4 的写入可能使 loop 工作线程及其后的所有写入进程挂起，或者较少见地使内核崩溃（同一缺陷被 hardened usercopy 捕获）；只有硬重启才能恢复。</translation>
    </message>
    <message>
        <source>%1 on kernel %2 (upstream %3, with the loop change): writes through that loop device will hang once it is attached.</source>
        <translation>%1 搭配内核 %2（上游 %3，含 loop 改动）：该 loop 设备一旦挂接，经由它的写入就会挂起。</translation>
    </message>
    <message>
        <source>%1 and %2; the running kernel lacks the loop change, but whether %3, which the next boot starts (%4), carries it is not known: %5.</source>
        <translation>%1 且 %2；正在运行的内核不含 loop 改动，但不知道下次启动将进入的 %3（%4）是否包含：%5。</translation>
    </message>
    <message>
        <source>the next boot starts kernel %1 (upstream %2), which carries the loop change</source>
        <translation>下次启动将进入内核 %1（上游 %2），它包含 loop 改动</translation>
    </message>
    <message>
        <source>%1 and %2: the running kernel %3 lacks the loop change, but after the next boot writes there can hang.</source>
        <translation>%1 且 %2：正在运行的内核 %3 不含 loop 改动，但下次启动后那里的写入可能挂起。</translation>
    </message>
    <message>
        <source>%1, but the running kernel %2 (upstream %3) and the next boot&apos;s lack the loop change that makes it hang</source>
        <translation>%1，但正在运行的内核 %2（上游 %3）和下次启动的内核都不含会导致挂起的 loop 改动</translation>
    </message>
    <message>
        <source>no writable loop device on ZFS is attached or set up in /etc/fstab</source>
        <translation>没有已挂接或在 /etc/fstab 中配置的 ZFS 上的可写 loop 设备</translation>
    </message>
    <message>
        <source>%1 (its file system is not known)</source>
        <translation>%1（其文件系统未知）</translation>
    </message>
    <message>
        <source>on %1, direct=%2</source>
        <translation>位于 %1，direct=%2</translation>
    </message>
    <message>
        <source>misaligned reads are served through the ARC here</source>
        <translation>此处未对齐的读取经由 ARC 处理</translation>
    </message>
    <message>
        <source>the probe did not reproduce EINVAL on this dataset</source>
        <translation>探测未在此数据集上复现 EINVAL</translation>
    </message>
    <message>
        <source>%1 on %2 (its logical block size, /sys/block/%3/queue/logical_block_size, is not known)</source>
        <translation>%1 位于 %2（其逻辑块大小 /sys/block/%3/queue/logical_block_size 未知）</translation>
    </message>
    <message>
        <source>dio=1, %1-byte sectors, on %2 (direct=standard)</source>
        <translation>dio=1，%1 字节扇区，位于 %2（direct=standard）</translation>
    </message>
    <message>
        <source>its requests are page-aligned: no EINVAL</source>
        <translation>其请求按页对齐：不会出现 EINVAL</translation>
    </message>
    <message>
        <source>the next read through %1</source>
        <translation>下一次经由 %1 的读取</translation>
    </message>
    <message>
        <source>dio=1, %1-byte sectors, backing file %2 on %3 (direct=standard)</source>
        <translation>dio=1，%1 字节扇区，后备文件 %2 位于 %3（direct=standard）</translation>
    </message>
    <message>
        <source>unaligned reads through it fail with EINVAL</source>
        <translation>经由它的未对齐读取以 EINVAL 失败</translation>
    </message>
    <message>
        <source>SYSTEMD_LOOP_DIRECT_IO for systemd-sysext</source>
        <translation>systemd-sysext 的 SYSTEMD_LOOP_DIRECT_IO</translation>
    </message>
    <message>
        <source>set by %1: sysext attaches images without direct I/O (not in the initrd, and only for loop devices created after it was set)</source>
        <translation>由 %1 设置：sysext 挂接镜像时不使用 Direct I/O（initrd 中除外，且仅对设置之后创建的 loop 设备有效）</translation>
    </message>
    <message>
        <source>an unknown source</source>
        <translation>未知来源</translation>
    </message>
    <message>
        <source>systemd-sysext&apos;s images (%1)</source>
        <translation>systemd-sysext 的镜像（%1）</translation>
    </message>
    <message>
        <source>sysext image %1</source>
        <translation>sysext 镜像 %1</translation>
    </message>
    <message>
        <source>the next systemd-sysext merge of %1</source>
        <translation>下一次对 %1 执行 systemd-sysext merge</translation>
    </message>
    <message>
        <source>on %1 (direct=standard)</source>
        <translation>位于 %1（direct=standard）</translation>
    </message>
    <message>
        <source>systemd-sysext attaches it with direct I/O; squashfs reads fail</source>
        <translation>systemd-sysext 以 Direct I/O 挂接它；squashfs 读取会失败</translation>
    </message>
    <message>
        <source>systemd-sysext.service is enabled and %1 is on %2 (direct=standard): the next image placed there fails to merge</source>
        <translation>systemd-sysext.service 已启用，且 %1 位于 %2（direct=standard）：下一个放到那里的镜像将无法合并</translation>
    </message>
    <message>
        <source>sysext directory %1</source>
        <translation>sysext 目录 %1</translation>
    </message>
    <message>
        <source>on %1 (direct=standard), systemd-sysext.service enabled (%2)</source>
        <translation>位于 %1（direct=standard），systemd-sysext.service 已启用（%2）</translation>
    </message>
    <message>
        <source>an image placed here would fail to merge</source>
        <translation>放在此处的镜像将无法合并</translation>
    </message>
    <message>
        <source>squashfs read error</source>
        <translation>squashfs 读取错误</translation>
    </message>
    <message>
        <source>%1 reads through a direct=standard dataset</source>
        <translation>%1 经由 direct=standard 的数据集读取</translation>
    </message>
    <message>
        <source>%1 rejects unaligned O_DIRECT reads on direct=standard datasets, and this reads through that path: %2.</source>
        <translation>%1 会拒绝 direct=standard 数据集上未对齐的 O_DIRECT 读取，而这里正经由该路径读取：%2。</translation>
    </message>
    <message>
        <source>%1 rejects unaligned O_DIRECT reads on direct=standard datasets; no image is there yet.</source>
        <translation>%1 会拒绝 direct=standard 数据集上未对齐的 O_DIRECT 读取；那里还没有镜像。</translation>
    </message>
    <message>
        <source>no sysext image and no direct-I/O loop device with sectors smaller than a page is on a direct=standard dataset</source>
        <translation>没有 sysext 镜像，也没有扇区小于一页的 Direct I/O loop 设备位于 direct=standard 的数据集上</translation>
    </message>
    <message>
        <source>the TrueNAS image</source>
        <translation>TrueNAS 镜像</translation>
    </message>
    <message>
        <source>each Proxmox VE kernel package</source>
        <translation>每个 Proxmox VE 内核软件包</translation>
    </message>
    <message>
        <source>each Ubuntu kernel&apos;s linux-modules package</source>
        <translation>每个 Ubuntu 内核的 linux-modules 软件包</translation>
    </message>
    <message>
        <source>zfs modules</source>
        <translation>zfs 模块</translation>
    </message>
    <message>
        <source>come with %1</source>
        <translation>随%1提供</translation>
    </message>
    <message>
        <source>nothing builds a module: a kernel has ZFS when its /lib/modules holds one</source>
        <translation>没有任何东西会构建模块：内核的 /lib/modules 中有模块时它才有 ZFS</translation>
    </message>
    <message>
        <source>the installed ZFS version could not be read</source>
        <translation>无法读取已安装的 ZFS 版本</translation>
    </message>
    <message>
        <source>ZFS that builds the modules</source>
        <translation>构建模块的 ZFS</translation>
    </message>
    <message>
        <source>the installed package that builds the modules (dpkg)</source>
        <translation>构建模块的已安装软件包（dpkg）</translation>
    </message>
    <message>
        <source>the installed zfs tools (`zfs version`); their zfs-dkms or akmod package has the same version</source>
        <translation>已安装的 zfs 工具（`zfs version`）；其 zfs-dkms 或 akmod 软件包版本相同</translation>
    </message>
    <message>
        <source>which kernels ZFS %1 supports is not in the knowledge base</source>
        <translation>知识库中没有 ZFS %1 支持哪些内核的信息</translation>
    </message>
    <message>
        <source>which kernels ZFS %1 supports is not in the knowledge base (it lists the releases %2 to %3)</source>
        <translation>知识库中没有 ZFS %1 支持哪些内核的信息（它收录了 %2 到 %3 的版本）</translation>
    </message>
    <message>
        <source>kernels ZFS %1 supports</source>
        <translation>ZFS %1 支持的内核</translation>
    </message>
    <message>
        <source>Linux %1 to %2.x</source>
        <translation>Linux %1 到 %2.x</translation>
    </message>
    <message>
        <source>has a zfs module</source>
        <translation>有 zfs 模块</translation>
    </message>
    <message>
        <source>has a zfs module (%1)</source>
        <translation>有 zfs 模块（%1）</translation>
    </message>
    <message>
        <source>whether /lib/modules/%1 holds a zfs module could not be read</source>
        <translation>无法读取 /lib/modules/%1 中是否有 zfs 模块</translation>
    </message>
    <message>
        <source>has no zfs module, and nothing here builds one</source>
        <translation>没有 zfs 模块，而且这里没有任何东西会构建它</translation>
    </message>
    <message>
        <source>has no zfs module, and %1</source>
        <translation>没有 zfs 模块，而且%1</translation>
    </message>
    <message>
        <source>ZFS %1 supports Linux %2 to %3.x</source>
        <translation>ZFS %1 支持 Linux %2 到 %3.x</translation>
    </message>
    <message>
        <source>has no zfs module and is unsupported: %1, so a build may fail</source>
        <translation>没有 zfs 模块且不受支持：%1，因此构建可能失败</translation>
    </message>
    <message>
        <source>has no zfs module, and none can be built: %1, and since 2.3.0 its build refuses any other kernel</source>
        <translation>没有 zfs 模块，也无法构建：%1，而自 2.3.0 起其构建会拒绝任何其他内核</translation>
    </message>
    <message>
        <source>has no zfs module, and whether it is supported is not known: its upstream level is not known (%1)</source>
        <translation>没有 zfs 模块，是否受支持未知：其上游版本未知（%1）</translation>
    </message>
    <message>
        <source>Check with `dkms status` and `ls /lib/modules/%1/build/include` (the headers a build needs); `sudo dkms autoinstall -k %1` (or `sudo akmods --force --kernels %1`) builds the module now.</source>
        <translation>用 `dkms status` 和 `ls /lib/modules/%1/build/include`（构建所需的头文件）检查；`sudo dkms autoinstall -k %1`（或 `sudo akmods --force --kernels %1`）会立即构建模块。</translation>
    </message>
    <message>
        <source> Pools that would not import: %1.</source>
        <translation>将无法导入的池：%1。</translation>
    </message>
    <message>
        <source> The root file system is on ZFS (%1): the system would not start.</source>
        <translation>根文件系统在 ZFS 上（%1）：系统将无法启动。</translation>
    </message>
    <message>
        <source>first release supporting %1</source>
        <translation>第一个支持 %1 的版本</translation>
    </message>
    <message>
        <source>none in the knowledge base yet</source>
        <translation>知识库中尚无</translation>
    </message>
    <message>
        <source>from the META files of the releases</source>
        <translation>来自各版本的 META 文件</translation>
    </message>
    <message>
        <source>Whether ZFS is installed is not known (%1).</source>
        <translation>不知道是否安装了 ZFS（%1）。</translation>
    </message>
    <message>
        <source>The installed kernels and their zfs modules are not known: %1</source>
        <translation>已安装的内核及其 zfs 模块未知：%1</translation>
    </message>
    <message>
        <source>This boot has no ZFS: kernel %1 %2, and the zfs module is not loaded.%3</source>
        <translation>本次启动没有 ZFS：内核 %1 %2，而且 zfs 模块没有加载。%3</translation>
    </message>
    <message>
        <source>the running kernel: no newer kernel is installed</source>
        <translation>当前运行的内核：没有安装更新的内核</translation>
    </message>
    <message>
        <source>the default entry names %1, which is not installed</source>
        <translation>默认启动项指向未安装的 %1</translation>
    </message>
    <message>
        <source>the running kernel %1 is not among the installed kernels</source>
        <translation>当前运行的内核 %1 不在已安装的内核中</translation>
    </message>
    <message>
        <source>Which kernel the next boot starts is not known (%1).</source>
        <translation>不知道下次启动哪个内核（%1）。</translation>
    </message>
    <message>
        <source>No ZFS after the next reboot: it starts kernel %1 (%2), which %3.%4</source>
        <translation>下次重启后没有 ZFS：它将启动内核 %1（%2），该内核%3。%4</translation>
    </message>
    <message>
        <source>Whether the next boot has ZFS is not known: it starts kernel %1 (%2), which %3. %4</source>
        <translation>不知道下次启动是否有 ZFS：它将启动内核 %1（%2），该内核%3。%4</translation>
    </message>
    <message>
        <source>newer installed kernel</source>
        <translation>较新的已安装内核</translation>
    </message>
    <message>
        <source>kernel %1 %2. %3</source>
        <translation>内核 %1 %2。%3</translation>
    </message>
    <message>
        <source>booting kernel %1 (installed, not the default)</source>
        <translation>启动内核 %1（已安装，不是默认项）</translation>
    </message>
    <message>
        <source>Kernel %1 is installed but %2: booting it (choosing it in the boot menu) would start without ZFS.%3</source>
        <translation>内核 %1 已安装，但%2：启动它（在启动菜单中选择它）将在没有 ZFS 的情况下启动。%3</translation>
    </message>
    <message>
        <source>Whether newer installed kernels have ZFS is not known: %1</source>
        <translation>不知道较新的已安装内核是否有 ZFS：%1</translation>
    </message>
    <message>
        <source>%1 patches its ZFS packages without changing the version</source>
        <translation>%1 修补其 ZFS 软件包而不改变版本号</translation>
    </message>
    <message>
        <source>%1 patched its ZFS packages (the fix, or the tunable at 0) without changing the version, so %2 does not tell whether this build carries the fix (openzfs/zfs#15571); the package&apos;s changelog or the distribution&apos;s advisory for CVE-2023-49298 does</source>
        <translation>%1 修补了其 ZFS 软件包（加入修复，或把该参数设为 0）而没有改变版本号，因此 %2 无法说明此构建是否包含修复（openzfs/zfs#15571）；软件包的更新日志或发行版针对 CVE-2023-49298 的公告可以说明</translation>
    </message>
    <message>
        <source>a Debian update whose content ZFS Doctor does not know</source>
        <translation>ZFS Doctor 不了解其内容的 Debian 更新</translation>
    </message>
    <message>
        <source>whether Debian&apos;s build %1 carries the fix (openzfs/zfs#15571) is not known; `apt changelog zfsutils-linux` says whether it mentions CVE-2023-49298</source>
        <translation>Debian 的构建 %1 是否包含修复（openzfs/zfs#15571）未知；`apt changelog zfsutils-linux` 会显示其中是否提到 CVE-2023-49298</translation>
    </message>
    <message>
        <source>the zfs module of kernel %1 (%2), built on %3, before the fix existed</source>
        <translation>内核 %1 的 zfs 模块（%2），构建于 %3，早于修复出现</translation>
    </message>
    <message>
        <source>the zfs module of kernel %1, built on %2, after the fix existed</source>
        <translation>内核 %1 的 zfs 模块，构建于 %2，晚于修复出现</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s build; when it was built is not known</source>
        <translation>Ubuntu 的构建；构建时间未知</translation>
    </message>
    <message>
        <source>whether Ubuntu&apos;s build %1 carries the fix (openzfs/zfs#15571) is not established; `apt changelog zfsutils-linux` (or the changelog of the kernel package, which carries the module) says whether it mentions CVE-2023-49298</source>
        <translation>Ubuntu 的构建 %1 是否包含修复（openzfs/zfs#15571）尚未确定；`apt changelog zfsutils-linux`（或包含该模块的内核软件包的更新日志）会显示其中是否提到 CVE-2023-49298</translation>
    </message>
    <message>
        <source>Debian 12&apos;s 2.1.11-1+deb12u1 and later carry the fix as a patch</source>
        <translation>Debian 12 从 2.1.11-1+deb12u1 起以补丁形式包含修复</translation>
    </message>
    <message>
        <source>%1 is Debian&apos;s build with the fix (openzfs/zfs#15571, patch 0028 since 2.1.11-1+deb12u1).</source>
        <translation>%1 是包含修复的 Debian 构建（openzfs/zfs#15571，自 2.1.11-1+deb12u1 起的补丁 0028）。</translation>
    </message>
    <message>
        <source>the zfs module is not loaded</source>
        <translation>zfs 模块未加载</translation>
    </message>
    <message>
        <source>the zfs module is not loaded, so nothing on ZFS is written or copied now</source>
        <translation>zfs 模块未加载，因此目前没有任何内容在 ZFS 上写入或复制</translation>
    </message>
    <message>
        <source>it is not in /sys/module/zfs/parameters</source>
        <translation>它不在 /sys/module/zfs/parameters 中</translation>
    </message>
    <message>
        <source>whether the zfs module is loaded is not known</source>
        <translation>zfs 模块是否已加载未知</translation>
    </message>
    <message>
        <source>%1 may have this bug, and whether zfs_dmu_offset_next_sync is 1 (which makes it likely) is not known: %2. Read it with `cat /sys/module/zfs/parameters/zfs_dmu_offset_next_sync`.</source>
        <translation>%1 可能有这个缺陷，而 zfs_dmu_offset_next_sync 是否为 1（这会使其容易发生）未知：%2。请用 `cat /sys/module/zfs/parameters/zfs_dmu_offset_next_sync` 读取。</translation>
    </message>
    <message>
        <source>holes in recently written files are not reported: much rarer, not ruled out</source>
        <translation>不报告最近写入文件中的空洞：罕见得多，但未排除</translation>
    </message>
    <message>
        <source>zfs_dmu_offset_next_sync is 0</source>
        <translation>zfs_dmu_offset_next_sync 为 0</translation>
    </message>
    <message>
        <source>Latent: %1 has this bug; zfs_dmu_offset_next_sync=0 makes it much rarer but does not rule it out. Upgrading to %2 fixes it.</source>
        <translation>潜在：%1 有这个缺陷；zfs_dmu_offset_next_sync=0 使其罕见得多，但不能排除。升级到 %2 可以修复。</translation>
    </message>
    <message>
        <source>strict hole reporting: a copy of a file being written can get zeros</source>
        <translation>严格空洞报告：正在写入的文件的副本可能出现零</translation>
    </message>
    <message>
        <source>%1 with zfs_dmu_offset_next_sync=%2 would have this bug, but %3.</source>
        <translation>%1 在 zfs_dmu_offset_next_sync=%2 时会有这个缺陷，但%3。</translation>
    </message>
    <message>
        <source>zfs_dmu_offset_next_sync is %1</source>
        <translation>zfs_dmu_offset_next_sync 为 %1</translation>
    </message>
    <message>
        <source>the next copy of a file that is still being written</source>
        <translation>下一次复制仍在写入的文件</translation>
    </message>
    <message>
        <source>%1 with zfs_dmu_offset_next_sync=%2: a program that copies by skipping holes (cp from coreutils 9.2 on) can silently write zeros into the copy of a file that is still being written. The source stays intact, and a scrub does not find it.</source>
        <translation>%1，zfs_dmu_offset_next_sync=%2：按空洞跳过的复制程序（coreutils 9.2 起的 cp）可能悄无声息地在仍在写入的文件的副本中写入零。源文件保持完好，scrub 也发现不了。</translation>
    </message>
    <message>
        <source>The kernel the next boot starts (%1) has a zfs module, and no newer installed kernel lacks one.</source>
        <translation>下次启动的内核（%1）带有 zfs 模块，且没有哪个更新的已安装内核缺少该模块。</translation>
    </message>
    <message>
        <source>has no zfs module, and none can be built: its headers are not installed (/lib/modules/%1/build/include is missing), so dkms and akmods skip it, although %2</source>
        <translation>没有 zfs 模块，也无法构建：其头文件未安装（/lib/modules/%1/build/include 不存在），因此 dkms 和 akmods 会跳过它，尽管%2</translation>
    </message>
    <message>
        <source>has no zfs module yet; %1 and its headers are installed, so dkms or akmods can still build one (akmods at boot), unless its build failed</source>
        <translation>还没有 zfs 模块；%1，且其头文件已安装，因此 dkms 或 akmods 仍可构建模块（akmods 在启动时），除非其构建已失败</translation>
    </message>
    <message>
        <source>has no zfs module yet; %1, so dkms or akmods can build one at install time or at boot if the kernel&apos;s headers are installed, which could not be read</source>
        <translation>还没有 zfs 模块；%1，因此如果安装了该内核的头文件，dkms 或 akmods 可以在安装时或启动时构建模块，而头文件是否安装无法读取</translation>
    </message>
</context>
<context>
    <name>zd::DistroCollector</name>
    <message>
        <source>Neither %1 nor %2 could be read (%3), so the distribution is unknown.</source>
        <translation>%1 和 %2 都无法读取（%3），因此发行版未知。</translation>
    </message>
    <message>
        <source>%1 has no ID, so the distribution is unknown.</source>
        <translation>%1 中没有 ID，因此发行版未知。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 could be read, so whether this Debian system is TrueNAS SCALE is unknown.</source>
        <translation>%1 和 %2 都无法读取，因此无法确定这个 Debian 系统是否为 TrueNAS SCALE。</translation>
    </message>
    <message>
        <source>This looks like TrueNAS SCALE (%1 exists) but %2 did not give its version.</source>
        <translation>这看起来是 TrueNAS SCALE（存在 %1），但 %2 没有给出其版本。</translation>
    </message>
</context>
<context>
    <name>zd::FstabCollector</name>
    <message>
        <source>%1 could not be read (%2), so loop devices it would set up are unknown.</source>
        <translation>无法读取 %1（%2），因此它会配置哪些 loop 设备未知。</translation>
    </message>
</context>
<context>
    <name>zd::HelperClient</name>
    <message>
        <source>The helper&apos;s answer is not a JSON object (%1).</source>
        <translation>辅助程序的应答不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>no answer after %1 seconds</source>
        <translation>%1 秒后仍无应答</translation>
    </message>
</context>
<context>
    <name>zd::HelperReply</name>
    <message>
        <source>The ZFS Doctor helper is not installed or could not be started (D-Bus service org.zfsdoctor.Helper), so nothing was probed or changed.</source>
        <translation>ZFS Doctor 辅助程序未安装或无法启动（D-Bus 服务 org.zfsdoctor.Helper），因此没有进行任何探测或更改。</translation>
    </message>
    <message>
        <source>The system bus cannot be reached, so the ZFS Doctor helper cannot be asked (%1). Nothing was changed.</source>
        <translation>无法连接系统总线，因此无法询问 ZFS Doctor 辅助程序（%1）。未做任何更改。</translation>
    </message>
    <message>
        <source>The helper did not answer in time. If a change was requested, the change history (zfs-doctor history, or the History page) shows whether it was made.</source>
        <translation>辅助程序未能及时应答。如果请求了更改，可在更改历史（zfs-doctor history 或“历史”页面）中查看是否已执行。</translation>
    </message>
    <message>
        <source>The system bus refused the call to the helper (%1). Nothing was changed.</source>
        <translation>系统总线拒绝了对辅助程序的调用（%1）。未做任何更改。</translation>
    </message>
    <message>
        <source>Authorization was denied. Nothing was changed.</source>
        <translation>授权被拒绝。未做任何更改。</translation>
    </message>
    <message>
        <source>Authorization was cancelled. Nothing was changed.</source>
        <translation>授权已取消。未做任何更改。</translation>
    </message>
    <message>
        <source>The helper call failed: %1 (%2).</source>
        <translation>调用辅助程序失败：%1（%2）。</translation>
    </message>
    <message>
        <source>The authorization service (polkit) could not be asked, so the helper did nothing.</source>
        <translation>无法询问授权服务（polkit），因此辅助程序未执行任何操作。</translation>
    </message>
    <message>
        <source>The helper rejected the request as not valid and did nothing.</source>
        <translation>辅助程序认为该请求无效而拒绝了它，未执行任何操作。</translation>
    </message>
    <message>
        <source>The installed helper does not know this remedy or probe; it may be older than this ZFS Doctor.</source>
        <translation>已安装的辅助程序不认识此处理方案或探测；它可能比当前的 ZFS Doctor 旧。</translation>
    </message>
    <message>
        <source>The helper could not find what the request names.</source>
        <translation>辅助程序找不到请求中指定的对象。</translation>
    </message>
    <message>
        <source>The change history has no such change.</source>
        <translation>更改历史中没有这项更改。</translation>
    </message>
    <message>
        <source>The helper refused to carry this out.</source>
        <translation>辅助程序拒绝执行此操作。</translation>
    </message>
    <message>
        <source>A program the helper needs for this is not installed.</source>
        <translation>辅助程序执行此操作所需的程序未安装。</translation>
    </message>
    <message>
        <source>The helper is busy: too many requests are waiting for authorization. Try again in a moment.</source>
        <translation>辅助程序正忙：等待授权的请求过多。请稍后重试。</translation>
    </message>
    <message>
        <source>The helper could not complete the request. The change history (zfs-doctor history, or the History page) shows whether anything was changed.</source>
        <translation>辅助程序未能完成该请求。更改历史（zfs-doctor history 或“历史”页面）会显示是否有内容被更改。</translation>
    </message>
    <message>
        <source>%1 The helper says: %2</source>
        <translation>%1辅助程序的原话：%2</translation>
    </message>
</context>
<context>
    <name>zd::HostCollector</name>
    <message>
        <source>The host name could not be read (%1).</source>
        <translation>无法读取主机名（%1）。</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>zd::KernelCheck</name>
    <message>
        <source>assumed: the kernel being checked</source>
        <translation>假定：正在检查的内核</translation>
    </message>
    <message>
        <source>the installed kernels could not be read: %1</source>
        <translation>无法读取已安装的内核：%1</translation>
    </message>
    <message>
        <source>kernel %1 is not installed (not in /lib/modules, /boot or the package database)</source>
        <translation>内核 %1 未安装（不在 /lib/modules、/boot 或软件包数据库中）</translation>
    </message>
</context>
<context>
    <name>zd::KernelCollector</name>
    <message>
        <source>The running kernel&apos;s release could not be read (%1).</source>
        <translation>无法读取正在运行的内核的版本号（%1）。</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The machine architecture could not be read (%1).</source>
        <translation>无法读取机器架构（%1）。</translation>
    </message>
    <message>
        <source>rpm could not list kernel-core packages (%1).</source>
        <translation>rpm 无法列出 kernel-core 软件包（%1）。</translation>
    </message>
    <message>
        <source>This distribution&apos;s package manager is not read; installed kernels come from %1 and %2 only.</source>
        <translation>不读取此发行版的包管理器；已安装的内核仅取自 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 could not be listed (%2), so the installed kernels are not fully known.</source>
        <translation>无法列出 %1（%2），因此已安装的内核并不完全已知。</translation>
    </message>
    <message>
        <source>grubby did not name the default kernel (%1).</source>
        <translation>grubby 没有给出默认内核（%1）。</translation>
    </message>
    <message>
        <source>The default boot kernel is only read on Fedora, Debian, Ubuntu, Proxmox VE and TrueNAS SCALE.</source>
        <translation>仅在 Fedora、Debian、Ubuntu、Proxmox VE 和 TrueNAS SCALE 上读取默认启动内核。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so the default boot kernel is unknown.</source>
        <translation>无法读取 %1（%2），因此默认启动内核未知。</translation>
    </message>
    <message>
        <source>The default boot kernel could not be determined: %1.</source>
        <translation>无法确定默认启动内核：%1。</translation>
    </message>
    <message>
        <source>The boot loader&apos;s default entry names kernel %1, which is not installed (grub.cfg is out of date), so the kernel the next boot starts is unknown.</source>
        <translation>引导加载程序的默认项指向内核 %1，但该内核未安装（grub.cfg 已过时），因此下次启动会启动哪个内核未知。</translation>
    </message>
</context>
<context>
    <name>zd::KernelLevel</name>
    <message>
        <source>uname -r: Fedora builds each upstream stable release as is</source>
        <translation>uname -r：Fedora 按原样构建每个上游稳定版本</translation>
    </message>
    <message>
        <source>uname -r: Arch&apos;s kernels are the upstream release plus Arch patches</source>
        <translation>uname -r：Arch 的内核是上游版本加上 Arch 的补丁</translation>
    </message>
    <message>
        <source>uname -r: Debian&apos;s newer kernel names carry the upstream release</source>
        <translation>uname -r：Debian 较新的内核名称包含上游版本号</translation>
    </message>
    <message>
        <source>uname -r: Unraid builds upstream stable releases</source>
        <translation>uname -r：Unraid 构建上游稳定版本</translation>
    </message>
    <message>
        <source>uname -r: TrueNAS builds upstream stable releases</source>
        <translation>uname -r：TrueNAS 构建上游稳定版本</translation>
    </message>
    <message>
        <source>uname -r: a kernel.org release number without distribution suffix</source>
        <translation>uname -r：不带发行版后缀的 kernel.org 版本号</translation>
    </message>
    <message>
        <source>%1 is an Enterprise Linux kernel: it keeps its base number and takes changes from later kernels as backports, so which upstream changes it carries cannot be read from its version</source>
        <translation>%1 是 Enterprise Linux 内核：它保持基础版本号不变，以向后移植的方式吸收后续内核的更改，因此无法从其版本看出它包含哪些上游更改</translation>
    </message>
    <message>
        <source>the kernel release is not known</source>
        <translation>内核版本号未知</translation>
    </message>
    <message>
        <source>uname -r: Proxmox VE names its kernels MAJ.MIN.PATCHLEVEL-KREL-pve after the upstream stable level</source>
        <translation>uname -r：Proxmox VE 按上游稳定版本级别将其内核命名为 MAJ.MIN.PATCHLEVEL-KREL-pve</translation>
    </message>
    <message>
        <source>uname -r: a kernel.ubuntu.com mainline build</source>
        <translation>uname -r：kernel.ubuntu.com 的主线构建</translation>
    </message>
    <message>
        <source>the kernel package version %1</source>
        <translation>内核软件包版本 %1</translation>
    </message>
    <message>
        <source>Ubuntu publishes a kernel&apos;s upstream level only while it runs (/proc/version_signature); its release %1 and package version show only the series</source>
        <translation>Ubuntu 只在内核运行时公布其上游版本级别（/proc/version_signature）；其版本号 %1 和软件包版本只显示版本系列</translation>
    </message>
    <message>
        <source>the release %1 does not show the upstream level and the package version that would is not known</source>
        <translation>版本号 %1 不显示上游版本级别，而能显示它的软件包版本未知</translation>
    </message>
    <message>
        <source>this distribution&apos;s kernel numbering (%1) is not known to follow the upstream releases</source>
        <translation>不知道此发行版的内核编号（%1）是否遵循上游版本</translation>
    </message>
    <message>
        <source>the running kernel&apos;s release is not known</source>
        <translation>正在运行的内核的版本号未知</translation>
    </message>
    <message>
        <source>/proc/version: Debian package %1</source>
        <translation>/proc/version：Debian 软件包 %1</translation>
    </message>
    <message>
        <source>Ubuntu&apos;s release %1 hides the upstream level, and neither /proc/version_signature nor /proc/version named it</source>
        <translation>Ubuntu 的版本号 %1 隐藏了上游版本级别，而 /proc/version_signature 和 /proc/version 都没有给出它</translation>
    </message>
</context>
<context>
    <name>zd::KernelLogCollector</name>
    <message>
        <source>The kernel log could not be read (%1: %2; journalctl: %3); run as root to include it.</source>
        <translation>无法读取内核日志（%1：%2；journalctl：%3）；以 root 身份运行即可包含它。</translation>
    </message>
    <message>
        <source>no permission to see kernel messages</source>
        <translation>无权查看内核消息</translation>
    </message>
</context>
<context>
    <name>zd::KernelParsers</name>
    <message>
        <source>grub.cfg has no menu entries</source>
        <translation>grub.cfg 中没有菜单项</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; is not in grub.cfg</source>
        <translation>默认项“%1”不在 grub.cfg 中</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; is a submenu</source>
        <translation>默认项“%1”是一个子菜单</translation>
    </message>
    <message>
        <source>the default entry &apos;%1&apos; boots no vmlinuz kernel</source>
        <translation>默认项“%1”不启动任何 vmlinuz 内核</translation>
    </message>
    <message>
        <source>versionlock.toml has version = &quot;%1&quot;; dnf5 reads the entries only of version &quot;1.0&quot; and ignores them all</source>
        <translation>versionlock.toml 中为 version = &quot;%1&quot;；dnf5 只读取版本 &quot;1.0&quot; 的条目，因此会忽略全部条目</translation>
    </message>
</context>
<context>
    <name>zd::LoopCollector</name>
    <message>
        <source>%1: could not read %2 (%3).</source>
        <translation>%1：无法读取 %2（%3）。</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>a byte count</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>%1: %2 holds &apos;%3&apos;, expected %4; ignored.</source>
        <translation>%1：%2 的内容为“%3”，应为%4；已忽略。</translation>
    </message>
    <message>
        <source>The loop devices could not be listed (%1).</source>
        <translation>无法列出 loop 设备（%1）。</translation>
    </message>
    <message>
        <source>Ignored &apos;%1&apos; in the loop device list: not a loop device name.</source>
        <translation>已忽略 loop 设备列表中的“%1”：它不是 loop 设备名称。</translation>
    </message>
</context>
<context>
    <name>zd::MountTable</name>
    <message>
        <source>line %1 is not a mountinfo line: %2</source>
        <translation>第 %1 行不是 mountinfo 行：%2</translation>
    </message>
    <message>
        <source>the mount table is empty</source>
        <translation>挂载表为空</translation>
    </message>
    <message>
        <source>The mount table could not be read (%1), so files cannot be placed on their filesystems.</source>
        <translation>无法读取挂载表（%1），因此无法确定文件位于哪个文件系统上。</translation>
    </message>
    <message>
        <source>The mount table could not be parsed: %1</source>
        <translation>无法解析挂载表：%1</translation>
    </message>
</context>
<context>
    <name>zd::OsReleaseParser</name>
    <message>
        <source>os-release line %1 is not an assignment: %2</source>
        <translation>os-release 第 %1 行不是赋值语句：%2</translation>
    </message>
    <message>
        <source>os-release line %1 has a badly quoted value: %2</source>
        <translation>os-release 第 %1 行的值引号有误：%2</translation>
    </message>
</context>
<context>
    <name>zd::PackageCollector</name>
    <message>
        <source>%1 does not exist: dpkg records no installed packages here.</source>
        <translation>%1 不存在：dpkg 在此没有记录任何已安装的软件包。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2), so installed kernel and ZFS packages and their holds are unknown.</source>
        <translation>无法读取 %1（%2），因此已安装的内核和 ZFS 软件包及其锁定（hold）状态未知。</translation>
    </message>
</context>
<context>
    <name>zd::RemedyConflicts</name>
    <message>
        <source>On this system it would trigger problem %1, %2 (%3).</source>
        <translation>在本系统上它会触发问题 %1，%2（%3）。</translation>
    </message>
    <message>
        <source>On this system it would not end this problem: it would still apply afterwards, in another form.</source>
        <translation>在本系统上它无法消除此问题：之后问题仍会以另一种形式存在。</translation>
    </message>
</context>
<context>
    <name>zd::RemedyStep</name>
    <message>
        <source>write drop-in</source>
        <translation>写入 drop-in</translation>
    </message>
    <message>
        <source>daemon reload</source>
        <translation>重新加载 systemd（daemon-reload）</translation>
    </message>
    <message>
        <source>restart systemd-sysext</source>
        <translation>重启 systemd-sysext</translation>
    </message>
    <message>
        <source>restore drop-in</source>
        <translation>恢复 drop-in</translation>
    </message>
    <message>
        <source>remove drop-in</source>
        <translation>删除 drop-in</translation>
    </message>
    <message>
        <source>set zfs_dio_enabled</source>
        <translation>设置 zfs_dio_enabled</translation>
    </message>
    <message>
        <source>write modprobe.d</source>
        <translation>写入 modprobe.d 文件</translation>
    </message>
    <message>
        <source>restore zfs_dio_enabled</source>
        <translation>恢复 zfs_dio_enabled</translation>
    </message>
    <message>
        <source>restore modprobe.d</source>
        <translation>恢复 modprobe.d 文件</translation>
    </message>
    <message>
        <source>remove modprobe.d</source>
        <translation>删除 modprobe.d 文件</translation>
    </message>
    <message>
        <source>LOOP_SET_DIRECT_IO 0</source>
        <translation>关闭 loop 设备的 Direct I/O（LOOP_SET_DIRECT_IO 0）</translation>
    </message>
    <message>
        <source>LOOP_SET_DIRECT_IO 1</source>
        <translation>开启 loop 设备的 Direct I/O（LOOP_SET_DIRECT_IO 1）</translation>
    </message>
    <message>
        <source>zfs set</source>
        <translation>设置属性（zfs set）</translation>
    </message>
    <message>
        <source>zfs inherit</source>
        <translation>继承属性（zfs inherit）</translation>
    </message>
    <message>
        <source>versionlock</source>
        <translation>锁定内核（versionlock）</translation>
    </message>
    <message>
        <source>boot default</source>
        <translation>设置默认启动项</translation>
    </message>
    <message>
        <source>UPDATEDEFAULT=no</source>
        <translation>设置 UPDATEDEFAULT=no</translation>
    </message>
    <message>
        <source>remove our versionlock entry</source>
        <translation>删除由本程序添加的 versionlock 条目</translation>
    </message>
    <message>
        <source>restore UPDATEDEFAULT</source>
        <translation>恢复 UPDATEDEFAULT</translation>
    </message>
    <message>
        <source>apt-mark hold</source>
        <translation>保留软件包（apt-mark hold）</translation>
    </message>
    <message>
        <source>apt-mark unhold</source>
        <translation>取消保留（apt-mark unhold）</translation>
    </message>
    <message>
        <source>GRUB_DEFAULT</source>
        <translation>设置 GRUB_DEFAULT</translation>
    </message>
    <message>
        <source>restore GRUB_DEFAULT</source>
        <translation>恢复 GRUB_DEFAULT</translation>
    </message>
    <message>
        <source>update-grub</source>
        <translation>重新生成 GRUB 配置（update-grub）</translation>
    </message>
    <message>
        <source>set zfs_dmu_offset_next_sync</source>
        <translation>设置 zfs_dmu_offset_next_sync</translation>
    </message>
    <message>
        <source>restore zfs_dmu_offset_next_sync</source>
        <translation>恢复 zfs_dmu_offset_next_sync</translation>
    </message>
</context>
<context>
    <name>zd::RemedyText</name>
    <message>
        <source>Step &apos;%1&apos; failed: %2</source>
        <translation>步骤“%1”失败：%2</translation>
    </message>
    <message>
        <source>No step of this change had started; nothing to restore.</source>
        <translation>此更改的步骤尚未开始，无需恢复。</translation>
    </message>
    <message>
        <source>Change %1 was already undone; nothing to do.</source>
        <translation>更改 %1 已经撤销，无需操作。</translation>
    </message>
    <message>
        <source>%1 is not as it was before the change.</source>
        <translation>%1 与更改前的状态不一致。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has direct=%2 (source: %3); nothing to change.</source>
        <translation>“%1”已经是 direct=%2（来源：%3），无需更改。</translation>
    </message>
    <message>
        <source>On TrueNAS this change persists in the pool but bypasses the middleware (it is not shown in the web interface).</source>
        <translation>在 TrueNAS 上，此更改会保留在存储池中，但会绕过中间件（Web 界面中不会显示）。</translation>
    </message>
    <message>
        <source>Could not read the property back: %1</source>
        <translation>无法回读该属性：%1</translation>
    </message>
    <message>
        <source>After the change &apos;%1&apos; reports direct=%2 (source: %3), not %4.</source>
        <translation>更改后“%1”报告 direct=%2（来源：%3），而不是 %4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now has direct=%2 (source: %3).</source>
        <translation>“%1”现在为 direct=%2（来源：%3）。</translation>
    </message>
    <message>
        <source>After undo &apos;%1&apos; reports direct=%2 (source: %3); expected %4 (%5).</source>
        <translation>撤销后“%1”报告 direct=%2（来源：%3），应为 %4（%5）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is back to direct=%2 (source: %3; before: %4).</source>
        <translation>“%1”已恢复为 direct=%2（来源：%3；之前：%4）。</translation>
    </message>
    <message>
        <source>This restores direct=always on %1. On OpenZFS 2.3.0 a loop device backed by a file on this dataset crashes the kernel (problem 5); check the loaded zfs version first.</source>
        <translation>这会在 %1 上恢复 direct=always。在 OpenZFS 2.3.0 上，以此数据集上的文件为后端的 loop 设备会使内核崩溃（问题 5）；请先检查已加载的 zfs 版本。</translation>
    </message>
    <message>
        <source>This lasts until the loop device is detached; whoever attaches it again decides its direct I/O mode.</source>
        <translation>此设置在 loop 设备分离之前有效；之后由重新挂接它的程序决定其 Direct I/O 模式。</translation>
    </message>
    <message>
        <source>%1 already has direct I/O off; nothing to change.</source>
        <translation>%1 的 Direct I/O 已经关闭，无需更改。</translation>
    </message>
    <message>
        <source>Could not read dio back: %1</source>
        <translation>无法回读 dio：%1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but %1 still reports dio=%2.</source>
        <translation>内核接受了请求，但 %1 仍报告 dio=%2。</translation>
    </message>
    <message>
        <source>%1 now reads 0.</source>
        <translation>%1 现在读数为 0。</translation>
    </message>
    <message>
        <source>%1 reports dio=%2 after undo, expected %3 (the kernel may refuse direct I/O on this backing file).</source>
        <translation>撤销后 %1 报告 dio=%2，应为 %3（内核可能拒绝在此后端文件上使用 Direct I/O）。</translation>
    </message>
    <message>
        <source>%1 reads %2 again.</source>
        <translation>%1 的读数已恢复为 %2。</translation>
    </message>
    <message>
        <source>Direct I/O is turned off for every dataset; applications asking for O_DIRECT get cached I/O.</source>
        <translation>Direct I/O 会对所有数据集关闭；请求 O_DIRECT 的应用程序将改用缓存 I/O。</translation>
    </message>
    <message>
        <source>If the zfs module is loaded from the initramfs, regenerate it (dracut -f / update-initramfs -u) for the modprobe.d setting to apply at boot.</source>
        <translation>如果 zfs 模块从 initramfs 加载，请重新生成 initramfs（dracut -f / update-initramfs -u），使 modprobe.d 设置在启动时生效。</translation>
    </message>
    <message>
        <source>%1 does not contain the option line.</source>
        <translation>%1 中没有该选项行。</translation>
    </message>
    <message>
        <source>Only loop devices attached after this change are affected, and the initrd&apos;s sysext step is not.</source>
        <translation>只有在此更改之后挂接的 loop 设备会受影响，initrd 中的 sysext 步骤不受影响。</translation>
    </message>
    <message>
        <source>%1 exists with other content; it will be replaced and restored on undo.</source>
        <translation>%1 已存在且内容不同；它将被替换，并在撤销时恢复。</translation>
    </message>
    <message>
        <source>%1 already sets SYSTEMD_LOOP_DIRECT_IO=0; nothing to change.</source>
        <translation>%1 已经设置了 SYSTEMD_LOOP_DIRECT_IO=0，无需更改。</translation>
    </message>
    <message>
        <source>%1 does not set SYSTEMD_LOOP_DIRECT_IO=0 after writing it.</source>
        <translation>写入后 %1 并未设置 SYSTEMD_LOOP_DIRECT_IO=0。</translation>
    </message>
    <message>
        <source>%1 is in place and systemd has reloaded it.</source>
        <translation>%1 已就位，systemd 已重新加载它。</translation>
    </message>
    <message>
        <source>%1 has its previous content again.</source>
        <translation>%1 已恢复为之前的内容。</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <source>PackageKit (GNOME Software, Discover, Cockpit) ignores versionlock; the boot default is what keeps this kernel in use.</source>
        <translation>PackageKit（GNOME Software、Discover、Cockpit）会忽略 versionlock；让此内核继续被使用的是默认启动项。</translation>
    </message>
    <message>
        <source>dnf keeps only %1 kernels (installonly_limit); when the pinned kernel is not the running one, a later update may remove it.</source>
        <translation>dnf 只保留 %1 个内核（installonly_limit）；如果固定的内核不是正在运行的内核，之后的更新可能会将其删除。</translation>
    </message>
    <message>
        <source>dnf keeps only 3 (the default) kernels (installonly_limit); when the pinned kernel is not the running one, a later update may remove it.</source>
        <translation>dnf 只保留 3 个内核（默认值，installonly_limit）；如果固定的内核不是正在运行的内核，之后的更新可能会将其删除。</translation>
    </message>
    <message>
        <source>Kernel %1 is already locked and the boot default; nothing to change.</source>
        <translation>内核 %1 已经锁定并且是默认启动项，无需更改。</translation>
    </message>
    <message>
        <source>No GRUB entry for %1 was found in %2; only the package hold is applied. Choose the kernel in the GRUB menu at boot.</source>
        <translation>在 %2 中找不到 %1 的 GRUB 条目；只会保留该软件包。请在启动时于 GRUB 菜单中选择该内核。</translation>
    </message>
    <message>
        <source>%1 is already held and the boot default; nothing to change.</source>
        <translation>%1 已经被保留并且是默认启动项，无需更改。</translation>
    </message>
    <message>
        <source>grubby reports &apos;%1&apos; as the default kernel, not %2.</source>
        <translation>grubby 报告的默认内核是“%1”，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 holds no lock of kernel-core at %2.</source>
        <translation>%1 中没有将 kernel-core 锁定在 %2 的条目。</translation>
    </message>
    <message>
        <source>%1 holds no lock of kernel-core at %2 (%3).</source>
        <translation>%1 中没有将 kernel-core 锁定在 %2 的条目（%3）。</translation>
    </message>
    <message>
        <source>kernel-core-%1 is locked and is the boot default.</source>
        <translation>kernel-core-%1 已锁定，并且是默认启动项。</translation>
    </message>
    <message>
        <source>apt-mark showhold does not list %1.</source>
        <translation>apt-mark showhold 未列出 %1。</translation>
    </message>
    <message>
        <source>%1 is held.</source>
        <translation>%1 已被保留。</translation>
    </message>
    <message>
        <source>%1 does not hold kernel-core-%2 as it did before.</source>
        <translation>%1 对 kernel-core-%2 的锁定与之前不一致。</translation>
    </message>
    <message>
        <source>The versionlock list, boot default and %1 are as before.</source>
        <translation>versionlock 列表、默认启动项和 %1 均已恢复原状。</translation>
    </message>
    <message>
        <source>%1 is held, unlike before.</source>
        <translation>%1 被保留了，与之前不同。</translation>
    </message>
    <message>
        <source>%1 is not held, unlike before.</source>
        <translation>%1 未被保留，与之前不同。</translation>
    </message>
    <message>
        <source>%1 and GRUB_DEFAULT are as before.</source>
        <translation>%1 和 GRUB_DEFAULT 均已恢复原状。</translation>
    </message>
    <message>
        <source>%1 is already %2 and %3 keeps it so; nothing to change.</source>
        <translation>%1 已经是 %2，且 %3 会保持如此；无需更改。</translation>
    </message>
    <message>
        <source>%1 reads &apos;%2&apos; after writing %3.</source>
        <translation>写入 %3 后 %1 读出的是“%2”。</translation>
    </message>
    <message>
        <source>%1 reads %2 and %3 keeps it at boot.</source>
        <translation>%1 读出 %2，%3 会在启动时保持该值。</translation>
    </message>
    <message>
        <source>%1 reads &apos;%2&apos;, expected %3.</source>
        <translation>%1 读出“%2”，预期为 %3。</translation>
    </message>
    <message>
        <source>%1 reads %2 again and %3 is as before.</source>
        <translation>%1 再次读出 %2，%3 恢复原样。</translation>
    </message>
    <message>
        <source>Holes in files written in the last few seconds are no longer reported, so copies of such sparse files take more space. This makes openzfs/zfs#15526 much rarer but does not rule it out: upgrade OpenZFS to 2.1.14, 2.2.2 or newer.</source>
        <translation>最近几秒内写入的文件中的空洞将不再被报告，因此这类稀疏文件的副本会占用更多空间。这使 openzfs/zfs#15526 罕见得多，但不能排除：请将 OpenZFS 升级到 2.1.14、2.2.2 或更新版本。</translation>
    </message>
</context>
<context>
    <name>zd::Remote</name>
    <message>
        <source>the host is empty; expected [user@]HOST[:port]</source>
        <translation>主机为空；应为 [user@]HOST[:port]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, not starting with &apos;-&apos;)</source>
        <translation>“%1”不是有效的用户名（字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;，不能以 &apos;-&apos; 开头）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has &apos;[&apos; without &apos;]&apos;</source>
        <translation>“%1”中有 &apos;[&apos; 却没有 &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after &apos;]&apos; in &apos;%2&apos;</source>
        <translation>“%2”中 &apos;]&apos; 之后出现了意外的“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or address</source>
        <translation>“%1”不是有效的主机名或地址</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; uses brackets but is not an IPv6 address</source>
        <translation>“[%1]”使用了方括号，但不是 IPv6 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1 to 65535)</source>
        <translation>“%1”不是有效的端口（1 到 65535）</translation>
    </message>
    <message>
        <source>Host key verification failed for %1: its key is not in your known_hosts or does not match it. Connect once with `ssh %1`, check the fingerprint, and accept it; ZFS Doctor never skips this check.</source>
        <translation>%1 的主机密钥验证失败：其密钥不在您的 known_hosts 中或与之不符。请先用 `ssh %1` 连接一次，核对指纹并接受；ZFS Doctor 从不跳过这项检查。</translation>
    </message>
    <message>
        <source>Permission denied by %1: none of your SSH keys (or agent identities) is accepted. ZFS Doctor never asks for a password; add your public key to the remote user&apos;s authorized keys.</source>
        <translation>%1 拒绝访问：您的 SSH 密钥（或 agent 中的身份）都未被接受。ZFS Doctor 从不询问密码；请把您的公钥加入远程用户的 authorized keys。</translation>
    </message>
    <message>
        <source>Connection to %1 refused: no SSH server is listening there (is SSH enabled on the remote, and the port right?).</source>
        <translation>连接 %1 被拒绝：那里没有 SSH 服务器在监听（远程系统是否启用了 SSH，端口是否正确？）。</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake in time: the host or its SSH server is not answering.</source>
        <translation>%1 未能及时完成 SSH 握手：主机或其 SSH 服务器没有响应。</translation>
    </message>
    <message>
        <source>%1 stopped responding during the session (keep-alive probes went unanswered); the connection was closed.</source>
        <translation>%1 在会话期间停止响应（keep-alive 探测无应答）；连接已关闭。</translation>
    </message>
    <message>
        <source>The host name in %1 does not resolve.</source>
        <translation>%1 中的主机名无法解析。</translation>
    </message>
    <message>
        <source>%1 is unreachable from here (%2).</source>
        <translation>从这里无法访问 %1（%2）。</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost (%2).</source>
        <translation>与 %1 的 SSH 连接已断开（%2）。</translation>
    </message>
    <message>
        <source>ssh to %1 failed without a message.</source>
        <translation>ssh 连接 %1 失败，没有任何消息。</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh 连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>The OpenSSH client (`%1`) is not installed on this machine.</source>
        <translation>本机未安装 OpenSSH 客户端（`%1`）。</translation>
    </message>
    <message>
        <source>Could not create a private directory for the SSH control socket in %1.</source>
        <translation>无法在 %1 中为 SSH 控制套接字创建私有目录。</translation>
    </message>
    <message>
        <source>Could not start the OpenSSH client `%1`.</source>
        <translation>无法启动 OpenSSH 客户端 `%1`。</translation>
    </message>
    <message>
        <source>%1 did not complete the SSH handshake within %2 s.</source>
        <translation>%1 未在 %2 秒内完成 SSH 握手。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB for one request; it was cut off and nothing of it was used.</source>
        <translation>%1 为一个请求发送了超过 %2 MiB 的数据；已将其截断，且未使用其中任何内容。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was abandoned.</source>
        <translation>%1 未在 %2 秒内应答；已放弃该请求。</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost during the session: the remote stopped answering or closed the connection.</source>
        <translation>会话期间与 %1 的 SSH 连接中断：远程主机不再应答或关闭了连接。</translation>
    </message>
</context>
<context>
    <name>zd::RemoteFix</name>
    <message>
        <source>This is TrueNAS SCALE, an appliance: changes to its base system (pinning or holding kernels, systemd drop-ins, modprobe options, installing packages) are unsupported by iXsystems, are blocked or undone by updates, and ZFS Doctor never makes them. The supported way to get a fixed OpenZFS or kernel is to update TrueNAS itself: System &gt; Update in the web interface (or its API, e.g. `midclt call update.check_available`), keeping the previous boot environment to roll back to.</source>
        <translation>这是 TrueNAS SCALE，一种一体化设备：iXsystems 不支持对其基础系统的更改（锁定或保留内核、systemd drop-in、modprobe 选项、安装软件包），这些更改会被更新阻止或撤销，ZFS Doctor 从不做这类更改。获得已修复的 OpenZFS 或内核的受支持方式是更新 TrueNAS 本身：在 Web 界面中选择 System &gt; Update（或使用其 API，例如 `midclt call update.check_available`），并保留之前的启动环境以便回滚。</translation>
    </message>
    <message>
        <source>Changes to the base system (kernel pins, systemd drop-ins, modprobe options) are not made over --host. Run ZFS Doctor on that machine itself, where the privileged helper applies them with polkit authorization, a journal and undo.</source>
        <translation>不会通过 --host 更改基础系统（锁定内核、systemd drop-in、modprobe 选项）。请在那台机器上直接运行 ZFS Doctor，由特权辅助程序在 polkit 授权下应用这些更改，并记录日志、支持撤销。</translation>
    </message>
    <message>
        <source>could not tell which user we are on %1 (%2)</source>
        <translation>无法确定在 %1 上以哪个用户身份登录（%2）</translation>
    </message>
    <message>
        <source>zfs is not installed on %1</source>
        <translation>%1 上未安装 zfs</translation>
    </message>
    <message>
        <source>the ZFS on %1 has no &apos;direct&apos; property (added in OpenZFS 2.3.0): there is nothing to change</source>
        <translation>%1 上的 ZFS 没有“direct”属性（OpenZFS 2.3.0 起才有）：没有可更改的内容</translation>
    </message>
    <message>
        <source>could not read direct on %1 at %2 (%3)</source>
        <translation>无法读取 %2 上 %1 的 direct（%3）</translation>
    </message>
    <message>
        <source>%1 for %2 on %3 (is it a filesystem?)</source>
        <translation>%3 上的 %2：%1（它是文件系统吗？）</translation>
    </message>
    <message>
        <source>direct is already %1 on %2 (%3)</source>
        <translation>%2 的 direct 已经是 %1（%3）</translation>
    </message>
    <message>
        <source>change %1 was made on %2, not on %3</source>
        <translation>更改 %1 是在 %2 上做的，而不是在 %3 上</translation>
    </message>
    <message>
        <source>change %1 was already undone</source>
        <translation>更改 %1 已经撤销</translation>
    </message>
    <message>
        <source>direct on %1 already is %2 (%3): nothing to undo</source>
        <translation>%1 的 direct 已经是 %2（%3）：无需撤销</translation>
    </message>
    <message>
        <source>direct on %1 was changed again since (now %2, %3; ZFS Doctor left it %4, %5): undoing would overwrite that change</source>
        <translation>%1 的 direct 此后又被更改过（现在为 %2，%3；ZFS Doctor 当时留下的是 %4，%5）：撤销会覆盖那次更改</translation>
    </message>
    <message>
        <source>this change needs the warnings acknowledged first: %1</source>
        <translation>此更改需要先确认以下警告：%1</translation>
    </message>
    <message>
        <source>this plan was made for %1, not %2</source>
        <translation>此计划是为 %1 制定的，而不是 %2</translation>
    </message>
</context>
<context>
    <name>zd::ScanReport</name>
    <message>
        <source>not affected (latent)</source>
        <translation>不受影响（潜在）</translation>
    </message>
    <message>
        <source>AFFECTED</source>
        <translation>受影响</translation>
    </message>
    <message>
        <source>AT RISK</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>不受影响</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>kmod %1</source>
        <translation>kmod %1</translation>
    </message>
    <message>
        <source>, userland %1</source>
        <translation>，用户态 %1</translation>
    </message>
    <message>
        <source>userland %1 (module not loaded)</source>
        <translation>用户态 %1（模块未加载）</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>受影响</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>confirmed by a probe on this system</source>
        <translation>已由本系统上的探测确认</translation>
    </message>
    <message>
        <source>inferred from versions and configuration</source>
        <translation>根据版本和配置推断</translation>
    </message>
    <message>
        <source>rests on an unconfirmed upstream fact</source>
        <translation>依据一项未经证实的上游事实</translation>
    </message>
    <message>
        <source>no known OpenZFS compatibility problems affect this system</source>
        <translation>本系统不受任何已知 OpenZFS 兼容性问题影响</translation>
    </message>
    <message>
        <source>latent: %1 (this ZFS has the bug; nothing here triggers it)</source>
        <translation>潜在：%1（此 ZFS 带有该缺陷；此处没有任何东西会触发它）</translation>
    </message>
    <message>
        <source>latent: %1 (this ZFS has the bugs; nothing here triggers them)</source>
        <translation>潜在：%1（此 ZFS 带有这些缺陷；此处没有任何东西会触发它们）</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 %2 (severity %3)</source>
        <translation>%1 %2（严重程度 %3）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>next step: </source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>undecided: </source>
        <translation>无法判定：</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>conflict: </source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>undo: </source>
        <translation>撤销：</translation>
    </message>
    <message>
        <source>(%1 more: zfs-doctor explain %2)</source>
        <translation>（另有 %1 项：zfs-doctor explain %2）</translation>
    </message>
    <message>
        <source>see</source>
        <translation>参见</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>unknown distribution</source>
        <translation>未知发行版</translation>
    </message>
    <message>
        <source> (upstream %1)</source>
        <translation>（上游 %1）</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>zfs</source>
        <translation>zfs</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source> on %1 %2</source>
        <translation> 位于 %1 %2</translation>
    </message>
    <message>
        <source>, direct I/O on</source>
        <translation>，Direct I/O 开</translation>
    </message>
    <message>
        <source>, direct I/O off</source>
        <translation>，Direct I/O 关</translation>
    </message>
    <message>
        <source>, direct I/O not known</source>
        <translation>，Direct I/O 未知</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>，只读</translation>
    </message>
    <message>
        <source>loop</source>
        <translation>loop</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>sysext</source>
        <translation>sysext</translation>
    </message>
    <message>
        <source>kernlog</source>
        <translation>内核日志</translation>
    </message>
    <message>
        <source>this system</source>
        <translation>本系统</translation>
    </message>
    <message>
        <source>incomplete: %1 lacks what every verdict needs, so no problem was judged:</source>
        <translation>不完整：%1 缺少所有结论都需要的信息，因此没有判定任何问题：</translation>
    </message>
    <message>
        <source>Capture the system again on that machine with `zfs-doctor capture FILE` (as root to include everything).</source>
        <translation>请在那台机器上用 `zfs-doctor capture FILE` 重新采集系统信息（以 root 运行可包含全部内容）。</translation>
    </message>
    <message>
        <source>hint: ZFS is not installed here (no zfs command, no zfs kernel module), so none of the known problems can occur.
</source>
        <translation>提示：此处未安装 ZFS（没有 zfs 命令，也没有 zfs 内核模块），因此任何已知问题都不会发生。
</translation>
    </message>
    <message>
        <source>%1 of %2 known problems need attention on %3:
</source>
        <translation>%3 上有 %1 个（共 %2 个）已知问题需要处理：
</translation>
    </message>
    <message>
        <source>could not decide %1 problem(s):</source>
        <translation>有 %1 个问题无法判定：</translation>
    </message>
    <message>
        <source>not affected:
</source>
        <translation>不受影响：
</translation>
    </message>
    <message>
        <source>collector notes:</source>
        <translation>采集器说明：</translation>
    </message>
    <message>
        <source>%1 problem(s) need attention</source>
        <translation>有 %1 个问题需要处理</translation>
    </message>
    <message>
        <source>incomplete: the kernel and ZFS records are missing</source>
        <translation>不完整：缺少内核和 ZFS 记录</translation>
    </message>
    <message>
        <source>%1 problem(s) could not be decided</source>
        <translation>有 %1 个问题无法判定</translation>
    </message>
    <message>
        <source># ZFS Doctor report</source>
        <translation># ZFS Doctor 报告</translation>
    </message>
    <message>
        <source>- Source: %1</source>
        <translation>- 来源：%1</translation>
    </message>
    <message>
        <source>- Collected: %1</source>
        <translation>- 采集时间：%1</translation>
    </message>
    <message>
        <source>- System: %1</source>
        <translation>- 系统：%1</translation>
    </message>
    <message>
        <source>- Kernel: `%1`</source>
        <translation>- 内核：`%1`</translation>
    </message>
    <message>
        <source>- ZFS: %1</source>
        <translation>- ZFS：%1</translation>
    </message>
    <message>
        <source>- ZFS Doctor: %1</source>
        <translation>- ZFS Doctor：%1</translation>
    </message>
    <message>
        <source>## Verdict</source>
        <translation>## 结论</translation>
    </message>
    <message>
        <source>%1 known problem(s) need attention.</source>
        <translation>有 %1 个已知问题需要处理。</translation>
    </message>
    <message>
        <source>| # | Problem | Status | Confidence |</source>
        <translation>| # | 问题 | 状态 | 依据 |</translation>
    </message>
    <message>
        <source>**Status:** %1. %2</source>
        <translation>**状态：**%1。%2</translation>
    </message>
    <message>
        <source>**Next step:** %1</source>
        <translation>**下一步：**%1</translation>
    </message>
    <message>
        <source>**Undecided because:** %1</source>
        <translation>**无法判定的原因：**%1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <source>**deciding:** </source>
        <translation>**决定性：**</translation>
    </message>
    <message>
        <source>Remedies, safest first:</source>
        <translation>处理方案（最安全的在前）：</translation>
    </message>
    <message>
        <source>   Conflict: %1</source>
        <translation>   冲突：%1</translation>
    </message>
    <message>
        <source>   Undo: `%1`</source>
        <translation>   撤销：`%1`</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>参考资料：</translation>
    </message>
    <message>
        <source>## What could not be determined</source>
        <translation>## 无法确定的内容</translation>
    </message>
    <message>
        <source>&lt;title&gt;ZFS Doctor report&lt;/title&gt;</source>
        <translation>&lt;title&gt;ZFS Doctor 报告&lt;/title&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;ZFS Doctor report&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ZFS Doctor 报告&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Source: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;来源：%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Collected: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;采集时间：%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;System: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;系统：%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Kernel: &lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;内核：&lt;code&gt;%1&lt;/code&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;ZFS: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;ZFS：%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;Problem&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Confidence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;问题&lt;/th&gt;&lt;th&gt;状态&lt;/th&gt;&lt;th&gt;依据&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next step: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;下一步：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Undecided because: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法判定的原因：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;strong&gt;deciding:&lt;/strong&gt; </source>
        <translation>&lt;strong&gt;决定性：&lt;/strong&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Conflict: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;冲突：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Undo: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;撤销：&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>zd::Snapshot</name>
    <message>
        <source>the file is empty, not a ZFS Doctor snapshot</source>
        <translation>文件为空，不是 ZFS Doctor 快照</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); the file is truncated or not a ZFS Doctor snapshot</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）；文件不完整，或不是 ZFS Doctor 快照</translation>
    </message>
    <message>
        <source>the JSON document is an array, but a snapshot is an object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>该 JSON 文档是数组，而快照是带有 &quot;format&quot;: &quot;%1&quot; 的对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; is %1, expected &quot;%2&quot;: not a ZFS Doctor snapshot</source>
        <translation>&quot;format&quot; 为 %1，应为 &quot;%2&quot;：不是 ZFS Doctor 快照</translation>
    </message>
    <message>
        <source>the snapshot uses schema %1, but this ZFS Doctor (%2) reads schema %3 and older; update ZFS Doctor to read it</source>
        <translation>该快照使用架构 %1，但此 ZFS Doctor（%2）只能读取架构 %3 及更早版本；请更新 ZFS Doctor 以读取它</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: no such file</source>
        <translation>无法读取快照 %1：文件不存在</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: it is a directory</source>
        <translation>无法读取快照 %1：它是一个目录</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: %2 bytes is far larger than any snapshot (limit %3)</source>
        <translation>无法读取快照 %1：%2 字节远大于任何快照（上限 %3）</translation>
    </message>
    <message>
        <source>cannot read snapshot %1: %2</source>
        <translation>无法读取快照 %1：%2</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>快照 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 已存在；使用 --force 可替换它</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 是一个目录</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>zd::SystemTarget</name>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>zd::SystemdCollector</name>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>systemctl is not installed: this system does not run systemd, so systemd-sysext and its loop devices play no part (%1).</source>
        <translation>未安装 systemctl：此系统不运行 systemd，因此 systemd-sysext 及其 loop 设备无关紧要（%1）。</translation>
    </message>
    <message>
        <source>Whether systemd is installed is not known (%1), so systemd-sysext&apos;s images and settings are unknown.</source>
        <translation>不知道是否安装了 systemd（%1），因此 systemd-sysext 的镜像和设置未知。</translation>
    </message>
    <message>
        <source>%1 failed (%2).</source>
        <translation>%1 执行失败（%2）。</translation>
    </message>
    <message>
        <source>%1 printed &apos;%2&apos;, which does not name a systemd version.</source>
        <translation>%1 输出了“%2”，其中没有 systemd 版本。</translation>
    </message>
    <message>
        <source>systemd is not the running service manager here (%1 does not exist); the unit files of %2 were read directly.</source>
        <translation>这里运行的服务管理器不是 systemd（%1 不存在）；已直接读取 %2 的单元文件。</translation>
    </message>
    <message>
        <source>`systemctl show %1` printed no usable properties; the unit files were read directly instead.</source>
        <translation>`systemctl show %1` 没有输出可用的属性；已改为直接读取单元文件。</translation>
    </message>
    <message>
        <source>`systemctl show %1` failed (%2); the unit files were read directly instead.</source>
        <translation>`systemctl show %1` 执行失败（%2）；已改为直接读取单元文件。</translation>
    </message>
    <message>
        <source>The unit files of %1 on disk set %2 to &apos;%3&apos; but systemd has &apos;%4&apos; loaded: run `%5`.</source>
        <translation>磁盘上 %1 的单元文件将 %2 设为“%3”，但 systemd 加载的是“%4”：请运行 `%5`。</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Could not list %1 (%2).</source>
        <translation>无法列出 %1（%2）。</translation>
    </message>
    <message>
        <source>dpkg lists systemd version &apos;%1&apos;, which does not name a systemd release.</source>
        <translation>dpkg 列出的 systemd 版本“%1”不是一个 systemd 发行版本。</translation>
    </message>
</context>
<context>
    <name>zd::VersionRanges</name>
    <message>
        <source>any version</source>
        <translation>任何版本</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 及更高版本</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>every %1 release</source>
        <translation>%1 系列的所有版本</translation>
    </message>
    <message>
        <source>%1 and later %2 releases</source>
        <translation>%1 及 %2 系列的后续版本</translation>
    </message>
    <message>
        <source>%1 up to, not including, %2</source>
        <translation>%1 起，%2 之前</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>zd::ZfsCollector</name>
    <message>
        <source>Whether the zfs module is loaded is not known, so pools and datasets were not listed.</source>
        <translation>不知道 zfs 模块是否已加载，因此没有列出存储池和数据集。</translation>
    </message>
    <message>
        <source>The zfs kernel module is not loaded (%1 is missing).</source>
        <translation>zfs 内核模块未加载（缺少 %1）。</translation>
    </message>
    <message>
        <source>Whether the zfs kernel module is loaded is not known: %1 could not be listed (%2).</source>
        <translation>不知道 zfs 内核模块是否已加载：无法列出 %1（%2）。</translation>
    </message>
    <message>
        <source>The loaded zfs module&apos;s version could not be read from %1.</source>
        <translation>无法从 %1 读取已加载的 zfs 模块的版本。</translation>
    </message>
    <message>
        <source>The zfs module parameters in %1 could not be listed (%2).</source>
        <translation>无法列出 %1 中的 zfs 模块参数（%2）。</translation>
    </message>
    <message>
        <source>The zfs module parameter %1 could not be read (%2).</source>
        <translation>无法读取 zfs 模块参数 %1（%2）。</translation>
    </message>
    <message>
        <source>The zfs command is not installed, so pools and datasets are unknown.</source>
        <translation>未安装 zfs 命令，因此存储池和数据集未知。</translation>
    </message>
    <message>
        <source>Whether the zfs tools are installed is not known (%1).</source>
        <translation>不知道是否安装了 zfs 工具（%1）。</translation>
    </message>
    <message>
        <source>Pools and datasets are not known without the zfs tools.</source>
        <translation>没有 zfs 工具，就无法得知存储池和数据集。</translation>
    </message>
    <message>
        <source>`zfs version` did not print a version (%1).</source>
        <translation>`zfs version` 没有输出版本（%1）。</translation>
    </message>
    <message>
        <source>`zpool list` failed (%1).</source>
        <translation>`zpool list` 执行失败（%1）。</translation>
    </message>
    <message>
        <source>`zfs get` failed, so dataset properties are unknown (%1).</source>
        <translation>`zfs get` 执行失败，因此数据集属性未知（%1）。</translation>
    </message>
</context>
<context>
    <name>zd::ZfsParsers</name>
    <message>
        <source>zpool list line %1 has %2 columns instead of 5: %3</source>
        <translation>zpool list 第 %1 行有 %2 列，而不是 5 列：%3</translation>
    </message>
    <message>
        <source>zfs get line %1 %2: %3</source>
        <translation>zfs get 第 %1 行%2：%3</translation>
    </message>
    <message>
        <source>has %1 columns instead of 4</source>
        <translation>有 %1 列，而不是 4 列</translation>
    </message>
    <message>
        <source>names property &apos;%1&apos; that was not asked for</source>
        <translation>给出了未查询的属性“%1”</translation>
    </message>
    <message>
        <source>returns to dataset &apos;%1&apos; after another dataset</source>
        <translation>在另一个数据集之后又回到数据集“%1”</translation>
    </message>
</context>
<context>
    <name>zd::cli</name>
    <message>
        <source>Usage: zfs-doctor capture FILE [--redact] [--force] [--origin TEXT] [GLOBAL OPTIONS]

Saves the raw evidence ZFS Doctor reads on this machine (files, directory
listings and command outputs) and the facts derived from it into FILE, a
snapshot that `zfs-doctor --snapshot FILE` analyses anywhere. Nothing is
changed on the system. With --snapshot/--demo, re-captures that snapshot:
same evidence, origin and time, facts re-derived by this version.
With --host [user@]HOST[:port], captures that machine over SSH instead: the
same snapshot a capture run there would write, read-only, nothing left
behind; its origin says &quot;captured over ssh HOST&quot;.

  --redact       replace host, pool, dataset, user, mount point, loop backing
                 file and sysext image names with neutral ones (pool1, fs1,
                 user1...); versions, properties and messages are kept
  --force        replace FILE if it exists (it is written atomically)
  --origin TEXT  say where this capture comes from (stored in the file)

</source>
        <translation>用法：zfs-doctor capture FILE [--redact] [--force] [--origin TEXT] [GLOBAL OPTIONS]

把 ZFS Doctor 在本机读取的原始证据（文件、目录列表和命令输出）以及由此得出的
事实保存到 FILE 中。这个快照可以在任何地方用 `zfs-doctor --snapshot FILE`
分析。系统上不做任何更改。配合 --snapshot/--demo 时，重新采集该快照：证据、
来源和时间不变，事实由本版本重新推导。配合 --host [user@]HOST[:port] 时，
改为通过 SSH 采集那台机器：得到的快照与在那里运行 capture 相同，只读，不留
任何痕迹；其来源标注为 &quot;captured over ssh HOST&quot;。

  --redact       把主机、池、数据集、用户、挂载点、loop 后备文件和 sysext
                 镜像的名称替换为中性名称（pool1、fs1、user1...）；版本、
                 属性和消息保持不变
  --force        若 FILE 已存在则替换（以原子方式写入）
  --origin TEXT  说明这次采集的来源（保存在文件中）

</translation>
    </message>
    <message>
        <source>capture: --origin needs a text</source>
        <translation>capture：--origin 需要一段文字</translation>
    </message>
    <message>
        <source>capture: unknown option &apos;%1&apos; (see zfs-doctor capture --help)</source>
        <translation>capture：未知选项“%1”（参见 zfs-doctor capture --help）</translation>
    </message>
    <message>
        <source>capture: expected one FILE, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>capture：只需要一个 FILE，却给出了“%1”和“%2”</translation>
    </message>
    <message>
        <source>capture: which file? (zfs-doctor capture FILE)</source>
        <translation>capture：写入哪个文件？（zfs-doctor capture FILE）</translation>
    </message>
    <message>
        <source>capture: %1</source>
        <translation>capture：%1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 evidence records%3)
</source>
        <translation>已写入 %1（%2 条证据记录%3）
</translation>
    </message>
    <message>
        <source>, redacted</source>
        <translation>，已脱敏</translation>
    </message>
    <message>
        <source>cannot load the knowledge base: %1</source>
        <translation>无法加载知识库：%1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  nothing applies: no known problem is affected or at risk; latent ones are
     quiet (or the command succeeded)
  1  at least one known problem is affected or at risk (scan)
  2  bad command line (unknown command, option or problem id)
  3  could not complete (unreadable, invalid or incomplete snapshot, a verdict that
     could not be decided, knowledge base missing, file not writable, ...)
</source>
        <translation>退出码：
  0  没有适用的问题：没有已知问题受影响或有风险；潜在问题不提示
     （或命令执行成功）
  1  至少有一个已知问题受影响或有风险（scan）
  2  命令行错误（未知的命令、选项或问题 ID）
  3  无法完成（快照无法读取、无效或不完整，有结论无法判定，缺少知识库，
     文件不可写，……）
</translation>
    </message>
    <message>
        <source>Global options (accepted by every command, before or after it):
  --snapshot FILE  analyse a captured system instead of this machine
  --demo NAME      analyse a bundled demo snapshot; --demo list lists them
  --host [user@]HOST[:port]
                   collect from another machine over SSH (your OpenSSH client,
                   keys and ~/.ssh/config; key authentication only); nothing is
                   installed or changed there. Not with --snapshot/--demo
  --json           machine-readable output (JSON on stdout)
  -v, -vv          more detail; log to stderr (info, debug)
  -h, --help       show help (zfs-doctor COMMAND --help for one command)
  --version        print the version
</source>
        <translation>全局选项（所有命令均可使用，放在命令之前或之后均可）：
  --snapshot FILE  分析一个已采集的系统，而不是本机
  --demo NAME      分析一个随附的演示快照；--demo list 列出全部
  --host [user@]HOST[:port]
                   通过 SSH 从另一台机器采集（使用您的 OpenSSH 客户端、密钥和
                   ~/.ssh/config；仅支持密钥认证）；不会在那里安装或更改任何
                   东西。不能与 --snapshot/--demo 同用
  --json           机器可读输出（JSON 输出到 stdout）
  -v, -vv          更多细节；日志输出到 stderr（info、debug）
  -h, --help       显示帮助（zfs-doctor COMMAND --help 显示单个命令的帮助）
  --version        显示版本
</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

Finds the known compatibility problems between OpenZFS, the Linux kernel, loop
devices and systemd on this system, explains them and shows the remedies.

Without a command, zfs-doctor opens its window when a display exists
(DISPLAY or WAYLAND_DISPLAY); --snapshot FILE, --demo NAME and --host HOST
open a captured, demo or remote system there. Without a display it prints
this help.

Commands:
</source>
        <translation>用法：zfs-doctor [GLOBAL OPTIONS] COMMAND [ARGUMENTS]

查找本系统上 OpenZFS、Linux 内核、loop 设备与 systemd 之间已知的兼容性问题，
加以解释并给出处理方案。

不带命令时，如果有显示环境（DISPLAY 或 WAYLAND_DISPLAY），zfs-doctor 会打开
窗口；--snapshot FILE、--demo NAME 和 --host HOST 会在窗口中打开已采集的、
演示用的或远程的系统。没有显示环境时显示本帮助。

命令：
</translation>
    </message>
    <message>
        <source>
Examples:
  zfs-doctor scan
  zfs-doctor --demo problem1-sysext-fedora41 scan
  zfs-doctor explain 1
  zfs-doctor capture /tmp/this-system.json --redact
  zfs-doctor --host admin@nas scan
  zfs-doctor --host admin@nas capture nas.json
</source>
        <translation>
示例：
  zfs-doctor scan
  zfs-doctor --demo problem1-sysext-fedora41 scan
  zfs-doctor explain 1
  zfs-doctor capture /tmp/this-system.json --redact
  zfs-doctor --host admin@nas scan
  zfs-doctor --host admin@nas capture nas.json
</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor explain ID|NUMBER [GLOBAL OPTIONS]

Explains one known problem (by its id, e.g. sysext-odirect-einval, or its
number, 1 to N): what goes wrong, why, which versions, how to fix it. Then shows
this system&apos;s evidence for it (or the snapshot&apos;s, with --snapshot/--demo).
With --json prints {&quot;problem&quot;, &quot;explanation&quot; (Markdown), &quot;finding&quot;}.

</source>
        <translation>用法：zfs-doctor explain ID|NUMBER [GLOBAL OPTIONS]

解释一个已知问题（按其 ID，例如 sysext-odirect-einval，或按编号 1 到 N）：
出了什么问题、原因、涉及哪些版本、如何修复。然后显示本系统（配合
--snapshot/--demo 时为快照）与之相关的证据。配合 --json 时输出
{&quot;problem&quot;, &quot;explanation&quot;（Markdown）, &quot;finding&quot;}。

</translation>
    </message>
    <message>
        <source>explain: which problem? give an id or a number (see zfs-doctor explain --help)</source>
        <translation>explain：哪个问题？请给出 ID 或编号（参见 zfs-doctor explain --help）</translation>
    </message>
    <message>
        <source>explain: expected exactly one problem id or number, got &apos;%1&apos;</source>
        <translation>explain：只需要一个问题 ID 或编号，却给出了“%1”</translation>
    </message>
    <message>
        <source>explain: unknown problem &apos;%1&apos;; known problems: %2</source>
        <translation>explain：未知问题“%1”；已知问题：%2</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>no detector result for %1
</source>
        <translation>没有 %1 的检测结果
</translation>
    </message>
    <message>
        <source>(%1 lines)</source>
        <translation>（%1 行）</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor fix REMEDY [TARGET] [--target T] [--option O] [--yes] [--json]

Applies one remedy on this machine through the privileged helper
(zfs-doctor-helper, authorized by polkit): shows what will change and the
equivalent commands, asks (unless --yes), applies, verifies and journals it;
`zfs-doctor undo CHANGE` reverts it. REMEDY is one of:
  %1

With --host [user@]HOST[:port], changes another machine over SSH instead, and
only a dataset property: dataset-direct-standard or dataset-direct-disabled
with --target POOL/DATASET, run there as `zfs set direct=VALUE DATASET` (as
root, or through `sudo -n`). The exact remote command is shown first, the
change is read back, and the journal entry is kept on THIS machine
(~/.local/share/zfs-doctor/remote-journal/): `zfs-doctor --host HOST
history` lists it, `zfs-doctor --host HOST undo CHANGE` reverts it. On
TrueNAS SCALE the change bypasses the TrueNAS middleware; the warning is
always printed and --yes (or answering y) accepts it. Other remedies are
refused with --host: make them on that machine itself (on TrueNAS: update
TrueNAS).

  --target T   the dataset, loop device or kernel release the remedy acts on
  --option O   a remedy&apos;s variant, where it has one
  --yes, -y    do not ask (needed when standard input is not a terminal)
  --json       print the resulting journal entry as JSON

</source>
        <translation>用法：zfs-doctor fix REMEDY [TARGET] [--target T] [--option O] [--yes] [--json]

通过特权辅助程序（zfs-doctor-helper，由 polkit 授权）在本机应用一个处理方案：
显示将要更改的内容和等效命令，询问确认（除非使用 --yes），然后应用、验证并
记入日志；`zfs-doctor undo CHANGE` 可撤销。REMEDY 为以下之一：
  %1

配合 --host [user@]HOST[:port] 时，改为通过 SSH 更改另一台机器，且只能更改
数据集属性：dataset-direct-standard 或 dataset-direct-disabled，配合
--target POOL/DATASET，在那里以 `zfs set direct=VALUE DATASET` 执行（以 root
身份或通过 `sudo -n`）。会先显示确切的远程命令，更改后读回结果，日志条目保存
在本机（~/.local/share/zfs-doctor/remote-journal/）：`zfs-doctor --host HOST
history` 列出它，`zfs-doctor --host HOST undo CHANGE` 撤销它。在 TrueNAS SCALE
上，此更改会绕过 TrueNAS 中间件；总会显示警告，使用 --yes（或回答 y）表示
接受。其他处理方案在 --host 下会被拒绝：请在那台机器上自行执行（在 TrueNAS
上：更新 TrueNAS）。

  --target T   处理方案作用的数据集、loop 设备或内核版本
  --option O   处理方案的变体（如有）
  --yes, -y    不询问（标准输入不是终端时必须使用）
  --json       以 JSON 输出生成的日志条目

</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>probe needs a probe name and a dataset</source>
        <translation>probe 需要探测名称和数据集</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>参数过多</translation>
    </message>
    <message>
        <source>fix needs a remedy id (one of: %1)</source>
        <translation>fix 需要处理方案 ID（以下之一：%1）</translation>
    </message>
    <message>
        <source>--option is not used with --host</source>
        <translation>--option 不能与 --host 同用</translation>
    </message>
    <message>
        <source>Apply this change?</source>
        <translation>应用此更改？</translation>
    </message>
    <message>
        <source>undo needs one change id, or --all</source>
        <translation>undo 需要一个更改 ID 或 --all</translation>
    </message>
    <message>
        <source>with --host, undo takes one change id (zfs-doctor --host HOST history lists them); &apos;%1&apos; is not one</source>
        <translation>配合 --host 时，undo 只接受一个更改 ID（zfs-doctor --host HOST history 会列出）；“%1”不是</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>no demo snapshots in %1</source>
        <translation>%1 中没有演示快照</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see zfs-doctor --help)</source>
        <translation>未知选项“%1”（参见 zfs-doctor --help）</translation>
    </message>
    <message>
        <source>zfs-doctor %1
</source>
        <translation>zfs-doctor %1
</translation>
    </message>
    <message>
        <source>--host and %1 both name a system; give one</source>
        <translation>--host 和 %1 都指定了一个系统；请只给一个</translation>
    </message>
    <message>
        <source>--host %1: %2</source>
        <translation>--host %1：%2</translation>
    </message>
    <message>
        <source>--demo and --snapshot both name a system; give one</source>
        <translation>--demo 和 --snapshot 都指定了一个系统；请只给一个</translation>
    </message>
    <message>
        <source>unknown demo &apos;%1&apos;; available: %2</source>
        <translation>未知演示“%1”；可用的有：%2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see zfs-doctor --help)</source>
        <translation>未知命令“%1”（参见 zfs-doctor --help）</translation>
    </message>
    <message>
        <source>direct=%1 (%2)</source>
        <translation>direct=%1（%2）</translation>
    </message>
    <message>
        <source>  now:            %1
</source>
        <translation>  当前：      %1
</translation>
    </message>
    <message>
        <source>  after:          %1
</source>
        <translation>  之后：      %1
</translation>
    </message>
    <message>
        <source>  remote command: %1
</source>
        <translation>  远程命令：  %1
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  警告：%1
</translation>
    </message>
    <message>
        <source>not applying without --yes when standard input is not a terminal. Nothing was changed.</source>
        <translation>标准输入不是终端时，没有 --yes 就不会应用。未做任何更改。</translation>
    </message>
    <message>
        <source>Apply this change despite the warning above?</source>
        <translation>尽管有上述警告，仍应用此更改？</translation>
    </message>
    <message>
        <source>Nothing was changed.
</source>
        <translation>未做任何更改。
</translation>
    </message>
    <message>
        <source>Change %1 on %2 (%3 direct on %4): %5
</source>
        <translation>更改 %1，位于 %2（%3 %4 的 direct）：%5
</translation>
    </message>
    <message>
        <source>undo of</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>  Undo with: zfs-doctor --host %1 undo %2
</source>
        <translation>  撤销方法：zfs-doctor --host %1 undo %2
</translation>
    </message>
    <message>
        <source>fix %1 is not made over --host: on a remote machine ZFS Doctor only changes dataset properties (%2, %3). Nothing was changed.</source>
        <translation>fix %1 不会通过 --host 执行：在远程机器上 ZFS Doctor 只更改数据集属性（%2、%3）。未做任何更改。</translation>
    </message>
    <message>
        <source>could not check which system %1 runs (%2). If it is TrueNAS SCALE: %3 Otherwise: %4</source>
        <translation>无法确认 %1 运行的是什么系统（%2）。如果是 TrueNAS SCALE：%3 否则：%4</translation>
    </message>
    <message>
        <source>%1 on %2: %3. Nothing was changed.</source>
        <translation>%1 于 %2：%3。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>unknown remedy &apos;%1&apos; (one of: %2)</source>
        <translation>未知处理方案“%1”（以下之一：%2）</translation>
    </message>
    <message>
        <source>fix %1 needs a dataset: --target POOL/DATASET</source>
        <translation>fix %1 需要数据集：--target POOL/DATASET</translation>
    </message>
    <message>
        <source>fix %1</source>
        <translation>fix %1</translation>
    </message>
    <message>
        <source>This will change dataset %1 on %2 (%3):</source>
        <translation>这将更改 %2 上的数据集 %1（%3）：</translation>
    </message>
    <message>
        <source>undo %1</source>
        <translation>undo %1</translation>
    </message>
    <message>
        <source>This will undo change %1 on dataset %2 of %3:</source>
        <translation>这将撤销 %3 上数据集 %2 的更改 %1：</translation>
    </message>
    <message>
        <source>skipped in %1: %2</source>
        <translation>在 %1 中跳过：%2</translation>
    </message>
    <message>
        <source>ZFS Doctor has made no changes on %1 (journal: %2).
</source>
        <translation>ZFS Doctor 未在 %1 上做任何更改（日志：%2）。
</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4 direct=%5 (was %6, %7)
</source>
        <translation>%1  %2  %3 %4 direct=%5（原为 %6，%7）
</translation>
    </message>
    <message>
        <source>probe is not run over --host: a probe performs real I/O on a dataset through the privileged helper (zfs-doctor-helper) of the machine it runs on. Run `zfs-doctor probe ...` on %1 itself. Nothing was run.</source>
        <translation>probe 不会通过 --host 运行：探测会经由所在机器的特权辅助程序（zfs-doctor-helper）对数据集进行真实 I/O。请在 %1 上直接运行 `zfs-doctor probe ...`。未运行任何探测。</translation>
    </message>
    <message>
        <source>For scan, 3 also means: the snapshot lacks the kernel and ZFS records every
verdict needs (incomplete), or no problem is affected or at risk but one could
not be decided (a deciding fact was not readable). Latent problems exit 0.
</source>
        <translation>对 scan 而言，3 还表示：快照缺少所有结论都需要的内核和 ZFS 记录（不完整），
或者没有问题受影响或有风险，但有一个问题无法判定（某个决定性事实无法读取）。
潜在问题的退出码为 0。
</translation>
    </message>
    <message>
        <source>scan: --format needs a value (text, json, markdown, html)</source>
        <translation>scan：--format 需要一个值（text、json、markdown、html）</translation>
    </message>
    <message>
        <source>scan: unknown format &apos;%1&apos; (text, json, markdown, html)</source>
        <translation>scan：未知格式“%1”（text、json、markdown、html）</translation>
    </message>
    <message>
        <source>scan: unexpected argument &apos;%1&apos; (see zfs-doctor scan --help)</source>
        <translation>scan：意外的参数“%1”（参见 zfs-doctor scan --help）</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor scan [--format text|json|markdown|html] [GLOBAL OPTIONS]

Checks this machine (or the snapshot given with --snapshot/--demo) for the known
OpenZFS compatibility problems. Prints one line when none is affected or at risk
(plus one quiet &quot;latent&quot; line when this ZFS has a bug nothing here triggers);
otherwise, per problem: its id, status (an at-risk one names its next step), why
(the facts of this system that decided it), action (the safest remedies with
their exact commands) and see (upstream reports). Problems that could not be
decided are listed with the fact that is missing.

  --format FORMAT  text (default), json (same as --json: facts, findings and
                   collector notes), markdown or html (a report to share)
  -v               also list the problems that do not apply, all remedies
  -vv              also the collected facts, all evidence, collector notes and
                   the processes a scan of this machine started

</source>
        <translation>用法：zfs-doctor scan [--format text|json|markdown|html] [GLOBAL OPTIONS]

检查本机（或用 --snapshot/--demo 指定的快照）是否存在已知的 OpenZFS 兼容性
问题。若没有问题受影响或有风险，只输出一行（若此 ZFS 带有此处不会触发的缺陷，
再加一行不显眼的“潜在”说明）；否则针对每个问题输出：ID、状态（有风险的会指出
下一步）、原因（决定结论的本系统事实）、处理（最安全的处理方案及确切命令）和
参见（上游报告）。无法判定的问题会连同缺失的事实一起列出。

  --format FORMAT  text（默认）、json（同 --json：事实、结论和采集器说明）、
                   markdown 或 html（可供分享的报告）
  -v               同时列出不适用的问题和全部处理方案
  -vv              同时列出采集到的事实、全部证据、采集器说明，以及扫描本机时
                   启动的进程

</translation>
    </message>
    <message>
        <source>Change %1 (%2): %3</source>
        <translation>更改 %1（%2）：%3</translation>
    </message>
    <message>
        <source>undo [%1] %2</source>
        <translation>撤销 [%1] %2</translation>
    </message>
    <message>
        <source>This will change the system (%1):</source>
        <translation>这将更改系统（%1）：</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>equivalent commands:</source>
        <translation>等效命令：</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>It can be undone with `zfs-doctor undo CHANGE`.</source>
        <translation>可以用 `zfs-doctor undo CHANGE` 撤销。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>There was nothing to undo.</source>
        <translation>没有需要撤销的内容。</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
    <message>
        <source>ZFS Doctor has made no changes on this system.</source>
        <translation>ZFS Doctor 未在此系统上做过任何更改。</translation>
    </message>
    <message>
        <source>warning: unreadable journal entry: %1</source>
        <translation>警告：无法读取的日志条目：%1</translation>
    </message>
    <message>
        <source>Usage: zfs-doctor check-kernel RELEASE [GLOBAL OPTIONS]

Answers: if the installed kernel RELEASE (as `uname -r` prints it) becomes the
kernel the next boot starts, does a known problem that depends on that kernel
hit this machine (or the snapshot)? Collects like scan, takes RELEASE as the
default boot entry and prints one line per problem that would be affected or at
risk, nothing otherwise (-v: one &quot;ok&quot; line). Read-only; no privileges needed.
The kernel install hooks run it when a kernel is installed.
Problems checked: %1

</source>
        <translation>用法：zfs-doctor check-kernel RELEASE [全局选项]

回答这个问题：如果已安装的内核 RELEASE（即 `uname -r` 输出的形式）成为下次启动
的内核，依赖该内核的已知问题是否会影响本机（或快照）？像 scan 一样收集信息，
把 RELEASE 当作默认启动项，对每个将受影响或有风险的问题输出一行，否则不输出
（-v：输出一行“ok”）。只读；不需要特权。内核安装钩子会在安装内核时运行它。
检查的问题：%1

</translation>
    </message>
    <message>
        <source>Exit codes of check-kernel:
  0  no checked problem would hit with RELEASE as the next boot&apos;s kernel
  1  at least one would be affected or at risk (one line each)
  2  bad command line (no RELEASE, or not a kernel release)
  3  could not decide: RELEASE is not installed, the installed kernels could
     not be read, a verdict could not be decided, or the snapshot or knowledge
     base could not be read
</source>
        <translation>check-kernel 的退出码：
  0  以 RELEASE 作为下次启动的内核时，所检查的问题都不会出现
  1  至少有一个问题将受影响或有风险（每个一行）
  2  命令行错误（没有给出 RELEASE，或它不是内核版本号）
  3  无法判定：RELEASE 未安装，无法读取已安装的内核，有结论无法判定，
     或无法读取快照或知识库
</translation>
    </message>
    <message>
        <source>kernel %1 could not be checked: %2</source>
        <translation>无法检查内核 %1：%2</translation>
    </message>
    <message>
        <source>kernel %1: %2 (problem %3 %4, %5) Run: zfs-doctor explain %4</source>
        <translation>内核 %1：%2（问题 %3 %4，%5）详情请运行：zfs-doctor explain %4</translation>
    </message>
    <message>
        <source>kernel %1: whether problem %2 %3 would hit could not be decided: %4</source>
        <translation>内核 %1：无法判定问题 %2 %3 是否会出现：%4</translation>
    </message>
    <message>
        <source>kernel %1: ok, as the next boot&apos;s kernel it triggers none of: %2</source>
        <translation>内核 %1：正常，作为下次启动的内核，它不会触发以下任何问题：%2</translation>
    </message>
    <message>
        <source>check-kernel: which kernel? give its release as `uname -r` prints it (see zfs-doctor check-kernel --help)</source>
        <translation>check-kernel：哪个内核？请按 `uname -r` 的输出形式给出其版本号（参见 zfs-doctor check-kernel --help）</translation>
    </message>
    <message>
        <source>check-kernel: expected exactly one kernel release, got &apos;%1&apos;</source>
        <translation>check-kernel：只需要一个内核版本号，却给出了“%1”</translation>
    </message>
    <message>
        <source>check-kernel: &apos;%1&apos; is not a kernel release (expected what `uname -r` prints, for example 6.12.24-200.fc41.x86_64)</source>
        <translation>check-kernel：“%1”不是内核版本号（应为 `uname -r` 输出的形式，例如 6.12.24-200.fc41.x86_64）</translation>
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
    <name>zd::gui::DocumentationViewer</name>
    <message>
        <source>ZFS Doctor Documentation</source>
        <translation>ZFS Doctor 文档</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The documentation is not installed here. It is part of the zfs-doctor package (%1/docs) and of the source code (docs/).</source>
        <translation>此处未安装文档。文档包含在 zfs-doctor 软件包（%1/docs）和源代码（docs/）中。</translation>
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
    <message>
        <source>&lt;b&gt;Next step that triggers it:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;会触发它的下一步：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latent:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;潜在：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>this ZFS has the bug, but nothing on this system triggers it.</source>
        <translation>此 ZFS 带有该缺陷，但本系统上没有任何东西会触发它。</translation>
    </message>
    <message>
        <source>Manual step: there is no single command for this system; follow the steps above.</source>
        <translation>手动步骤：本系统没有可以一步完成的命令；请按上面的步骤操作。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;冲突：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Recommended for this system</source>
        <translation>本系统推荐的方案</translation>
    </message>
    <message>
        <source>The recommended fix above is the only one for this system.</source>
        <translation>上面推荐的处理方案是本系统唯一适用的方案。</translation>
    </message>
    <message>
        <source>Other ways for this system, safest first:</source>
        <translation>本系统的其他方案（最安全的在前）：</translation>
    </message>
    <message>
        <source>Every way to fix it, on any system</source>
        <translation>所有修复方法（适用于任何系统）</translation>
    </message>
    <message numerus="yes">
        <source>and %1 more</source>
        <translation>
            <numerusform>另有 %1 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>再显示 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>显示全文</translation>
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
    <message>
        <source>%1, severity %2</source>
        <translation>%1，严重程度 %2</translation>
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
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry reading the change history</source>
        <translation>重新读取更改历史</translation>
    </message>
    <message>
        <source>Could not read the change history: %1</source>
        <translation>无法读取更改历史：%1</translation>
    </message>
    <message>
        <source>Could not undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
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
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>&amp;Capture Snapshot…</source>
        <translation>采集快照(&amp;C)…</translation>
    </message>
    <message>
        <source>Save what ZFS Doctor read, to show it elsewhere or attach it to a bug report</source>
        <translation>保存 ZFS Doctor 读取到的内容，以便在别处查看或附加到错误报告中</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read again what is shown (F5)</source>
        <translation>重新读取当前显示的内容（F5）</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Capture Snapshot</source>
        <translation>采集快照</translation>
    </message>
    <message>
        <source>A snapshot records what ZFS Doctor reads on %1, so that it can be shown on another machine or attached to a bug report. Nothing is changed.</source>
        <translation>快照会记录 ZFS Doctor 在 %1 上读取的内容，以便在另一台机器上查看或附加到错误报告中。不会做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Redact host, pool, dataset and user names</source>
        <translation>隐去主机、池、数据集和用户名称(&amp;R)</translation>
    </message>
    <message>
        <source>Redacted names are replaced by placeholders; versions, settings and the verdicts stay the same.</source>
        <translation>隐去的名称会被占位符替换；版本、设置和结论保持不变。</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>ZFS Doctor snapshots (*.json)</source>
        <translation>ZFS Doctor 快照 (*.json)</translation>
    </message>
    <message>
        <source>Capturing a snapshot to %1…</source>
        <translation>正在采集快照到 %1…</translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation>快照已写入 %1。</translation>
    </message>
    <message>
        <source>No snapshot written: %1</source>
        <translation>未写入快照：%1</translation>
    </message>
    <message>
        <source>nothing was collected that could be captured</source>
        <translation>没有采集到可保存的内容</translation>
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
        <translation>直接 I/⁠O</translation>
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
        <translation>未设置（Direct&#xa0;I/⁠O 开启）</translation>
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
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>&amp;Why unknown?</source>
        <translation>为什么未知(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;What to do…</source>
        <translation>怎么办(&amp;W)…</translation>
    </message>
    <message>
        <source>Open problem %1: %2</source>
        <translation>打开问题 %1：%2</translation>
    </message>
    <message>
        <source>ZFS is not installed: none of the known problems can occur here. Open a demo system to see how they are diagnosed.</source>
        <translation>未安装 ZFS：此处不会发生任何已知问题。打开一个演示系统，看看它们是如何被诊断的。</translation>
    </message>
    <message>
        <source>No problem was evaluated.</source>
        <translation>没有评估任何问题。</translation>
    </message>
    <message>
        <source>%1 (not in the list of datasets read)</source>
        <translation>%1（不在已读取的数据集列表中）</translation>
    </message>
    <message>
        <source>No pools: ZFS is not installed on this system.</source>
        <translation>没有池：本系统未安装 ZFS。</translation>
    </message>
    <message>
        <source>No pool is imported on this system.</source>
        <translation>本系统没有导入任何池。</translation>
    </message>
    <message>
        <source>No loop device is attached on this system.</source>
        <translation>本系统没有挂接任何 loop 设备。</translation>
    </message>
    <message>
        <source>No system extensions: this system does not run systemd.</source>
        <translation>没有系统扩展：本系统不运行 systemd。</translation>
    </message>
    <message>
        <source>No system extension image is installed on this system.</source>
        <translation>本系统没有安装系统扩展镜像。</translation>
    </message>
    <message>
        <source>No ZFS module parameters were read.</source>
        <translation>没有读取到 ZFS 模块参数。</translation>
    </message>
    <message>
        <source>The zfs kernel module is not loaded: it has no parameters now.</source>
        <translation>zfs 内核模块未加载：目前没有参数。</translation>
    </message>
    <message>
        <source>No installed kernel package was found.</source>
        <translation>没有找到已安装的内核软件包。</translation>
    </message>
    <message>
        <source>Every collector read what it needed.</source>
        <translation>每个采集器都读取到了所需的内容。</translation>
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
    <name>zd::gui::RemedyReview</name>
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
    <name>zd::gui::RemedyReviewDialog</name>
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
        <source>%1 — %2 Next, a new scan checks whether the problem is gone.</source>
        <translation>%1——%2 接下来，新的扫描会检查问题是否已消除。</translation>
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
    <message>
        <source>Scanning %1 over SSH…</source>
        <translation>正在通过 SSH 检查 %1…</translation>
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
        <source>ZFS Doctor reads versions, datasets, loop devices and systemd settings. Nothing is changed.</source>
        <translation>ZFS Doctor 读取版本、数据集、loop 设备和 systemd 设置，不做任何更改。</translation>
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
    <message>
        <source>Not affected (latent)</source>
        <translation>不受影响（潜在）</translation>
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
    <message>
        <source>%1 — %2.</source>
        <translation>%1——%2。</translation>
    </message>
    <message>
        <source>%1 on %2 — %3.</source>
        <translation>%1，位于 %2——%3。</translation>
    </message>
    <message>
        <source>What was found and what was changed.</source>
        <translation>发现了什么，更改了什么。</translation>
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
    <message>
        <source>Copied files contain &amp;zeros where the original has data</source>
        <translation>复制出的文件在原文件有数据的地方变成了零(&amp;Z)</translation>
    </message>
    <message>
        <source>ZFS or the pools are &amp;missing after a kernel update</source>
        <translation>内核更新后 ZFS 或存储池不见了(&amp;M)</translation>
    </message>
</context>
<context>
    <name>zd::gui::TroubleshootWizard</name>
    <message>
        <source>Troubleshoot a Problem</source>
        <translation>排查问题</translation>
    </message>
    <message>
        <source>%1 was scanned over SSH: this wizard explains what it finds, but probes and fixes only run on this machine, so none are offered.</source>
        <translation>%1 是通过 SSH 扫描的：此向导会解释发现的问题，但探测和修复只能在本机上运行，因此不提供。</translation>
    </message>
    <message>
        <source>This is a snapshot, not a running system: it cannot be fixed, so this wizard only explains what it finds (no probes, no fixes).</source>
        <translation>这是快照，不是正在运行的系统：它无法被修复，因此此向导只解释发现的问题（不探测，不修复）。</translation>
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
    <message>
        <source>A new scan shows whether the change took effect.</source>
        <translation>重新扫描以确认更改是否生效。</translation>
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
        <source>How each problem would be resolved on that system. Nothing can be applied from here.</source>
        <translation>各问题在该系统上将如何解决。无法从这里应用任何更改。</translation>
    </message>
    <message numerus="yes">
        <source> (%1 and %n more)</source>
        <translation>
            <numerusform> (%1 及另外 %n 项)</numerusform>
        </translation>
    </message>
</context>
</TS>
