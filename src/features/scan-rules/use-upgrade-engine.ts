import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { paths } from '@/hooks/use-route-params';

/**
 * 升级云安全引擎: to the 云安全中心 purchase page, through 云资源访问授权 first while the access role is not
 * granted; both come back to this page when done.
 */
export function useUpgradeEngine(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  const account = useQuery(scanEngineQueries.account());
  const here = location.pathname + location.search;
  return () => {
    const buy = paths.sasBuy(here);
    navigate(account.data?.AccessRoleAuthorized ? buy : paths.ramAuthorize(buy));
  };
}
