import type { SignalLexicon } from './types';

export const signals: SignalLexicon = {
  empathy: [
    'in such detail', 'in detail', 'want to help', 'for so long', 'all these years', 'for =being honest', 'thank* ~3 choosing us',
    'sorry', 'apolog*', 'regret*', 'unacceptable', 'frustrat*', 'disappoint*', 'upsetting', 'understand', 'understandabl*',
    'we hear you', 'no one|customer|parent|guest|patient|client should', 'nobody should', 'what went wrong', 'not okay', 'not ok', 'should not have happened', "shouldn't have happened", 'not the experience', 'not the standard|quality|level', 'not up to ~1 standard|standards', 'unwelcome', 'appreciate how|that', 'not the welcome|start|visit|service we want', 'can see why', 'we see why',
    'must have been', "you're right", 'you are right', 'fair point', 'let you down', 'a pain', 'my bad', 'our mistake', 'our fault', 'our error', 'take* ~3 seriously', 'fair feedback|criticism|comment', 'on us', 'that is awful', 'how annoying', 'ashamed', 'embarrass*', 'stuck|stayed with us', 'hit* home', 'hard|painful to read', 'stings', 'oh no', 'thank* ~3 describing|flagging|spotting|reporting ~6 so|this|it|the', 'is|was|sounds rough', 'never ignore',
  ],
  nextStep: [
    'working on|with', 'next time', 'already ~1 fixed|fixing|replaced|replacing|working|checking|sent|refunded',
    'next week', 'changing', 'switching',
    'would like to', "we'd like to", 'on the house', 'reply to', 'just reply',
    'check*', 'added', 'ask at|for', 'now do|run|check', 'booked for|in', 'scheduled', 'passed ~3 to', 'next drink|coffee|meal|visit|order|one ~2 on us', 'as soon as', 'just tell us', 'let us know', 'look into', 'looking into', 'investigat*', 'call*', 'contact*', 'email*', 'e mail*', 'send*', 'sent',
    'refund*', 'replac*', 'fix*', 'reach*', 'follow up', 'follow-up', 'arrang*', 'credit*', 'deduct*', 'waiv*', 'resend*', 'reship*',
    'resolv*', 'sort out', 'sort it', 'escalat*', 'compensat*', 'get back to you', 'update you', 'write to', 'message us',
    'dm', 'ship it|your|today|tomorrow', 'will ship|deliver', 'reship*', 'redeliver*', 'deliver it|your', 'return*', 'cancel*', 'issue a', 'voucher', 'discount', 'by tomorrow', 'today',
    'within # hours|days', 'bring ~3 in|back|along', 'free of charge', 'by the end of the day|week|month', 'when ~3 convenient|suits', 'while you wait', "we'd|we'll be glad|happy|love", 'we would be glad|happy|love', 'invite*', 'from monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the', 'this week', 'next week', 'through|via|in our app|website', 'talk with|to you', 'by monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'ring* you|back', 'repair*', 'give* you ~2 free', 'put in', 'come back', 'with the code',
  ],
  privateChannel: [
    'dm', 'direct message*', 'private message*', 'privately', 'in private', 'offline', 'directly', 'email us',
    'e-mail us', 'email me', 'write to us|me', 'reach out to us|me', 'contact us|me', 'call us|me', 'give us a call',
    'message us|me', 'by email|phone|mail', 'via email|mail|phone|dm|chat|support', 'at support|care|help|info',
    'in-app support', 'in the app', 'in-app chat|message*', 'secure message*', 'talk with|to you', 'give you a call', 'call you', 'email you', 'set up a call', 'contact|call|email you ~4 arrange|schedule|book|organise|organize ~2 meeting|call|visit', 'phone number', 'inbox',
  ],
  wayRound: ['we can help', "we'll help|show", "here's how", 'we can offer', "we'd like to offer", 'what we can do is'],
  thanksForReview: ['thank* ~3 review|feedback|comment|comments|rating|words|message|impressions|thoughts', 'review|feedback|comment received|noted ~2 thank*'],
};
