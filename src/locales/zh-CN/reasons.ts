/**
 * The backend's reasons (src/api/contract/reasons.ts) in Chinese: why a scan or fix task failed, and why an event
 * delivery did. Each key is `reason.<kind>` with the template's placeholders.
 */
export const reasons = {
  'reason.scan-stopped': '扫描已被用户停止。',
  'reason.scan-interrupted': '扫描被中断：运行扫描的控制台页面已关闭或刷新。请重新扫描该镜像。',
  'reason.scan-task-missing': '该镜像的扫描任务已不存在。',
  'reason.scan-failed': '扫描失败：{detail}',
  'reason.fix-interrupted': '修复被中断：运行修复的控制台页面已关闭或刷新。请重新发起一键修复。',
  'reason.fix-failed': '修复失败：{detail}',
  'reason.quota-exceeded':
    '云安全扫描引擎的镜像扫描授权数已用完（{used}/{quota}）。升级云安全引擎后可扫描新镜像，已扫描过的镜像可再次扫描。',
  'reason.delivery-http': '接收方返回 HTTP {status}。',
  'reason.delivery-dingtalk-no-errcode': '钉钉机器人的应答中没有 errcode：该地址可能不是机器人的 Webhook 地址。',
  'reason.delivery-dingtalk-rejected': '钉钉拒绝了该消息：errcode {errcode}，{errmsg}',
  'reason.delivery-timeout': '{seconds} 秒内未收到完整应答，请求已取消。',
  'reason.delivery-network':
    '请求未到达接收方（{detail}）。可能的原因：当前浏览器无法访问该地址（主机或端口错误、DNS、防火墙、VPN）；接收方不允许来自本控制台的跨域请求（CORS：须应答预检请求并返回 Access-Control-Allow-Origin）；在 https:// 页面中调用了 http:// 地址（混合内容）；或浏览器处于离线状态。',
  'reason.delivery-invalid-url': '不是有效的 http(s) 地址：{url}（{reason}）。',
  'reason.delivery-failed': '发送失败：{detail}',
  'reason.delivery-interrupted': '发送被中断：发送中的控制台页面在完成前已关闭或刷新。请在该记录上重新发送。',
};
