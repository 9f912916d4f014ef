/*
 * A general gazetteer of countries with their common English name variants and demonyms, used to
 * type place mentions and to read "Russian losses" as losses of Russia. It is world-wide on purpose:
 * nothing here is tuned to one corpus. Format: "Name|variant;variant|demonym;demonym".
 */

const RAW = `Afghanistan||Afghan;Afghans
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Andorra||Andorran;Andorrans
Angola||Angolan;Angolans
Argentina||Argentine;Argentinian;Argentines
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis
Bahrain||Bahraini;Bahrainis
Bangladesh||Bangladeshi;Bangladeshis
Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belorussian
Belgium||Belgian;Belgians
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians
Botswana||Motswana;Batswana
Brazil|Brasil|Brazilian;Brazilians
Brunei||Bruneian;Bruneians
Bulgaria||Bulgarian;Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian;Burundians
Cambodia||Cambodian;Cambodians
Cameroon||Cameroonian;Cameroonians
Canada||Canadian;Canadians
Chad||Chadian;Chadians
Chile||Chilean;Chileans
China|People's Republic of China;PRC|Chinese
Colombia||Colombian;Colombians
Costa Rica||Costa Rican;Costa Ricans
Croatia||Croatian;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Denmark||Danish;Dane;Danes
Djibouti||Djiboutian;Djiboutians
Dominican Republic||Dominican;Dominicans
Ecuador||Ecuadorean;Ecuadorian;Ecuadoreans;Ecuadorians
Egypt||Egyptian;Egyptians
El Salvador||Salvadoran;Salvadorans
Eritrea||Eritrean;Eritreans
Estonia||Estonian;Estonians
Ethiopia||Ethiopian;Ethiopians
European Union|EU;E.U.|European;Europeans
Fiji||Fijian;Fijians
Finland||Finnish;Finn;Finns
France||French
Gabon||Gabonese
Gambia|The Gambia|Gambian;Gambians
Georgia||Georgian;Georgians
Germany||German;Germans
Ghana||Ghanaian;Ghanaians
Greece||Greek;Greeks
Guatemala||Guatemalan;Guatemalans
Guinea||Guinean;Guineans
Guyana||Guyanese
Haiti||Haitian;Haitians
Honduras||Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelander;Icelanders
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran||Iranian;Iranians
Iraq||Iraqi;Iraqis
Ireland||Irish
Israel||Israeli;Israelis
Italy||Italian;Italians
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhstani;Kazakhs
Kenya||Kenyan;Kenyans
Kosovo||Kosovar;Kosovars
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Laotian;Laotians
Latvia||Latvian;Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian;Liberians
Libya||Libyan;Libyans
Lithuania||Lithuanian;Lithuanians
Luxembourg||Luxembourger;Luxembourgers
Madagascar||Malagasy
Malawi||Malawian;Malawians
Malaysia||Malaysian;Malaysians
Mali||Malian;Malians
Malta||Maltese
Mauritania||Mauritanian;Mauritanians
Mauritius||Mauritian;Mauritians
Mexico||Mexican;Mexicans
Moldova||Moldovan;Moldovans
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco||Moroccan;Moroccans
Mozambique||Mozambican;Mozambicans
Myanmar|Burma|Burmese
Namibia||Namibian;Namibians
Nepal||Nepalese;Nepali
Netherlands|Holland;the Netherlands|Dutch
New Zealand||New Zealander;New Zealanders
Nicaragua||Nicaraguan;Nicaraguans
Niger||Nigerien;Nigeriens
Nigeria||Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
North Macedonia|Macedonia|Macedonian;Macedonians
Norway||Norwegian;Norwegians
Oman||Omani;Omanis
Pakistan||Pakistani;Pakistanis
Palestine|Palestinian territories|Palestinian;Palestinians
Panama||Panamanian;Panamanians
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan;Paraguayans
Peru||Peruvian;Peruvians
Philippines|the Philippines|Filipino;Philippine;Filipinos
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation;the Russian Federation|Russian;Russians
Rwanda||Rwandan;Rwandans
Saudi Arabia||Saudi;Saudis
Senegal||Senegalese
Serbia||Serbian;Serb;Serbs
Sierra Leone||Sierra Leonean;Sierra Leoneans
Singapore||Singaporean;Singaporeans
Slovakia||Slovak;Slovakian;Slovaks
Slovenia||Slovenian;Slovene;Slovenes
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea|South Korean;South Koreans
South Sudan||South Sudanese
Spain||Spanish;Spaniard;Spaniards
Sri Lanka||Sri Lankan;Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria||Syrian;Syrians
Taiwan||Taiwanese
Tajikistan||Tajik;Tajiks
Tanzania||Tanzanian;Tanzanians
Thailand||Thai;Thais
Togo||Togolese
Trinidad and Tobago||Trinidadian;Trinidadians
Tunisia||Tunisian;Tunisians
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Uganda||Ugandan;Ugandans
Ukraine|the Ukraine|Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans
Uruguay||Uruguayan;Uruguayans
Uzbekistan||Uzbek;Uzbeks
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
Zambia||Zambian;Zambians
Zimbabwe||Zimbabwean;Zimbabweans`;

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
  const lower = name.toLowerCase();
  // An initialism cut before its last dot ("U.S" of "U.S.-led") is still the country.
  return BY_NAME.get(lower) ?? (/^(?:\p{L}\.)+\p{L}$/u.test(lower) ? BY_NAME.get(`${lower}.`) : undefined);
}

export function countryByDemonym(word: string): Country | undefined {
  return BY_DEMONYM.get(word.toLowerCase());
}
