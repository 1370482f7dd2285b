import { useCallback, useState } from 'react';
import { useProject } from '../../project';
import { readRecentCodes, rememberCodes } from '../recent-codes';

/** The project's recently applied codes, most recent first, and how to add to them. */
export function useRecentCodes() {
  const path = useProject().data?.path ?? null;
  const [version, setVersion] = useState(0);
  const recent = readRecentCodes(path);
  const remember = useCallback(
    (codeIds: readonly number[]) => {
      rememberCodes(path, codeIds);
      setVersion((v) => v + 1);
    },
    [path],
  );
  return { recent, remember, version };
}
