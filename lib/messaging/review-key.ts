/** A short, stable key for a review on a page: same text and author give the same key after re-renders. */
export function reviewKey(review: { text: string; author?: string; site?: string }): string {
  const source = `${review.site ?? ''}\u0000${review.author ?? ''}\u0000${review.text.trim().slice(0, 2000)}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822507);
  }
  return `r${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
