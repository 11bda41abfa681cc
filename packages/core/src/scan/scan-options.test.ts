/**
 * What `scanImage` adds on top of the analyzers: Trivy's image-mode rule (lock files are not read unless asked
 * for) and dpkg licences from copyright files merged onto the packages, after whiteouts.
 */
import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { type ImageSpec, whiteout } from '../image/image-spec';
import { bytesBlob } from '../image/read/sources';
import { scanImage } from './scan-image';

const index = createAdvisoryIndex([]);
const now = () => new Date('2026-11-28T00:00:00Z');
const archive = async (spec: ImageSpec) => bytesBlob(writeDockerArchive(await buildImage(spec), ['demo/x:1']));

describe('scanImage: lock files', () => {
  const spec: ImageSpec = {
    created: '2024-01-01T00:00:00Z',
    config: {},
    layers: [
      {
        createdBy: 'COPY . /app',
        files: [
          { path: 'app/go.mod', content: 'module example.com/x\n\ngo 1.21\n\nrequire github.com/google/uuid v1.6.0\n' },
          {
            path: 'app/package-lock.json',
            content: JSON.stringify({
              name: 'x',
              version: '1.0.0',
              lockfileVersion: 3,
              packages: {
                '': { name: 'x', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
                'node_modules/left-pad': { version: '1.3.0' },
              },
            }),
          },
          { path: 'app/node_modules/left-pad/package.json', content: '{"name":"left-pad","version":"1.3.0"}' },
        ],
      },
    ],
  };
  const targets = async (lockFiles?: boolean) =>
    (await scanImage(await archive(spec), { advisoryIndex: index, now, lockFiles })).inventory.applications
      .map((a) => `${a.type} ${a.filePath}`)
      .sort();

  it.each([
    [
      'by default only installed packages count, as in Trivy',
      undefined,
      ['node-pkg app/node_modules/left-pad/package.json'],
    ],
    ['lockFiles: false is the default', false, ['node-pkg app/node_modules/left-pad/package.json']],
    [
      'lockFiles: true reads lock files too',
      true,
      ['gomod app/go.mod', 'node-pkg app/node_modules/left-pad/package.json', 'npm app/package-lock.json'],
    ],
  ])('%s', async (_name, lockFiles, expected) => {
    expect(await targets(lockFiles)).toEqual(expected);
  });
});

describe('scanImage: dpkg licences from copyright files', () => {
  const stanza = (name: string, version: string) =>
    `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${version}\n`;
  const spec: ImageSpec = {
    created: '2024-01-01T00:00:00Z',
    config: {},
    layers: [
      {
        createdBy: 'ADD rootfs',
        files: [
          { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
          {
            path: 'var/lib/dpkg/status',
            content: [
              stanza('zlib1g', '1:1.2.13.dfsg-1'),
              stanza('bash', '5.2.15-2+b2'),
              stanza('tzdata', '2024a-0+deb12u1'),
              stanza('curl', '7.88.1-10'),
              stanza('dash', '0.5.12-2'),
            ].join('\n'),
          },
          {
            path: 'usr/share/doc/zlib1g/copyright',
            content:
              'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: Zlib\n',
          },
          { path: 'usr/share/doc/bash/copyright', content: 'see /usr/share/common-licenses/GPL-3.\n' },
          { path: 'usr/share/doc/tzdata/copyright', content: 'License: public-domain\n' },
          { path: 'usr/share/doc/curl/copyright', content: 'License: curl\n' },
          { path: 'usr/share/doc/ghost/copyright', content: 'License: MIT\n' },
          { path: 'usr/share/doc/dash/copyright', content: 'License: BSD-3-clause\n' },
        ],
      },
      {
        createdBy: 'RUN rm -rf /usr/share/doc/curl /usr/share/doc/tzdata/copyright',
        files: [whiteout('usr/share/doc/curl'), whiteout('usr/share/doc/tzdata/copyright')],
      },
      {
        createdBy: 'RUN echo > /usr/share/doc/dash/copyright',
        files: [{ path: 'usr/share/doc/dash/copyright', content: 'no machine-readable licence here\n' }],
      },
    ],
  };

  it('adds each package its own surviving copyright licences and nothing else', async () => {
    const report = await scanImage(await archive(spec), { advisoryIndex: index, now });
    const licenses = Object.fromEntries(report.inventory.osPackages.map((p) => [p.name, p.licenses]));
    expect(licenses).toEqual({
      bash: ['GPL-3.0-only'],
      curl: [],
      dash: [],
      tzdata: [],
      zlib1g: ['Zlib'],
    });
  });
});
