/*
 * A general gazetteer of countries with their common English name variants and demonyms, used to
 * type place mentions and to read "Russian losses" as losses of Russia. It is world-wide on purpose:
 * nothing here is tuned to one corpus. Format: "Name|variant;variant|demonym;demonym".
 */

const RAW = `Afghanistan||Afghan;Afghans
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Argentina||Argentine;Argentinian;Argentines
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis
Bangladesh||Bangladeshi;Bangladeshis
Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belorussian
Belgium||Belgian;Belgians
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians
Brazil|Brasil|Brazilian;Brazilians
Bulgaria||Bulgarian;Bulgarians
Cambodia||Cambodian;Cambodians
Canada||Canadian;Canadians
Chile||Chilean;Chileans
China|People's Republic of China;PRC|Chinese
Colombia||Colombian;Colombians
Croatia||Croatian;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Denmark||Danish;Dane;Danes
Egypt||Egyptian;Egyptians
Estonia||Estonian;Estonians
Ethiopia||Ethiopian;Ethiopians
Finland||Finnish;Finn;Finns
France||French
Georgia||Georgian;Georgians
Germany||German;Germans
Greece||Greek;Greeks
Hungary||Hungarian;Hungarians
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran||Iranian;Iranians
Iraq||Iraqi;Iraqis
Ireland||Irish
Israel||Israeli;Israelis
Italy||Italian;Italians
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhstani;Kazakhs
Kenya||Kenyan;Kenyans
Kosovo||Kosovar;Kosovars
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan||Kyrgyz
Latvia||Latvian;Latvians
Lebanon||Lebanese
Libya||Libyan;Libyans
Lithuania||Lithuanian;Lithuanians
Mexico||Mexican;Mexicans
Moldova||Moldovan;Moldovans
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco||Moroccan;Moroccans
Myanmar|Burma|Burmese
Netherlands|Holland;the Netherlands|Dutch
New Zealand||New Zealander;New Zealanders
Nigeria||Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
Norway||Norwegian;Norwegians
Pakistan||Pakistani;Pakistanis
Palestine|Palestinian territories|Palestinian;Palestinians
Peru||Peruvian;Peruvians
Philippines|the Philippines|Filipino;Philippine;Filipinos
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation;the Russian Federation|Russian;Russians
Saudi Arabia||Saudi;Saudis
Serbia||Serbian;Serb;Serbs
Slovakia||Slovak;Slovakian;Slovaks
Slovenia||Slovenian;Slovene;Slovenes
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea|South Korean;South Koreans
Spain||Spanish;Spaniard;Spaniards
Sudan||Sudanese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria||Syrian;Syrians
Taiwan||Taiwanese
Tajikistan||Tajik;Tajiks
Thailand||Thai;Thais
Tunisia||Tunisian;Tunisians
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Ukraine|the Ukraine|Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans
Uzbekistan||Uzbek;Uzbeks
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
European Union|EU;E.U.|European;Europeans`;

export interface Country {
  name: string;
  variants: string[];
  demonyms: string[];
}

export const COUNTRIES: readonly Country[] = RAW.split("\n").map((line) => {
  const [name, variants, demonyms] = line.split("|");
  return {
    name: name!,
    variants: variants ? variants.split(";") : [],
    demonyms: demonyms ? demonyms.split(";") : [],
  };
});

const BY_NAME = new Map<string, Country>();
const BY_DEMONYM = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.variants]) BY_NAME.set(n.toLowerCase(), c);
  for (const d of c.demonyms) BY_DEMONYM.set(d.toLowerCase(), c);
}

export function countryByName(name: string): Country | undefined {
  return BY_NAME.get(name.toLowerCase());
}

export function countryByDemonym(word: string): Country | undefined {
  return BY_DEMONYM.get(word.toLowerCase());
}
