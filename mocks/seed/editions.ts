/**
 * Default quotas of each edition. Basic's 15 namespaces / 1000 repositories are documented; Standard's and
 * Advanced's are the commonly cited values. VPC access is bought separately, so these are what a typical
 * purchase includes.
 */
import type { InstanceSpecification } from '@/api/contract/instances';
import type { InstanceQuota } from '../store/schema';

export const EDITION_QUOTAS: Readonly<Record<InstanceSpecification, InstanceQuota>> = {
  Enterprise_Basic: { Namespace: 15, Repo: 1000, ChartNamespace: 15, ChartRepo: 1000, Vpc: 3 },
  Enterprise_Standard: { Namespace: 25, Repo: 3000, ChartNamespace: 25, ChartRepo: 3000, Vpc: 5 },
  Enterprise_Advanced: { Namespace: 50, Repo: 5000, ChartNamespace: 50, ChartRepo: 5000, Vpc: 10 },
};
