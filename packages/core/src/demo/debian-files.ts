/** System files of the Debian and Ubuntu base images (os-release, accounts, apt sources). */
import type { ImageFileSpec } from '../image/image-spec';
import { epochDay, lines } from './os-files';

/** Debian and Ubuntu releases the demo images imitate. */
export interface DebianOsRelease {
  id: 'debian' | 'ubuntu';
  /** `12`, `11` or `22.04`. */
  versionId: string;
  codename: string;
  /** `etc/debian_version` content (Debian point release, or Ubuntu's Debian base). */
  debianVersion: string;
  /** Ubuntu point release, e.g. `22.04.2`. */
  pointRelease?: string;
}

/** os-release (in `usr/lib`, with the `etc` symlink), debian_version and, on Ubuntu, lsb-release. */
export function debianReleaseFiles(os: DebianOsRelease): ImageFileSpec[] {
  const osRelease =
    os.id === 'debian'
      ? lines([
          `PRETTY_NAME="Debian GNU/Linux ${os.versionId} (${os.codename})"`,
          'NAME="Debian GNU/Linux"',
          `VERSION_ID="${os.versionId}"`,
          `VERSION="${os.versionId} (${os.codename})"`,
          `VERSION_CODENAME=${os.codename}`,
          'ID=debian',
          'HOME_URL="https://www.debian.org/"',
          'SUPPORT_URL="https://www.debian.org/support"',
          'BUG_REPORT_URL="https://bugs.debian.org/"',
        ])
      : lines([
          `PRETTY_NAME="Ubuntu ${os.pointRelease} LTS"`,
          'NAME="Ubuntu"',
          `VERSION_ID="${os.versionId}"`,
          `VERSION="${os.pointRelease} LTS (Jammy Jellyfish)"`,
          `VERSION_CODENAME=${os.codename}`,
          'ID=ubuntu',
          'ID_LIKE=debian',
          'HOME_URL="https://www.ubuntu.com/"',
          'SUPPORT_URL="https://help.ubuntu.com/"',
          'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
          'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
          `UBUNTU_CODENAME=${os.codename}`,
        ]);
  const files: ImageFileSpec[] = [
    { path: 'usr/lib/os-release', content: osRelease },
    { path: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' },
    { path: 'etc/debian_version', content: `${os.debianVersion}\n` },
  ];
  if (os.id === 'ubuntu') {
    files.push({
      path: 'etc/lsb-release',
      content: lines([
        'DISTRIB_ID=Ubuntu',
        `DISTRIB_RELEASE=${os.versionId}`,
        `DISTRIB_CODENAME=${os.codename}`,
        `DISTRIB_DESCRIPTION="Ubuntu ${os.pointRelease} LTS"`,
      ]),
    });
  }
  return files;
}

const DEBIAN_USERS = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
  'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
  'sync:x:4:65534:sync:/bin:/bin/sync',
  'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
  'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
  'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
  'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
  'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
  'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
  'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
  'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
  'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
  'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
  'gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin',
  '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin',
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
];

const DEBIAN_GROUPS = [
  'root:x:0:',
  'daemon:x:1:',
  'bin:x:2:',
  'sys:x:3:',
  'adm:x:4:',
  'tty:x:5:',
  'disk:x:6:',
  'lp:x:7:',
  'mail:x:8:',
  'news:x:9:',
  'uucp:x:10:',
  'man:x:12:',
  'proxy:x:13:',
  'kmem:x:15:',
  'dialout:x:20:',
  'fax:x:21:',
  'voice:x:22:',
  'cdrom:x:24:',
  'floppy:x:25:',
  'tape:x:26:',
  'sudo:x:27:',
  'audio:x:29:',
  'dip:x:30:',
  'www-data:x:33:',
  'backup:x:34:',
  'operator:x:37:',
  'list:x:38:',
  'irc:x:39:',
  'src:x:40:',
  'gnats:x:41:',
  'shadow:x:42:',
  'utmp:x:43:',
  'video:x:44:',
  'sasl:x:45:',
  'plugdev:x:46:',
  'staff:x:50:',
  'games:x:60:',
  'users:x:100:',
  'nogroup:x:65534:',
];

/**
 * Accounts, package sources and the root filesystem skeleton of a Debian-family image. Bookworm
 * dropped the `gnats` account; merged-/usr releases get `bin`, `lib`, `sbin` as symlinks into `usr`.
 */
export function debianSystemFiles(os: DebianOsRelease, created: string, mergedUsr: boolean): ImageFileSpec[] {
  const withoutGnats = os.codename === 'bookworm';
  const users = DEBIAN_USERS.filter((u) => !(withoutGnats && u.startsWith('gnats:')));
  const groups = DEBIAN_GROUPS.filter((g) => !(withoutGnats && g.startsWith('gnats:')));
  const files: ImageFileSpec[] = [
    ...debianReleaseFiles(os),
    ...['boot', 'dev', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'var/cache/apt', 'var/log'].map(
      (path): ImageFileSpec => ({ path, type: 'dir' }),
    ),
    { path: 'root', type: 'dir', mode: 0o700 },
    { path: 'tmp', type: 'dir', mode: 0o1777 },
    { path: 'etc/hostname', content: `${os.id === 'ubuntu' ? 'ubuntu' : 'debian'}\n` },
    { path: 'etc/passwd', content: lines(users) },
    { path: 'etc/group', content: lines(groups) },
    {
      path: 'etc/shadow',
      mode: 0o640,
      gid: 42,
      content: lines(users.map((u) => `${u.split(':')[0]}:*:${epochDay(created)}:0:99999:7:::`)),
    },
    aptSources(os),
  ];
  if (mergedUsr) {
    for (const dir of ['bin', 'lib', 'lib64', 'sbin'])
      files.push({ path: dir, type: 'symlink', linkTarget: `usr/${dir}` });
  }
  return files;
}

function aptSources(os: DebianOsRelease): ImageFileSpec {
  if (os.id === 'ubuntu') {
    return {
      path: 'etc/apt/sources.list',
      content: lines(
        ['', '-updates', '-security'].map(
          (suffix) =>
            `deb http://${suffix === '-security' ? 'security' : 'archive'}.ubuntu.com/ubuntu/ ${os.codename}${suffix} main restricted universe multiverse`,
        ),
      ),
    };
  }
  if (os.codename === 'bookworm') {
    return {
      path: 'etc/apt/sources.list.d/debian.sources',
      content: lines([
        'Types: deb',
        'URIs: http://deb.debian.org/debian',
        'Suites: bookworm bookworm-updates',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
        'Types: deb',
        'URIs: http://deb.debian.org/debian-security',
        'Suites: bookworm-security',
        'Components: main',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
      ]),
    };
  }
  return {
    path: 'etc/apt/sources.list',
    content: lines([
      `deb http://deb.debian.org/debian ${os.codename} main`,
      `deb http://deb.debian.org/debian-security ${os.codename}-security main`,
      `deb http://deb.debian.org/debian ${os.codename}-updates main`,
    ]),
  };
}
