import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';

/**
 * A mutation and its states for a form or a button: `pending` while it runs, `error` for FormError
 * (always worded in French there), `data` once it succeeded, for the Notice. `run` never rejects: a
 * refusal is shown through `error`, so no caller repeats `.catch(() => undefined)`; it resolves to
 * the answer's data, or undefined when refused.
 */
export function useSubmission<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options?: useMutation.Options<TData, TVariables>,
) {
  const [mutate, { loading, error, data, reset }] = useMutation<TData, TVariables>(document, options);
  // Apollo types `mutate`'s arguments by whether the variables are optional; every caller here passes them.
  const send = mutate as (options: { variables: TVariables }) => Promise<{ data?: TData | null | undefined }>;
  const run = useCallback(
    (variables: TVariables): Promise<TData | undefined> =>
      send({ variables }).then(
        (result) => result.data ?? undefined,
        () => undefined,
      ),
    [send],
  );
  return { run, pending: loading, error, data, reset };
}
