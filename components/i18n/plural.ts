/** Picks the plural form CLDR rules give for n in a language ("1 предупреждение", "2 предупреждения", "5 предупреждений"). */
export function plural(language: string, n: number, forms: { one: string; few?: string; many?: string; other: string }): string {
  const category = new Intl.PluralRules(language).select(n);
  const word = (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  return `${n} ${word}`;
}

export function joinCounts(parts: string[]): string {
  return parts.filter(Boolean).join(', ');
}
