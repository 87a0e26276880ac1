import { Button, Stack } from '@mantine/core';
import { toProblem, type FileResponse, type Permission } from '../api';
import { can } from '../features/auth/access';
import { useCurrentUser } from '../features/auth/hooks';
import { useCsvExport } from '../lib/csvExport';
import { ProblemAlert } from './ProblemAlert';

interface ExportCsvButtonProps {
  /**
   * The permission of the list (its read permission): the export is authorized exactly like the list. None for a portal
   * list, which every portal user reads (the server confines it to the partner's own rows).
   */
  permission?: Permission;
  /** Calls the generated client's export method with the list's current filter and sort. */
  fetchFile: () => Promise<FileResponse>;
  /** The file name when the server names none. */
  fileName: string;
}

/**
 * "Export CSV" for a list page: downloads the rows of the list as currently filtered and sorted (every page), and is
 * shown only to users who may read the list. A refused export shows its problem below the button.
 */
export function ExportCsvButton({ permission, fetchFile, fileName }: ExportCsvButtonProps) {
  const { data: user } = useCurrentUser();
  const allowed = permission === undefined ? !!user : can(user, permission);
  const { download, downloading, error } = useCsvExport(fetchFile, fileName);
  if (!allowed) return null;
  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="default" onClick={download} loading={downloading}>
        Export CSV
      </Button>
      {error && <ProblemAlert problem={toProblem(error)} />}
    </Stack>
  );
}
