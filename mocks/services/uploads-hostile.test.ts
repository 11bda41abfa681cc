/**
 * The hostile-input corpus (packages/core/testdata/hostile) through the console's upload: every tarball is sent in
 * chunks, inspected and pushed. A broken archive must end in one of the upload's typed business errors with the
 * core's one-line reason (never an unexpected error or a hang), store no tag, and leave the backend working.
 * The upload validates blobs and digests but does not read files inside layers: broken package databases are
 * accepted here and handled by the scan, as the core corpus test shows.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES, type HostileCase } from '../../packages/core/testdata/hostile/build-corpus';
import { ApiError, callAction, callError, instanceByName, repoIdOf } from '../testing/api';
import { uploadBytes } from '../testing/uploads';

/** The business error each core error code becomes (mocks/services/uploads.ts). */
const UPLOAD_CODE: Record<string, string> = {
  MISSING_BLOB: 'IMAGE_BLOB_MISSING',
  DIGEST_MISMATCH: 'IMAGE_DIGEST_MISMATCH',
  PLATFORM_NOT_FOUND: 'IMAGE_PLATFORM_UNSUPPORTED',
};
const IMAGE_ERRORS = [
  'IMAGE_ARCHIVE_ILLEGAL',
  'IMAGE_BLOB_MISSING',
  'IMAGE_DIGEST_MISMATCH',
  'IMAGE_PLATFORM_UNSUPPORTED',
];

/** Uploads, inspects and pushes `bytes` as `demo-app:<tag>`; resolves to the error it failed with, if any. */
async function uploadAndPush(instanceId: string, bytes: Uint8Array, tag: string): Promise<ApiError | undefined> {
  try {
    const UploadId = await uploadBytes(instanceId, bytes, 256 * 1024);
    const { Images } = await callAction('InspectImageUpload', { InstanceId: instanceId, UploadId });
    // As the modal does: several images in one archive means choosing one of their tags.
    const ArchiveTag = Images.length > 1 ? Images[0]?.RepoTags[0] : undefined;
    const target = { InstanceId: instanceId, NamespaceName: 'team-a', RepoName: 'demo-app', Tag: tag };
    await callAction('CompleteImageUpload', { ...target, UploadId, ...(ArchiveTag ? { ArchiveTag } : {}) });
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return error;
  }
}

/** Whether the upload must refuse the case: rejected by the core before any file inside a layer is read. */
const refusedAtUpload = (c: HostileCase) =>
  c.expect.outcome === 'reject' && (c.group === 'archive' || c.group === 'metadata');

describe('uploading the hostile corpus', () => {
  it('refuses an empty file at CreateImageUpload with a parameter error', async () => {
    const { InstanceId } = await instanceByName('acr-dev-hz');
    const error = await callError('CreateImageUpload', { InstanceId, Size: 0 });
    expect(error.code).toBe('InvalidParameter');
  });

  it('ends every other case in success or a typed upload error, in time, storing only what succeeded', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const { InstanceId } = await instanceByName('acr-dev-hz');
    const RepoId = await repoIdOf(InstanceId, 'team-a', 'demo-app');
    const tagsOf = async () =>
      (await callAction('ListRepoTag', { InstanceId, RepoId, PageSize: 100 })).Images.map((image) => image.Tag).sort();
    const before = await tagsOf();
    const pushed: string[] = [];
    const table: string[] = [];
    for (const [index, testCase] of HOSTILE_CASES.filter((c) => c.id !== 'empty-file').entries()) {
      const tag = `hostile-${index}`;
      const started = performance.now();
      const error = await uploadAndPush(InstanceId, await testCase.build(), tag);
      const ms = performance.now() - started;
      table.push(`${testCase.id}: ${error ? `${error.code} ${error.message}` : 'pushed'}`);
      expect(ms, `${testCase.id} took ${ms} ms`).toBeLessThan(10_000);
      if (error) {
        expect(IMAGE_ERRORS, `${testCase.id}: ${error.code} ${error.message}`).toContain(error.code);
        expect(error.message).not.toMatch(/\n|unexpected error/);
        expect(error.message.length).toBeGreaterThan(10);
        expect(error.message.length).toBeLessThan(1000);
      } else {
        pushed.push(tag);
      }
      if (refusedAtUpload(testCase) && testCase.expect.outcome === 'reject') {
        expect(error?.code, `${testCase.id} must be refused`).toBe(
          UPLOAD_CODE[testCase.expect.code] ?? 'IMAGE_ARCHIVE_ILLEGAL',
        );
      }
      if (testCase.expect.outcome === 'handled' && !testCase.bomb) expect(error, testCase.id).toBeUndefined();
    }
    // Decompression bombs are refused at the upload's stricter ratio, whatever layer they hide in.
    for (const id of ['gzip-bomb-archive-1g', 'layer-gzip-bomb-1g']) {
      expect(table).toContainEqual(
        expect.stringMatching(new RegExp(`^${id}: IMAGE_ARCHIVE_ILLEGAL .*decompression bomb`)),
      );
    }
    expect(await tagsOf()).toEqual([...before, ...pushed].sort());
  }, 180_000);
});
