/**
 * French translations of the core's error messages (see core-messages.ts for how they are matched).
 *
 * Adding one: copy the English message from the throw site, write `{name}` for each `${…}` (any name;
 * the translation uses the same names, in any order, or leaves one out), and write the French. A hole
 * named like one of core-messages.ts's PHRASE_HOLES (`kind`, `reason`, `size`…) is translated through
 * the fragments below: use those names only where the code puts its own English phrase.
 * `tests/contract/error-catalogue.test.ts` lists every message still missing here.
 */
import type { ErrorCode } from '../../shared/result';
import type { CoreMessageCatalogue } from './core-messages';

/**
 * Why a project file cannot be opened (db/open.ts `inspectProjectFile`): whole errors, and also the
 * reason inside another one (a backup that cannot be restored, a project that can no longer be read).
 */
const projectFileMessages = {
  'No project file at {path}': 'Aucun fichier projet à l’emplacement {path}',
  '{path} is a folder, not a Verbatim project': '{path} est un dossier, pas un projet Verbatim',
  "{path} is not a Verbatim project (it is another application's database)":
    '{path} n’est pas un projet Verbatim (c’est la base de données d’une autre application)',
  '{path} was saved by a newer version of Verbatim (schema {schema}); update Verbatim to open it':
    '{path} a été enregistré par une version plus récente de Verbatim (schéma {schema}) : mettez Verbatim à jour pour l’ouvrir',
  '{path} is not a Verbatim project (not a database file)': '{path} n’est pas un projet Verbatim (ce n’est pas une base de données)',
  'Cannot open {path}': 'Impossible d’ouvrir {path}',
  '{path} is a Verbatim project, but it is damaged ({problems})': '{path} est bien un projet Verbatim, mais il est endommagé ({problems})',
  '{path} is empty: its creation was interrupted. Create the project again (the empty file is replaced).':
    '{path} est vide : sa création a été interrompue. Créez de nouveau le projet (le fichier vide sera remplacé).',
  '{path} is read-only and was saved by an older Verbatim: copy it to a folder where you can write, then open the copy':
    '{path} est en lecture seule et a été enregistré par une version plus ancienne de Verbatim : copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie',
  // session.ts: a file that was a project (it has backups) but that no longer opens
  '{path} was a Verbatim project but can no longer be read ({reason})': '{path} était un projet Verbatim mais ne peut plus être lu ({reason})',
} satisfies Record<string, string>;

const messages = {
  // Project file (db/)
  ...projectFileMessages,
  'A file already exists at {path}': 'Un fichier existe déjà à l’emplacement {path}',
  'This project is in a cloud-synced folder ({cloud}). Syncing can corrupt a project that is open: keep it on a local disk and copy it when it is closed.':
    'Ce projet est dans un dossier synchronisé ({cloud}). La synchronisation peut endommager un projet ouvert : gardez-le sur un disque local et copiez-le une fois fermé.',
  'This project is on a network drive ({fs}). Verbatim needs a local disk to write safely: copy the project to your computer.':
    'Ce projet est sur un lecteur réseau ({fs}). Verbatim a besoin d’un disque local pour écrire sans risque : copiez le projet sur votre ordinateur.',
  'This project is already open in another Verbatim ({where}, since {since}). Close it there first.':
    'Ce projet est déjà ouvert dans un autre Verbatim ({where}, depuis {since}). Fermez-le d’abord là-bas.',
  'Could not take the project lock: another process keeps taking it.':
    'Impossible de réserver le projet : un autre processus le réserve sans cesse.',
  'This project is already open in another Verbatim ({what}, since {since}). {detail} (lock file: {path})':
    'Ce projet est déjà ouvert dans un autre Verbatim ({what}, depuis {since}). {detail} (fichier de verrou : {path})',
  'Verbatim cannot create the lock file {path}: the folder is read-only': 'Verbatim ne peut pas créer le fichier de verrou {path} : le dossier est en lecture seule',
  'Could not take the project lock {path}: another process keeps it busy.': 'Impossible de prendre le verrou du projet {path} : un autre processus le monopolise.',
  // A damaged project on opening (session.ts): why, then whether a backup can be restored
  '{reason}. A backup from {takenAt} can be restored (verbatim restore, or Restore in the app).':
    '{reason}. Une sauvegarde du {takenAt} peut être restaurée (verbatim restore, ou Restaurer dans l’application).',
  '{reason}. No sound backup of it was found.': '{reason}. Aucune sauvegarde intacte n’a été trouvée.',
  'What was open can no longer be read from {path} (another program overwrote it).{detail}':
    'Ce qui était ouvert ne peut plus être lu dans {path} (un autre programme l’a écrasé).{detail}',
  // The open project's file, backups and merges (project/)
  '{path} is read-only: this change was not made. Save a copy where you can write to edit it.':
    '{path} est en lecture seule : cette modification n’a pas été faite. Enregistrez-en une copie là où vous pouvez écrire pour la modifier.',
  'The project file {path} {reason} while it was open: this change was not saved. Save a copy of the open project (Save a copy as…), then work in the copy.':
    'Le fichier projet {path} {reason} pendant qu’il était ouvert : cette modification n’a pas été enregistrée. Enregistrez une copie du projet ouvert (Enregistrer une copie sous…), puis travaillez dans la copie.',
  // … written out for each reason too: a path may hold spaces, which would make {path} {reason} ambiguous
  'The project file {path} was moved, renamed or deleted while it was open: this change was not saved. Save a copy of the open project (Save a copy as…), then work in the copy.':
    'Le fichier projet {path} a été déplacé, renommé ou supprimé pendant qu’il était ouvert : cette modification n’a pas été enregistrée. Enregistrez une copie du projet ouvert (Enregistrer une copie sous…), puis travaillez dans la copie.',
  'The project file {path} was replaced by another file while it was open: this change was not saved. Save a copy of the open project (Save a copy as…), then work in the copy.':
    'Le fichier projet {path} a été remplacé par un autre fichier pendant qu’il était ouvert : cette modification n’a pas été enregistrée. Enregistrez une copie du projet ouvert (Enregistrer une copie sous…), puis travaillez dans la copie.',
  'The project file {path} was overwritten by another program while it was open: this change was not saved. Save a copy of the open project (Save a copy as…), then work in the copy.':
    'Le fichier projet {path} a été écrasé par un autre programme pendant qu’il était ouvert : cette modification n’a pas été enregistrée. Enregistrez une copie du projet ouvert (Enregistrer une copie sous…), puis travaillez dans la copie.',
  'There is no sound backup of {path} to restore': 'Il n’existe aucune sauvegarde intacte de {path} à restaurer',
  'No backup file at {path}': 'Aucun fichier de sauvegarde à l’emplacement {path}',
  'The backup {path} cannot be restored: {reason}': 'La sauvegarde {path} ne peut pas être restaurée : {reason}',
  '{path} could not be read: {cause}': '{path} n’a pas pu être lu : {cause}',
  'A project cannot be merged into itself': 'Un projet ne peut pas être fusionné avec lui-même',
  'This project was saved by a newer version of Verbatim (schema {schema}, this version knows {known}). Update Verbatim to open it.':
    'Ce projet a été enregistré par une version plus récente de Verbatim (schéma {schema}, cette version connaît le {known}). Mettez Verbatim à jour pour l’ouvrir.',

  // Dispatch and shells
  'The disk is full: free some space and try again.': 'Le disque est plein : libérez de la place et réessayez.',
  'The project file is read-only.': 'Le fichier projet est en lecture seule.',
  'Something went wrong inside Verbatim. The details are in the log.':
    'Un problème inattendu est survenu dans Verbatim. Les détails figurent dans le journal de l’application.',
  'Unknown method {method}': 'Opération inconnue : {method}',
  '{method} is answered by the application shell, not the core': '{method} relève de la fenêtre de l’application, pas du cœur',
  'Invalid input for {method}{where}: {problem}': 'Données non valides pour {method}{where}.',
  'Invalid input for {method}': 'Données non valides pour {method}.',
  'No project is open. Create or open a project first.': 'Aucun projet n’est ouvert. Créez ou ouvrez d’abord un projet.',
  'No such export': 'Cet export n’existe plus',
  '“{file}” is too large to upload': '« {file} » est trop volumineux pour être envoyé',
  'The request body is not valid JSON': 'Le contenu de la requête n’est pas du JSON valide',
  'No API route {method} {path}': 'Aucune route d’API {method} {path}',
  'Unexpected server error': 'Erreur inattendue du serveur',
  'Method not allowed': 'Méthode non autorisée',
  'This call did not come from Verbatim’s own window.': 'Cette demande ne vient pas de la fenêtre de Verbatim.',
  'The method name must be a string': 'Le nom de l’opération doit être une chaîne de caractères',
  'The application returned an unexpected answer.': 'L’application a renvoyé une réponse inattendue.',
  'Files cannot be dropped here': 'Impossible de déposer des fichiers ici',
  'The server did not return the uploaded file’s path.': 'Le serveur n’a pas renvoyé l’emplacement du fichier envoyé.',
  'Could not upload “{file}”: {cause}': 'Impossible d’envoyer « {file} » : {cause}',
  'This page has no access token. Open the address printed by “npm run serve” (it ends with #token=…).':
    'Cette page n’a pas de jeton d’accès. Ouvrez l’adresse complète affichée par « npm run serve » (elle se termine par #token=…).',
  'The server answered HTTP {status}.': 'Le serveur a répondu HTTP {status}.',
  'Verbatim’s server cannot be reached ({cause}).': 'Le serveur de Verbatim est injoignable ({cause}).',
  'The export “{file}” could not be downloaded (HTTP {status})': 'L’export « {file} » n’a pas pu être téléchargé (HTTP {status})',
  'The project was closed': 'Le projet a été fermé',
  '“{file}” is not a file name: nothing was uploaded': '« {file} » n’est pas un nom de fichier : rien n’a été envoyé',
  '“{file}” is too large to upload (over {gigabytes} GB)': '« {file} » est trop volumineux pour être envoyé (plus de {gigabytes} Go)',
  'The disk is full: “{file}” was not uploaded': 'Le disque est plein : « {file} » n’a pas été envoyé',
  '“{file}” could not be uploaded: {cause}': '« {file} » n’a pas pu être envoyé : {cause}',
  'The request is over {megabytes} MB: send files through /api/upload': 'La requête dépasse {megabytes} Mo : envoyez les fichiers par /api/upload',

  // Codebook
  'No code with id {id}': 'Aucun code n° {id}',
  'A code named “{name}” already exists here': 'Un code nommé « {name} » existe déjà à cet endroit',
  '“{name}” has {count} codings: it cannot become a folder until they are moved or removed':
    '« {name} » a {count} codages : il ne peut devenir un dossier qu’une fois ceux-ci déplacés ou retirés',
  '“{name}” cannot be moved inside itself or one of its sub-codes': '« {name} » ne peut pas être déplacé dans lui-même ni dans un de ses sous-codes',
  'A code cannot be merged into itself': 'Un code ne peut pas être fusionné avec lui-même',
  '“{name}” cannot be merged into one of its own sub-codes': '« {name} » ne peut pas être fusionné dans un de ses propres sous-codes',
  '“{name}” is a folder: it cannot receive codings': '« {name} » est un dossier : il ne peut pas recevoir de codages',
  'The codebook is empty: there is no code to export as QDC': 'Le livre de codes est vide : aucun code à exporter en QDC',

  // Coding
  'The range {start}–{end} is not inside the document (length {length})':
    'Le passage {start}–{end} n’est pas dans le document (longueur {length})',
  'The selection contains only white space': 'La sélection ne contient que des espaces',
  '“{name}” is a folder and cannot be applied to text': '« {name} » est un dossier et ne peut pas être appliqué au texte',
  'No coding with id {id}': 'Aucun codage n° {id}',
  'The range {start}–{end} is not inside the coding ({from}–{to})': 'Le passage {start}–{end} n’est pas dans le codage ({from}–{to})',
  'The range {start}–{end} is empty': 'Le passage {start}–{end} est vide',
  'This code is already applied to exactly that passage': 'Ce code est déjà appliqué exactement à ce passage',

  // Documents and speakers
  'No document with id {id}': 'Aucun document n° {id}',
  'A document named “{name}” already exists': 'Un document nommé « {name} » existe déjà',
  'A document cannot be emptied: delete it instead': 'Un document ne peut pas être vidé : supprimez-le plutôt',
  'No speaker {names} in this document': 'Aucun locuteur {names} dans ce document',
  '“{name}” is already a speaker in this document: merge the two speakers instead':
    '« {name} » est déjà un locuteur de ce document : fusionnez plutôt les deux locuteurs',

  // Participants
  'No participant with id {id}': 'Aucun participant n° {id}',
  'No attribute with id {id}': 'Aucun attribut n° {id}',
  'A participant named “{name}” already exists': 'Un participant nommé « {name} » existe déjà',
  'An attribute named “{name}” already exists': 'Un attribut nommé « {name} » existe déjà',
  '{reason} (“{attribute}” holds a {type})': '{reason} (« {attribute} » est de type {type})',
  'Some values are not a {type}: {values}{more}': 'Certaines valeurs ne sont pas de type {type} : {values}{more}',
  '“{file}” has no column “{column}” (columns: {columns})': '« {file} » n’a pas de colonne « {column} » (colonnes : {columns})',
  '“{file}” cannot be read as a table: {reason}, so the rows after it would run together. Close or remove that quote and import it again.':
    '« {file} » ne peut pas être lu comme un tableau : {reason}, si bien que les lignes suivantes se confondraient. Fermez ou supprimez ce guillemet, puis importez le fichier de nouveau.',
  '“{file}” is too large for a participants table: {rows} rows × {columns} columns (up to {cells} cells).':
    '« {file} » est trop volumineux pour un tableau de participants : {rows} lignes × {columns} colonnes ({cells} cellules au plus).',
  '“{file}” is too large for a participants table: one of its sheets has more than {cells} cells.':
    '« {file} » est trop volumineux pour un tableau de participants : une de ses feuilles a plus de {cells} cellules.',
  '“{file}” is not a valid Excel workbook: {what} (Excel sheets have at most {columns} columns and {rows} rows).':
    '« {file} » n’est pas un classeur Excel valide : {what} (une feuille Excel a au plus {columns} colonnes et {rows} lignes).',
  // … and the warnings of a participants import
  'Line {line}: no identifier in “{column}”; row skipped.': 'Ligne {line} : aucun identifiant dans « {column} » ; ligne ignorée.',
  '“{id}” appears twice (lines {first} and {line}): line {used} was used.': '« {id} » apparaît deux fois (lignes {first} et {line}) : la ligne {used} a été retenue.',
  'Line {line}, “{column}”: {reason} (expected a {type}); {what}.': 'Ligne {line}, « {column} » : {reason} (type attendu : {type}) ; {what}.',
  '“{column}”: every date could be day/month or month/day; they were read day first (dd/mm/yyyy).':
    '« {column} » : chaque date peut se lire jour/mois ou mois/jour ; elles ont été lues jour en premier (jj/mm/aaaa).',
  '“{column}”: dates are written month first (mm/dd/yyyy), as in the US; they were read so.':
    '« {column} » : les dates sont écrites mois en premier (mm/jj/aaaa), comme aux États-Unis ; elles ont été lues ainsi.',
  'Columns {first} and {second} are both named “{name}”: column {column} was imported as “{imported}”.':
    'Les colonnes {first} et {second} s’appellent toutes deux « {name} » : la colonne {column} a été importée sous le nom « {imported} ».',

  // History, memos
  'Nothing to undo': 'Rien à annuler',
  'Nothing to redo': 'Rien à rétablir',
  'No memo with id {id}': 'Aucun mémo n° {id}',
  'No {type} with id {id}': 'Aucun élément ({type}) n° {id}',

  // Export
  'Verbatim cannot write {path}: the folder is read-only or protected': 'Verbatim ne peut pas écrire {path} : le dossier est en lecture seule ou protégé',
  'The disk is full: {file} was not written': 'Le disque est plein : {file} n’a pas été écrit',
  'Verbatim cannot write {path}: part of that path is a file, not a folder':
    'Verbatim ne peut pas écrire {path} : une partie de ce chemin est un fichier, pas un dossier',
  'A file already exists at {path}: replace it, or choose another name': 'Un fichier existe déjà à l’emplacement {path} : remplacez-le, ou choisissez un autre nom',
  '{path} is the open project (or one of its files): choose another file name for the export':
    '{path} est le projet ouvert (ou l’un de ses fichiers) : choisissez un autre nom de fichier pour l’export',
  '{path} belongs to the project {project}: writing it would damage that project': '{path} appartient au projet {project} : l’écrire endommagerait ce projet',
  '{path} is a folder': '{path} est un dossier',
  '{path} is a project open in another Verbatim: it cannot be replaced': '{path} est un projet ouvert dans un autre Verbatim : il ne peut pas être remplacé',
  'The anonymized export was not written: {count} original(s) remain: {list}':
    'L’export anonymisé n’a pas été écrit : {count} nom(s) d’origine y restent : {list}',
  'No code with id {id}: it cannot be a theme of the report': 'Aucun code n° {id} : il ne peut pas être un thème du rapport',

  // Pseudonyms
  'No pseudonym with id {id}': 'Aucun pseudonyme n° {id}',
  '“{form}” is already in the pseudonym table ({owner})': '« {form} » figure déjà dans la table des pseudonymes ({owner})',
  'The selection {start}–{end} is not inside “{name}”': 'La sélection {start}–{end} n’est pas dans « {name} »',
  'Select a name or a few words (up to 500 characters) to add': 'Sélectionnez un nom ou quelques mots (500 caractères au plus) à ajouter',
  '{file} is too large for a word list (over 20 MB)': '{file} est trop volumineux pour une liste de mots (plus de 20 Mo)',
  '{file} is not UTF-8 text: save it as UTF-8 and try again': '{file} n’est pas un texte UTF-8 : enregistrez-le en UTF-8 et réessayez',
  'Verbatim cannot read {file}': 'Verbatim ne peut pas lire {file}',

  // Synthesis
  'A code query may nest at most {max} levels': 'Une requête sur les codes peut imbriquer au plus {max} niveaux',
  'The quote {id} is not from participant {name}': 'La citation n° {id} n’est pas du participant {name}',
  'The quote {id} is not pinned on this theme': 'La citation n° {id} n’est pas épinglée sur ce thème',
  'The new order must list each of the {count} pinned quotes once': 'Le nouvel ordre doit citer une fois chacune des {count} citations épinglées',
  'No recommendation with id {id}': 'Aucune recommandation n° {id}',
  'The new order must list each of the {count} recommendations once': 'Le nouvel ordre doit citer une fois chacune des {count} recommandations',
  'No coder with id {id}': 'Aucun codeur n° {id}',
  'A coder needs a name': 'Un codeur doit avoir un nom',
  'A coder named “{name}” already exists': 'Un codeur nommé « {name} » existe déjà',
  'Agreement compares exactly two coders': 'L’accord inter-codeurs se calcule entre deux codeurs exactement',
  'Disagreements compare exactly two coders': 'Les désaccords comparent exactement deux codeurs',
  'Choose two different coders': 'Choisissez deux codeurs différents',
  'The range of attribute {id} needs numbers': 'Les bornes de l’intervalle sur l’attribut n° {id} doivent être des nombres',
  'Sorting by attribute needs sortAttributeId': 'Le tri par attribut demande un attribut (sortAttributeId)',
  'The quote {id} is not coded with “{name}” or one of its sub-codes': 'La citation n° {id} n’est pas codée « {name} » ni avec un de ses sous-codes',

  // Imported files (“{file}” is the file's name; see documents/import/file-errors.ts)
  '“{file}” is not a valid {kind} (the file is damaged or is not a {extension}).':
    '« {file} » n’est pas un {kind} valide (le fichier est endommagé ou n’est pas un {extension}).',
  '“{file}” is not a participants table: Verbatim reads .csv and .xlsx files with a header row.':
    '« {file} » n’est pas un tableau de participants : Verbatim lit les fichiers .csv et .xlsx avec une ligne d’en-tête.',
  '“{file}” cannot be read (it was moved, deleted, or is not accessible).': '« {file} » ne peut pas être lu (il a été déplacé, supprimé, ou n’est pas accessible).',
  '“{file}” is too large for a participants table ({size}; up to {limit}).':
    '« {file} » est trop volumineux pour un tableau de participants ({size} ; {limit} au plus).',
  '“{file}” has no participants: it needs a header row (identifier, then attributes) and one row per participant.':
    '« {file} » ne contient aucun participant : il faut une ligne d’en-tête (identifiant, puis attributs) et une ligne par participant.',
  '“{file}” contains a document type declaration, which a spreadsheet never needs: Verbatim did not open it.':
    '« {file} » contient une déclaration de type de document, dont un classeur n’a jamais besoin : Verbatim ne l’a pas ouvert.',
  '“{file}” is a Word document renamed to .xlsx, not a spreadsheet.': '« {file} » est un document Word renommé en .xlsx, pas un classeur.',
  '“{file}” is encoded in UTF-32, which Verbatim cannot read: save it again as UTF-8 and import it again.':
    '« {file} » est encodé en UTF-32, que Verbatim ne sait pas lire : enregistrez-le en UTF-8 et importez-le de nouveau.',
  '“{file}” does not contain plain text (it looks like a binary file, such as a picture or a program file).':
    '« {file} » ne contient pas de texte brut (il ressemble à un fichier binaire, comme une image ou un programme).',
  '“{file}” is damaged: its text (UTF-16) is cut off or contains invalid characters.':
    '« {file} » est endommagé : son texte (UTF-16) est tronqué ou contient des caractères non valides.',
  '“{file}” is not a Word document: it looks like {actually} renamed to .docx.': '« {file} » n’est pas un document Word : il ressemble à {actually} renommé en .docx.',
  '“{file}” is a picture, not a text. {supported}.': '« {file} » est une image, pas un texte. {supported}.',
  '“{file}” is a recording: Verbatim works on transcripts, so transcribe it first and import the transcript. {supported}.':
    '« {file} » est un enregistrement : Verbatim travaille sur des transcriptions, transcrivez-le d’abord puis importez la transcription. {supported}.',
  '“{file}” has no extension, so Verbatim cannot tell its format. {supported}.':
    '« {file} » n’a pas d’extension : Verbatim ne peut pas reconnaître son format. {supported}.',
  '“{file}” cannot be imported ({extension} files are not supported). {supported}.':
    '« {file} » ne peut pas être importé (les fichiers {extension} ne sont pas pris en charge). {supported}.',
  '“{file}” is an old-format Word document (97–2003): open it in Word or LibreOffice, save it as .docx, and import that file.':
    '« {file} » est un document Word à l’ancien format (97–2003) : ouvrez-le dans Word ou LibreOffice, enregistrez-le en .docx, puis importez ce fichier.',
  '“{file}” is a Rich Text document: open it in Word or LibreOffice, save it as .docx, and import that file.':
    '« {file} » est un document RTF : ouvrez-le dans Word ou LibreOffice, enregistrez-le en .docx, puis importez ce fichier.',
  '“{file}” is a Pages document: export it from Pages as Word (.docx), and import that file.':
    '« {file} » est un document Pages : exportez-le depuis Pages au format Word (.docx), puis importez ce fichier.',
  '“{file}” is a spreadsheet: a transcript is imported from a text document. {supported}.':
    '« {file} » est un classeur : une transcription s’importe depuis un document texte. {supported}.',
  '“{file}” is a “flat” LibreOffice document: open it in LibreOffice, save it as .odt, and import that file.':
    '« {file} » est un document LibreOffice « plat » : ouvrez-le dans LibreOffice, enregistrez-le en .odt, puis importez ce fichier.',
  '“{file}” is a YouTube caption file: download the captions as .vtt or .srt instead, and import that file.':
    '« {file} » est un fichier de sous-titres YouTube : téléchargez plutôt les sous-titres en .vtt ou .srt, puis importez ce fichier.',
  '“{file}” is a SubStation Alpha subtitle file: convert it to .srt or .vtt (e.g. with Subtitle Edit or Aegisub), and import that file.':
    '« {file} » est un fichier de sous-titres SubStation Alpha : convertissez-le en .srt ou .vtt (par exemple avec Subtitle Edit ou Aegisub), puis importez ce fichier.',
  '“{file}” has too much text to import at once ({size} of Word text; Verbatim reads up to {limit}): split it into several documents in Word.':
    '« {file} » contient trop de texte pour être importé d’un coup ({size} de texte Word ; Verbatim en lit jusqu’à {limit}) : scindez-le en plusieurs documents dans Word.',
  '“{file}” is password-protected: remove the password in LibreOffice (File ▸ Properties ▸ Security, or save without the password), and import it again.':
    '« {file} » est protégé par un mot de passe : retirez-le dans LibreOffice (Fichier ▸ Propriétés ▸ Sécurité, ou enregistrez sans mot de passe), puis importez-le de nouveau.',
  '“{file}” contains a document type declaration, which LibreOffice never writes and harmful files use: Verbatim did not open it.':
    '« {file} » contient une déclaration de type de document, que LibreOffice n’écrit jamais et qu’utilisent les fichiers malveillants : Verbatim ne l’a pas ouvert.',
  '“{file}” is not a LibreOffice text document: it looks like {actually} renamed to .odt.':
    '« {file} » n’est pas un document texte LibreOffice : il ressemble à {actually} renommé en .odt.',
  '“{file}” is not a text document: it looks like {kind}. Save the transcript as a LibreOffice text document (.odt), .docx or .txt, and import that file.':
    '« {file} » n’est pas un document texte : il ressemble à {kind}. Enregistrez la transcription en document texte LibreOffice (.odt), en .docx ou en .txt, puis importez ce fichier.',
  '“{file}” contains no text to import ({reason}).': '« {file} » ne contient aucun texte à importer ({reason}).',
  '“{file}” is not a plain text file: it looks like {kind}. Give it the right extension, or save it as text.':
    '« {file} » n’est pas un fichier texte : il ressemble à {kind}. Donnez-lui la bonne extension, ou enregistrez-le en texte.',
  '“{file}” is too large to import ({size}; the limit for {what} is {limit}).': '« {file} » est trop volumineux pour être importé ({size} ; la limite pour {what} est de {limit}).',
  '“{file}” is a folder or a device, not a file.': '« {file} » est un dossier ou un périphérique, pas un fichier.',
  '“{file}” cannot be found (it may have been moved, renamed or deleted).': '« {file} » est introuvable (il a peut-être été déplacé, renommé ou supprimé).',
  '“{file}” cannot be read: Verbatim is not allowed to open it (check the file’s permissions).':
    '« {file} » ne peut pas être lu : Verbatim n’a pas le droit de l’ouvrir (vérifiez les autorisations du fichier).',
  '“{file}” is a folder, not a file.': '« {file} » est un dossier, pas un fichier.',
  '“{file}” cannot be read ({cause}).': '« {file} » ne peut pas être lu ({cause}).',
  '“{file}” is not a SubRip subtitle file: it has no cue timings such as “00:00:01,000 --> 00:00:04,000”. Check that it is a .srt file, or give it its real extension.':
    '« {file} » n’est pas un fichier de sous-titres SubRip : il n’a aucun minutage comme « 00:00:01,000 --> 00:00:04,000 ». Vérifiez que c’est un fichier .srt, ou donnez-lui sa véritable extension.',
  '“{file}” is damaged: none of its cue timings can be read (they should look like “00:00:01,000 --> 00:00:04,000”).':
    '« {file} » est endommagé : aucun de ses minutages n’est lisible (ils devraient ressembler à « 00:00:01,000 --> 00:00:04,000 »).',
  '“{file}” is not a WebVTT subtitle file: its first line should be “WEBVTT”. Check that it is a .vtt file, or give it its real extension.':
    '« {file} » n’est pas un fichier de sous-titres WebVTT : sa première ligne devrait être « WEBVTT ». Vérifiez que c’est un fichier .vtt, ou donnez-lui sa véritable extension.',
  '“{file}” is not a {kind}: it looks like {actually}. Open it in the program that made it and save it as {extension}.':
    '« {file} » n’est pas un {kind} : il ressemble à {actually}. Ouvrez-le dans le programme qui l’a produit et enregistrez-le en {extension}.',
  '“{file}” contains a part with an unsafe name (“{part}”), which a harmful file would use to reach other folders: Verbatim did not open it.':
    '« {file} » contient une partie au nom dangereux (« {part} »), qu’un fichier malveillant utiliserait pour atteindre d’autres dossiers : Verbatim ne l’a pas ouvert.',
  '“{file}” is password-protected: remove the password in the program that made it, save it, and import it again.':
    '« {file} » est protégé par un mot de passe : retirez-le dans le programme qui l’a produit, enregistrez, puis importez-le de nouveau.',
  '“{file}” looks like a “zip bomb”: one of its parts would expand {ratio} times when opened. Verbatim did not open it.':
    '« {file} » ressemble à une « bombe zip » : une de ses parties serait multipliée par {ratio} à l’ouverture. Verbatim ne l’a pas ouvert.',
  '“{file}” is too large once uncompressed ({size}; Verbatim accepts up to {limit}).': '« {file} » est trop volumineux une fois décompressé ({size} ; Verbatim accepte jusqu’à {limit}).',
  // PDF transcripts (documents/import/pdf.ts)
  '“{file}” is not a PDF file (it does not start as one): check the file, or give it its right extension.':
    '« {file} » n’est pas un fichier PDF (il ne commence pas comme un PDF) : vérifiez le fichier, ou donnez-lui sa véritable extension.',
  '“{file}” contains no text: it is probably a scan (pictures of pages). Run it through text recognition (OCR), or export the transcript as .docx or .txt from the program that made it, and import that file.':
    '« {file} » ne contient aucun texte : c’est sans doute un document numérisé (des images de pages). Passez-le dans un logiciel de reconnaissance de texte (OCR), ou exportez la transcription en .docx ou en .txt depuis le programme qui l’a produite, puis importez ce fichier.',
  '“{file}” is a damaged PDF: its text could not be read ({cause}).': '« {file} » est un PDF endommagé : son texte n’a pas pu être lu ({cause}).',
  '“{file}” is password-protected: open it, save or print it to a PDF without a password (or export the transcript as .docx or .txt), and import that file.':
    '« {file} » est protégé par un mot de passe : ouvrez-le, enregistrez-le ou imprimez-le en PDF sans mot de passe (ou exportez la transcription en .docx ou en .txt), puis importez ce fichier.',
  '“{file}” is a damaged PDF that cannot be opened ({cause}). Export the transcript again, or as .docx or .txt.':
    '« {file} » est un PDF endommagé qui ne peut pas être ouvert ({cause}). Exportez de nouveau la transcription, ou exportez-la en .docx ou en .txt.',

  // REFI-QDA exchange
  '“{file}” declares a document type (DOCTYPE), which REFI-QDA files never do and which could make a reader fetch other files or expand endlessly: Verbatim did not open it.':
    '« {file} » déclare un type de document (DOCTYPE), ce que les fichiers REFI-QDA ne font jamais et qui pourrait faire lire d’autres fichiers ou grossir sans fin : Verbatim ne l’a pas ouvert.',
  '“{file}” is not a valid REFI-QDA file: its XML is damaged or incomplete (a truncated file?).':
    '« {file} » n’est pas un fichier REFI-QDA valide : son XML est endommagé ou incomplet (un fichier tronqué ?).',
  '“{file}” is not a REFI-QDA project or codebook (its root element is <{root}>).':
    '« {file} » n’est ni un projet ni un livre de codes REFI-QDA (son élément racine est <{root}>).',
  '“{file}” contains no project.qde: it is not a REFI-QDA project (.qdpx).': '« {file} » ne contient pas de project.qde : ce n’est pas un projet REFI-QDA (.qdpx).',
  '“{file}” is not a valid REFI-QDA project (the file is damaged).': '« {file} » n’est pas un projet REFI-QDA valide (le fichier est endommagé).',
  '“{file}” is too large to import ({size}; the limit is {limit}).': '« {file} » est trop volumineux pour être importé ({size} ; la limite est de {limit}).',
  '“{file}” was not found: it may have been moved or deleted.': '« {file} » est introuvable : il a peut-être été déplacé ou supprimé.',
  '“{file}” could not be read.': '« {file} » n’a pas pu être lu.',

  // What a REFI-QDA import left out (skipped[].reason) and what the user should know (notes)
  'is a PDF source: Verbatim imports text sources only{detail}.': 'est une source PDF : Verbatim n’importe que des sources texte{detail}.',
  'is a picture source: Verbatim imports text sources only{detail}.': 'est une source image : Verbatim n’importe que des sources texte{detail}.',
  'is an audio source: Verbatim imports text sources only{detail}.': 'est une source audio : Verbatim n’importe que des sources texte{detail}.',
  'is a video source: Verbatim imports text sources only{detail}.': 'est une source vidéo : Verbatim n’importe que des sources texte{detail}.',
  'is empty: there is no text to import.': 'est vide : il n’y a aucun texte à importer.',
  'has no text (REFI-QDA text sources carry a plain-text version).': 'n’a pas de texte (les sources texte REFI-QDA en portent une version en texte brut).',
  'has only a rich-text file and no plain text (REFI-QDA text sources carry a plain-text version).':
    'n’a qu’un fichier en texte enrichi, sans texte brut (les sources texte REFI-QDA en portent une version en texte brut).',
  'its text file ({path}) is not in the package nor on this computer.': 'son fichier texte ({path}) n’est ni dans le paquet ni sur cet ordinateur.',
  'its text file ({path}) is not plain text.': 'son fichier texte ({path}) n’est pas du texte brut.',
  'Verbatim has no sets: it is empty.': 'Verbatim n’a pas d’ensembles : celui-ci est vide.',
  'Verbatim has no sets: its member was imported, without the set.': 'Verbatim n’a pas d’ensembles : son membre a été importé, sans l’ensemble.',
  'Verbatim has no sets: its {count} members were imported, without the set.': 'Verbatim n’a pas d’ensembles : ses {count} membres ont été importés, sans l’ensemble.',
  'A value set on the document itself: Verbatim keeps attributes on participants (cases).':
    'Une valeur posée sur le document lui-même : Verbatim range les attributs sur les participants (cas).',
  '{count} values set on the document itself: Verbatim keeps attributes on participants (cases).':
    '{count} valeurs posées sur le document lui-même : Verbatim range les attributs sur les participants (cas).',
  'refers to a code that is not in the codebook.': 'renvoie à un code absent du livre de codes.',
  'Verbatim has no links between codes or documents.': 'Verbatim n’a pas de liens entre codes ou documents.',
  'has no valid start and end positions.': 'n’a pas de positions de début et de fin valides.',
  'selects no text (positions {start}–{end}, the text has {length}).': 'ne sélectionne aucun texte (positions {start}–{end}, le texte en compte {length}).',
  'The {kind} “{from}” was imported as “{to}” (the name was already taken).': '« {from} » ({kind}) a été importé sous le nom « {to} » (le nom était déjà pris).',
  'The variable “{name}” holds dates with times: the dates were kept, the times dropped.':
    'La variable « {name} » contient des dates avec heures : les dates ont été gardées, les heures laissées de côté.',
  'Some documents belong to several cases in the file: Verbatim links each to the first one only.':
    'Dans le fichier, certains documents appartiennent à plusieurs cas : Verbatim relie chacun au premier seulement.',
  '“{name}” holds passages of {count} cases: it was not linked to any (link its speakers to participants instead).':
    '« {name} » contient des passages de {count} cas : il n’a été relié à aucun (reliez plutôt ses locuteurs aux participants).',
  'A graph (network view) was not imported.': 'Un graphe (vue en réseau) n’a pas été importé.',
  '{count} graphs (network views) were not imported.': '{count} graphes (vues en réseau) n’ont pas été importés.',
  'Selection positions were read as {unit}: that reading matched the texts best.':
    'Les positions des sélections ont été lues en {unit} : c’est la lecture qui correspondait le mieux aux textes.',
  'A selection of “{name}” reached beyond the end of its text: cut at the end of the text.':
    'Une sélection de « {name} » dépassait la fin de son texte : elle a été coupée à la fin du texte.',
  '{count} selections of “{name}” reached beyond the end of its text: cut at the end of the text.':
    '{count} sélections de « {name} » dépassaient la fin de son texte : elles ont été coupées à la fin du texte.',
} satisfies Record<string, string>;

/** English phrases the code puts inside messages (`${kind}`, `${describeBinaryKind(…)}`…). */
const fragments = {
  // Formats (`kind` in damagedFileError and zip-safety)
  'Word document': 'document Word',
  'Excel workbook': 'classeur Excel',
  'LibreOffice text document': 'document texte LibreOffice',
  // What a file looks like (file-signature.ts, docx.ts, odt.ts)
  'a compressed archive or an Office document (such as .docx)': 'une archive compressée ou un document Office (comme un .docx)',
  'a PDF': 'un PDF',
  'an old-format (97–2003) or password-protected Office document': 'un document Office à l’ancien format (97–2003) ou protégé par un mot de passe',
  'a Rich Text (.rtf) document': 'un document RTF (.rtf)',
  'a picture': 'une image',
  'an Excel spreadsheet': 'un classeur Excel',
  'a PowerPoint presentation': 'une présentation PowerPoint',
  'an OpenDocument file (LibreOffice)': 'un fichier OpenDocument (LibreOffice)',
  'a Word document (.docx)': 'un document Word (.docx)',
  // Why a file holds no text (parse-file.ts)
  'it is empty, or holds only pictures': 'il est vide, ou ne contient que des images',
  'it is empty, or holds only blank lines': 'il est vide, ou ne contient que des lignes vides',
  'the page shows no text, or only pictures': 'la page n’affiche aucun texte, ou seulement des images',
  'it has no subtitle cue with words in it': 'il n’a aucun sous-titre contenant des mots',
  // Size limits (parse-file.ts)
  'text files': 'les fichiers texte',
  'web pages': 'les pages web',
  'subtitle files': 'les fichiers de sous-titres',
  'Word documents': 'les documents Word',
  'LibreOffice documents': 'les documents LibreOffice',
  'PDF files': 'les fichiers PDF',
  // The supported formats (file-formats.ts), whatever the list
  'Verbatim imports {list} and {last} files': 'Verbatim importe les fichiers {list} et {last}',
  'Verbatim imports {list} files': 'Verbatim importe les fichiers {list}',
  // Sizes (file-errors.ts `megabytes`)
  '{units}.{decimal} MB': '{units},{decimal} Mo',
  '{size} MB': '{size} Mo',
  // Attribute values (cases/attribute-values.ts) and types
  '“{value}” is not a number': '« {value} » n’est pas un nombre',
  '“{value}” is not a number that can be stored without changing it': '« {value} » n’est pas un nombre enregistrable tel quel',
  '“{value}” is not a date (write 14/03/2017 or 2017-03-14)': '« {value} » n’est pas une date (écrivez 14/03/2017 ou 2017-03-14)',
  number: 'nombre',
  date: 'date',
  text: 'texte',
  category: 'catégorie',
  // What became of a value that could not be read (cases/import-cases.ts)
  'left empty': 'laissé vide',
  'left as it was': 'laissé tel quel',
  // Why a table or a workbook cannot be read (cases/read-table.ts, cases/xlsx.ts)
  'a quote (") opened on line {line} is never closed': 'un guillemet (") ouvert à la ligne {line} n’est jamais fermé',
  'a quote (") opened on line {line} only closes on line {closedAt}, in the middle of a field':
    'un guillemet (") ouvert à la ligne {line} ne se ferme qu’à la ligne {closedAt}, au milieu d’un champ',
  'it has a row numbered {row}': 'il contient une ligne numérotée {row}',
  'it has a cell at “{cell}”, outside any sheet': 'il contient une cellule en « {cell} », hors de toute feuille',
  'a row has more cells than a sheet has columns': 'une ligne a plus de cellules qu’une feuille n’a de colonnes',
  // Who holds a project's lock, and what to do (db/lock.ts)
  'process {pid} on this computer': 'le processus {pid} sur cet ordinateur',
  'the computer “{host}”': 'l’ordinateur « {host} »',
  'Close it there first.': 'Fermez-le d’abord là-bas.',
  'Close it there first; if that computer no longer has it open, delete the lock file {path}.':
    'Fermez-le d’abord là-bas ; si cet ordinateur ne l’a plus ouvert, supprimez le fichier de verrou {path}.',
  // What happened to the open project's file (project/file-guard.ts)
  'was moved, renamed or deleted': 'a été déplacé, renommé ou supprimé',
  'was replaced by another file': 'a été remplacé par un autre fichier',
  'was overwritten by another program': 'a été écrasé par un autre programme',
  // Whether a backup can be restored (session.ts)
  ' A backup from {takenAt} can be restored.': ' Une sauvegarde du {takenAt} peut être restaurée.',
  // Why a project file cannot be opened, inside another message (a backup, a damaged project)
  ...projectFileMessages,
  // Memo targets (memos/handlers.ts), names renamed on a REFI-QDA import
  case: 'participant',
  coding: 'codage',
  variable: 'variable',
  // What a skipped media source also lost (refi/plan-import.ts)
  ' (its selection and its codings were left out too)': ' (sa sélection et ses codages ont aussi été laissés de côté)',
  ' (its {count} selections and their codings were left out too)': ' (ses {count} sélections et leurs codages ont aussi été laissés de côté)',
  // How selection positions were read (refi/plan-import.ts)
  'Unicode code points (the REFI-QDA standard)': 'points de code Unicode (la norme REFI-QDA)',
  'UTF-16 code units with CRLF counted as two (as NVivo for Windows writes)': 'unités UTF-16, CRLF comptant pour deux (comme l’écrit NVivo pour Windows)',
  'code points with CRLF line ends counted as one': 'points de code, les fins de ligne CRLF comptant pour un',
} satisfies Record<string, string>;

export const frCoreMessages: CoreMessageCatalogue = { messages, fragments };

/** Said when a message has no translation yet (a new error): the gist, by code. */
export const frErrorsByCode: Readonly<Record<ErrorCode, string>> = {
  INVALID_INPUT: 'Cette demande n’est pas valide.',
  FORBIDDEN: 'Cette action n’est pas autorisée.',
  NOT_FOUND: 'L’élément demandé est introuvable : il a peut-être été supprimé.',
  CONFLICT: 'Cette action est impossible dans l’état actuel du projet.',
  NO_PROJECT: 'Aucun projet n’est ouvert.',
  PROJECT_LOCKED: 'Ce projet est déjà ouvert dans un autre Verbatim.',
  NOT_A_PROJECT: 'Ce fichier n’est pas un projet Verbatim.',
  PROJECT_TOO_NEW: 'Ce projet a été enregistré par une version plus récente de Verbatim : mettez Verbatim à jour pour l’ouvrir.',
  PROJECT_CORRUPT: 'Le fichier projet est endommagé.',
  UNSUPPORTED_FILE: 'Verbatim ne sait pas importer ce type de fichier.',
  BAD_FILE: 'Ce fichier ne peut pas être lu : il est endommagé ou n’est pas du type annoncé.',
  FILE_TOO_LARGE: 'Ce fichier est trop volumineux.',
  READ_ONLY: 'Impossible d’écrire : le fichier ou le dossier est en lecture seule.',
  DISK_FULL: 'Le disque est plein : libérez de la place et réessayez.',
  EXPORT_LEAK: 'L’export anonymisé n’a pas été écrit : des noms d’origine y figurent encore.',
  INTERNAL: 'Une erreur inattendue s’est produite. Le détail est dans le journal de l’application.',
};
