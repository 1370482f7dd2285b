/** French strings: the reference dictionary (its shape is the `Messages` type every language fills). */
import { frSources } from './fr-sources';
import { frActions, frCodebook, frCoding, frWorkbench } from './fr-workbench';
import { frSearch, frSearchActions } from './fr-search';
import { frExchange } from './fr-exchange';
import { frPseudonyms } from './fr-pseudonyms';
import { frSynthesis } from './fr-synthesis';
import { frAnalysis } from './fr-analysis';
import { describeErrorInFrench, describeNoteInFrench } from './error-languages';
const nf = new Intl.NumberFormat('fr-FR');
const n = (x: number): string => nf.format(x);
/** French uses the singular for 0 and 1. */
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x < 2 ? one : other}`;
const q = (s: string): string => `« ${s} »`;

export const fr = {
  locale: 'fr-FR',
  ...frSources,
  ...frWorkbench,
  ...frSearch,
  ...frExchange,
  ...frPseudonyms,
  ...frSynthesis,
  ...frAnalysis,
  views: {
    label: 'Vues du projet',
    coding: 'Codage',
    analysis: 'Analyse',
    synthesis: 'Synthèse',
    anonymization: 'Anonymisation',
  },
  app: {
    name: 'Verbatim',
    opening: 'Ouverture du projet…',
    startupFailed: 'Verbatim n’a pas pu ouvrir de projet.',
    noTokenTitle: 'Lien d’accès incomplet',
    noTokenBody:
      'Cette page a besoin du jeton d’accès du serveur. Ouvrez l’adresse complète affichée par « npm run serve » (elle se termine par #token=…).',
    retry: 'Réessayer',
    mainRegion: 'Espace de travail',
  },
  common: {
    cancel: 'Annuler',
    close: 'Fermer',
    create: 'Créer',
    open: 'Ouvrir',
    save: 'Enregistrer',
    delete: 'Supprimer',
    rename: 'Renommer',
    dismiss: 'Masquer ce message',
    loading: 'Chargement…',
    ok: 'OK',
    quote: (s: string) => `« ${s} »`,
  },
  project: {
    menu: 'Projet',
    menuLabel: 'Menu Projet',
    new: 'Nouveau projet…',
    open: 'Ouvrir un projet…',
    restoreOffer: (message: string, takenAt: string) =>
      `${message}\n\nRestaurer la sauvegarde du ${new Date(takenAt).toLocaleString('fr')} ? Le fichier endommagé est conservé à côté.`,
    fileLost: 'Le fichier du projet a été déplacé, remplacé ou supprimé pendant qu’il était ouvert : les modifications ne sont plus enregistrées.',
    saveCopy: 'Enregistrer une copie sous…',
    copySaved: (path: string) => `Copie enregistrée : ${path}. Vous travaillez maintenant dans cette copie.`,
    recent: 'Projets récents',
    noRecent: 'Aucun projet récent',
    missing: 'introuvable',
    openSample: 'Ouvrir l’étude d’exemple',
    close: 'Fermer le projet',
    sampleBadge: 'Exemple',
    sampleBanner:
      'Vous explorez une étude fictive : trois entretiens déjà en partie codés. Essayez : sélectionnez un passage et appuyez sur C. Pour votre propre étude, choisissez Projet › Nouveau projet.',
    codingsUnited: (n: number) =>
      `${n === 1 ? 'Un codage chevauchait' : `${n} codages chevauchaient`} ou touchait un autre codage du même code par le même codeur : Verbatim n’en garde qu’un par passage (un code, un passage), pour que chaque compte soit juste. Les mémos sont conservés ; Annuler (Ctrl+Z) les rétablit.`,
    integrityProblems: 'La vérification du fichier projet a signalé des problèmes :',
    integrityAdvice: 'Continuez à travailler avec prudence ; des sauvegardes automatiques existent dans le dossier de l’application.',
    noneTitle: 'Aucun projet ouvert',
    noneBody: 'Un projet Verbatim réunit les transcriptions, le livre de codes et les codages d’une étude, dans un seul fichier.',
    pathDialog: {
      titleOpen: 'Ouvrir un projet',
      titleCreate: 'Nouveau projet',
      label: 'Chemin du fichier projet',
      placeholder: '/home/moi/Études/mon-etude.verbatim',
      browserNote:
        'Mode navigateur : ce chemin désigne un fichier sur l’ordinateur où tourne le serveur Verbatim, pas un fichier téléversé.',
      createNote: 'Le fichier sera créé ; l’extension .verbatim est ajoutée si besoin.',
      suggestion: 'Dossier de vos projets récents :',
      useFolder: 'Utiliser ce dossier',
      required: 'Indiquez le chemin d’un fichier.',
    },
    errors: {
      NOT_A_PROJECT: {
        title: 'Ce fichier n’est pas un projet Verbatim',
        body: 'Verbatim ne l’a pas modifié. Choisissez un fichier .verbatim créé par Verbatim.',
      },
      PROJECT_LOCKED: {
        title: 'Ce projet est déjà ouvert',
        body: 'Une autre fenêtre ou un autre ordinateur l’utilise. Fermez-le là-bas, puis réessayez.',
      },
      PROJECT_TOO_NEW: {
        title: 'Projet créé par une version plus récente',
        body: 'Mettez Verbatim à jour pour ouvrir ce projet. Il n’a pas été modifié.',
      },
      PROJECT_CORRUPT: {
        title: 'Ce projet est endommagé',
        body: 'Verbatim garde des sauvegardes automatiques de vos projets dans son dossier de données.',
      },
      NOT_FOUND: { title: 'Fichier introuvable', body: 'Vérifiez le chemin : le fichier a peut-être été déplacé ou renommé.' },
      CONFLICT: { title: 'Ce fichier existe déjà', body: 'Choisissez un autre nom, ou ouvrez ce projet avec Projet › Ouvrir.' },
      generic: { title: 'Impossible d’ouvrir ce projet', body: '' },
      details: 'Détails :',
    },
  },
  settings: {
    label: 'Réglages',
    language: 'Langue',
    theme: 'Apparence',
    system: 'Selon le système',
    french: 'Français',
    english: 'English',
    light: 'Clair',
    dark: 'Sombre',
    toggleTheme: 'Basculer thème clair / sombre',
  },
  documents: {
    tab: 'Documents',
    listLabel: 'Documents du projet',
    import: 'Importer',
    importTitle: 'Importer des transcriptions (.txt, .md, .docx, .odt, .html, .vtt, .srt)',
    words: (x: number) => pl(x, 'mot', 'mots'),
    codings: (x: number) => pl(x, 'codage', 'codages'),
    emptyTitle: 'Aucune transcription',
    emptyBody: 'Importez vos transcriptions : .txt, .md, .docx',
    emptyList: 'Les transcriptions importées apparaîtront ici.',
    emptyMore: 'Aussi .odt, .html, et les sous-titres .vtt ou .srt.',
    rename: (name: string) => `Renommer ${q(name)}`,
    renameLabel: 'Nouveau nom du document',
    delete: (name: string) => `Supprimer ${q(name)}`,
    deleteTitle: (name: string) => `Supprimer ${q(name)} ?`,
    deleteBody: (codings: number) =>
      codings === 0
        ? 'La transcription sera retirée du projet.'
        : `La transcription sera retirée du projet, avec ses ${pl(codings, 'codage', 'codages')}.`,
    deleteUndo: (keys: string) => `Vous pourrez annuler cette suppression (${keys}).`,
    nameTaken: 'Un autre document porte déjà ce nom.',
    report: {
      title: 'Import terminé',
      imported: (x: number) => (x === 0 ? 'Aucun document importé.' : `${pl(x, 'document importé', 'documents importés')} :`),
      failed: (x: number) => `${pl(x, 'fichier non importé', 'fichiers non importés')} :`,
      name: 'Document',
      words: 'Mots',
      file: 'Fichier',
      problem: 'Problème',
    },
    progress: (done: number, total: number, file: string) => `Import ${n(done)}/${n(total)} — ${file}`,
  },
  codebook: {
    ...frCodebook,
    tab: 'Codes',
    treeLabel: 'Livre de codes',
    newCode: 'Nouveau code',
    newChild: (parent: string) => `Nouveau sous-code de ${q(parent)}`,
    addChild: (parent: string) => `Ajouter un sous-code à ${q(parent)}`,
    name: 'Nom du code',
    namePlaceholder: 'ex. Rapport au travail',
    color: 'Couleur',
    conflict: 'Un code porte déjà ce nom à cet endroit.',
    emptyTitle: 'Pas encore de codes',
    emptyBody:
      'Un code nomme un thème de votre analyse. Créez-en un ici, ou sélectionnez un passage dans une transcription et appuyez sur C.',
    codings: (x: number) => pl(x, 'codage', 'codages'),
    expand: 'Déplier',
    collapse: 'Replier',
    folder: 'Dossier : ne s’applique pas au texte',
    colours: [
      'bleu',
      'rouge',
      'vert',
      'orange',
      'violet',
      'cyan',
      'rose',
      'brun',
      'olive',
      'gris',
      'indigo',
      'vert mousse',
    ],
    customColour: 'Autre couleur',
  },
  coding: {
    ...frCoding,
    codeButton: 'Coder…',
    codeButtonTitle: 'Coder la sélection',
    paletteLabel: 'Appliquer un code au passage sélectionné',
    palettePlaceholder: 'Chercher ou créer un code…',
    createCode: (name: string) => `Créer le code ${q(name)}`,
    noMatch: 'Aucun code ne correspond.',
    typeToCreate: 'Tapez un nom pour créer un premier code.',
    selectFirst: 'Sélectionnez d’abord un passage dans la transcription.',
    selection: (x: number) => `Passage de ${pl(x, 'caractère', 'caractères')}`,
    inspectorTitle: 'Codes à cet endroit',
    inspectorNone: 'Placez le curseur dans une transcription ou sélectionnez un passage pour voir ses codes.',
    inspectorEmpty: 'Aucun code ici.',
    inspectorHint: (keys: string) => `Sélectionnez du texte, puis appuyez sur C (ou ${keys}) pour le coder.`,
    remove: (code: string) => `Retirer le code ${q(code)} de ce passage`,
    showQuotes: (code: string) => `Lire les extraits de ${q(code)}`,
  },
  transcript: {
    label: 'Transcription',
    noDocTitle: 'Aucune transcription ouverte',
    noDocBody: 'Choisissez une transcription dans la liste des documents.',
    turns: (x: number) => pl(x, 'tour de parole', 'tours de parole'),
    stripes: 'Codages dans la marge',
    stripeTitle: (code: string) => `${code} — cliquer pour sélectionner ce codage`,
  },
  retrieval: {
    title: 'Extraits',
    noCode: 'Choisissez un code dans l’onglet Codes pour relire tous ses extraits.',
    empty: (code: string) =>
      `Aucun passage n’est encore codé ${q(code)}. Sélectionnez du texte dans une transcription, appuyez sur C et choisissez ce code.`,
    count: (quotes: number, docs: number) =>
      `${pl(quotes, 'extrait', 'extraits')} dans ${pl(docs, 'document', 'documents')}`,
    open: (doc: string) => `Ouvrir ce passage dans ${q(doc)}`,
    listLabel: (code: string) => `Extraits codés ${q(code)}`,
  },
  history: {
    undo: 'Annuler',
    redo: 'Rétablir',
    undoWhat: (what: string) => `Annuler ${what}`,
    redoWhat: (what: string) => `Rétablir ${what}`,
    nothingToUndo: 'Rien à annuler',
    nothingToRedo: 'Rien à rétablir',
    undone: (what: string) => `Annulé : ${what}`,
    redone: (what: string) => `Rétabli : ${what}`,
    actions: {
      ...frActions,
      ...frSearchActions,
      'codings:apply': (s: string | null) => (s ? `l’application du code ${q(s)}` : 'l’application d’un code'),
      'codings:unite': () => 'la réunion des codages qui se chevauchaient',
      'project:merge': (s: string | null) => (s ? `la fusion de ${q(s)}` : 'la fusion d’un projet'),
      'codings:remove': (s: string | null) => (s ? `le retrait du code ${q(s)}` : 'le retrait d’un code'),
      'codes:create': (s: string | null) => (s ? `la création du code ${q(s)}` : 'la création d’un code'),
      'documents:import': (s: string | null) => (s ? `l’import de ${q(s)}` : 'l’import de documents'),
      'documents:rename': (s: string | null) => (s ? `le renommage de ${q(s)}` : 'le renommage d’un document'),
      'documents:delete': (s: string | null) => (s ? `la suppression de ${q(s)}` : 'la suppression d’un document'),
      other: (s: string | null) => (s ? `la dernière action (${s})` : 'la dernière action'),
    },
  },
  coders: {
    title: 'Qui code ?',
    yourName: 'Votre nom',
    nameHint: 'Chaque codage et chaque mémo garde le nom de son codeur : c’est ce qui permet de comparer les codages d’une équipe.',
    save: 'Enregistrer',
    switchTo: 'Coder sous un autre nom',
    codings: (x: number) => pl(x, 'codage', 'codages'),
    newCoder: 'Nouveau codeur',
    newPlaceholder: 'Nom d’un·e collègue',
    codeAs: 'Coder sous ce nom',
    change: (name: string) => `Codeur : ${name} — changer de codeur`,
    ask: 'Qui code ? Dites-le une fois : vos codages porteront votre nom.',
    askAction: 'Indiquer mon nom',
  },
  status: {
    words: (x: number) => pl(x, 'mot', 'mots'),
    codings: (x: number) => pl(x, 'codage', 'codages'),
    coder: (name: string) => `Codeur : ${name}`,
    saved: 'Enregistré automatiquement',
    saving: 'Enregistrement…',
    project: (docs: number, codes: number) => `${pl(docs, 'document', 'documents')} · ${pl(codes, 'code', 'codes')}`,
  },
  /** Modifier keys as printed on French keyboards (Windows, Linux): see platform.ts shortcutLabel. */
  keys: { ctrl: 'Ctrl', shift: 'Maj', alt: 'Alt' },
  errors: {
    internal: 'Une erreur inattendue s’est produite. Le détail est dans le journal de l’application.',
    title: 'Erreur',
    /** An error from the core, as the user reads it in this language. */
    describe: describeErrorInFrench,
    /** A warning from the core (a participants import, a project's storage), in this language. */
    note: describeNoteInFrench,
  },
};

export type Messages = typeof fr;
