/** System files of the Alpine base images, with the contents alpine-baselayout ships. */
import type { ImageFileSpec } from '../image/image-spec';
import { epochDay, lines } from './os-files';

/** `etc/alpine-release` and `etc/os-release` of an Alpine release such as `3.18.0`. */
export function alpineReleaseFiles(release: string): ImageFileSpec[] {
  const branch = release.split('.').slice(0, 2).join('.');
  return [
    { path: 'etc/alpine-release', content: `${release}\n` },
    {
      path: 'etc/os-release',
      content: lines([
        'NAME="Alpine Linux"',
        'ID=alpine',
        `VERSION_ID=${release}`,
        `PRETTY_NAME="Alpine Linux v${branch}"`,
        'HOME_URL="https://alpinelinux.org/"',
        'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
      ]),
    },
  ];
}

/** A system account to add to a base image's passwd/group/shadow. */
export interface ExtraAccount {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  gecos?: string;
}

/** Accounts and configuration of alpine-baselayout, plus apk's own configuration. */
export function alpineSystemFiles(release: string, created: string, world: readonly string[]): ImageFileSpec[] {
  const branch = `v${release.split('.').slice(0, 2).join('.')}`;
  return [
    ...alpineReleaseFiles(release),
    ...alpineAccounts(created),
    ...['dev', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'var/cache/apk', 'var/empty', 'var/log'].map(
      (path): ImageFileSpec => ({ path, type: 'dir' }),
    ),
    { path: 'root', type: 'dir', mode: 0o700 },
    { path: 'tmp', type: 'dir', mode: 0o1777 },
    { path: 'etc/hostname', content: 'localhost\n' },
    {
      path: 'etc/motd',
      content:
        'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n',
    },
    {
      path: 'etc/profile',
      content:
        'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n',
    },
    { path: 'etc/apk/arch', content: 'x86_64\n' },
    { path: 'etc/apk/keys', type: 'dir' },
    {
      path: 'etc/apk/repositories',
      content: `https://dl-cdn.alpinelinux.org/alpine/${branch}/main\nhttps://dl-cdn.alpinelinux.org/alpine/${branch}/community\n`,
    },
    { path: 'etc/apk/world', content: lines(world) },
  ];
}

const ALPINE_USERS = [
  'root:x:0:0:root:/root:/bin/ash',
  'bin:x:1:1:bin:/bin:/sbin/nologin',
  'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
  'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin',
  'sync:x:5:0:sync:/sbin:/bin/sync',
  'shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown',
  'halt:x:7:0:halt:/sbin:/sbin/halt',
  'mail:x:8:12:mail:/var/mail:/sbin/nologin',
  'news:x:9:13:news:/usr/lib/news:/sbin/nologin',
  'uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin',
  'cron:x:16:16:cron:/var/spool/cron:/sbin/nologin',
  'ftp:x:21:21::/var/lib/ftp:/sbin/nologin',
  'sshd:x:22:22:sshd:/dev/null:/sbin/nologin',
  'games:x:35:35:games:/usr/games:/sbin/nologin',
  'ntp:x:123:123:NTP:/var/empty:/sbin/nologin',
  'guest:x:405:100:guest:/dev/null:/sbin/nologin',
  'nobody:x:65534:65534:nobody:/:/sbin/nologin',
];

const ALPINE_GROUPS = [
  'root:x:0:root',
  'bin:x:1:root,bin,daemon',
  'daemon:x:2:root,bin,daemon',
  'sys:x:3:root,bin',
  'adm:x:4:root,daemon',
  'tty:x:5:',
  'disk:x:6:root',
  'lp:x:7:lp',
  'kmem:x:9:',
  'wheel:x:10:root',
  'floppy:x:11:root',
  'mail:x:12:mail',
  'news:x:13:news',
  'uucp:x:14:uucp',
  'cron:x:16:cron',
  'console:x:17:',
  'audio:x:18:',
  'cdrom:x:19:',
  'dialout:x:20:root',
  'ftp:x:21:',
  'sshd:x:22:',
  'input:x:23:',
  'tape:x:26:root',
  'video:x:27:root',
  'netdev:x:28:',
  'kvm:x:34:kvm',
  'games:x:35:',
  'shadow:x:42:',
  'www-data:x:82:',
  'users:x:100:games',
  'ntp:x:123:',
  'abuild:x:300:',
  'utmp:x:406:',
  'ping:x:999:',
  'nogroup:x:65533:',
  'nobody:x:65534:',
];

/**
 * `etc/passwd`, `etc/group` and `etc/shadow` of alpine-baselayout, optionally with accounts an
 * image adds (`adduser -S` style: no password, locked in shadow).
 */
export function alpineAccounts(created: string, extra: readonly ExtraAccount[] = []): ImageFileSpec[] {
  const users = [
    ...ALPINE_USERS,
    ...extra.map((a) => `${a.name}:x:${a.uid}:${a.gid}:${a.gecos ?? ''}:${a.home}:${a.shell}`),
  ];
  const groups = [...ALPINE_GROUPS, ...extra.map((a) => `${a.name}:x:${a.gid}:${a.name}`)];
  return [
    { path: 'etc/passwd', content: lines(users) },
    { path: 'etc/group', content: lines(groups) },
    {
      path: 'etc/shadow',
      mode: 0o640,
      gid: 42,
      content: lines(
        users.map((u) => `${u.split(':')[0]}:${u.startsWith('root:') ? '*' : '!'}:${epochDay(created)}:0:::::`),
      ),
    },
  ];
}
