import type { SignalLexicon } from './types';

export const signals: SignalLexicon = {
  empathy: [
    'in such detail', 'in detail', 'want to help', 'for so long', 'all these years', 'for =being honest', 'thank* ~3 choosing us',
    'sorry', 'apolog*', 'regret*', 'unacceptable', 'frustrat*', 'disappoint*', 'upsetting', 'understand', 'understandabl*',
    'we hear you', 'no one|customer|parent|guest|patient|client should', 'nobody should', 'what went wrong', 'not okay', 'not ok', 'should not have happened', "shouldn't have happened", 'not the experience', 'not the standard|quality|level', 'not up to ~1 standard|standards', 'unwelcome', 'appreciate how|that', 'not the welcome|start|visit|service we want', 'can see why', 'we see why',
    'must have been', "you're right", 'you are right', 'fair point', 'let you down', 'a pain', 'my bad', 'our mistake', 'our fault', 'our error', 'take* ~3 seriously', 'fair feedback|criticism|comment', 'on us', 'that is awful', 'how annoying', 'ashamed', 'embarrass*', 'stuck|stayed with us', 'hit* home', 'hard|painful to read', 'stings', 'oh no', 'thank* ~3 describing|flagging|spotting|reporting ~6 so|this|it|the', 'is|was|sounds rough', 'never ignore',
    // feelings named plainly, and imagining it
    'test* ~2 patience', 'no joke|fun', 'disheartening', 'rotten', 'gutted', 'infuriating', 'distressing', '=heartbreaking', 'nightmare', 'exhausting', 'awful', 'horrible', 'terrible', 'miserable', 'scary|frightening|alarming',
    'worries us', 'deeply|really|genuinely|truly concerns us', 'is|it\'s|was|sounds|be|been worrying|concerning', "we're worried|concerned", 'we are|were worried|concerned', 'must have felt|ruined|spoiled', 'the shine off',
    "we'd|would ~1 be|feel ~2 furious|angry|annoyed|upset|livid|fuming|frustrated|cross|same", 'feel ~1 the same', 'in your shoes|position', 'nobody wants|likes', 'no one wants|likes', 'we|i can ~1 imagine', 'imagine how', 'what a ~2 way to', 'not what you ~1 needed|expected|wanted|deserved|paid', 'last thing you ~1 need|needed|want|wanted', 'would ~1 frustrate|annoy|upset|anger ~1 anyone|anybody',
    'hurtful', '=ugh|=argh', 'natural|normal|understandable to ~1 feel', 'natural|normal to be ~1 upset|annoyed|angry|frustrated|disappointed|cross|worried', 'feel ~2 ignored|unwelcome|fobbed|brushed|neglected|overlooked|dismissed|cheated|invisible', 'unpleasant', 'what|such a shame', 'a real shame',
    // owning it, agreement
    'drop* the ball', 'mess* up', 'we messed', 'we own that|it|this', 'slip* up', 'fell|fall short', 'full responsibility', 'we failed', "didn't|not|failed ~2 live up", 'not our finest|best', 'got it|this|that wrong', 'we agree', 'we fully|completely|totally|entirely|absolutely agree', "couldn't agree", 'point taken', 'fair remark|observation', 'thank* ~3 patience', "we didn't ~3 properly|right", 'we did not ~3 properly|right', "you're ~1 right", 'you are|were ~1 right', 'every right', 'right to expect better|more', 'right to be|feel ~2 upset|annoyed|angry|frustrated|disappointed|cross|furious|concerned|worried',
    'you deserved|deserve better|more|a|an|to|far|much', 'should have been ~2 magical|special|perfect|memorable|relaxing|better|smooth|easy|simple', 'should never have ~2 happened|become|been|had', 'become|became your problem',
    "not|isn't|wasn't how we ~1 wanted|want|hoped|intended|planned|expected", 'unfair to|on|for you', 'not fair to|on|for you', 'completely|totally|entirely|perfectly|absolutely valid', 'valid concern|point|complaint|question', "wasn't|=never good enough", 'was not good enough', "simply|just|frankly|honestly|plainly not|isn't good enough",
    // concern for a child, pet, health
    'we hope ~4 healing|better|recovering|recovered|well|okay|ok|fine', 'poor pup|thing|dog|cat|kid|boy|girl|puppy|kitty|baby|little', 'get well', 'hope ~4 feeling|=doing ~1 better|okay|well', 'wishing ~3 speedy|quick|recovery|better', 'speedy|quick|full recovery', 'especially with ~2 kids|children|baby|child',
  ],
  nextStep: [
    'working on|with', 'next time', 'already ~1 fixed|fixing|replaced|replacing|working|checking|sent|refunded',
    'next week', "we've|we|we'll|we're|have|has|been|is|are|=being ~1 changing", 'switching',
    'would like to', "we'd like to", 'on the house', 'reply to', 'just reply',
    '=check|=checks|=checked|=checking', 'added', 'ask at|for', 'now do|run|check', 'booked for|in', 'scheduled', 'passed ~3 to', 'next drink|coffee|meal|visit|order|one ~2 on us', 'as soon as', 'just tell us', 'let us know', 'look into', 'looking into', 'investigat*', 'call*', 'contact*', 'email*', 'e mail*', 'send*', 'sent',
    'refund*', 'replac*', 'fix*', 'reach*', 'follow up', 'follow-up', 'arrang*', 'credit*', 'deduct*', 'waiv*', 'resend*', 'reship*',
    'resolv*', 'sort out', 'sort it', 'escalat*', 'compensat*', 'get back to you', 'update you', '=write to', 'message us',
    'dm', 'ship it|your|today|tomorrow', 'will ship|deliver', 'reship*', 'redeliver*', 'deliver it|your', 'return*', 'cancel*', 'issue a', 'voucher', 'discount', 'by tomorrow', 'today',
    'within # hours|days', 'bring ~3 in|back|along', 'free of charge', 'by the end of the day|week|month', 'when ~3 convenient|suits', 'while you wait', "we'd|we'll be glad|happy|love", 'we would be glad|happy|love', 'invite*', 'from monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow', 'from the #|first|1st|start|beginning|next|end', 'from this|next weekend|week|month|year', 'get it sorted', "will|we'll try again", 'this week', 'next week', 'through|via|in our app|website', 'talk with|to you', 'by monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'ring* you|back', 'repair*', 'give* you ~2 free', 'put in', 'come back', 'with the code',
    // money back, a case reopened or reviewed
    'within ~2 days|hours|minutes|weeks|business|working', 'back on|to|into your card|account|statement', 'reopen* your|the case|ticket|claim|complaint|order|account', "we've|we|have|has|been reopen*", 'reimburs*', 'money back', 'full amount will|has|is|back', 'pay you back', 'is|are|am|we\'re|now =reviewing', 'internal review', 'review* ~2 your|the case|charge|complaint|booking|account|claim', 'been|will|we|we\'ve|we\'ll reversed|reverse', 'drop off your',
    // offers on a next visit, a booking or time set, come in
    "we'd|we'll love to", 'we would|will love to', 'welcome you back', 'you ~3 complimentary', 'complimentary ~4 on|for you|your', 'whenever ~1 suits|convenient', "whenever you|you're ~2 free|ready|like|want|wish|convenient", 'your ~4 is|are|been reserved', "we've|we|have reserved", 'reserved for you', 'booked you', 'see you on|at|next|then', 'show ~4 at the', 'at our expense|cost', '=bring ~4 to', 'to any branch|store|shop', 'pop in|into|by|round', 'drop in|into|round', 'drop by the|any|our|anytime|whenever',
    'will be back', "will|can|we'll ~5 monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight", "will|we'll|can|by ~5 tonight|afternoon|morning|evening", 'later today', 'out for delivery', 'come out|round|over', 'if that works|suits', 'works for you', 'redo', 're-do', 'will correct', 'take it from there', 'hold ~2 table|room|seat|seats|place|spot', '^ come ~3 desk|counter|reception|store|shop|branch|office|salon|studio', 'please|just|can|then|and|to come ~3 desk|counter|reception|store|shop|branch|office|salon|studio', 'swap*', 'exchang* it|them|the|your|for', 'on the spot',
    'extend* your', 'at no cost|charge', 'no extra|additional cost|charge',
    // a change already made
    'off the menu', 'rolled back', 'working again', 'can|will honour|honor', 'off your next', 'use the|this|your code|voucher|promo', 'new procedure|policy|process|system|rota|checklist', 'put ~3 in place', 'extra ~1 staff|cleaning|check|checks|round|rounds|training', 'spoken|talked ~2 to|with ~3 team|staff|driver|manager|colleague|colleagues|courier|chef|stylist|waiter|crew', 'reply ~3 here|below', 'been retrained|reminded|briefed', "we've|we|now ~1 updated|retrained|introduced|removed|revised|reworked|rewritten|briefed|trained|reminded|installed|fitted|extended|adjusted|changed",
  ],
  privateChannel: [
    'dm', 'direct message*', 'private message*', '=privately', 'in private', 'offline', 'directly', 'email us',
    'e-mail us', 'email me', '=write to us|me', 'reach out to us|me', 'contact us|me', 'call us|me', 'give us a call',
    'message us|me', 'by email|phone|mail', 'via email|mail|phone|dm|chat|support', 'at support|care|help|info',
    'in-app support', 'in the app', 'in-app chat|message*', 'secure message*', 'talk with|to you', 'give you a call', 'call you', 'email you', 'set up a call', 'contact|call|email you ~4 arrange|schedule|book|organise|organize ~2 meeting|call|visit', 'phone number', 'inbox',
  ],
  wayRound: ['we can help', "we'll help|show", "here's how", 'we can offer', "we'd like to offer", 'what we can do is'],
  thanksForReview: ['thank* ~3 review|feedback|comment|comments|rating|words|message|impressions|thoughts', 'review|feedback|comment received|noted ~2 thank*'],
};
