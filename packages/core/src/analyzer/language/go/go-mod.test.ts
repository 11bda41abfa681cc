import { describe, expect, it } from 'vitest';
import { allPackages, runAnalyzer } from '../testing/parser-harness';
import { goModAnalyzer } from './analyzer';
import { parseGoMod } from './go-mod';

const goMod = `module example.com/demo/go-api

go 1.21

toolchain go1.21.5

require github.com/gin-gonic/gin v1.9.0

require (
	golang.org/x/net v0.7.0 // indirect
	"github.com/quoted/mod" v1.0.0
	github.com/docker/distribution v2.7.1+incompatible
	github.com/old/thing v1.0.0
	github.com/local/thing v0.1.0
	github.com/pinned/thing v1.1.0
)

exclude golang.org/x/net v0.6.0

replace github.com/old/thing => github.com/new/thing v1.2.0

replace (
	github.com/local/thing => ../thing
	github.com/pinned/thing v1.0.0 => github.com/other/thing v9.9.9
)
`;

describe('go.mod', () => {
  it('reads single and block requires, applying replacements as the go command does', () => {
    expect(parseGoMod(goMod, 'go.mod').map((p) => [p.name, p.version])).toEqual([
      ['github.com/gin-gonic/gin', 'v1.9.0'],
      ['golang.org/x/net', 'v0.7.0'],
      ['github.com/quoted/mod', 'v1.0.0'],
      ['github.com/docker/distribution', 'v2.7.1+incompatible'],
      ['github.com/new/thing', 'v1.2.0'],
      // the versioned replace applies to v1.0.0 only, so v1.1.0 stays
      ['github.com/pinned/thing', 'v1.1.0'],
    ]);
  });

  it('encodes + in purls', () => {
    const pkg = parseGoMod(goMod, 'go.mod').find((p) => p.name === 'github.com/docker/distribution');
    expect(pkg?.purl).toBe('pkg:golang/github.com/docker/distribution@v2.7.1%2Bincompatible');
  });

  it('reports through the analyzer as type gomod, nothing for a module without requirements', async () => {
    const result = await runAnalyzer(goModAnalyzer, 'app/go.mod', goMod);
    expect(result?.applications?.[0]?.type).toBe('gomod');
    expect(allPackages(result)).toHaveLength(6);
    expect(await runAnalyzer(goModAnalyzer, 'app/go.mod', 'module x\n\ngo 1.22\n')).toBeNull();
  });

  it('survives garbage', () => {
    expect(parseGoMod('require (\n\u0000\u0001\n))) =>\nreplace =>\n', 'go.mod')).toEqual([]);
  });
});
