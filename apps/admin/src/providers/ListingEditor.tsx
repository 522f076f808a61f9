import { Alert, Box, Button, Chip, CircularProgress, Paper } from '@mui/material';
import type { ProviderResponse } from '@hub/web';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Form, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { newIdempotencyKey } from '../api/httpClient';
import { useApiError } from '../api/useApiError';
import { ListingDiff } from './ListingDiff';
import { ListingInputs } from './ListingInputs';
import {
  fieldLabelKey,
  listingProblem,
  toFormValues,
  toListingBody,
  type ListingFormValues,
  type ListingProblem,
} from './listing-form';

/** A problem in the console's language, the field named by its label ("Website"). */
export function useProblemText(): (problem: ListingProblem) => string {
  const translate = useTranslate();
  return useCallback(
    (problem) =>
      translate(`errors.${problem.code}`, {
        ...problem.details,
        field: problem.field ? translate(fieldLabelKey(problem.field)) : '',
        _: problem.code,
      }),
    [translate],
  );
}

/** Scrolls to a field by its dotted path (the inputs' ids are their sources) and focuses it. */
const focusField = (path: string) => {
  const escaped = CSS.escape(path);
  const element =
    document.getElementById(path) ??
    document.querySelector<HTMLElement>(`[name="${escaped}"]`) ??
    document.querySelector<HTMLElement>(`[id^="${escaped}"]`);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
};

type ApiError = {
  status?: number;
  body?: { code?: string; message?: string; details?: Record<string, unknown> };
};

/**
 * Save draft, Submit for moderation and Withdraw, with what the listing rules still ask for.
 * Submit saves unsaved changes first, then submits the saved version. A refusal that names a
 * field (`details.field`) is shown under that field.
 */
const EditorToolbar = ({ provider }: { provider: ProviderResponse }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onApiError = useApiError();
  const problemText = useProblemText();
  const dataProvider = useDataProvider<HubDataProvider>();
  const { setError, clearErrors, formState, getValues } = useFormContext<ListingFormValues>();
  const values = useWatch<ListingFormValues>();
  const problem = useMemo(() => listingProblem(values), [values]);
  const [pending, setPending] = useState<'save' | 'submit' | 'withdraw' | undefined>();
  const running = useRef(false);
  const { working, commands } = provider;
  const isLocked = working?.state === 'submitted';
  const canEdit = commands.includes('draft');
  const isDirty = formState.isDirty;

  /** The fields showing a rule's message: each keeps it only while that rule still fails. */
  const marked = useRef(new Set<string>());
  const showFieldError = useCallback(
    (found: ListingProblem, message = problemText(found)) => {
      if (found.field) {
        marked.current.add(found.field);
        setError(found.field as keyof ListingFormValues, { type: 'listing', message });
        window.setTimeout(() => focusField(found.field), 0);
      }
    },
    [problemText, setError],
  );
  const problemKey = problem ? JSON.stringify(problem) : '';
  useEffect(() => {
    for (const field of marked.current) {
      if (field !== problem?.field) {
        marked.current.delete(field);
        clearErrors(field as keyof ListingFormValues);
      }
    }
    // Keyed by what the problem says: `problem` is a new object on every render.
  }, [problemKey, clearErrors]);

  const onError = useCallback(
    (error: unknown) => {
      const body = (error as ApiError).body;
      const field = body?.details?.['field'];
      if (typeof field === 'string' && field !== '') {
        // The rules' own words for the field when the console knows them, else the API's.
        const local = listingProblem(getValues());
        showFieldError(
          local?.field === field ? local : { code: body?.code ?? '', field, details: {} },
          local?.field === field ? undefined : body?.message,
        );
      }
      onApiError(error);
    },
    [getValues, onApiError, showFieldError],
  );

  /** Runs one user action at a time; refreshes the page after it. */
  const act = async (kind: 'save' | 'submit' | 'withdraw', work: () => Promise<string>) => {
    if (running.current) {
      return;
    }
    running.current = true;
    setPending(kind);
    try {
      notify(await work(), { type: 'success' });
    } catch (error) {
      onError(error);
    } finally {
      running.current = false;
      setPending(undefined);
      refresh();
    }
  };

  const saveDraft = async (): Promise<number> => {
    const { data } = await dataProvider.saveListingDraft(
      toListingBody(getValues()),
      provider.version,
      newIdempotencyKey(),
    );
    return data.version;
  };

  const save = () =>
    act('save', async () => {
      await saveDraft();
      return 'resources.providers.notifications.saved';
    });

  const submit = () => {
    if (problem) {
      // Said under the field and in the bar beside the button (no snackbar: it would hide).
      showFieldError(problem);
      return;
    }
    void act('submit', async () => {
      const version = isDirty || working === null ? await saveDraft() : provider.version;
      await dataProvider.providerCommand('mine', 'submit', {}, version, newIdempotencyKey());
      return 'resources.providers.notifications.submitted';
    });
  };

  const withdraw = () =>
    act('withdraw', async () => {
      await dataProvider.providerCommand(
        'mine',
        'withdraw',
        {},
        provider.version,
        newIdempotencyKey(),
      );
      return 'resources.providers.notifications.withdrawn';
    });

  const spinner = (kind: typeof pending) =>
    pending === kind ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined;
  const canSubmit = commands.includes('submit') || (canEdit && (isDirty || working === null));

  return (
    <Paper
      elevation={3}
      sx={{
        position: 'sticky',
        bottom: 0,
        zIndex: 2,
        p: 2,
        mt: 2,
        display: 'flex',
        flexWrap: 'wrap',
        gap: 2,
        alignItems: 'center',
        justifyContent: 'space-between',
      }}
    >
      <Box sx={{ flex: '1 1 320px', minWidth: 0 }} aria-live="polite">
        {isLocked ? (
          <Alert severity="info">{translate('resources.providers.mine.locked')}</Alert>
        ) : problem ? (
          <Alert
            severity="warning"
            action={
              problem.field ? (
                <Button color="inherit" size="small" onClick={() => focusField(problem.field)}>
                  {translate('resources.providers.actions.go_to_field')}
                </Button>
              ) : undefined
            }
          >
            {translate('resources.providers.mine.problem', { message: problemText(problem) })}
          </Alert>
        ) : (
          <Alert severity="success">{translate('resources.providers.mine.ready')}</Alert>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {isDirty && !isLocked && (
          <Chip
            size="small"
            variant="outlined"
            label={translate('resources.providers.mine.unsaved')}
          />
        )}
        {isLocked ? (
          <Button
            variant="outlined"
            onClick={() => void withdraw()}
            disabled={!commands.includes('withdraw') || pending !== undefined}
            aria-busy={pending === 'withdraw'}
            startIcon={spinner('withdraw')}
          >
            {translate('resources.providers.actions.withdraw')}
          </Button>
        ) : (
          <>
            <Button
              variant="outlined"
              onClick={() => void save()}
              disabled={!canEdit || !isDirty || pending !== undefined}
              aria-busy={pending === 'save'}
              startIcon={spinner('save')}
            >
              {translate('resources.providers.actions.save_draft')}
            </Button>
            <Button
              variant="contained"
              onClick={submit}
              disabled={!canSubmit || pending !== undefined}
              aria-busy={pending === 'submit'}
              startIcon={spinner('submit')}
            >
              {translate('resources.providers.actions.submit')}
            </Button>
          </>
        )}
      </Box>
    </Paper>
  );
};

/**
 * The distributor's editor: the working version's fields (or the published ones, when no draft
 * is open: saving opens one beside the published version). Read-only while submitted.
 */
export const ListingEditor = ({ provider }: { provider: ProviderResponse }) => {
  const version = provider.working ?? provider.live;
  const defaultValues = useMemo(() => toFormValues(version?.fields), [version]);
  const isLocked = provider.working?.state === 'submitted';
  return (
    // A new version of the provider (after a save or a command) starts the form afresh.
    <Form
      key={provider.version}
      defaultValues={defaultValues}
      onSubmit={() => undefined}
      warnWhenUnsavedChanges
      noValidate
    >
      {isLocked ? (
        // While it waits for moderation: what was submitted, beside what is live.
        <ListingDiff published={provider.live?.fields} proposed={provider.working?.fields} />
      ) : (
        <ListingInputs disabled={false} />
      )}
      <EditorToolbar provider={provider} />
    </Form>
  );
};
