/**
 * RAM users and groups: `ListUsers`, `CreateUser`, `DeleteUser`, `ListGroups`, `CreateGroup`, `DeleteGroup`,
 * `AddUserToGroup`, `RemoveUserFromGroup`. Membership is kept on the user (`Groups`); a group's members are
 * derived from it. Deleting a user or a group removes its policy attachments too.
 */
import { MAIN_ACCOUNT_NAME, type RamGroup, type RamUser } from '@/api/contract/ram';
import type { AcrTransaction, RamUserRecord } from '../store/schema';
import { META_KEY } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import type { Payload } from './payload';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

const byDateThenName =
  <T extends { CreateDate: number }>(name: (x: T) => string) =>
  (a: T, b: T) =>
    a.CreateDate - b.CreateDate || name(a).localeCompare(name(b));

/** A RAM user id: 16 digits starting with 2, as RAM's are. */
function newUserId(): string {
  const digits = crypto.getRandomValues(new Uint8Array(15));
  return `2${Array.from(digits, (d) => d % 10).join('')}`;
}

export async function requireUser(tx: AnyTx, name: string): Promise<RamUserRecord> {
  const user = await tx.objectStore('ramUsers').get(name);
  if (!user) throw new BusinessFailure('RAM_USER_NOT_EXIST');
  return user;
}

export async function requireGroup(tx: AnyTx, name: string) {
  const group = await tx.objectStore('ramGroups').get(name);
  if (!group) throw new BusinessFailure('RAM_GROUP_NOT_EXIST');
  return group;
}

/** Removes every attachment of one principal. */
async function detachAll(tx: AcrTransaction<'readwrite'>, type: 'User' | 'Group', name: string): Promise<void> {
  const store = tx.objectStore('ramAttachments');
  for (const a of await store.getAll()) {
    if (a.PrincipalType === type && a.PrincipalName === name) {
      await store.delete([a.PrincipalType, a.PrincipalName, a.PolicyType, a.PolicyName]);
    }
  }
}

export async function listUsers(ctx: ServiceContext): Promise<Payload<'ListUsers'>> {
  const users = await read(ctx.store, ['ramUsers'], (tx) => tx.objectStore('ramUsers').getAll());
  return { Users: users.sort(byDateThenName<RamUser>((u) => u.UserName)) };
}

/** `CreateUser`. `root` names the main account in sessions and audit rows, so no user may take it. */
export async function createUser(
  ctx: ServiceContext,
  params: { UserName: string; DisplayName?: string; Comments?: string },
): Promise<Payload<'CreateUser'>> {
  if (params.UserName.toLowerCase() === MAIN_ACCOUNT_NAME) {
    throw new BusinessFailure('RAM_NAME_ILLEGAL', `"${MAIN_ACCOUNT_NAME}" is reserved for the main account.`);
  }
  const user: RamUserRecord = {
    UserId: newUserId(),
    UserName: params.UserName,
    DisplayName: params.DisplayName || params.UserName,
    Comments: params.Comments ?? '',
    CreateDate: ctx.clock.now(),
    Groups: [],
  };
  await write(ctx.store, ['ramUsers'], async (tx) => {
    if (await tx.objectStore('ramUsers').get(params.UserName)) throw new BusinessFailure('RAM_USER_EXIST');
    await tx.objectStore('ramUsers').add(user);
  });
  return { User: user };
}

/** `DeleteUser`: also its attachments; a session acting as the user falls back to the main account. */
export async function deleteUser(ctx: ServiceContext, params: { UserName: string }): Promise<Payload<'DeleteUser'>> {
  await write(ctx.store, ['ramUsers', 'ramAttachments', 'meta'], async (tx) => {
    await requireUser(tx, params.UserName);
    await tx.objectStore('ramUsers').delete(params.UserName);
    await detachAll(tx, 'User', params.UserName);
    const meta = await tx.objectStore('meta').get(META_KEY);
    if (meta?.Identity === params.UserName) {
      const { Identity: _gone, ...rest } = meta;
      await tx.objectStore('meta').put(rest);
    }
  });
  return {};
}

export async function listGroups(ctx: ServiceContext): Promise<Payload<'ListGroups'>> {
  const { groups, users } = await read(ctx.store, ['ramGroups', 'ramUsers'], async (tx) => ({
    groups: await tx.objectStore('ramGroups').getAll(),
    users: await tx.objectStore('ramUsers').getAll(),
  }));
  const Groups: RamGroup[] = groups.map((g) => ({
    ...g,
    Members: users.filter((u) => u.Groups.includes(g.GroupName)).map((u) => u.UserName),
  }));
  return { Groups: Groups.sort(byDateThenName<RamGroup>((g) => g.GroupName)) };
}

export async function createGroup(
  ctx: ServiceContext,
  params: { GroupName: string; Comments?: string },
): Promise<Payload<'CreateGroup'>> {
  const group = { GroupName: params.GroupName, Comments: params.Comments ?? '', CreateDate: ctx.clock.now() };
  await write(ctx.store, ['ramGroups'], async (tx) => {
    if (await tx.objectStore('ramGroups').get(params.GroupName)) throw new BusinessFailure('RAM_GROUP_EXIST');
    await tx.objectStore('ramGroups').add(group);
  });
  return { Group: { ...group, Members: [] } };
}

/** `DeleteGroup`: also its attachments and its members' membership. */
export async function deleteGroup(ctx: ServiceContext, params: { GroupName: string }): Promise<Payload<'DeleteGroup'>> {
  await write(ctx.store, ['ramGroups', 'ramUsers', 'ramAttachments'], async (tx) => {
    await requireGroup(tx, params.GroupName);
    await tx.objectStore('ramGroups').delete(params.GroupName);
    await detachAll(tx, 'Group', params.GroupName);
    for (const user of await tx.objectStore('ramUsers').getAll()) {
      if (user.Groups.includes(params.GroupName)) {
        await tx.objectStore('ramUsers').put({ ...user, Groups: user.Groups.filter((g) => g !== params.GroupName) });
      }
    }
  });
  return {};
}

/** `AddUserToGroup` (already a member: nothing changes) and `RemoveUserFromGroup` (not a member: same). */
async function setMembership(ctx: ServiceContext, params: { UserName: string; GroupName: string }, member: boolean) {
  await write(ctx.store, ['ramUsers', 'ramGroups'], async (tx) => {
    const user = await requireUser(tx, params.UserName);
    await requireGroup(tx, params.GroupName);
    const others = user.Groups.filter((g) => g !== params.GroupName);
    await tx.objectStore('ramUsers').put({ ...user, Groups: member ? [...others, params.GroupName] : others });
  });
  return {};
}

export const addUserToGroup = (ctx: ServiceContext, params: { UserName: string; GroupName: string }) =>
  setMembership(ctx, params, true);
export const removeUserFromGroup = (ctx: ServiceContext, params: { UserName: string; GroupName: string }) =>
  setMembership(ctx, params, false);
