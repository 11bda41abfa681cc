/**
 * The document 创建权限策略 starts from: read and write on every repository of one ACR namespace (and the
 * namespace itself), in RAM's ARN form `acs:cr:<region>:<account>:repository/<instance>/<namespace>/*`.
 */
export function namespacePolicyTemplate(regionId: string, accountId: string, instanceId: string, namespace: string) {
  const base = `acs:cr:${regionId}:${accountId}:repository/${instanceId}/${namespace}`;
  return JSON.stringify(
    {
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['cr:Get*', 'cr:List*', 'cr:PullRepository', 'cr:PushRepository'],
          Resource: [base, `${base}/*`],
        },
      ],
    },
    null,
    2,
  );
}

/** Saved documents are shown pretty-printed when they parse, as typed otherwise. */
export function prettyDocument(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
