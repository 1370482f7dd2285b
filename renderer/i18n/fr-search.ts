/**
 * French strings of search across transcripts: the box, the results, the filters, auto-coding and
 * the query help. Merged into `fr` (their shape is part of `Messages`).
 */
const nf = new Intl.NumberFormat('fr-FR');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x < 2 ? one : other}`;
const q = (s: string): string => `« ${s} »`;

export const frSearch = {
  search: {
    tab: 'Recherche',
    boxLabel: 'Rechercher dans tous les entretiens',
    boxPlaceholder: 'Rechercher…',
    clear: 'Effacer la recherche',
    panelLabel: 'Résultats de la recherche',
    intro: 'Tapez des mots dans la barre du haut : tous les entretiens sont cherchés, avec ou sans accents, au singulier comme au pluriel.',
    count: (hits: number, documents: number) => `${pl(hits, 'passage', 'passages')} dans ${pl(documents, 'entretien', 'entretiens')}`,
    capped: (limit: number) => `Les ${n(limit)} meilleurs passages sont affichés : précisez la recherche pour voir les autres.`,
    none: (query: string) => `Aucun passage ne correspond à ${q(query)}.`,
    noneFiltered: 'Les filtres actifs écartent peut-être des passages.',
    searching: 'Recherche…',
    fellBack: 'La requête était mal formée : elle a été lue comme une simple liste de mots.',
    indexing: (done: number, total: number) => `Indexation des entretiens : ${n(done)} sur ${n(total)}…`,
    indexingStart: 'Indexation des entretiens…',
    openHit: (document: string) => `Ouvrir ce passage de ${q(document)}`,
    selectHit: 'Sélectionner ce passage pour le codage automatique',
    selectDocument: (document: string) => `Sélectionner tous les passages de ${q(document)}`,
    noSpeaker: 'Sans locuteur',
    help: {
      toggle: 'Syntaxe de recherche',
      title: 'Comment chercher',
      words: ['confiance données', 'tous ces mots, sous toutes leurs formes (négocier trouve négocie, négociaient, négociations ; prendre trouve pris)'],
      phrase: ['"réseau de chaleur"', 'cette expression exacte'],
      exclude: ['données -personnelles', 'sans ce mot'],
      prefix: ['numéri*', 'les mots qui commencent ainsi'],
      fuzzy: ['cofiance~1', 'tolère une faute de frappe (1 lettre)'],
      accents: 'Accents, majuscules et élisions (l’école) sont ignorés.',
      language: 'Langue des entretiens (racines des mots)',
      languages: { fr: 'Français', en: 'Anglais', 'fr+en': 'Français et anglais' },
    },
    filters: {
      title: 'Filtres',
      active: (x: number) => pl(x, 'filtre actif', 'filtres actifs'),
      clearAll: 'Effacer les filtres',
      documents: 'Entretiens',
      allDocuments: 'Tous les entretiens',
      attributes: 'Attributs des participants',
      noAttributes: 'Aucun attribut de participant.',
      codes: 'Codes',
      codesInside: 'Dans les passages codés',
      codesOutside: 'Hors des passages codés',
      noCodes: 'Aucun code.',
      codesBlind: 'Codages : seulement les vôtres (codage à l’aveugle)',
      speakers: 'Locuteurs',
      speakersInclude: 'Seulement ceux-ci',
      speakersExclude: 'Tous sauf ceux-ci',
      excludeInterviewer: 'Sans l’enquêteur·rice',
      excludeInterviewerHint:
        'Laisse de côté les intervenants marqués enquêteur·rice (Q, Enquêtrice…) et, là où des intervenants sont liés à des participants, ceux qui ne le sont pas.',
      noSpeakers: 'Aucun locuteur.',
    },
    autoCode: {
      title: 'Codage automatique',
      code: 'Code à appliquer',
      chooseCode: 'Choisir un code…',
      newCode: 'Nouveau code…',
      newCodeName: 'Nom du nouveau code',
      level: 'Étendue',
      levels: { hit: 'Les mots trouvés', sentence: 'Leur phrase', turn: 'Le tour de parole' },
      applyAll: (x: number) => `Coder les ${pl(x, 'passage', 'passages')}`,
      applySelected: (x: number) => `Coder la sélection (${n(x)})`,
      selectAll: 'Tout sélectionner',
      selectNone: 'Désélectionner',
      selected: (x: number) => pl(x, 'passage sélectionné', 'passages sélectionnés'),
      done: (applied: number, code: string) => `${pl(applied, 'codage ajouté', 'codages ajoutés')} avec ${q(code)}.`,
      already: (x: number) => ` ${pl(x, 'passage était déjà codé', 'passages étaient déjà codés')}.`,
      nothing: (code: string) => `Tous ces passages sont déjà codés avec ${q(code)}.`,
      undo: 'Annuler',
      working: 'Codage…',
    },
  },
};

/** How Undo names an auto-coding (merged into `history.actions`). */
export const frSearchActions = {
  'search:autoCode': (s: string | null) => (s ? `le codage automatique avec ${q(s)}` : 'le codage automatique'),
};
