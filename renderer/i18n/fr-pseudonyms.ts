/**
 * French strings of pseudonymization (issue 7): the anonymization view (suggestions, the pseudonym
 * table, rejected suggestions, word lists, identifying attributes, the key) and its two hooks in the
 * coding view (highlighting originals, pseudonymizing a selection). Merged into `fr`.
 */
import type { PseudonymCategory, WordListCategory } from '../../shared/contract';

const nf = new Intl.NumberFormat('fr-FR');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x < 2 ? one : other}`;
const q = (s: string): string => `« ${s} »`;

const categories: Record<PseudonymCategory, string> = {
  participant: 'Participants',
  person: 'Personnes',
  place: 'Lieux',
  organisation: 'Organisations',
  email: 'Courriels',
  phone: 'Téléphones',
  url: 'Adresses web',
  ip: 'Adresses IP',
  'postal-code': 'Codes postaux',
  address: 'Adresses postales',
  'date-of-birth': 'Dates de naissance',
  age: 'Âges',
  nir: 'Numéros de sécurité sociale',
  siret: 'Numéros SIRET',
  iban: 'IBAN',
  custom: 'Autres',
};

const category: Record<PseudonymCategory, string> = {
  participant: 'Participant',
  person: 'Personne',
  place: 'Lieu',
  organisation: 'Organisation',
  email: 'Courriel',
  phone: 'Téléphone',
  url: 'Adresse web',
  ip: 'Adresse IP',
  'postal-code': 'Code postal',
  address: 'Adresse postale',
  'date-of-birth': 'Date de naissance',
  age: 'Âge',
  nir: 'Sécurité sociale',
  siret: 'SIRET',
  iban: 'IBAN',
  custom: 'Autre',
};

/** Detection's reasons come from the core in English: the known ones are said in French. */
const reasons: Record<string, string> = {
  'speaker label': 'nom de locuteur',
  'participant name': 'nom de participant',
  participant: 'participant',
  'capitalised name': 'nom propre',
  'capitalised word': 'mot avec majuscule',
  'email address': 'adresse électronique',
  'web address': 'adresse web',
  'French phone number': 'numéro de téléphone français',
  'international phone number': 'numéro de téléphone international',
  'phone number': 'numéro de téléphone',
  'IPv4 address': 'adresse IPv4',
  'IPv6 address': 'adresse IPv6',
  'IBAN, mod 97 checked': 'IBAN, clé vérifiée',
  'NIR, key checked': 'NIR, clé vérifiée',
  'SIRET, Luhn checked': 'SIRET, clé vérifiée',
  'UK postcode': 'code postal britannique',
  'postal code before a town': 'code postal devant une commune',
  'town after its postal code': 'commune après son code postal',
  'street address': 'adresse postale',
  'in your word list': 'dans vos listes de mots',
  'marked as a date of birth': 'date de naissance annoncée',
  'marked as an age': 'âge annoncé',
  'known city': 'grande ville connue',
};
const reason = (r: string): string =>
  reasons[r] ??
  r
    .replace(/^after “(.+)”$/u, (_, cue: string) => `après ${q(cue)}`)
    .replace(/^attribute “(.+)”$/u, (_, name: string) => `attribut ${q(name)}`)
    .replace(/^named “(.+)”$/u, (_, head: string) => `appelé ${q(head)}`);

const lists: Record<WordListCategory, string> = { person: 'Personnes', place: 'Lieux', organisation: 'Organisations' };

export const frPseudonyms = {
  pseudonyms: {
    title: 'Anonymisation',
    intro:
      'Les transcriptions gardent les noms réels. Chaque entrée active de la table est remplacée dans les exports anonymisés, et un export où un original subsiste est refusé.',
    summary: (entries: number, enabled: number) => `${pl(entries, 'entrée', 'entrées')} dans la table · ${pl(enabled, 'active', 'actives')}`,
    detect: 'Détecter les identifiants',
    redetect: 'Relancer la détection',
    detecting: 'Détection en cours…',
    exportKey: 'Exporter la clé (CSV)',
    exportKeyTitle: 'La correspondance original ↔ pseudonyme, dans un fichier à part : gardez-la en lieu sûr, jamais avec les exports anonymisés.',
    keyFileName: 'clé des pseudonymes.csv',
    keyDownloaded: (x: number) => `Clé des pseudonymes téléchargée (${pl(x, 'entrée', 'entrées')}).`,
    keySaved: (x: number, path: string) => `Clé des pseudonymes enregistrée (${pl(x, 'entrée', 'entrées')}) : ${path}`,
    keyFailed: 'La clé n’a pas pu être téléchargée.',
    tabsLabel: 'Anonymisation',
    tabs: { suggestions: 'Suggestions', table: 'Table des pseudonymes', rejected: 'Rejetées', lists: 'Listes de mots', attributes: 'Attributs identifiants' },
    categories,
    category,
    suggestions: {
      startTitle: 'Repérer les identifiants',
      startBody:
        'La détection parcourt les entretiens, les participants et les attributs identifiants : noms, lieux, organisations, courriels, téléphones, numéros… Rien n’est remplacé avant votre validation.',
      noneTitle: 'Aucune nouvelle suggestion',
      noneBody: 'Tout ce que la détection a trouvé est déjà dans la table ou a été rejeté.',
      count: (x: number) => pl(x, 'suggestion', 'suggestions'),
      acceptAll: (x: number) => `Tout accepter (${n(x)})`,
      acceptCategory: (name: string, x: number) => `Accepter les ${n(x)} ${name.toLowerCase()}`,
      accept: 'Accepter',
      reject: 'Rejeter',
      acceptOne: (text: string) => `Accepter ${q(text)}`,
      rejectOne: (text: string) => `Rejeter ${q(text)}`,
      select: (text: string) => `Sélectionner ${q(text)}`,
      occurrences: (x: number) => pl(x, 'occurrence', 'occurrences'),
      reason,
      variants: 'Aussi :',
      replacement: (text: string) => `Remplacement de ${q(text)}`,
      commonWord: 'Aussi un mot courant : seules les formes avec une majuscule seront remplacées.',
      commonWordBadge: 'mot courant',
      contexts: 'Contextes',
      noContext: 'Trouvé hors des transcriptions (participant, attribut).',
      openContext: (where: string) => `Ouvrir ce passage de ${q(where)}`,
      selected: (x: number) => pl(x, 'sélectionnée', 'sélectionnées'),
      acceptSelected: 'Accepter',
      rejectSelected: 'Rejeter',
      merge: 'Fusionner en un pseudonyme…',
      clearSelection: 'Désélectionner',
      keyboard: '↑ ↓ parcourir · Entrée accepter · Suppr rejeter · Espace sélectionner',
      updating: 'Mise à jour…',
    },
    merge: {
      title: 'Fusionner en un seul pseudonyme',
      body: 'Toutes ces formes seront remplacées par le même pseudonyme, dans tous les entretiens.',
      keep: 'Forme principale',
      replacement: 'Remplacement',
      confirmSuggestions: 'Fusionner et accepter',
      confirmEntries: 'Fusionner',
      forms: (x: number) => pl(x, 'forme', 'formes'),
    },
    table: {
      label: 'Table des pseudonymes',
      emptyTitle: 'La table est vide',
      emptyBody: 'Acceptez des suggestions, ajoutez une entrée à la main, ou sélectionnez un nom dans une transcription puis « Pseudonymiser la sélection ».',
      enabled: 'Active',
      original: 'Original et variantes',
      replacement: 'Remplacement',
      category: 'Catégorie',
      matching: 'Correspondance',
      occurrences: 'Occurrences',
      occurrencesIn: (x: number, documents: number) => `${n(x)} · ${pl(documents, 'entretien', 'entretiens')}`,
      matchWord: 'Toutes les formes',
      matchWholeName: 'Nom propre seulement',
      matchingHelp: 'Toutes les formes : majuscules et accents ignorés. Nom propre seulement : remplacé là où il est écrit avec une majuscule.',
      commonWholeName: (text: string) =>
        `Nom propre seulement : ${q(text)} est remplacé là où il s’écrit avec une majuscule ; en minuscules (${q(text.toLowerCase())}), il reste tel quel dans les exports.`,
      wholeNameHint: 'Choisissez « Nom propre seulement » si ce nom est aussi un mot courant (Rose, Pierre…).',
      commonWordBadge: 'mot courant',
      commonWordWarning: (text: string) => `${q(text)} est aussi un mot courant : avec « Toutes les formes », ${q(text.toLowerCase())} serait remplacé partout, même là où il ne désigne personne.`,
      useWholeName: 'Nom propre seulement',
      enable: (text: string) => `Remplacer ${q(text)} dans les exports anonymisés`,
      disabled: 'Désactivée : laissée telle quelle dans les exports',
      select: (text: string) => `Sélectionner ${q(text)}`,
      selectAll: 'Tout sélectionner',
      remove: (text: string) => `Supprimer ${q(text)}`,
      removeSelected: (x: number) => `Supprimer (${n(x)})`,
      merge: (x: number) => `Fusionner (${n(x)})…`,
      variants: 'Variantes (une par ligne)',
      editVariants: (text: string) => `Modifier les variantes de ${q(text)}`,
      noVariants: 'Aucune variante',
      add: 'Ajouter une entrée',
      addOriginal: 'Original (nom, lieu, organisation…)',
      addReplacement: 'Remplacement (facultatif)',
      addReplacementPlaceholder: 'Numéroté automatiquement',
      addConfirm: 'Ajouter',
      filter: 'Filtrer la table…',
    },
    rejected: {
      intro: 'Les suggestions rejetées ne sont plus proposées par la détection. Restaurez-les pour les revoir.',
      empty: 'Aucune suggestion rejetée.',
      restore: 'Restaurer',
      restoreOne: (text: string) => `Restaurer ${q(text)}`,
      restoreAll: (x: number) => `Tout restaurer (${n(x)})`,
      rejectedOn: (date: string) => `rejetée le ${date}`,
    },
    lists: {
      intro:
        'Des noms que la détection doit repérer même sans indice autour (un lieu-dit, une entreprise locale, un surnom) : une entrée par ligne. Relancez la détection après une modification.',
      names: lists,
      count: (x: number) => pl(x, 'entrée', 'entrées'),
      save: 'Enregistrer',
      saved: 'Enregistrée',
      import: 'Importer un fichier texte…',
      importHint: 'Un fichier texte UTF-8, une entrée par ligne ; ses lignes s’ajoutent à la liste.',
      imported: (x: number) => `${pl(x, 'fichier importé', 'fichiers importés')}.`,
    },
    attributes: {
      intro:
        'Les valeurs des attributs cochés (nom réel, commune, employeur…) sont remplacées dans les exports anonymisés et cherchées par la détection.',
      none: 'Aucun attribut de participant. Ajoutez-en dans l’onglet Participants de la vue Codage.',
      values: (x: number) => pl(x, 'valeur', 'valeurs'),
      mark: (name: string) => `Remplacer les valeurs de ${q(name)} dans les exports anonymisés`,
    },
    selection: {
      button: 'Pseudonymiser la sélection',
      title: 'Ajouter les mots sélectionnés à la table des pseudonymes',
      heading: 'Pseudonymiser',
      category: 'Catégorie',
      replacement: 'Remplacement',
      replacementPlaceholder: 'Numéroté automatiquement',
      confirm: 'Ajouter à la table',
      added: (original: string, replacement: string) => `${q(original)} sera remplacé par ${replacement} dans les exports anonymisés.`,
    },
    highlight: {
      button: (x: number) => `Pseudonymes (${n(x)})`,
      show: 'Surligner ce que les exports anonymisés remplaceront',
      hide: 'Masquer les originaux surlignés',
    },
  },
};
