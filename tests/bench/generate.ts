/**
 * Generated French-like interview text for benchmarks: deterministic (seeded), speaker turns of
 * varied length, accents, elisions and typographic punctuation, so the figures are reproducible.
 */
const WORDS = (
  'la ville données habitants confiance service public élus prestataires contrat souveraineté ' +
  'partage gouvernance capteurs transparence numérique agents compétences projet métropole ' +
  'stationnement réseau éclairage chaleur usage règle charte juridique européen stratégie ' +
  'l’école d’abord qu’on aujourd’hui c’est très bien alors donc mais pourtant ensuite toujours ' +
  'nous vous ils elles avons faisons pouvons devons voulons savons était sera serait'
).split(' ');

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateInterview(words: number, seed = 1): string {
  const rnd = seededRandom(seed);
  const turns: string[] = [];
  let written = 0;
  let speaker = 0;
  while (written < words) {
    const length = 10 + Math.floor(rnd() * 120);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      let w = WORDS[Math.floor(rnd() * WORDS.length)]!;
      if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
      parts.push(w);
      if (rnd() < 0.08) parts[parts.length - 1] += rnd() < 0.5 ? ',' : ' ;';
    }
    turns.push(`${speaker % 2 === 0 ? 'Enquêtrice' : 'Participant'} : ${parts.join(' ')}.`);
    written += length + 1;
    speaker++;
  }
  return turns.join('\n\n');
}
