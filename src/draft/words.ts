// Word lists the drafter's rules rest on: speech cues, titles, role nouns and the capitalised
// words that start sentences without naming anyone.

const list = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs (and "according to") that introduce or follow a quotation: PARC's cues. */
export const cueWords = list(`
	said says say saying told tells tell telling added adds adding replied replies replying reply
	asked asks asking explained explains explaining noted notes noting wrote writes writing write
	stated states declared declares insisted insists insisting argued argues arguing claimed claims
	warned warns warning continued continues acknowledged acknowledges admitted admits admitting
	recalled recalls recalling remarked remarks responded responds responding answered answers
	suggested suggests conceded concedes observed observes announced announces joked jokes joking
	quipped quips tweeted tweets posted posts described describes describing called calls urged
	urges vowed vows promised promises predicted predicts boasted boasts complained complains
	agreed agrees emphasised emphasized emphasises emphasizes stressed stresses concluded
	concludes cautioned countered counters maintained maintains testified testifies recounted
	mused laughed pleaded demanded assured confirmed confirms denied denies shouted yelled
	screamed exclaimed whispered murmured interjected retorted reiterated reiterates contended
	contends wondered wonders sighed snapped lamented lamenting conceding insisting declaring
	explaining adding pointed accused accuses accusing alleged alleges alleging instructed instructs
	reminded reminds insinuated insinuating hinted reads beams beamed smiles smiled grins grinned
	shrugs shrugged chuckles chuckled`);

/** Cues in -ing: the speaker is the subject of the sentence ("…, adding: “…”"). */
export const participleCues = list('saying telling adding replying asking noting writing insisting arguing warning admitting recalling responding joking describing explaining conceding declaring lamenting accusing alleging insinuating');

/** Cues of an answer to the previous speaker: "Ms Ruiz replied that …", "came the reply". */
export const replyCues = list('replied replies replying reply responded responds responding response answered answers answering retorted retorts countered counters interjected interjects rebutted rejoined');

/** Words for a quotation that is mentioned rather than said: "the word “hope”", "a so-called “deal”". */
export const mentionWords = list('word words phrase term slogan label name title headline hashtag motto catchphrase nickname so-called dubbed nicknamed billed branded labelled labeled titled entitled');

/** Nouns a name modifies rather than heads: "the Obama administration", "a Trump spokesman". */
export const groupNouns = list('administration campaign team camp family office aides allies supporters lawyers transition government officials spokesman spokeswoman spokesperson adviser advisers');

/** Titles of address written before a name: "Mr Johnson", "Dr Smith". */
export const honorifics = list('Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Reverend Fr Rabbi Imam Sheikh Mr. Mrs. Ms. Dr. Prof. Rev. Fr. Mme M. Herr Frau Señor Señora');

/** Office titles written before a name: "President Obama", "Commissioner Andrew Colvin". */
export const officeTitles = list(`
	President Vice-President President-elect Senator Sen Sen. Rep Rep. Representative Gov Gov.
	Governor Mayor Judge Justice Commissioner Chancellor Minister Secretary Ambassador General Gen
	Gen. Col Col. Colonel Capt Capt. Captain Lt Lt. Lieutenant Sgt Sgt. Sergeant Cpl Cpl. Corporal
	Maj Maj. Major Officer Detective Det Det. Chief Constable Inspector Superintendent Pope King
	Queen Prince Princess Professor Director Chairman Chairwoman Speaker Leader Premier Treasurer
	Attorney-General Attorney Editor Coach Deputy Councillor Councilman Councilwoman Congressman
	Congresswoman Sheriff Trooper Agent Admiral Marshal Pastor Bishop Archbishop Cardinal Dean
	Principal Emperor Tsar Czar Sultan Chief-Executive Sheriff Brig Brig. Adm Adm. Pte Pvt Pvt.
	Spokesman Spokeswoman Chair Co-Chair CEO`);

/** Nouns that end a role: "foreign secretary", "a former KGB officer". */
export const roleNouns = list(`
	secretary minister president spokesman spokeswoman spokesperson director editor chief leader
	officer adviser advisor commissioner professor analyst author economist researcher lawyer
	attorney executive chairman chairwoman chair founder co-founder manager correspondent reporter
	journalist activist member senator governor mayor coach captain player head official candidate
	ambassador envoy counterpart premier chancellor judge scientist doctor teacher student resident
	owner worker expert historian writer columnist host presenter producer actor actress singer
	artist critic campaigner chef farmer diplomat general colonel sergeant detective inspector
	constable superintendent commander soldier veteran mother father son daughter wife husband
	sister brother friend neighbour neighbor partner colleague boss deputy assistant aide
	strategist consultant lobbyist negotiator prosecutor witness victim survivor organiser
	organizer coordinator administrator representative congressman congresswoman councillor
	lawmaker legislator politician mp monarch king queen prince princess tsar emperor pope bishop
	priest pastor rabbi imam cleric ceo cfo coo chairperson economist physician surgeon nurse
	principal dean lecturer engineer designer architect pilot driver officer agent sheriff
	trooper marshal admiral analyst pollster blogger photographer novelist poet comedian
	musician dancer athlete footballer striker manager referee umpire boxer rider runner
	swimmer cyclist fan supporter voter protester protestor demonstrator spokesmen officials
	investigator scholar fellow trustee governor treasurer mp mep peer baroness patriarch matriarch
	host anchor`);

/** Speakers with no name: "a spokesman said", "police said". */
export const unnamedSources = list(`
	spokesman spokeswoman spokesperson spokesmen official officials source sources police
	statement ministry department company government agency witnesses witness residents
	organisers organizers prosecutors investigators aide aides analysts experts critics
	authorities`);

export const femaleWords = list('Mrs Ms Miss Lady Dame Mme Frau Señora Queen Princess Congresswoman Councilwoman Chairwoman Spokeswoman she her spokeswoman chairwoman congresswoman actress mother wife daughter sister queen princess baroness');
export const maleWords = list('Mr Sir Lord Herr Señor King Prince Congressman Councilman Chairman Spokesman he him his spokesman chairman congressman father son husband brother king prince');

/** Capitalised words that open sentences or phrases without being names. */
export const functionWords = list(`
	The A An And But Or Nor So Yet For However After Before In On At As When While If Asked
	Earlier Later Meanwhile This That These Those It He She They We I You His Her Their Our My
	Its There Then Now Still Also From With Without Despite Although Though Because Since Until
	During Under Over By To Of Why What Who Whom Whose How Where Which Some Many Most All Each
	Every Both Neither Either No Not Last Next One Two Three Four Five Six Seven Eight Nine Ten
	Speaking Writing Like Unlike Among Amid Against Between Into Onto Upon Within Once Even Just
	Only Indeed Instead Here Today Yesterday Tomorrow Tonight According Following Given Having
	Being Although Whether Meanwhile Nevertheless Nonetheless Furthermore Moreover Besides
	Otherwise Thus Hence Therefore Perhaps Maybe Certainly Clearly Obviously Surely Sadly
	Fortunately Unfortunately Already Again Well Yes Oh Please Thanks Thank Dear Hello Hi Mrs.`);

/** Capitalised words that are never people: calendar words and the like. */
export const notNames = list(`
	January February March April May June July August September October November December
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep
	Sept Oct Nov Dec Christmas Easter God Internet Twitter Facebook Instagram YouTube TV AM PM
	Read More Share Comment Comments Related Photo Photos Video Image Getty Reuters AP AFP
	Advertisement Copyright Updated Published Source Sign Click Subscribe Follow`);

/** Words that make a capitalised phrase a place: "Main Street", "Ninety Mile Beach". */
export const placeWords = list(`
	Street Road Avenue Lane Boulevard Square Park Bridge Island Islands River Mountain Mountains
	Lake Ocean Sea Bay Coast Valley County City Province Region District Peninsula Desert
	Forest Canyon Falls Harbour Harbor Port Gulf Strait Beach Heights Hill Hills Village Town`);

/** Words that make a capitalised phrase an organisation or place rather than a person. */
export const placeOrBodyWords = list(`
	House Party Ministry Department Council Committee Court University Street Road Hotel Agency
	Bank Company Corp Corporation Inc Ltd Group News Times Post Journal Association Union Office
	Institution Institutions Centre Centers Administration Committee
	Parliament Congress Senate Government Police Service Services Commission Board Foundation
	Institute Centre Center Church School College Hospital Club Airport Station Bridge Island
	Islands River Mountain Mountains Lake Ocean Sea Bay Coast Valley County City State States
	Kingdom Republic Federation Province Region District War Act Bill Day Cup Games Olympics
	Prize Award Festival Museum Gallery Park Square Tower Network Press Review Magazine Airlines
	Airways Motors Industries Systems Technologies Labs Laboratory Project Programme Program
	Initiative Forces Force Army Navy Guard Corps Embassy Cabinet Assembly League Federation
	Tribunal Authority Organisation Organization Society Trust Fund Reserve Exchange Market
	Markets Street Avenue Hall Palace Castle Cathedral Chapel Temple Mosque Stadium Arena
	Theatre Theater Studios Records Pictures Media Broadcasting Radio Television Channel Online
	Express Mail Herald Telegraph Guardian Observer Tribune Gazette Chronicle Daily Weekly Sun
	Street Peninsula Desert Forest Canyon Falls Harbour Harbor Port Gulf Strait Channel Empire
	Dynasty Era Age Revolution Treaty Accord Agreement Summit Conference Convention Championship
	Series League Cup Trophy Open Chips Act Law Code Constitution Amendment Declaration`);
