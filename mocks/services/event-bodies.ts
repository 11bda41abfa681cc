/**
 * Turns an event into the request a target receives: the DingTalk markdown message, or the HTTP JSON body
 * (plain data or the CloudEvents envelope). Scan and push events use the delivery library's builders; the
 * other event types (only sent by 测试发送 so far) get a generic body of the same shape as ACR's BuildCompleted
 * example, so a receiver can be tried with every type.
 */
import type { EventNotifyMethod, EventType } from '@/api/contract/events';
import {
  type AcrEvent,
  dingTalkBody,
  type EventContext,
  formatAliyunPublishTime,
  formatShanghaiIso,
  type HttpPayload,
  httpBody,
} from '../events';

/** Data of an event type the library has no builder for. */
export interface GenericEventData {
  RegionId: string;
  InstanceId: string;
  InstanceName: string;
  RepoNamespaceName: string;
  RepoName: string;
  RepoId: string;
  Tag: string;
  ImageUpdate: string;
}

export type AnyEvent = AcrEvent | { type: EventType; data: GenericEventData; context: EventContext; generic: true };

function isGeneric(event: AnyEvent): event is Extract<AnyEvent, { generic: true }> {
  return 'generic' in event;
}

const TYPE_LABEL: Record<EventType, string> = {
  'cr:Artifact:ScanCompleted': '镜像扫描完成',
  'cr:Artifact:PushCompleted': '镜像推送完成',
  'cr:Artifact:SigningCompleted': '镜像加签完成',
  'cr:Artifact:BuildCompleted': '镜像构建完成',
  'cr:Artifact:SynchronizationCompleted': '镜像同步完成',
};

/** SigningCompleted data (see `signing-event.ts`) also names the digest, the signature artifact and the signer. */
function signingLines(data: GenericEventData): string[] {
  const signing = data as GenericEventData &
    Partial<Record<'Digest' | 'SignatureTag' | 'WitnessName' | 'KeyId', string>>;
  if (!signing.SignatureTag) return [];
  return [
    `- 摘要：${signing.Digest ?? ''}`,
    `- 签名：${signing.SignatureTag}`,
    `- 证明者：${signing.WitnessName ?? ''}（密钥 ${signing.KeyId ?? ''}）`,
  ];
}

function genericBody(
  event: Extract<AnyEvent, { generic: true }>,
  method: EventNotifyMethod,
  envelope: 'plain' | 'cloudevents',
): HttpPayload {
  const { data, context } = event;
  const image = `${data.RepoNamespaceName}/${data.RepoName}:${data.Tag}`;
  if (method === 'dingding') {
    const title = `${TYPE_LABEL[event.type]}：${image}`;
    const text = [
      `#### ${title}`,
      `- 镜像：${image}`,
      `- 实例：${data.InstanceName}（${data.InstanceId}）`,
      ...signingLines(data),
    ].join('\n\n');
    return {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { title, text } }),
    };
  }
  if (envelope === 'plain') {
    return { headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(data) };
  }
  const cloudEvent = {
    id: context.id,
    source: 'acs.cr',
    specversion: '1.0',
    type: event.type,
    subject: `acs.cr:${context.regionId}:${context.accountId}:${context.instanceId}/${data.RepoNamespaceName}/${data.RepoName}`,
    time: formatShanghaiIso(context.timeMs),
    aliyunaccountid: context.accountId,
    aliyunpublishtime: formatAliyunPublishTime(context.publishTimeMs ?? context.timeMs),
    aliyuneventbusname: 'default',
    aliyunregionid: context.regionId,
    aliyunpublishaddr: context.publishAddr ?? '127.0.0.1',
    datacontenttype: 'application/json;charset=utf-8',
    data,
  };
  return {
    headers: { 'Content-Type': 'application/cloudevents+json; charset=utf-8' },
    body: JSON.stringify(cloudEvent),
  };
}

/** The headers and body a target of `method` receives for `event`. */
export function requestFor(
  event: AnyEvent,
  method: EventNotifyMethod,
  envelope: 'plain' | 'cloudevents' = 'plain',
): HttpPayload {
  if (isGeneric(event)) return genericBody(event, method, envelope);
  return method === 'dingding' ? dingTalkBody(event) : httpBody(event, { envelope });
}
