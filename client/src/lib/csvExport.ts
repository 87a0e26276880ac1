import { useMutation } from '@tanstack/react-query';
import type { FileResponse } from '../api';

/**
 * Saves a downloaded file under its name: the browser's own download, through a temporary object URL.
 * Exported for tests, which replace it.
 */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The CSV export of a list, with the list's CURRENT filter and sort: `download` calls the generated client's export
 * method (a `FileResponse`, sent like every API call: same-origin cookie, problems as errors) and saves the file
 * under the name the server gives (`partnerships-2026-01-31.csv`), else `fallbackName`.
 *
 * Usage: `useCsvExport(() => api.exportPartnerships(...partnershipFilterArgs(filters)), 'partnerships.csv')`.
 */
export function useCsvExport(fetchFile: () => Promise<FileResponse>, fallbackName: string) {
  const mutation = useMutation({
    mutationFn: async () => {
      const file = await fetchFile();
      saveFile(file.data, file.fileName || fallbackName);
    },
  });
  return { download: () => mutation.mutate(), downloading: mutation.isPending, error: mutation.error };
}
