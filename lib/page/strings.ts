/** The few words Tactful shows inside a page, in the page's language (or the browser's). */

const STRINGS = {
  en: { draftReply: 'Draft reply', reply: 'Reply', replyTo: (author: string) => `Draft a reply to ${author}` },
  ru: { draftReply: 'Черновик ответа', reply: 'Ответить', replyTo: (author: string) => `Черновик ответа: ${author}` },
  uk: { draftReply: 'Чернетка відповіді', reply: 'Відповісти', replyTo: (author: string) => `Чернетка відповіді: ${author}` },
  bg: { draftReply: 'Чернова на отговор', reply: 'Отговор', replyTo: (author: string) => `Чернова на отговор: ${author}` },
} as const;

export type PageStrings = (typeof STRINGS)[keyof typeof STRINGS];

export function pageStrings(doc: Document): PageStrings {
  const candidates = [doc.documentElement.lang, doc.defaultView?.navigator.language ?? ''];
  for (const tag of candidates) {
    const code = tag.toLowerCase().split('-')[0];
    if (code && code in STRINGS) return STRINGS[code as keyof typeof STRINGS];
  }
  return STRINGS.en;
}
