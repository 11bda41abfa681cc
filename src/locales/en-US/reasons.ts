import type { reasons as zh } from '../zh-CN/reasons';

/** The backend's reasons in English: the very texts the backend writes (a test keeps them equal). */
export const reasons: Record<keyof typeof zh, string> = {
  'reason.scan-stopped': 'The scan was stopped by the user.',
  'reason.scan-interrupted':
    'The scan was interrupted: the console page running it was closed or reloaded. Scan the image again.',
  'reason.scan-task-missing': 'The scan task of this image no longer exists.',
  'reason.scan-failed': 'The scan failed: {detail}',
  'reason.fix-interrupted':
    'The fix was interrupted: the console page running it was closed or reloaded. Start the one-click fix again.',
  'reason.fix-failed': 'The fix failed: {detail}',
  'reason.quota-exceeded':
    'The image scan authorisations of the cloud-security scan engine are used up ({used}/{quota}). Upgrade the cloud-security engine to scan new images; images it already scanned can be scanned again.',
  'reason.delivery-http': 'The receiver answered HTTP {status}.',
  'reason.delivery-dingtalk-no-errcode':
    'The DingTalk robot answered without an errcode: the address is probably not a robot webhook.',
  'reason.delivery-dingtalk-rejected': 'DingTalk rejected the message: errcode {errcode}, {errmsg}',
  'reason.delivery-timeout': 'No complete response within {seconds} s; the request was cancelled.',
  'reason.delivery-network':
    'The request did not reach the receiver ({detail}). Likely causes: the address is unreachable from this browser (wrong host or port, DNS, firewall, VPN); the receiver does not allow cross-origin requests from this console (CORS: it must answer the preflight and send Access-Control-Allow-Origin); an http:// address called from an https:// page (mixed content); or the browser is offline.',
  'reason.delivery-invalid-url': 'Not a valid http(s) address: {url} ({reason}).',
  'reason.delivery-failed': 'The delivery failed: {detail}',
  'reason.delivery-interrupted':
    'The delivery was interrupted: the console page sending it was closed or reloaded before it finished. Send it again from its record.',
};
