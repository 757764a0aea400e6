/** What the text calls it right before its name: "the patient organisation X", "the start-up X". */
const DESCRIBED_AS: readonly [RegExp, string][] = [
  [
    /\b(?:patient|patients'|civil[- ]society|non-profit|professional|umbrella|member)\s+(?:organi[sz]ation|association|group)\s+$|\b(?:NGO|charity)\s+$/i,
    'ASSOCIATION',
  ],
  [
    /\b(?:start-?up|company|firm|spin-?off|scale-?up|biotech|medtech|manufacturer|developer|insurer|consultancy)\s+$/i,
    'COMPANY',
  ],
];

/**
 * An organisation's kind from its name's words, or from what the text calls it right before the
 * name; COMPANY (to check) when nothing says.
 */
export function orgKindOf(name: string, before = ''): { kind: string; guessed: boolean } {
  const said = DESCRIBED_AS.find(([re]) => re.test(before));
  const rules: [RegExp, string][] = [
    // (not "Department of Health and Social Care": a government's department)
    [
      /^(?:Faculty|Division|Cabinet|Section)\s+(?:of|for)\b|^(?:Department|Dept\.?)\s+of\s+(?!(?:Health|State|Justice|Education|Defence|Defense|Transport|Agriculture|Environment|Finance|Labou?r|Commerce|Energy|Homeland|Social)\b)/,
      'UNIT',
    ],
    [
      /\b(?:universit\w*|universidad|universidade|college|school|institutet|hochschule)\b/i,
      'UNIVERSITY',
    ],
    [/\bdirectorate[- ]general\b|^DG\b/i, 'DIRECTORATE_GENERAL'],
    [/\bunit\b/i, 'UNIT'],
    [/\boffice\b/i, 'OFFICE'],
    [/\b(?:agency|authority|agence|agencia|agenzia|agentur|agentschap|autoriteit)\b/i, 'AGENCY'],
    [
      /\b(?:commission|council|parliament|ministry|secretariat|government|committee|board|raad)\b|\b(?:court|tribunal)\s+of\b|\b(?:constitutional|supreme|administrative|general|district|federal|regional|higher)\s+(?:court|tribunal)\b/i,
      'INSTITUTION',
    ],
    [
      /\b(?:association|federation|society|alliance|coalition|foundation|fondazione|fundaci[oó]n|funda[cç][aã]o|fondation|stiftung|vereniging|verein)\b/iu,
      'ASSOCIATION',
    ],
    [/\b(?:network|consortium|partnership|cluster)\b/i, 'NETWORK'],
    [
      /\b(?:infrastructure|institut\w*|istituto|centre|center|laborator\w*|observatory)\b/i,
      'RESEARCH_INFRASTRUCTURE',
    ],
    [
      /\b(?:gmbh|ag|sa|srl|spa|bv|nv|ltd|inc|plc|llc|corp\w*|group|pharma\w*|systems|technologies|solutions)\b/i,
      'COMPANY',
    ],
  ];
  // ("European Research Infrastructure Consortium for …": an ERIC spelt out)
  if (/(?:^|[\s-])ERIC$|\bResearch Infrastructure Consortium\b/.test(name))
    return { kind: 'RESEARCH_INFRASTRUCTURE', guessed: false };
  const hit = rules.find(([re]) => re.test(name));
  if (hit) return { kind: hit[1], guessed: false };
  return said ? { kind: said[1], guessed: false } : { kind: 'COMPANY', guessed: true };
}
