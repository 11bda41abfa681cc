/**
 * The icons of the left navigation below the region level (instance, repository and RAM pages), in a chunk
 * of their own: the first route (the instance list) shows none of them. See nav-icon.tsx.
 */
export {
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DiffOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FolderOutlined,
  HistoryOutlined,
  InboxOutlined,
  InfoCircleOutlined,
  NotificationOutlined,
  SafetyOutlined,
  ScanOutlined,
  SecurityScanOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
