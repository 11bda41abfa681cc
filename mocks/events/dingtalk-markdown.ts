/**
 * DingTalk robot messages for ACR events, in Chinese (the console's notification language).
 *
 * ACR renders DingTalk messages from an editable EventBridge template whose default text is not published, so
 * this layout is ours. It sticks to the markdown subset DingTalk renders: `#### ` headings, `- ` lists,
 * `**bold**`, links and `> ` quotes; no tables, no HTML. Blank lines separate blocks because DingTalk clients
 * join single-newline paragraphs.
 */
import type { ScanService, ScanSeverity } from '@/api/contract/scans';
import {
  type AcrEvent,
  type HttpPayload,
  PUSH_COMPLETED,
  type PushCompletedData,
  type ScanCompletedData,
} from './scan-event';

export interface DingTalkMarkdownMessage {
  msgtype: 'markdown';
  markdown: { title: string; text: string };
}

export const SCAN_SERVICE_LABEL: Record<ScanService, string> = {
  ACR_SCAN_SERVICE: 'Trivy扫描引擎',
  SAS_SCAN_SERVICE: '云安全扫描引擎',
};

export const SEVERITY_LABEL: Record<ScanSeverity, string> = {
  High: '高危',
  Medium: '中危',
  Low: '低危',
  Unknown: '未知',
};

/** `sha256:` plus the first 12 hex digits, as registries and `docker images` abbreviate digests. */
export function shortDigest(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
  return `sha256:${hex.slice(0, 12)}`;
}

function scanMarkdown(data: ScanCompletedData): DingTalkMarkdownMessage {
  const image = `${data.RepoNamespaceName}/${data.RepoName}:${data.Tag}`;
  const failed = data.Status === 'FAILED';
  const title = `${failed ? '镜像扫描失败' : '镜像扫描完成'}：${image}`;
  const blocks: string[] = [
    `#### ${title}`,
    [
      `- 镜像：${image}`,
      `- 摘要：${shortDigest(data.Digest)}`,
      `- 实例：${data.InstanceName}（${data.InstanceId}）`,
      `- 扫描引擎：${SCAN_SERVICE_LABEL[data.ScanService]}`,
      `- 状态：${failed ? '扫描失败' : '扫描完成'}`,
      `- 镜像更新时间：${data.ImageUpdate}`,
    ].join('\n'),
  ];
  if (failed) {
    blocks.push('> 扫描未完成，未生成漏洞结果。请在控制台查看失败原因后重新扫描。');
  } else {
    blocks.push(
      [
        `#### 漏洞统计（共 ${data.TotalSeverity} 个）`,
        '',
        `- ${SEVERITY_LABEL.High}：**${data.HighSeverity}**`,
        `- ${SEVERITY_LABEL.Medium}：${data.MediumSeverity}`,
        `- ${SEVERITY_LABEL.Low}：${data.LowSeverity}`,
        `- ${SEVERITY_LABEL.Unknown}：${data.UnknownSeverity}`,
      ].join('\n'),
    );
    if (data.TopFindings.length > 0) {
      blocks.push(
        [
          '#### 主要漏洞',
          '',
          ...data.TopFindings.map(
            (f) =>
              `- **${f.CveName}**（${SEVERITY_LABEL[f.Severity]}）${f.Package} ${f.Version} → ${f.FixedVersion || '暂无修复版本'}`,
          ),
        ].join('\n'),
      );
    }
  }
  blocks.push(`[查看扫描结果](${data.ResultUrl})`);
  return { msgtype: 'markdown', markdown: { title, text: blocks.join('\n\n') } };
}

function pushMarkdown(data: PushCompletedData): DingTalkMarkdownMessage {
  const repo = data.repository;
  const image = `${repo.repo_full_name}:${data.push_data.tag}`;
  const title = `镜像推送完成：${image}`;
  const text = [
    `#### ${title}`,
    [
      `- 镜像：${image}`,
      `- 摘要：${shortDigest(data.push_data.digest)}`,
      `- 推送时间：${data.push_data.pushed_at}`,
      `- 地域：${repo.region}`,
      `- 仓库类型：${repo.repo_type === 'PUBLIC' ? '公开' : '私有'}`,
    ].join('\n'),
  ].join('\n\n');
  return { msgtype: 'markdown', markdown: { title, text } };
}

/** The DingTalk robot message for an event. */
export function dingTalkMarkdown(event: AcrEvent): DingTalkMarkdownMessage {
  return event.type === PUSH_COMPLETED ? pushMarkdown(event.data) : scanMarkdown(event.data);
}

/** The message as a request body for the robot webhook. */
export function dingTalkBody(event: AcrEvent): HttpPayload {
  return {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(dingTalkMarkdown(event)),
  };
}
