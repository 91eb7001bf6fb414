/**
 * Fills a phrase-bank template: {slot} takes a value; a [bracketed segment] disappears whole when one of its
 * slots has no value, so a template reads naturally with and without the optional fact.
 */
export type Slots = Readonly<Record<string, string | undefined>>;

const SLOT = /\{(\w+)\}/g;
const OPTIONAL = /\[([^[\]]*)\]/g;

export function fill(template: string, slots: Slots): { text: string; used: string[] } {
  const used = new Set<string>();
  const withOptional = template.replace(OPTIONAL, (_, segment: string) => {
    const names = [...segment.matchAll(SLOT)].map((match) => match[1] as string);
    if (names.some((name) => !slots[name])) return '';
    names.forEach((name) => used.add(name));
    return segment;
  });
  const text = withOptional.replace(SLOT, (whole, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`phrase template needs {${name}}: ${template}`);
    used.add(name);
    return value;
  });
  return { text, used: [...used] };
}

/** The slot names a template uses, for the bank hygiene test. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1] as string);
}
