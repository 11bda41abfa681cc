/** Chat tokens and robot webhooks: Slack, DingTalk, WeCom, Feishu/Lark. */
import type { SecretRule } from '../types';
import { t } from './text';

const WEBHOOK_FIX = t(
  '在群机器人设置中重置该 Webhook（或删除机器人后重建），并通过运行时配置注入地址。',
  'Reset the webhook in the group robot settings (or delete and recreate the robot) and pass the URL in at run time.',
);

const webhook = (id: string, zh: string, en: string, keywords: string[], pattern: string): SecretRule => ({
  id,
  title: t(`${zh} Webhook 泄露`, `${en} webhook`),
  description: t(
    `文件中包含带令牌的${zh}机器人 Webhook 地址，任何人都可借此向群内发送消息。`,
    `The file holds a ${en} robot webhook URL with its token; anyone holding it can post to the group.`,
  ),
  remediation: WEBHOOK_FIX,
  level: 'medium',
  keywords,
  pattern,
  secretGroup: 'secret',
});

export const MESSAGING_RULES: readonly SecretRule[] = [
  {
    id: 'slack-access-token',
    title: t('Slack 令牌泄露', 'Slack token'),
    description: t(
      '文件中包含 Slack 令牌（xoxb-/xoxp- 等），可用于读取和发送工作区消息。',
      'The file holds a Slack token (xoxb-, xoxp-…) that can read and post workspace messages.',
    ),
    remediation: t(
      '在 Slack 应用管理中撤销该令牌并重新签发。',
      'Revoke the token in the Slack app settings and issue a new one.',
    ),
    level: 'high',
    keywords: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
    pattern: '(?<![0-9A-Za-z_])(?<secret>xox[baprs]-[0-9A-Za-z-]{10,72})',
    secretGroup: 'secret',
  },
  webhook(
    'slack-web-hook',
    'Slack',
    'Slack',
    ['hooks.slack.com'],
    'https://hooks\\.slack\\.com/(?:services|workflows)/(?<secret>[A-Za-z0-9+/]{40,64})',
  ),
  webhook(
    'dingtalk-robot-webhook',
    '钉钉',
    'DingTalk',
    ['oapi.dingtalk.com'],
    'oapi\\.dingtalk\\.com/robot/send\\?access_token=(?<secret>[A-Za-z0-9]{32,128})',
  ),
  {
    id: 'dingtalk-robot-secret',
    title: t('钉钉机器人加签密钥泄露', 'DingTalk robot signing secret'),
    description: t(
      '文件中包含钉钉群机器人的加签密钥（SEC 开头），与 Webhook 一起即可向群内发送消息。',
      'The file holds a DingTalk robot signing secret (starting with SEC); with the webhook it lets anyone post to the group.',
    ),
    remediation: WEBHOOK_FIX,
    level: 'medium',
    keywords: ['SEC'],
    pattern: '(?<![A-Za-z0-9])(?<secret>SEC[0-9a-f]{64})(?![A-Za-z0-9])',
    secretGroup: 'secret',
  },
  webhook(
    'wecom-robot-webhook',
    '企业微信',
    'WeCom',
    ['qyapi.weixin.qq.com'],
    'qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=(?<secret>[A-Za-z0-9-]{20,64})',
  ),
  webhook(
    'feishu-robot-webhook',
    '飞书',
    'Feishu/Lark',
    ['/open-apis/bot/'],
    'open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/(?<secret>[A-Za-z0-9-]{20,64})',
  ),
];
