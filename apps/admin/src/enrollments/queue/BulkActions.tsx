import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanToolOutlined';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, AlertTitle, Box, Menu, MenuItem } from '@mui/material';
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import type { HubDataProvider } from '../../api/dataProvider';
import { newIdempotencyKey } from '../../api/httpClient';
import type { BulkAction, BulkResult, EnrollmentResponse } from '../../api/responses';
import { useApiError } from '../../api/useApiError';
import { useMyUserId, useStaff } from './useStaff';

type Refused = { id: string; name: string; message: string };

/** The refusals of the last bulk action, shown above the list until dismissed. */
const RefusalsContext = createContext<{
  refused: Refused[];
  setRefused: (refused: Refused[]) => void;
}>({ refused: [], setRefused: () => undefined });

export const BulkRefusalsProvider = ({ children }: { children: ReactNode }) => {
  const [refused, setRefused] = useState<Refused[]>([]);
  return (
    <RefusalsContext.Provider value={{ refused, setRefused }}>{children}</RefusalsContext.Provider>
  );
};

/** What the last bulk action could not do, row by row, with the API's reason. */
export const BulkRefusals = () => {
  const translate = useTranslate();
  const { refused, setRefused } = useContext(RefusalsContext);
  if (refused.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning" onClose={() => setRefused([])} sx={{ m: 2 }}>
      <AlertTitle>
        {translate('resources.enrollments.bulk.refused_title', { smart_count: refused.length })}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {refused.map((each) => (
          <li key={each.id}>
            <strong>{each.name}</strong>: {each.message}
          </li>
        ))}
      </Box>
    </Alert>
  );
};

/**
 * Runs one bulk action on the selected rows (each with the version the reviewer saw), says how
 * many were done, and lists the refused ones with their reasons.
 */
function useBulk() {
  const { selectedIds, data = [] } = useListContext<EnrollmentResponse>();
  const dataProvider = useDataProvider<HubDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('enrollments');
  const onError = useApiError();
  const { setRefused } = useContext(RefusalsContext);
  const [pending, setPending] = useState(false);
  const translate = useTranslate();

  const run = async (action: BulkAction['action'], assigneeUserId?: string) => {
    const rows = data.filter((row) => selectedIds.includes(row.id));
    if (pending || rows.length === 0) {
      return;
    }
    setPending(true);
    try {
      const { data: result }: { data: BulkResult } = await dataProvider.bulk(
        {
          action,
          ...(assigneeUserId ? { assigneeUserId } : {}),
          items: rows.map((row) => ({ id: row.id, version: row.version })),
        },
        newIdempotencyKey(),
      );
      const refused = result.results
        .filter((each) => !each.ok)
        .map((each) => ({
          id: each.id,
          name: rows.find((row) => row.id === each.id)?.legalName ?? each.id,
          message: each.message ?? each.code ?? String(each.status),
        }));
      setRefused(refused);
      notify('resources.enrollments.bulk.done', {
        type: refused.length > 0 ? 'warning' : 'success',
        messageArgs: {
          smart_count: rows.length,
          done: result.done,
          action: translate(`resources.enrollments.bulk.action.${action}`),
        },
      });
      unselectAll();
    } catch (error) {
      onError(error);
    } finally {
      setPending(false);
      refresh();
    }
  };
  return { run, pending };
}

/** "Assign to…": a menu of the staff, "me" first. */
const BulkAssignButton = () => {
  const translate = useTranslate();
  const { run, pending } = useBulk();
  const { data: staff = [] } = useStaff();
  const me = useMyUserId();
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const ordered = [
    ...staff.filter((person) => person.id === me),
    ...staff.filter((person) => person.id !== me),
  ];
  return (
    <>
      <Button
        ref={anchor}
        label="resources.enrollments.bulk.assign_to"
        onClick={() => setOpen(true)}
        disabled={pending}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'bulk-assign-menu' : undefined}
      >
        <AssignmentIndIcon />
      </Button>
      <Menu
        id="bulk-assign-menu"
        anchorEl={anchor.current}
        open={open}
        onClose={() => setOpen(false)}
      >
        {ordered.map((person) => (
          <MenuItem
            key={person.id}
            onClick={() => {
              setOpen(false);
              void run('assign', person.id);
            }}
          >
            {person.id === me
              ? translate('resources.enrollments.assignment.me', { name: person.name })
              : person.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

const BulkClaimButton = () => {
  const { run, pending } = useBulk();
  return (
    <Button
      label="resources.enrollments.bulk.claim"
      onClick={() => void run('claim')}
      disabled={pending}
    >
      <PanToolIcon />
    </Button>
  );
};

const BulkStartReviewButton = () => {
  const { run, pending } = useBulk();
  return (
    <Button
      label="resources.enrollments.bulk.start_review"
      onClick={() => void run('start_review')}
      disabled={pending}
    >
      <PlayArrowIcon />
    </Button>
  );
};

/** The bulk actions of the queue's selection. */
export const QueueBulkActions = () => (
  <>
    <BulkAssignButton />
    <BulkClaimButton />
    <BulkStartReviewButton />
  </>
);
