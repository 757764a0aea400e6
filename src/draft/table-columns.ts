/**
 * What a table's header cell says its column holds. Declared once for every table reader: the
 * people's tables (`name-tables.ts`) and the organisations' lists (`org-tables.ts`).
 */
export const COLUMN = {
  /**
   * People's names: "Name", "Full name", "Member", "Speaker", "Contact (role)", "Main supervisor",
   * "Editor", a reorganisation's "Head" (of each unit the row names).
   */
  name: /^(?:(?:Full[ \t]+)?Names?|Members?|Presenters?|Speakers?|Contact(?:[ \t]+persons?)?(?:[ \t]*\(role\))?|Representatives?|(?:Main[ \t]+|Lead[ \t]+)?Supervisors?|(?:Section[ \t]+)?Editors?|Chairs?|Heads?|Moderators?|Rapporteurs?|Author|(?:Lead[ \t]+|Core[ \t]+)?Maintainers?|(?:Asked|Posted|Submitted)[ \t]+by|(?:Lead[ \t]+)?(?:users?|applicants?)|(?:Principal[ \t]+)?investigators?|PIs?)$/i,
  /** A name column that holds people only, whatever the other columns: "Author", "Asked by". */
  person:
    /^(?:Author|Heads?|(?:Asked|Posted|Submitted)[ \t]+by|(?:Section[ \t]+)?Editors?|Rapporteurs?|(?:Lead[ \t]+|Core[ \t]+)?Maintainers?)$/i,
  /** The body a person's row names ("Organisation", "Member organisation", "Public body"). */
  organisation:
    /^(?:beneficiary|partner|host|(?:(?:member|home|host|partner|national|nominating|sending|employing|current|lead|parent)[ \t]+)?(?:organi[sz]ation|affiliation|institution)|employer|company|start-?up|stakeholder|ministry|(?:public[ \t]+)?body|(?:political[ \t]+)?(?:party|group))$/iu,
  /** A column that says what its cells are (a company, a party): whatever it names is one. */
  kind: /^(?:company|start-?up|(?:political[ \t]+)?(?:party|group))$/i,
  /**
   * A column of bodies: what it names is one, unless its words are all common ones or a post's
   * ("Independent expert", "Patient representative").
   */
  bodies:
    /^(?:(?:(?:member|home|host|partner|national|nominating|sending|employing|current|lead|parent)[ \t]+)?(?:organi[sz]ation|affiliation|institution)|employer|beneficiary|host|ministry|(?:public[ \t]+)?body)$/i,
  /** Political parties or groups: a member's title is the body's post, not the party's. */
  party: /^(?:political[ \t]+)?(?:party|group)$/i,
  /** An accreditation list's media: the outlets its journalists work for (split-name tables only). */
  outlet: /^(?:media|(?:media[ \t]+|news[ \t]+)?outlet|news[ \t]+organi[sz]ation)$/i,
  role: /^(?:role|position|post|function|(?:job[ \t]+)?title)$/i,
  /** A post's column, never a talk's: "Position", "Role", "Office". */
  post: /^(?:role|position|post|function|office)$/i,
  /** A list of organisations' column, one a row. */
  organisationList:
    /^(?:Organi[sz]ations?|Partners?|Sponsors?|Exhibitors?|Beneficiar(?:y|ies)|Signator(?:y|ies)|Institutions?|Members?[ \t]+organi[sz]ations?|(?:Lead[ \t]+)?Investors?|Compan(?:y|ies)|Start-?ups?|RIs?|Research[ \t]+infrastructures?)$/i,
} as const;

/** A word of the name column's header: a line without one is not split into cells at all. */
export const NAME_WORD =
  /\b(?:names?|members?|presenters?|speakers?|contact|representatives?|supervisors?|editors?|chairs?|heads?|moderators?|rapporteurs?|author|maintainers?|(?:asked|posted|submitted)\s+by|users?|applicants?|investigators?|PIs?)\b/i;

/** A kind column's cell that names no body ("Independent", "Non-attached", "tbc"). */
export const NO_ORG =
  /^(?:Independent|Non-?attached|NI|none|n\/?a|tbc|tbd|[–—-]|self-?employed|freelance|retired|student|unemployed|various|private|individual)$/i;

/**
 * A header cell says its column holds `column`, alone or beside another ("Expertise / Affiliation"),
 * or before a gloss in brackets ("Name (original name)", an export's).
 */
export const says = (cell: string, column: keyof typeof COLUMN): boolean =>
  cell
    .split(/[ \t]+\/[ \t]+/)
    .some((part) => COLUMN[column].test(part) || COLUMN[column].test(part.replace(GLOSS, '')));

/**
 * A gloss in brackets after a header's word: " (original name)", " (EUR)", " (s)"; not one that
 * says the column holds things, "Name (acronym)", "Name (project)".
 */
const GLOSS =
  /[ \t]*\((?![^()]*\b(?:acronym|organi[sz]ation|project|company|institution|programme|product|title)\b)[^()]*\)$/i;

export const columnAt = (header: readonly string[], column: keyof typeof COLUMN): number =>
  header.findIndex((h) => says(h, column));
