import type { LintRule } from '../../rule';
import { MESSAGES } from '../messages';

/** What the customer did with the product, which a reply blames them for doing badly or not at all. */
const HANDLING = 'install|assemble|connect|wash|store|fit|plug|configure|insert|attach|tighten|measure';
/** How a reply says the customer behaved (=rude: "you were spoken to rudely" is about our staff). */
const MISBEHAVED = '=drunk|=intoxicated|=rude|=aggressive|=abusive|=hostile|=shouting|=swearing';
/** What the customer "had" to do for it to go right: "if you had arrived on time…". */
const IF_ONLY =
  'serviced|maintained|cleaned|replaced|read|checked|followed|looked|arrived|come|called|booked|ordered|told|informed|contacted|asked|measured|paid|answered|picked|turned|showed|shown|responded|replied|kept|listened|updated';
/** What the customer "had" to supply right: "if you'd entered the correct flat number…". */
/** The same verbs as past participles only: "had you checked", not "had you checking the doorstep". */
const IF_ONLY_DONE = IF_ONLY.split('|').map((verb) => `=${verb}`).join('|');
const IF_ONLY_GIVEN = '=entered|=typed|=given|=provided|=filled|=included|=selected|=chosen|=specified|=written|=added';
/** What a reply says the customer failed to do ("use" left out: "if you didn't use the voucher, we'll refund it"). */
const NOT_DONE = `read|check|follow|notice|provide|specify|cancel|contact|tell|inform|${HANDLING}`;
/**
 * Past participles after "you should/could have": what the customer "ought to" have done. Listed because
 * "you should have an email from us shortly" is a plain present; received/got/been/had stay out ("you should
 * have received a refund" is our lapse, not theirs).
 */
const SHOULD_HAVE_DONE =
  '=brought|=taken|=returned|=sent|=come|=gone|=reported|=mentioned|=raised|=complained|=kept|=waited|=left|=tested|=plugged|' +
  '=installed|=checked|=read|=looked|=asked|=called|=phoned|=contacted|=booked|=cancelled|=canceled|=ordered|=measured|=followed|' +
  '=noticed|=told|=informed|=let|=paid|=arrived|=listened|=used|=stopped|=switched|=turned|=charged|=cleaned|=washed|=stored|' +
  '=registered|=updated|=replaced|=serviced|=scheduled|=done|=made|=chosen|=picked|=thought|=known|=realised|=realized|=emailed';
/** What a customer is guessed to have done wrong: "you probably dropped it", "you most likely overfilled it". */
const MISHANDLED =
  '=dropped|=plugged|=unplugged|=overloaded|=overfilled|=overcharged|=overtightened|=washed|=forgot|=ignored|=misused|=damaged|' +
  '=broke|=knocked|=skipped|=missed|=installed|=connected|=assembled|=set|=entered|=typed|=pressed|=deleted|=changed|=turned|=switched';
/** A cause placed with the customer: "(due to) a change on your side", "(caused by) a setting on your end". */
const ON_YOUR_SIDE =
  'change|changes|setting|settings|rule|rules|update|mistake|error|issue|problem|configuration|filter|firewall|password|device|router|' +
  'network|connection|browser|something on|at|from your end|side';
/** Choices a customer made themselves, blamed with "you yourself …" / "you … yourself". */
const OWN_CHOICE =
  '=changed|=chose|=picked|=selected|=agreed|=signed|=ordered|=booked|=turned|=switched|=disabled|=deleted|=cancelled|=canceled|' +
  '=declined|=refused|=ignored|=skipped|=opted|=entered|=removed|=unplugged|=admitted|=confirmed|=approved|=asked|=requested|=insisted';

/** The customer's own kit, named as the cause: "maybe check your own Wi-Fi", "the problem is your phone". */
const YOUR_KIT =
  'phone|device|router|wifi|internet|connection|network|browser|settings|battery|laptop|computer|pc|console|tablet|signal|broadband|modem|app';
/** Being out when we came: "we can't deliver to people who aren't home". */
const NOT_IN = "aren't|isn't|wasn't|weren't|not|=don't|=didn't|=won't|=never|=can't";
/** What a customer failed to do in time: "if you didn't collect it in time". */
const IN_TIME_DUTY = 'collect|claim|pick|return|renew|cancel|book|pay|confirm|reply|respond|activate|register|top';

/** How often a cause is said to be the customer's kind: "usually", "almost always". */
const USUALLY = 'usually|often|mostly|typically|normally|generally|commonly|always|almost';
/** Customers in general, as a reply lumps the reviewer in with them. */
const PEOPLE = 'people|customers|users|owners|households|guests|drivers|tenants|folks|someone|somebody';

/** What the customer did to the thing that broke: "because you rode it off a kerb". */
const DAMAGED =
  '=rode|=drove|=reversed|=overloaded|=crashed|=hit|=jumped|=bumped|=forced|=kicked|=threw|=spilled|=poured|=bent|=twisted|' +
  '=overfilled|=overtightened|=knocked|=banged|=slammed|=rammed|=scraped|=sat|=stood|=stepped|=yanked|=bleached|=microwaved|=submerged|=soaked';

/** Doing it wrong, as a gerund that opens the verdict: "skipping it is exactly what…". */
const SKIPPING =
  'skipping|ignoring|missing|forgetting|overwatering|overfeeding|overfilling|overloading|overtightening|overcharging|' +
  'washing|tumble|drying|dropping|leaving|storing|using|knitting|ironing|microwaving|charging';

/** Who warned the customer. */
const WARNERS = 'we|I|he|she|they';
const WARNER_STAFF = 'technician|engineer|doctor|vet|staff|team|mechanic|driver|courier|agent|manager|installer|stylist|trainer|instructor|pharmacist|nurse';
/** Warned or advised, past forms only ("told" only in "as we told you": "we told you the refund takes three days" informs). */
const WARNED = '=warned|=cautioned|=advised|=reminded';

/** Rough use a thing is not made for: "hack through", "prise open". */
const ABUSE =
  '=hack|=hacking|=chop|=chopping|=prise|=prising|=prize|=pry|=prying|=lever|=levering|=hammer|=hammering|=smash|=smashing|' +
  '=bash|=bashing|=hit|=hitting|=bang|=banging|=cut|=cutting|=saw|=sawing|=dig|=digging|=scrape|=scraping|=stand|=standing';
/** Breaking or failing, of a thing: "crack", "start flickering". */
const BREAKS =
  '=crack|=break|=snap|=chip|=shatter|=split|=tear|=rip|=fall|=peel|=flicker|=bend|=dent|=leak|=burst|=fray|=unravel|=rust|' +
  '=cracking|=breaking|=snapping|=chipping|=peeling|=flickering|=leaking|=fraying|=rusting';

export const rules: LintRule[] = [
  {
    id: 'en-blame-customer-your-problem',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      '=up =to =the =guest|=customer|=rider|=driver|=user|=buyer|=renter|=passenger|=owner|=client|=tenant =to =check|=read|=verify|=make|=ensure|=confirm',
      // The check put on the customer: "it's on riders to check it before locking", "the onus is on the buyer".
      "=it's|=it|=that's|=that =is? =really|=ultimately|=entirely|=squarely|=always|=just? =on =you|=riders|=customers|=guests|=drivers|=users|=buyers|=renters|=passengers|=members|=tenants|=owners|=the =customer|=rider|=driver|=user|=guest|=buyer|=renter|=owner? =to",
      '=the =onus =is|=lies|=was =on =the? =you|=rider|=riders|=customer|=customers|=guest|=guests|=driver|=drivers|=user|=users|=buyer|=buyers|=renter|=renters',
      '=up =to =riders|=customers|=guests|=drivers|=users|=buyers|=renters|=passengers|=owners =to =check|=read|=verify|=make|=ensure|=confirm',
      // "You were asked to queue like everyone else": the customer as the one who would not.
      "you|=you're|=you'll =were|=are|=will|=need|=needed|=had|=must|=have ~5 like everyone|everybody else",
      "=you're|=you'll ~5 like everyone|everybody else",
      'problem|issue|error|fault|mistake is|was|lies on your end|side',
      // Their own entry named as the cause: "the address you entered, flat 3 instead of flat 5".
      'address|postcode|details|number =you =entered|=typed|=gave|=provided|=put|=supplied|=selected|=chose ~8 =instead|=rather =of|=than',
      'exactly|precisely ~3 =to? =the ~1 address|postcode|details =you =entered|=typed|=gave|=provided|=put|=supplied|=selected',
      // "The delay was caused by the incorrect postcode you entered at checkout."
      '=wrong|=incorrect|=mistyped|=misspelt|=misspelled|=outdated|=incomplete|=invalid ~1 address|postcode|zip|number|email|details|name ~1 =you =entered|=typed|=gave|=provided|=put|=supplied|=selected|=chose|=used|=left',
      'exactly|precisely =as you =entered|=typed|=wrote|=filled|=spelled|=spelt|=ticked',
      'you|=you\'ve =entered|=typed|=put|=selected|=chose ~6 =instead|=rather =of|=than',
      // Told to check before reviewing: "have a look at your messages before writing reviews next time".
      'before =writing|=posting|=leaving|=publishing|=rushing ~3 =review|=reviews|=online|=complaints ~2 =next =time',
      '=next =time ~8 before =writing|=posting|=reviewing|=complaining|=contacting|=emailing|=calling|=messaging|=ringing',
      '=read|=reading|=check|=checking|=look|=looking|=search|=searching ~6 before =contacting|=emailing|=calling|=messaging|=ringing|=chasing =us ~2 =next =time',
      '=check|=read|=look|=open ~4 =messages|=texts|=emails|=email|=inbox|=voicemail|=notifications|=page|=description|=listing ~3 =before =writing|=posting|=leaving|=complaining|=reviewing',
      `problem|issue|fault|culprit =is|=was|=lies ~1 with|in? your own? ${YOUR_KIT}`,
      `=it's your own? ${YOUR_KIT} ~1 not`,
      `=it =is|=was your own? ${YOUR_KIT} ~1 not`,
      `check|test|fix|restart|reset|update|sort ~1 your own ${YOUR_KIT}`,
      'check|test|fix|restart|reset|sort ~1 your own wi-fi',
      "=it's your own? wi-fi ~1 not",
      // "Not our problem if you didn't read it": the condition puts it on the customer.
      'not our problem|fault|concern|responsibility|issue|job if you',
      // "The instant transfer was your choice", "staying on was your own decision".
      '=was|=were your =own? choice|decision',
      // "We can't deliver to people who aren't home", "…to customers who don't answer the door".
      `=can't|=cannot ~4 ${PEOPLE}|anyone|anybody who|that ~1 ${NOT_IN} ~1 =home|=in|=there|=around|=answer|=answering|=open|=read|=show|=turn|=pick|=bother|=listen|=follow`,
      "customer's|buyer's|guest's|client's|user's responsibility|fault|error|mistake|job|duty",
      'responsibility of the customer|buyer|guest|client|user',
      'up to you to check|read|verify|make',
      'caused by your',
      'due to your late|delayed|failure|error|mistake|negligence|carelessness|own',
      'because of your late|delayed|failure|error|mistake|own',
      'your late provision|payment|reply|response|arrival|submission',
      'because you did not',
      "because you didn't|failed|forgot|never|hadn't|haven't|weren't",
      'because you had|have|were not',
      "can't|cannot say you weren't|were ~1 told|informed|warned|aware",
      'you did choose|pick|select|order|book|agree|sign|accept',
      'no fault of ours',
      'the customer is responsible',
      'you are responsible for',
      'that|this|it is|was your problem|fault|responsibility|mistake|issue',
      "that's|it's your problem|fault|responsibility|mistake",
      'your own fault|problem|mistake|responsibility',
      'you are|were to blame',
      "you're to blame",
      'you only have yourself to blame',
      'you have only yourself to blame',
      'the fault lies|is with you',
      'the responsibility lies|is with you',
      'due to your own? error|mistake|negligence|carelessness',
      'because of your own? error|mistake|carelessness',
      'caused by you',
      'by your own? mistake|error',
      'user error',
      'customer error',
      // The customer's own habit put down as the usual cause: "high bills usually come from people leaving the heating on".
      // ("happens to customers" makes them the ones it befalls, so "to" only after "due").
      `${USUALLY} ~3 come|comes|caused|happen|happens|result|results|stem|stems ~1 from|by|when ${PEOPLE}`,
      `${USUALLY} ~3 due to ${PEOPLE}`,
      'that|this part|bit ~1 is|was on you',
      "=that's|=thats on you",
      'your team|staff|side ~3 sent|delivered|approved|signed|returned|provided ~5 late|days|weeks',
      // The job handed to the buyer: "which is something the buyer needs to get right".
      // The setting named as the customer's pick: "not the 5 GHz one you picked during setup".
      'not the ~3 =one|=ones you =picked|=chose|=selected|=ticked|=entered|=typed|=clicked|=tapped',
      '=something =the? =buyer|=buyers|=customer|=customers|=owner|=owners|=user|=users|=guest|=guests|=driver|=drivers|=installer|=purchaser|=you =needs|=need|=has|=have|=must|=should ~2 =get =right',
      '=something =the? =buyer|=buyers|=customer|=customers|=owner|=owners|=user|=users|=guest|=guests|=driver|=drivers|=installer|=purchaser|=you =is|=are =responsible =for',
    ],
    replacements: ["Let's sort this out together"],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      "We'd recommend reading the FAQ before contacting us next time.", 'Next time, please check your spam folder before emailing us.',
      'The delay was caused by the incorrect postcode you entered at checkout.',
      'The parcel went back because of the outdated address you gave us.', 'The invalid email you provided meant the tickets never reached you.',
      "It's up to the guest to check the room on arrival.",
      "It's on riders to check the zone before ending a trip.",
      "It's on you to read the size chart before ordering.",
      'That is on the customer to confirm at checkout.',
      'The onus is on the buyer to measure the space first.',
      "So it's really on you to keep an eye on those alerts.", "It's ultimately on the owner to check the tyre pressure.",
      'Mounting torque is something the buyer needs to get right.', 'Sizing is something the customer is responsible for.',
      'Setting the clock is something you have to get right yourself.',
      'It only works on the 2.4 GHz network, not the 5 GHz one you picked during setup.',
      'The fee is for the express slot, not the standard one you selected at checkout, so it stands.',
      'It is up to drivers to check the height limit before entering.',
      'The name was engraved exactly as you typed it.',
      'We printed the banner precisely as you spelled it.',
      'It was delivered exactly to the address you provided.',
      'The parcel went to the postcode you typed, LS6 instead of LS16.',
      'You entered number 31 instead of 13 when ordering.',
      'Next time, check your inbox before posting a review.',
      'Maybe read the confirmation email before leaving one star.',
      'Do look at your texts before complaining online.',
      'It helps to read the product page before writing reviews next time.',
      'You were asked to queue like everyone else.',
      "You'll need to book a slot like everybody else.",
      'You had to wait like everyone else, that is how the counter works.',
      'That happened because your team sent us the copy three weeks late.',
      'Honestly, that part is on you.',
      "That's your problem.",
      'The fault lies with you.',
      'The problem is with your own router, not our servers.',
      "It's your phone, not our app.",
      'Maybe check your own internet before calling our developers useless.',
      "Well, it's not our fault if you didn't check the dates.",
      "We can't fit a kitchen for customers who aren't in when the fitters arrive.",
      'Paying by bank transfer was your own choice.',
      'This was caused by user error.',
      'It was your own mistake.',
      "It is the customer's job to check the order on delivery.",
      "The booking terms were sent to you twice, so you can't say you weren't told.",
      "Your card was declined because you hadn't updated your details.",
      'Well, you did choose the cheapest option.',
      'Cracked screens are almost always caused by owners dropping their phones.',
      'This usually happens when customers forget to descale the machine.',
    ],
    allows: [
      'Before contacting us next time, feel free to use the live chat too: it answers within a minute.',
      "The zone map wasn't clear enough, and that's on us to fix, so the fee is cancelled.",
      "It's on us to check the parcel before it leaves, and this time we didn't.",
      "It's really on us to keep an eye on those alerts, and we've now added a text at 80%.",
      'Mounting torque is something our fitters need to get right, and we will redo it free.',
      'We sent the blue one, not the one you ordered, and the right one ships today.',
      'We have set it up exactly as you asked.',
      "We'll send the replacement to the address you provided at checkout.",
      "Please check the postcode you entered against your bill, and we'll reroute the parcel free of charge.",
      'Our form dropped the flat number you entered, so the courier could not find you, and we are sorry.',
      "We delivered it to flat 3 instead of flat 5, and that was our mistake.",
      'Please check your messages from us before Friday, as the courier needs a time slot.',
      'Next time you visit, ask for Sam before leaving and he will stamp your card.',
      "You should be able to book online like everyone else, and we've fixed the form.",
      'We want you to enjoy the show as much as everyone else.',
      'If it was our mistake, we will refund you in full.',
      'Which of the two dates you take is your choice, and both are held for you.',
      'The problem was with our app update, not your phone, and it is fixed now.',
      'You can use your own router if you prefer; the settings are in the welcome email.',
      "If you'd like a refund instead, it's yours, no problem at all.",
      "If nobody is home, the driver leaves a card, and you can rebook online.",
      'Delays like this usually come from a fault at the sorting depot, and this one was ours.',
      'This often happens to customers who ordered before the app update, and it is our bug.',
    ],
  },
  {
    // The customer's lateness held up as the cause (seed 004: explain, don't blame): "you arrived late, so the
    // table had gone". Not said in sympathy: "I know that's frustrating when you arrived late off the motorway".
    id: 'en-blame-customer-arrived-late',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      'you were late',
      'you arrived late',
      // "You also arrived 15 minutes late", "you turned up almost an hour late".
      'you ~1 =arrived|=came|=turned|=showed|=got|=rolled|=checked ~4 late',
      'you were ~1 # minutes|mins|hours|hour late',
      'you ~1 =arrived|=came|=turned|=showed|=got|=rolled ~2 # minutes|mins|hours|hour ~1 after|past|late',
      'you were ~1 =very|=quite|=rather|=so|=too|=extremely|=significantly =late',
    ],
    unlessPrevious: ['when', 'if', 'though', 'although', 'because'],
    unlessNext: ['off', 'from'],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'Our records show you arrived twenty minutes late for the fitting.',
      'You turned up almost an hour late, so the table had gone.',
      'Unfortunately you were late and the guide had to start without you.',
      'You showed up 40 minutes after your slot.',
    ],
    allows: [
      "The pools close at 21:00, and I know that's frustrating when you arrived late off the motorway.",
      'Even though you arrived late, we should have kept your table.',
      'If you were late because of the roadworks, just tell us and we will rebook you for free.',
    ],
  },
  {
    id: 'en-blame-customer-should-have',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      'maybe|perhaps ~1 try|remember ~1 unlocking|unlock|charging|charge|switching|plugging|turning|reading|checking|opening|locking|tightening|measuring ~8 next time',
      'next time you should|need|must|could',
      'next time please read|check|make sure',
      'next time ~1 =keep|=check|=read|=answer|=charge|=carry|=remember',
      // The check left to them, said impersonally: "it should have been checked before you confirmed".
      '=should =have =been =checked|=read|=verified|=reviewed ~2 =before|=when|=prior =you|=booking|=confirming|=paying|=ordering|=signing',
      // Their kit named as the cause: "that's a router issue on your end".
      `${YOUR_KIT}|hardware|equipment|setup ~1 issue|problem|fault|error ~2 on|at =your =end|=side`,
      `=that's|=it's a|an? ${YOUR_KIT} issue|problem|fault`,
      // At the sentence start: "many of you missed the second half" of a match we dropped is our failure.
      '^ you missed|ignored|skipped|overlooked the',
      'you ~1 missed|ignored|skipped|overlooked ~3 reminder|reminders|email|emails|message|messages|notice|notices|warning|warnings|instructions|sign|signs',
      'you chose|selected|picked|ordered the cheapest|slowest|wrong',
      'because you entered|chose|selected|picked|gave|forgot|ignored',
      'read the product page|description|listing|instructions more carefully',
      'more carefully next time',
      // The fault assigned outright: "this one's really down to you not checking"; not "down to us".
      '=down =to =you|=your =not|=failing|=forgetting|=missing|=ignoring|=skipping',
      'pay more attention',
      'you should|could|would really|just|simply|perhaps|probably|also? have read|checked|looked|noticed|known|asked|called|contacted|ordered|measured|followed|seen|paid|told|booked|cancelled|canceled|realized|realised|informed',
      "you should've|could've read|checked|looked|known|asked|called|contacted|followed|noticed",
      'you ought to have',
      'you should read the terms|description|instructions|manual|policy',
      // "You clearly didn't follow the care instructions", "perhaps you didn't install it": the adverb slot.
      `you ~1 did not ${NOT_DONE}`,
      `you ~1 didn't|never ${NOT_DONE}`,
      `you ~3 ${HANDLING}|enter|type|follow|read|use ~3 incorrectly|wrongly|improperly|=wrong`,
      // Exact forms: "that's on us to explain clearly" owns the gap.
      '=says|=said|=states|=stated|=written|=mentioned|=shown|=marked|=displayed|=indicated|=listed clearly',
      // "Whether it was explained clearly when you applied" is our check.
      '=explained clearly =in|=on|=to|=at|=by',
      '=bothered to read|check|look|ask|call|contact|follow|measure|open|answer|reply|respond|pick|charge|turn|show|wait|come|arrive|listen',
      'a you problem|issue|thing',
      "you ~1 didn't|never think|thought to",
      'you ~1 did not think to',
      // "Maybe open your mail next time", "perhaps answer your phone next time".
      'maybe|perhaps|try ~1 reading|read|checking|check|looking|look|open|opening|answer|answering|listen|listening ~4 next time',
      'if customers|people|guests|you|users actually read|check|follow|look|measure',
      // "That's on you", "so the result is on you".
      'that|it|this|which|result|results|outcome|consequence|consequences|damage =is|=are|=was|=were|=lies|=rests|=falls? on you $',
      'that|it|this|which|result|results|outcome|consequence|consequences|damage =is|=are|=was|=were|=lies|=rests|=falls? on you ,',
      // "The blame lies squarely with you."
      'blame|fault =lies|=rests|=falls|=sits ~1 with|on you|yourself',
      'responsibility|fault|blame ~1 =is|=was|=lies|=rests =yours',
      // How the customer behaved: "you were drunk", "you're being rude to our staff".
      `you were|are ~2 ${MISBEHAVED}`,
      `you're ~2 ${MISBEHAVED}`,
      'you failed to',
      'you neglected to',
      'you forgot to',
      'you never bothered',
      "you didn't bother",
      `if you had ${IF_ONLY}`,
      'if you had paid attention',
      `if you'd ${IF_ONLY}`,
      // "If you'd actually checked the proof", "if you had only read the email".
      `if =you'd|you =had? =actually|=only|=even|=properly ${IF_ONLY}|${IF_ONLY_GIVEN}`,
      `had you =actually|=only|=even|=properly ${IF_ONLY_DONE}|${IF_ONLY_GIVEN}`,
      // At a clause edge or after the outcome: "we had you booked for Tuesday" is our diary.
      `^ had you ${IF_ONLY_DONE}`,
      `, had you ${IF_ONLY_DONE}`,
      `=have|=been|=fine|=avoided ~3 had you ${IF_ONLY_DONE}`,
      // Exact past forms only: "if you'd provide your order number" is a polite request.
      `if|had =you'd|you had? ${IF_ONLY_GIVEN} ~3 correct|right|full|proper|accurate|complete|valid|real|actual|exact|true`,
      // Behaviour counterfactual: "maybe if you hadn't been swearing at the driver", "if you hadn't shouted at her".
      `if|had =you'd|you had? been ${MISBEHAVED}|=yelling|=screaming|=cursing|=insulting|=threatening`,
      `if you =hadn't|=weren't|=wasn't ~2 ${MISBEHAVED}|=yelling|=screaming|=cursing|=insulting|=threatening`,
      'if you had not been =drunk|=rude|=aggressive|=abusive|=shouting|=swearing|=yelling|=screaming',
      'if you =hadn\'t =sworn|=shouted|=yelled|=screamed|=insulted|=threatened|=provoked',
      `you ~1 didn't|=never|=failed ~1 ${IN_TIME_DUTY} ~3 in =time`,
      'instead of =guessing|=assuming',
      // An order for next time: "just switch Bluetooth on next time", "simply charge the scooter before you ride next time".
      'just|simply switch|turn|charge|enable|update|plug|bring|keep|remember|check|read|try|make|put|answer|open ~5 next time',
      // Not "is now printed in big letters", which is the fix.
      "=is|=are|=was|=were|=it's =clearly|=plainly|=already? =printed|=written|=stated|=marked|=shown ~4 in large|big|bold|capital letters",
      '=says|=said|=say|=states|=stated ~3 in large|big|bold|capital letters',
      // The counterfactual: "if you'd been at home when you said", "had you been on time".
      "if|had =you'd|you had? been =home|=there|=available|=present|=reachable|=around|=ready|=punctual|=here|=waiting|=answering|=indoors|=awake|=sober|=earlier",
      "if|had =you'd|you had? been on =time|=schedule",
      "if|had =you'd|you had? been =at|=in =home",
      "if|had =you'd|you had? been =at =the|=your ~1 address|door|reception|desk|gate|collection|pickup|meeting",
      "if|had =you'd|you had? been =in =when|=at|=as",
      // "Maybe check your phone before leaving reviews."
      'check|read|answer|look|charge|try ~6 before blaming|accusing|complaining',
      'check|read|answer|charge|try ~6 before leaving|writing|posting|giving|publishing ~3 review|rating|star|stars|comment|complaint|feedback',
      'check|read|answer|look|charge|try ~6 before you blame|accuse|complain',
      // "Check your bank statement before posting", "read the booking email before you rant".
      'check|read|answer|look|open ~6 before =posting|=ranting|=commenting|=reviewing|=moaning|=tweeting|=kicking $',
      'check|read|answer|look|open ~6 before you =post|=rant|=comment|=review|=moan|=tweet $',
      'check|read|answer|charge|try ~6 before you leave|write|post|give|publish ~3 review|rating|star|stars|comment|complaint|feedback',
      'in black and white',
      'worn|used|washed|damaged before|prior ~3 returned|return|returning',
      "you|you'll ~2 think twice",
      'you ~1 admitted|admit|conceded',
      'read the terms|description|instructions|manual carefully? before',
      'was clearly stated|written|mentioned|indicated|marked',
      'is|are|were clearly =shown|=displayed|=listed|=visible|=labelled|=labeled|=signposted|=printed|=stated|=written|=marked',
      'clearly states|says',
      'clearly stated in the description|terms|listing',
      'you agreed to the terms|conditions',
      'you accepted the terms|conditions',
      'you entered|gave|provided|booked|bought|typed the|an? wrong|incorrect',
      'you gave us the wrong',
      'you misunderstood',
      'you misread',
      'you did it wrong|incorrectly',
      'you used it incorrectly|wrong|improperly',
      'improper use',
      'misuse by the customer|user',
      'you ~1 =arrived|=came|=turned|=showed|=walked|=rolled|=got ~5 before|after ~2 closing|close|closed|cutoff',
      'next time ~2 try reading|checking|looking|read|check|look',
      // "Because of a change on your side", "due to a setting on your end".
      `due to ~4 ${ON_YOUR_SIDE}`,
      `because of ~4 ${ON_YOUR_SIDE}`,
      `caused by ~4 ${ON_YOUR_SIDE}`,
      `result of ~4 ${ON_YOUR_SIDE}`,
      `you =yourself ~2 ${OWN_CHOICE}`,
      `you ~1 ${OWN_CHOICE} ~3 =yourself`,
      'you cancelled|canceled too late',
      'what were you thinking',
      'everyone else understands|knows|manages|figured',
      'everyone knows where to click',
      'any other customer would',
      'most|other ~1 customers|guests|clients|users|people ~4 manage|understand|know|read|follow',
      // "The rest of our guests manage just fine": everyone copes but you.
      'rest|everyone|everybody ~4 =manage|=managed|=manages|=cope|=copes|=coped ~6 =fine|=easily|=perfectly|=problem|=trouble|=bother',
      // The damage put down to how they used it: "because you rode it off a kerb", "when you drove it into the post".
      `because|since you ~1 ${DAMAGED} ~3 it|them|into|off|onto|against|through`,
      `when|after you ${DAMAGED} it|them ~2 off|into|onto|against|down|through|over`,
      'when|after|because|since you =dropped it|them ~3 on|onto|down|into',
      'you left ~3 open|unlocked|outside|running',
      // "You left the heater on", not "when you left on Saturday".
      'you left =it|=them|=the|=your ~2 =on',
      // Advice after the fact: "you just needed to scroll down", "all you had to do was read the email".
      'you =just|=only|=simply|=merely =needed|=had to',
      "you =would|=would've|=could|=could've =just|=only|=simply? have? =needed|=had to",
      'all you =needed|=had to do =was',
      'you =do|=really need|have|must to? read|check|keep|follow|look|measure|scroll|answer|charge',
      'you =should|=must =really|=always read|check|keep|follow|measure|scroll|answer',
      'there to be read|followed|checked',
      'people|customers|guests|buyers|users|one should|must|ought really|always? to? read|check|follow|measure',
      '=worth =reading|=checking|=following ~5 =after =all',
      'after all , ~3 =worth =reading|=checking',
      'instructions|manual|label|description|listing|page|terms|email|confirmation|website|menu|sign =do|=does =say|=state|=mention|=explain|=show',
      'read|check the small|fine print',
      '=always a good idea to read',
      'anyone|anybody would|could have? know|known|checked|noticed|figured',
      'quick|simple|brief glance|look|check|read ~6 would have|=would\'ve ~1 shown|told|saved|answered|avoided|prevented|cleared',
      '^ please? check|fill|enter|type|choose|select|look|read ~4 more carefully',
      '^ please? be more careful',
      'you ~2 be more careful',
      'right there on|in the|our|your',
      'says ~1 on every page|screen|step',
      'clearly|plainly|explicitly ~1 =says|=stated|=states|=written|=marked|=shown|=listed',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      "So this one's really down to you not checking the size chart.",
      'The delay was down to you failing to send the documents.',
      'Had you checked the email, you would have seen the new time.',
      'It was explained clearly in the booking email.',
      'It is clearly printed in big letters on the label.',
      'The sign says in large letters that the pool closes at eight.',
      'Maybe try unlocking the bike before you ride off next time.',
      'Perhaps remember to charge it before the trip next time.',
      'The cancellation window is right there on the booking page.',
      'It says on every page of our website that appointments must be booked online.',
      'Check the address more carefully when you order.',
      'You need to be more careful with the settings.',
      'Had you been in when the engineer called, the boiler would be fixed by now.',
      'If you had serviced the boiler every year, the pump would not have failed.',
      'Next time, keep your phone on you when a delivery is due.',
      'The passenger names should have been checked before booking.',
      'That is a modem problem on your side.',
      "It's a browser issue, so try another one.",
      'If you had been on time, we could have seated you.',
      'Had you answered your phone, the courier would have found you.',
      "Perhaps if you hadn't been shouting at the receptionist, she would have found you a room.",
      "If you hadn't been so aggressive with the driver, he would have waited.",
      "If you'd told us your actual shoe size instead of guessing, the boots would fit.",
      "If you didn't renew the pass in time, that's on you.",
      'If you had actually read the confirmation, you would have known the time.',
      "Maybe check your own Wi-Fi before blaming our servers.",
      'Just turn the app on next time and the door opens by itself.',
      "If you'd typed the right postcode, the parcel would be with you already.",
      'Had you given us the correct room number, breakfast would have reached you.',
      'You skipped the aftercare, so the outcome is on you.',
      'The blame lies squarely with you.',
      'Sorry, but the fault here is yours.',
      'You came in twenty minutes before closing and expected a full meal.',
      'Next time, try looking at the menu before ordering.',
      "If you'd bothered to answer the door, you'd have your parcel.",
      'Maybe answer the door next time before writing a review.',
      'Perhaps read your emails before you post a one-star rating.',
      'You should have read the terms.',
      'You did not read the description.',
      'If you had read the instructions, this would not happen.',
      'It was clearly stated in the description.',
      'You entered the wrong address.',
      'Everyone else understands where to click.',
      'Most guests read the check-in instructions without any trouble.',
      'You left the windows open, which is why the room was cold.',
      'You ignored three reminder emails before the deadline passed.',
      'Perhaps you did not assemble the frame correctly.',
      'It looks like you plugged the charger in wrongly.',
      'The opening hours are written clearly on the door.',
      'Sounds like a you problem.',
      'Our doorman remembers you well: you were very drunk.',
      "It's a shame you didn't think to check the size guide.",
      'Maybe read the description next time.',
      'Perhaps answer your phone next time.',
      'It would help if customers actually read the instructions.',
      "You ordered after the cut-off, so that's on you.",
      "You're being rude to our staff.",
      'You booked the wrong dates.',
      'The shoes were worn before being returned, which is why the refund was refused.',
      "Perhaps next time you'll think twice before ordering on a bank holiday.",
      "You admitted yourself that you'd dropped the phone.",
      'The instructions are printed on the box in large letters.',
      'If you had arrived on time, your table would still have been available.',
      'You should really have called us before driving all that way.',
      'The upload failed because of a change to the settings on your side.',
      'The sync stopped due to a firewall rule on your end.',
      'You yourself switched off the automatic renewal in March.',
      'You cancelled the insurance yourself when you booked.',
      'The fee was on the basket page, you only had to scroll down.',
      'All you needed to do was tap "Confirm".',
      'You do need to keep your phone on you when a delivery is due.',
      'You should really keep your phone on you when a courier is coming.',
      'Manuals are there to be read.',
      'People should really read the care label before washing.',
      'The manual is worth reading, after all.',
      'The delivery fee is clearly shown at checkout.',
      'The care label does say to wash it cold.',
      'A quick look at the confirmation would have shown the right time.',
      'Anybody would have checked the size chart first.',
      'Maybe look at your order history before posting.',
      'Please read the booking email before you rant.',
      'Everyone else in the group managed the route without any trouble.',
      'The rim bent because you rode it down a flight of steps with a heavy bag on the back.',
      'The bumper cracked when you reversed it into the bollard.',
      'The blender jug split because you poured boiling soup into it.',
      'The screen broke when you dropped it onto the tiles.',
    ],
    allows: [
      "This one's down to us not checking the size before dispatch — sorry.",
      'Whether you keep the plan is down to you, and either way we refund the extra charge.',
      'Sorry, we had you booked for Tuesday and the tanker never turned up.',
      "I'd like to check whether the fee was explained clearly when you applied.",
      'Your order did not reach you on time: you waited three weeks and had to contact us four times.',
      'You had to chase us twice for a parcel that should have come on Monday, and that is on us.',
      'We are sorry the cream split; the storage note is now printed in big letters on the lid.',
      'The allergen list is now in bold letters on every menu.',
      "Maybe try the lemon tart next time, it's our favourite!",
      'We are sorry the cancellation window was hard to find, so we have moved it to the top of the booking page.',
      'I can tell how angry you were when you left on Saturday, and I am sorry.',
      'We will check orders more carefully before they leave the warehouse.',
      "If you'd provide your order number, we'll look into it today.",
      "If you didn't receive the code in time, we'll send a new one straight away.",
      "Just let us know next time and we'll keep a table by the window.",
      "If you'd been told the real price, you would never have booked, and I'm sorry.",
      'Our engineer had actually checked the boiler that morning, and it still failed, which is on us.',
      'If you had entered a promo code, it will be refunded automatically.',
      'Your test results will be with you by Friday.',
      'The result is on your account page now.',
      'The fault lies with our packaging, not with you.',
      'The fault is not yours, and the refund is on its way.',
      'If you had been at the hotel that night, I am sure the noise would have kept you up too, and we are sorry.',
      "If you'd been told about the delay, you could have rebooked, and that's on us.",
      "Please check the tracking page before you leave the house; the driver's window is shown there.",
      'You can choose a new delivery time yourself in the app.',
      'You did nothing wrong, and I am sorry we made you wait.',
      'Sorry you were charged incorrectly; the difference is back on your card.',
      'If you did not receive a confirmation email, please check your spam folder.',
      "If you didn't use the voucher, we'll refund it in full.",
      'We have now made the allergen information clearly visible on the menu.',
      'I am sorry you were spoken to so rudely at the desk.',
      "I'm sorry you didn't think the service was good enough, and we'd like to put it right.",
      "We'll double-check the order next time before it leaves.",
      'The next coffee is on us.',
      'You chose the standard delivery, but a week is still too long, so your next orders ship express for free.',
      'You left your umbrella behind; it is waiting for you at reception.',
      "We've fixed the app, so all our customers can now use it to pay without any trouble.",
      'If you had been told about the delay, you could have rebooked, and that is our fault.',
      "If you'd like to tell us more, email care@shop.example.",
      'Sorry your parcel arrived two days late; the delivery fee is refunded.',
      'You were told the driver would be late, and he was later still, which is on us.',
      "We're on your side because this should never have happened.",
      'You can change the delivery address yourself in the app.',
      'If you need to check the delivery slot, the app shows it on the order page.',
      "I'm sorry you had to scroll so far to find the delivery fee; it is now shown at the top.",
      "It's worth checking your spam folder, as our emails sometimes land there.",
      'The error was caused by an update on our side, and it is fixed now.',
      'The outage was due to a bug in our app, nothing on your end.',
      'We read every review before posting a reply, and yours has been passed to the manager.',
      'Because you drove all that way for nothing, your fuel is on us.',
      'When you dropped it off, we should have told you the repair would take a week.',
      'Everyone manages their booking differently, so we have added a phone option too.',
      "When you called, we didn't mention the surcharge; that's on us to explain clearly, not on you to ask.",
    ],
  },
  {
    id: 'en-blame-customer-hindsight',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      // "You should have brought the car in", "you could have called us first".
      `you should|could|ought ~2 have|=of =just|=simply|=easily|=always? ${SHOULD_HAVE_DONE}`,
      `you =should've|=could've|=shoulda ~1 ${SHOULD_HAVE_DONE}`,
      // A guess dressed as a diagnosis: "you probably just plugged it in too early".
      // Exact forms: "likely" shares its stem with "like" ("any Friday you like; just DM us").
      'you =probably|=likely|=presumably|=possibly|=obviously|=clearly just|simply|accidentally',
      `you =most? =probably|=likely|=presumably|=possibly|=obviously|=clearly|=must ~1 ${MISHANDLED}`,
      `you must have ~1 ${MISHANDLED}`,
    ],
    // "You probably just need to restart it" is advice, not blame.
    unlessNext: ['need', 'needs', 'have', 'want', 'wanted', 'like', 'got', 'received', 'missed'],
    replacements: ["Let's sort this out together"],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'You should have brought the bike in for its service when we asked.',
      'You could have called us before leaving a review.',
      "Honestly, you should've let us know on the day.",
      'You could have just asked at the desk.',
      'You probably just left it on charge overnight.',
      'You most likely dropped it at some point.',
      'You must have overfilled the tank.',
    ],
    allows: [
      'You should have an email from us within the hour.',
      'You should have received a confirmation email; I have resent it.',
      'You should have been told about the delay, and that is on us.',
      'You could have been hurt, and we are so sorry.',
      'You probably just need to restart the router, and if that fails an engineer will visit tomorrow.',
      'You must have been so frustrated waiting for the callback.',
      "We've put you down for a free hour on any Friday you like; just message us the date.",
      'Pick whichever colour you like, simply reply with it and we will send it.',
    ],
  },
  {
    // "You yourself didn't clean it, even though we warned you": left undone, and warned about it.
    id: 'en-blame-customer-we-warned-you',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      "you =yourself didn't|=never|=failed|=forgot|=ignored",
      'you =yourself did not',
      "you didn't|=never clean|descale|check|read|service|maintain|replace|update|charge|test|clear|empty ~2 =yourself",
      // Named warners only, no gap: "although we never warned you" owns the lapse.
      `though|although ${WARNERS} =did|=had? ${WARNED} you`,
      `though|although the|our ${WARNER_STAFF} =did|=had? ${WARNED} you`,
      `as we|I ${WARNED} you`,
      // Also a lecture (en-condescension-lecture); here it is the "you were told" that shifts the fault.
      'as we|I ~1 told you',
      `we|I =did|=had ${WARNED} you`,
      'we|I =did =warn|=advise|=remind you',
      // "We've already reminded you TWICE.": the count of reminders held up as their fault.
      `=we've|=we =have? =already ${WARNED}|=told|=asked =you =twice|=repeatedly|=several|=three|=multiple`,
      `you were =clearly|=repeatedly|=explicitly|=twice|=already ${WARNED}`,
      // "You were asked twice by the bar staff before anyone raised their voice."
      'you were =asked|=warned|=reminded|=told =twice|=repeatedly|=several|=multiple|=three ~3 =before',
      'you were =asked|=warned|=reminded|=told =twice|=repeatedly|=several|=multiple|=three =times? =by =the|=our ~2 =staff|=team|=driver|=drivers|=manager|=security|=door|=bar|=crew|=stewards|=steward|=lifeguard|=lifeguards|=receptionist|=staffs',
      `you had been =clearly|=repeatedly|=explicitly|=twice|=already? ${WARNED}`,
      'you were =warned',
      'despite|against|ignoring|ignored ~1 our|my ~1 warning|warnings|advice|recommendation|recommendations|instructions',
      // The customer's own lapse spelled out: "the first thing in the FAQ you skipped", "you bought the mat but not the thermostat we recommended", "in bold on page 3", "we tried calling you three times with no answer".
      'faq|manual|guide|instructions|leaflet|booklet|handbook|pack =you =skipped|=ignored|=missed|=overlooked',
      '=literally =the =first =thing',
      '=but =not ~4 =we|=i =recommended|=advised|=suggested',
      '=in =bold ~2 =on|=in =page #',
      '=tried =calling|=ringing|=phoning =you ~10 =no =answer|=reply|=response|=luck',
      '=tried =to =call|=ring|=reach|=phone =you ~10 =no =answer|=reply|=response|=luck',
      '=called|=rang|=phoned =you ~10 =with =no =answer|=reply|=response',
      '=without =the =recommended',
      "=not|=wasn't|=weren't|=isn't|=aren't|=hasn't|=haven't ~3 =at|=for =the =recommended",
      "=which =clearly|=obviously =hasn't|=hadn't =happened",
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      "We've already reminded you TWICE.",
      'We have already told you three times that the deposit is non-refundable.',
      "You yourself didn't descale the boiler for a year.",
      'You never cleaned the filter yourself, so the pump burned out.',
      'The filter clogged, even though our technician warned you about it.',
      'As we warned you at the fitting, the paint needs a full day to dry.',
      'We did warn you that the room faces the main road.',
      'As we told you at the fitting, leather stretches in the first week.',
      'You were clearly advised not to run it without water.',
      'You ran the machine empty against our advice.',
      'You were asked twice by the door staff before anyone raised their voice.', 'You were warned several times by our stewards.',
      'You were reminded three times before the gate closed.',
      "It's literally the first thing in the FAQ you skipped.",
      'You bought the heat mat but not the thermostat we recommended at the till.',
      "The joining pack asks parents to label every cable, in bold on page 3, and this one wasn't.",
      "Pat, we've tried calling you on 07811 456 902 three times this week with no answer.",
      'The crack appeared after it was assembled without the recommended second person.',
      "Tyres do wear faster when they're not kept at the recommended pressure.",
      "Leather needs conditioning every few months, which clearly hasn't happened here.",
    ],
    allows: [
      "We've already reminded the courier twice, and we'll call them again today.",
      "I'm sorry we didn't warn you about the building work in advance.",
      'Although we never warned you about the roadworks, we should have, and the first night is on us.',
      'You should have been warned about the delay, and I am sorry you were not.',
      'We will warn you by text before the engineer arrives.',
      'You were told twice it would be ready on Friday, and both times we let you down.',
      'You were asked by our staff to move tables twice, which should never have happened.',
      'We have now put the delivery times in bold on the first page of the menu.',
      'You said you called us three times with no answer, and I am so sorry.',
      'We will set the tyres to the recommended pressure for free when you pop in.',
      "We packed it in a box which clearly wasn't strong enough, and we are sorry.",
    ],
  },
  {
    // The fault named as the customer's habit: "skipping it is exactly what makes the frame wobble", "it's a very
    // common beginner's mistake".
    id: 'en-blame-customer-beginners-mistake',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      // Damage put down to the customer's habit: "swirl marks like those come from washing at home with a dirty sponge".
      // Exact forms: "losses like this happen when oxygen drops" is a cause, not their handling.
      `like|of that|those|these|this ~2 =come|=comes|=came|=result|=results|=happen|=happens|=appear|=appears from|when|after ~3 ${SKIPPING.split('|').map((verb) => `=${verb}`).join('|')}|=scrubbing|=cleaning|=wiping|=polishing`,
      // Stored badly, said as a condition: "flowers droop within a day if they're kept next to a radiator".
      "if|when =they|=it|=they're|=it's|=you|=they've|=it's ~2 =kept|=left|=stored|=placed|=put|=keep|=leave|=store|=place ~1 next|near|by|beside|against|above|on|in ~2 radiator|radiators|heater|heaters|fire|fireplace|stove|oven|windowsill|sunlight|sun",
      `${SKIPPING} ~4 =is|=was =exactly|=precisely|=usually|=always|=just? =what =makes|=made|=causes|=caused|=leads|=led|=breaks|=broke|=kills|=killed|=ruins|=ruined|=damages|=damaged|=loosens|=cracks|=cracked`,
      `${SKIPPING} ~4 =is|=was =exactly|=precisely =why`,
      "=common|=classic|=typical|=frequent ~1 =beginner's|=beginners|=novice|=newbie|=amateur|=diy =mistake|=error|=slip",
      'mistake|mistakes|error|errors ~2 lot|lots|many|most ~2 =beginners|=novices|=newbies|=amateurs =make|=makes',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'Scratches like these come from cleaning the hob with a scourer.',
      'Marks like that result from leaving the pan on a high flame.',
      "Bread goes stale fast if it's left next to the oven.",
      'Chocolate melts when it is stored near a heater.',
      'Leather cracks if you keep it by a radiator all winter.',
      'Skipping it is exactly what makes the frame wobble.',
      'Overwatering is precisely what kills basil on a windowsill.',
      'Washing it on 60 is exactly why the jumper shrank.',
      "It's a very common beginner's mistake.",
      'A classic newbie error with sourdough.',
      'Knitting too tightly is a mistake lots of beginners make.',
    ],
    allows: [
      'Sudden losses like this can happen when oxygen drops after a hot spell, so we will test the water for free.',
      'Marks like those come from a faulty roller, which we have since replaced.',
      "Roses last longest if they're kept away from radiators.",
      "Skipping step 7 shouldn't have been possible, so we've reprinted the manual with a warning.",
      "It's an easy mistake to make, and our instructions didn't help; a new guide is on its way.",
      'The frame wobbles because one of our dowels was too short, and a replacement ships today.',
    ],
  },
  {
    // The damage put down to use the thing was never meant for, or to water: "they aren't designed to hack through
    // frozen bones", "they do when the phone has had a swim", "screens don't crack on their own".
    id: 'en-blame-customer-not-designed-for',
    class: 'blame_customer',
    severity: 'error',
    // "…isn't meant to be dropped, but it still shouldn't have shattered" concedes the point.
    unlessNext: ['but', 'though', 'although', 'yet', 'still'],
    patterns: [
      `=aren't|=isn't|=weren't|=wasn't|=not =designed|=meant|=made|=built|=intended =to|=for ${ABUSE}`,
      `=aren't|=isn't|=weren't|=wasn't|=not =designed|=meant|=made|=built|=intended =to =be =dropped|=submerged|=thrown|=stood|=sat|=soaked|=microwaved|=tumble`,
      "=aren't|=isn't|=weren't|=wasn't|=not =designed|=meant|=made|=built|=intended =to =go =in|=into|=through =the =dishwasher|=microwave|=dryer|=oven|=washing",
      `phone|device|watch|laptop|tablet|earbuds|headphones|camera|remote|console|it|yours ~2 =had|=has|=took|=taken|=went|=gone =a|=for =a? =swim|=dip|=bath|=dunk|=soak|=paddle`,
      `=don't|=doesn't|=not ~2 ${BREAKS} ~3 =on =their|=its =own`,
      `=don't|=doesn't|=not ~2 ${BREAKS} ~3 =by =themselves|=itself`,
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'Paring knives are not made for chopping through bone.', "Glass lids aren't meant to be dropped on tiles.",
      "These pans aren't designed to go in the dishwasher.", "Screwdrivers aren't meant for prising open tins.",
      'Those readings only appear when a watch has taken a dip in the pool.', 'Clearly your phone went for a swim at some point.',
      "Screens don't crack on their own.", "Zips don't just snap by themselves.",
    ],
    allows: [
      "The glass isn't meant to be dropped, but even so it shouldn't have shattered like that, so a new set is on its way.",
      "Our booking system wasn't designed to handle that many requests at once, and that's on us.",
      "The charger isn't meant to get that hot, so a replacement is on its way today.",
      "Don't let the app update on its own if you are on mobile data; tap Update over wifi instead.",
      'We hope you had a lovely swim in the lake on your last day.',
    ],
  },
  {
    // The paperwork held against them: "it's in the contract you signed at the front desk".
    id: 'en-blame-customer-you-signed-it',
    class: 'blame_customer',
    severity: 'error',
    patterns: [
      "=it's|=that's|=it|=that|=this =is|=was? =all? =clearly|=plainly|=right|=there|=written? =in|=on =the|=your =contract|=terms|=agreement|=form|=paperwork|=policy ~1 you|=you've =signed|=accepted|=agreed|=ticked|=initialled",
      "=it's|=that's|=it|=that|=this =is|=was? =all? =clearly|=plainly|=right|=there|=written? =in|=on =the|=your =small =print ~1 you|=you've =signed|=accepted|=agreed|=ticked|=initialled",
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      "It's in the contract you signed, so the fee stands.", "That's clearly in the terms you accepted at checkout.",
      'It was all in the agreement you signed in March.', "It's plainly on the form you initialled.",
    ],
    allows: [
      "It's not in the contract you signed, so we've refunded the fee.",
      "Please send us the contract you signed and we'll check the notice period for you.",
    ],
  },
  {
    // The customer's own choice or word turned against them: "You chose not to buy them at reception",
    // "you told him they felt fine".
    id: 'en-blame-customer-your-own-choice',
    class: 'blame_customer',
    severity: 'error',
    // "If you decided not to go ahead, we refund in full" is a condition, not a charge.
    unlessPrevious: ['if', 'whether', 'when', 'unless', 'once', 'should'],
    patterns: [
      'you ~1 =chose|=decided|=opted|=elected|=preferred =not =to',
      'you ~1 =chose|=decided|=opted|=elected =to =ignore|=skip|=disregard|=leave|=decline|=refuse|=go|=use|=wear|=ride|=ski|=carry',
      "you ~1 =told|=said|=assured|=confirmed ~4 =felt|=feels|=was|=were|=looked|=seemed|=fitted|=fit|=is|=are =fine|=ok|=okay|=good|=great|=perfect|=right|=comfortable",
      "you ~1 =told|=said|=assured|=confirmed ~3 =you =were =happy|=fine|=satisfied|=comfortable",
      '=you =signed =off =on',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'You chose not to buy them at reception.',
      'You decided not to take the insurance when you booked.',
      'You opted to ignore the size guide.',
      'At the fitting you told our technician they felt fine.',
      'You said everything was perfect when you collected it.',
      'You assured us you were happy with the colour.',
      'You told us the fit was fine at collection.',
      'You signed off on the final design in May.',
    ],
    allows: [
      'If you decided not to go ahead, we will refund the deposit in full.',
      'Whether you chose to stay or leave, the noise should never have happened.',
      'You told us the room was cold, and you were right — the heater was broken.',
    ],
  },
  {
    // The customer's pick called a risk they took: "choosing it was always going to be a gamble".
    id: 'en-blame-customer-your-gamble',
    class: 'blame_customer',
    severity: 'error',
    unlessPrevious: ['if', 'whether', 'when', 'unless'],
    patterns: [
      '=choosing|=picking|=selecting|=ordering|=booking|=opting|=using|=skipping|=declining ~5 =was|=is =always? =going =to =be =a? =gamble|=risk|=risky',
      '=choosing|=picking|=selecting|=ordering|=booking|=opting|=using|=skipping|=declining ~5 =was|=is =always? =a =gamble|=risk',
      '=you =took|=accepted|=chose =that|=this|=the|=a =risk|=gamble',
      '=risk|=gamble =you =took|=chose|=accepted',
      '=at =your =own =risk',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'Picking standard post in July was always going to be risky.',
      'You took that risk when you skipped the insured option.',
      'Booking the last ferry home is always a gamble.',
      'Ordering the cheapest courier was a risk you chose.',
      'The economy seats are booked at your own risk.',
    ],
    allows: [
      'Standard post in summer should never have been offered at checkout — that risk was ours, and we have removed it.',
      'If you took the insured option, the refund goes through automatically.',
      'Choosing the right size is easier with the new fit guide, and the exchange is free.',
    ],
  },
  {
    // How the customer (or their pet or child) used it, given as the cause: "your dog wouldn't keep still",
    // "it lasts for years unless you bite on something hard", "that comes from an impact, not normal use".
    id: 'en-blame-customer-how-it-was-used',
    class: 'blame_customer',
    severity: 'error',
    // "…isn't made for the rain, but the page should have said so" concedes the point.
    unlessNext: ['but', 'though', 'although', 'yet', 'still'],
    patterns: [
      // The damage read as handling: "the damage is consistent with the unit being dropped".
      '=consistent|=typical|=characteristic|=indicative ~1 =with|=of ~3 =being? =dropped|=drop|=impact|=misuse|=mishandling|=overloading|=knock|=fall|=water|=liquid',
      "=your ~4 =wouldn't|=didn't|=couldn't|=won't|=wasn't|=weren't|=never|=not ~2 =keep|=stay|=sit|=stand|=hold|=keeping|=staying|=sitting ~1 =still",
      '=usually|=normally|=typically|=easily ~3 =last|=lasts|=hold|=holds|=survive|=survives ~4 =years|=months|=decade|=decades|=ages|=seasons ~6 =unless',
      '=impact|=drop|=fall|=knock|=blow|=misuse|=force ~4 =not ~2 =normal|=everyday|=ordinary|=regular ~1 =use|=wear|=usage',
      "=aren't|=isn't|=weren't|=wasn't|=not =designed|=meant|=made|=built|=intended =for =the? =rain|=snow|=water|=sea|=pool|=mud|=puddles|=beach|=salt",
      // The fault put on how it was handled: "the damage is down to handling after delivery", "caused by your electrician".
      '=damage|=fault|=crack|=cracks|=stain|=dent|=problem|=breakage|=tear =is|=was|=are|=were =down =to =handling|=mishandling|=misuse|=storage|=installation|=how',
      '=damage|=fault|=crack|=cracks|=stain|=dent|=problem|=breakage|=tear =is|=was|=are|=were =down =to =the =way',
      '=caused|=done =by ~4 =your =electrician|=plumber|=installer|=builder|=fitter|=mechanic|=handyman|=decorator|=dog|=cat|=kids|=children|=toddler',
      '=stored|=kept ~3 =in|=on|=by =a|=the|=your =damp|=wet|=hot|=cold|=humid|=sunny|=unheated ~1 =garage|=shed|=cellar|=basement|=loft|=attic|=window|=room|=car|=conservatory',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'The damage is consistent with the unit being dropped.',
      'A crack like this is typical of an impact.',
      'The marks are characteristic of water getting inside.',
      "Your little boy wouldn't sit still, so the fringe isn't perfectly straight.",
      "Your cat didn't stay still long enough for a clean shave.",
      'A filling normally lasts years unless you chew ice in the first day.',
      'Paint like this typically holds for a decade or more unless the wall is scrubbed.',
      'A dent like that comes from a drop, not from everyday use.',
      "Canvas trainers aren't made for the rain.",
      'Since the box was opened and used, the damage is down to handling after delivery.',
      'The leak was caused by your plumber fitting the unit upside down.', 'The scratches were clearly done by your dog.',
      'The warping happened because it was stored in a damp garage.',
    ],
    allows: [
      "The crack is typical of a faulty batch we've had from the supplier, so we're replacing it.",
      'Your order still has not arrived, and we are chasing the courier today.',
      'It usually lasts years, so a crack after a month is a fault and we will replace it.',
      "We're sorry your dog was nervous; next time we'll book a quiet slot so she can settle.",
      "It wasn't made for the rain, but the product page should have said so, so here is a full refund.",
      'The damage was caused by our courier, and a replacement ships today.',
      'The crack is down to a weak weld on our side, so the repair is free.',
    ],
  },
  {
    // Pointing at where it was written: "it says so right on the booking page", "it's printed right on your ticket".
    // Not "we've now printed it right on the door", which is the fix.
    id: 'en-blame-customer-says-so-right-on',
    class: 'blame_customer',
    severity: 'warning',
    patterns: [
      '=says|=said|=stated|=states|=written|=printed|=shown|=listed|=mentioned|=explained =so? =right =on|=in|=at =the|=our|=your|=every',
    ],
    unlessPrevious: ['now', 'have', "we've", "we'll", 'will', 'be', 'been', 'to'],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'Saturday is our busiest slot, it says so right on the booking page!',
      "It's stated right in the confirmation email you got.",
      'The weight limit is listed right on the product page.',
      'The dress code was printed right on your ticket.',
    ],
    allows: [
      "We've now printed the opening hours right on the front door, since they were easy to miss.",
      'The weight limit should be shown right on the product page, and we will add it today.',
    ],
  },
  {
    // The return or cancellation put down to the customer's absence: "returned because nobody collected it".
    id: 'en-blame-customer-nobody-collected',
    class: 'blame_customer',
    severity: 'warning',
    patterns: [
      '=because|=since|=as =nobody|=noone =was =home|=in|=available|=there|=present',
      '=because|=since|=as =nobody|=noone =collected|=answered|=picked|=signed|=opened|=responded|=claimed',
      '=because|=since|=as =no =one =was =home|=in|=available|=there|=present',
      '=because|=since|=as =no =one =collected|=answered|=picked|=signed|=opened|=responded|=claimed',
      "=because|=since|=as =it|=parcel|=order|=package =wasn't|=was =not? =collected|=claimed|=picked =up? =in|=within|=on",
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'The parcel was returned because nobody collected it within 7 days.',
      'Your booking was cancelled as no one was home when the engineer called.',
      'The driver left since nobody answered the door.',
      "It went back to the sender because it wasn't collected within the pickup window.",
    ],
    allows: [
      'The parcel came back to us because nobody at the depot scanned it, and we are sorry.',
      'If nobody is home, the driver now leaves it with a neighbour or in a safe place.',
      'It was cancelled because our engineer was ill, and we have rebooked you for Friday.',
    ],
  },
  {
    // The customer's own setting or input named as the cause: "an upright kept two feet from a radiator, as yours is,
    // will drift", "the terms come straight from the glossary your company sent us".
    id: 'en-blame-customer-as-yours-is',
    class: 'blame_customer',
    severity: 'warning',
    patterns: [
      ', =as =yours =is|=was|=has|=had|=does|=did ,',
      '=kept|=left|=stored|=placed|=standing|=sitting|=sat|=hung|=parked =near|=beside|=by|=next|=against|=under|=over ~2 =radiator|=radiators|=heater|=heaters|=fireplace|=stove|=boiler|=fire',
      '=kept|=left|=stored|=placed|=standing|=sitting|=sat|=hung|=parked ~2 =feet|=foot|=inches|=metres|=meters|=cm|=metre|=meter =from|=of ~2 =radiator|=radiators|=heater|=heaters|=fireplace|=stove|=boiler|=fire',
      '=come|=comes|=came|=taken|=copied|=lifted =straight|=directly|=verbatim =from|=out ~4 =you|=your =company|=team|=office|=side? =sent|=supplied|=provided|=gave|=uploaded|=wrote|=approved|=filled|=completed',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'An upright kept two feet from a radiator, as yours is, will drift within days.',
      'A guitar left next to a heater will crack sooner or later.',
      'Leather boots stored by a fireplace dry out, as yours have, within a season.',
      'The wording comes straight from the brief you sent us.',
      'Those prices were taken directly from the spreadsheet your team supplied.',
      'Every date came straight from the form you filled in.',
    ],
    allows: [
      'The error came from the file we sent you, and we are sorry.',
      'Please keep the piano away from the radiator, and our tuner will check it again for free.',
      'We will repair it free of charge, as yours is still under warranty.',
    ],
  },
  {
    // Pointing at where the customer could have found it: "the size chart sits right next to the basket button for
    // exactly this reason", "it's worth double-checking", "the house rules you accepted when booking".
    id: 'en-blame-customer-for-this-reason',
    class: 'blame_customer',
    severity: 'warning',
    unlessPrevious: ['now', "we've", 'have'],
    patterns: [
      '=sits|=is|=are|=appears|=shown|=displayed|=listed|=printed|=placed ~6 =for =exactly|=precisely =this|=that|=such =reason|=situation|=purpose|=case',
      '=worth double-checking',
      '=it =helps|=pays =to ~1 =spell|=type|=enter|=write|=check|=read ~2 =correctly|=properly|=carefully|=first',
      '=rules|=terms|=conditions|=policy =you =accepted|=agreed|=ticked|=signed =when|=at|=on|=during =booking|=checkout|=signup|=registration',
      '=we =did =send ~2 =reminders|=reminder|=emails|=notices|=warnings|=letters|=texts',
      '=we =did =remind|=warn|=tell =you',
      '=only =work =with =the|=what ~3 =given|=brought|=supplied',
      // What other customers manage: "which most users set to install automatically", "students who keep up don't usually…".
      '=which|=that =most|=many ~6 =automatically',
      "=who ~6 =don't =usually|=normally|=generally|=tend ~1 =find|=have|=get|=see|=struggle ~3 =this|=that|=these|=problem|=problems|=issue|=issues|=unfair|=difficult|=hard",
      '=who ~6 =rarely|=seldom =find|=have|=get|=see|=struggle ~3 =this|=that|=these|=problem|=problems|=issue|=issues|=unfair|=difficult|=hard',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'The size chart sits right next to the basket button for exactly this reason.',
      'The confirmation goes to whatever address is typed in, so it is worth double-checking.',
      'Tickets are checked against the name on the booking, so it helps to spell it correctly.',
      'The late check-out fee is in the house rules you accepted when booking.',
      'We did send three reminders about the deadline.',
      'Our groomer can only work with the coat she is given.',
      'The app needs version 5, which most users have set to update automatically.',
      "Drivers who check their tyre pressure monthly don't usually see this wear.",
      'Customers who follow the care card rarely have this problem.',
    ],
    allows: [
      'We have now put the size chart right next to the basket button for exactly this reason.',
      'We sent the reminder to the wrong address, and we are sorry.',
      'Our reminders only went to the student inbox, so we are adding text reminders too.',
      'We did send a confirmation, but it seems to have gone astray, so here is another copy.',
      'Most customers get their refund automatically within five days.',
      'Members who book online do not usually need to pay a deposit.',
    ],
  },
  {
    // The damage put on the customer's own vehicle, pet or children: "the door was damaged by your own vehicle".
    id: 'en-blame-customer-damaged-by-your',
    class: 'blame_customer',
    severity: 'warning',
    patterns: [
      '=was|=were|=got|=been =damaged|=scratched|=dented|=broken|=cracked|=bent|=caused|=scuffed|=chipped|=ripped|=torn|=stained =by =your =own? =vehicle|=car|=van|=truck|=trailer|=dog|=dogs|=cat|=children|=kids|=child|=pet|=pets|=son|=daughter|=guests|=driving|=reversing|=handling|=misuse|=bike|=luggage|=suitcase',
    ],
    message: MESSAGES.blameCustomer,
    seed: '001_99740eb2e90c6ca5.txt',
    examples: [
      'The door was damaged by your own vehicle.',
      'The sofa fabric was ripped by your dog, as the photos show.',
      'The scratches were caused by your reversing, not by our barrier.',
      'The screen got cracked by your kids, not in transit.',
    ],
    allows: [
      'If anything was damaged by our crew, we will pay for the repair.',
      'The door was damaged by our van while parking, and we will repair it this week.',
      'Was the case damaged by the courier? Send us a photo and we will replace it.',
    ],
  },
];
