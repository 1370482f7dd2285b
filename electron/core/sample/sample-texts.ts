/**
 * A small fictional study, written for Verbatim (CC0): three short interviews on how cities govern
 * urban data, with an elected official, a service provider and an international expert. Every name,
 * town and organisation is invented.
 */
export const SAMPLE_INTERVIEWS: { file: string; text: string }[] = [
  {
    file: 'E01 - élue.txt',
    text: `Entretien E01 — élue municipale, adjointe au numérique
Réalisé le 14 mars 2025 à l’hôtel de ville de Valmont-sur-Loire.

Enquêtrice : Pour commencer, pouvez-vous me dire comment la ville gère aujourd’hui ses données ?

Martine Lebrun : Honnêtement, chaque service a ses fichiers, ses tableurs, ses logiciels. La voirie ne parle pas à l’urbanisme, et personne n’a une vue d’ensemble. Quand on m’a confié la délégation, j’ai d’abord demandé un inventaire : il a fallu six mois pour l’obtenir.

Enquêtrice : Qu’est-ce qui vous a le plus surprise dans cet inventaire ?

Martine Lebrun : Le nombre de contrats où les données appartiennent au prestataire. Sur le stationnement, par exemple, nous payons pour un service et nous devons encore payer pour récupérer nos propres chiffres. Pour moi, c’est une question de souveraineté : une collectivité qui ne maîtrise pas ses données ne maîtrise pas ses politiques.

Enquêtrice : Comment les habitants perçoivent-ils ces questions ?

Martine Lebrun : Ils veulent savoir ce qu’on fait de leurs données, et ils ont raison. Après l’installation des capteurs de fréquentation place du Marché, nous avons reçu des dizaines de courriers inquiets. La confiance se perd en une semaine et se regagne en des années. Depuis, nous publions chaque capteur, ce qu’il mesure et qui y a accès.

Enquêtrice : Et en interne, avez-vous les compétences nécessaires ?

Martine Lebrun : Non, pas encore. Nous avons recruté une cheffe de projet données l’an dernier, mais elle est seule. Former les agents prend du temps, et les profils techniques préfèrent le privé, qui paie mieux.
`,
  },
  {
    file: 'E02 - prestataire.txt',
    text: `Entretien E02 — directeur d’une entreprise de services urbains
Réalisé le 21 mars 2025, en visioconférence.

Enquêtrice : Comment travaillez-vous avec les collectivités sur les données ?

Karim Benali : Nous exploitons des réseaux de chaleur et d’éclairage pour une vingtaine de villes. Les données de fonctionnement sont produites par nos équipements, donc pendant longtemps nous les avons considérées comme les nôtres. Les contrats récents changent ça : la ville est propriétaire, nous sommes dépositaires.

Enquêtrice : Qu’est-ce que cela change pour vous ?

Karim Benali : Beaucoup de travail, honnêtement. Il faut documenter les formats, ouvrir des interfaces, répondre à des demandes d’extraction. Mais je comprends la logique. Le partage des données entre la ville et ses prestataires doit être prévu dès l’appel d’offres, pas négocié après coup.

Enquêtrice : Voyez-vous des risques ?

Karim Benali : Le risque, c’est le flou juridique. Quand une donnée mélange nos secrets industriels et des informations d’intérêt général, qui décide ? Nous aurions besoin d’un cadre clair, d’un modèle de clause commun à toutes les villes, plutôt que vingt contrats tous différents.

Enquêtrice : Et la confiance des habitants, est-ce un sujet pour vous ?

Karim Benali : De plus en plus. Les gens nous confondent avec la mairie. Si un capteur pose problème, c’est l’image de tout le monde qui en pâtit.
`,
  },
  {
    file: 'E03 - experte.txt',
    text: `Entretien E03 — experte internationale en gouvernance des données
Réalisé le 2 avril 2025, en visioconférence depuis Lisbonne.

Enquêtrice : D’après votre expérience, qu’est-ce qui distingue les villes qui réussissent ?

Sofia Almeida : Trois choses. D’abord, une direction politique claire : quelqu’un qui porte le sujet au plus haut niveau. Ensuite, des compétences internes, parce qu’on ne peut pas piloter ce qu’on ne comprend pas. Enfin, une relation de confiance avec les habitants, construite dans la durée.

Enquêtrice : Vous insistez sur les compétences internes. Pourquoi ?

Sofia Almeida : Parce que sans elles, la ville dépend entièrement de ses fournisseurs. J’ai vu des métropoles signer des contrats qu’aucun agent n’était capable de lire techniquement. La souveraineté numérique commence par la capacité à poser les bonnes questions.

Enquêtrice : Quel rôle joue le cadre juridique européen ?

Sofia Almeida : Il donne des outils, mais il ne remplace pas une stratégie locale. Les villes qui avancent ont écrit leur propre charte de la donnée, avec des principes simples : transparence, finalité, réciprocité. Le partage des données devient alors une règle du jeu connue de tous.

Enquêtrice : Un conseil pour une ville qui débute ?

Sofia Almeida : Commencer petit, par un cas d’usage utile aux habitants, et le documenter publiquement. La confiance vient des preuves, pas des discours.
`,
  },
];

/** The sample codebook: themes of the study, with their definitions. */
export const SAMPLE_CODES: { name: string; description: string; children: { name: string; description: string }[] }[] = [
  {
    name: 'Gouvernance des données',
    description: 'Comment la ville organise la maîtrise, l’accès et l’usage des données urbaines.',
    children: [
      {
        name: 'Souveraineté',
        description:
          'Capacité de la collectivité à maîtriser ses données et ses choix techniques. Inclut : propriété des données, dépendance aux fournisseurs. Exclut : sécurité informatique.',
      },
      {
        name: 'Partage des données',
        description: 'Échanges de données entre la ville, ses prestataires et d’autres acteurs ; clauses et interfaces.',
      },
      { name: 'Cadre juridique', description: 'Règles, contrats types, droit européen et chartes locales.' },
    ],
  },
  {
    name: 'Confiance des habitants',
    description: 'Perception des habitants, transparence, inquiétudes et leur prise en compte.',
    children: [],
  },
  {
    name: 'Compétences internes',
    description: 'Savoir-faire des agents, recrutement, formation, capacité à piloter les prestataires.',
    children: [],
  },
];

/** Codings of the sample: [document file, code name, exact quote]. */
export const SAMPLE_CODINGS: [string, string, string][] = [
  ['E01 - élue.txt', 'Souveraineté', 'une collectivité qui ne maîtrise pas ses données ne maîtrise pas ses politiques'],
  ['E01 - élue.txt', 'Souveraineté', 'nous payons pour un service et nous devons encore payer pour récupérer nos propres chiffres'],
  ['E01 - élue.txt', 'Confiance des habitants', 'La confiance se perd en une semaine et se regagne en des années.'],
  ['E01 - élue.txt', 'Confiance des habitants', 'nous publions chaque capteur, ce qu’il mesure et qui y a accès'],
  ['E01 - élue.txt', 'Compétences internes', 'Nous avons recruté une cheffe de projet données l’an dernier, mais elle est seule.'],
  ['E02 - prestataire.txt', 'Partage des données', 'Le partage des données entre la ville et ses prestataires doit être prévu dès l’appel d’offres, pas négocié après coup.'],
  ['E02 - prestataire.txt', 'Souveraineté', 'la ville est propriétaire, nous sommes dépositaires'],
  ['E02 - prestataire.txt', 'Cadre juridique', 'Nous aurions besoin d’un cadre clair, d’un modèle de clause commun à toutes les villes'],
  ['E02 - prestataire.txt', 'Confiance des habitants', 'Les gens nous confondent avec la mairie.'],
  ['E03 - experte.txt', 'Compétences internes', 'on ne peut pas piloter ce qu’on ne comprend pas'],
  ['E03 - experte.txt', 'Souveraineté', 'La souveraineté numérique commence par la capacité à poser les bonnes questions.'],
  ['E03 - experte.txt', 'Cadre juridique', 'Il donne des outils, mais il ne remplace pas une stratégie locale.'],
  ['E03 - experte.txt', 'Partage des données', 'Le partage des données devient alors une règle du jeu connue de tous.'],
  ['E03 - experte.txt', 'Confiance des habitants', 'La confiance vient des preuves, pas des discours.'],
];

/**
 * The participants: identifier (what reports show), actor group (what matrices compare), and the
 * real name, marked identifying (what anonymized exports replace). `file` is their interview and
 * `speaker` their label in it.
 */
export const SAMPLE_PARTICIPANTS: { id: string; file: string; speaker: string; actorType: string; organisation: string; interviewDate: string }[] = [
  { id: 'E01', file: 'E01 - élue.txt', speaker: 'Martine Lebrun', actorType: 'Élue', organisation: 'Ville de Valmont-sur-Loire', interviewDate: '2025-03-14' },
  { id: 'E02', file: 'E02 - prestataire.txt', speaker: 'Karim Benali', actorType: 'Prestataire de services', organisation: 'Prestataire de mobilité', interviewDate: '2025-03-21' },
  { id: 'E03', file: 'E03 - experte.txt', speaker: 'Sofia Almeida', actorType: 'Experte internationale', organisation: 'Réseau international de villes', interviewDate: '2025-04-02' },
];
