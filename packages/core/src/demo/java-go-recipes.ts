/** A Java service on Alpine and a Go service on distroless. */
import { ALPINE_318, ALPINE_BASE_PACKAGES } from './alpine-data';
import { alpineBaseLayer, alpineCmdStep, apkDemoPackages, pick } from './alpine-images';
import { GO_MODULES, JAVA_LIBS } from './app-data';
import { later, meta, PATH_ENV, run } from './build-steps';
import { DISTROLESS_STATIC } from './debian-data';
import { DPKG_STATUS_DIR, dpkgDemoPackages, dpkgStatusDirFiles } from './debian-images';
import { formatGoBinary, type GoBinarySpec } from './formats/go-binary';
import { formatGoMod, formatJarManifest, formatPomProperties } from './formats/language-files';
import { stableBase64 } from './formats/stable-hash';
import { stub } from './os-files';
import { variantOf } from './os-recipes';
import type { DemoImageRecipe, DemoPackage, DemoVariant } from './types';

const JAVA_VERSION = { vulnerable: '17.0.8', patched: '17.0.12' };

/** A Java 17 service with Maven libraries. */
export const javaRecipe: DemoImageRecipe = {
  name: 'java-app:1.0',
  description:
    'A Java 17 service on Alpine 3.18 whose exploded libraries under app/lib carry Maven pom.properties (log4j, jackson, snakeyaml).',
  spec: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    const created = later(base.created, 72);
    const java = JAVA_VERSION[variant];
    const libs = JAVA_LIBS[variant];
    return {
      created,
      config: {
        Env: [
          `PATH=/opt/java/openjdk/bin:${PATH_ENV.slice(5)}`,
          'JAVA_HOME=/opt/java/openjdk',
          `JAVA_VERSION=jdk-${java}`,
        ],
        Entrypoint: ['java', '-cp', '/app/classes:/app/lib/*', 'com.example.orders.Application'],
        WorkingDir: '/app',
        ExposedPorts: { '8080/tcp': {} },
      },
      layers: [
        alpineBaseLayer(base),
        alpineCmdStep(base.created),
        run(created, 'RUN /bin/sh -c set -eux; tar -xzf openjdk.tar.gz -C /opt/java/openjdk # buildkit', [
          {
            path: 'opt/java/openjdk/release',
            content: `IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="${java}"\nJAVA_VERSION_DATE="2023-07-18"\nOS_ARCH="x86_64"\nOS_NAME="Linux"\nIMAGE_TYPE="JRE"\n`,
          },
          stub('opt/java/openjdk/bin/java', `OpenJDK Runtime Environment Temurin-${java}`),
        ]),
        run(
          created,
          'COPY target/dependency /app/lib # buildkit',
          libs.flatMap((lib) => {
            const dir = `app/lib/${lib.artifactId}-${lib.version}/META-INF`;
            return [
              { path: `${dir}/MANIFEST.MF`, content: formatJarManifest(lib, lib.artifactId) },
              {
                path: `${dir}/maven/${lib.groupId}/${lib.artifactId}/pom.properties`,
                content: formatPomProperties(lib),
              },
            ];
          }),
        ),
        run(created, 'COPY target/classes /app/classes # buildkit', [
          { path: 'app/classes/application.properties', content: 'server.port=8080\nlogging.level.root=INFO\n' },
          stub(
            'app/classes/com/example/orders/Application.class',
            'compiled class com.example.orders.Application',
            0o644,
          ),
        ]),
        meta(created, 'ENTRYPOINT ["java" "-cp" "/app/classes:/app/lib/*" "com.example.orders.Application"]'),
      ],
    };
  },
  packages: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    const jars = JAVA_LIBS[variant].map(
      (lib): DemoPackage => ({
        type: 'jar',
        name: `${lib.groupId}:${lib.artifactId}`,
        version: lib.version,
        path: `app/lib/${lib.artifactId}-${lib.version}/META-INF/maven/${lib.groupId}/${lib.artifactId}/pom.properties`,
      }),
    );
    return [...apkDemoPackages(pick(base.versions, ALPINE_BASE_PACKAGES), base.created), ...jars];
  },
};

const DISTROLESS_CREATED = { vulnerable: '2023-08-01T00:00:00Z', patched: '2025-03-01T00:00:00Z' };
const GO_MODULE = 'example.com/demo/go-api';
/** The toolchain that built the binary (go.mod's `go` line is only the language version). */
const GO_TOOLCHAIN = { vulnerable: 'go1.20.5', patched: 'go1.24.1' };

/**
 * The binary's build info: the modules go.mod requires, as `go build` links them (indirect ones too). Built
 * from a source copy without VCS data, so the main module is `(devel)`; go.sum hashes are stand-ins.
 */
function goApiBuild(variant: DemoVariant): GoBinarySpec {
  return {
    goVersion: GO_TOOLCHAIN[variant],
    path: GO_MODULE,
    main: { path: GO_MODULE, version: '(devel)' },
    deps: GO_MODULES[variant].requirements.map((r) => ({
      path: r.path,
      version: r.version,
      sum: `h1:${stableBase64(`${r.path}@${r.version}`, 32)}`,
    })),
    settings: [
      ['-buildmode', 'exe'],
      ['-compiler', 'gc'],
      ['-ldflags', '-s -w'],
      ['CGO_ENABLED', '0'],
      ['GOARCH', 'amd64'],
      ['GOOS', 'linux'],
      ['GOAMD64', 'v1'],
    ],
  };
}

/** A Go service on distroless static. */
export const goRecipe: DemoImageRecipe = {
  name: 'go-api:1.0',
  description:
    'A Go API on distroless static (Debian 12): dpkg status.d records, a static binary carrying Go build info, and its go.mod.',
  spec: (options) => {
    const variant = variantOf(options);
    const baseCreated = DISTROLESS_CREATED[variant];
    const created = later(baseCreated, 24);
    const mod = GO_MODULES[variant];
    return {
      created,
      config: {
        Env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'],
        Entrypoint: ['/app/go-api'],
        User: '65532:65532',
        WorkingDir: '/app',
        ExposedPorts: { '8080/tcp': {} },
      },
      layers: [
        {
          createdBy: 'bazel build //base:static_debian12',
          created: baseCreated,
          files: [
            ...dpkgStatusDirFiles(DISTROLESS_STATIC[variant]),
            {
              path: 'etc/os-release',
              content:
                'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\nSUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"\nBUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"\n',
            },
            {
              path: 'etc/passwd',
              content:
                'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
            },
            { path: 'etc/group', content: 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n' },
            { path: 'etc/nsswitch.conf', content: 'hosts: files dns\n' },
            stub('etc/ssl/certs/ca-certificates.crt', 'Mozilla CA bundle', 0o644),
            { path: 'home/nonroot', type: 'dir', mode: 0o700, uid: 65532, gid: 65532 },
            { path: 'tmp', type: 'dir', mode: 0o1777 },
          ],
        },
        run(created, 'COPY go.mod /app/go.mod # buildkit', [
          { path: 'app/go.mod', content: formatGoMod(GO_MODULE, mod.go, mod.requirements) },
        ]),
        run(created, 'COPY /out/go-api /app/go-api # buildkit', [
          {
            path: 'app/go-api',
            mode: 0o755,
            content: formatGoBinary(goApiBuild(variant), `demo stand-in for /app/go-api: ${GO_MODULE}`),
          },
        ]),
        meta(created, 'USER 65532:65532'),
        meta(created, 'ENTRYPOINT ["/app/go-api"]'),
      ],
    };
  },
  packages: (options) => {
    const variant = variantOf(options);
    const go = GO_MODULES[variant].requirements.map(
      (r): DemoPackage => ({ type: 'gomod', name: r.path, version: r.version, path: 'app/go.mod' }),
    );
    return [...dpkgDemoPackages(DISTROLESS_STATIC[variant], DPKG_STATUS_DIR), ...go];
  },
};
