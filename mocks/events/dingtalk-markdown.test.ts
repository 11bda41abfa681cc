import { describe, expect, it } from 'vitest';
import { dingTalkBody, dingTalkMarkdown, shortDigest } from './dingtalk-markdown';
import { DIGEST, pushEvent, scanEvent } from './test-fixtures';

const lines = (text: string) => text.split('\n');

/** DingTalk's markdown subset: no tables, no HTML. */
function expectDingTalkSubset(text: string) {
  for (const line of lines(text)) {
    expect(line).not.toMatch(/^\s*\|/);
    expect(line).not.toMatch(/<[a-z/]/i);
    if (line.startsWith('#')) expect(line).toMatch(/^#### /);
  }
}

describe('dingTalkMarkdown: scan completed', () => {
  const message = dingTalkMarkdown(scanEvent());
  const text = message.markdown.text;

  it('is a markdown message titled with the image', () => {
    expect(message.msgtype).toBe('markdown');
    expect(message.markdown.title).toBe('镜像扫描完成：prod/nginx:1.25-alpine');
    expect(lines(text)[0]).toBe('#### 镜像扫描完成：prod/nginx:1.25-alpine');
  });

  it('lists image, short digest, engine, status and time', () => {
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        '- 镜像：prod/nginx:1.25-alpine',
        '- 摘要：sha256:4f9a8c1e2b3d',
        '- 实例：demo-ee（cri-demo123）',
        '- 扫描引擎：Trivy扫描引擎',
        '- 状态：扫描完成',
        '- 镜像更新时间：2026-01-01 08:04:48',
      ]),
    );
  });

  it('counts by level', () => {
    expect(lines(text)).toEqual(
      expect.arrayContaining(['#### 漏洞统计（共 7 个）', '- 高危：**2**', '- 中危：3', '- 低危：1', '- 未知：1']),
    );
  });

  it('shows the top findings with installed → fixed versions', () => {
    const findings = lines(text).filter((l) => l.startsWith('- **CVE-'));
    expect(findings).toHaveLength(5);
    expect(findings[0]).toBe('- **CVE-2024-0001**（高危）curl 8.0.1 → 8.4.0');
    expect(findings).toContain('- **CVE-2024-0010**（中危）musl 1.2.4 → 暂无修复版本');
  });

  it('ends with a link to the result and stays in DingTalk’s subset', () => {
    expect(lines(text).at(-1)).toBe(
      '[查看扫描结果](http://127.0.0.1:4173/cn-hangzhou/instances/cri-demo123/scans/result?tag=1.25-alpine)',
    );
    expectDingTalkSubset(text);
  });

  it('names the cloud-security engine', () => {
    expect(dingTalkMarkdown(scanEvent({ scanService: 'SAS_SCAN_SERVICE' })).markdown.text).toContain(
      '- 扫描引擎：云安全扫描引擎',
    );
  });

  it('omits the findings section when there are none', () => {
    const clean = dingTalkMarkdown(scanEvent({ findings: [], counts: { High: 0, Medium: 0, Low: 0, Unknown: 0 } }));
    expect(clean.markdown.text).toContain('#### 漏洞统计（共 0 个）');
    expect(clean.markdown.text).not.toContain('主要漏洞');
  });
});

describe('dingTalkMarkdown: scan failed', () => {
  const message = dingTalkMarkdown(scanEvent({ status: 'FAILED' }));

  it('says it failed, with a quote instead of counts', () => {
    expect(message.markdown.title).toBe('镜像扫描失败：prod/nginx:1.25-alpine');
    const text = lines(message.markdown.text);
    expect(text).toContain('- 状态：扫描失败');
    expect(text.some((l) => l.startsWith('> '))).toBe(true);
    expect(message.markdown.text).not.toContain('漏洞统计');
    expect(text.at(-1)?.startsWith('[查看扫描结果](')).toBe(true);
    expectDingTalkSubset(message.markdown.text);
  });
});

describe('dingTalkMarkdown: push completed', () => {
  const message = dingTalkMarkdown(pushEvent());

  it('has its own title and lines', () => {
    expect(message.markdown.title).toBe('镜像推送完成：prod/nginx:1.25-alpine');
    expect(lines(message.markdown.text)).toEqual([
      '#### 镜像推送完成：prod/nginx:1.25-alpine',
      '',
      '- 镜像：prod/nginx:1.25-alpine',
      '- 摘要：sha256:4f9a8c1e2b3d',
      '- 推送时间：2026-01-01 08:03:00',
      '- 地域：cn-hangzhou',
      '- 仓库类型：私有',
    ]);
  });
});

describe('dingTalkBody', () => {
  it('is the JSON message with a JSON content type', () => {
    const payload = dingTalkBody(scanEvent());
    expect(payload.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(payload.body)).toEqual(dingTalkMarkdown(scanEvent()));
  });
});

describe('shortDigest', () => {
  it('keeps sha256: and 12 hex digits, with or without the prefix', () => {
    expect(shortDigest(DIGEST)).toBe('sha256:4f9a8c1e2b3d');
    expect(shortDigest(DIGEST.slice(7))).toBe('sha256:4f9a8c1e2b3d');
  });
});
