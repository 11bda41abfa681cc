import { useQuery } from '@tanstack/react-query';
import { MAIN_ACCOUNT_ID } from '@/api/contract/ram';
import { instanceQueries } from '@/api/resources/instances';
import { namespaceQueries } from '@/api/resources/namespaces';
import { useCallerIdentity } from '@/api/resources/ram';
import { useUiStore } from '@/stores/ui-store';
import { namespacePolicyTemplate } from './policy-template';

/** Stand-ins when the identity cannot list instances or namespaces (the user replaces them anyway). */
const PLACEHOLDER_INSTANCE = 'cri-xxxxxxxxxxxxxxxx';
const PLACEHOLDER_NAMESPACE = 'my-namespace';

/**
 * The 创建权限策略 template on real names: the last region's first instance and its first namespace, so the
 * document is valid and meaningful before the user edits it.
 */
export function usePolicyTemplate(enabled: boolean): string {
  const regionId = useUiStore((s) => s.lastRegionId);
  const identity = useCallerIdentity();
  const instances = useQuery({ ...instanceQueries.list({ RegionId: regionId, PageNo: 1, PageSize: 1 }), enabled });
  const instanceId = instances.data?.Instances[0]?.InstanceId;
  const namespaces = useQuery({
    ...namespaceQueries.list({ InstanceId: instanceId ?? '', PageNo: 1, PageSize: 1 }),
    enabled: enabled && Boolean(instanceId),
  });
  return namespacePolicyTemplate(
    regionId,
    identity.data?.Identity.AccountId ?? MAIN_ACCOUNT_ID,
    instanceId ?? PLACEHOLDER_INSTANCE,
    namespaces.data?.Namespaces[0]?.NamespaceName ?? PLACEHOLDER_NAMESPACE,
  );
}
