/**
 * Application dependencies of the demo app images (a data table, exempt from the file-size rule).
 *
 * The `vulnerable` sets pin releases that public advisories affect (e.g. lodash 4.17.15:
 * CVE-2020-8203, CVE-2021-23337; minimist 1.2.5: CVE-2021-44906; axios 0.21.1: CVE-2021-3749;
 * qs 6.7.0 via express 4.17.1: CVE-2022-24999; requests 2.25.1: CVE-2023-32681; urllib3 1.26.4:
 * CVE-2021-33503; PyYAML 5.3.1: CVE-2020-14343; Jinja2 2.11.2: CVE-2020-28493; Django 3.2:
 * CVE-2021-31542; log4j-core 2.14.1: CVE-2021-44228; jackson-databind 2.9.10.1: CVE-2020-8840;
 * golang.org/x/net v0.7.0: CVE-2023-39325; gin v1.7.7: CVE-2023-26125). The `patched` sets pin
 * later releases that fix those advisories.
 */
import type { GoRequirement, MavenArtifact, NpmPackage, NpmProject, PythonDist } from './formats/language-files';

type Variant = 'vulnerable' | 'patched';

const npm = (
  name: string,
  version: string,
  license: string,
  description: string,
  dependencies?: Record<string, string>,
): NpmPackage => ({
  name,
  version,
  license,
  description,
  dependencies,
});

/** The Node.js demo shop under `usr/src/app`. */
export const NODE_PROJECT: Record<Variant, NpmProject> = {
  vulnerable: {
    name: 'demo-shop',
    version: '1.4.2',
    license: 'UNLICENSED',
    dependencies: { axios: '^0.21.1', express: '4.17.1', lodash: '4.17.15', minimist: '1.2.5' },
    installed: [
      npm('axios', '0.21.1', 'MIT', 'Promise based HTTP client for the browser and node.js', {
        'follow-redirects': '^1.10.0',
      }),
      npm('follow-redirects', '1.14.7', 'MIT', 'HTTP and HTTPS modules that follow redirects.'),
      npm('express', '4.17.1', 'MIT', 'Fast, unopinionated, minimalist web framework', {
        'body-parser': '1.19.0',
        cookie: '0.4.0',
        debug: '2.6.9',
        'path-to-regexp': '0.1.7',
        qs: '6.7.0',
      }),
      npm('body-parser', '1.19.0', 'MIT', 'Node.js body parsing middleware', { debug: '2.6.9', qs: '6.7.0' }),
      npm('cookie', '0.4.0', 'MIT', 'HTTP server cookie parsing and serialization'),
      npm('debug', '2.6.9', 'MIT', 'small debugging utility', { ms: '2.0.0' }),
      npm('ms', '2.0.0', 'MIT', 'Tiny milisecond conversion utility'),
      npm('path-to-regexp', '0.1.7', 'MIT', 'Express style path to RegExp utility'),
      npm('qs', '6.7.0', 'BSD-3-Clause', 'A querystring parser that supports nesting and arrays, with a depth limit'),
      npm('lodash', '4.17.15', 'MIT', 'Lodash modular utilities.'),
      npm('minimist', '1.2.5', 'MIT', 'parse argument options'),
    ],
  },
  patched: {
    name: 'demo-shop',
    version: '1.5.0',
    license: 'UNLICENSED',
    dependencies: { axios: '^1.12.2', express: '4.21.2', lodash: '4.17.21', minimist: '1.2.8' },
    installed: [
      npm('axios', '1.12.2', 'MIT', 'Promise based HTTP client for the browser and node.js', {
        'follow-redirects': '^1.15.6',
        'form-data': '^4.0.4',
        'proxy-from-env': '^1.1.0',
      }),
      npm('follow-redirects', '1.15.9', 'MIT', 'HTTP and HTTPS modules that follow redirects.'),
      npm(
        'form-data',
        '4.0.4',
        'MIT',
        'A library to create readable "multipart/form-data" streams. Can be used to submit forms and file uploads to other web applications.',
        {
          asynckit: '^0.4.0',
          'combined-stream': '^1.0.8',
          'mime-types': '^2.1.12',
        },
      ),
      npm('asynckit', '0.4.0', 'MIT', 'Minimal async jobs utility library, with streams support'),
      npm('combined-stream', '1.0.8', 'MIT', 'A stream that emits multiple other streams one after another.', {
        'delayed-stream': '~1.0.0',
      }),
      npm('delayed-stream', '1.0.0', 'MIT', 'Buffers events from a stream until you are ready to handle them.'),
      npm('mime-types', '2.1.35', 'MIT', 'The ultimate javascript content-type utility.', { 'mime-db': '1.52.0' }),
      npm('mime-db', '1.52.0', 'MIT', 'Media Type Database'),
      npm(
        'proxy-from-env',
        '1.1.0',
        'MIT',
        'Offers getProxyForUrl to get the proxy URL for a URL, respecting the *_PROXY (e.g. HTTP_PROXY) and NO_PROXY environment variables.',
      ),
      npm('express', '4.21.2', 'MIT', 'Fast, unopinionated, minimalist web framework', {
        'body-parser': '1.20.3',
        cookie: '0.7.1',
        debug: '2.6.9',
        'path-to-regexp': '0.1.12',
        qs: '6.13.0',
      }),
      npm('body-parser', '1.20.3', 'MIT', 'Node.js body parsing middleware', { debug: '2.6.9', qs: '6.13.0' }),
      npm('cookie', '0.7.1', 'MIT', 'HTTP server cookie parsing and serialization'),
      npm('debug', '2.6.9', 'MIT', 'small debugging utility', { ms: '2.0.0' }),
      npm('ms', '2.0.0', 'MIT', 'Tiny milisecond conversion utility'),
      npm('path-to-regexp', '0.1.12', 'MIT', 'Express style path to RegExp utility'),
      npm('qs', '6.13.0', 'BSD-3-Clause', 'A querystring parser that supports nesting and arrays, with a depth limit'),
      npm('lodash', '4.17.21', 'MIT', 'Lodash modular utilities.'),
      npm('minimist', '1.2.8', 'MIT', 'parse argument options'),
    ],
  },
};

const py = (
  name: string,
  version: string,
  summary: string,
  homePage: string,
  license: string,
  requiresDist?: string[],
): PythonDist => ({
  name,
  version,
  summary,
  homePage,
  license,
  requiresDist,
});

/** Tools the python image installs with the interpreter (pip, setuptools, wheel). */
export const PYTHON_TOOLS: Record<Variant, PythonDist[]> = {
  vulnerable: [
    py('pip', '23.1.2', 'The PyPA recommended tool for installing Python packages.', 'https://pip.pypa.io/', 'MIT'),
    py(
      'setuptools',
      '65.5.1',
      'Easily download, build, install, upgrade, and uninstall Python packages',
      'https://github.com/pypa/setuptools',
      'UNKNOWN',
    ),
    py('wheel', '0.40.0', 'A built-package format for Python', 'https://github.com/pypa/wheel', 'MIT'),
  ],
  patched: [
    py('pip', '24.0', 'The PyPA recommended tool for installing Python packages.', 'https://pip.pypa.io/', 'MIT'),
    py(
      'setuptools',
      '78.1.1',
      'Easily download, build, install, upgrade, and uninstall Python packages',
      'https://github.com/pypa/setuptools',
      'MIT',
    ),
    py('wheel', '0.45.1', 'A built-package format for Python', 'https://github.com/pypa/wheel', 'MIT'),
  ],
};

const REQUESTS = ['Python HTTP for Humans.', 'https://requests.readthedocs.io', 'Apache 2.0'] as const;
const DJANGO = [
  'A high-level Python web framework that encourages rapid development and clean, pragmatic design.',
  'https://www.djangoproject.com/',
  'BSD-3-Clause',
] as const;

/** The application's pinned requirements (what `pip install -r requirements.txt` installed). */
export const PYTHON_APP: Record<Variant, PythonDist[]> = {
  vulnerable: [
    py('requests', '2.25.1', ...REQUESTS, [
      'chardet (<5,>=3.0.2)',
      'idna (<3,>=2.5)',
      'urllib3 (<1.27,>=1.21.1)',
      'certifi (>=2017.4.17)',
    ]),
    py(
      'urllib3',
      '1.26.4',
      'HTTP library with thread-safe connection pooling, file post, and more.',
      'https://urllib3.readthedocs.io/',
      'MIT',
    ),
    py(
      'idna',
      '2.10',
      'Internationalized Domain Names in Applications (IDNA)',
      'https://github.com/kjd/idna',
      'BSD-like',
    ),
    py(
      'certifi',
      '2020.12.5',
      "Python package for providing Mozilla's CA Bundle.",
      'https://certifiio.readthedocs.io/en/latest/',
      'MPL-2.0',
    ),
    py(
      'chardet',
      '4.0.0',
      'Universal encoding detector for Python 2 and 3',
      'https://github.com/chardet/chardet',
      'LGPL',
    ),
    py('PyYAML', '5.3.1', 'YAML parser and emitter for Python', 'https://github.com/yaml/pyyaml', 'MIT'),
    py(
      'Jinja2',
      '2.11.2',
      'A very fast and expressive template engine.',
      'https://palletsprojects.com/p/jinja/',
      'BSD-3-Clause',
      ['MarkupSafe (>=0.23)'],
    ),
    py(
      'MarkupSafe',
      '1.1.1',
      'Safely add untrusted strings to HTML/XML markup.',
      'https://palletsprojects.com/p/markupsafe/',
      'BSD-3-Clause',
    ),
    py('Django', '3.2', ...DJANGO, ['asgiref (<4,>=3.3.2)', 'pytz', 'sqlparse (>=0.2.2)']),
    py('asgiref', '3.3.4', 'ASGI specs, helper code, and adapters', 'https://github.com/django/asgiref/', 'BSD'),
    py('sqlparse', '0.4.1', 'A non-validating SQL parser.', 'https://github.com/andialbrecht/sqlparse', 'BSD'),
    py('pytz', '2021.1', 'World timezone definitions, modern and historical', 'http://pythonhosted.org/pytz', 'MIT'),
  ],
  patched: [
    py('requests', '2.32.4', ...REQUESTS, [
      'charset_normalizer<4,>=2',
      'idna<4,>=2.5',
      'urllib3<3,>=1.21.1',
      'certifi>=2017.4.17',
    ]),
    py(
      'urllib3',
      '2.5.0',
      'HTTP library with thread-safe connection pooling, file post, and more.',
      'https://github.com/urllib3/urllib3',
      'MIT',
    ),
    py(
      'idna',
      '3.10',
      'Internationalized Domain Names in Applications (IDNA)',
      'https://github.com/kjd/idna',
      'BSD-3-Clause',
    ),
    py(
      'certifi',
      '2025.1.31',
      "Python package for providing Mozilla's CA Bundle.",
      'https://github.com/certifi/python-certifi',
      'MPL-2.0',
    ),
    py(
      'charset-normalizer',
      '3.4.1',
      'The Real First Universal Charset Detector. Open, modern and actively maintained alternative to Chardet.',
      'https://github.com/jawah/charset_normalizer',
      'MIT',
    ),
    py('PyYAML', '6.0.2', 'YAML parser and emitter for Python', 'https://pyyaml.org/', 'MIT'),
    py(
      'Jinja2',
      '3.1.6',
      'A very fast and expressive template engine.',
      'https://github.com/pallets/jinja/',
      'BSD-3-Clause',
      ['MarkupSafe>=2.0'],
    ),
    py(
      'MarkupSafe',
      '3.0.2',
      'Safely add untrusted strings to HTML/XML markup.',
      'https://github.com/pallets/markupsafe/',
      'BSD-3-Clause',
    ),
    py('Django', '4.2.20', ...DJANGO, ['asgiref<4,>=3.6.0', 'sqlparse>=0.3.1']),
    py(
      'asgiref',
      '3.8.1',
      'ASGI specs, helper code, and adapters',
      'https://github.com/django/asgiref/',
      'BSD-3-Clause',
    ),
    py('sqlparse', '0.5.3', 'A non-validating SQL parser.', 'https://github.com/andialbrecht/sqlparse', 'BSD-3-Clause'),
  ],
};

/** Python import package of each distribution (for the `__init__.py` placeholders). */
export const PYTHON_IMPORT_NAMES: Record<string, string> = {
  requests: 'requests',
  urllib3: 'urllib3',
  idna: 'idna',
  certifi: 'certifi',
  chardet: 'chardet',
  'charset-normalizer': 'charset_normalizer',
  PyYAML: 'yaml',
  Jinja2: 'jinja2',
  MarkupSafe: 'markupsafe',
  Django: 'django',
  asgiref: 'asgiref',
  sqlparse: 'sqlparse',
  pytz: 'pytz',
};

const mvn = (groupId: string, artifactId: string, version: string): MavenArtifact => ({ groupId, artifactId, version });

/** Libraries of the Java demo service under `app/lib`. */
export const JAVA_LIBS: Record<Variant, MavenArtifact[]> = {
  vulnerable: [
    mvn('org.apache.logging.log4j', 'log4j-core', '2.14.1'),
    mvn('org.apache.logging.log4j', 'log4j-api', '2.14.1'),
    mvn('com.fasterxml.jackson.core', 'jackson-databind', '2.9.10.1'),
    mvn('com.fasterxml.jackson.core', 'jackson-core', '2.9.10'),
    mvn('com.fasterxml.jackson.core', 'jackson-annotations', '2.9.10'),
    mvn('org.apache.commons', 'commons-text', '1.9'),
    mvn('org.yaml', 'snakeyaml', '1.30'),
  ],
  patched: [
    mvn('org.apache.logging.log4j', 'log4j-core', '2.24.3'),
    mvn('org.apache.logging.log4j', 'log4j-api', '2.24.3'),
    mvn('com.fasterxml.jackson.core', 'jackson-databind', '2.17.2'),
    mvn('com.fasterxml.jackson.core', 'jackson-core', '2.17.2'),
    mvn('com.fasterxml.jackson.core', 'jackson-annotations', '2.17.2'),
    mvn('org.apache.commons', 'commons-text', '1.12.0'),
    mvn('org.yaml', 'snakeyaml', '2.2'),
  ],
};

/** Module requirements of the Go demo service. */
export const GO_MODULES: Record<Variant, { go: string; requirements: GoRequirement[] }> = {
  vulnerable: {
    go: '1.20',
    requirements: [
      { path: 'github.com/gin-gonic/gin', version: 'v1.7.7' },
      { path: 'github.com/golang-jwt/jwt/v4', version: 'v4.4.2' },
      { path: 'golang.org/x/net', version: 'v0.7.0' },
      { path: 'google.golang.org/grpc', version: 'v1.56.2' },
      { path: 'golang.org/x/text', version: 'v0.7.0', indirect: true },
    ],
  },
  patched: {
    go: '1.23.0',
    requirements: [
      { path: 'github.com/gin-gonic/gin', version: 'v1.10.0' },
      { path: 'github.com/golang-jwt/jwt/v4', version: 'v4.5.2' },
      { path: 'golang.org/x/net', version: 'v0.38.0' },
      { path: 'google.golang.org/grpc', version: 'v1.64.1' },
      { path: 'golang.org/x/text', version: 'v0.23.0', indirect: true },
    ],
  },
};
