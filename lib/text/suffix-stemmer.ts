/**
 * A light suffix stemmer for languages without a Snowball stemmer in `snowball-stemmers` (Ukrainian,
 * Bulgarian). It strips the longest inflectional ending that leaves a stem with a vowel and at least
 * `minStem` letters. It does not aim at linguistic roots, only at giving every form of a word one key:
 * the matcher stems the pattern word and the text word with the same function.
 */
export interface SuffixStemmerSpec {
  vowels: string;
  /** Reflexive particles stripped first ("ся" / "сь"). */
  reflexive?: string[];
  /** Endings; the longest one that fits is removed. */
  endings: string[];
  /** Endings removed after the first pass (e.g. a soft sign). */
  finals?: string[];
  minStem: number;
}

export function createSuffixStemmer(spec: SuffixStemmerSpec): (word: string) => string {
  const endings = [...new Set(spec.endings)].sort((a, b) => b.length - a.length);
  const vowel = new RegExp(`[${spec.vowels}]`, 'u');
  const fits = (stemPart: string) => stemPart.length >= spec.minStem && vowel.test(stemPart);
  return (word) => {
    let w = word;
    for (const r of spec.reflexive ?? []) {
      if (w.endsWith(r) && fits(w.slice(0, -r.length))) {
        w = w.slice(0, -r.length);
        break;
      }
    }
    for (const e of endings) {
      if (w.endsWith(e) && fits(w.slice(0, -e.length))) {
        w = w.slice(0, -e.length);
        break;
      }
    }
    for (const f of spec.finals ?? []) {
      if (w.endsWith(f) && fits(w.slice(0, -f.length))) w = w.slice(0, -f.length);
    }
    return w;
  };
}
