/** The citizen's page, served by the api beside the console: the receipt's QR code and every message link to it. */
export const CITIZEN_PAGE_PATH = '/tra-cuu';

/** `${base}/tra-cuu?code=…&key=…`: the page opens with both filled and looks the dossier up. */
export function citizenPageUrl(publicBaseUrl: string, code: string, key: string): string {
  const query = new URLSearchParams({ code, key });
  return `${publicBaseUrl.replace(/\/+$/, '')}${CITIZEN_PAGE_PATH}?${query.toString()}`;
}
