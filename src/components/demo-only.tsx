import type { ReactNode } from 'react';
import { usePresenterMode } from '@/stores/presenter-store';

/**
 * A control that exists only because the backend is a simulation (模拟篡改, 从演示目录推送, the demo receiver
 * switch): hidden in presenter mode, so an audience sees the console as the real service looks. The same
 * controls stay reachable on 设置.
 */
export function DemoOnly({ children }: { children: ReactNode }) {
  return usePresenterMode() ? null : children;
}
