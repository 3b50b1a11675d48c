/** Where findings point: the YAML node they are about, or the nearest one that exists. */
import type { Member, Org } from '../model/org.js';
import type { Location } from './rule.js';

/** A required discipline: its `policy.required` entry, else the policy, else the top of the first file. */
export function requiredAt(org: Org, id: string): Location {
  const ref = org.policyRef;
  if (ref) {
    const index = org.policy.required.indexOf(id);
    const pos = (index >= 0 ? ref.required?.[index] : undefined) ?? ref.pos;
    return { file: ref.ref.file, line: pos.line, col: pos.col };
  }
  return { file: org.files[0] ?? '<org>', line: 1, col: 1 };
}

const membersByOrg = new WeakMap<Org, Map<string, Member>>();

/** The member of that name; the index is built once per org, however many rules look members up. */
export function memberNamed(org: Org, name: string): Member | undefined {
  let members = membersByOrg.get(org);
  if (!members) membersByOrg.set(org, (members = new Map(org.members.map((m) => [m.name, m]))));
  return members.get(name);
}
