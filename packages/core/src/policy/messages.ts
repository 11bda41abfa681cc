/** zh-CN / en-US texts of policy reasons, kept apart so evaluation reads as logic only. */
import type { LocalizedText } from '../inspect/inspector';
import type { IssueLevel } from './types';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

const LEVEL_TEXT: Record<IssueLevel, LocalizedText> = {
  HIGH: t('高危', 'High'),
  MEDIUM: t('中危及以上', 'Medium or higher'),
  LOW: t('低危及以上', 'Low or higher'),
  UNKNOWN: t('任意级别', 'any'),
};

export const unscannedMessage = (): LocalizedText =>
  t(
    '镜像从未扫描，策略禁止部署未扫描的镜像',
    'The image has never been scanned and the policy blocks unscanned images',
  );

export function thresholdMessage(
  count: number,
  threshold: number,
  level: IssueLevel,
  onlyFixable: boolean,
): LocalizedText {
  const levelText = LEVEL_TEXT[level];
  return t(
    `存在 ${count} 个${levelText['zh-CN']}${onlyFixable ? '可修复' : ''}漏洞（不含已忽略），达到阻断阈值 ${threshold} 个`,
    `${count} ${onlyFixable ? 'fixable ' : ''}vulnerabilities of ${levelText['en-US']} severity (excluding exceptions) reach the blocking threshold of ${threshold}`,
  );
}

const witnessText = (witnesses: readonly string[]): LocalizedText =>
  witnesses.length === 0
    ? t('受信任密钥', 'a trusted key')
    : t(`证明者 ${witnesses.join('、')}`, `witness ${witnesses.join(', ')}`);

export function signatureMissingMessage(witnesses: readonly string[]): LocalizedText {
  const who = witnessText(witnesses);
  return t(
    `镜像未加签，策略要求${who['zh-CN']}的有效签名`,
    `The image is not signed; the policy requires a valid signature by ${who['en-US']}`,
  );
}

export function signatureInvalidMessage(witnesses: readonly string[]): LocalizedText {
  const who = witnessText(witnesses);
  return t(
    `镜像签名无效（内容已变更或签名被篡改），策略要求${who['zh-CN']}的有效签名`,
    `The image's signatures are invalid (content changed or signature tampered with); the policy requires a valid signature by ${who['en-US']}`,
  );
}

export function signatureUntrustedMessage(witnesses: readonly string[], signers: readonly string[]): LocalizedText {
  const who = witnessText(witnesses);
  return t(
    `镜像的有效签名来自 ${signers.join('、')}，不是策略要求的${who['zh-CN']}`,
    `The image is validly signed by ${signers.join(', ')}, not by ${who['en-US']} as the policy requires`,
  );
}
