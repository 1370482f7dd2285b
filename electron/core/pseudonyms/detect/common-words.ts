import { foldKey } from '../normalize';

/**
 * Words that are capitalised at the start of a sentence, in titles or as roles, but name nobody:
 * function words, frequent verbs and adverbs, interjections, roles and titles, months and days,
 * countries, nationalities and languages, institutions known to all. A capitalised word found here
 * is not suggested as a name unless a cue says it is one (`ma fille Rose`, `M. Pierre`). Folded
 * (lower case, no accents), so `État` and `etat` are the same entry.
 */
const FRENCH = `
a à au aux avec ce ces cet cette ceci cela ça chaque comme dans de des du elle elles en et eux il ils je j
la le les leur leurs lui ma mais me mes moi mon ne ni nos notre nous on or ou où par pas pour qu que quel
quelle quelles quels qui quoi sa sans se ses si son sur ta te tes toi ton tu un une vos votre vous y
alors ainsi après aussi autant autre autres avant beaucoup bien bientôt car cependant certes certains
certaines chez combien comment d'abord déjà demain depuis donc encore enfin ensuite environ hier ici jamais
là longtemps lorsque maintenant malgré même moins néanmoins non oui parce parfois partout pendant peu peut
peut-être plus plusieurs plutôt pourquoi pourtant près puis quand quelque quelques quelquefois rien
souvent surtout tant tard tôt toujours tout toute toutes tous très trop voici voilà vraiment ah oh eh bah
ben bon bonjour bonsoir merci salut euh hum hein ok okay d'accord voilà bref enfin bravo hélas dis disons
écoutez écoute voyez regardez attendez allez tiens bah effectivement exactement absolument évidemment
justement clairement finalement globalement heureusement malheureusement personnellement
est sont était étaient été être avoir ai as avons avez ont avait avaient eu fait faire fais font dit dire
va vais vont aller peux pouvez peuvent pouvait faut fallait sais savez sait savoir crois pense pensez
trouve trouvez veux voulez voudrais aimerais mettons imaginons prenons passons revenons parlons
madame monsieur mademoiselle mesdames messieurs docteur docteure professeur professeure maître
maire adjoint adjointe président présidente directeur directrice préfet préfète ministre député députée
sénateur sénatrice conseiller conseillère secrétaire responsable chef cheffe chargé chargée gérant gérante
coordinateur coordinatrice animateur animatrice enquêteur enquêtrice intervieweur intervieweuse
chercheur chercheuse participant participante interlocuteur interlocutrice intervenant intervenante
question réponse entretien transcription note notes remarque introduction conclusion annexe résumé
mairie commune ville village région département état république gouvernement assemblée sénat
préfecture conseil municipal communauté métropole agglomération collectivité administration
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche noël pâques toussaint ramadan
france europe afrique asie amérique océanie allemagne espagne italie belgique suisse portugal
royaume-uni angleterre irlande pays-bas luxembourg canada québec maroc algérie tunisie sénégal chine
japon inde russie brésil mexique états-unis usa
français française françaises anglais anglaise européen européenne allemand allemande espagnol
espagnole italien italienne belge suisse portugais portugaise arabe chinois chinoise américain américaine
dieu internet covid covid-19 web wifi facebook google youtube twitter instagram whatsapp linkedin
excel word powerpoint zoom teams
premier première deuxième troisième dernier dernière nouveau nouvelle grand grande petit petite
ancien ancienne haut haute bas basse vieux vieille bon bonne mauvais mauvaise vrai vraie seul seule
rue avenue boulevard place chemin route
lieu lieux date durée heure horaire sujet thème objet contexte fichier enregistrement référence identifiant
projet étude langue support mode transcrit transcripteur transcriptrice retranscription interviewé interviewée
nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre occident orient hexagone outre-mer benelux
maghreb scandinavie balkans méditerranée atlantique pacifique province provinces territoire territoires
fabrique maison atelier ateliers pôle collectif réseau comité bureau direction service services office agence
groupe cabinet laboratoire observatoire coopérative fédération ministère université école institut fondation
`;

const ENGLISH = `
a an the and or but if then so because as at by for from in into of off on onto out over to up upon
with within without about above after again against all am any are aren't be been before being below
between both can could did do does doing down during each few further had has have having he her here
hers herself him himself his how i i'm i've i'd i'll is it it's its itself just me more most my myself
no nor not now only other our ours ourselves own same she should some such than that that's their theirs
them themselves there these they this those through too under until very was we were what when where which
while who whom why will would you your yours yourself yourselves yes yeah yep nope okay ok well oh ah uh
um hmm hello hi hey thanks thank please sorry right sure maybe perhaps really actually basically honestly
obviously anyway also still yet though although however therefore meanwhile otherwise indeed besides
first second third last next new old good bad great little big many much every everything something
nothing anything someone everyone nobody somebody anybody one two three four five six seven eight nine ten
let let's say said says think thought know knew see saw look looked go went going come came get got
make made take took give gave tell told ask asked feel felt want wanted need needed try tried mean meant
mr mrs ms miss dr doctor professor sir madam mister lady lord
mayor president director manager chair chairman chairwoman minister secretary officer head chief
interviewer interviewee researcher participant respondent moderator facilitator speaker question answer
interview transcript note introduction conclusion appendix summary
council city town village county region state government parliament senate department ministry
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
england britain uk scotland wales ireland america american english british french german spanish
italian european african asian canadian chinese japanese indian
god street road avenue lane
location duration time date subject topic file recording reference project study language transcriber
north south east west northern southern eastern western northeast northwest southeast southwest midlands midwest
centre center network trust council board office agency group unit team hub lab foundation institute
`;

const words = new Set<string>();
for (const w of `${FRENCH} ${ENGLISH}`.split(/\s+/u)) if (w) words.add(foldKey(w));

/** Whether a word (any case, any accents) is a known common word. */
export const isCommonWord = (word: string): boolean => words.has(foldKey(word));

/**
 * Everyday words that are also frequent surnames or first names (`Blanc`, `Petit`, `Rose`,
 * `Marchand`, `White`, `Baker`): found by detection only where written as names, but an entry for
 * one, matched in every form, would also replace `vin blanc` or `a rose`. The table flags them so
 * that the user chooses "proper name only". Not common words for detection (they do name people).
 */
const WORDS_AND_NAMES = `
blanc blanche petit petite rose marchand boulanger meunier berger bonnet boucher charpentier chevalier fontaine
mercier moulin renard roux brun brune grand noir vert rouge maçon pasteur prieur sage vallée bois baron comte
roi prince lion loup lièvre faucon pierre olive marguerite violette capucine prune fleur clément constant
parfait juste aimé désiré poirier pommier chêne carré pascal colombe ange bonheur fort doux courtois gentil
marin marine bouvier chasseur pêcheur noël
white black brown green gray grey smith baker cook miller carpenter mason hunter fisher bishop king young long
little short strong lily daisy ivy holly heather hazel violet may april june hope grace joy faith patience
charity will mark bill frank rich stone wood woods hill field bush moss reed lamb fox wolf bird swan crane hawk
drake price bell wells banks marsh brook brooks rivers lane summer winter frost snow storm sharp wise noble
cross dean chase hart page porter cooper turner walker archer butler
`;
const wordsAndNames = new Set<string>();
for (const w of WORDS_AND_NAMES.split(/\s+/u)) if (w) wordsAndNames.add(foldKey(w));

/** Whether a one-word name is also an everyday word (see {@link WORDS_AND_NAMES}), or a common word outright. */
export const isAlsoEverydayWord = (word: string): boolean => wordsAndNames.has(foldKey(word)) || isCommonWord(word);

/** Roles and titles, which follow a title without naming anyone (`Madame Présidente`, `Mr President`). */
const ROLES = new Set(
  `maire adjoint adjointe président présidente directeur directrice préfet préfète ministre député députée sénateur
   sénatrice conseiller conseillère secrétaire responsable chef cheffe docteur docteure professeur professeure maître
   juge commissaire capitaine général colonel mayor president director manager chair chairman chairwoman minister
   secretary officer head chief judge captain general doctor professor`
    .split(/\s+/u)
    .filter(Boolean)
    .map(foldKey),
);
export const isRole = (word: string): boolean => ROLES.has(foldKey(word));

/** Honorifics before a name: `M. Roux`, `Mme Lebrun`, `Dr. Puig`, `docteure Puig`, `Mrs Smith`. */
export const HONORIFICS = new Set(
  `m m. mm. mme mmes mlle mlles madame monsieur mademoiselle dr dr. docteur docteure doctor pr pr. professeur
   professeure professor maitre mr mr. mrs mrs. ms ms. miss sir lady lord`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Labels of an interview's header block (`Lieu : Lyon`, `Date : 12 mars`, `Durée : 45 min`,
 * `Interviewer : Julie R.`): fields, never people, even where an importer read them as speakers.
 */
const HEADER_LABEL =
  /^(lieu|lieux|date|dates|duree|heure|horaire|sujet|theme|objet|contexte|fichier|enregistrement|reference|identifiant|code|projet|etude|langue|support|mode|format|version|transcription|transcrit|transcripteur|transcriptrice|retranscription|nom|prenom|age|sexe|genre|profession|fonction|poste|statut|organisation|structure|ville|pays|location|duration|time|place|venue|subject|topic|file|recording|ref|project|study|language|transcriber|transcribed|name|gender|occupation|role|position|organization|city|country|notes?)\b/u;

/** Speaker labels that are roles, not people (`Enquêtrice`, `Q`, `Interviewer`, `Participant 3`). */
export function isRoleLabel(label: string): boolean {
  const key = foldKey(label).replace(/[\s\d.()[\]-]+$/u, '');
  if (key.length <= 2) return true;
  if (/\d/u.test(label)) return true;
  if (HEADER_LABEL.test(key)) return true;
  return /^(enqueteur|enquetrice|intervieweur|intervieweuse|interviewer|interviewee|chercheur|chercheuse|researcher|animateur|animatrice|moderateur|moderatrice|moderator|facilitator|participant|participante|participants|locuteur|locutrice|speaker|intervenant|intervenante|interlocuteur|interlocutrice|question|reponse|answer|respondent|repondant|repondante|journaliste|observateur|observatrice|inconnu|inconnue|unknown|tous|all|plusieurs|voix|voice)\b/u.test(
    key,
  );
}
