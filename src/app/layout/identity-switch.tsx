/**
 * The account area of the top bar: who the console acts as (主账号 or a RAM user), and switching to any other
 * identity. Switching resets every query, so the open page reloads as seen by the new identity.
 */
import { CheckOutlined, DownOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { type Identity, MAIN_ACCOUNT_NAME, type RamUser } from '@/api/contract/ram';
import { isMainAccount, ramQueries, useCallerIdentity, useCan, useSwitchIdentity } from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { type TFunction, useT } from '@/lib/i18n';

function identityLabel(t: TFunction, identity: Pick<Identity, 'IdentityType' | 'UserName' | 'DisplayName'>): string {
  if (isMainAccount(identity)) return t('ram.identity.main');
  return identity.DisplayName && identity.DisplayName !== identity.UserName
    ? `${identity.DisplayName} (${identity.UserName})`
    : identity.UserName;
}

export function IdentitySwitch({ account }: { account: string }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const identity = useCallerIdentity();
  const canList = useCan('ListUsers');
  const users = useQuery({ ...ramQueries.users(), enabled: canList.allowed });
  const switchTo = useSwitchIdentity();
  const current = identity.data?.Identity;
  const currentName = current?.UserName ?? MAIN_ACCOUNT_NAME;

  // A RAM user may not be allowed to list users: it can still go back to the main account.
  const ramUsers: Pick<RamUser, 'UserName' | 'DisplayName'>[] =
    users.data?.Users ?? (current && !isMainAccount(current) ? [current] : []);
  const items: MenuProps['items'] = [
    {
      key: MAIN_ACCOUNT_NAME,
      icon: currentName === MAIN_ACCOUNT_NAME ? <CheckOutlined /> : <SafetyCertificateOutlined />,
      label: `${t('ram.identity.main')} (${account})`,
    },
    { type: 'divider' },
    {
      type: 'group',
      key: 'ram-users',
      label: t('ram.identity.ram-user'),
      children: ramUsers.map((user) => ({
        key: user.UserName,
        icon: currentName === user.UserName ? <CheckOutlined /> : <UserOutlined />,
        label: user.DisplayName ? `${user.DisplayName} ${user.UserName}` : user.UserName,
      })),
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === currentName) return;
    switchTo.mutate(key, {
      onSuccess: (data) => void message.success(t('ram.identity.switched', { name: identityLabel(t, data.Identity) })),
      onError: showError,
    });
  };

  const label = current ? identityLabel(t, current) : t('ram.identity.main');
  return (
    <Dropdown menu={{ items, onClick, selectable: true, selectedKeys: [currentName] }} trigger={['click']}>
      <Button
        type="text"
        aria-label={t('ram.identity.switch')}
        title={t('ram.identity.current', { name: label })}
        loading={identity.isPending || switchTo.isPending}
      >
        <Space size={6}>
          <UserOutlined />
          <span data-testid="current-identity">{label}</span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </Button>
    </Dropdown>
  );
}
