/**
 * The sentences of `rocks check` and `rocks diff`: findings, risk changes and
 * the reasons a check failed carry a code and data (src/model/finding.ts,
 * src/model/diff.ts); this module alone puts them into words, for every
 * format. Plain text built from untrusted names: the caller escapes it for
 * its medium.
 */
import type { RiskChange } from '../model/diff.js';
import type { Finding, OutcomeReason, WaiverKey } from '../model/finding.js';

/** "1 owner", "3 owners". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first `max` items, then how many more: "a, b, c, d and 2 more". */
function list(items: readonly string[], max = 4): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** A waiver as the messages name it: `load-over-limit on "Ada"`. */
function waiverLabel(w: WaiverKey): string {
  return `${w.rule}${w.target !== undefined ? ` on "${w.target}"` : ''}`;
}

/** The sentence for a finding. */
export function findingMessage(f: Finding): string {
  switch (f.rule) {
    case 'load-over-limit': {
      const { member, effort, capacity, load, maxLoad } = f.facts;
      return `${member} carries ${effort} h a week against a capacity of ${capacity} h: ${load}% load, over the policy limit of ${maxLoad}%`;
    }
    case 'too-many-disciplines': {
      const { member, disciplines, maxDisciplines } = f.facts;
      return `${member} works in ${disciplines.length} disciplines (${list(disciplines)}); the policy allows ${maxDisciplines} per person`;
    }
    case 'required-discipline-gap': {
      const { discipline, name, role } = f.facts;
      return `nobody owns ${discipline} (${name}), a required discipline: give its rocks to someone with room, or open a ${role} role`;
    }
    case 'required-discipline-thin': {
      const { discipline, owners, minOwners } = f.facts;
      return `${discipline} has ${plural(owners.length, 'owner')} (${list(owners)}); the policy asks for at least ${minOwners}`;
    }
    case 'unicorn-score': {
      const { member, score, span, load, soleOwnerOf, maxUnicornScore } = f.facts;
      const sole = soleOwnerOf.length ? `, sole owner of ${list(soleOwnerOf)}` : '';
      return `${member} is a unicorn risk: score ${score.toFixed(1)} (${span.toFixed(1)} effective disciplines at ${load}% load${sole}), over the policy limit of ${maxUnicornScore}`;
    }
    case 'unassigned-rock':
      return `"${f.facts.title}" is a rock nobody carries${f.facts.allowed ? '' : '; the policy does not allow unassigned rocks'}`;
    case 'unclassified-task': {
      const { title, owner } = f.facts;
      return `no discipline for "${title}" (${owner === null ? 'unassigned' : `carried by ${owner}`}): give the task a discipline: or add a classification rule`;
    }
    case 'handoff-without-context': {
      const { title, from, to } = f.facts;
      return `"${title}" moved from ${from ?? 'the unassigned rocks'} to ${to} without context: add a context:, handoff: or link: so the new owner can value it`;
    }
    case 'last-owner-lost':
    case 'becomes-unicorn':
      return riskMessage(f.facts);
    case 'waiver-expired':
      return `the waiver for ${waiverLabel(f.facts.waiver)} expired on ${f.facts.expires}; its findings count again (renew it with a new date, or fix what it waived)`;
    case 'waiver-unused': {
      const { waiver, knownRule, suggestion } = f.facts;
      const why = knownRule
        ? '; remove it, or fix its rule id or target'
        : suggestion !== null
          ? `; there is no rule "${waiver.rule}": did you mean "${suggestion}"?`
          : `; there is no rule "${waiver.rule}" (rocks check --list-rules shows them)`;
      return `the waiver for ${waiverLabel(waiver)} matches no finding${why}`;
    }
  }
}

/** The sentence for a risk that appeared or went away with a change. */
export function riskMessage(r: RiskChange): string {
  switch (r.kind) {
    case 'last-owner-lost':
      return `${r.discipline} loses its last ${r.members.length === 1 ? 'owner' : 'owners'}: ${r.members.join(', ')} carried it before${r.required ? ', and it is required' : ''}`;
    case 'first-owner-gained':
      return `${r.discipline} gains an owner: ${r.members.join(', ')}`;
    case 'becomes-unicorn': {
      const before = r.scoreBefore !== null ? `${r.scoreBefore.toFixed(1)} → ` : '';
      return `${r.members[0]} becomes a unicorn: risk score ${before}${r.scoreAfter.toFixed(1)} over ${r.maxUnicornScore}, across ${r.disciplines} disciplines`;
    }
    case 'no-longer-unicorn':
      return `${r.members[0]} is no longer a unicorn risk: score ${r.scoreBefore.toFixed(1)} → ${r.scoreAfter.toFixed(1)}`;
    case 'becomes-overloaded': {
      const before = r.loadBefore !== null ? `${r.loadBefore}% → ` : '';
      return `${r.members[0]} becomes overloaded: ${before}${r.loadAfter}% load, over ${r.maxLoad}%`;
    }
    case 'no-longer-overloaded':
      return `${r.members[0]} is no longer overloaded: ${r.loadBefore}% → ${r.loadAfter}%`;
  }
}

/** Why the gate failed, as a clause: `2 findings at or above "error"`. */
export function reasonMessage(r: OutcomeReason): string {
  switch (r.kind) {
    case 'findings-at-or-above':
      return `${plural(r.count, 'finding')} at or above "${r.failOn}"`;
    case 'too-many-warnings':
      return `${plural(r.count, 'warning')}, more than --max-warnings ${r.maxWarnings}`;
  }
}
