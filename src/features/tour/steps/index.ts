/**
 * The tours as data, following the seed's procedures: 单镜像扫描 (instance → 镜像仓库 → 镜像版本 → 安全扫描
 * → 立即扫描 → result), 批量镜像扫描 (instance → 安全可信 > 镜像扫描 → [VPC prerequisite] → engine → 创建规则
 * wizard → 立即扫描 → 任务列表 → 查看任务 → 查看详情 → result) and 设置扫描引擎为云安全扫描引擎 (镜像扫描 →
 * [云资源访问授权 → 同意授权] → [升级云安全引擎 → 服务关联角色 → 立即购买 → 支付 → 返回镜像扫描] → the engine
 * in use). Targets are `data-tour` attributes on the real controls, or selectors as stable as the console's own
 * routes (menu links by their href).
 */
import type { TourId, TourStep } from '../engine';
import { batch } from './batch';
import { cloud } from './cloud';
import { single } from './single';

export const tours: Record<TourId, readonly TourStep[]> = { single, batch, cloud };
