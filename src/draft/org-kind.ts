/** An organisation's kind from its name's words; COMPANY (to check) when nothing says. */
export function orgKindOf(name: string): { kind: string; guessed: boolean } {
  const rules: [RegExp, string][] = [
    // (not "Department of Health and Social Care": a government's department)
    [
      /^(?:Faculty|Division)\s+(?:of|for)\b|^(?:Department|Dept\.?)\s+of\s+(?!(?:Health|State|Justice|Education|Defence|Defense|Transport|Agriculture|Environment|Finance|Labou?r|Commerce|Energy|Homeland|Social)\b)/,
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
      /\b(?:association|federation|society|alliance|foundation|fondazione|fundaci[oó]n|funda[cç][aã]o|fondation|stiftung|vereniging|verein)\b/iu,
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
  return hit ? { kind: hit[1], guessed: false } : { kind: 'COMPANY', guessed: true };
}
