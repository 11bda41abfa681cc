/** 设置: demo control for presenters and scripts. */
export const settings = {
  'settings.title': '设置',
  'settings.appearance.title': '外观',
  'settings.appearance.mode': '主题',
  'settings.appearance.help': '“跟随系统”按操作系统的深色/浅色设置显示；选择会在刷新后保留。',
  'settings.demo.title': '演示环境',
  'settings.demo.current': '当前环境',
  'settings.demo.seeded-at': '初始化时间',
  'settings.demo.speed': '运行速度',
  'settings.demo.speed.help': '“真实速度”模拟真实服务的耗时（如专有网络创建中）；“立即完成”适合自动化脚本。',
  'settings.demo.speed.updated': '运行速度已切换为“{speed}”',
  'settings.demo.seed': '重置为',
  'settings.demo.reset': '重置演示环境',
  'settings.demo.reset.title': '确定重置演示环境？',
  'settings.demo.reset.warning':
    '当前的所有演示数据（包括您创建的命名空间、仓库和专有网络）都将被清除，恢复为“{seed}”。',
  'settings.demo.reset.done': '演示环境已重置为“{seed}”',
  'settings.demo.url-hint':
    '也可以在地址后加上 ?demoSeed=default|fresh-no-vpc|vulnerable|clean-fleet|cloud-engine-bought|minimal|empty 或 ?demoSpeed=realistic|instant，打开页面时自动设置。',
  // Story seeds (their labels live here with the picker that offers them).
  'enum.demo-seed.fresh-no-vpc': '新账号（未配置VPC）',
  'enum.demo-seed.fresh-no-vpc.description':
    '一个刚开通的企业版实例，已推送少量镜像；未配置VPC网络、没有扫描规则、从未扫描，即批量扫描第 1 步之前的样子。',
  'enum.demo-seed.vulnerable': '漏洞镜像',
  'enum.demo-seed.vulnerable.description':
    '一个已配置VPC的实例，多个命名空间和仓库中是含大量高危漏洞的 Alpine、Debian、Node.js、Python、Java 镜像，可直接创建规则扫描。',
  'enum.demo-seed.clean-fleet': '无高危镜像',
  'enum.demo-seed.clean-fleet.description': '一个已配置VPC的实例，所有镜像均已修复，扫描不会发现高危或严重漏洞。',
  'enum.demo-seed.cloud-engine-bought': '已购云安全扫描引擎',
  'enum.demo-seed.cloud-engine-bought.description':
    '与演示环境相同，但已同意授权并购买云安全扫描引擎，acr-prod-hz 已切换到该引擎并开启同步。',
  // 演示者模式.
  'settings.presenter.title': '演示者模式',
  'settings.presenter.switch': '演示者模式',
  'settings.presenter.on': '已开启',
  'settings.presenter.off': '已关闭',
  'settings.presenter.help':
    '开启后，扫描和事件通知按真实服务的节奏进行（排队中、读取镜像清单、解析镜像层、分析软件包、匹配漏洞库，每个阶段都需要几秒），运行速度固定为“真实速度”；仅用于模拟的控件（模拟篡改、从演示目录推送、演示接收器开关）会被隐藏，可在本页使用。',
  'settings.presenter.enabled': '演示者模式已开启',
  'settings.presenter.disabled': '演示者模式已关闭',
  'settings.presenter.reset-seed': '一键重置为',
  'settings.presenter.shortcut': '快捷键',
  'settings.presenter.shortcut.help': '在任意页面按 {keys}，无需确认即重置为所选环境，并回到实例列表。',
  'settings.presenter.url-hint': '也可以在地址后加上 ?presenter=1 开启、?presenter=0 关闭演示者模式。',
  'settings.presenter.speed-locked': '演示者模式开启时，运行速度固定为“真实速度”。',
  'settings.demo.receiver': '演示接收器',
  'settings.demo.receiver.help': '钉钉机器人地址和演示域名下的地址由控制台内置的接收器应答。',
};
