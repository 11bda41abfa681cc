/** Regions offered by the console's region selector, in its order, with their Chinese and English names. */
import type { RegionRecord } from '../store/schema';

export const REGIONS: readonly RegionRecord[] = [
  { RegionId: 'cn-hangzhou', ZhName: '华东1（杭州）', EnName: 'China (Hangzhou)', Order: 1 },
  { RegionId: 'cn-shanghai', ZhName: '华东2（上海）', EnName: 'China (Shanghai)', Order: 2 },
  { RegionId: 'cn-qingdao', ZhName: '华北1（青岛）', EnName: 'China (Qingdao)', Order: 3 },
  { RegionId: 'cn-beijing', ZhName: '华北2（北京）', EnName: 'China (Beijing)', Order: 4 },
  { RegionId: 'cn-zhangjiakou', ZhName: '华北3（张家口）', EnName: 'China (Zhangjiakou)', Order: 5 },
  { RegionId: 'cn-shenzhen', ZhName: '华南1（深圳）', EnName: 'China (Shenzhen)', Order: 6 },
  { RegionId: 'cn-hongkong', ZhName: '中国香港', EnName: 'China (Hong Kong)', Order: 7 },
  { RegionId: 'ap-southeast-1', ZhName: '新加坡', EnName: 'Singapore', Order: 8 },
  { RegionId: 'ap-northeast-1', ZhName: '日本（东京）', EnName: 'Japan (Tokyo)', Order: 9 },
  { RegionId: 'us-west-1', ZhName: '美国（硅谷）', EnName: 'US (Silicon Valley)', Order: 10 },
  { RegionId: 'eu-central-1', ZhName: '德国（法兰克福）', EnName: 'Germany (Frankfurt)', Order: 11 },
];
