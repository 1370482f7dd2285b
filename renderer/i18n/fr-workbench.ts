/**
 * French strings of the coding workbench: the codebook's operations, the palette, the coding
 * inspector, memos, and how Undo names each operation. Merged into `fr` (their shape is part of
 * `Messages`).
 */
const nf = new Intl.NumberFormat('fr-FR');
const n = (x: number): string => nf.format(x);
const pl = (x: number, one: string, other: string): string => `${n(x)} ${x < 2 ? one : other}`;
const q = (s: string): string => `« ${s} »`;
type S = string | null;

/** New keys of `codebook`. */
export const frCodebook = {
  filterPlaceholder: 'Filtrer les codes…',
  filterLabel: 'Filtrer le livre de codes par nom',
  clearFilter: 'Effacer le filtre',
  filtered: (shown: number, total: number) => `${n(shown)} sur ${pl(total, 'code', 'codes')}`,
  noFilterMatch: (f: string) => `Aucun code ne contient ${q(f)}.`,
  columnCode: 'Code',
  columnCodings: 'Cod.',
  columnCodingsTitle: 'Codages du code (Σ : avec ses sous-codes)',
  columnDocs: 'Doc.',
  columnDocsTitle: 'Documents où le code est appliqué',
  countTitle: (codings: number, documents: number, total: number | null) =>
    `${pl(codings, 'codage', 'codages')} dans ${pl(documents, 'document', 'documents')}` +
    (total !== null ? ` · ${pl(total, 'codage', 'codages')} avec les sous-codes` : ''),
  actionsFor: (name: string) => `Actions sur ${q(name)}`,
  renameLabel: 'Nouveau nom du code',
  renameAction: 'Renommer',
  defineAction: 'Définition, couleur…',
  newChildAction: 'Nouveau sous-code',
  memoAction: 'Écrire un mémo',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  outdent: 'Remonter d’un niveau',
  indent: 'Ranger dans le code au-dessus',
  mergeAction: 'Fusionner dans…',
  deleteAction: 'Supprimer…',
  deleteKey: 'Suppr',
  dropToTop: 'Déposer ici pour placer au premier niveau',
  keysHint: 'F2 renommer · Alt+↑↓ déplacer · Alt+←→ changer de niveau · Maj+F10 menu · glisser sur le texte pour coder',
  deleteTitle: (name: string) => `Supprimer le code ${q(name)} ?`,
  deleteBody: (descendants: number, codings: number) => {
    const what = [descendants > 0 ? pl(descendants, 'sous-code', 'sous-codes') : null, codings > 0 ? pl(codings, 'codage', 'codages') : null]
      .filter(Boolean)
      .join(' et ');
    return what ? `Le code disparaît avec ${what}. Les passages codés restent dans les transcriptions.` : 'Le code n’a ni codage ni sous-code.';
  },
  deleteBackup: (keys: string) => `Une sauvegarde du projet est faite avant la suppression, et Annuler (${keys}) remet tout en place.`,
  mergeTitle: (name: string) => `Fusionner ${q(name)} dans…`,
  mergePick: 'Code qui reçoit les codages',
  mergeSearch: 'Chercher un code…',
  merge: 'Fusionner',
  mergeInto: (target: string) => `Fusionner dans ${q(target)}`,
  mergeBody: (source: string, target: string, codings: number, children: number) => {
    const moved =
      codings === 0
        ? `${q(source)} n’a pas de codage.`
        : codings === 1
          ? `Le codage de ${q(source)} passe à ${q(target)}.`
          : `Les ${n(codings)} codages de ${q(source)} passent à ${q(target)} (un passage déjà codé ${q(target)} n’est pas dupliqué).`;
    const follow = children > 0 ? `Ses ${pl(children, 'sous-code', 'sous-codes')} et ses mémos suivent` : 'Ses mémos suivent';
    return `${moved} ${follow} ; ${q(source)} disparaît ensuite.`;
  },
  mergeBackup: (keys: string) => `Une sauvegarde est faite avant la fusion ; Annuler (${keys}) la défait.`,
  merged: (source: string, target: string) => `${q(source)} fusionné dans ${q(target)}.`,
  details: 'Définition du code',
  detailsTitle: (name: string) => `Définition de ${q(name)}`,
  closeDetails: 'Fermer la définition',
  codable: 'S’applique au texte',
  folderHint: 'Décoché, le code devient un dossier qui range d’autres codes.',
  folderHasCodings: 'Ce code a des codages : il ne peut pas devenir un dossier.',
  description: 'Définition',
  descriptionPlaceholder: 'Ce que recouvre ce code, avec des exemples…',
  descriptionHint: 'Les critères d’inclusion et d’exclusion aident les autres codeurs (et vous, dans trois mois).',
  addCriteria: 'Inclure / Exclure',
  criteriaTemplate: 'Inclure : \nExclure : ',
  memoLabel: 'Mémo sur ce code',
  memoPlaceholder: 'Réflexions, hypothèses, questions sur ce thème…',
};

/** New keys of `coding`. */
export const frCoding = {
  recentCodes: 'Récents',
  allCodes: 'Tous les codes',
  enterKey: 'Entrée',
  tick: (name: string) => `Cocher ${q(name)} pour en appliquer plusieurs`,
  hintKeys: (mod: string) => `↑↓ choisir · ${mod}+Entrée cocher · Échap fermer`,
  createCodePath: (path: string, created: number) => `Créer ${path}${created > 1 ? ` (${n(created)} codes)` : ''}`,
  folderNamed: (name: string) => `${q(name)} est un dossier : tapez ${name}/… pour y créer un code.`,
  enterApply: (code: string) => `Appliquer ${code}`,
  enterCreate: (path: string) => `Créer ${path} et l’appliquer`,
  enterApplyChecked: (x: number) => `Appliquer les ${n(x)} codes cochés`,
  enterAlsoChecked: (x: number) => `+ ${pl(x, 'code coché', 'codes cochés')}`,
  inVivo: 'Coder in vivo',
  inVivoTitle: 'Créer un code avec les mots mêmes du passage, et l’appliquer',
  inVivoKeys: (keys: string) => `V dans la transcription, ou ${keys}`,
  inVivoDone: (name: string) => `Code in vivo ${q(name)} créé et appliqué.`,
  inVivoExisting: (name: string) => `Le code ${q(name)} existait : il est appliqué au passage.`,
  dropHere: 'Déposer pour appliquer ce code au passage sélectionné',
  dropNeedsSelection: 'Sélectionnez d’abord un passage, puis déposez le code dessus.',
  selectedCoding: (name: string) => `Codage ${q(name)} sélectionné`,
  removeThis: (name: string) => `Retirer ce codage ${q(name)}`,
  boundaries: 'Limites du passage codé',
  wordsCount: (x: number) => pl(x, 'mot', 'mots'),
  startLabel: 'Début',
  endLabel: 'Fin',
  startEarlier: 'Début un mot plus tôt',
  startLater: 'Début un mot plus tard',
  endEarlier: 'Fin un mot plus tôt',
  endLater: 'Fin un mot plus tard',
  fitToSelection: 'Ajuster à la sélection',
  fitHint: 'Sélectionnez dans la transcription le passage exact que ce codage doit couvrir.',
  boundaryKeys: (endKeys: string, startKeys: string) => `${endKeys} : fin d’un mot · ${startKeys} : début`,
  adjustFailed: 'Ces limites ne conviennent pas : le passage serait vide, ou ce code couvre déjà exactement ce passage.',
  memoLabel: 'Mémo sur ce passage',
  memoPlaceholder: 'Pourquoi ce passage, ce qu’il montre, ce qu’il contredit…',
};

/** How Undo and Redo name each operation (the subject is what the core recorded). */
export const frActions = {
  'codes:update': (s: S) => (s ? `la modification du code ${q(s)}` : 'la modification d’un code'),
  'codes:rename': (s: S) => (s ? `le renommage du code en ${q(s)}` : 'le renommage d’un code'),
  'codes:recolor': (s: S) => (s ? `le changement de couleur de ${q(s)}` : 'le changement de couleur d’un code'),
  'codes:move': (s: S) => (s ? `le déplacement du code ${q(s)}` : 'le déplacement d’un code'),
  'codes:merge': (s: S) => {
    const [source, target] = (s ?? '').split(' → ');
    return source && target ? `la fusion de ${q(source)} dans ${q(target)}` : 'la fusion de deux codes';
  },
  'codes:delete': (s: S) => (s ? `la suppression du code ${q(s)}` : 'la suppression d’un code'),
  'codings:applyNew': (s: S) => (s ? `la création et l’application du code ${q(s)}` : 'la création et l’application d’un code'),
  'codings:applyMany': (s: S) => (s ? `l’application des codes ${s.split(', ').map(q).join(', ')}` : 'l’application de plusieurs codes'),
  'codings:update': (s: S) => (s ? `l’ajustement d’un passage codé ${q(s)}` : 'l’ajustement d’un passage codé'),
  'memos:create': (s: S) => (s ? `la création du mémo ${q(s)}` : 'la création d’un mémo'),
  'memos:update': (s: S) => (s ? `la modification du mémo ${q(s)}` : 'la modification d’un mémo'),
  'memos:delete': (s: S) => (s ? `la suppression du mémo ${q(s)}` : 'la suppression d’un mémo'),
  'documents:edit': (s: S) => (s ? `la correction de ${q(s)}` : 'la correction d’une transcription'),
  'documents:setCase': (s: S) => (s ? `le rattachement ${s}` : 'le rattachement d’un document à un participant'),
  'speakers:rename': (s: S) => (s ? `le renommage de l’intervenant ${s}` : 'le renommage d’un intervenant'),
  'speakers:merge': (s: S) => (s ? `la fusion d’intervenants en ${q(s)}` : 'la fusion d’intervenants'),
  'speakers:link': (s: S) => (s ? `le rattachement de l’intervenant ${q(s)}` : 'le rattachement d’un intervenant'),
  'speakers:setRole': (s: S) => (s ? `le rôle de l’intervenant ${q(s)}` : 'le rôle d’un intervenant'),
  'cases:create': (s: S) => (s ? `la création du participant ${q(s)}` : 'la création d’un participant'),
  'cases:update': (s: S) => (s ? `la modification du participant ${q(s)}` : 'la modification d’un participant'),
  'cases:delete': (s: S) => (s ? `la suppression du participant ${q(s)}` : 'la suppression d’un participant'),
  'cases:setValue': (s: S) => (s ? `la saisie ${s}` : 'la saisie d’un attribut'),
  'cases:import': (s: S) => (s ? `l’import des participants de ${q(s)}` : 'l’import de participants'),
  'cases:autoLink': (s: S) => (s && s !== '0' ? `le rattachement automatique (${s})` : 'le rattachement automatique des documents'),
  'attributes:create': (s: S) => (s ? `la création de l’attribut ${q(s)}` : 'la création d’un attribut'),
  'attributes:update': (s: S) => (s ? `la modification de l’attribut ${q(s)}` : 'la modification d’un attribut'),
  'attributes:delete': (s: S) => (s ? `la suppression de l’attribut ${q(s)}` : 'la suppression d’un attribut'),
};

/** New namespaces. */
export const frWorkbench = {
  memos: {
    tab: 'Mémos',
    listLabel: 'Mémos du projet',
    searchPlaceholder: 'Chercher dans les mémos…',
    searchLabel: 'Chercher dans les titres, textes et cibles des mémos',
    clearSearch: 'Effacer la recherche',
    filterLabel: 'Afficher les mémos sur…',
    all: 'Tous',
    new: 'Mémo',
    newLabel: 'Nouveau mémo',
    newJournal: 'Entrée du journal de projet',
    newOnDocument: (name: string) => `Mémo sur ${q(name)}`,
    newOnDocumentNone: 'Mémo sur le document ouvert (aucun)',
    newOnCode: (name: string) => `Mémo sur le code ${q(name)}`,
    newOnCodeNone: 'Mémo sur le code choisi (aucun)',
    types: { project: 'Journal du projet', document: 'Document', code: 'Code', case: 'Participant', coding: 'Passage codé' },
    typesPlural: { project: 'Journal', document: 'Documents', code: 'Codes', case: 'Participants', coding: 'Passages' },
    emptyTitle: 'Pas encore de mémos',
    emptyBody:
      'Les mémos gardent la trace de l’analyse : un journal de projet, des notes sur un entretien, un code ou un passage. Commencez par « Mémo », ou écrivez dans l’inspecteur à côté d’un passage codé.',
    noMatch: (query: string) => `Aucun mémo ne contient ${q(query)}.`,
    noneOfType: 'Aucun mémo de ce type.',
    untitled: 'Sans titre',
    open: (heading: string) => `Ouvrir ${q(heading)} et montrer ce qu’il commente`,
    editorLabel: (label: string) => `Mémo — ${label}`,
    back: 'Retour à la liste des mémos',
    showTarget: 'Montrer ce que ce mémo commente',
    delete: 'Supprimer ce mémo',
    deleted: (keys: string) => `Mémo supprimé. Annuler (${keys}) le rétablit.`,
    titleLabel: 'Titre du mémo',
    titlePlaceholder: 'Titre (facultatif)',
    bodyLabel: 'Texte du mémo',
    bodyPlaceholder: 'Écrivez ici : intuitions, comparaisons, questions à reprendre…',
    autosaveHint: 'Enregistré au fil de la frappe',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    saveFailed: 'Non enregistré',
    moreMemos: (x: number) => `${pl(x, 'autre mémo', 'autres mémos')} sur cette cible — ouvrir dans Mémos`,
    openInPanel: 'Ouvrir dans l’onglet Mémos',
  },
};
