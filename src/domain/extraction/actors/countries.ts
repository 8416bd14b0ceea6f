/**
 * World countries with the short forms, demonyms and capital-city metonyms news
 * copy uses for their governments ("Washington said", "the U.K."), plus the
 * regions and places that must never be read as actors ("Latin America").
 * Format per line: Name | aliases | demonyms | capital (metonym).
 */
const COUNTRY_LINES = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahamas||Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|
Belize||Belizean|Belmopan
Benin||Beninese|
Bhutan||Bhutanese|
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Motswana|
Brazil||Brazilian|Brasilia,Brasília
Brunei||Bruneian|
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|
Central African Republic|||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota,Bogotá
Comoros||Comorian|
Congo|Republic of the Congo,Democratic Republic of the Congo,DRC,DR Congo|Congolese|Kinshasa,Brazzaville
Costa Rica||Costa Rican|San Jose,San José
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica||Dominican|
Dominican Republic|||Santo Domingo
Ecuador||Ecuadorian,Ecuadorean|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran,Salvadorean|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia||Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau|||
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|Abidjan
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kiribati|||
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho|||Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands|||
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|
Mexico||Mexican|Mexico City
Micronesia|||
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru|||
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau|||
Palestine|Palestinian Territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea|||Port Moresby
Paraguay||Paraguayan|Asuncion,Asunción
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Kremlin
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St. Kitts and Nevis||
Saint Lucia|St. Lucia|Saint Lucian|
Saint Vincent and the Grenadines|St. Vincent and the Grenadines,St. Vincent||
Samoa||Samoan|
San Marino|||
Saudi Arabia|Saudi|Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles|||
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Solomon Islands|||
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor||Dili
Togo||Togolese|Lome
Tonga||Tongan|
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu|||
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|US,U.S.,USA,U.S.A.,United States of America,America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu|||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;

export type CountryEntry = { name: string; aliases: string[]; demonyms: string[]; capitals: string[] };

const splitList = (s: string | undefined) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean);

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_LINES.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases, demonyms, capitals] = line.split("|");
    return { name: name.trim(), aliases: splitList(aliases), demonyms: splitList(demonyms), capitals: splitList(capitals) };
  });

/** Demonyms and nationality adjectives: title modifiers ("French Foreign Minister"), never actors by themselves here. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => c.demonyms).concat(["European", "Latin", "Caribbean", "African", "Asian", "Arab", "Western", "Americans"]),
);

/** Regions and non-capital places that a country alias could otherwise match inside ("Latin America"). */
export const PLACES: readonly string[] = `
Latin America|North America|South America|Central America|Europe|Asia|Africa|Oceania|Middle East|Caribbean|
Pacific|Atlantic|Arctic|Antarctica|Mediterranean|Balkans|Sahel|Scandinavia|Western Hemisphere|Eastern Pacific|
Gulf of Mexico|Persian Gulf|Red Sea|Black Sea|Caribbean Sea|Indian Ocean|Southeast Asia|East Asia|West Africa|
East Africa|North Africa|Eastern Europe|Western Europe|Central Asia|South Asia|Gaza Strip|West Bank|Gaza|
Mexico City|Panama City|Guatemala City|Kuwait City|Vatican City|Washington, D.C.|Washington D.C.|Washington state|
New York|New Jersey|New Mexico|Los Angeles|San Francisco|San Diego|Miami|Florida|Texas|California|
Niagara-on-the-Lake|Georgia state|Dutch Caribbean
`
  .split("|")
  .map((s) => s.trim())
  .filter(Boolean);

/**
 * Dependent territories with governments of their own: news copy names them as it
 * names countries ("Curaçao said it would not be a launch pad"), so they are
 * actors of the country kind. Format: Name | aliases.
 */
export const TERRITORIES: readonly { name: string; aliases: string[] }[] = `
Puerto Rico|
Aruba|
Curaçao|Curacao
Bonaire|
Sint Maarten|
Greenland|
Hong Kong|
Macau|Macao
American Samoa|
Guam|
US Virgin Islands|U.S. Virgin Islands
British Virgin Islands|
Cayman Islands|
Turks and Caicos Islands|Turks and Caicos
Bermuda|
Anguilla|
Montserrat|
Gibraltar|
Falkland Islands|Falklands
French Guiana|
Martinique|
Guadeloupe|
French Polynesia|
New Caledonia|
Faroe Islands|
`
  .trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases] = line.split("|");
    return { name: name.trim(), aliases: splitList(aliases) };
  });

/** Intergovernmental bodies every outlet names by acronym. */
export const INTERNATIONAL_ORGS: readonly { name: string; aliases: string[] }[] = [
  { name: "United Nations", aliases: ["UN", "U.N."] },
  { name: "European Union", aliases: ["EU", "E.U."] },
  { name: "NATO", aliases: ["North Atlantic Treaty Organization", "Nato"] },
  { name: "Organization of American States", aliases: ["OAS"] },
  { name: "African Union", aliases: ["AU"] },
  { name: "World Health Organization", aliases: ["WHO"] },
  { name: "International Criminal Court", aliases: ["ICC"] },
  { name: "International Court of Justice", aliases: ["ICJ"] },
  { name: "Group of Seven", aliases: ["G7", "G-7"] },
  { name: "Group of 20", aliases: ["G20", "G-20"] },
  { name: "International Monetary Fund", aliases: ["IMF"] },
  { name: "World Trade Organization", aliases: ["WTO"] },
];

/** Seats of government named for their government, news agencies and armed groups known worldwide. */
export const WELL_KNOWN_ORGS: readonly { name: string; kind: "organization" | "group"; aliases: string[] }[] = [
  { name: "White House", kind: "organization", aliases: [] },
  { name: "Downing Street", kind: "organization", aliases: ["10 Downing Street", "Number 10"] },
  { name: "Élysée Palace", kind: "organization", aliases: ["Elysee Palace", "Élysée", "Elysee"] },
  { name: "Reuters", kind: "organization", aliases: [] },
  { name: "Associated Press", kind: "organization", aliases: ["AP", "The Associated Press"] },
  { name: "AFP", kind: "organization", aliases: ["Agence France-Presse", "Agence France Presse"] },
  { name: "Bloomberg", kind: "organization", aliases: ["Bloomberg News"] },
  { name: "Xinhua", kind: "organization", aliases: ["Xinhua News Agency"] },
  { name: "TASS", kind: "organization", aliases: [] },
  { name: "EFE", kind: "organization", aliases: [] },
  { name: "Al Jazeera", kind: "organization", aliases: [] },
  { name: "BBC", kind: "organization", aliases: [] },
  // National bodies that copy names by a bare acronym or short form, seldom spelt out, and whose full name is the usual one.
  { name: "Royal Air Force", kind: "organization", aliases: ["RAF"] },
  { name: "House of Commons", kind: "organization", aliases: ["Commons"] },
  { name: "House of Lords", kind: "organization", aliases: [] },
  { name: "US House of Representatives", kind: "organization", aliases: ["U.S. House of Representatives", "US House", "U.S. House"] },
  { name: "Israel Defense Forces", kind: "organization", aliases: ["IDF"] },
  { name: "Joint Staff", kind: "organization", aliases: [] },
  // Parties copy names by their short name alone ("a Labour member of the committee").
  { name: "Labour Party", kind: "organization", aliases: ["Labour"] },
  { name: "al-Qaida", kind: "group", aliases: ["al-Qaeda", "Al-Qaeda", "Al Qaeda", "al Qaeda", "Al-Qaida"] },
  { name: "Islamic State", kind: "group", aliases: ["ISIS", "ISIL", "Daesh"] },
  { name: "Hamas", kind: "group", aliases: [] },
  { name: "Hezbollah", kind: "group", aliases: [] },
  { name: "Taliban", kind: "group", aliases: [] },
  { name: "FARC", kind: "group", aliases: ["Revolutionary Armed Forces of Colombia"] },
  { name: "ELN", kind: "group", aliases: ["National Liberation Army"] },
];
