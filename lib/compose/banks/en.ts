import type { Bank } from '../bank';

export const en: Bank = {
  greeting: {
    named: {
      warm: ['Hi {name},', 'Hello {name},', '{name}, hello,'],
      neutral: ['Dear {name},', 'Hello {name},', 'Hello, {name}.'],
      light: ['Hey {name},', 'Hi there {name},', 'Hello {name}!'],
    },
    unnamed: {
      warm: ['Hello,', 'Hi there,', 'Hello, and thank you for writing to us.'],
      neutral: ['Hello,', 'Hello there,', 'Hello, and thanks for getting in touch.'],
      light: ['Hey there,', 'Hi!', 'Hello!'],
    },
  },
  restatement: {
    legal_threat: [
      'We can see things have gone so far that you are ready to take formal steps[, even though you have contacted us {attempts}].',
      'We understand you are unhappy enough with how this went to be thinking about court or a regulator.',
      'You write that you see no way forward other than a formal claim[, and that this has dragged on for {duration}].',
    ],
    staff_rudeness: [
      'You told us that[ when you spoke {staff}] you were treated rudely and without respect.',
      'The heart of your review is clear: instead of help, you were met with rudeness[ when you dealt {staff}].',
      'You write that you got curtness and disrespect instead of help[ while talking {staff}].',
    ],
    loyal_customer: [
      'You have been with us for a long time, and this time we fell short of what you are used to.',
      'You have chosen us for years, which makes it all the more disappointing that this time things went wrong.',
      'You have been with us a long while, so it is especially hard to hear that this time you did not get the quality you know[, and waited {duration} for a fix].',
    ],
    delivery_problem: [
      'Your order did not reach you on time[ — you have been waiting {duration}][, and you had to contact us {attempts}].',
      'You told us the delivery went wrong[: you waited {duration}][, and talking {staff} did not clear anything up].',
      'We can see how this looks from your side: the order was placed, yet nothing has arrived[ after {duration}][, and even talking {staff} did not help].',
    ],
    billing_problem: [
      'You write that you were charged more than you expected, and nobody explained why.',
      'We understand the core of it: the amount you paid was not the one you expected[, and talking {staff} did not make it clearer].',
      'The final amount turned out different from what you were promised[, and you have been sorting this out for {duration}].',
    ],
    product_defect: [
      'You told us the quality let you down: what you received does not match the description or what you expected.',
      'You write about a defect: something you paid for does not work the way it should[, and this has gone on for {duration}].',
      'You expected a good result and got a faulty one[, and it is still not fixed although you contacted us {attempts}].',
    ],
    service_outage: [
      'You write that the service has not been working[ for {duration}] and you cannot do what you came to us for.',
      'We understand that an outage has left you without access to the service[, and for {duration} now].',
      'The service let you down at the worst moment: something that should simply work does not[, and has not for {duration}].',
    ],
    unresponsive_support: [
      'You tried to reach us[ {attempts}] and never got a clear answer.',
      'You told us promises were not kept and your question was passed from person to person[ for {duration}].',
      'You contacted us[ {attempts}][ and spoke {staff}], yet still do not know what is going on or when it will be sorted.',
    ],
    contract_dispute: [
      'We can see you have serious questions about how the work under our contract was done and how the deadlines were kept.',
      'We understand you disagree with how our work together has gone and want to get to the bottom of it.',
      'You write about disagreements over the work and the terms of the contract[, and that this has lasted {duration}].',
    ],
    general_complaint: [
      'You told us you came away unhappy[, including after dealing {staff}].',
      'It is clear from your review that things turned out nothing like you expected.',
      'We read your review carefully: your experience with us was a disappointment[, and it has gone on for {duration}].',
    ],
    not_negative: [
      'Thank you for taking the time to share your impressions; we read every review and will pass your words on to the team.',
      'It is lovely that you wrote to us and told us how it went: reviews like this are why we do what we do every day.',
      'We are glad you are with us and found a minute to tell us about your experience: stories like this keep us going.',
    ],
  },
  empathy: {
    apology: {
      warm: [
        'We are truly sorry this happened.',
        'Sorry, this should not have happened, and we feel bad about it.',
        'We know how frustrating this is, and we apologise.',
      ],
      neutral: [
        'We are sorry; this is a serious problem.',
        'We understand how frustrating this is, and we apologise.',
        'This is serious, and we apologise.',
      ],
      light: [
        'Yes, we dropped the ball here. Sorry!',
        'That is not the experience we ever want to give you. We are sorry.',
        'We would be annoyed too in your place. Our apologies.',
      ],
    },
    regret: {
      warm: [
        'We are sorry it has come to this, and we understand how serious it is for you.',
        'We regret that this has upset you so much, and we want to look into it calmly.',
        'We understand this has hurt, and we take what you say seriously.',
      ],
      neutral: [
        'We regret that the situation has turned out this way, and we take your words seriously.',
        'We are sorry you have had to deal with this, and we want to look into it properly.',
        'We understand that this is a serious matter for you.',
      ],
    },
    understanding: {
      warm: [
        'We understand how draining this is, so let us work it out together.',
        'We can imagine how annoying it is when something does not work, and we want to help.',
        'We are sorry you ran into this; it really is annoying.',
      ],
      neutral: [
        'We understand how inconvenient this is.',
        'We are sorry you ran into this.',
        'We understand this is getting in your way.',
      ],
      light: [
        'We understand: technology loves to let us down at the worst possible moment.',
        'We know that feeling, and we are sorry you are stuck with it. Let us beat this problem together.',
        'We understand how annoying it is when things should work and do not. Let us find the cause.',
      ],
    },
    thanks: {
      warm: ['That means a lot to us!', 'Thank you for the kind words!', 'Reviews like yours make the whole team happy.'],
      neutral: ['Thank you for your review.', 'Thank you for the feedback.', 'Thanks for sharing this with us.'],
      light: ['You just brightened our whole week!', 'We are printing this and putting it on the wall 🙂', 'The whole team is reading this and smiling!'],
    },
  },
  customerFault: [
    'Sometimes the cause sits outside our service, with the internet provider or in the device settings, and we will help you find out where.',
    'We will check everything on our side and suggest what to look at on yours, and if it turns out to be the provider, who to contact.',
    'Let us find the fault together: we will check our part and tell you what else can be checked and who can help.',
  ],
  relationship: [
    'You have been with us for a long time, and that matters a great deal to us, so we want to put this right in a way that works for you.',
    'As a long-standing customer you are especially important to us, and we want you to get the level you are used to again.',
    'We value that you have chosen us for so long, and we want to find a solution made for you.',
  ],
  investigation: [
    'We do not tolerate disrespect towards customers, and we will run an internal investigation: talk to the team, check the records and act on what we find.',
    'We take cases like this very seriously and have already started an internal review to find out what happened.',
    'This is a serious signal for us. We will run an internal investigation and tell you what we have done about it.',
  ],
  legalPrivacy: [
    'We would rather not go into the details here in public: they concern your personal information and deserve a calm conversation.',
    'To keep your personal details out of public view, we suggest we discuss the specifics directly.',
    'The details are better discussed directly than in an open review, so that we can look into everything calmly.',
  ],
  escalation: [
    'So that nothing gets lost in the comments, we ask everyone who was really affected to contact us directly, and we will answer each of you.',
    'Rather than argue in the thread, we ask anyone this has affected to write to us directly, and we will look at each case.',
    'Instead of replying in the comments, we will answer everyone personally: if this affected you, please contact us directly.',
  ],
  compensation: {
    offer: [
      'As an apology, we would like to offer you this: {offer}.',
      'To make up for it at least a little, we would like to offer you this: {offer}.',
      'And a small thank-you for your patience: {offer}.',
    ],
    generic: [
      'We would like to offer you compensation, and we will choose it together with you.',
      'We want to make this right, so we will suggest a solution that suits you personally.',
      'We will think about how to make this up to you and suggest something personally.',
    ],
  },
  nextStep: {
    complaint: {
      warm: [
        'We are already looking into it and will come back to you with an answer {within}.',
        'We will check everything and write to you {within} with a concrete solution.',
        'We are on it right now, and {within} we will tell you what we have been able to do.',
      ],
      neutral: [
        'We will look into the situation and reply to you {within}.',
        'You will get an answer with a solution {within}.',
        'We will sort this out and get back to you {within}.',
      ],
      light: [
        'Sleeves are rolled up, and we will be back with an answer {within}.',
        'We are on the case and will be back with news {within}.',
        'The team is already on it: {within} we will tell you how it went.',
      ],
    },
    thanks: {
      warm: ['We look forward to seeing you again!', 'Come back any time; we are always happy to help.', 'We would love to see you again soon.'],
      neutral: ['We look forward to seeing you again.', 'We hope to see you again soon, and we are always glad to help.', 'We will be glad to help next time too.'],
      light: ['Come back soon, we miss you already!', 'See you next time, the kettle is on.', 'Until next time, we will be right here!'],
    },
  },
  privateChannel: {
    complaint: {
      withContacts: [
        'Please contact us directly {channels}.',
        'You can reach us {channels}; that way it is quicker and calmer.',
        'The easiest way is to talk it through directly, {channels}.',
      ],
      withoutContacts: [
        'Please send us a direct message so we can go through everything calmly.',
        'Let us continue in private messages: please write to us there.',
        'Please send us a private message; that way we can sort this out faster.',
      ],
    },
    thanks: {
      withContacts: [
        'If you have any questions, you can always reach us {channels}.',
        'If you ever need anything, we are available {channels}.',
        'Questions or wishes? You can easily reach us {channels}.',
      ],
      withoutContacts: [
        'If you have any questions, send us a private message and we will answer.',
        'If you ever need anything, just send us a direct message and we will answer quickly.',
        'Questions or wishes? Send us a private message, we are here.',
      ],
    },
  },
  signOff: {
    warm: ['Warm regards,', 'All the best,', 'Take care,'],
    neutral: ['Kind regards,', 'Best regards,', 'Regards,'],
    light: ['Talk soon,', 'Cheers,', 'Virtual hugs,'],
  },
  signer: { both: '{agent}, {company}', agentOnly: '{agent}', companyOnly: 'The {company} team', none: 'The support team' },
  within: { one: 'within {n} hour', other: 'within {n} hours', day: 'within 24 hours' },
  attempts: { one: 'once', other: '{n} times' },
  channel: { email: 'by e-mail at {email}', phone: 'by phone on {phone}', dm: 'by direct message ({dm})', url: 'through {url}', or: 'or' },
  staff: {
    courier: { male: 'with the courier' },
    manager: { male: 'with the manager' },
    operator: { male: 'with the call centre agent' },
    waiter: { male: 'with the waiter', female: 'with the waitress' },
    administrator: { male: 'with the administrator' },
    driver: { male: 'with the driver' },
    consultant: { male: 'with the sales consultant' },
    cashier: { male: 'with the cashier' },
  },
};
