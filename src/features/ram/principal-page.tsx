import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ActionName } from '@/api/contract/actions';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { CanButton } from './can-button';
import { DeniedResult, RamErrorResult } from './use-ram-error';

interface PrincipalPageProps<Row extends object> {
  title: string;
  description: string;
  /** The create button: its label and the action it calls (disabled with the reason when denied). */
  createLabel: string;
  createAction: ActionName;
  onCreate: () => void;
  /** The list permission: a reason replaces the table, as the API would answer NoPrivilege. */
  canList: { reason?: string; loading: boolean };
  query: UseQueryResult<unknown>;
  rows: readonly Row[] | undefined;
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
  empty: { title: string; description: string };
  /** Dialogs of the page (create, pickers). */
  children?: ReactNode;
}

/** The frame of 访问控制 > 用户 and 用户组: header with 创建, then the list, its denial or its error. */
export function PrincipalPage<Row extends object>(props: PrincipalPageProps<Row>) {
  const { query, canList } = props;
  return (
    <>
      <PageHeader
        title={props.title}
        extra={
          <CanButton type="primary" icon={<PlusOutlined />} action={props.createAction} onClick={props.onCreate}>
            {props.createLabel}
          </CanButton>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {props.description}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        {canList.reason ? (
          <DeniedResult reason={canList.reason} />
        ) : query.isError ? (
          <RamErrorResult error={query.error} onRetry={() => query.refetch()} />
        ) : (
          <Table<Row>
            rowKey={props.rowKey}
            columns={props.columns}
            dataSource={props.rows}
            loading={query.isPending || canList.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: query.isPending ? (
                ' '
              ) : (
                <EmptyState title={props.empty.title} description={props.empty.description} />
              ),
            }}
          />
        )}
      </Panel>
      {props.children}
    </>
  );
}
