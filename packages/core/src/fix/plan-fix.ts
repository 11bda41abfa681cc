/**
 * planFix: from the selected vulnerabilities of an image to the package upgrades that fix them. Pure: the same
 * input always gives the same plan, so the console can preview it before the fixed image is built.
 */
import { OS_ECOSYSTEMS } from '../types/ecosystem';
import { compareVersions } from '../version/index';
import { fixEcosystem, packageManager, upgradeCommand } from './commands';
import {
  type FixCandidate,
  type FixEcosystem,
  FixError,
  type FixPlan,
  type PackageFix,
  type PlanFixInput,
  type UnfixableVulnerability,
} from './types';

/**
 * Builds the fix plan. Per package the target is the highest fixed version its selected vulnerabilities need
 * (ordered by the ecosystem's real comparator, so deb epochs and tildes, apk `-rN` and rpm releases count).
 *
 * @throws FixError `UNSUPPORTED_OS` when the OS family has no known package manager.
 */
export function planFix(input: PlanFixInput): FixPlan {
  const ecosystem = fixEcosystem(input.os.family);
  if (!ecosystem) {
    throw new FixError('UNSUPPORTED_OS', `cannot fix packages of OS family "${input.os.family}"`);
  }
  const manager = packageManager(input.os, ecosystem);
  const byName = new Map<string, PackageFix>();
  const unfixable: UnfixableVulnerability[] = [];
  for (const vuln of input.vulnerabilities) {
    const problem = unfixableReason(vuln, ecosystem);
    if (problem) {
      unfixable.push({
        id: vuln.id,
        pkgName: vuln.pkgName,
        ecosystem: vuln.ecosystem,
        installedVersion: vuln.installedVersion,
        ...problem,
      });
      continue;
    }
    const fixed = vuln.fixedVersion as string;
    const current = byName.get(vuln.pkgName);
    if (!current) {
      byName.set(vuln.pkgName, {
        name: vuln.pkgName,
        ecosystem,
        installedVersion: vuln.installedVersion,
        fixedVersion: fixed,
        targetVersion: '',
        vulnerabilities: [vuln.id],
      });
      continue;
    }
    if (compareVersions(ecosystem, fixed, current.fixedVersion) > 0) current.fixedVersion = fixed;
    if (!current.vulnerabilities.includes(vuln.id)) current.vulnerabilities.push(vuln.id);
  }
  const packages = [...byName.values()]
    .map((p) => ({ ...p, targetVersion: targetVersion(ecosystem, p), vulnerabilities: [...p.vulnerabilities].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const command = upgradeCommand(manager, packages);
  const notes: string[] = [];
  if (input.os.distroless) {
    notes.push('Distroless images have no shell or package manager: run the command in a build stage.');
  }
  return {
    image: input.image,
    os: input.os,
    ecosystem,
    packageManager: manager,
    packages,
    command,
    dockerfile: command ? `FROM ${input.image}\nRUN ${command}\n` : `FROM ${input.image}\n`,
    unfixable: unfixable.sort((a, b) => cmp(a.pkgName, b.pkgName) || cmp(a.id, b.id)),
    notes,
  };
}

function unfixableReason(
  vuln: FixCandidate,
  ecosystem: FixEcosystem,
): Pick<UnfixableVulnerability, 'reason' | 'message'> | undefined {
  if (!(OS_ECOSYSTEMS as readonly string[]).includes(vuln.ecosystem)) {
    return {
      reason: 'not_os_package',
      message: `${vuln.ecosystem} packages are application dependencies: upgrade them in the application's build`,
    };
  }
  if (vuln.ecosystem !== ecosystem) {
    return {
      reason: 'ecosystem_mismatch',
      message: `a ${vuln.ecosystem} package on an image whose OS uses ${ecosystem}`,
    };
  }
  if (!vuln.fixedVersion) {
    return { reason: 'no_fixed_version', message: 'the distribution has not released a fixed version yet' };
  }
  return undefined;
}

/** deb only: a binary epoch the (source) fixed version lacks is carried over, as the next upload keeps it. */
function targetVersion(ecosystem: FixEcosystem, pkg: PackageFix): string {
  if (ecosystem !== 'deb' || pkg.fixedVersion.includes(':')) return pkg.fixedVersion;
  const epoch = /^(\d+):/.exec(pkg.installedVersion)?.[1];
  return epoch && epoch !== '0' ? `${epoch}:${pkg.fixedVersion}` : pkg.fixedVersion;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
