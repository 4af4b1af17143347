import { useState } from 'react';
import { ApiError } from '../../lib/api';

/**
 * One action at a time on a card: `busy` while it runs (buttons wait), and its failure in words: the API's message
 * in the reader's language, or `networkMessage` when the server could not be reached.
 */
export function useAction(networkMessage: string): {
  busy: boolean;
  error: string | null;
  run: (action: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : networkMessage);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
