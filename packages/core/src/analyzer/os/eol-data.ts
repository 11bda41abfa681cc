/**
 * End of (standard) support per distribution release, as the vendors publish them. "Standard" means the free
 * security support everybody gets: Debian's security team (not LTS/ELTS), Ubuntu's standard support (not ESM),
 * RHEL's maintenance support (not ELS), Oracle Linux's premier support. The longer paid or volunteer extensions
 * are recorded as `extended` for display; `osEol` decides with `eol`.
 *
 * Sources: https://alpinelinux.org/releases/, https://wiki.debian.org/DebianReleases and
 * https://wiki.debian.org/LTS, https://ubuntu.com/about/release-cycle, https://access.redhat.com/support/policy/updates/errata,
 * https://wiki.rockylinux.org/rocky/version/, https://wiki.almalinux.org/release-notes/,
 * https://www.oracle.com/a/ocom/docs/elsp-lifetime-069338.pdf, https://aws.amazon.com/amazon-linux-2/faqs/,
 * https://docs.aws.amazon.com/linux/al2023/ug/release-cadence.html, https://fedorapeople.org/groups/schedule/,
 * https://endoflife.date (cross-check). Ubuntu LTS dates are published as months; the 1st of the month after is used
 * only when no day is published.
 */
import type { OsFamily } from '../../types/package';

/** One release's support dates (ISO `YYYY-MM-DD`). */
export interface EolEntry {
  /** End of standard support. */
  eol: string;
  /** End of extended support (Debian LTS, Ubuntu ESM, RHEL ELS, Oracle extended), when there is one. */
  extended?: string;
}

/** Keyed by family, then by the release key `eolReleaseKey` derives (`3.18`, `12`, `22.04`, `9`, `stream9`, `2023`). */
export const EOL_DATA: Readonly<Partial<Record<OsFamily, Readonly<Record<string, EolEntry>>>>> = {
  alpine: {
    '3.0': { eol: '2016-05-01' },
    '3.1': { eol: '2016-11-01' },
    '3.2': { eol: '2017-05-01' },
    '3.3': { eol: '2017-11-01' },
    '3.4': { eol: '2018-05-01' },
    '3.5': { eol: '2018-11-01' },
    '3.6': { eol: '2019-05-01' },
    '3.7': { eol: '2019-11-01' },
    '3.8': { eol: '2020-05-01' },
    '3.9': { eol: '2020-11-01' },
    '3.10': { eol: '2021-05-01' },
    '3.11': { eol: '2021-11-01' },
    '3.12': { eol: '2022-05-01' },
    '3.13': { eol: '2022-11-01' },
    '3.14': { eol: '2023-05-01' },
    '3.15': { eol: '2023-11-01' },
    '3.16': { eol: '2024-05-23' },
    '3.17': { eol: '2024-11-22' },
    '3.18': { eol: '2025-05-09' },
    '3.19': { eol: '2025-11-01' },
    '3.20': { eol: '2026-04-01' },
    '3.21': { eol: '2026-11-01' },
    '3.22': { eol: '2027-05-01' },
  },
  debian: {
    '7': { eol: '2016-04-25', extended: '2018-05-31' },
    '8': { eol: '2018-06-17', extended: '2020-06-30' },
    '9': { eol: '2020-07-06', extended: '2022-06-30' },
    '10': { eol: '2022-09-10', extended: '2024-06-30' },
    '11': { eol: '2024-08-14', extended: '2026-08-31' },
    '12': { eol: '2026-06-10', extended: '2028-06-30' },
    '13': { eol: '2028-08-09', extended: '2030-06-30' },
  },
  ubuntu: {
    '12.04': { eol: '2017-04-28', extended: '2019-04-26' },
    '14.04': { eol: '2019-04-25', extended: '2024-04-25' },
    '16.04': { eol: '2021-04-30', extended: '2026-04-23' },
    '16.10': { eol: '2017-07-20' },
    '17.04': { eol: '2018-01-13' },
    '17.10': { eol: '2018-07-19' },
    '18.04': { eol: '2023-05-31', extended: '2028-03-31' },
    '18.10': { eol: '2019-07-18' },
    '19.04': { eol: '2020-01-23' },
    '19.10': { eol: '2020-07-17' },
    '20.04': { eol: '2025-05-31', extended: '2030-04-02' },
    '20.10': { eol: '2021-07-22' },
    '21.04': { eol: '2022-01-20' },
    '21.10': { eol: '2022-07-14' },
    '22.04': { eol: '2027-06-01', extended: '2032-04-09' },
    '22.10': { eol: '2023-07-20' },
    '23.04': { eol: '2024-01-25' },
    '23.10': { eol: '2024-07-11' },
    '24.04': { eol: '2029-06-01', extended: '2034-04-25' },
    '24.10': { eol: '2025-07-10' },
  },
  redhat: {
    '6': { eol: '2020-11-30', extended: '2024-06-30' },
    '7': { eol: '2024-06-30', extended: '2028-06-30' },
    '8': { eol: '2029-05-31', extended: '2032-05-31' },
    '9': { eol: '2032-05-31', extended: '2035-05-31' },
  },
  centos: {
    '6': { eol: '2020-11-30' },
    '7': { eol: '2024-06-30' },
    '8': { eol: '2021-12-31' },
    stream8: { eol: '2024-05-31' },
    stream9: { eol: '2027-05-31' },
  },
  rocky: {
    '8': { eol: '2029-05-31' },
    '9': { eol: '2032-05-31' },
  },
  alma: {
    '8': { eol: '2029-03-01' },
    '9': { eol: '2032-05-31' },
  },
  oracle: {
    '6': { eol: '2021-03-01', extended: '2024-06-30' },
    '7': { eol: '2024-12-31', extended: '2028-06-30' },
    '8': { eol: '2029-07-31', extended: '2032-07-31' },
    '9': { eol: '2032-06-30', extended: '2034-06-30' },
  },
  amazon: {
    '1': { eol: '2023-12-31' },
    '2': { eol: '2026-06-30' },
    '2023': { eol: '2029-06-30' },
  },
  fedora: {
    '35': { eol: '2022-12-13' },
    '36': { eol: '2023-05-16' },
    '37': { eol: '2023-12-05' },
    '38': { eol: '2024-05-21' },
    '39': { eol: '2024-11-26' },
    '40': { eol: '2025-05-13' },
  },
};
