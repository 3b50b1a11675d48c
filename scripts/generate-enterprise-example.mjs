#!/usr/bin/env node
// Writes examples/enterprise.yaml: a ~200-person travel company with several
// product lines. Deterministic (seeded PRNG, no dependencies): running it twice
// gives the same file, so the output is committed and diffs stay reviewable.
//
//   node scripts/generate-enterprise-example.mjs [--seed N] [--out FILE]
//
// What the audit should show: product marketing is a gap (the PMM team was
// folded into brand marketing; launch plans and battlecards lie on the
// ground), the Stays group PM is overloaded, the Loyalty principal engineer is
// a unicorn, and several rocks are unassigned.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const seed = Number(flag('--seed', '20240611'));
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(flag('--out', resolve(here, '../examples/enterprise.yaml')));

// ------------------------------------------------------------------ random

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
function shuffle(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ------------------------------------------------------------------- names

const FIRST = [
  'Aaliyah', 'Abebe', 'Adebayo', 'Adriana', 'Ahmed', 'Aiko', 'Akosua', 'Alejandro', 'Aleksandra', 'Ali', 'Amani', 'Ana',
  'Anders', 'Andrei', 'Anika', 'Arash', 'Arjun', 'Astrid', 'Ayesha', 'Bao', 'Beatriz', 'Bilal', 'Bogdan', 'Camila',
  'Carlos', 'Chidi', 'Chloe', 'Daniela', 'Darius', 'Deepa', 'Diego', 'Dmitri', 'Eitan', 'Elif', 'Emeka', 'Emma',
  'Esther', 'Farah', 'Fatima', 'Felipe', 'Freya', 'Gabriel', 'Hana', 'Hamza', 'Hiroshi', 'Ife', 'Ingrid', 'Isabel',
  'Ivan', 'Jamal', 'Javier', 'Jia', 'Joon-ho', 'Julia', 'Kai', 'Kamala', 'Karim', 'Katarzyna', 'Kenji', 'Kiran',
  'Lars', 'Layla', 'Leon', 'Lucía', 'Mai', 'Malik', 'Manon', 'Marco', 'Maria', 'Marisol', 'Mehmet', 'Mei',
  'Mohammed', 'Nadia', 'Naledi', 'Nikhil', 'Nils', 'Noa', 'Olga', 'Oluwaseun', 'Omar', 'Paulo', 'Pedro', 'Priya',
  'Quentin', 'Rafael', 'Rania', 'Ravi', 'Rosa', 'Ruth', 'Sakura', 'Salma', 'Samir', 'Santiago', 'Sara', 'Sebastian',
  'Shira', 'Siddharth', 'Sina', 'Siobhan', 'Sofia', 'Sun-hee', 'Tariq', 'Thabo', 'Thanh', 'Tomás', 'Tunde', 'Valentina',
  'Vikram', 'Wanjiru', 'Wei', 'Xavier', 'Yara', 'Yaw', 'Yusuf', 'Zainab', 'Zeynep', 'Zoltan', 'Zoe', 'Erik',
];
const LAST = [
  'Abara', 'Acheampong', 'Adeyemi', 'Aguilar', 'Ahmadi', 'Alvarez', 'Andersen', 'Aoki', 'Baptiste', 'Barros', 'Bauer',
  'Bhatt', 'Bianchi', 'Chen', 'Chowdhury', 'Costa', 'Cruz', 'Dang', 'De Vries', 'Diallo', 'Dubois', 'Eriksson', 'Eze',
  'Fernandes', 'Fischer', 'Fonseca', 'Gallo', 'García', 'Ghosh', 'Gomes', 'Gupta', 'Haddad', 'Hansen', 'Hashemi',
  'Hoang', 'Horvat', 'Hussain', 'Ibrahim', 'Ito', 'Ivanova', 'Jansen', 'Jaramillo', 'Johansson', 'Kamau', 'Kapoor',
  'Kaur', 'Kelly', 'Khan', 'Kim', 'Kowalski', 'Kruger', 'Kumar', 'Larsen', 'Le', 'Lee', 'Lindgren', 'Liu', 'Lopes',
  'Lungu', 'Mahlangu', 'Malik', 'Mendes', 'Mensah', 'Mishra', 'Molina', 'Moreau', 'Morales', 'Murphy', 'Musa', 'Nair',
  'Nakamura', 'Ndlovu', 'Nguyen', 'Novak', 'Nowak', 'Nyambura', "O'Brien", 'Obi', 'Ogunleye', 'Okafor', 'Olsen', 'Ortiz',
  'Osei', 'Ozturk', 'Papadopoulos', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu', 'Qureshi', 'Rahman', 'Ramos',
  'Rao', 'Reddy', 'Rezaei', 'Rossi', 'Saito', 'Santos', 'Sato', 'Schmidt', 'Sharma', 'Silva', 'Singh', 'Sokolov',
  'Suzuki', 'Takahashi', 'Tan', 'Tanaka', 'Torres', 'Tran', 'Van Dijk', 'Vargas', 'Wang', 'Weber', 'Wiśniewski', 'Yamamoto',
  'Yilmaz', 'Yusuf', 'Zhang', 'Zulu',
];
// The named characters of the story are reserved so nobody else draws their names.
const usedNames = new Set(['Isabel Moreau', 'Isabel M', 'Kwabena Asante-Mills', 'Kwabena A']);
function personName() {
  for (;;) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const first = name.split(' ')[0];
    // No two people with the same first name and initial, to keep reports readable.
    const key = `${first} ${name.split(' ')[1][0]}`;
    if (!usedNames.has(name) && !usedNames.has(key)) {
      usedNames.add(name);
      usedNames.add(key);
      return name;
    }
  }
}

// ------------------------------------------------------ product-line vocabulary

const LINES = {
  Stays: {
    features: ['room search', 'the rate calendar', 'free cancellation', 'the map view', 'guest reviews', 'price alerts', 'group bookings', 'the property page', 'pay-at-hotel'],
    services: ['availability-service', 'search-api', 'booking-service', 'reviews-service'],
    bugs: ['wrong nightly total when the stay crosses a DST change', 'duplicate bookings after a double tap on "Reserve"', 'map pins drifting on zoom', 'child ages lost when editing the search', 'stale rates cached for up to an hour'],
    squads: ['Search', 'Booking', 'Property Experience'],
    users: ['business travellers', 'families booking holidays', 'hotel front-desk staff'],
    programs: ['the availability-service rewrite', 'the search index migration'],
    funnels: ['search to property page', 'property page to checkout', 'checkout to confirmed booking'],
  },
  Flights: {
    features: ['fare search', 'seat selection', 'baggage add-ons', 'fare lock', 'disruption rebooking', 'multi-city search', 'the fare calendar', 'flexible dates'],
    services: ['fare-cache', 'ndc-gateway', 'ticketing-service', 'ancillaries-api'],
    bugs: ['seat map not loading for codeshare flights', 'baggage fee shown in the wrong currency', 'timeouts from the NDC gateway at peak', 'infant passengers dropped on fare change', 'rebooking offering flights that already left'],
    squads: ['Fare Search', 'Ancillaries', 'Disruptions'],
    users: ['frequent flyers', 'travel managers', 'first-time international travellers'],
    programs: ['the NDC migration with three airlines', 'the ticketing-service cut-over'],
    funnels: ['search to fare selection', 'fare selection to payment', 'seat map to ancillary purchase'],
  },
  Payments: {
    features: ['saved cards', 'pay in instalments', 'refunds to the original card', 'partner payouts', 'currency conversion at checkout', 'gift cards', 'the checkout page'],
    services: ['payments-gateway', 'payout-service', 'fraud-scoring', 'refunds-service'],
    bugs: ['refunds stuck in "pending" for Amex', 'double charge when 3-D Secure times out', 'payout files rejected by the Dutch bank', 'rounding errors on JPY amounts', 'gift card balance not shown after partial use'],
    squads: ['Checkout', 'Payouts', 'Risk'],
    users: ['hotel finance teams', 'travellers paying in a foreign currency', 'customer service agents handling refunds'],
    programs: ['the processor migration', 'the PSD2 strong customer authentication programme'],
    funnels: ['checkout page to successful payment', 'payment failure to retry', 'refund request to refund paid'],
  },
  'Partner Platform': {
    features: ['the rates and availability API', 'property onboarding', 'the partner extranet dashboard', 'channel manager connections', 'partner invoicing', 'promotions for partners', 'bulk room-type editing'],
    services: ['extranet-api', 'channel-sync', 'partner-billing', 'onboarding-service'],
    bugs: ['channel manager sync dropping closed-out dates', 'invoices with the wrong VAT rate for Portugal', 'extranet logout every ten minutes', 'photo uploads failing above 8 MB', 'promotions overlapping without a warning'],
    squads: ['Connectivity', 'Extranet', 'Partner Onboarding'],
    users: ['independent hotel owners', 'revenue managers at hotel chains', 'channel manager vendors'],
    programs: ['the channel manager v3 API migration', 'the partner billing replatform'],
    funnels: ['partner sign-up to first bookable listing', 'listing to first booking', 'extranet login to rate update'],
  },
  'Mobile Apps': {
    features: ['the trip timeline', 'offline itineraries', 'boarding passes in the wallet', 'push notifications for gate changes', 'in-app chat with support', 'the home screen', 'app sign-in with passkeys'],
    services: ['mobile-bff', 'notification-service', 'itinerary-service'],
    bugs: ['crash on Android 14 when opening a shared trip', 'push notifications arriving twice', 'itinerary not refreshing after a schedule change', 'dark mode contrast on the booking summary', 'slow cold start on older iPhones'],
    squads: ['iOS', 'Android', 'Trips'],
    users: ['travellers on the go', 'people travelling with kids', 'users who only book on mobile'],
    programs: ['the passkeys migration', 'the move to a shared Kotlin Multiplatform core'],
    funnels: ['app install to first booking', 'home screen to search', 'trip timeline to add-on purchase'],
  },
};

const MARKETS = ['Germany', 'Brazil', 'Japan', 'India', 'the Nordics', 'Mexico', 'the UK', 'South Korea', 'Spain and Portugal', 'Australia'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'September', 'October'];
const ACCOUNTS = ['Marriott franchise group EMEA', 'Accor Benelux', 'Northwind Corporate Travel', 'Contoso Pharma travel programme', 'Fabrikam Consulting', 'Azure Hotels Group', 'Tailspin Tours', 'Wingtip Resorts', 'Lakeshore Boutique Hotels', 'Adventure Works Travel', 'Blue Yonder Airlines', 'Coho Vineyard Retreats', 'Litware Events', 'Proseware Inc.', 'Woodgrove Bank travel desk', 'Alpine Ski House', 'Margie\'s Travel', 'Trey Research offsites'];
const REGIONS = ['DACH', 'Iberia', 'the Nordics', 'UK & Ireland', 'Benelux', 'LATAM', 'APAC', 'North America', 'the Middle East'];

// ------------------------------------------------------------- task pools
// Each template is a function of a context; a pool is a list of templates.

const fill = (ctx) => ({
  f: pick(ctx.line.features),
  f2: pick(ctx.line.features),
  svc: pick(ctx.line.services),
  bug: pick(ctx.line.bugs),
  squad: ctx.squad ?? pick(ctx.line.squads),
  users: pick(ctx.line.users),
  prog: pick(ctx.line.programs),
  funnel: pick(ctx.line.funnels),
  market: pick(MARKETS),
  month: pick(MONTHS),
  account: pick(ACCOUNTS),
  region: pick(REGIONS),
  n: int(4, 8),
  ln: ctx.lineName,
});

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const POOLS = {
  pm: [
    (c) => `PRD: ${c.f}`,
    (c) => `Write the spec for ${c.f}`,
    (c) => `User stories for ${c.f} v2`,
    (c) => `Acceptance criteria for ${c.f}`,
    (c) => `Prioritise the ${c.squad} backlog for next quarter`,
    (c) => `Groom the ${c.squad} backlog before sprint planning`,
    (c) => `Clarify ${c.f} requirements with engineering`,
    (c) => `What should ${c.f} do when a partner API times out? Write up the requirements`,
    (c) => `Scope the MVP for ${c.f2}`,
    (c) => `Requirements for ${c.f} in ${c.market}`,
    (c) => `Definition of done for ${c.f}`,
    (c) => `Run the ${c.squad} sprint review`,
    (c) => `Bugs vs features: triage the ${c.squad} backlog`,
    (c) => `${c.ln} roadmap update for the quarterly planning`,
    (c) => `Feature specification for ${c.f2} on mobile web`,
    (c) => `Standups and retros for the ${c.squad} squad`,
  ],
  gpm: [
    (c) => `${c.ln} roadmap for FY26 planning`,
    (c) => `Prioritisation call across the ${c.ln} squads`,
    (c) => `Review the PRDs for ${c.f} and ${c.f2}`,
    (c) => `Market sizing for ${c.f} in ${c.market}`,
    (c) => `Competitive landscape for ${c.ln}: what changed this quarter?`,
    (c) => `Booking funnel deep dive — ${c.funnel}`,
    (c) => `Dependencies between ${c.ln} and Payments for ${c.prog}`,
    (c) => `Pricing change for ${c.f} — margin impact`,
    (c) => `Hiring loop for two product managers`,
    (c) => `Three-year vision narrative for ${c.ln}`,
    (c) => `Usability findings review for ${c.f} with Design`,
    (c) => `Exec escalation: ${c.bug}`,
  ],
  em: [
    (c) => `Code review for the ${c.squad} squad`,
    (c) => `Tech debt plan for ${c.svc}`,
    (c) => `On-call handover and incident follow-ups for ${c.svc}`,
    (c) => `Hiring loop for a senior backend engineer`,
    (c) => `Refactor plan for ${c.svc} with the staff engineers`,
    (c) => `Unit test coverage for ${c.svc} below 60 % — agree a fix`,
    (c) => `Architecture review: splitting ${c.svc}`,
    (c) => `1:1s and growth plans for the ${c.squad} engineers`,
  ],
  backend: [
    (c) => `Implement the ${c.f} endpoint in ${c.svc}`,
    (c) => `Fix ${c.bug}`,
    (c) => `Migrate ${c.svc} from Java 11 to Java 21`,
    (c) => `Integration tests for ${c.f}`,
    (c) => `Refactor the retry logic in ${c.svc}`,
    (c) => `Code review for ${c.squad}`,
    (c) => `Database migration for ${c.f}: new columns and backfill`,
    (c) => `Remove the deprecated v1 API for ${c.f}`,
    (c) => `Cut p95 latency of ${c.svc} below 200 ms`,
    (c) => `Idempotency keys for ${c.f} requests`,
    (c) => `Pagination and filtering for the ${c.f} API`,
    (c) => `Event schema for ${c.f} changes on Kafka`,
  ],
  frontend: [
    (c) => `Build ${c.f} in React`,
    (c) => `Fix layout shift on ${c.f}`,
    (c) => `Accessibility fixes for ${c.f}: focus order and screen-reader labels`,
    (c) => `Move ${c.f} to the design system components`,
    (c) => `Unit tests for ${c.f} form validation`,
    (c) => `Lazy-load images on ${c.f}`,
    (c) => `Fix ${c.bug}`,
    (c) => `Code review for the ${c.squad} web app`,
    (c) => `TypeScript strict mode for the ${c.squad} packages`,
  ],
  mobile: [
    (c) => `${cap(c.f)} screen in SwiftUI`,
    (c) => `Android: fix ${c.bug}`,
    (c) => `Offline caching for ${c.f}`,
    (c) => `Deep links into ${c.f} from push notifications`,
    (c) => `Jetpack Compose rewrite of ${c.f}`,
    (c) => `Fix ${c.bug}`,
    (c) => `Snapshot tests for ${c.f}`,
    (c) => `Code review for the ${c.squad} app`,
  ],
  qa: [
    (c) => `Regression suite for ${c.f}`,
    (c) => `Test plan for the ${c.f} beta`,
    (c) => `Automate the ${c.f} smoke tests`,
    (c) => `Exploratory testing of ${c.f2} before release`,
    (c) => `Reproduce and write up: ${c.bug}`,
    (c) => `End-to-end tests for ${c.funnel}`,
  ],
  design: [
    (c) => `Wireframes for ${c.f}`,
    (c) => `Usability test of ${c.f} with ${c.n} ${c.users}`,
    (c) => `High-fidelity mockups for ${c.f2}`,
    (c) => `Clickable prototype of ${c.f}`,
    (c) => `Journey map for ${c.users}`,
    (c) => `Design system: update the ${pick(['date picker', 'price tag', 'map marker', 'stepper', 'toast', 'bottom sheet'])} component`,
    (c) => `Heatmap review of ${c.f}`,
    (c) => `Information architecture for ${c.f2}`,
    (c) => `Interview ${c.users} about how they use ${c.f}`,
  ],
  research: [
    (c) => `Diary study with ${c.users}`,
    (c) => `Personas refresh for ${c.ln}`,
    (c) => `Recruit participants for the ${c.f} usability study`,
    (c) => `UX research readout: ${c.f}`,
    (c) => `Contextual inquiry with ${c.users} in ${c.market}`,
  ],
  tpm: [
    (c) => `Integrated schedule for ${c.prog}`,
    (c) => `Dependencies between ${c.squad} and Platform for ${c.prog}`,
    (c) => `Milestones and cut-over plan for ${c.prog}`,
    (c) => `Weekly status report on ${c.prog}`,
    (c) => `Risk register for ${c.prog}`,
    (c) => `Resource allocation across the ${c.ln} squads for H2`,
    (c) => `Gantt chart for ${c.prog}`,
    (c) => `Cross-team coordination with Legal and Security for ${c.prog}`,
  ],
  productOps: [
    (c) => `Tracking plan for ${c.f}`,
    (c) => `Funnel analysis: ${c.funnel}`,
    (c) => `KPI dashboard for ${c.ln}`,
    (c) => `Pricing test for ${c.f} in ${c.market}`,
    (c) => `Margin review of ${c.f}`,
    (c) => `Monthly product health review for ${c.ln}`,
    (c) => `Instrument ${c.f} events in Amplitude`,
    (c) => `Why did conversion from ${c.funnel} drop in ${c.month}?`,
    (c) => `Profitability of ${c.ln} by market`,
  ],
  data: [
    (c) => `Ranking model for ${c.f}`,
    (c) => `Retrain the ${pick(['cancellation-risk', 'price-elasticity', 'fraud', 'demand', 'no-show'])} model on this year's data`,
    (c) => `Offline evaluation of the new ${c.f} recommender`,
    (c) => `Power analysis for the ${c.f} experiment`,
    (c) => `Demand forecasting model for ${c.market}`,
    (c) => `Causal impact of ${c.f} on repeat bookings`,
    (c) => `Feature store backfill for the ${c.ln} models`,
    (c) => `Statistical method review for the sequential A/B tests`,
  ],
  sre: [
    (c) => `On-call for ${c.svc}`,
    (c) => `Postmortem: ${c.bug}`,
    (c) => `Kubernetes 1.30 upgrade for the ${pick(['eu-west', 'us-east', 'ap-southeast'])} cluster`,
    (c) => `Terraform for the ${pick(['staging', 'load-test', 'disaster-recovery'])} environment`,
    (c) => `SLOs and alerting for ${c.svc}`,
    (c) => `Cut CI build time for ${c.svc}`,
    (c) => `Release management for the ${pick(['iOS', 'Android', 'web'])} release train`,
    (c) => `Canary deployments for ${c.svc}`,
    (c) => `Rotate certificates and secrets for ${c.svc}`,
    (c) => `Capacity planning for the summer peak`,
    (c) => `Incident drill: region failover for ${c.svc}`,
  ],
  sales: [
    (c) => `Close ${c.account}`,
    (c) => `Renewal with ${c.account}`,
    (c) => `Prospect independent hotels in ${c.region}`,
    (c) => `Pipeline review for ${c.region}`,
    (c) => `QBR with ${c.account}`,
    (c) => `Negotiate contract terms with ${c.account}`,
    (c) => `Discovery calls with corporate travel buyers in ${c.region}`,
    (c) => `Update Salesforce opportunities for ${c.region}`,
    (c) => `Upsell partner promotions to ${c.account}`,
  ],
  salesLead: [
    (c) => `Quota and territory plan for ${c.region}`,
    (c) => `Forecast call with the regional sales leads`,
    (c) => `Executive sponsor calls with the top 20 accounts`,
    (c) => `Deal review: ${c.account}`,
    (c) => `Hiring two account executives for ${c.region}`,
  ],
  marcom: [
    (c) => `${pick(['Paid social', 'Paid search', 'Email', 'Connected TV'])} campaign for summer travel in ${c.market}`,
    (c) => `Press release: ${pick(['record booking quarter', 'new airline partnerships', 'expansion into Japan', 'sustainability report'])}`,
    (c) => `Newsletter for ${pick(['loyalty members', 'partner hotels', 'corporate travel managers'])}`,
    (c) => `Booth and speaker slot at ${pick(['ITB Berlin', 'WTM London', 'Phocuswright', 'Skift Global Forum'])}`,
    (c) => `Social media calendar for ${c.month}`,
    (c) => `Website copy for the ${pick(['careers', 'sustainability', 'about us', 'corporate travel'])} pages`,
    (c) => `Influencer partnerships for ${c.market}`,
    (c) => `Brand refresh: new photography for the homepage`,
  ],
  support: [
    (c) => `Work the ${pick(['English', 'Spanish', 'German', 'Portuguese', 'Japanese'])} ticket queue`,
    (c) => `Help-centre articles on ${c.f}`,
    (c) => `Escalations from ${pick(['VIP travellers', 'corporate accounts', 'partner hotels'])}`,
    (c) => `Macros for ${c.f} questions`,
    (c) => `Weekly ticket trends report for ${c.ln}`,
    (c) => `Train new agents on ${c.f}`,
    (c) => `Phone support rota for ${c.region}`,
  ],
};

/** n titles from a pool, none used by anyone else in the org. */
const usedTitles = new Set();
function titles(pool, ctx, n) {
  // Each template at most once per person, so nobody's list reads like a form.
  const outTitles = [];
  for (const template of shuffle(pool)) {
    if (outTitles.length >= n) break;
    for (let attempt = 0; attempt < 5; attempt++) {
      const title = template(fill(ctx));
      if (usedTitles.has(title.toLowerCase())) continue;
      usedTitles.add(title.toLowerCase());
      outTitles.push(title);
      break;
    }
  }
  return outTitles;
}

const TICKET_PREFIX = { Stays: 'STY', Flights: 'FLT', Payments: 'PAY', 'Partner Platform': 'PTN', 'Mobile Apps': 'MOB', Loyalty: 'LOY' };

/** Spreads `target` hours over the titles; plain strings when the effort equals the default. */
function tasksFrom(list, target, prefix, extra = {}) {
  const weights = list.map((_, i) => (i === 0 ? 2 : 1) * (0.6 + rand()));
  const sum = weights.reduce((s, w) => s + w, 0);
  return list.map((title, i) => {
    let effort = Math.min(16, Math.max(1, Math.round((weights[i] / sum) * target)));
    if (effort >= 3 && effort <= 5 && chance(0.6)) effort = 4; // most people write no effort for small rocks
    const t = { title, ...(effort !== 4 ? { effort } : {}) };
    if (chance(0.06)) t.link = `https://jira.halden.example/browse/${prefix}-${int(1000, 9999)}`;
    else if (chance(0.04)) t.context = pick(CONTEXTS);
    Object.assign(t, extra[i] ?? {});
    return t;
  });
}

const CONTEXTS = [
  'Background, decisions so far and the open questions are in the linked Confluence page; ask the previous owner for the partner contacts.',
  'Start with the decision log at the top of the ticket; the two rejected options are explained there.',
  'Picked up from a teammate on parental leave; the running notes doc explains what was tried.',
  'Legal has signed off on the approach; the open item is the data-retention period.',
];

// ----------------------------------------------------------------- people

const members = [];
const add = (team, role, pool, ctx, opts = {}) => {
  const capacity = opts.capacity ?? (chance(0.07) ? pick([24, 32]) : 40);
  const n = opts.n ?? int(4, 7);
  const load = opts.load ?? 0.62 + rand() * 0.33;
  const list = opts.titles ?? titles(pool, ctx, n);
  const m = { name: opts.name ?? personName(), role, team };
  if (capacity !== 40) m.capacity = capacity;
  if (opts.skills) m.skills = opts.skills;
  m.tasks = tasksFrom(list, Math.round(capacity * load), TICKET_PREFIX[ctx.lineName] ?? 'OPS', opts.extra);
  members.push(m);
  return m;
};

// Product lines: a group PM, PMs, an EM and engineers per squad, designers, QA, a TPM.
for (const [lineName, line] of Object.entries(LINES)) {
  const base = { line, lineName };
  const gpmTeam = `${lineName}`;
  if (lineName === 'Stays') {
    // The overloaded group PM: product management, strategy, operations and
    // project management at once, while two PM seats are open.
    add(gpmTeam, 'Group Product Manager, Stays', null, base, {
      name: 'Isabel Moreau',
      skills: ['product-management', 'product-strategy', 'product-operations'],
      load: 1.22,
      titles: [
        'Stays roadmap for FY26 planning',
        'PRD: free cancellation for non-refundable rates',
        'Cover the Booking squad backlog until the new PM starts',
        'Market sizing for vacation rentals in Spain and Portugal',
        'Competitive landscape for Stays: what changed this quarter?',
        'Booking funnel deep dive — property page to checkout',
        'Dependencies between Stays and Payments for the availability-service rewrite',
        'Pricing change for pay-at-hotel — margin impact',
        'Hiring loop for two product managers',
        'Exec escalation: duplicate bookings after a double tap on "Reserve"',
      ],
      extra: { 0: { effort: 8 }, 1: { effort: 8, link: 'https://confluence.halden.example/stays/prd-free-cancellation' }, 2: { effort: 8 } },
    });
  } else {
    add(gpmTeam, `Group Product Manager, ${lineName}`, POOLS.gpm, base, { n: int(4, 6), skills: ['product-management', 'product-strategy'] });
  }
  for (const squad of line.squads) {
    const ctx = { ...base, squad };
    const team = `${lineName} ${squad}`;
    // Two PM seats in Stays are open: its squads have no PM of their own.
    if (lineName !== 'Stays' || squad === 'Search') add(team, pick(['Product Manager', 'Senior Product Manager']), POOLS.pm, ctx, { skills: chance(0.3) ? ['product-management', 'product-operations'] : undefined });
    add(team, 'Engineering Manager', POOLS.em, ctx, { n: int(3, 5) });
    const engineers = lineName === 'Mobile Apps' ? ['mobile', 'mobile', 'mobile', 'backend'] : ['backend', 'backend', 'frontend', 'frontend'];
    if (chance(0.5)) engineers.push(pick(['backend', 'frontend']));
    for (const kind of engineers) {
      const title = { backend: 'Backend Engineer', frontend: 'Frontend Engineer', mobile: lineName === 'Mobile Apps' && squad === 'Android' ? 'Android Engineer' : squad === 'iOS' ? 'iOS Engineer' : 'Mobile Engineer' }[kind];
      add(team, `${chance(0.35) ? 'Senior ' : ''}${title}`, POOLS[kind], ctx);
    }
  }
  add(`${lineName} Design`, 'Senior Product Designer', POOLS.design, base, { skills: ['product-design'] });
  add(`${lineName} Design`, 'Product Designer', POOLS.design, base);
  add(`${lineName}`, 'QA Engineer', POOLS.qa, base);
  add(`${lineName}`, 'Technical Program Manager', POOLS.tpm, base, { n: int(3, 5), skills: ['project-management'] });
}

// Loyalty: a small team from an acquired startup, held together by one unicorn.
{
  const line = {
    features: ['points balance', 'tier status', 'partner earn rules', 'the rewards catalogue', 'points at checkout'],
    services: ['loyalty-ledger', 'rewards-api'],
    bugs: ['points credited twice for cancelled stays', 'tier downgrade e-mails sent to the wrong members'],
    squads: ['Loyalty'],
    users: ['loyalty members', 'lapsed members'],
    programs: ['the loyalty ledger migration'],
    funnels: ['sign-up to first points earned'],
  };
  add('Loyalty', 'Principal Engineer, Loyalty', null, { line, lineName: 'Loyalty' }, {
    name: 'Kwabena Asante-Mills',
    skills: ['engineering', 'technical-operations', 'data-science', 'product-management', 'product-design'],
    load: 1.1,
    titles: [
      'Points ledger: move balances to double-entry bookkeeping',
      'Fix points credited twice for cancelled stays',
      'On-call for loyalty-ledger and rewards-api',
      'Deploy pipeline for the rewards-api (still a shell script on a VM)',
      'Churn propensity model for lapsed members',
      'Write the spec for partner earn rules',
      'Prioritise the Loyalty backlog with the GM',
      'Wireframes for the tier status page',
      'Why are redemptions down since the catalogue change? Funnel and dashboard',
    ],
    extra: { 0: { effort: 10 }, 2: { effort: 6 } },
  });
  add('Loyalty', 'Backend Engineer', POOLS.backend, { line, lineName: 'Loyalty', squad: 'Loyalty' });
  add('Loyalty', 'Frontend Engineer', POOLS.frontend, { line, lineName: 'Loyalty', squad: 'Loyalty' });
}

// Central functions.
const any = () => {
  const lineName = pick(Object.keys(LINES));
  return { line: LINES[lineName], lineName };
};
for (let i = 0; i < 12; i++) add(i < 2 ? 'Platform' : i < 8 ? 'Site Reliability' : 'Release Engineering', i === 0 ? 'Director of Platform Engineering' : i < 8 ? `${chance(0.4) ? 'Senior ' : ''}Site Reliability Engineer` : 'Release Engineer', POOLS.sre, any(), { skills: i === 0 ? ['technical-operations', 'engineering'] : undefined });
for (let i = 0; i < 8; i++) add('Data Science', i === 0 ? 'Head of Data Science' : `${chance(0.4) ? 'Senior ' : ''}Data Scientist`, POOLS.data, any());
for (let i = 0; i < 4; i++) add('Product Operations', i === 0 ? 'Product Operations Lead' : 'Product Operations Analyst', POOLS.productOps, any(), { skills: ['product-operations'] });
for (let i = 0; i < 3; i++) add('UX Research', i === 0 ? 'UX Research Lead' : 'UX Researcher', POOLS.research, any());
for (let i = 0; i < 18; i++) {
  const lead = i < 3;
  add(i < 9 ? 'Partner Sales' : 'Corporate Sales', lead ? (i === 0 ? 'VP Sales' : 'Regional Sales Director') : pick(['Account Executive', 'Account Executive', 'Senior Account Executive', 'Account Manager']), lead ? POOLS.salesLead : POOLS.sales, any());
}
for (let i = 0; i < 8; i++) add('Brand Marketing', i === 0 ? 'Head of Brand Marketing' : pick(['Marketing Manager', 'Content Marketing Manager', 'Performance Marketing Manager', 'Events Manager', 'PR Manager']), POOLS.marcom, any());
for (let i = 0; i < 24; i++) add(i < 12 ? 'Traveller Support' : 'Partner Support', i % 12 === 0 ? 'Support Team Lead' : pick(['Support Specialist', 'Support Specialist', 'Senior Support Specialist', 'Support Agent']), POOLS.support, any(), { capacity: chance(0.2) ? 24 : 40 });

// Rocks on the ground: nobody has owned product marketing since the PMMs were
// folded into brand marketing; a few other rocks fell between teams.
const unassigned = [
  { title: 'Launch plan for fare lock in the UK and Germany', effort: 8 },
  { title: 'Battlecard: Halden vs the big OTAs for the partner sales team', effort: 4 },
  { title: 'Positioning for the Partner Platform with independent hotels', effort: 6 },
  'Sales enablement on the new promotions tool for account managers',
  { title: 'Post-launch analysis of offline itineraries', effort: 4, tags: ['launch'] },
  'Who owns the partner API changelog now that the devrel contractor left?',
  { title: 'Accessibility audit of the checkout (EAA deadline June 2025)', effort: 6, link: 'https://jira.halden.example/browse/PAY-4410' },
];

// ------------------------------------------------------------------ output

function scalar(s) {
  if (/^[A-Za-z0-9(][^#\n]*$/.test(s) && !/: |:$| #|^(true|false|null|yes|no|on|off|~)$/i.test(s)) return s;
  return JSON.stringify(s);
}
function task(t, indent) {
  const pad = ' '.repeat(indent);
  if (typeof t === 'string') return `${pad}- ${scalar(t)}\n`;
  const keys = Object.keys(t);
  if (keys.length === 1) return `${pad}- ${scalar(t.title)}\n`;
  let s = `${pad}- title: ${scalar(t.title)}\n`;
  for (const k of ['effort', 'discipline', 'tags', 'context', 'link']) {
    if (t[k] === undefined) continue;
    const v = Array.isArray(t[k]) ? `[${t[k].map(scalar).join(', ')}]` : typeof t[k] === 'number' ? String(t[k]) : scalar(t[k]);
    s += `${pad}  ${k}: ${v}\n`;
  }
  return s;
}

let text = `# yaml-language-server: $schema=../schema/rocks.schema.json
#
# GENERATED by scripts/generate-enterprise-example.mjs (seed ${seed}); edit the
# script, not this file, and run \`node scripts/generate-enterprise-example.mjs\`.
#
# Halden Travel Group: ${members.length} people across five product lines (Stays, Flights,
# Payments, Partner Platform, Mobile Apps), a small Loyalty team from an
# acquisition, and central platform, data, research, sales, marketing and
# support teams.
#
# What the audit should show:
#   - product marketing is a gap: the product marketers were folded into brand
#     marketing, and the launch plan, battlecard and positioning are unassigned;
#   - Isabel Moreau, group PM for Stays, is overloaded while two PM seats are open;
#   - Kwabena Asante-Mills, principal engineer on Loyalty, is a unicorn: he
#     codes, runs operations, builds models, writes specs and draws wireframes;
#   - rocks on the ground are findings at this stage (allowUnassigned: false).
#
#   rocks audit examples/enterprise.yaml --by team
#
version: 1
org: Halden Travel Group
stage: enterprise

defaults:
  capacity: 40
  effort: 4

members:
`;
let lastTeam = '';
for (const m of members) {
  const group = m.team.split(' ')[0];
  if (group !== lastTeam) {
    text += `  # ${'-'.repeat(60 - m.team.length)} ${m.team}\n`;
    lastTeam = group;
  }
  text += `  - name: ${scalar(m.name)}\n    role: ${scalar(m.role)}\n    team: ${scalar(m.team)}\n`;
  if (m.capacity) text += `    capacity: ${m.capacity}\n`;
  if (m.skills) text += `    skills: [${m.skills.join(', ')}]\n`;
  text += '    tasks:\n';
  for (const t of m.tasks) text += task(t, 6);
}
text += '\n# Rocks nobody carries.\nunassigned:\n';
for (const t of unassigned) text += task(t, 2);

writeFileSync(out, text);
console.log(`wrote ${out}: ${members.length} members, ${members.reduce((s, m) => s + m.tasks.length, 0)} tasks, ${unassigned.length} unassigned`);
