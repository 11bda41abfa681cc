/** A Python app on python:3.11-slim (Debian 12). */
import type { ImageFileSpec } from '../image/image-spec';
import { PYTHON_APP, PYTHON_IMPORT_NAMES, PYTHON_TOOLS } from './app-data';
import { PYTHON_APP_PY } from './app-files';
import { later, meta, run } from './build-steps';
import { BOOKWORM, type DebRelease, PYTHON_BOOKWORM_EXTRAS } from './debian-data';
import { aptInstallLayer, debianBaseLayer, dpkgDemoPackages } from './debian-images';
import { distInfoDir, formatPythonMetadata, formatRequirements, type PythonDist } from './formats/language-files';
import { stub } from './os-files';
import { BOOKWORM_IMAGE, variantOf } from './os-recipes';
import type { DemoImageRecipe, DemoPackage, DemoVariant } from './types';

const SITE_PACKAGES = 'usr/local/lib/python3.11/site-packages';
const PYTHON_VERSION = { vulnerable: '3.11.4', patched: '3.11.9' };

function pythonRuntimeRelease(variant: DemoVariant): DebRelease {
  const base = BOOKWORM[variant];
  return {
    ...base,
    packages: [...base.packages, ...PYTHON_BOOKWORM_EXTRAS.packages],
    sources: { ...base.sources, ...PYTHON_BOOKWORM_EXTRAS.sources[variant] },
  };
}

/** A dist-info directory (METADATA, INSTALLER) and the import package's `__init__.py`. */
function sitePackageFiles(dist: PythonDist): ImageFileSpec[] {
  const dir = `${SITE_PACKAGES}/${distInfoDir(dist)}`;
  const files: ImageFileSpec[] = [
    { path: `${dir}/METADATA`, content: formatPythonMetadata(dist) },
    { path: `${dir}/INSTALLER`, content: 'pip\n' },
  ];
  const module = PYTHON_IMPORT_NAMES[dist.name] ?? dist.name;
  files.push({ path: `${SITE_PACKAGES}/${module}/__init__.py`, content: `__version__ = "${dist.version}"\n` });
  return files;
}

/** A Django/requests app on python:3.11-slim. */
export const pythonRecipe: DemoImageRecipe = {
  name: 'python:3.11-slim',
  description:
    'A Django/requests app on python:3.11-slim (Debian 12): dpkg database, site-packages METADATA and requirements.txt.',
  spec: (options) => {
    const variant = variantOf(options);
    const baseCreated = BOOKWORM_IMAGE.created[variant];
    const created = later(baseCreated, 20);
    const tools = PYTHON_TOOLS[variant];
    const app = PYTHON_APP[variant];
    const pyVersion = PYTHON_VERSION[variant];
    return {
      created,
      config: {
        Env: [
          'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'LANG=C.UTF-8',
          `PYTHON_VERSION=${pyVersion}`,
          'PYTHONUNBUFFERED=1',
        ],
        Cmd: ['python3', 'app.py'],
        WorkingDir: '/usr/src/app',
        ExposedPorts: { '8000/tcp': {} },
      },
      layers: [
        debianBaseLayer(BOOKWORM_IMAGE.os(variant), BOOKWORM[variant], baseCreated, true),
        meta(baseCreated, '/bin/sh -c #(nop)  CMD ["bash"]'),
        meta(created, 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
        aptInstallLayer(
          pythonRuntimeRelease(variant),
          'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata libssl3 libsqlite3-0 libexpat1 libreadline8; rm -rf /var/lib/apt/lists/* # buildkit',
          created,
          [
            stub('etc/ssl/certs/ca-certificates.crt', 'Mozilla CA bundle (ca-certificates)', 0o644),
            stub('usr/lib/x86_64-linux-gnu/libsqlite3.so.0.8.6', 'SQLite 3.40.1'),
            stub('usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10', 'expat 2.5.0'),
          ],
        ),
        meta(created, `ENV PYTHON_VERSION=${pyVersion}`),
        run(created, 'RUN /bin/sh -c set -eux; ./configure --enable-shared --with-lto; make install # buildkit', [
          stub('usr/local/bin/python3.11', `Python ${pyVersion}`),
          { path: 'usr/local/bin/python3', type: 'symlink', linkTarget: 'python3.11' },
          { path: 'usr/local/bin/python', type: 'symlink', linkTarget: 'python3' },
          stub('usr/local/lib/libpython3.11.so.1.0', `Python ${pyVersion} shared library`),
          ...tools.flatMap((dist) => sitePackageFiles(dist).filter((f) => !f.path.endsWith('__init__.py'))),
        ]),
        meta(created, 'WORKDIR /usr/src/app'),
        run(created, 'COPY requirements.txt . # buildkit', [
          { path: 'usr/src/app/requirements.txt', content: formatRequirements(app) },
        ]),
        run(
          created,
          'RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit',
          app.flatMap(sitePackageFiles),
        ),
        run(created, 'COPY app.py . # buildkit', [{ path: 'usr/src/app/app.py', content: PYTHON_APP_PY }]),
        meta(created, 'EXPOSE map[8000/tcp:{}]'),
        meta(created, 'CMD ["python3" "app.py"]'),
      ],
    };
  },
  packages: (options) => {
    const variant = variantOf(options);
    const python = [...PYTHON_TOOLS[variant], ...PYTHON_APP[variant]].map(
      (dist): DemoPackage => ({
        type: 'pypi',
        name: dist.name,
        version: dist.version,
        path: `${SITE_PACKAGES}/${distInfoDir(dist)}/METADATA`,
      }),
    );
    return [...dpkgDemoPackages(pythonRuntimeRelease(variant)), ...python];
  },
};
