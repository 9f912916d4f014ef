/*
 * Capital cities, for the wire-copy metonymy that names a government by its seat ("Talks stalled as
 * the capital rejected the plan" for the country's government). World-wide on purpose, keyed by the
 * country names of countries.ts; a city that is not a capital, or is one only in part, is left out.
 */

import { countryByName, type Country } from "./countries";

const RAW = `Afghanistan|Kabul
Albania|Tirana
Algeria|Algiers
Angola|Luanda
Argentina|Buenos Aires
Armenia|Yerevan
Australia|Canberra
Austria|Vienna
Azerbaijan|Baku
Bahrain|Manama
Bangladesh|Dhaka
Belarus|Minsk
Belgium|Brussels
Bolivia|La Paz;Sucre
Bosnia and Herzegovina|Sarajevo
Brazil|Brasilia;Brasília
Bulgaria|Sofia
Burkina Faso|Ouagadougou
Cambodia|Phnom Penh
Cameroon|Yaounde;Yaoundé
Canada|Ottawa
Chad|N'Djamena
Chile|Santiago
China|Beijing
Colombia|Bogota;Bogotá
Croatia|Zagreb
Cuba|Havana
Cyprus|Nicosia
Czech Republic|Prague
Denmark|Copenhagen
Ecuador|Quito
Egypt|Cairo
Eritrea|Asmara
Estonia|Tallinn
Ethiopia|Addis Ababa
Finland|Helsinki
France|Paris
Georgia|Tbilisi
Germany|Berlin
Ghana|Accra
Greece|Athens
Guatemala|Guatemala City
Haiti|Port-au-Prince
Hungary|Budapest
India|New Delhi
Indonesia|Jakarta
Iran|Tehran
Iraq|Baghdad
Ireland|Dublin
Israel|Jerusalem
Italy|Rome
Japan|Tokyo
Jordan|Amman
Kazakhstan|Astana
Kenya|Nairobi
Kuwait|Kuwait City
Kyrgyzstan|Bishkek
Laos|Vientiane
Latvia|Riga
Lebanon|Beirut
Libya|Tripoli
Lithuania|Vilnius
Malaysia|Kuala Lumpur
Mali|Bamako
Mexico|Mexico City
Moldova|Chisinau
Mongolia|Ulaanbaatar
Morocco|Rabat
Mozambique|Maputo
Myanmar|Naypyidaw;Naypyitaw
Nepal|Kathmandu
Netherlands|Amsterdam
New Zealand|Wellington
Nicaragua|Managua
Niger|Niamey
Nigeria|Abuja
North Korea|Pyongyang
Norway|Oslo
Oman|Muscat
Pakistan|Islamabad
Peru|Lima
Philippines|Manila
Poland|Warsaw
Portugal|Lisbon
Qatar|Doha
Romania|Bucharest
Russia|Moscow
Rwanda|Kigali
Saudi Arabia|Riyadh
Senegal|Dakar
Serbia|Belgrade
Singapore|Singapore
Slovakia|Bratislava
Somalia|Mogadishu
South Korea|Seoul
South Sudan|Juba
Spain|Madrid
Sri Lanka|Colombo
Sudan|Khartoum
Sweden|Stockholm
Switzerland|Bern
Syria|Damascus
Taiwan|Taipei
Tajikistan|Dushanbe
Tanzania|Dodoma
Thailand|Bangkok
Tunisia|Tunis
Turkey|Ankara
Turkmenistan|Ashgabat
Uganda|Kampala
Ukraine|Kyiv;Kiev
United Arab Emirates|Abu Dhabi
United Kingdom|London
United States|Washington
Uruguay|Montevideo
Uzbekistan|Tashkent
Venezuela|Caracas
Vietnam|Hanoi
Yemen|Sanaa;Sana'a
Zambia|Lusaka
Zimbabwe|Harare`;

const BY_CAPITAL = new Map<string, Country>();
for (const line of RAW.split("\n")) {
  const [name, capitals] = line.split("|");
  const country = countryByName(name!);
  if (!country) throw new Error(`capitals: ${name} is not a country of countries.ts; add it there first.`);
  for (const c of capitals!.split(";")) BY_CAPITAL.set(c.toLowerCase(), country);
}

/** The country whose capital `name` is ("Kyiv" → Ukraine), if it is one. */
export function countryByCapital(name: string): Country | undefined {
  return BY_CAPITAL.get(name.toLowerCase());
}
