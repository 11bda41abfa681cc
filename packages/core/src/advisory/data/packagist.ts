/**
 * Curated Packagist records (OSV ecosystem `Packagist`, package = `vendor/name`, ECOSYSTEM
 * ranges over Composer versions), following the GitHub Advisory Database. Summaries are written
 * for this dataset.
 */
import { type AdvisoryFact, advisory, affects, type RangeSpec } from './build';
import type { OsvRecord } from './osv-record';

const composer = (name: string, ...ranges: RangeSpec[]) => affects('Packagist', name, ...ranges);

const FACTS: readonly AdvisoryFact[] = [
  {
    id: 'GHSA-w248-ffj2-4v5q',
    aliases: ['CVE-2022-31043'],
    rating: 'HIGH',
    summary: 'Guzzle keeps the Authorization header when a redirect downgrades HTTPS to HTTP',
    affected: [composer('guzzlehttp/guzzle', ['4.0.0', '6.5.7'], ['7.0.0', '7.4.4'])],
  },
  {
    id: 'GHSA-wxmh-65f7-jcvw',
    aliases: ['CVE-2023-29197'],
    rating: 'HIGH',
    summary: 'guzzlehttp/psr7 accepts newlines in header names, enabling header injection',
    affected: [composer('guzzlehttp/psr7', ['0', '1.9.1'], ['2.0.0', '2.4.5'])],
  },
  {
    id: 'GHSA-5f37-gxvh-23v6',
    aliases: ['CVE-2016-10033'],
    rating: 'CRITICAL',
    summary: 'PHPMailer mail() transport passes unescaped sender addresses to sendmail (remote code execution)',
    affected: [composer('phpmailer/phpmailer', ['0', '5.2.18'])],
  },
  {
    id: 'GHSA-52m2-vc4m-jj33',
    aliases: ['CVE-2022-39261'],
    rating: 'HIGH',
    summary: 'Twig filesystem loader accepts template names that escape the configured paths',
    affected: [composer('twig/twig', ['0', '1.44.7'], ['2.0.0', '2.15.3'], ['3.0.0', '3.4.3'])],
  },
  {
    id: 'GHSA-h7vf-5wrv-9fhv',
    aliases: ['CVE-2022-24894'],
    rating: 'MODERATE',
    summary: "Symfony HttpCache stores Set-Cookie headers, serving one user's cookies to others",
    affected: [
      composer(
        'symfony/http-kernel',
        ['2.0.0', '4.4.50'],
        ['5.0.0', '5.4.20'],
        ['6.0.0', '6.0.20'],
        ['6.1.0', '6.1.12'],
        ['6.2.0', '6.2.6'],
      ),
    ],
  },
];

/** Curated `Packagist` records. */
export const packagistAdvisories: readonly OsvRecord[] = FACTS.map(advisory);
