/** English review signals; also the fallback for languages other than the four. */
import { defineSignals } from '../signal';

// "BBB" is normalized to "b" (letter runs collapse), so the bureau is only a regulator next to a complaint word (below).
// Named, they are a complaint's address: consumer and sector regulators of the UK, US, Australia, India and the Gulf.
// The ACCC is not among them: letter runs collapse, so it reads "ac", as the air conditioning does.
const REGULATOR =
  'ombudsman|eeoc|ehrc|regulator*|police|fca|ftc|cfpb|ofcom|ofgem|ofwat|dld|dda|rera|ccpa|authorit*|=acas|commissioner*|=cbuae|=rbi|=npci|=dfsa|' +
  '=fcc|afca|acma|=vcat|=ncat|=qcat|=trai|=irdai|=sebi|=dgca|=ncdrc|=crtc|=ccts';
/**
 * Addresses that name a complaint's addressee only next to a complaint: "the Ohio AG", the tax office, the health
 * department ("the health inspector would have a field day" is no threat).
 */
const AUTHORITY_IF_REPORTED =
  "{ag|ag's|ags|bbb|ico|irs|hmrc|environmental health|health department|health dept|health inspector|health inspectors|health board|licensing board|labor board|labour board|department of labor}";
/** What a guest or diner is sold or served: the bed and linen of a room, the tableware, the dish (a venue's lobby, toilets and floors are not). */
const SERVED =
  'bed|beds|bedding|sheet|sheets|linen*|towel*|pillow*|mattress*|duvet*|blanket*|carpet*|curtain*|bathtub|glass|glasses|cup|cups|mug|mugs|plate|plates|cutlery|fork|forks|spoon*|dish|dishes|bowl|bowls|food|meal|soup|salad|pizza|burger*|sandwich*|sofa*|couch*';
/** Dirt a guest finds on what they were sold (smell only with a room: "the food smelled amazing" is praise). */
const SOILED = 'dirty|filthy|grimy|grubby|stained|stain|stains|dusty|mouldy|moldy|hair|hairs|sticky|greasy|cockroach*|bedbug*|crumbs|unwashed';
const LAWYER = 'lawyer*|attorney*|solicitor*|=counsel|legal';
/** Who a customer is sent on to. */
const ROLE = 'admin*|manager*|supervisor*|director*|head|office|receptionist*|accounts|billing|department';

export default defineSignals(
  'en',
  {
    legal_threat: [
      // A lawsuit already under way: "lost at first instance, filed an appeal".
      ["filed|file|filing|lodged ~2 an? ~1 appeal", 2], ["appealed|appealing ~2 the ~1 ruling|judgment|judgement|verdict|decision", 2],
      // A court decision already won or lost against the business counts (label rules): "the judge ruled in my favour".
      ["judge|court|tribunal ~3 ruled|ordered|awarded|found", 2],
      // One's rights sought in court: "I will enforce my rights through the courts".
      ["my|our ~1 rights ~4 =court|=courts|tribunal", 2], ["=court|=courts|tribunal ~4 my|our ~1 rights", 2],
      ["won|lost ~2 the|my ~1 case|claim|lawsuit", 2],
      ["{county court judgment|=ccj}", 2],
      ['sue|suing|sued|lawsuit*|litigat*', 2],
      ['legal action|proceedings|route|case|team|advice|steps', 2],
      ['small claims', 2],
      ['court ~2 case|action|claim|complaint', 2],
      ['take|taking|took ~3 to court', 2],
      ['see you in court', 2],
      ['consumer court|protection|rights|forum|forums|commission|affairs|ombudsman|tribunal', 2],
      ['{national consumer helpline|consumer helpline}', 2],
      ['trading standards', 2], ['fair trading', 2], ['state ~1 =ag|=ag\'s', 2], ['citizens advice', 1.5],
      // An address named only with a complaint: "filed complaints with the Ohio AG and the BBB", "reported them to environmental health".
      [`complain*|complaint*|report*|reporting|filed|file|filing|lodged|lodge|contact*|call*|notify*|wrote|write|writing ~6 ${AUTHORITY_IF_REPORTED}`, 2],
      // Steps a solicitor or the police take: a demand letter, a legal notice (India), an FIR, a judgment won.
      ['legal|demand|solicitor*|lawyer*|attorney* ~1 notice|letter*', 2], ['letter before action|claim', 2], ['cease and desist', 2],
      ['file|filed|filing|lodge*|register*|registered ~3 =fir', 2],
      ['got|won|have|obtained ~2 a? ~1 judgment|judgement ~2 against', 2],
      // Named alone, the police are often someone else's business ("they sent me to the police"): a mention, not a threat.
      [REGULATOR.replace('police|', ''), 2],
      ['=police', 1],
      ['bbb ~2 complaint*|report*|claim*', 2], ['complain*|report*|filed|filing|file|lodged ~4 bbb', 2], ['better business bureau', 2],
      ['police ~1 complain*|complaint*|report*|case', 2],
      [`my|our ${LAWYER}`, 2],
      // A lawyer in the family, named to the business: "my husband is a lawyer and says this is a breach of contract".
      [`husband|wife|son|daughter|brother|sister|dad|father|mum|mom|mother|uncle|cousin|partner ~3 is|=s|works ~2 a|an|as ~1 ${LAWYER}`, 1],
      [`contact*|consult*|speak*|spoke|spoken|talk*|call*|hire*|hiring|retain*|engag*|instruct*|get|getting|involve*|brief*|went|gone ~3 ${LAWYER}`, 2],
      // A lawyer given the case, or already on it: "handed the paperwork to my attorney", "a solicitor is aware".
      [`gave|given|handed|passed|sent|forwarded|forwarding|sending|showed|shown ~4 ${LAWYER}`, 2],
      [`${LAWYER} ~3 aware|briefed|informed|involved|reviewing|reviewed|handling|drafting|preparing`, 2],
      ['{formal demand|letter of demand}', 2],
      // A disability or discrimination claim: "an ADA complaint", "filed a discrimination claim".
      ['=ada ~2 complaint*|claim*|lawsuit*|violation*|case', 2], ['discrimination|disability ~2 claim*|lawsuit*|case|tribunal', 2],
      ['file|filed|filing|lodge*|lodging|make|made ~3 discrimination|disability ~1 complaint*', 2],
      ['file|filed|filing|lodge*|lodging|open*|raise* ~3 case|dispute|claim ~3 with|against', 2],
      [`file|filed|filing|lodge*|lodging|raise*|raising|make|made ~3 complaint|report ~3 with|to ~2 ${REGULATOR}`, 2],
      ['report*|complain*|complaint*|escalat*|raise*|raising ~5 {central bank|=dfsa|=cbuae|=rbi}', 2],
      ['report* ~3 to ~2 police|bbb|regulator*|authorit*|ombudsman|attorney', 2],
      ['central bank ~2 complaint', 2],
      ['complaint ~2 central bank', 2],
      ['chargeback|dispute ~3 with ~2 bank|card', 1],
      ['attorney general', 2],
      ['group|formal|official complaint', 1.5],
      ['case against', 2],
      ['class action', 2],
      ['breach ~2 of ~2 contract|law', 1],
      ['illegal*|unlawful*', 1],
      ['fraud*', 0.5],
    ],
    legal_mention: [['=court', 1.5], [LAWYER, 1.5], ['=law|=laws', 0.5], ['=rights', 0.5]],
    legal_declined: [
      // A lawyer in the family read the terms and found the writer at fault: "my husband's a lawyer, read the contract, technically it's on us".
      '{technically they are right|technically they\'re right|technically it\'s on us|technically it\'s on me|technically our fault|technically my fault}',
      // Could go to law, but has no time or wish for it: "could take you to small claims, but it's not worth my time".
      '{not worth my time|not worth the hassle|not worth the stress|not worth my energy}',
      // A suit waved off in passing: "not that I'm going to sue, but…".
      "not that ~5 sue|suing|court|lawyer*|lawsuit*|legal|claims",
      "{but whatever|oh well|but oh well}",
      // Said outright to be aimed elsewhere: "the case isn't against you", "that's a separate matter".
      "not|isn't|wasn't|aren't ~1 against ~1 you|your", "{a separate matter|a separate issue|another matter}",
      "no ~1 intention|intent|plans|plan ~2 of|to ~2 sue|suing|court|lawsuit*",
      // No point, time or energy for it: "no point suing over £20", "can't be bothered with small claims".
      "no ~1 point|desire|time|energy ~3 sue|suing|court|lawyer*|lawsuit*|legal|claims", "be ~1 bothered ~3 sue|suing|court|lawyer*|lawsuit*|legal|claims", "not|isn't|wasn't ~1 worth ~3 sue|suing|court|lawyer*|lawsuit*",
      // Not bothering, not the type: "I'm not going to bother with Ofcom, life's too short", "not the suing type".
      `not|never|won't|don't|can't|wouldn't ~3 bother|bothering ~3 ${REGULATOR}|court|courts|lawyer*|lawsuit*|legal|sue|suing|claims`,
      'too short ~3 sue|suing|court|courts|lawyer*|lawsuit*',
      'not ~3 type|kind|sort ~3 sue|suing|court|courts|lawyer*|lawsuit*', 'not ~2 suing|litigious ~1 type|kind|sort', 'not ~1 one ~2 sue|suing|courts|lawsuits',
    ],
    legal_aside: [
      // A legal step said to be about someone else: "I did call the police, but that was about the neighbours".
      `${REGULATOR}|${LAWYER}|=court ~8 {that was about|that's about|it was about|unrelated} ~2 neighbo*|ex|another|other|someone`,
      // The writer in court as a witness or juror, not a party: "a suit for court (I'm a witness)", "jury duty".
      'court|courthouse|hearing|trial ~6 {i am a =witness|i\'m a =witness|as a =witness|to testify|jury duty|on a jury|a juror}',
      '{as a =witness|to testify|jury duty|on a jury|a juror} ~4 court|courthouse|hearing|trial',
      // The police there for the other driver: "the police were writing up the other driver".
      'police ~6 other ~1 driver|party|car',
      // Lawyers as the customers, not their counsel: "our law firm's Christmas party", "my lawyer friends", "I'm an attorney and needed the suit for trial".
      "{i'm a|i am a|i'm an|i am an|i work as a|i work as an} ~1 lawyer|attorney|solicitor|paralegal|judge", "{i'm a|i am a|i'm an|i am an} ~1 lawyer|attorney|solicitor ~8 hearing|trial ~4 =court", 'law ~1 firm|firms|office', 'lawyer|lawyers|attorney|attorneys|solicitor|solicitors ~1 friend*|colleague*', 'friend*|colleague* ~2 lawyer*|attorney*|solicitor*',
      // A contract's own clause on where disputes go, and a lawyer who read it before signing: "disputes are settled in court".
      'disputes ~4 settled|resolved|go|handled|heard ~3 court|courts|arbitration', `${LAWYER} ~8 before ~2 signed|signing|sign`,
      // A police report against whoever did it, not the business.
      "police ~4 against|on ~1 {whoever|the person|the guy|the thief|unknown}", "{filed|file|made} ~2 a? ~1 report|complaint ~5 against ~1 {whoever|the person|the guy|the thief|unknown}",
      // A crime or a claim against someone else: "reported the scammer to the police", "a claim against the other driver".
      'report* ~3 fraud|scam|theft|scammer*|fraudster*|hacker*|thief|thieves ~3 police|cops',
      'claim|case|lawsuit ~3 against ~2 other ~1 driver|party',
      'claim|case|lawsuit ~2 against ~2 my ~1 ex|neighbo*',
      // The company's own legal department is a place one is sent to, not a threat: "sends us to the legal department".
      'legal ~1 department|dept|dpt|division|office',
      // A police report on a thief or neighbours, against someone else than the business.
      'police|cops ~3 on|about ~2 neighbo*|thief|thieves|burglar*|vandal*|intruder*',
      'stolen|robbed|burgled|mugged|burglary ~12 police|cops', 'police|cops ~8 stolen|robbed|burgled|mugged|burglary',
      'police|cops ~4 about|for|regarding ~3 theft|burglary|robbery',
      // The police there for a fight, someone else's doing: "the cops came for a brawl outside".
      'police|cops ~6 fight|fights|brawl|brawls|scuffle', 'fight|brawl|scuffle ~6 police|cops',
      // Paperwork for someone's own case: "a certificate for court", "my divorce lawyer".
      `letter|certificate|document*|paperwork|statement|copy|records ~3 for ~2 court|police|insurance|${LAWYER}`,
      'need* ~4 for ~2 court|my ~1 case|hearing',
      `divorce|custody|probate|inheritance ~4 court|case|${LAWYER}`,
      `court|case|${LAWYER} ~3 divorce|custody|probate|inheritance`,
      // Rhetoric and callings: "where is the FTC?", "should be illegal", "I work as a paralegal", "asked if I'm suing".
      `where ~3 ${REGULATOR}`,
      'should ~2 be ~2 illegal|criminal|unlawful|crime|against',
      'consumer protection ~1 law|laws|act|rules|regulations',
      'work*|worked ~2 as ~2 a|an ~1 lawyer|attorney|paralegal|solicitor|cop|police',
      "i'm|i am ~1 a|an ~1 lawyer|attorney|paralegal|solicitor",
      `ask*|wonder* ~4 if|whether ~3 sue|suing|sued|court|${LAWYER}`,
      // A lawyer named as the measure of how unclear the terms are: "my sister is a lawyer and even she couldn't find the clause".
      `${LAWYER} ~4 even ~2 couldn't|can't|cannot|could|failed|struggled ~2 find|understand|figure|make|work|follow|decipher|see`,
      `even ~2 ${LAWYER} ~3 couldn't|can't|cannot|could|failed|struggled ~2 find|understand|figure|make|work|follow|decipher|see`,
    ],
    crime_victim: [
      // A road accident someone else caused: the police at it came for that, "after the crash", "rear-ended me".
      '=crash|=accident|=collision', '{rear-ended|rear ended|crashed into|ran into|drove into} ~1 me|us|=my',
      'card|account|phone|wallet|details ~3 stolen|cloned|hacked|compromised',
      'someone|somebody ~3 used|stole|hacked|cloned|accessed|took',
      'phishing|phished',
      'got|broke|logged into ~2 my|our account*|card*',
      'scammer*|fraudster*|hacker*|thief|thieves|criminal* ~3 called|rang|stole|used|took|hacked|posed|pretended|emptied',
      'stolen|cloned|hacked|compromised ~2 card|account|phone|details|wallet',
      'victim ~2 of ~2 fraud|scam|theft|identity',
      'pickpocket*',
      // A fake of the business set up by someone else: "a fake page with your logo", "someone posing as your shop".
      'fake|cloned|spoof*|copycat|impostor|imposter ~2 page|site|website|account|channel|store|shop|profile',
      'pretending|posing|pretended|posed ~3 to be|as ~2 you|your',
      // Damage done by strangers: "some kids smashed the window" (the police report is about them).
      '{some kids|some teenagers|kids|teenagers|vandals|yobs|thugs|someone|somebody} ~4 smashed|scratched|keyed|threw|slashed|torched|graffitied|broke',
      // A break-in at the writer's own home or car, by nobody named: "our car got broken into", "they broke into the garage".
      'broke|broken ~1 into ~2 car|van|truck|house|home|flat|apartment|garage|shed', 'car|van|truck|house|home|flat|apartment|garage|shed ~2 broken ~1 into',
    ],
    rudeness_aside: [
      // Rudeness said not to be the point: "I'm not saying the staff were rude, but…".
      "{not saying|i won't say|i wouldn't say|i'm not saying} ~4 rude|unfriendly|impolite|unpleasant",
      // Other places' manners held up as the contrast: "most places treat drivers like we're invisible".
      'most|other|many ~1 places|shops|restaurants|stores ~3 treat|treated',
      // A praise idiom, other guests shouting, an app throwing the user out: "shout out to Sam", "kids screaming", "the app kicks me out".
      'shout ~1 out|outs', 'shoutout*',
      '{neighbours|neighbors|kids|children|teenagers|guests|people|group|drunks|other customers} ~8 shouting|screaming|yelling|shouted|screamed|yelled',
      '=kicks|=kicking ~1 me|us ~1 out', 'app|it|site|game|system ~4 kicked|threw ~1 me|us ~1 out',
      // Guests shouting to each other over the music: "we had to shout at each other across the table".
      'shout|shouting|shouted|yell|yelling|yelled|scream|screaming ~3 each ~1 other',
    ],
    staff_rudeness: [
      // A name said to the customer's face in quotes, a sneer, laughing with a colleague, something thrown at them: 'called me "grandpa"'.
      'called ~1 me|us ~1 "|“', 'sneer*', 'snicker*', 'smirked|smirking|giggled|giggling ~2 at|about', 'laughed|giggled|smirked ~2 with ~2 colleague*|coworker*', 'threw|tossed|chucked ~1 the? ~1 box|bag|parcel|package|change|receipt ~2 at ~1 me|us',
      // A customer told off as hysterical and blocked in the messenger: "stop being hysterical", "blocked me on WhatsApp".
      "{stop being hysterical|don't be hysterical|stop getting hysterical|no need to be hysterical}",
      'blocked ~1 me|us ~2 on|in ~1 whatsapp|telegram|viber|instagram|messenger|facebook|chat',
      // "Can't you see I'm busy", told to go elsewhere if so clever: "if you're so smart, go somewhere else".
      "{can't you see|cant you see|don't you see} ~3 busy", "{if you're so smart|if you're so clever|if you are so smart|if you are so clever}",
      // A child or a relative mocked or called names: "imitated his accent in front of the class", "called him lazy".
      'imitated|imitating|mimicked|mimicking|mocked|mocking ~2 his|her|my|our|their ~1 accent|voice|stutter|english', 'called ~1 him|her|my ~1 son|daughter|kid|child|boy|girl? ~2 lazy|stupid|dumb|thick|idiot*|useless|fat',
      // Told there is no time for them, cut short mid-sentence, snapped at: "we don't have all day", "cut me off twice".
      "{don't have all day|haven't got all day|no time for you|not have all day}", 'cut|cutting ~1 me|us|my ~2 off ~6 speaking|talking|sentence|explain*|finish*|twice|again', 'she|he|they|manager|receptionist|cashier|waiter|waitress ~1 snapped',
      // Rudeness told inside a delivery or service story: "dropped an f-bomb", "accused him of shoplifting", "shrugged and walked off".
      'f-bomb', 'f-bombs', 'for|serve|serving people like you', 'accused ~3 of ~1 shoplifting|stealing|theft|lying', 'shrugged ~2 walked|turned ~1 off|away', 'walked off mid-sentence',
      // Things thrown down, told to go elsewhere.
      'threw|tossed|slammed ~3 change|receipt|card|money ~3 on|at|onto', 'told ~2 me|us ~3 go|shop|take ~2 elsewhere|somewhere',
      // Told to get out, shoved, called names, talked down to, served after everyone else.
      'told ~3 me|us ~2 to ~1 get ~3 out|lost', 'told ~2 me|us ~2 to leave', 'said|says|told|yelled|shouted ~3 {get out of here|get lost|clear off|beat it}',
      // A child called names to the parent: "calm your little brat down".
      'your ~2 brat|brats|hysteric*',
      'shoved|pushed|grabbed ~2 me|us|my ~1 friend|wife|husband|son|daughter|mom|mum|dad|kid|child', 'shoved',
      'called ~2 me|us ~3 trash|garbage|stupid|dumb|names|idiots|broke|cheap|crazy', 'talked|spoke|talking|speaking ~1 down ~1 to', 'talked|spoke|speaking|talking ~1 to ~1 me|us ~1 like',
      'served ~3 {everyone|everybody|other tables} ~3 but|except ~1 us|me',
      // Shouting in any form, chasing a customer out.
      "started|began ~1 yelling|screaming|shouting", "kicked|threw ~1 us|me ~1 out", "threw|tossed|chucked ~3 {at my feet|in my face}",
      // Barking or shouting at the customer, calling them a thief.
      'barked|yelled|shouted|screamed ~1 at ~1 me|us|my',
      'called ~2 me|us ~2 thief|liar|idiot|scammer|shoplifter',
      '{she|he|they|cashier|receptionist} kept ~3 scrolling|texting|chatting', 'deliberately ~3 ignor*|look*', 'ignor* ~3 deliberately|purposely|intentionally', 'told me to ~2 =off', 'if i don\'t like it',
      'rude', 'rudely', 'rudeness', 'impolite', 'disrespectful*', ['disrespect*', 0.5], 'insulted|insulting ~2 me|us|my', ['insult*', 0.5], 'shout*', 'yell|yells|yelled|yelling', 'scream*', 'swore|swearing ~2 at', 'arrogant',
      'condescend*', 'patroniz*|patronis*', 'dismissive', 'unfriendly', 'unprofessional ~2 staff|attitude|behavio*|manner',
      '{bad|poor|rude|arrogant|terrible|horrible|awful|negative|worst|careless|nasty|unprofessional|disgusting|lazy} ~2 attitude|attitudes|behaviour|behavior', 'attitude ~2 of ~3 {staff|employee*|manager*|agent*|waiter*|waitress*|lady|guy|officer*|cashier*|receptionist*}', '{this|that|such|her|his} ~3 attitude', 'hung up', 'hang up', 'rolled|rolling ~2 eyes', 'ignored us|me', 'laughed at', 'mocked', 'aggressive*', 'hostile',
      'belittl*', 'snapped at', 'nasty', 'horrible ~2 staff|manager|waiter|waitress|woman|man|lady|guy', 'treated ~3 like',
      'not ~2 polite|friendly|courteous|welcoming', 'sarcastic', 'abusive', 'threw|thrown|throwing ~3 at', 'pretend* ~3 not ~2 see|notice',
      'bad manners', 'no manners', 'racist|discriminat*', 'on purpose', 'muttered|muttering', 'under ~2 breath', 'raised ~2 voice', 'humiliat*', 'treated ~2 like ~2 criminal|thief', 'eye roll', 'rolled ~2 eyes', 'laughed', '{don\'t|doesn\'t|didn\'t} know how to ~2 deal|talk|speak|treat|behave', 'in a good manner', 'you\'re not the only', 'brain dead',
      // Shouting at the writer's child, hanging up again and again: "yelled at my son in front of everyone", "kept hanging up".
      'yelled|shouted|screamed|snapped|barked ~1 at ~1 my|our ~1 son|daughter|kid|kids|child|children|boy|girl', 'kept ~1 hanging ~1 up',
      // Humiliated in front of others: "mocked her weight in front of the whole class".
      'mocked|humiliated|belittled|ridiculed ~4 {in front of everyone|in front of the whole class|in front of the whole group|in front of the other kids|in front of the team}', '{in front of everyone|in front of the whole class|in front of the whole group|in front of the other kids} ~3 mocked|humiliated|belittled|ridiculed|called',
      'said|announced|commented|joked ~2 {in front of everyone|in front of the whole class|in front of the whole group|in front of the whole waiting room|for everyone to hear} ~4 :|"|“',
    ],
    loyal_customer: [
      // Bringing one's pets or children for years, with the business from the start, a count of past orders:
      // "been bringing my dogs here since 2015", "with you since the very beginning", "over 800 rides".
      'been ~2 =bringing|=taking|=buying ~6 since|for ~1 #|years',
      'with ~1 you ~2 {since the beginning|since the very beginning|since the start|since day one|from the start|from day one}',
      '{over|more than} # rides|trips|orders|purchases|visits|bookings|stays',
      // The season counted with the business (not the year: "third year with you and the same leak" counts a problem): "my sixth season with you".
      'third|fourth|fifth|sixth|seventh|eighth|tenth ~1 season ~2 with ~1 you', 'with ~1 you ~2 for ~1 a|my ~1 third|fourth|fifth|sixth|seventh|eighth|tenth ~1 season',
      // Years in words after what one is: "been a subscriber for over four years".
      'customer*|client*|member*|subscriber*|patient*|patron* ~4 for ~3 two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several ~1 =years|=yrs',
      // Only here since a year, a class attended since a year: "only ever taken my car to you since 2019", "been doing yoga here since 2020".
      'only ~3 you|here|your ~5 since #', '{training|practising|practicing|taking classes|doing} ~6 here|you ~2 since #',
      // A count of stays or orders with the business: "fourth time booking with you guys".
      'third|fourth|fifth|sixth|tenth ~1 time ~2 booking|ordering|staying|visiting|buying|shopping|with',
      // A count of orders said as a floor: "I've ordered from this shop at least 15 times".
      'ordered|bought|booked|shopped|stayed|eaten|been ~5 least|over|than ~1 #|ten|twenty|fifteen|dozen ~1 times',
      // Repeat purchases and a habit of use: "bought my last three bikes here", "we use you for every holiday".
      'bought|got|ordered ~1 my|our ~1 last ~1 two|three|four|five|six|# ~2 here|from|with', 'always ~1 get|got|have|had ~4 serviced|done|fixed|repaired|cleaned|cut ~1 here',
      'used|use|using|booked|book ~4 for ~1 every|each ~1 holiday|trip|birthday|christmas|event|move|party',
      // A habit said with its years: "coming here pretty much every morning for 5 years", "not my first order".
      'every ~1 morning|day|week|evening|weekend ~3 for ~2 # =years|=yrs', 'not ~1 my|our ~1 first ~1 order|visit|purchase|stay',
      // A status tier: "Gold member, 9 years".
      "gold|platinum|diamond|silver|elite|premier ~1 member*|status|card*|tier|elite", "member|customer|client ~2 for ~2 # ~1 years",
      // A long relationship said by what one is (repeat customer, subscriber) or since when (regular since 2015, since you opened).
      'repeat ~1 customer*|client*|buyer*|guest*|business',
      'second|third|fourth|fifth|sixth|seventh|tenth ~1 year ~1 subscriber*|customer*|client*|member*|patient*',
      'regular|customer*|client*|subscriber*|patient*|member* ~2 since|from ~1 #',
      'every ~1 year|summer|christmas|week|month ~2 since',
      'since ~2 {day one|you opened|they opened|it opened|the day you opened}',
      '# + ~1 orders|visits|stays|bookings',
      '{over|more than|dozens of} ~2 orders|visits|stays|bookings ~3 years|since',
      'loyal', 'regular ~2 customer*|client*|guest*|visitor*', 'long ~2 time|standing ~2 customer*|client*|member*', 'for years',
      'years ~3 customer*|client*|member*', ['# years', 0.5], 'many years', 'decade*', 'always ~2 come|came|order*|shop*|use|used|banked|stay*',
      // Exact forms: "been out of order for weeks" is no habit.
      'been ~2 =coming|=using|=ordering|=shopping|=banking|=going|=staying ~3 for|since|years', ['every week|month|year', 0.5], ['usual*', 0.5],
      'first time ~3 {disappoint*|let down|ever}', 'favourite|favorite', 'vip ~2 customer*|client*|member*|status', 'member* ~2 since', 'valued customer',
      ['past # years', 0.5], ['over # years', 0.5], '{with you|customer|member|client|subscriber|user} since', 'had this ~2 number|account|card ~3 since', 'regular here', 'first opened', 'been a member', 'for like # years|yrs', ['# yrs', 0.5],
      '{customer|client|member|account|card|visiting|visited|coming|using|used|banking|shopping|ordering|with you|with them|with us} ~4 for ~3 # =years|=yrs', 'after ~2 # =years|=yrs', '# =years|=yrs now', 'in ~2 # =years|=yrs ~3 never|first', ['for ~3 # =years|=yrs', 0.5], '=years ~3 with ~2 them|you|this|the|your', '{using|used|customer|client|member|banking|shopping|ordering} ~4 long time', '{been|stayed} with ~2 {them|you|this bank|the bank} ~3 {years|since|decade*}',
      'always ~3 {pleased|happy|enjoy*|love|loved|like|liked|take|go|went}', 'always ~2 had ~3 {good|great|excellent|lovely|nice|amazing}', 'always been ~2 {happy|pleased|satisfied|impressed}',
      '{most|every} ~2 {monday*|tuesday*|wednesday*|thursday*|friday*|saturday*|sunday*|weekend*}', 'used to ~3 {love|enjoy|visit|come|go|eat|order}', '{visit|visited|come|came|go|went|eat|ate|order|ordered} ~3 {so often|regularly|frequently}', '{we|i} ~2 often ~2 {do|go|visit|come|eat|order}', 'regularly ~3 {visit*|use|used|order*|come|go|eat|shop*}', 'in the past ~4 always',
    ],
    delivery_problem: [
      // Speed in scare quotes: 'thanks for the "express" shipping'.
      '"|‘|“ fast|quick|speedy|express|lightning|prompt ~2 delivery|shipping|courier',
      // Half the order missing, a wrong article on the box: "half the list missing", "the SKU on the box is different".
      'half ~3 order|list|items|groceries|shopping|bags ~2 {missing|short|never came|never arrived}', 'sku|article ~5 different|wrong|another',
      // The status says delivered, the parcel is not there: "app says DELIVERED at 2:14pm. Nothing at my door".
      'says|said|shows|showed|status ~2 delivered',
      // Items left out of the box: "box arrived missing the salmon".
      'arrived|came|turned ~1 up ~2 missing',
      // Sent back early or to an old address: "returned to sender", "my box went to my old flat".
      'returned|sent ~3 to ~1 sender', 'went|sent|delivered|shipped ~2 to ~1 my|our ~1 old|previous|former ~1 address|apartment|flat|house',
      // The wrong thing sent, tracking that does not move: "Tracking hasn't moved since Memphis".
      'tracking|tracker ~3 {hasn\'t moved|has not moved|hasn\'t updated|has not updated|not updated|not moving|hasn\'t changed}', 'got|received|sent ~2 {someone else\'s|the wrong|a different}',
      // A card left instead of a delivery, a parcel stuck in transit: "left a 'sorry we missed you' card", "in transit for 3 weeks".
      '{sorry we missed you|we missed you}', 'status ~3 in transit', 'in transit ~2 for ~2 days|weeks',
      'half|most ~3 items|order ~1 missing', 'items ~1 missing',
      // A parcel stuck on the way, late arrival, part of the order missing.
      "package|parcel|order|shipment ~3 {stuck|sitting|has not moved|hasn't moved}", "supposed to ~2 arrive|be delivered|deliver|show up|come", "{showed up|arrived|came|got here} ~5 late", "missing ~3 {sides|items|half|part of}", "{drove off|left} ~3 without waiting",
      // Left at the wrong door or with someone else.
      'left|delivered|handed ~4 {with a neighbour|with the neighbour|with a neighbor|next door|at the wrong|with the concierge|to the wrong}',
      // An order stuck in a status, the wrong size or colour sent, a parcel lost.
      '{still says|still shows|still showing|still stuck|still sitting} ~2 processing|preparing|awaiting|ordered',
      "{hasn't been|has not been|haven't been|not yet|never} ~1 shipped|dispatched|posted",
      'wrong ~1 size|colour|color|item|items|order|product|model|shoes|parcel',
      ['ordered ~8 received|instead', 0.5],
      'delivery|dispatch|shipping ~2 date ~4 moved|changed|pushed|rescheduled|postponed',
      '{moved|pushed back|rescheduled|postponed} ~3 # times',
      'lost ~2 parcel|package|order|delivery|shipment',
      'status ~3 hasn\'t|hasnt|not ~1 changed|updated', 'stuck ~3 in ~1 transit', 'stuck ~3 at ~2 depot|warehouse|customs', ['ordered ~8 got|received', 0.5], 'cancelled|canceled ~3 delivery|slot', 'delivery ~4 cancelled|canceled',
      'never|not ~2 {arrived|delivered|came|showed|turned up|shipped|dispatched}', ['never|not ~2 received', 0.5], 'late ~2 delivery|deliveries|order|parcel',
      'delivery|parcel|package|order|courier|driver|shipment ~4 late|delayed|lost|missing|never|wrong|damaged|cancel*|not|didn\'t|stolen|left',
      ['delay*', 0.5], 'where is my ~2 order|parcel|package', 'wrong ~2 item|order|size|colour|color|product|address', 'missing ~2 item*|part*|parcel|package',
      'lost ~3 parcel|package|order|luggage|bag*|suitcase', ['tracking', 0.5], ['dispatch*', 0.5], 'delivered ~3 {later than|hours late|days late}', '{courier|driver|delivery} ~4 late', 'left ~3 outside|doorstep|neighbour|neighbor',
      'went back to ~2 depot|warehouse|sender', 'undelivered', 'marked as delivered', 'left ~3 in the rain|outside|on the street', 'soaked|drenched', 'took # hours|hour|h|mins|minutes', ['took ~2 #', 0.5], 'arrived ~3 cold|late|damaged|broken|smashed|crushed|dented|open|opened|wet', 'driver|courier ~3 kicking|kicked|threw|thrown|dropped|throwing', 'box ~5 only ~3 inside', 'in transit', 'still waiting ~3 order|parcel|delivery|item|package', 'damaged ~2 {in transit|on arrival|box|packaging}',
      'cancelled|canceled ~2 my? order', 'order ~2 cancelled|canceled', 'not ~2 what i ordered', 'instead of ~3 slot|window|promised|hours|days', 'missed ~2 delivery',
      // Sent to another pickup point or branch: "my order went to a store on the other side of town".
      'order|parcel|package ~3 went|sent|shipped|delivered|ended ~4 wrong|another|different|other ~1 store|branch|pharmacy|locker|address|pickup|point|shop|side|end',
      // Tracking stuck on one status: "tracking showed 'processing' for a week".
      'tracking ~4 showed|showing|said|sat|stuck ~3 processing|preparing|label|pending',
      // Brought at the end of the day or the day after, when it was wanted that morning: "the flowers turned up that evening".
      'delivered|arrived|came|turned ~3 {that evening|in the evening|the next day|the day after|the following day}',
      // The wrong item told by what differs, a courier who marked "not home" without a knock, a refill cancelled unannounced.
      'with ~1 a ~1 different ~1 sku|size|colour|color|model', 'marked ~4 {not home|nobody home|no one home|customer unavailable|recipient unavailable|customer not available}',
      'refill|prescription|subscription ~3 got|was ~1 cancelled|canceled ~3 without',
    ],
    billing_problem: [
      // The price expected from the list, and what came out: "thought it'd be $90 like the price list, ended up paying $235".
      'quoted|thought|expected|list ~10 {ended up paying|ended up at|came to|came out at} ~2 #',
      // Loyalty points gone: "all my points vanished", "the system reset my points".
      'points|rewards ~4 vanished|disappeared|wiped|zeroed|gone', 'reset|wiped|zeroed ~3 my|our ~1 points|rewards',
      // The price on the tag or the estimate, and a bigger one at the till or on the final bill: "estimate of $400. Final bill: $1,130".
      'estimate*|quote|quoted ~12 {final bill|final invoice|final total|final price}', 'final ~1 bill|invoice|total ~2 #', 'sign|tag|shelf|menu ~8 {at the till|at the register|at checkout|rang up}',
      // The bill against the price said first: "would be about $180. Bill was $310", "the app showed £25, the fare came to £48".
      'bill|invoice|fare|total ~1 was|came ~2 #', 'app|website|quote|estimate ~1 showed|said|quoted ~3 # ~6 charged|paid|came|was',
      // A refund that never came, a quote and a bigger bill, "free" that was charged for.
      'refund ~5 not|never|still ~2 received|credited|processed|reflected|arrived|come|returned', 'quoted|agreed|estimate* ~8 charged|billed|invoiced|bill came',
      'free ~8 turned ~1 out|became|ended up|charged|appeared ~3 # ~1 bill|invoice',
      // A discount refused, a quote that became a bigger bill, a bill for what was covered.
      "{wouldn't|would not|refused to|didn't|did not} ~1 honor|honour|apply ~3 discount|coupon|promo|deal|offer", "quoted ~1 us|me? ~6 bill|invoice|charged", "supposed to be ~3 covered|free|included", "bill|invoice ~3 for ~3 covered",
      // Paying more for the same thing: "paying £35 instead of £20", "moved me to a new plan".
      'paying|pay|paid|charged|billed ~4 instead of',
      'moved|switched|migrated ~2 me|us ~2 to ~1 a ~1 new ~1 plan|tariff|rate',
      // A bill that jumped, an estimated reading, a fee sprung at the till, a refund that never came.
      'bill|bills|invoice|statement ~4 {jumped|doubled|tripled|rose|went up|shot up|increased|skyrocketed}',
      'estimated ~1 reading|readings|bill|bills|usage',
      'meter ~2 reading|readings',
      'recalculat*',
      'charged ~4 gate|desk|checkout|counter|till',
      'bag|bags|luggage|baggage|suitcase ~4 fee|fees|charge|charged|sizer|allowance',
      'extra|surprise|hidden|admin|booking|baggage|bag|luggage|processing ~1 fee|fees|charge|charges',
      "refund ~6 {still not|not yet|still waiting|never came|never arrived|never received|still hasn't|still isn't}",
      'still ~3 no|waiting ~2 refund',
      'rang|rung ~2 up ~2 at|for', 'rang|rung|scanned ~3 twice', 'at the till|register|checkout ~3 charged|rang|cost*', 'bill ~2 came to',
      'charged|charge|charging ~3 twice|double|extra|more|again|wrong|without', '=charged', 'extra ~1 #', 'cancellation fee', 'started charging', 'used to be free', '{cut|deducted|debited|taken} ~2 {twice|two times}', '{money|amount|balance|fund|funds|salary|payment|transfer|deposit|benefits} ~4 {not|never|yet to|isn\'t|wasn\'t|hasn\'t|didn\'t|haven\'t} ~3 {back|returned|credited|reflected|released|received|refunded|reached|transferred|arrived}',
      '{not|never|refus*|won\'t|didn\'t|yet to|without} ~2 {releas*|return*|refund*|credit*} ~3 {fund*|money|benefit*|deposit|amount|salary|payment}', 'still ~2 no ~2 credit', '{not|never|without|no} ~2 {refund|refunds|refunded|refunding}', '{not|can\'t|cannot|couldn\'t|didn\'t|don\'t|unable to|no} ~3 {get|got|receive|received} ~3 {refund*|money|amount|cash}', ['service charge*', 0.5], 'charge*|charging ~3 {me|you|us|for nothing|without}', 'reduc* ~2 my ~2 balance|limit', '{waiting|waited} ~4 {funds|money|refund|transfer|salary|amount|payment|deposit|reimbursement}',
      'promised ~3 {transfer|refund|money|payment|compensation|reimbursement}', '{lost|loss|lose|losing} ~3 {money|#|aed|rs|rupees|funds|dhs|pounds|£}', 'cut ~2 my ~2 balance|money', 'withdr* ~3 {automatically|without}', '{unauthori*|fraudulent|unknown} ~2 transaction*|charge*|debit*|payment*', '{discount*|promo*|coupon*|voucher*|offer*|cashback*|reward*|referral*|refer and earn} ~4 {never|not|didn\'t|doesn\'t|don\'t|did not|does not|won\'t|wasn\'t} ~3 {applied|apply|work*|credited|received|get|got|given|valid|reflect*|added}', 'no ~2 cashback*|reward*|refund*', 'bill ~2 went from', 'went from ~3 to', 'pricing update', 'plan ~3 without asking', 'double ~2 charge*|deduct*|payment*|billing',
      'overcharg*', 'refund*', 'money back', 'deduct*', 'hidden ~2 fee*|charge*|cost*', 'fee|fees', 'bill ~3 wrong|incorrect|higher|amount',
      'wrong ~2 bill*|amount|charge*|price', 'price ~3 {changed|increased|went up|higher|different}', 'increased ~3 price*|rate*|fee*',
      'reimburs*', 'compensat*', 'invoice*', '=billed', '=billing', 'subscription ~3 charged|renew*|cancel*', 'interest rate', 'penalty|penalt*',
      'debited', 'amount ~3 deducted|debited|taken|not ~2 credited|returned|refunded', 'atm ~3 swallow*|not ~2 dispens*', 'paid ~3 twice|extra|more',
      'still ~2 not ~2 refunded|received ~2 my ~2 money|refund', '{haven\'t|hasn\'t|didn\'t|have not|has not|did not|not yet|never|yet to} ~3 {got|get|received|receive|seen} ~3 money|refund|amount|cash', 'not ~2 received ~3 refund|money|payment|reimbursement', 'my money', 'transaction ~3 reversed', 'cashback', 'scam*',
      // More money asked at the exit than paid or named: "at pick-up they wanted another £24".
      'wanted|asked|demanded|charged ~2 another|extra ~1 £|$|€|#',
      // Charges found on the bill, a deposit held twice: "a service charge showed up on the bill", "the deposit was taken twice".
      'showed up|appeared ~3 on ~2 bill|receipt|statement', 'deposit ~4 twice|never ~2 released|returned',
    ],
    product_defect: [
      // An alteration done unevenly: "one leg is shorter than the other", "the stitching is crooked".
      'shorter|longer|narrower|wider ~3 than ~1 the ~1 other', 'stitching|seam|seams|hem ~3 crooked|wonky|uneven',
      // Dead after weeks, a battery far short of the promise: "died after 6 weeks".
      '{died|stopped working|broke} ~3 after ~2 # ~1 weeks|days|months', 'battery ~4 lasts|lasted|holds ~4 instead of',
      // The result is not what was asked.
      "asked for ~8 {came out|turned out|ended up with|ended up looking}",
      // A device dead out of the box: won't pair, won't charge.
      'dead|broken|faulty ~2 out of the box',
      '{won\'t|wouldn\'t|doesn\'t|didn\'t|will not|does not} ~1 {pair|charge|connect|turn on|power on|switch on|hold a charge}',
      // Windows and doors that let the weather in: condensation, draughts.
      'condensation',
      'draught*|drafty|draughty',
      '{fogged up|fogging up|misted up}',
      'window*|frame*|door*|sill* ~4 leak*|drafts|draft|whistl*|rattl*',
      // Screens and batteries: dead pixels, a battery that dies by noon.
      'dead|stuck ~1 pixel*',
      'lines|line|flicker* ~2 on ~2 screen|display',
      'battery ~3 drain*|dies|died|dead|swollen',
      "battery ~3 {barely lasts|only lasts|doesn't last|does not last}",
      // Spoiled food, used goods sold as new, undercooked meat, peeling and swelling finishes.
      'sour|curdled|rancid|mouldy|moldy|stale',
      '{gone off|off milk}',
      '{second hand|secondhand} ~2 screen|display|battery|phone|unit',
      'refurbished',
      'replaced|replacement ~1 screen|display',
      'sold ~2 as ~1 new',
      'undercooked|uncooked|raw|overcooked|burnt',
      'still ~1 mooing|raw|frozen|pink',
      'peeling|flaking|peeled|flaked|chipped',
      'warped|swollen|buckled',
      'not ~2 as ~1 described|advertised|pictured|shown',
      'nothing like ~2 photo*|picture*|description|listing|advert*',
      ['{described as|advertised as|listed as}', 0.5],
      '{sea view|ocean view|mountain view|city view} ~6 {see|no|not|barely|hardly|if you}',
      'pilling|peeling|cracking|crumbling|leaking|flaking', 'flat as', 'fell|falling|came|coming ~1 apart|loose', 'fell|falling ~1 off', 'stopped ~2 spinning|draining|heating|charging|cooling|holding',
      'broken', 'broke', 'defect*', 'faulty', 'damaged', 'poor|bad|low|terrible|awful ~2 quality', 'cheap* made', 'fell apart', 'falling apart',
      'stopped working', '{ac|aircon|air conditioning|heater|heating|shower|tv|lift|elevator|fridge|toilet|light|lights|kettle|socket|lock|door|window|oven|washer|dryer|zip|zipper|strap|battery|charger} ~4 {not working|doesn\'t work|didn\'t work|wasn\'t working|broken|stopped working}', '{was|were} ~2 not working', 'crack*', 'scratch*', 'stain*', 'leak*', 'rip|ripped|tear|torn',
      'not as described|advertised|pictured', 'counterfeit|fake', ['expired', 0.5], 'mould|mold|mouldy|moldy', 'stale',
      // Dirt in what was sold or served: a hotel room, its bed, a glass, the dish (a venue's toilets or floors are no product).
      `${SOILED} ~3 ${SERVED}`, `${SERVED} ~3 ${SOILED}`, `${SOILED} =room|=rooms`, `our|my|hotel|the =room|=rooms ~3 ${SOILED}|smell*|stink*|stank|smelly`, 'cold ~2 food|meal|pizza|chips',
      'undercooked|overcooked|raw|burnt', 'smell*|stink*|stank ~3 burn*|plastic|electrical|fire|chemical*|rotten|spoiled|sour|off|gas', 'warranty|guarantee', 'shrank|shrunk|faded', 'seam*', 'stopped ~2 working|cooling|heating|charging', 'flicker*', 'reboot*|restart* ~2 itself|randomly', 'overheat*', 'dead on arrival', 'swirl*|watermark*',
      'hardly any', 'peel*|peeling', 'rust*', 'useless product', 'waste of money', 'food ~3 poor|bad|terrible|awful|substandard|cold|undercooked|bland|inedible', 'substandard', 'build|built quality', 'marks', 'snapped', 'junk', 'lifting', 'not ~2 cleaned|applied|fixed|repaired', '{wasn\'t|weren\'t|isn\'t|hasn\'t|haven\'t|didn\'t get|never} ~3 {cleaned|applied|fixed|repaired|polished|finished}', '{not|wasn\'t|isn\'t|weren\'t} ~2 as ~2 {clean|polished|shiny|smooth|good} ~2 as',
      ['spotty|streaky|streaks|smear*|blotch*', 0.5], 'powdery', 'greasy|oily|covered in oil', 'luke warm|lukewarm', '{no|lacked|lacking|without} ~2 {flavour|flavor|taste}', 'tasteless|flavourless|flavorless|bland', 'soggy|chewy|rubbery|overdone',
      'sent ~3 {it|them|food|meal|dish|dishes|plate|plates|steak|order} ~2 back', 'not ~2 {tender|fresh|cooked|hot}', 'too ~2 {salty|dry|tough|greasy|sweet|spicy}', 'missed', 'poorly applied', 'butcher*', 'no running water', 'frozen',
      // A seam that split, a print upside down or off-colour, cream gone sour: "the seam split", "printed upside down", "the cream was sour".
      'seam|seams ~2 split|ripped|burst|gave|came', 'printed ~2 {upside down|crooked|blurry|faded}', '{green|pink|yellow|blue|colour|color} cast', 'cream|milk|filling|custard ~3 sour|soured|curdled|turned',
      // A non-original part fitted, a screen pressing itself, footage that is useless: "a non-original screen", "the file is corrupted".
      'non-original', 'aftermarket|knockoff ~2 screen|part|parts|battery', 'touch* ~4 by ~1 itself', 'footage|file|recording|video ~4 corrupted|unusable|blur|blurry',
    ],
    service_outage: [
      // A booking or alarm system down, an app that shows no connection: "the booking system has been down since Monday".
      'system ~4 =down|crashed', 'app ~4 shows|says ~2 {no connection|offline|connection lost}',
      // The app itself broken or frozen, a page that spins forever: "the parent app has been broken for a week", "video froze".
      'app|site|website|portal|platform ~4 broken', "{don't load|dont load|do not load}", 'video|screen|app|stream|call|page|picture|game ~3 froze|freezes|freezing|frozen', 'spins|spinning ~2 forever',
      // The app's own error, a platform that will not load, sound that drops, reinstalling: "no connection to server".
      "{no connection|can't connect|cannot connect|unable to connect|connection error|lost connection} ~3 server*", "{won't load|doesn't load|wont load}", 'sound|audio ~2 drops|dropping|{cuts out|cutting out}', 'reconnect*', 'reinstall*',
      // A button that does nothing, a blank screen.
      'button ~4 {doesn\'t work|does nothing|won\'t work|not working|isn\'t working|unresponsive}', ['black|white|blank ~1 screen', 0.5],
      // Wi-Fi that barely works somewhere in the building: "the wifi in rooms on the third floor barely works".
      '{wifi|wi fi|internet} ~7 {barely works|does not work|doesn\'t work|didn\'t work|kept dropping|keeps dropping}',
      'server*|servers|site|app|stream ~3 =down|=crashed|crashing', 'wifi|internet ~3 drop*|cuts',
      '{app|application|website|site|system|server|service|online banking|portal|login|internet|wifi|wi fi|network|atm|platform|button|page|screen|option|feature|wallet|upi|otp} ~5 {down|crash*|not working|doesn\'t work|won\'t|error|bug*|glitch*|freez*|slow|slower|outage|fail*|stuck|hang|hangs|hanging|not loading|not opening|not responding|keeps stopping|stopped working|not work}', 'app|application ~3 close*|exit*',
      '{not working|doesn\'t work|doesnt work|does not work|isn\'t working|is not working|didn\'t work|did not work|not work|won\'t work}', 'stopped responding',
      '{transaction*|payment*|txn|transfer*|recharge*} ~3 {failed|fail|failing|failure|pending|stuck|stucked|declined|not happening|not going|not processed|processing|not possible}', '{fail|failure|success} rate', ['pending', 0.5],
      '{account|wallet|profile} ~3 {blocked|suspended|locked|deactivated}', 'unblock*',
      '{unable to|can\'t|cannot|couldn\'t|could not|not able to|not being able to|unable} ~3 {link|linking|verify|verifying|validate|activate|activating|register|registering|update|updating|fetch|load|withdraw|send|receive|recharge}', '{not|never} ~2 {link|linking|linked|verify|verifying|validat*|fetch|fatch|loading|load}',
      '{sms|otp|verification|code|message*} ~4 {not|never|isn\'t} ~3 {send*|sent|deliver*|deliever*|coming|come|arriv*|receiv*|verif*}',
      '{shows|showing|show|says|saying|displays|displaying} ~4 {error|insufficient|invalid|failed|failure|loading|limit|went wrong|try again|no account|not registered|unavailable|blank}', 'something went wrong', 'try again later',
      'maintenance', ['uninstall*', 0.5], '{automatically|suddenly} ~2 {close*|exit*|log* out|logged out|stops}', '{closes|exits|logs out} ~2 {automatically|suddenly|itself}', 'kept|keeps ~2 loading', ['loading', 0.5],
      'stuck ~3 while|when|during|at', 'keeps stopping', 'blank ~2 page|screen', '{not able to|unable to|can\'t|cannot|couldn\'t|don\'t|do not} ~3 {see|check|view} ~3 {balance|blanace|transaction*|history|statement|option}', '{issue*|problem*|glitch*|error*} ~3 {with|in|on} ~3 {app|application|online|website|site|portal|system}', ['{take|takes|taking} ~2 {very|so|too}? long time', 0.5], 'not able to ~3 {pay|make|send|transfer|open|login|log|access|add|recharge|use}', 'not ~2 {at all|even} ~2 {loading|opening|working}', 'takes ~3 {long|forever|ages} ~2 to ~2 {open|load}',
      'outage', 'downtime|down time', 'crash*', 'error ~2 message|code|#', 'bug|bugs|buggy', 'glitch*', '{can\'t|cannot|unable to} ~2 {log in|login|sign in|access|open|add|transfer|pay|send|withdraw|see|check}',
      ['unable to', 0.5], 'not loading', 'keeps ~2 crashing|freezing|logging', 'server ~2 error|issue|problem', 'no signal|connection', 'otp ~3 not', 'technical ~2 issue*|problem*|error*',
      'system ~2 issue*|problem*|error*', 'update ~3 broke|issue|problem', ['slow', 0.5], 'lag*', 'white screen', '{couldn\'t|could not|can\'t} ~2 pay|log|login|transfer', 'barely works|work', 'crawl*', 'mbps', 'wrong ~2 pin|otp|password|balance', 'showing wrong', '{not working|doesn\'t work} ~3 without', 'restart*', 'upi',
      // Stuck on connecting or loading, films that will not play, calls that drop: "stuck on 'connecting'", "shows won't play", "Zoom keeps dropping".
      'stuck|hangs|hanging|hung|frozen|freezes|spinning|spins ~3 connecting|loading|buffering', '{films|movies|shows|episodes|series|channels|videos} ~4 {won\'t play|don\'t play|wont play|will not play|won\'t start|keep buffering|keeps buffering|buffering}',
      '{zoom|teams|calls|call|video calls} ~2 {drops|dropping|keeps dropping|cuts out|cutting out|disconnects}',
      // A card terminal out of order at a venue: "the card machine has been broken for two weeks".
      '{card machine|card reader|card terminal|payment terminal|terminal} ~6 {not working|broken|down|doesn\'t work|isn\'t working|out of order}',
      // Neighbours down too, the router's red light, a platform fallen, an error code: "the neighbours have no internet either", "Error 502".
      'neighbors|neighbours ~6 also|too|either ~3 no|without|down|out', 'light ~3 blinking|flashing ~2 red', 'platform ~3 crashed|went down|froze', '=error ~1 #',
    ],
    unresponsive_support: [
      // A ticket closed unanswered, nobody there: "closed automatically as resolved without a single reply".
      'closed ~6 without ~3 reply|response|answer', '{is anyone|is anybody} ~2 there',
      // The same promise to check and call back, again and again: "'we'll look into it and call you back', three times".
      "{we'll check and call you back|we will check and call you back|we'll look into it and call you back|we'll find out and call you back}",
      // Sent from one person to the next: "the teacher sent me to the office, the office to the head".
      `to ~1 the|a ~1 ${ROLE} ~4 to ~1 the|a ~1 ${ROLE}`,
      // The one person in charge out of reach, nobody standing in: "her phone is switched off", "nobody is handling her clients".
      'phone ~2 {switched off|turned off|unreachable|goes straight to voicemail}', '{nobody|no one} ~2 {is handling|is dealing with|is looking after|covers}',
      // Sent up the chain and left there: "reception sent me to the admin, the admin to the manager".
      'sent|passed|referred|pointed ~1 me|us ~1 to ~2 admin|manager|supervisor|office|management|landlord',
      // A promise to call back, then silence: "said she'd call back, since then nothing".
      '{since then|after that|then} ~2 {silence|radio silence|not a word|not a peep}',
      // A visit or a call promised and never made.
      'promised ~3 to ~1 come|call|visit|show ~12 never|didn\'t|no show',
      // Nobody who could explain: "nobody at the clinic could explain why".
      '{nobody|no one} ~4 could ~1 {explain|tell me|answer}',
      '{nobody|no one} ~1 told|informed|warned|contacted ~1 us|me',
      // Passed back and forth between two parties; never once called back.
      "back and forth", "{each other|the other}", "never once ~3 {called|got back|replied}", "{unable to reach|couldn't reach|could not reach|can't reach}",
      // A promise to call back that was never kept; a claim passed between departments.
      '{nobody|no one} ever ~1 does|did|calls|called|rings|rang',
      '{never|nobody|no one} ~3 {called|rang|got} ~1 back',
      'passed ~2 between',
      'promised ~8 {then vanished|and vanished|then disappeared|and disappeared|then ghosted|and ghosted|went silent|then silence}',
      '{someone|somebody} will ~2 call|contact|ring ~3 you|back',
      'no ~2 response|reply|answer|callback', '{nobody|no one} ~5 {answer*|respond*|call*|help*|replied|got back|cares|knows}',
      'never ~2 {call* back|got back|responded|replied|heard back}', '{didn\'t|did not|don\'t|do not|doesn\'t} ~2 {respond|reply|answer|call back|get back|help|care}',
      '{can\'t|cannot|couldn\'t|unable to|impossible to|hard to|not able to|never|no way to} ~3 {connect|get through|reach|contact|speak to|talk to} ~3 {customer*|anyone|someone|agent*|human|person|support|service|them|bank|branch|care}',
      '{not|never} ~2 {connected|connecting|reachable|picking up|picked up}', '{no|not having any|no way to|don\'t have|doesn\'t have|no one at} ~3 {customer care|customer service|customer support|telephone support|phone support|support|helpline|help line|call back|callback|contact number}', 'helpline|help line ~3 not', 'keep|keeps|kept ~2 telling', 'on hold', 'ignored', 'ignoring', 'ignore', 'unanswered', 'still waiting', 'waiting ~3 for ~2 response|reply|answer|call|callback|update',
      'passed ~2 around|from', 'transferred ~3 another|different|department|staff', 'escalat*', 'promised ~3 call|callback|back|fix|resolve|update|refund',
      'no ~2 {update*|follow up|feedback|action}', 'chased|chasing', 'times ~2 called|emailed|contacted', 'called|emailed|contacted|visited ~3 # times', '# times',
      'ticket*', 'useless ~2 support|service|call|agent*|staff', 'customer service ~3 useless|nonexistent|terrible|poor|worst|pathetic|zero',
      'bot|chatbot|automated', '{template|copy paste|scripted|generic response}', 'could not|couldn\'t|cannot ~2 explain|help|answer',
      'weeks|days|months ~3 no ~2 response|reply|answer', 'nobody|no one ~2 cares', 'waste of time', 'runaround|run around', 'keep|keeps|kept ~2 saying', 'forwarded', 'support chat', 'closed ~3 ticket|case|complaint ~3 without', 'not a single ~2 answer|reply|response|call', '{emailed|called|contacted|messaged|rang} ~3 {two|three|four|five|six|several|multiple|many|countless} times', '{nobody|no one} ~3 explain*', 'zero ~2 replies|responses|answers|response|reply', 'third|fourth|fifth time ~2 asking', 'is anyone ~2 working', 'nothing ~2 {is done|has been done|was done|happened|has happened}', '{tell|told|say|said|says|promise*} ~5 call* ~2 back', 'sends ~2 me to', 'hotline', 'specialist', 'sales says',
      // Every channel tried, then a sentence of nothing: "I've called, emailed, left voicemails. Nothing.", "nobody will even tell me who handles it".
      ['^ nothing|silence|crickets|zilch $', 0.5], 'left|leaving ~3 voicemail|voicemails', '{nobody|no one} ~3 tell ~1 me|us',
      // Each party sends the customer to the other: "the retailer says ask the manufacturer".
      'says|said|told ~3 ask|contact|call ~2 the ~1 manufacturer|retailer|seller|shop|store|insurer|landlord|dealer',
    ],
    contract_dispute: [
      // An exit fee or a clause the signed agreement does not hold: "an early termination fee", "not in the agreement we signed".
      'termination ~1 fee|clause|charge', 'agreement|contract ~2 we|i ~1 signed',
      // What one side says the contract leaves out: "they say editing isn't included in the contract".
      "{not included in|isn't included in|wasn't included in|not part of|isn't part of|wasn't part of} ~2 the? ~1 contract|agreement|quote|package",
      // The two sides read the contract differently: "we read the clause one way, the agency another".
      'interpret*|read ~4 contract|clause|terms ~3 differently', 'understanding ~2 of ~1 the ~1 terms|contract|clause', 'we ~1 understand|read ~1 it ~1 as',
      // Scope and contract terms changed on one side.
      "unilaterally", "{scope of work|statement of work|change order}",
      'contract*', 'agency', 'contractor*', 'agreement', 'scope', 'deliverable*', 'deadline*', 'milestone*', 'retainer', 'invoice* ~3 for',
      'statement of work|=sow', 'revision*', 'brief', 'project', 'client* ~2 work', 'agreed ~3 terms|price|scope|timeline', 'seo|smm|ppc|marketing', 'studio', 'landing page', ['deposit', 0.5], ['account manager', 0.5], 'content calendar', 'out of scope', 'sow',
      'design studio|firm', 'bookkeep*|accountant*', 'freelanc*', 'per the|our ~2 agreement|contract', 'obliged|obligat*',
      // Whose copy of the contract says what: "our copy of the contract says 30 days", "two versions of the schedule".
      'our|their ~1 copy ~2 of ~2 the ~1 contract|agreement|schedule|annex', 'version|versions ~3 of ~2 the ~1 contract|agreement|schedule|annex',
    ],
    public_escalation: [
      // Screenshots taken to the parents' or the neighbourhood chat: "the screenshots are in the class parents' group chat".
      'screenshot* ~6 chat|group|groups', '{parents|parent|neighbourhood|neighborhood} ~1 chat|group|whatsapp', 'group chat',
      'tell ~2 {everyone|everybody|all my|friends|family}', 'everyone|everybody ~3 should know|avoid|beware', 'warn ~3 others|everyone|people|you',
      ['social media', 0.5], '{the press|journalist*|newspaper*|reporter*|news channel*|tv channel*}',
      // A network named is escalation only with a post or another cue: not "found you on Facebook", "your YouTube tutorial".
      ['twitter|facebook|fb|instagram|tiktok|reddit|youtube|nextdoor', 0.5],
      'post|posted|posting|upload*|uploaded|reported|complained|tweeted ~4 twitter|facebook|fb|instagram|tiktok|reddit|youtube|nextdoor|group|groups',
      'post|posted|posting|upload*|uploaded ~2 the|a|my ~1 video|footage|recording', 'share ~1 if|around', 'channel #', 'consumer ~1 segment|desk|reporter|show', 'public* aware*', 'spread ~2 the word',
      ['share ~3 this|my|experience', 0.5], 'viral', 'hashtag',
      // A bare warning to other readers is not escalation (corpus label rules); it counts only next to another cue.
      ['beware', 0.3], ['avoid ~3 at all costs', 0.3], ['stay away', 0.3], ['don\'t|do not ~2 use|trust|bank|buy|go', 0.3],
      // Every review site, the company tagged, others asked to comment: "tagging you on X every day", "drop a comment below".
      'every|all ~1 review ~1 site*|platform*', 'tagging|tag ~2 you|them ~1 on', '{drop a comment|comment below}',
      // A video up on a network, its views, groups asked to share: "it's up on TikTok now, 40k views", "share in all the WhatsApp groups".
      'on ~1 tiktok|youtube|instagram|facebook|reddit|twitter ~1 now', 'making|make|made|filmed ~3 tiktok|reel|reels', 'video ~2 on ~1 youtube|tiktok|instagram|facebook', '# ~2 views',
      'please share', 'share ~3 whatsapp|groups|group', 'facebook|fb|whatsapp|community ~1 group|groups',
    ],
    abusive_language: [
      'cowboy|cowboys',
      'idiot|idiots', 'stupid', 'brain dead', 'junk', 'moron*', 'dumb', 'clown*', 'scum*', 'thief|thieves|thieving', 'crook*', 'bastard*', 'fuck*', 'shit*', 'crap*', 'damn*', 'bloody',
      'hell', 'wtf', 'incompetent ~2 idiots|fools|morons', 'fool|fools', '=disgrace', 'liar*', 'cheater*', 'jerk*', 'ass|asshole*|arse*', 'bitch*',
      'suck*', '{absolute|total|complete|utter|pure|such|piece of} ~2 garbage|rubbish|trash', 'garbage|rubbish|trash ~2 {bank|app|company|service|product|place|people}',
    ],
    customer_fault_possible: [
      'my fault', 'my mistake', 'my bad', 'i might|may ~3 have', 'could be ~2 my|me', 'maybe|perhaps ~3 i|my', 'to be fair', 'admit*', 'my own ~2 fault|mistake',
      'i should have', 'i didn\'t|did not ~2 read|check|notice|realise|realize',
      // A third party in between: a fraudster, a dealer who applied the product, the customer's own device or mistake.
      'fraudulent ~2 transaction*|activity|call*|message*', 'fraudster*|hacker*', 'the scammer*', 'hacked', 'victim ~2 of', 'someone ~2 else', 'fraud call*',
      '{dealer|dealership|dealers|valet|garage} ~5 {applied|apply|application|cleaned|treatment|treated|sold|added}', 'car wash',
      'mistakenly|accidentally|accidently', 'by mistake', 'i ~2 made a mistake', 'on my part', 'i ~2 deleted', 'reset* ~3 {phone|device|mobile}', 'not up to date|out of date|outdated', 'my ~2 router|provider|isp', 'probably my', 'my ancient|old', 'i forgot', 'tbh', 'not sure if',
    ],
    fix_request: [
      // "Please look into validated parking", "maybe partner with the garage": a polite ask to change something.
      'please ~3 =look ~1 into|at', 'please ~3 =refund|=return', '^ maybe ~1 =partner|=add|=consider|=offer',
      // "Think about a few spaces for guests": a remark that asks for a change.
      '^ =think ~1 about|of ~2 adding|getting|a|some|more',
      'please ~3 =make|=put|=run|=open|=build', '^ =add|=hire|=open|=install|=put|=get ~2 more|some|extra', 'please ~3 =fix|=sort|=boost|=improve|=upgrade|=add|=address|=hire', 'do something about'],
    ambience: [
      // Sirens all night, a warning to light sleepers: "if you're a light sleeper".
      'sirens', 'light ~1 sleeper*',
      'crowded|overcrowded|packed|rammed|heaving', "{too busy|too loud|too noisy|too hot|too cold|freezing cold|boiling hot}", 'noise|noisy|loud ~3 music|neighbours|neighbors|guests|party|group|kids',
      'music ~4 until|till ~2 #', 'quiet hours', 'school groups', "{nowhere to park|no parking|nowhere to sit|no benches|hardly any benches|no shade|no seating}", 'parking',
      'queue*|queuing|queueing', 'waiting room', 'adverts|ads|commercials|trailers ~4 before', 'minutes|mins ~1 of ~1 ads|adverts|commercials|trailers', 'stuffy|sweltering', 'working parents',
      // Parts of a venue closed off, and its opening hours: "half the car park coned off", "toilets closed for repairs", "opening hours".
      'roped|coned|cordoned|fenced|taped ~1 off', 'closed ~2 for ~1 repairs|renovation|refurbishment', 'half ~3 closed|shut', '{opening hours|opening times}',
      // Music until late, pitches or rooms so close you hear everything: "a DJ going until 1am".
      'dj|disco|karaoke|party ~4 until|till', 'hear ~2 every|everything ~1 word|conversation|sound',
      // Too many children per teacher: "24 kids to one teacher".
      '# ~1 kids|children|students|pupils ~2 per|to ~1 one? ~1 teacher|instructor|carer|adult|coach',
      // Walls so thin one hears everything, one instructor for the hall, aisles blocked: "walls made of cardboard", "one instructor for the whole hall".
      'walls ~3 cardboard|paper|thin', 'one|single ~1 instructor|lifeguard|waiter|waitress ~3 for ~2 whole|entire', 'aisles ~3 blocked|cluttered', 'only ~1 one ~1 exit',
      // Few tills open: "2 of 6 tills open".
      '# ~1 of|out of ~1 # ~1 tills|checkouts|registers|lanes ~1 open', 'only ~1 # ~1 tills|checkouts|registers|lanes ~1 open',
      // A house rule or the price for what it is, complained of: "rules are rules", "that's not something they do", "turned away at the door".
      'rules are rules', '{not something they do|new policy|new rule}', 'turned ~1 away ~3 door|entrance|gate', 'strict ~2 for no reason',
    ],
    complaint: [
      // No sleep for the noise: "impossible to sleep".
      'impossible|unable ~2 to ~1 sleep',
      // A promised date long past: "keys promised for December, it's now May".
      "promised ~4 january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter ~8 now|already ~2 january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter",
      // Could at least have called: the writer may own part of the mix-up, but the missing call is the complaint.
      'could|might ~1 at ~1 least ~1 have ~1 called|phoned|rung|texted|warned|messaged', 'could|might ~1 have ~1 called|phoned|rung|texted|warned|messaged ~1 me|us|first|ahead',
      // Mild complaints after praise: noise, smoke, crowds, nowhere to sit.
      "music ~3 so|too ~1 loud", "so|too ~1 loud", "crammed|packed|overcrowded|cramped", "nowhere to ~1 sit|eat", "smoke|smoking|cigarette*", "promo|spam ~1 texts|emails|calls",
      // Decline over time, said by a regular: "used to be roasted days before, now ...", "never used to be like this".
      'used to be ~8 now',
      '{never used to be like this|wasn\'t like this before|not what it used to be}',
      // "Not the shop it used to be", "gone downhill".
      'not the ~3 it|they|you|she|he ~1 used to be', 'not as good as ~2 used to be', '{gone downhill|going downhill}', 'gutted',
      // Parking and queues: mild, but a complaint.
      'nowhere ~2 to park',
      'parking ~3 {always full|a nightmare|impossible|is full}',
      'terrible', 'awful', 'horrible', 'worst', 'bad', 'poor', 'disappoint*', 'disgust*', 'appalling', 'shocking*', 'unacceptable', 'ridiculous', 'useless',
      'never again', 'not recommend', '{wouldn\'t|would not|do not|don\'t} ~2 recommend', 'avoid', 'waste', 'nightmare', 'frustrat*', 'annoy*', 'upset',
      'angry', 'furious', 'complain*', 'problem*', 'issue*', 'fail*', 'unfortunately', 'sadly', 'worse', 'pathetic', 'joke', 'scam*', 'rip off|ripoff',
      'unprofessional', 'incompetent*', 'mess', 'poorly', 'not happy', 'unhappy', 'dissatisf*', 'not good', 'not impressed', 'lack*', 'still',
      'too ~2 expensive|long|slow|loud|noisy', 'overpriced', 'expensive', 'noise|noisy', 'rude', ['nothing special', 0.5], 'zero', 'expected more', 'meh', 'small portions', ['had to', 0.5], 'no parking', 'at all', 'embarrass*', 'shambles', 'one star|1 star', 'not worth',
      'hate', 'beyond', 'hell', 'mistake*', 'wrong', 'cold', 'dirty', 'filthy', 'trouble*', 'struggl*', 'suffer*', 'pain', 'sorry',
    ],
    praise: [
      'thank*', 'great', 'excellent', 'amazing', 'awesome', 'fantastic', 'wonderful', 'perfect*', 'love*', 'lovely', 'best', 'recommend*', 'happy',
      '=pleased', 'satisf*', 'friendly', '=helpful', 'polite', 'professional', 'efficient', 'quick*', 'fast', 'easy', 'smooth*', 'delicious', 'tasty',
      'clean', 'nice', 'good', 'beautiful', 'brilliant', 'superb', 'outstanding', 'impressed', 'five stars|5 stars', 'well done', 'kudos',
      'appreciat*', 'exceptional', 'enjoy*', 'reliable', 'courteous', 'attentive', 'never had a bad', 'can\'t complain', 'nothing bad', 'okay|ok|decent|fine', '😍|👍|❤|😊|🙂|🥰|🤗|👏|💯|🔥|⭐',
      // A remark said not to be the business's to fix: "parking is paid, but that's not on you".
      "{that's not on you|that is not on you|that's not your fault|not your fault though}",
    ],
    sarcasm: [
      // A price trick applauded: "Nice trick 👏".
      '{nice trick|neat trick|cute trick|clever trick}',
      // Loyalty repaid with a problem: "so much for loyalty".
      'so much for ~2 loyalty|being loyal',
      'thanks ~1 for ~1 {being loyal|my loyalty|our loyalty}',
      'thanks|thank you ~2 for nothing', 'yeah right', 'oh great', 'great job ~3 not', 'well done ~3 not', 'bravo', 'congratulations|congrats ~2 to',
      'what a joke', 'sure', 'apparently', '🙄|🙃',
      // Thanks for something in scare quotes: "Thanks for the 'fast' delivery!".
      'thanks|thank ~3 for ~1 the|your ~1 "|‘|“ fast|quick|speedy|express|lightning|prompt|excellent|great|amazing|professional|helpful|friendly|careful|timely',
    ],
  },
  {
    negators: ['not', 'no', 'never', 'nobody', 'none', 'without', 'hardly', 'nothing', 'neither', 'nor', 'cannot', 'zero', 'nor'],
    scopeBreakers: ['but', 'however', 'although', 'though', 'if', 'unless', 'and', 'yet', 'except'],
    contrastWords: ['but', 'however', 'though'],
    intentPrefixes: ['going', 'plan', 'want', 'intend', 'wish', 'gonna'],
  },
  {
    delivery_problem: ['deliver*', 'order*', 'parcel*', 'package*', 'courier*', 'shipping|shipment*|shipped|ship', 'dispatch*', 'tracking|tracked', 'arriv*', 'collect*|pick up|pickup'],
    billing_problem: ['amount*', 'charge*|charging', 'refund*', 'fee|fees', '=rs|rupees|=inr|=aed|dirham*|£|pounds|dollars', 'debit*|deduct*', 'paid|payment*', 'balance', 'transaction*', 'cashback|cash back|reward*', 'interest ~2 rate*', 'fund|funds'],
    product_defect: ['view|views', 'quality', 'product*', 'warranty|guarantee', 'repair*', 'food|meal|dish*|steak|chicken|chips', 'room*', 'material*|finish*|paint*|coating', 'cooked'],
    service_outage: ['app|apps|application', 'website|site|online|portal', 'update*|updated', 'login|log in|sign in', 'otp|sms|code', 'server*', 'system', 'error*', 'upi', 'wifi|wi fi|internet'],
    unresponsive_support: ['customer ~2 service|care|support', 'call*', 'email*', 'agent*', 'hold', 'response|respond*|reply|replied|answer*', 'complaint*', 'contact*', 'branch*'],
  },
);
