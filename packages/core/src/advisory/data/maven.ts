/**
 * Curated Maven records (OSV ecosystem `Maven`, package = `groupId:artifactId`, ECOSYSTEM
 * ranges over Maven versions), following the GitHub Advisory Database. Summaries are written
 * for this dataset.
 */
import { type AdvisoryFact, advisory, affects, CVSS, type RangeSpec } from './build';
import type { OsvRecord } from './osv-record';

const mvn = (name: string, ...ranges: RangeSpec[]) => affects('Maven', name, ...ranges);
const LOG4J_CORE = 'org.apache.logging.log4j:log4j-core';
const DATABIND = 'com.fasterxml.jackson.core:jackson-databind';
const SPRING_FIX: RangeSpec[] = [
  ['0', '5.2.20.RELEASE'],
  ['5.3.0', '5.3.18'],
];

const FACTS: readonly AdvisoryFact[] = [
  // Log4j
  {
    id: 'GHSA-jfh8-c2jp-5v3q',
    aliases: ['CVE-2021-44228'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_SCOPE,
    published: '2021-12-10',
    summary: 'Log4Shell: Log4j 2 JNDI lookups in logged data allow remote code execution',
    affected: [mvn(LOG4J_CORE, ['0', '2.3.1'], ['2.4', '2.12.2'], ['2.13.0', '2.15.0'])],
  },
  {
    id: 'GHSA-7rjr-3q55-vv33',
    aliases: ['CVE-2021-45046'],
    rating: 'CRITICAL',
    cvss: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H',
    published: '2021-12-14',
    summary: 'Log4j 2.15.0 Log4Shell fix is incomplete in non-default configurations (context lookups)',
    affected: [mvn(LOG4J_CORE, ['2.0-beta9', '2.3.1'], ['2.4', '2.12.2'], ['2.13.0', '2.16.0'])],
  },
  {
    id: 'GHSA-p6xc-xr62-6r2g',
    aliases: ['CVE-2021-45105'],
    rating: 'HIGH',
    published: '2021-12-18',
    summary: 'Log4j 2 self-referential lookups cause uncontrolled recursion (denial of service)',
    affected: [mvn(LOG4J_CORE, ['2.0-beta9', '2.3.1'], ['2.4', '2.12.3'], ['2.13.0', '2.17.0'])],
  },
  {
    id: 'GHSA-8489-44mv-ggj8',
    aliases: ['CVE-2021-44832'],
    rating: 'MODERATE',
    cvss: 'CVSS:3.1/AV:N/AC:H/PR:H/UI:N/S:U/C:H/I:H/A:H',
    published: '2021-12-28',
    summary: 'Log4j 2 JDBC appender with an attacker-controlled configuration allows remote code execution',
    affected: [mvn(LOG4J_CORE, ['2.0-beta7', '2.3.2'], ['2.4', '2.12.4'], ['2.13.0', '2.17.1'])],
  },
  {
    id: 'GHSA-2qrg-x229-3v8q',
    aliases: ['CVE-2019-17571'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    summary: 'Log4j 1.2 SocketServer deserializes untrusted data (remote code execution); 1.x is end of life',
    affected: [mvn('log4j:log4j', ['0', '<=1.2.17'])],
  },
  // Spring
  {
    id: 'GHSA-36p3-wjmg-h94x',
    aliases: ['CVE-2022-22965'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    published: '2022-03-31',
    summary: 'Spring4Shell: data binding on JDK 9+ exposes the class loader, allowing remote code execution',
    affected: [
      mvn('org.springframework:spring-beans', ...SPRING_FIX),
      mvn('org.springframework:spring-webmvc', ...SPRING_FIX),
      mvn('org.springframework:spring-webflux', ...SPRING_FIX),
    ],
  },
  {
    id: 'GHSA-6v73-fgf6-w5j7',
    aliases: ['CVE-2022-22963'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    summary: 'Spring Cloud Function routing expressions allow SpEL injection (remote code execution)',
    affected: [mvn('org.springframework.cloud:spring-cloud-function-context', ['0', '3.1.7'], ['3.2.0', '3.2.3'])],
  },
  {
    id: 'GHSA-558x-2xjg-6232',
    aliases: ['CVE-2022-22950'],
    rating: 'MODERATE',
    summary: 'Spring Expression Language allows crafted expressions to exhaust memory',
    affected: [mvn('org.springframework:spring-expression', ['0', '5.2.20.RELEASE'], ['5.3.0', '5.3.17'])],
  },
  {
    id: 'GHSA-hh32-7344-cg2f',
    aliases: ['CVE-2022-22978'],
    rating: 'CRITICAL',
    summary: 'Spring Security RegexRequestMatcher can be bypassed with newline characters in the path',
    affected: [
      mvn('org.springframework.security:spring-security-core', ['0', '5.4.11'], ['5.5.0', '5.5.7'], ['5.6.0', '5.6.4']),
      mvn('org.springframework.security:spring-security-web', ['0', '5.4.11'], ['5.5.0', '5.5.7'], ['5.6.0', '5.6.4']),
    ],
  },
  {
    id: 'GHSA-4wrc-f8pq-fpqp',
    aliases: ['CVE-2016-1000027'],
    rating: 'CRITICAL',
    summary: 'Spring HttpInvokerServiceExporter deserializes untrusted Java objects',
    affected: [mvn('org.springframework:spring-web', ['0', '6.0.0'])],
  },
  {
    id: 'GHSA-cx7f-g6mp-7hqm',
    aliases: ['CVE-2024-38816'],
    rating: 'HIGH',
    summary: 'Spring functional web static resources allow path traversal',
    affected: [mvn('org.springframework:spring-webmvc', ['5.3.0', '5.3.40'], ['6.0.0', '6.0.24'], ['6.1.0', '6.1.13'])],
  },
  // Apache Commons
  {
    id: 'GHSA-599f-7c49-w659',
    aliases: ['CVE-2022-42889'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    published: '2022-10-13',
    summary: 'Text4Shell: Commons Text StringSubstitutor default lookups (script, dns, url) allow code execution',
    affected: [mvn('org.apache.commons:commons-text', ['1.5', '1.10.0'])],
  },
  {
    id: 'GHSA-fjq5-5j5f-mvxh',
    aliases: ['CVE-2015-7501'],
    rating: 'CRITICAL',
    summary: 'Commons Collections InvokerTransformer enables Java deserialization gadget chains',
    affected: [
      mvn('commons-collections:commons-collections', ['0', '3.2.2']),
      mvn('org.apache.commons:commons-collections4', ['4.0', '4.1']),
    ],
  },
  {
    id: 'GHSA-hfrx-6qgj-fp6c',
    aliases: ['CVE-2023-24998'],
    rating: 'HIGH',
    summary: 'Commons FileUpload has no limit on the number of request parts (denial of service)',
    affected: [mvn('commons-fileupload:commons-fileupload', ['0', '1.5'])],
  },
  // Jackson
  {
    id: 'GHSA-4w82-r329-3q67',
    aliases: ['CVE-2020-8840'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    summary: 'jackson-databind polymorphic typing allows xbean-reflection JNDI gadgets',
    affected: [mvn(DATABIND, ['2.0.0', '2.9.10.3'], ['2.10.0', '2.10.3'])],
  },
  {
    id: 'GHSA-gww7-p5w4-wrfv',
    aliases: ['CVE-2019-20330'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_RCE,
    summary: 'jackson-databind polymorphic typing misses ehcache gadget classes in its blocklist',
    affected: [mvn(DATABIND, ['2.0.0', '2.9.10.2'], ['2.10.0', '2.10.2'])],
  },
  {
    id: 'GHSA-57j2-w4cx-62h2',
    aliases: ['CVE-2020-36518'],
    rating: 'HIGH',
    cvss: CVSS.NETWORK_DOS,
    summary: 'jackson-databind deeply nested JSON exhausts the Java stack',
    affected: [mvn(DATABIND, ['0', '2.12.6.1'], ['2.13.0', '2.13.2.1'])],
  },
  {
    id: 'GHSA-jjjh-jjxp-wpff',
    aliases: ['CVE-2022-42003'],
    rating: 'HIGH',
    cvss: CVSS.NETWORK_DOS,
    summary: 'jackson-databind UNWRAP_SINGLE_VALUE_ARRAYS allows stack exhaustion with deep arrays',
    affected: [mvn(DATABIND, ['0', '2.12.7.1'], ['2.13.0', '2.13.4.2'])],
  },
  {
    id: 'GHSA-rgv9-q543-rqg4',
    aliases: ['CVE-2022-42004'],
    rating: 'HIGH',
    cvss: CVSS.NETWORK_DOS,
    summary: 'jackson-databind BeanDeserializer lacks a nesting check for arrays (stack exhaustion)',
    affected: [mvn(DATABIND, ['0', '2.12.7.1'], ['2.13.0', '2.13.4'])],
  },
  {
    id: 'GHSA-qxxx-2pp7-5hmx',
    aliases: ['CVE-2017-7525'],
    rating: 'CRITICAL',
    summary: 'jackson-databind default typing deserializes arbitrary classes (remote code execution)',
    affected: [mvn(DATABIND, ['0', '2.6.7.1'], ['2.7.0', '2.7.9.1'], ['2.8.0', '2.8.9'])],
  },
  {
    id: 'GHSA-288c-cq4h-88gq',
    aliases: ['CVE-2020-25649'],
    rating: 'HIGH',
    summary: 'jackson-databind DOMDeserializer does not disable external entities (XXE)',
    affected: [mvn(DATABIND, ['0', '2.6.7.4'], ['2.7.0', '2.9.10.7'], ['2.10.0', '2.10.5.1'])],
  },
  {
    id: 'GHSA-h46c-h94j-95f3',
    aliases: ['CVE-2025-52999'],
    rating: 'HIGH',
    summary: 'jackson-core has no nesting depth limit, so deeply nested input overflows the stack',
    affected: [mvn('com.fasterxml.jackson.core:jackson-core', ['0', '2.15.0'])],
  },
  // SnakeYAML
  {
    id: 'GHSA-mjmj-j48q-9wg2',
    aliases: ['CVE-2022-1471'],
    rating: 'HIGH',
    summary: 'SnakeYAML Constructor instantiates arbitrary types from YAML (deserialization RCE)',
    affected: [mvn('org.yaml:snakeyaml', ['0', '2.0'])],
  },
  {
    id: 'GHSA-3mc7-4q67-w48m',
    aliases: ['CVE-2022-25857'],
    rating: 'HIGH',
    cvss: CVSS.NETWORK_DOS,
    summary: 'SnakeYAML has no nesting depth limit for collections (denial of service)',
    affected: [mvn('org.yaml:snakeyaml', ['0', '1.31'])],
  },
  // Struts, H2, Netty, XStream, logback, ActiveMQ
  {
    id: 'GHSA-j77q-2qqg-6989',
    aliases: ['CVE-2017-5638'],
    rating: 'CRITICAL',
    cvss: CVSS.CRITICAL_SCOPE,
    summary: 'Struts 2 Jakarta multipart parser evaluates OGNL in Content-Type headers (remote code execution)',
    affected: [mvn('org.apache.struts:struts2-core', ['2.3.5', '2.3.32'], ['2.5', '2.5.10.1'])],
  },
  {
    id: 'GHSA-2j39-qcjm-428w',
    aliases: ['CVE-2023-50164'],
    rating: 'CRITICAL',
    summary: 'Struts 2 file upload parameter manipulation allows path traversal and code execution',
    affected: [mvn('org.apache.struts:struts2-core', ['2.0.0', '2.5.33'], ['6.0.0', '6.3.0.2'])],
  },
  {
    id: 'GHSA-h376-j262-vhq6',
    aliases: ['CVE-2021-42392'],
    rating: 'CRITICAL',
    summary: 'H2 console passes attacker-controlled JNDI URLs to lookups (remote code execution)',
    affected: [mvn('com.h2database:h2', ['1.1.100', '2.0.206'])],
  },
  {
    id: 'GHSA-45hx-wfhj-473x',
    aliases: ['CVE-2022-23221'],
    rating: 'CRITICAL',
    summary: 'H2 console JDBC URLs with INIT scripts allow remote code execution',
    affected: [mvn('com.h2database:h2', ['0', '2.1.210'])],
  },
  {
    id: 'GHSA-xpw8-rcwv-8f8p',
    aliases: ['CVE-2023-44487'],
    rating: 'HIGH',
    cvss: CVSS.NETWORK_DOS,
    summary: 'Netty HTTP/2 codec is exposed to the Rapid Reset stream cancellation attack',
    affected: [mvn('io.netty:netty-codec-http2', ['0', '4.1.100.Final'])],
  },
  {
    id: 'GHSA-j9h8-phrw-h4fh',
    aliases: ['CVE-2021-39144'],
    rating: 'HIGH',
    summary: 'XStream deserialization of crafted XML allows remote command execution',
    affected: [mvn('com.thoughtworks.xstream:xstream', ['0', '1.4.18'])],
  },
  {
    id: 'GHSA-vmq6-5m68-f53m',
    aliases: ['CVE-2023-6378'],
    rating: 'HIGH',
    summary: 'logback receiver component deserializes crafted data (denial of service)',
    affected: [mvn('ch.qos.logback:logback-classic', ['1.3.0', '1.3.12'], ['1.4.0', '1.4.12'])],
  },
  {
    id: 'GHSA-crg9-44h2-xw35',
    aliases: ['CVE-2023-46604'],
    rating: 'CRITICAL',
    summary: 'ActiveMQ OpenWire unmarshalling instantiates arbitrary classes (remote code execution)',
    affected: [
      mvn(
        'org.apache.activemq:activemq-client',
        ['0', '5.15.16'],
        ['5.16.0', '5.16.7'],
        ['5.17.0', '5.17.6'],
        ['5.18.0', '5.18.3'],
      ),
    ],
  },
];

/** Curated `Maven` records. */
export const mavenAdvisories: readonly OsvRecord[] = FACTS.map(advisory);
