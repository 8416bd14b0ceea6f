/**
 * General English news-copy lexicons used to tell people, organizations and
 * groups apart in runs of capitalised words. Nothing here names a story actor:
 * these are the words a wire editor would use for any story.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that make a preceding/containing capitalised run a title ("Foreign Minister", "Rear Adm."). */
export const TITLE_WORDS = set(`
  President President-elect Vice Vice-President Prime Minister Ministers Secretary Secretary-General Undersecretary
  Under-Secretary Attorney General Gen. Adm. Admiral Rear Lt. Lieutenant Col. Colonel Capt. Captain Commander Cmdr.
  Sgt. Sergeant Maj. Major Brig. Brigadier Senator Sen. Sens. Rep. Reps. Representative Congressman Congresswoman
  Gov. Governor Mayor Ambassador Amb. Commissioner Chief Director Director-General Deputy Assistant Envoy Chancellor
  King Queen Prince Princess Pope Cardinal Bishop Archbishop Rev. Judge Speaker Leader Chairman Chairwoman Chair
  Spokesman Spokeswoman Spokesperson Mr. Mrs. Ms. Dr. Prof. Professor Sir Dame Lord Premier Sheikh Emir Sultan
  Crown Adviser Advisor Counsel Coordinator Czar Officer Marshal Inspector Superintendent Commandant Admiral
  Chief-of-Staff Justice Magistrate Prosecutor Solicitor Treasurer Comptroller Administrator Rapporteur Delegate
  Minister-President Mr Mrs Ms Dr Ombudsman Ombudswoman Auditor Father Fr. Monsignor Msgr. Reverend Rabbi Imam
  Co-President Co-Chair Co-Chairman Co-Chairwoman Ex-President Vice-Chancellor Vice-Minister Deputy-Minister
  Prof Rev Revd Sgt Capt Cmdr Col Lt Maj Brig Cllr Adm Insp Supt MP MEP MLA MSP MNA
`);

/** Words that may sit inside a title between title words ("Secretary of State", "Commissioner for Human Rights"). */
export const TITLE_COMPLEMENTS = set(`
  of for the and on State Defense Defence Justice Treasury Homeland Security Commerce Energy War Health Human Rights
  Affairs Foreign Interior Finance Economy Economic National Naval Navy Army Air Force Staff Joint Chiefs Operations
  Trade Labor Labour Education Transportation Agriculture Veterans Housing Intelligence Public High Special Senior
  Former Acting Interim Retired First Second Deputy Executive Press General Legal Political Military Principal
  Supreme Majority Minority Top Federal Regional Southern Northern Western Eastern Central Refugees Drug Policy
  Development International Information Communications Environment Immigration Home Cabinet Budget Management
  Enforcement Law Narcotics Counterterrorism Counternarcotics Armed Forces Coast Guard Marine Corps Space Cyber
`);

/** Final words of organization names. */
export const ORG_HEADS = set(`
  Department Departments Ministry Ministries Agency Agencies Command Committee Council Court Assembly Administration
  Office Bureau Commission Service Services Force Forces Guard Guards Chiefs Party Parliament Congress Senate House Institute
  Institution University College School Foundation Bank Fund Organization Organisation Union Association Company
  Corporation Corp. Inc. Ltd. Group Network Coalition Alliance Federation Authority Board Cabinet Government Police
  Tribunal Nations Watch International Center Centre Secretariat Navy Army Corps Directorate Prosecutor's Program
  Programme Project Forum Society Industries Holdings Airlines Commission Consortium Conference Caucus Club Church Party
  Times Post Journal News Press Tribune Herald Guardian Telegraph Gazette Radio Television TV Broadcasting Daily
  Magazine Wire Monitor Observer Express Mail Chronicle Inquirer Economist Review Weekly Globe Star Sun Record
  Today Report Dispatch Bulletin Courier Standard Mirror Register Agency Media Network Channel Newspaper
  Embassy Embassies Consulate Ledger Sentinel Examiner Enquirer Advertiser Gleaner Clarion Beacon Telegram Statesman
  Universidad Universidade Université Università Universität Ministerio Ministério Ministère Fiscalía Fiscalia
  Defensoría Defensoria Procuraduría Contraloría Registraduría Armada Ejército Policía Fuerza Fuerzas Secretaría
  Dirección Direção Comisión Comissão Consejo Conselho Corte Instituto Fundación Fundação Asociación Associação
  Banco Partido Agencia Agência Servicio Serviço Oficina Comité Congreso Senado Cámara Câmara Asamblea Presidencia
  Cancillería Guardia Gendarmería Prefectura Superintendencia Tribunal Junta Unidad Departamento
  Partners Capital Ventures Securities Investments Associates Advisors Advisers Petroleum Bancorp LLC LLP PLC Plc GmbH
`);

/** Organizations whose name is the outlet itself: "The" belongs to the name ("The Washington Post"). */
export const MEDIA_HEADS = set(`
  Times Post Journal News Press Tribune Herald Guardian Telegraph Gazette Magazine Monitor Observer Express Mail
  Chronicle Inquirer Economist Review Weekly Globe Star Sun Record Dispatch Bulletin Courier Standard Mirror Register
  Ledger Sentinel Examiner Enquirer Advertiser Gleaner Clarion Beacon Telegram Statesman
`);

/** Words that make a run an armed or criminal group rather than an institution. */
export const GROUP_HEADS = set(`
  Cartel Cartels Gang Gangs Tren Mara Brigade Brigades Militia Militias Mafia Clan Syndicate Rebels Guerrillas
  Insurgents Jihad Taliban Hezbollah Hamas Houthis Zetas Chapitos Commando Comando Front Frente
`);

/** Heads of names that are not actors: laws, operations, events, places, vehicles. */
export const NON_ACTOR_HEADS = set(`
  Act Acts Convention Conventions Treaty Law Laws Accord Accords Agreement Amendment Constitution Charter Protocol
  Operation Operations Summit Day Street Avenue Road Base Airport Island Islands Sea Ocean Gulf River Bay Strait
  Canal Hemisphere Coast Mountains Valley Lake Park Square Bridge Prize Award Cup Games Olympics Festival Doctrine
  Initiative Plan Order Resolution Authorization Authorisation Report Stories Topic Comment Stations District Province
  County City Region Territory Territories Peninsula Desert Basin Pass Port Harbor Harbour Station Hospital Prison
`);

/** Words that open street and square names in many languages ("Avenida Bolívar", "Rue de Rivoli"): a place, not an actor. */
export const STREET_PREFIXES = set(`Avenida Avenue Av. Calle Carrera Rua Rue Plaza Praça Paseo Boulevard Bulevar Piazza Largo Travessa Estrada Camino Carretera Autopista`);

/**
 * Heads that describe the ruler rather than name a body: "the Government of
 * Colombia" speaks of Colombia, "the Government of Petro" of Petro.
 */
export const DESCRIPTIVE_HEADS = set(`Government Governments Administration Regime Presidency Gobierno`);

/** Prefixes of ship and vehicle names ("USS Gerald R. Ford"): the rest is not a person. */
export const VEHICLE_PREFIXES = set(`USS HMS HMCS HMAS INS ARA BAP RFS MV SS RV`);

/** Capitalised particles inside personal and organization names. */
export const NAME_PARTICLES = set(`de del della di da do dos das du des la le los las van von der den ter bin ibn al el y e`);

/** Connectors allowed inside an organization or title run. */
export const RUN_CONNECTORS = set(`of for the and on de del della di da do dos das du des la le los las van von der den bin ibn al el y`);

/** Single words that name an institution on their own. */
export const INSTITUTION_WORDS = set(`Congress Senate Parliament Pentagon Kremlin Vatican Knesset Duma Bundestag Interpol Europol Navy Army`);

export const MONTHS_AND_DAYS = set(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
`);

/** Capitalised function words and sentence openers that are never names on their own. */
export const COMMON_CAPITALISED = set(`
  The A An But And Or Nor So Yet In On At For With By From As If When While After Before Although Though Because
  Asked It Its This That These Those There Here He She They We I You His Her Their Our My Your Him Them Us
  Late Early Most Some Many Several Few One Two Three Four Five Six Seven Eight Nine Ten Already Instead Nearly
  Under Over Between Since Until Unlike Like Also Still Meanwhile However Now Then Last Next Earlier Later Former
  Both Each Every All No Not What Who Whom Whose Why How Where Which Whether Such Other Another Any Much More Less
  Even Only Just Despite Amid Among Against During Through Throughout Without Within About Above Below Across
  Toward Towards Upon Into Onto Per Via Please Yes Thanks Thank Sources Officials Critics Experts Analysts
  Alternatively Interpreting Labeling Unilateral Past Legal Play Available Recommended Leave Write Published Updated
  Read Watch Listen Share Follow Subscribe Sign Click See Photo Video Image Getty Editor Editors Note Correction
  Mr Mrs Ms Dr Sir Madam Sen Rep Gov Gen Live Up Next
  Echoing Citing Quoting Contradicting Rebutting Responding Replying Speaking Addressing Praising Thanking Urging
  Accusing Blaming Defending Backing Rejecting Dismissing Invoking Noting Recalling Asking Calling Warning
`);

/** All-caps tokens that are not organization acronyms. */
export const NON_ORG_ACRONYMS = set(`
  I II III IV V VI VII VIII IX X XI XII OK AM PM TV ID GDP UTC GMT EST EDT PST PDT CET BST CST CDT AD BC BCE CE
  CEO CFO COO CTO MP MPs PhD MD US USA UK EU UN NO AKA FAQ DNA HIV AIDS COVID PDF URL USD EUR GBP RSS FYI PS
  LIVE NEW BREAKING UPDATE WATCH VIDEO OPINION ANALYSIS EXCLUSIVE WTI LNG CPI ETF IPO
`);

/** Verbs of saying that follow or precede a speaker. */
export const REPORTING_VERBS = set(`
  said says told added noted wrote writes stated argued explained insisted warned claimed asserted declared
  announced tweeted posted replied responded continued acknowledged admitted denied emphasized emphasised stressed
  urged asked recalled countered conceded confirmed estimated predicted suggested testified vowed pledged promised
  complained lamented observed remarked commented reported tells adds notes argues warns claims spoke speaks
`);

/** Lowercase role nouns that make "X, a former <role>" an appositive about a person. */
export const ROLE_NOUNS = set(`
  spokesperson spokesman spokeswoman secretary minister director lawyer attorney adviser advisor official officer
  chief president senator representative ambassador envoy commander admiral general analyst expert professor
  researcher fellow specialist leader head chairman chairwoman chair member aide diplomat prosecutor judge
  economist historian journalist reporter correspondent editor author writer founder executive strongman dictator
  commissioner governor mayor deputy counsel colonel captain lieutenant sergeant soldier veteran activist
  politician lawmaker legislator candidate negotiator administrator coordinator inspector investigator rapporteur
  ombudsman ombudswoman scholar lecturer academic physician doctor priest pastor fisherman farmer student
  chancellor co-president vice-president vice-minister congressman congresswoman councilman councilwoman
  campaigner organizer organiser owner manager counterpart colleague successor predecessor rival ally
`);

/** US states and their AP abbreviations: "Sen. X of Maryland", "Sen. X, R-Okla." describe a person, never name an actor. */
export const US_STATES = set(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
`);
/** Two-word states, by first word ("New" -> Hampshire Jersey Mexico York). */
export const US_STATE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["New", set(`Hampshire Jersey Mexico York`)],
  ["North", set(`Carolina Dakota`)],
  ["South", set(`Carolina Dakota`)],
  ["Rhode", set(`Island`)],
  ["West", set(`Virginia`)],
]);

/** Time-zone abbreviations after a clock time ("10:42 a.m. ET"): never organizations. */
export const TIME_ZONES = set(`
  ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST UTC GMT BST CET CEST EET EEST WET WEST IST JST KST
  AEST AEDT ACST AWST NZST NZDT SGT HKT MSK WAT CAT EAT ART BRT COT VET ECT PET CLT AST ADT NST NDT
`);

/**
 * National bodies every country has: written alone ("the Navy said") they are the
 * body of the country the article was just talking about, not the US one.
 * Keyed by the body as written after a demonym ("Colombian Navy").
 */
export const NATIONAL_BODIES: readonly string[] = [
  "Navy", "Army", "Coast Guard", "Air Force", "Marines", "Police", "National Police", "Armed Forces", "Foreign Ministry",
  "Defence Ministry", "Defense Ministry", "Interior Ministry", "Justice Ministry", "Defence Force", "Defense Force",
  "Defence Forces", "Defense Forces", "National Guard", "Marine Corps", "Police Service", "Police Force",
];

/** Articles that open foreign titles of papers ("told El Tiempo", "according to Le Monde"). */
export const FOREIGN_ARTICLES = set(`El La Le Les Los Las Der Die Das Il Lo O Al`);

/** Lowercase role phrases that title the name after them ("press secretary Kingsley Parnell"). */
export const LOWER_TITLE_HEADS = set(`
  secretary minister spokesperson spokesman spokeswoman ambassador envoy commander admiral general senator
  representative congressman congresswoman governor mayor president chairman chairwoman director prosecutor
  judge attorney lawyer adviser advisor aide chief deputy officer captain colonel lieutenant sergeant
  correspondent reporter editor analyst professor researcher economist diplomat lawmaker negotiator commissioner
  chancellor co-president vice-president vice-minister
`);

/**
 * Newspapers that copy names by their last word alone, the paper itself
 * included ("told the Herald", "the Post reported"). Narrower than
 * MEDIA_HEADS: "the News", "the Record" or "the Sun" are too often not a paper.
 */
export const SHORT_MEDIA_NAMES = set(`
  Times Post Journal Tribune Herald Guardian Telegraph Gazette Economist Globe Observer Express Mail Chronicle
  Inquirer Dispatch Courier Mirror
`);

/** Nouns for the people who speak for a government: "officials in Ankara" are Turkey's, not a place. */
export const OFFICIALDOM_NOUNS = set(`
  official officials spokesman spokeswoman spokesperson spokespeople government authorities leaders leadership
  policymakers ministers regime administration
`);

/** Words of reaction before "in <capital>": "watched closely in Beijing", "alarm in Moscow" speak of the government. */
export const REACTION_WORDS = set(`
  watched welcomed greeted alarm concern anger reaction reactions fury dismay unease relief applauded outrage
`);

/** Verbs and phrases that make the next lone unknown word a news outlet: "she told Al-Mirsad". */
export const OUTLET_CUE = /(?:\btold|\b[Aa]ccording to|\binterview with|\bspeaking to|\breported by|\bquoted by)\s$/;
