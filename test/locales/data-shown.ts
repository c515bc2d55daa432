/**
 * What a translated sentence must show because the English one does: the data among its facts.
 */

/** The data a sentence shows that every language must show too: quoted titles, JSON ids and calendar dates (not codes, which a language may word). */
export function dataShown(text: string, facts: unknown): string[] {
  const shown: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if ((/^\d{4}-\d{2}-\d{2}$/.test(value) || value.length > 3) && text.includes(value) && !/^[a-z_]+$/.test(value)) shown.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(facts);
  return shown;
}

/** The problems of one translated sentence against the English one: none, a broken string, the English itself, or data left out. */
export function sentenceProblems(code: string, english: string, translated: unknown, facts: unknown): string[] {
  if (typeof translated !== 'string' || translated.trim() === '' || /undefined|NaN|\[object/.test(translated)) return [`${code}: ${JSON.stringify(translated)}`];
  const problems: string[] = [];
  if (translated === english) problems.push(`${code}: the English sentence ${JSON.stringify(english)}`);
  for (const data of dataShown(english, facts)) if (!translated.includes(data)) problems.push(`${code}: ${JSON.stringify(translated)} lacks ${JSON.stringify(data)}`);
  return problems;
}
