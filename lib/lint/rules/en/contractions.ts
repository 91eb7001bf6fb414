/**
 * An English contraction is one token ("we've", "don't"), so "we have fired" would never match "we've fired".
 * withContractions adds to a pattern its variants with "subject + auxiliary" and "auxiliary + not" written
 * the contracted way, so a rule lists each phrase once.
 */

/** First word → second word → the two as one contracted word. */
type Contractions = Record<string, Record<string, string>>;

const SUBJECT_AUXILIARY: Contractions = {
  i: { am: "i'm", have: "i've", will: "i'll", would: "i'd", had: "i'd" },
  we: { are: "we're", have: "we've", will: "we'll", shall: "we'll", would: "we'd", had: "we'd" },
  you: { are: "you're", have: "you've", will: "you'll", would: "you'd", had: "you'd" },
  they: { are: "they're", have: "they've", will: "they'll", would: "they'd", had: "they'd" },
  he: { is: "he's", has: "he's", will: "he'll", would: "he'd", had: "he'd" },
  she: { is: "she's", has: "she's", will: "she'll", would: "she'd", had: "she'd" },
  it: { is: "it's", has: "it's", will: "it'll" },
  that: { is: "that's", has: "that's" },
  there: { is: "there's", has: "there's" },
  let: { us: "let's" },
};

const AUXILIARY_NOT: Contractions = Object.fromEntries(
  Object.entries({
    do: "don't",
    does: "doesn't",
    did: "didn't",
    is: "isn't",
    are: "aren't",
    was: "wasn't",
    were: "weren't",
    have: "haven't",
    has: "hasn't",
    had: "hadn't",
    will: "won't",
    would: "wouldn't",
    can: "can't",
    could: "couldn't",
    should: "shouldn't",
    must: "mustn't",
  }).map(([auxiliary, contracted]) => [auxiliary, { not: contracted }]),
);

/** The words of a required piece ("=will|would" → will, would); null for gaps, anchors and optional pieces. */
function wordsOf(piece: string): string[] | null {
  if (piece.startsWith('~') || piece.endsWith('?') || piece === '^' || piece === '$') return null;
  return piece.split('|').map((alternative) => alternative.replace(/^=/, '').toLowerCase());
}

/** The pattern with every contractible pair of neighbouring pieces merged, or null if it has none. */
function contract(pattern: string, table: Contractions): string | null {
  const pieces = pattern.trim().split(/\s+/);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < pieces.length; i++) {
    const first = wordsOf(pieces[i]!);
    const second = i + 1 < pieces.length ? wordsOf(pieces[i + 1]!) : null;
    const merged = new Set<string>();
    for (const a of first ?? []) {
      for (const b of second ?? []) {
        const form = table[a]?.[b];
        if (form) merged.add(form);
      }
    }
    if (merged.size > 0) {
      // Exact forms: the stem of "she's" is "she", so a plain "she's" would also match "she moved".
      out.push([...merged].map((form) => `=${form}`).join('|'));
      changed = true;
      i++;
    } else {
      out.push(pieces[i]!);
    }
  }
  return changed ? out.join(' ') : null;
}

/** The pattern and its contracted variants: "we will not ban you" also as "we'll not ban you" and "we won't ban you". */
export function withContractions(pattern: string): string[] {
  const variants = new Set([pattern]);
  for (const table of [SUBJECT_AUXILIARY, AUXILIARY_NOT]) {
    for (const variant of [...variants]) {
      const contracted = contract(variant, table);
      if (contracted) variants.add(contracted);
    }
  }
  return [...variants];
}
