/**
 * Parsing and validating a RAM policy document a user typed, with every problem reported (path and text in
 * both languages) rather than only the first, so the editor can mark them all.
 */
import type { LocalizedText } from '../inspect/inspector';
import {
  RAM_CONDITION_OPERATORS,
  type RamCondition,
  type RamConditionOperator,
  type RamPolicyDocument,
  type RamStatement,
} from './types';

export interface RamPolicyProblem {
  /** JSON path of the offending value, e.g. `Statement[1].Action[0]`. */
  path: string;
  message: LocalizedText;
}

export type RamParseResult = { ok: true; document: RamPolicyDocument } | { ok: false; problems: RamPolicyProblem[] };

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** `product:Action`, wildcards allowed (`cr:*`, `cr:Get*`, `*`). */
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
/** `acs:<service>:<region>:<account>:<relative id>` with wildcards, or `*`. */
const RESOURCE = /^(\*|acs:[a-z0-9*?-]+:[a-z0-9*?-]*:[0-9*?]*:\S+)$/;
/** Documents are capped like RAM's (6,144 characters for a custom policy). */
export const RAM_POLICY_MAX_LENGTH = 6144;

export function parseRamPolicy(text: string): RamParseResult {
  if (text.length > RAM_POLICY_MAX_LENGTH) {
    return fail(
      '',
      t(
        `策略内容超过 ${RAM_POLICY_MAX_LENGTH} 个字符`,
        `The policy is longer than ${RAM_POLICY_MAX_LENGTH} characters`,
      ),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('', t(`不是合法的 JSON：${detail}`, `Not valid JSON: ${detail}`));
  }
  return validateRamPolicy(value);
}

/** Validates an already-parsed value as a policy document. */
export function validateRamPolicy(value: unknown): RamParseResult {
  const problems: RamPolicyProblem[] = [];
  if (!isRecord(value)) return fail('', t('策略必须是 JSON 对象', 'The policy must be a JSON object'));
  if (value.Version !== '1')
    problems.push({ path: 'Version', message: t('Version 必须为 "1"', 'Version must be "1"') });
  for (const key of Object.keys(value)) {
    if (key !== 'Version' && key !== 'Statement') {
      problems.push({ path: key, message: t(`不支持的字段 ${key}`, `Unknown field ${key}`) });
    }
  }
  const raw = value.Statement;
  const statements: RamStatement[] = [];
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push({ path: 'Statement', message: t('Statement 必须是非空数组', 'Statement must be a non-empty array') });
  } else {
    raw.forEach((item, index) => {
      const statement = parseStatement(item, `Statement[${index}]`, problems);
      if (statement) statements.push(statement);
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: { Version: '1', Statement: statements } };
}

function parseStatement(item: unknown, path: string, problems: RamPolicyProblem[]): RamStatement | undefined {
  if (!isRecord(item)) {
    problems.push({ path, message: t('语句必须是 JSON 对象', 'A statement must be a JSON object') });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(item)) {
    if (!['Effect', 'Action', 'Resource', 'Condition'].includes(key)) {
      problems.push({ path: `${path}.${key}`, message: t(`不支持的字段 ${key}`, `Unknown field ${key}`) });
    }
  }
  const effect = item.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') {
    problems.push({
      path: `${path}.Effect`,
      message: t('Effect 必须为 Allow 或 Deny', 'Effect must be Allow or Deny'),
    });
  }
  const actions = stringList(
    item.Action,
    `${path}.Action`,
    problems,
    ACTION,
    t('操作格式应为 产品:操作，如 cr:GetRepository', 'An action looks like product:Action, e.g. cr:GetRepository'),
  );
  const resources = stringList(
    item.Resource,
    `${path}.Resource`,
    problems,
    RESOURCE,
    t('资源格式应为 acs:cr:地域:账号:资源，或 *', 'A resource looks like acs:cr:region:account:resource, or *'),
  );
  const condition =
    item.Condition === undefined ? undefined : parseCondition(item.Condition, `${path}.Condition`, problems);
  if (problems.length > before || !actions || !resources) return undefined;
  return {
    Effect: effect as RamStatement['Effect'],
    Action: actions,
    Resource: resources,
    ...(condition ? { Condition: condition } : {}),
  };
}

function stringList(
  value: unknown,
  path: string,
  problems: RamPolicyProblem[],
  shape: RegExp,
  shapeMessage: LocalizedText,
): string[] | undefined {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    problems.push({
      path,
      message: t('必须是字符串或非空字符串数组', 'Must be a string or a non-empty array of strings'),
    });
    return undefined;
  }
  const out: string[] = [];
  list.forEach((entry, index) => {
    const at = typeof value === 'string' ? path : `${path}[${index}]`;
    if (typeof entry !== 'string' || !shape.test(entry)) problems.push({ path: at, message: shapeMessage });
    else out.push(entry);
  });
  return out.length === list.length ? out : undefined;
}

function parseCondition(value: unknown, path: string, problems: RamPolicyProblem[]): RamCondition | undefined {
  if (!isRecord(value)) {
    problems.push({ path, message: t('Condition 必须是 JSON 对象', 'Condition must be a JSON object') });
    return undefined;
  }
  const condition: RamCondition = {};
  for (const [operator, keys] of Object.entries(value)) {
    const at = `${path}.${operator}`;
    if (!RAM_CONDITION_OPERATORS.includes(operator as RamConditionOperator)) {
      problems.push({
        path: at,
        message: t(`不支持的条件运算符 ${operator}`, `Unsupported condition operator ${operator}`),
      });
      continue;
    }
    if (!isRecord(keys) || Object.keys(keys).length === 0) {
      problems.push({ path: at, message: t('条件必须列出至少一个条件键', 'A condition must name at least one key') });
      continue;
    }
    // No prototype: a condition key named `__proto__` must stay a key, not vanish into a prototype swap
    // (which would leave the condition empty and so always true).
    const entries: Record<string, string[]> = Object.create(null);
    for (const [key, raw] of Object.entries(keys)) {
      const list = Array.isArray(raw) ? raw : [raw];
      if (
        list.length === 0 ||
        !list.every((v) => typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
      ) {
        problems.push({
          path: `${at}.${key}`,
          message: t('条件值必须是字符串或字符串数组', 'Condition values must be strings'),
        });
        continue;
      }
      entries[key] = list.map(String);
    }
    condition[operator as RamConditionOperator] = entries;
  }
  return condition;
}

function fail(path: string, message: LocalizedText): RamParseResult {
  return { ok: false, problems: [{ path, message }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
