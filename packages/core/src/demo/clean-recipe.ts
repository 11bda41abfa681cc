/**
 * `hello:1.0`, the demo world's clean image: a static Go service on up-to-date distroless static (Debian 12).
 * Its OS packages, Go toolchain and Go modules all postdate the advisories the core ships, so a scan of it
 * finds nothing. The binary is a stand-in ELF carrying real Go build info, which image scanners read (they
 * ignore go.mod files in images, as Trivy does).
 */
import { later, meta, PATH_ENV, run } from './build-steps';
import { DISTROLESS_STATIC } from './debian-data';
import { DPKG_STATUS_DIR, dpkgDemoPackages, dpkgStatusDirFiles } from './debian-images';
import { formatGoBinary, type GoBinarySpec } from './formats/go-binary';
import { stub } from './os-files';
import type { DemoImageRecipe, DemoPackage } from './types';

const BASE_CREATED = '2025-03-01T00:00:00Z';
const CREATED = later(BASE_CREATED, 30);
const BINARY_PATH = 'hello';

/** The binary's build info: Go 1.24.1 and current releases of each module (March 2025). */
const HELLO_BUILD: GoBinarySpec = {
  goVersion: 'go1.24.1',
  path: 'example.com/demo/hello',
  main: { path: 'example.com/demo/hello', version: 'v1.0.0' },
  deps: [
    { path: 'github.com/google/uuid', version: 'v1.6.0' },
    { path: 'golang.org/x/net', version: 'v0.38.0' },
    { path: 'golang.org/x/sys', version: 'v0.31.0' },
  ],
  settings: [
    ['-buildmode', 'exe'],
    ['-compiler', 'gc'],
    ['-trimpath', 'true'],
    ['CGO_ENABLED', '0'],
    ['GOARCH', 'amd64'],
    ['GOOS', 'linux'],
    ['GOAMD64', 'v1'],
  ],
};

const OS_RELEASE =
  'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\nSUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"\nBUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"\n';

/**
 * The clean image. It has no vulnerable generation: both variants build the same image, so a demo can show a
 * repository whose every tag scans clean.
 */
export const cleanRecipe: DemoImageRecipe = {
  name: 'hello:1.0',
  description: 'A clean image: a static Go service on up-to-date distroless static, with no known vulnerabilities.',
  spec: () => ({
    created: CREATED,
    config: {
      Env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'],
      Entrypoint: [`/${BINARY_PATH}`],
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
    },
    layers: [
      {
        createdBy: 'bazel build //base:static_nonroot_debian12',
        created: BASE_CREATED,
        files: [
          ...dpkgStatusDirFiles(DISTROLESS_STATIC.patched),
          { path: 'etc/os-release', content: OS_RELEASE },
          {
            path: 'etc/passwd',
            content:
              'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
          },
          { path: 'etc/group', content: 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' },
          stub('etc/ssl/certs/ca-certificates.crt', 'Mozilla CA bundle', 0o644),
          { path: 'home/nonroot', type: 'dir', mode: 0o700, uid: 65532, gid: 65532 },
          { path: 'tmp', type: 'dir', mode: 0o1777 },
        ],
      },
      run(CREATED, `COPY /out/hello /${BINARY_PATH} # buildkit`, [
        {
          path: BINARY_PATH,
          mode: 0o755,
          content: formatGoBinary(HELLO_BUILD, `demo placeholder for /${BINARY_PATH}: ${HELLO_BUILD.path}`),
        },
      ]),
      meta(CREATED, 'USER 65532:65532'),
      meta(CREATED, `ENTRYPOINT ["/${BINARY_PATH}"]`),
    ],
  }),
  packages: () => {
    const go = (name: string, version: string): DemoPackage => ({ type: 'gobinary', name, version, path: BINARY_PATH });
    return [
      ...dpkgDemoPackages(DISTROLESS_STATIC.patched, DPKG_STATUS_DIR),
      go(HELLO_BUILD.main.path, HELLO_BUILD.main.version),
      go('stdlib', `v${HELLO_BUILD.goVersion.slice(2)}`),
      ...HELLO_BUILD.deps.map((dep) => go(dep.path, dep.version)),
    ];
  },
};
