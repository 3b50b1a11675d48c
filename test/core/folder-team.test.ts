import { describe, expect, it } from 'vitest';
import { folderTeams } from '../../src/input/folder-team.js';
import { loadOrg } from '../../src/input/load.js';

describe('folder per team', () => {
  it('names the team after the nearest folder below the input folder, outer folders as parents', () => {
    expect(folderTeams('org/platform/payments/team.yaml', 'org/')).toEqual(['platform', 'payments']);
    expect(folderTeams('org/platform/a.yaml', './org')).toEqual(['platform']);
    expect(folderTeams('../org/p/a.yaml', '../org')).toEqual(['p']);
    expect(folderTeams('C:\\org\\p\\a.yaml', 'C:\\org')).toEqual(['p']);
  });

  it('gives no team to a file directly in the input folder, read on its own, or outside the folder', () => {
    expect(folderTeams('org/a.yaml', 'org')).toEqual([]);
    expect(folderTeams('org/p/a.yaml', undefined)).toEqual([]);
    expect(folderTeams('other/p/a.yaml', 'org')).toEqual([]);
  });

  it('applies when neither the file nor the member names a team', async () => {
    const result = await loadOrg([
      { file: 'org/root.yaml', folder: 'org', text: 'version: 1\nmembers:\n  - name: Root\n' },
      { file: 'org/platform/payments/a.yaml', folder: 'org', text: 'version: 1\nmembers:\n  - name: Ann\n  - name: Bo\n    team: Ledger\n' },
      { file: 'org/platform/search.yaml', folder: 'org', text: 'version: 1\nteam: Search\nmembers:\n  - name: Cy\n' },
    ]);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const teamOf = Object.fromEntries(result.org.members.map((m) => [m.name, m.team ?? null]));
    expect(teamOf).toEqual({ Root: null, Ann: 'payments', Bo: 'Ledger', Cy: 'Search' });
    expect(result.org.teams).toEqual(
      expect.arrayContaining([{ name: 'platform' }, { name: 'payments', parent: 'platform' }, { name: 'Search' }, { name: 'Ledger' }]),
    );
    // Positions are untouched.
    expect(result.org.members[1]!.pos).toEqual({ line: 3, col: 5 });
  });
});
