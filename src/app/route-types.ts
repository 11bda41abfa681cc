/** The shape of the route table (src/app/routes.tsx) that drives the router, menus, breadcrumbs and titles. */
import type { ComponentType, ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';

/** A collapsible group of the left navigation (仓库管理, 访问控制, …). */
export interface MenuGroup {
  nameKey: MessageKey;
  icon: ReactNode;
}

/** Whose name a route shows in breadcrumbs and the title when it names a resource, not a page. */
export type DynamicName = 'instance' | 'repository';

export interface RouteEntry {
  /** Stable id: the router's route id and the menu key. */
  id: string;
  /** Path segment relative to the parent; absent on index routes. */
  path?: string;
  index?: true;
  /** Page name: menu label, breadcrumb and document title. */
  nameKey?: MessageKey;
  /** Breadcrumb/title label taken from the resource the route shows. */
  nameFrom?: DynamicName;
  icon?: ReactNode;
  /** Places the entry in a group of its parent's navigation. */
  group?: MenuGroup;
  hideInMenu?: true;
  /** While inside this route, its children form the left navigation. */
  nav?: true;
  /** A link back to the parent route, shown above this route's navigation. */
  navBack?: MessageKey;
  /** Layout element loaded with the shell. */
  Component?: ComponentType;
  /** Route-level code splitting: the page module is fetched on first visit. */
  lazy?: () => Promise<ComponentType>;
  /** Index routes that only forward somewhere else. */
  redirect?: string;
  children?: RouteEntry[];
}

/** The route table entry behind a router match (set as the route's `handle`). */
export function entryOf(match: { handle: unknown }): RouteEntry | undefined {
  const handle = match.handle as RouteEntry | undefined;
  return handle && typeof handle.id === 'string' ? handle : undefined;
}
