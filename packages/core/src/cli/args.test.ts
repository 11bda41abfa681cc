import { describe, expect, it } from 'vitest';
import { parseArgs, parseSeverities, UsageError } from './args';

describe('parseArgs', () => {
  it.each([
    [[], { command: 'help' }],
    [['--help'], { command: 'help' }],
    [['image', '--help'], { command: 'help' }],
    [['--version'], { command: 'version' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it('parses an image scan with every flag, in both --flag value and --flag=value forms', () => {
    expect(
      parseArgs([
        'image',
        'alpine.tar',
        '-f',
        'json',
        '--engine',
        'cloud',
        '--output=out.json',
        '--advisories',
        'a.json',
        '--advisories=b.zip',
        '--no-builtin-advisories',
        '--severity',
        'high,critical',
        '--exit-code',
        '5',
        '--platform',
        'linux/arm64/v8',
        '--list-all-pkgs',
        '--include-lock-files',
      ]),
    ).toEqual({
      command: 'image',
      input: 'alpine.tar',
      engine: 'cloud',
      format: 'json',
      output: 'out.json',
      advisories: ['a.json', 'b.zip'],
      builtinAdvisories: false,
      severities: ['CRITICAL', 'HIGH'],
      exitCode: 5,
      platform: 'linux/arm64/v8',
      listPackages: true,
      includeLockFiles: true,
    });
  });

  it('defaults to a table of every severity and exit code 0', () => {
    expect(parseArgs(['image', 'dir/'])).toMatchObject({
      engine: 'trivy',
      format: 'table',
      builtinAdvisories: true,
      severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'],
      exitCode: 0,
      advisories: [],
      listPackages: false,
      includeLockFiles: false,
    });
  });

  it('parses db info', () => {
    expect(parseArgs(['db', 'info', '--advisories', 'x', '--format', 'json'])).toEqual({
      command: 'db-info',
      advisories: ['x'],
      builtinAdvisories: true,
      format: 'json',
    });
  });

  it.each([
    [['scan'], "unknown command 'scan'"],
    [['--bogus'], 'unknown flag --bogus'],
    [['image'], 'missing image path'],
    [['image', 'a.tar', '--bogus'], "unknown flag --bogus for 'image'"],
    [['image', 'a.tar', 'b.tar'], "unexpected argument 'b.tar'"],
    [['image', 'a.tar', '--format', 'xml'], "bad --format value 'xml'"],
    [['image', 'a.tar', '--format'], '--format needs a value'],
    [['image', 'a.tar', '--format', '--severity', 'HIGH'], '--format needs a value'],
    [['image', 'a.tar', '--format=json', '-f', 'csv'], '--format was given more than once'],
    [['image', 'a.tar', '--engine', 'aliyun'], "bad --engine value 'aliyun' (allowed: trivy, cloud)"],
    [['image', 'a.tar', '--engine=CLOUD'], "bad --engine value 'CLOUD'"],
    [['image', 'a.tar', '--engine'], '--engine needs a value'],
    [['image', 'a.tar', '--engine='], '--engine needs a value'],
    [['image', 'a.tar', '--engine', 'cloud', '--engine', 'trivy'], '--engine was given more than once'],
    [['image', 'a.tar', '--severity', 'HIGH,SEVERE'], "bad --severity value 'SEVERE'"],
    [['image', 'a.tar', '--exit-code', '-1'], '--exit-code needs a value'],
    [['image', 'a.tar', '--exit-code', 'x'], "bad --exit-code value 'x'"],
    [['image', 'a.tar', '--exit-code', '256'], "bad --exit-code value '256'"],
    [['image', 'a.tar', '--platform', 'arm64'], "bad --platform value 'arm64'"],
    [['image', 'a.tar', '--no-builtin-advisories=yes'], '--no-builtin-advisories takes no value'],
    [['image', 'a.tar', '--include-lock-files=true'], '--include-lock-files takes no value'],
    [['db'], 'missing db command'],
    [['db', 'update'], "unknown db command 'update'"],
    [['db', 'info', '--format', 'csv'], "bad --format value 'csv' for 'db info'"],
    [['db', 'info', 'extra'], "unexpected argument 'extra'"],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it.each(['trivy', 'cloud'])('accepts --engine %s', (engine) => {
    expect(parseArgs(['image', 'a.tar', `--engine=${engine}`])).toMatchObject({ engine });
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['image', '--', '-weird.tar'])).toMatchObject({ input: '-weird.tar' });
  });
});

describe('parseSeverities', () => {
  it.each([
    ['CRITICAL', ['CRITICAL']],
    ['low, high ,Low', ['HIGH', 'LOW']],
    ['UNKNOWN,MEDIUM', ['MEDIUM', 'UNKNOWN']],
  ])('%s → %j', (text, expected) => expect(parseSeverities(text)).toEqual(expected));
});
