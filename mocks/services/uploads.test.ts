import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { settledRuleTask } from '../testing/scan-rules';
import { countRecords } from '../testing/store-access';
import { corruptLegacyArchive, demoArchive, demoOciArchive, rawChunk, uploadBytes } from '../testing/uploads';

let devHz: string;
let demoApp: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  demoApp = await repoIdOf(devHz, 'team-a', 'demo-app');
});

const target = (Tag: string) => ({ InstanceId: devHz, NamespaceName: 'team-a', RepoName: 'demo-app', Tag });

describe('image upload', () => {
  it('uploads a docker save archive in chunks and pushes it: blobs stored, tag listed, digest kept', async () => {
    const { image, bytes } = await demoArchive('busybox:1.36', 'vulnerable', ['busybox:1.36']);
    const blobsBefore = await countRecords(backend, 'blobs');
    const UploadId = await uploadBytes(devHz, bytes, 4096);
    const inspected = await callAction('InspectImageUpload', { InstanceId: devHz, UploadId });
    expect(inspected.Images).toEqual([{ RepoTags: ['busybox:1.36'] }]);
    const pushed = await callAction('CompleteImageUpload', { ...target('1.36'), UploadId });
    expect(pushed).toMatchObject({
      Tag: '1.36',
      Digest: image.digest.slice(7),
      ImageId: image.imageId,
      ImageSize: image.size,
      Overwritten: false,
      RuleTaskIds: [],
    });
    const tag = await callAction('GetRepoTag', { InstanceId: devHz, RepoId: demoApp, Tag: '1.36' });
    expect(tag.Digest).toBe(image.digest.slice(7));
    const blobsAfter = await countRecords(backend, 'blobs');
    // The seed's prod/busybox already holds this exact image: its blobs are not stored twice.
    expect(blobsAfter).toBe(blobsBefore);
    // The session ends with the push.
    await expectBusinessError('CompleteImageUpload', { ...target('again'), UploadId }, 'UPLOAD_NOT_EXIST');
    // Pushing the same image again stores no blob twice (content-addressed).
    const again = await uploadBytes(devHz, bytes);
    const repushed = await callAction('CompleteImageUpload', { ...target('1.36'), UploadId: again });
    expect(repushed.Overwritten).toBe(true);
    expect(await countRecords(backend, 'blobs')).toBe(blobsAfter);
  });

  it('uploads an OCI image-layout tarball', async () => {
    const { bytes, manifestDigest } = await demoOciArchive('alpine:3.18', 'alpine:3.18');
    const UploadId = await uploadBytes(devHz, bytes);
    expect((await callAction('InspectImageUpload', { InstanceId: devHz, UploadId })).Images).toEqual([
      { RepoTags: ['docker.io/library/alpine:3.18'] },
    ]);
    const pushed = await callAction('CompleteImageUpload', { ...target('oci'), UploadId });
    expect(pushed.Digest).toBe(manifestDigest.slice(7));
    const scan = { InstanceId: devHz, RepoId: demoApp, Tag: 'oci' };
    await callAction('CreateRepoTagScanTask', scan);
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', scan)).Status, { timeout: 30_000, interval: 50 })
      .toBe('COMPLETE');
    const summary = await callAction('GetRepoTagScanSummary', scan);
    expect(summary.TotalSeverity).toBeGreaterThan(0);
  });

  it('refuses a chunk that does not start at the current offset, and a chunk past the declared size', async () => {
    const { UploadId } = await callAction('CreateImageUpload', { InstanceId: devHz, Size: 10 });
    const first = await rawChunk(UploadId, new Uint8Array(4), '0-3');
    expect(first.body).toMatchObject({ IsSuccess: true, Offset: 4, UploadId });
    const skipped = await rawChunk(UploadId, new Uint8Array(2), '6-7');
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({ IsSuccess: false, Code: 'UPLOAD_OFFSET_INVALID' });
    expect(String(skipped.body.Message)).toContain('stands at byte 4');
    const repeated = await rawChunk(UploadId, new Uint8Array(4), '0-3');
    expect(repeated.body).toMatchObject({ Code: 'UPLOAD_OFFSET_INVALID' });
    const tooLong = await rawChunk(UploadId, new Uint8Array(8), '4-11');
    expect(tooLong).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    const mismatched = await rawChunk(UploadId, new Uint8Array(3), '4-9');
    expect(mismatched).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    expect((await rawChunk(UploadId, new Uint8Array(3))).body).toMatchObject({ Code: 'MissingParameter' });
    // Still at 4 of 10: not complete yet.
    await expectBusinessError('CompleteImageUpload', { ...target('x'), UploadId }, 'UPLOAD_INCOMPLETE');
  });

  it('answers UPLOAD_NOT_EXIST for an unknown (or reloaded-away) session, and refuses more than 2 GiB', async () => {
    const unknown = await rawChunk('crupl-0000000000000000', new Uint8Array(4), '0-3');
    expect(unknown.body).toMatchObject({ IsSuccess: false, Code: 'UPLOAD_NOT_EXIST' });
    await expectBusinessError(
      'CompleteImageUpload',
      { ...target('x'), UploadId: 'crupl-0000000000000000' },
      'UPLOAD_NOT_EXIST',
    );
    await expectBusinessError(
      'CancelImageUpload',
      { InstanceId: devHz, UploadId: 'crupl-0000000000000000' },
      'UPLOAD_NOT_EXIST',
    );
    await expectBusinessError('CreateImageUpload', { InstanceId: devHz, Size: 2 * 1024 ** 3 + 1 }, 'UPLOAD_TOO_LARGE');
    const { UploadId } = await callAction('CreateImageUpload', { InstanceId: devHz, Size: 4 });
    await callAction('CancelImageUpload', { InstanceId: devHz, UploadId });
    expect((await rawChunk(UploadId, new Uint8Array(4), '0-3')).body).toMatchObject({ Code: 'UPLOAD_NOT_EXIST' });
  });

  it('refuses a corrupt tarball with a typed error and stores nothing', async () => {
    const blobs = await countRecords(backend, 'blobs');
    const tags = await countRecords(backend, 'tags');
    const notTar = await uploadBytes(devHz, new TextEncoder().encode('definitely not a tarball '.repeat(100)));
    const error = await callAction('InspectImageUpload', { InstanceId: devHz, UploadId: notTar }).catch((e) => e);
    expect(error).toMatchObject({ code: 'IMAGE_ARCHIVE_ILLEGAL' });
    expect(error.message).toContain('not a tar archive');

    // A legacy-style archive whose layer bytes were flipped: the diff_id no longer matches.
    const { image } = await demoArchive('busybox:1.36', 'patched');
    const corrupt = corruptLegacyArchive(image);
    const uploadId = await uploadBytes(devHz, corrupt);
    await expectBusinessError(
      'CompleteImageUpload',
      { ...target('corrupt'), UploadId: uploadId },
      'IMAGE_DIGEST_MISMATCH',
    );
    expect(await countRecords(backend, 'blobs')).toBe(blobs);
    expect(await countRecords(backend, 'tags')).toBe(tags);
    // A failed validation ends the session.
    await expectBusinessError('CompleteImageUpload', { ...target('corrupt'), UploadId: uploadId }, 'UPLOAD_NOT_EXIST');
  });

  it('checks the target first: REPO_NOT_EXIST, TAG_NAME_ILLEGAL, TAG_IMMUTABLE keep the session for a retry', async () => {
    const { bytes } = await demoArchive('busybox:1.36', 'patched');
    const UploadId = await uploadBytes(devHz, bytes);
    await expectBusinessError(
      'CompleteImageUpload',
      { ...target('v2'), RepoName: 'missing', UploadId },
      'REPO_NOT_EXIST',
    );
    await expectBusinessError('CompleteImageUpload', { ...target('-bad'), UploadId }, 'TAG_NAME_ILLEGAL');
    await callAction('UpdateRepository', {
      InstanceId: devHz,
      RepoId: demoApp,
      RepoType: 'PRIVATE',
      Summary: 'Team A demo application',
      TagImmutability: true,
    });
    await expectBusinessError('CompleteImageUpload', { ...target('v1'), UploadId }, 'TAG_IMMUTABLE');
    const before = await callAction('GetRepoTag', { InstanceId: devHz, RepoId: demoApp, Tag: 'v1' });
    const pushed = await callAction('CompleteImageUpload', { ...target('v2'), UploadId });
    expect(pushed).toMatchObject({ Tag: 'v2', Overwritten: false });
    expect((await callAction('GetRepoTag', { InstanceId: devHz, RepoId: demoApp, Tag: 'v1' })).Digest).toBe(
      before.Digest,
    );
    await expectBusinessError(
      'PushDemoImage',
      { ...target('v1'), RecipeName: 'alpine:3.18', Variant: 'patched' },
      'TAG_IMMUTABLE',
    );
  });
});

describe('push triggers AUTO scan rules', () => {
  async function autoRule(RuleName: string, RepoTagFilterPattern = 'release-.*') {
    await callAction('CreateScanRule', {
      InstanceId: devHz,
      RuleName,
      ScanScope: 'REPO',
      TriggerType: 'AUTO',
      Namespaces: ['team-a'],
      RepoNames: ['demo-app'],
      RepoTagFilterPattern,
    });
  }

  it('starts a rule task for an uploaded image that matches, and reports its id', async () => {
    await autoRule('auto-release');
    const { bytes } = await demoArchive('alpine:3.18', 'vulnerable');
    const skipped = await callAction('CompleteImageUpload', {
      ...target('dev-1'),
      UploadId: await uploadBytes(devHz, bytes),
    });
    expect(skipped.RuleTaskIds).toEqual([]);
    const pushed = await callAction('CompleteImageUpload', {
      ...target('release-1'),
      UploadId: await uploadBytes(devHz, bytes),
    });
    expect(pushed.RuleTaskIds).toHaveLength(1);
    const task = await settledRuleTask(devHz, pushed.RuleTaskIds[0] as string);
    expect(task).toMatchObject({ TriggerType: 'AUTO', RuleName: 'auto-release', Status: 'COMPLETE' });
    expect(task.Images[0]).toMatchObject({ Namespace: 'team-a', RepoName: 'demo-app', Tag: 'release-1' });
    expect(task.TotalSeverity).toBeGreaterThan(0);
  });

  it('starts a rule task for a demo push too', async () => {
    await autoRule('auto-all', '.*');
    const pushed = await callAction('PushDemoImage', {
      ...target('demo-1'),
      RecipeName: 'nginx:1.25-alpine',
      Variant: 'vulnerable',
    });
    expect(pushed.RuleTaskIds).toHaveLength(1);
    const task = await settledRuleTask(devHz, pushed.RuleTaskIds[0] as string);
    expect(task).toMatchObject({ TriggerType: 'AUTO', Status: 'COMPLETE' });
    expect(task.TotalSeverity).toBeGreaterThan(0);
  });
});

describe('demo catalogue', () => {
  it('lists the recipes with their descriptions and pushes one', async () => {
    const { Images } = await callAction('ListDemoImage', {});
    expect(Images.map((image) => image.Name)).toContain('nginx:1.25-alpine');
    expect(Images.every((image) => image.Description.length > 0)).toBe(true);
    const pushed = await callAction('PushDemoImage', {
      ...target('py'),
      RecipeName: 'python:3.11-slim',
      Variant: 'patched',
    });
    expect(pushed).toMatchObject({ Tag: 'py', Overwritten: false, RuleTaskIds: [] });
    const list = await callAction('ListRepoTag', { InstanceId: devHz, RepoId: demoApp });
    expect(list.Images[0]?.Tag).toBe('py');
    await expectBusinessError(
      'PushDemoImage',
      { ...target('x'), RecipeName: 'no-such:1', Variant: 'patched' },
      'DEMO_IMAGE_NOT_EXIST',
    );
    await expectBusinessError(
      'PushDemoImage',
      { ...target('x'), RepoName: 'nope', RecipeName: 'alpine:3.18', Variant: 'patched' },
      'REPO_NOT_EXIST',
    );
  });
});
