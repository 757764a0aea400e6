/**
 * The words the draft's patterns look for. Lower-case, folded (no accents); English, the language
 * of the Commission's and its partners' news items.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Before a name: "Professor Mikael Benson", "Dr Jane Doe". Dropped from the name, kept as title. */
export const PERSONAL_TITLES = words(
  'professor prof emeritus docent dr dra profa mr mrs ms sir dame mep ing inż inz hab ir mag dipl drs cllr mgr mudr phdr judr rndr paeddr pr doutor doutora me avv dott sen',
);
/** One of those titles as written, with its full stop ("Prof.", "MUDr."): a regex source, `i` flag. */
export const HONORIFIC = String.raw`(?:${[...PERSONAL_TITLES].join('|')})\.?`;
/** A line's words before a name that are titles only ("Mr", "Prof. Dr."): the name opens the line. */
export const TITLES_ONLY = new RegExp(String.raw`^[ \t]*(?:(?:${HONORIFIC})\.?[ \t]+)*$`, 'i');
/** The same titles capitalised, as a list writes them before a name ("Dr", "Prof."): no `i` flag. */
export const TITLE_CAPITALISED = String.raw`(?:${[...PERSONAL_TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\.?`;

/** Words of a job title: "Director-General", "Head of Unit", "Global Head of Research Platforms". */
export const ROLE_WORDS = words(`
  president vice executive director general deputy head chief officer commissioner minister evp
  secretary treasurer administrator coordinator manager chair chairman chairwoman chairperson member adviser advisor
  counsellor lead leader founder cofounder ceo cto cfo coo cso cmo cio cdo cno principal investigator researcher
  scientist professor lecturer fellow rector dean editor spokesperson representative ambassador
  mep rapporteur partner senior junior associate assistant acting global policy officer analyst
  host speaker moderator panellist panelist keynote coordinator consultant engineer physician
  clinician doctor cardiologist oncologist surgeon nurse epidemiologist economist lawyer
  journalist author radiologist neurologist paediatrician pediatrician pharmacist psychologist
  statistician developer expert specialist owner rector provost registrar curator trustee
  correspondent reporter student postdoc psychiatrist technician biologist physicist mathematician
  modeller advocate candidate councillor councilor councillors councilors alderwoman
  aldermen mayor senator ombudsman ombudsperson handler auditor undersecretary reviewer
  vorsitz vorsitzender vorsitzende
  alumna alumnus founder founders cofounder cofounders`);

/** Nouns that name a person by role just before their name: "the host Sébastien Bratières". */
export const ROLE_NOUNS = words(`
  host hosts speaker speakers representative representatives commissioner director professor
  coordinator chair moderator panellists panelists keynote president minister editor reporter
  correspondent journalist contact moderation sound producer photo photos ombudsman ombudsperson
  alumna alumnus founder founders cofounder cofounders`);

/** Verbs of saying: the subject spoke; a quote in its sentence is theirs. */
export const REPORTING_VERBS = words(`
  said says stressed emphasised emphasized highlighted underlined underscored added noted
  explained summarised summarized presented opened closed welcomed argued warned called recalled
  pointed remarked observed stated announced concluded insisted affirmed acknowledged described
  outlined shared reflected addressed introduced discussed commented told urged asked replied
  answered`);

/** A verb of saying, past or present: "said", "says", "points (out)", "argues". */
export const isReportingVerb = (word: string): boolean => {
  const w = word.toLowerCase();
  return [w, w.replace(/s$/, 'ed'), w.replace(/es$/, 'ed')].some((f) => REPORTING_VERBS.has(f));
};

/** Words that make a capitalised phrase an organisation, not a person. */
export const ORG_WORDS = words(`
  university universite universitat universidad universita universiteit college school institute
  institut institutet instituto istituto centre center centrum laboratory lab labs hospital clinic
  foundation fondation association federation society alliance network consortium council
  commission committee parliament agency authority office unit directorate ministry department
  company group gmbh ag sa srl spa bv nv ltd limited inc plc llc corporation corp pharma
  pharmaceuticals systems systemes technologies solutions research infrastructure platform
  initiative project programme program strategy plan europe european union services bank board
  cluster partnership observatory academy politecnico politecnica polytechnic polytechnique
  politechnika hochschule fund therapeutics diagnostics biosciences genomics biotech`);

/** Lower-case words allowed inside an organisation's name: "University of Bologna". */
export const ORG_CONNECTORS = words(
  'of for and the de du des di da del della delle dei degli dello dels do dos das der la le les fur für zur voor van y i e et und con para per por pour en in on em na no a & pentru dla för z och og și şi im',
);

/** Lower-case particles inside a person's name: "Ursula von der Leyen". */
/** (Catalan, Spanish and Portuguese join two surnames with "i", "y", "e": "Jordi Puig i Ferrer".) */
export const NAME_PARTICLES = words(
  'von van der den de da di del della le la du do dos das ten ter i y e',
);

/** Capitalised words that start sentences or headings, never names. */
export const STOP_WORDS = words(`
  the a an in on at from by for with to of and or but this that these those its it his her their
  our we they she he as after before during while when where which who what how why also
  however moreover furthermore today yesterday tomorrow event events details create sign read
  more news share january february march april may june july august september october november
  december monday tuesday wednesday thursday friday saturday sunday source url note publisher
  concluding launched according if whether unless although because since once until so yet
  within without across among between under through via beyond inside outside towards toward
  throughout despite following regarding amid upon meanwhile separately earlier later previously
  additionally recently finally then thus instead otherwise likewise similarly nevertheless
  nonetheless still`);

/** "Does the Commission …?", "Will the Agency …?": a question's verb opens no organisation's name. */
export const AUXILIARIES = words(`does do did is are was were has have had will would shall should
  can could might must`);

/** Place names that are not organisations ("from Belgium"). */
export const COUNTRIES = words(`
  europe eu austria belgium bulgaria croatia cyprus czechia denmark estonia finland france germany
  greece hungary ireland italy latvia lithuania luxembourg malta netherlands poland portugal
  romania slovakia slovenia spain sweden norway switzerland iceland ukraine uk britain england
  scotland wales usa us america canada china japan india africa asia`);

/** Capitals and large cities of Europe: a name ending with one is a place's, not a person's. */
export const CITIES = words(`
  amsterdam athens barcelona berlin bratislava brussels bucharest budapest copenhagen dublin
  frankfurt geneva hamburg helsinki lisbon ljubljana london luxembourg lyon madrid marseille milan
  munich nicosia oslo paris prague riga rome rotterdam sofia stockholm strasbourg tallinn turin
  valletta vienna vilnius warsaw zagreb zurich porto seville valencia naples florence bologna
  cologne stuttgart leipzig dresden heidelberg gothenburg uppsala aarhus antwerp ghent leuven
  utrecht eindhoven krakow brno tartu bilbao toulouse grenoble lille nantes bordeaux graz salzburg`);

/** "met" of a meeting, not "the deadline was met", "met with criticism", "met our goals", "the
 * milestones we met", nor an interviewer's visit ("We met him in his office"). */
export const MET = String.raw`(?<!\b(?:was|were|been|be|being|is|are|get|got|gets|not)\s+)(?<!\b(?:milestones?|targets?|goals?|deadlines?|requirements?|objectives?|criteria|expectations?|needs)\s+(?:we|they|you|I|it)\s+)met(?!\s+(?:him|her|them)\s+(?:in|at)\s+(?:his|her|their)\s+office)(?!\s+(?:with\s+)?(?:criticism|resistance|opposition|scepticism|skepticism|approval|enthusiasm|concern|silence|disappointment|success|interest|protests?|support|demand|targets?|goals?|deadlines?|requirements?|expectations?|needs?|our|their|its|the\s+(?:target|goal|deadline|requirement)s?)\b)`;

/** "received Dr X, Minister of …", "received a delegation": a host's meeting with a visitor. */
export const RECEIVED = String.raw`received(?=\s+(?:(?:Dr|Mr|Ms|Mrs|Prof|Professor|Minister|Commissioner|Ambassador|President|Prime\s+Minister|Secretary)\b|an?\s+delegation\b))`;

/**
 * "meet", not "meet the obligations of Regulation (EU) 2025/327": a meeting's verb; "meets" only
 * before where or when ("The EPSCO Council meets in Brussels on …"; not "meets the definition",
 * "meets twice a year", "meets patients every Tuesday").
 */
export const MEET = String.raw`(?<!\b(?:not|never|n['’]t)\s+)meet(?!s?\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:obligations?|requirements?|needs?|targets?|criteria|standards?|demand|goals?|deadlines?|expectations?|conditions?|costs?|challenges?|trust|promises?|commitments?|ambitions?)\b)|meets(?=\s+(?:(?:online|again|virtually|today|tomorrow)\s+)?(?:in|on|at)\s+(?:[A-Z0-9]|the\s+[A-Z]))`;

/**
 * A Council configuration: "the EPSCO Council in Brussels on 5 December", "at the
 * Competitiveness Council" (the ten configurations, by their acronyms or names).
 */
export const COUNCIL_CONFIGURATION = String.raw`(?:EPSCO|ECOFIN|COMPET|AGRIFISH|TTE|GAC|FAC|JHA|EYCS|ENVI|Competitiveness|General Affairs|Foreign Affairs|Justice and Home Affairs|Environment|Telecommunications?) Council`;
/** The configuration where it met: after "at" or "during" ("former chair of the … Council" is the body). */
export const COUNCIL_MEETING = String.raw`(?<=\b(?:at|during)\s+(?:the\s+)?(?:informal\s+)?)${COUNCIL_CONFIGURATION}`;
/** A configuration's whole name, as a run of words ("EPSCO Council"). */
export const COUNCIL_NAME = new RegExp(String.raw`^${COUNCIL_CONFIGURATION}$`);

/** "the sixth Veldhuis Lecture", "a public lecture" (not the verb: "should not lecture States"). */
export const LECTURE = String.raw`(?<=\b(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2})lecture`;

/** Event nouns, longest first, with the kind the seed model gives them. */
/** A day named for what it is: "Info Day", "Demo Day", "Pitch Day", "Open Day". */
export const THEMED_DAY = String.raw`(?:info(?:rmation)?|science|open|innovation|research|partners?|stakeholders?|industry|demo|pitch|investors?|careers?|networking) days?`;

/**
 * A programme's own parts, no events of their own: "session", "Coffee break", "Keynote: …". A
 * visit's programme reads them as whole words after an opening word ("Opening session", "Dinner",
 * and its own "Webinar: …"); a diary of the days ahead as a line's first letters ("Keynotes",
 * "Registrations open"), with its own agenda words.
 */
export const PROGRAMME_PART = String.raw`(?:session|panel|keynote|coffee|break|breakfast|lunch|dinner|registration|welcome|transfer|departure|family\s+photo)`;

/** "Join the AI Literacy Lunch on Wednesday": a meal in an event's name, capitalised. */
export const MEAL_EVENT = /\b\p{Lu}[\p{L}-]*\s+(?:Lunch|Breakfast|Dinner)\b/u;

export const EVENT_NOUNS: readonly (readonly [RegExp, string])[] = [
  [/\bhigh[- ]level (?:event|conference|meeting|roundtable)\b/i, 'HIGH_LEVEL_EVENT'],
  [/\b(?:conference|summit|congress|symposium|forum)\b/i, 'CONFERENCE'],
  [/\bworkshops?\b/i, 'WORKSHOP'],
  [/\bwebinars?\b/i, 'WEBINAR'],
  [
    /\blaunch(?:ed|es|ing)?(?: event)?\b|\binaugurat(?:ed|es|ion)\b|\bunveil(?:ed|s)?\b|\b(?:at|during) the (?:official )?presentation of the\b/i,
    'LAUNCH',
  ],
  [
    new RegExp(
      String.raw`\b(?:meeting|${LECTURE}|${COUNCIL_MEETING}|${MEET}|${MET}|${RECEIVED}|working (?:breakfast|lunch|dinner)|(?:press|media|technical)\s+briefings?|exchanges? of views|trilogues?|assembly|kick-?off|(?:(?<=\b(?:a|an|the|this|that|its|their|public|oral)\s+)hearing|hearing(?!\s+(?:the|a|an|this|that|these|those|their|its|his|her)\s))|roundtable|round table|${THEMED_DAY}|info(?:rmation)? sessions?|ceremony|(?<!\b(?:teach(?:es|ing)?|taught|gives?|gave|runs?|ran)\s+(?:(?:a|an|the|his|her|their|our)\s+)?(?:\S+\s+)?)seminar(?!\s+(?:rooms?|halls?|papers?))|hackathon|debate|(?:phd|doctoral|thesis)\s+defen[cs]e|public\s+defen[cs]e\s+of\s+(?!(?:the|its|their|our|a|an|this|that)\b)|defend\s+(?:her|his|their)\s+(?:doctoral\s+|phd\s+)?(?:thesis|dissertation))\b`,
      'i',
    ),
    'MEETING',
  ],
  [MEAL_EVENT, 'MEETING'],
  // ("Seventh Annual … Memorial Lecture": a lecture by its name, not a room, "Lecture Theatre")
  [/\b\p{Lu}[\p{L}-]*\s+Lecture\b(?!\s+(?:Theatres?|Halls?|Rooms?|Series|Notes))/u, 'MEETING'],
  // (last: "welcomed a delegation", "visited the clinic" name a meeting only when nothing else does)
  [/\b(?:visit|visits|visited|delegation)\b/i, 'MEETING'],
  // (a week of lectures: no kind of the model's fits it)
  [/\b(?:summer|winter|spring|autumn)\s+school\b(?!\s+(?:holidays?|terms?|breaks?|years?))/i, ''],
  [/\bevent\b/i, ''],
];

/** Capitalised words of subjects, not of people's names: "Intellectual Property", "Life Sciences". */
export const NOT_NAME_WORDS = words(`
  health sciences science life data space digital virtual human twin twins medicine care policy
  technology technologies tech sovereignty security democracy innovation intelligence artificial
  ai action brain platforms platform models model strategies rights property intellectual
  ecosystem vision roadmap brief deliverable newsletter regulation directive act framework
  global national regional international public private open secondary primary use practice access
  findings results students wishes guidance news lessons greetings highlights updates insights key
  early best cancer screening survey food safety dear`);

/** Verbs that tie an organisation to an event it held: "the Commission hosted a high-level event". */
export const HOST_VERBS = /\b(?:hosted|organi[sz]ed|convened|held)\b/i;

/** Head words that make a capitalised phrase an organisation's name ("Flemish Centre for…"). */
export const ORG_HEADS = words(`
  university universite universitat universidad universita universiteit college school institute
  institut institutet instituto istituto centre center centrum laboratory laboratories lab labs
  hospital hospitals clinic klinikum foundation fondation stiftung association federation society
  alliance coalition consortium council commission parliament agency authority office ministry academy secretariat
  government ombudsman body junta generalitat xunta consejeria conselleria autoridade autoriteit autoridad autorita autorite agencia agentschap raad
  agenzia ministerio ministero consejo conselho consiglio
  presidency observatory cluster network hub force taskforce organisation organization undertaking
  company group pharma pharmaceuticals committee board bank chamber cooperative trust unit directorate
  department unitat unidad unidade unita einheit abteilung servei servicio servizio service departament departamento
  embassy consulate servicos servicios stowarzyszenie fundacja towarzystwo zwiazek verein verband vereniging forening
  forbund spolek egyesulet avocats abogados advocaten rechtsanwalte rechtsanwälte
  dipartimento chu chru umc irccs az ventures holdings investments universidade fundacao fundacion
  centro politecnico politecnica polytechnic polytechnique politechnika hochschule fund
  gmbh ag sa srl spa bv nv ltd inc plc llc ab oy as`);

/** An investor's words in a name ("Growth Equity", "Nordic Capital"): a few are heads above too. */
export const INVESTOR_HEADS = words(`equity capital venture ventures partners fund funds investment
  investments holding holdings angels`);

const kinds = (pairs: string): ReadonlyMap<string, string> =>
  new Map(
    pairs
      .trim()
      .split(/\s+/)
      .map((p) => p.split('=') as [string, string]),
  );

/** Last words of an initiative's name, with the kind they give it. */
export const INITIATIVE_HEADS = kinds(`
  initiative=INITIATIVE strategy=STRATEGY plan=ACTION_PLAN act=REGULATION regulation=REGULATION
  directive=REGULATION programme=PROGRAMME program=PROGRAMME mission=INITIATIVE
  partnership=INITIATIVE space=INITIATIVE call=CALL`);

/** Last words of a document's title, with the kind they give it. */
export const DOCUMENT_HEADS = kinds(`
  manifesto=MANIFESTO declaration=MANIFESTO charter=MANIFESTO roadmap=ROADMAP brief=POLICY_BRIEF
  report=REPORT study=REPORT survey=REPORT paper=POLICY_BRIEF guidelines=REPORT recommendations=POLICY_BRIEF
  newsletter=NEWSLETTER deliverable=DELIVERABLE whitepaper=POLICY_BRIEF decision=LEGAL_ACT statement=MANIFESTO
  memorandum=LEGAL_ACT index=REPORT scoreboard=REPORT barometer=REPORT monitor=REPORT
  thesis=REPORT dissertation=REPORT decree=LEGAL_ACT decree-law=LEGAL_ACT preprint=REPORT
  checklist=REPORT guidance=REPORT scorecard=REPORT`);

/** "French", "Finnish", "Norwegian", "Dutch", "Portuguese", "Icelandic" (folded): who, not which. */
export const isNationality = (fold: string): boolean =>
  /(?:ish|ese|ian|an|ch|ic)$|^(?:greek|swiss|slovak|cypriot|british|thai)$/.test(fold);
