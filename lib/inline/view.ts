/** The window of a document with its constructors typed (content scripts and jsdom have their own globals). */
export type PageWindow = Window & typeof globalThis;

export function windowOf(doc: Document): PageWindow {
  return doc.defaultView as PageWindow;
}
