/** 测试发送 (`TestEventCenterRule`, console-only): a sample event of the rule's type, sent like a real one. */
import type { ActionParams } from '@/api/contract/actions';
import type { EventType } from '@/api/contract/events';
import {
  buildPushCompletedData,
  buildScanCompletedData,
  formatShanghaiDateTime,
  PUSH_COMPLETED,
  SCAN_COMPLETED,
} from '../events';
import type { EventRuleRecord, InstanceRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import type { AnyEvent } from './event-bodies';
import { eventContext, fire, resultUrl, ruleTarget } from './event-fire';
import { requireEventRule } from './event-rules';
import { requireInstance } from './lookup';
import type { Payload } from './payload';

/** 测试发送's sample image: a plausible one in the rule's scope. */
function sampleImage(rule: EventRuleRecord) {
  return {
    namespace: rule.Namespaces[0] ?? 'demo',
    repoName: rule.RepoNames[0] ?? 'sample-app',
    tag: 'test',
  };
}

function sampleEvent(
  ctx: ServiceContext,
  type: EventType,
  instance: InstanceRecord,
  image: ReturnType<typeof sampleImage>,
): AnyEvent {
  const nowMs = ctx.clock.now();
  const context = eventContext(instance, nowMs);
  const digest = `sha256:${'0'.repeat(64)}`;
  if (type === SCAN_COMPLETED) {
    const data = buildScanCompletedData({
      regionId: instance.RegionId,
      instanceId: instance.InstanceId,
      instanceName: instance.InstanceName,
      repoId: 'crr-sampletest000000',
      repoName: image.repoName,
      namespace: image.namespace,
      tag: image.tag,
      digest,
      imageUpdateMs: nowMs,
      status: 'COMPLETE',
      counts: { High: 1, Medium: 0, Low: 0, Unknown: 0 },
      scanService: 'ACR_SCAN_SERVICE',
      findings: [
        { CveName: 'CVE-2023-5363', Severity: 'High', Package: 'openssl', Version: '3.0.11', FixedVersion: '3.0.12' },
      ],
      resultUrl: resultUrl(ctx, instance.RegionId, instance.InstanceId, 'crr-sampletest000000', image.tag),
    });
    return { type, data, context };
  }
  if (type === PUSH_COMPLETED) {
    const data = buildPushCompletedData({
      region: instance.RegionId,
      namespace: image.namespace,
      repoName: image.repoName,
      tag: image.tag,
      digest,
      pushedAtMs: nowMs,
      repoCreatedMs: nowMs,
      repoType: 'PRIVATE',
    });
    return { type, data, context };
  }
  return {
    type,
    generic: true,
    context,
    data: {
      RegionId: instance.RegionId,
      InstanceId: instance.InstanceId,
      InstanceName: instance.InstanceName,
      RepoNamespaceName: image.namespace,
      RepoName: image.repoName,
      RepoId: 'crr-sampletest000000',
      Tag: image.tag,
      ImageUpdate: formatShanghaiDateTime(nowMs),
    },
  };
}

/** `TestEventCenterRule` (console-only, 测试发送): a sample event of the rule's type, recorded with Source TEST. */
export async function testEventCenterRule(
  ctx: ServiceContext,
  params: ActionParams<'TestEventCenterRule'>,
): Promise<Payload<'TestEventCenterRule'>> {
  const { instance, rule } = await read(ctx.store, ['instances', 'eventRules'], async (tx) => ({
    instance: await requireInstance(tx, params.InstanceId),
    rule: await requireEventRule(tx, params.InstanceId, params.RuleId),
  }));
  const image = sampleImage(rule);
  const event = sampleEvent(ctx, rule.EventType, instance, image);
  const [RecordId] = await fire(ctx, event, image, [ruleTarget(rule, 'TEST')], 'test');
  return { RecordId: RecordId as string };
}
