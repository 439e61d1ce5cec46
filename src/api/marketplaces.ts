/** Amazon marketplaces: id → country, name, currency and the locale its sellers read. */
export interface MarketplaceInfo {
  id: string;
  country: string;
  name: string;
  currency: string;
  locale: string;
}

const LIST: MarketplaceInfo[] = [
  { id: 'ATVPDKIKX0DER', country: 'US', name: 'Amazon.com', currency: 'USD', locale: 'en-US' },
  { id: 'A2EUQ1WTGCTBG2', country: 'CA', name: 'Amazon.ca', currency: 'CAD', locale: 'en-CA' },
  { id: 'A1AM78C64UM0Y8', country: 'MX', name: 'Amazon.com.mx', currency: 'MXN', locale: 'es-MX' },
  { id: 'A2Q3Y263D00KWC', country: 'BR', name: 'Amazon.com.br', currency: 'BRL', locale: 'pt-BR' },
  { id: 'A1F83G8C2ARO7P', country: 'UK', name: 'Amazon.co.uk', currency: 'GBP', locale: 'en-GB' },
  { id: 'A1PA6795UKMFR9', country: 'DE', name: 'Amazon.de', currency: 'EUR', locale: 'de-DE' },
  { id: 'A13V1IB3VIYZZH', country: 'FR', name: 'Amazon.fr', currency: 'EUR', locale: 'fr-FR' },
  { id: 'APJ6JRA9NG5V4', country: 'IT', name: 'Amazon.it', currency: 'EUR', locale: 'it-IT' },
  { id: 'A1RKKUPIHCS9HS', country: 'ES', name: 'Amazon.es', currency: 'EUR', locale: 'es-ES' },
  { id: 'A1805IZSGTT6HS', country: 'NL', name: 'Amazon.nl', currency: 'EUR', locale: 'nl-NL' },
  { id: 'A2NODRKZP88ZB9', country: 'SE', name: 'Amazon.se', currency: 'SEK', locale: 'sv-SE' },
  { id: 'A1C3SOZRARQ6R3', country: 'PL', name: 'Amazon.pl', currency: 'PLN', locale: 'pl-PL' },
  { id: 'AMEN7PMS3EDWL', country: 'BE', name: 'Amazon.com.be', currency: 'EUR', locale: 'fr-BE' },
  { id: 'A33AVAJ2PDY3EV', country: 'TR', name: 'Amazon.com.tr', currency: 'TRY', locale: 'tr-TR' },
  { id: 'ARBP9OOSHTCHU', country: 'EG', name: 'Amazon.eg', currency: 'EGP', locale: 'ar-EG' },
  { id: 'A17E79C6D8DWNP', country: 'SA', name: 'Amazon.sa', currency: 'SAR', locale: 'ar-SA' },
  { id: 'A2VIGQ35RCS4UG', country: 'AE', name: 'Amazon.ae', currency: 'AED', locale: 'ar-AE' },
  { id: 'A21TJRUUN4KGV', country: 'IN', name: 'Amazon.in', currency: 'INR', locale: 'en-IN' },
  { id: 'A1VC38T7YXB528', country: 'JP', name: 'Amazon.co.jp', currency: 'JPY', locale: 'ja-JP' },
  { id: 'A39IBJ37TRP1C6', country: 'AU', name: 'Amazon.com.au', currency: 'AUD', locale: 'en-AU' },
  { id: 'A19VAU5U5O7RUS', country: 'SG', name: 'Amazon.sg', currency: 'SGD', locale: 'en-SG' },
  { id: 'AE08WJ6YKNBMC', country: 'ZA', name: 'Amazon.co.za', currency: 'ZAR', locale: 'en-ZA' },
  { id: 'A28R8C7NBKEWEA', country: 'IE', name: 'Amazon.ie', currency: 'EUR', locale: 'en-IE' },
];

export const MARKETPLACES: ReadonlyMap<string, MarketplaceInfo> = new Map(
  LIST.map((m) => [m.id, m]),
);

/** The marketplace's name ("Amazon.de"), or the id itself when it is not one we know. */
export function marketplaceName(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return MARKETPLACES.get(id)?.name ?? id;
}
