/** The server's limit (server/src/modules/programmation/spreadsheet-read.ts): told at once, before sending. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|csv)$/i;

const NO_ANSWER = 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.';
const REFUSED = 'Ce fichier n’a pas pu être analysé. Rechargez la page et réessayez.';

/** Why a chosen file cannot be sent, in French; null when it can. */
export function fileProblem(file: File | undefined): string | null {
  if (!file || file.size === 0) return 'Choisissez un fichier .xlsx ou .csv non vide.';
  if (!ACCEPTED.test(file.name)) return 'Le fichier doit être au format .xlsx ou .csv.';
  if (file.size > MAX_FILE_BYTES) return 'Le fichier dépasse 5 Mo.';
  return null;
}

/** A refusal the person can act on: the server's French sentence, or one of ours. */
export class UploadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadRefused';
  }
}

/**
 * Sends the spreadsheet for its preview. XMLHttpRequest rather than fetch: only it reports the
 * upload's progress, which `onProgress` receives as a share (0 to 1). Resolves with the id of the
 * preview the server kept; rejects with an UploadRefused worded in French.
 */
export function uploadSpreadsheet(
  query: { code: string; year: number },
  file: File,
  onProgress: (share: number) => void,
): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ territory: query.code, year: String(query.year) });
    xhr.open('POST', `/api/programmation/import?${params}`);
    // Required by the route: a cross-site form cannot set it.
    xhr.setRequestHeader('x-requested-with', 'XMLHttpRequest');
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { id?: unknown; error?: unknown };
      if (xhr.status === 201 && typeof body.id === 'string') return resolve({ id: body.id });
      reject(new UploadRefused(typeof body.error === 'string' ? body.error : REFUSED));
    };
    xhr.onerror = () => reject(new UploadRefused(NO_ANSWER));
    xhr.ontimeout = () => reject(new UploadRefused(NO_ANSWER));
    xhr.send(file);
  });
}
