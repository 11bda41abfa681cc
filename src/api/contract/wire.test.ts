import { describe, expect, it } from 'vitest';
import { CreateNamespaceRequest } from './namespaces';
import { ListRepositoryRequest } from './repositories';
import { decodeQuery, encodeQuery } from './wire';

describe('query-string wire encoding', () => {
  it('round-trips numbers, booleans and JSON-encoded objects through the query string', () => {
    const params = {
      InstanceId: 'cri-abc123def456ghij',
      NamespaceName: 'prod',
      AutoCreateRepo: true,
      DefaultRepoConfiguration: { RepoType: 'PRIVATE', TagImmutability: false },
    };
    const query = encodeQuery(params);
    expect(query.get('AutoCreateRepo')).toBe('true');
    expect(query.get('DefaultRepoConfiguration')).toBe('{"RepoType":"PRIVATE","TagImmutability":false}');
    const decoded = decodeQuery(CreateNamespaceRequest.shape, query);
    expect(CreateNamespaceRequest.parse(decoded)).toEqual(params);
  });

  it('decodes page numbers as numbers and leaves junk for the schema to reject', () => {
    const ok = decodeQuery(ListRepositoryRequest.shape, new URLSearchParams('InstanceId=cri-x&PageNo=2&PageSize=50'));
    expect(ok).toEqual({ InstanceId: 'cri-x', PageNo: 2, PageSize: 50 });
    const bad = decodeQuery(ListRepositoryRequest.shape, new URLSearchParams('InstanceId=cri-x&PageNo=two'));
    expect(ListRepositoryRequest.safeParse(bad).success).toBe(false);
    const tooBig = decodeQuery(ListRepositoryRequest.shape, new URLSearchParams('InstanceId=cri-x&PageSize=101'));
    expect(ListRepositoryRequest.safeParse(tooBig).success).toBe(false);
  });

  it('ignores parameters the action does not declare and skips undefined values when encoding', () => {
    const decoded = decodeQuery(ListRepositoryRequest.shape, new URLSearchParams('InstanceId=cri-x&Foo=1'));
    expect(decoded).toEqual({ InstanceId: 'cri-x' });
    expect(encodeQuery({ A: undefined, B: 'x' }).toString()).toBe('B=x');
  });

  it('keeps a malformed JSON object as a string so validation reports it', () => {
    const decoded = decodeQuery(CreateNamespaceRequest.shape, new URLSearchParams('DefaultRepoConfiguration={oops'));
    expect(decoded.DefaultRepoConfiguration).toBe('{oops');
  });
});
