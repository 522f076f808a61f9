import { Box, Button, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useDataProvider, useGetManyReference, useRefresh, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../api/dataProvider';
import { newIdempotencyKey } from '../api/httpClient';
import type { NoteResponse } from '../api/responses';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';

/** Staff's internal notes on a case (never shown to the partner). */
export const NotesPanel = ({ enrollmentId }: { enrollmentId: string }) => {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const dataProvider = useDataProvider<HubDataProvider>();
  const refresh = useRefresh();
  const onError = useApiError();
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const key = useRef<string | undefined>(undefined);
  const { data = [], isPending } = useGetManyReference<NoteResponse>('enrollment-notes', {
    target: 'enrollmentId',
    id: enrollmentId,
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'createdAt', order: 'ASC' },
  });

  const add = async () => {
    if (pending || body.trim() === '') {
      return;
    }
    setPending(true);
    key.current ??= newIdempotencyKey();
    try {
      await dataProvider.addNote(enrollmentId, body.trim(), key.current);
      setBody('');
    } catch (error) {
      onError(error);
    } finally {
      key.current = undefined;
      setPending(false);
      refresh();
    }
  };

  return (
    <Box component="section" aria-labelledby="notes">
      <Typography id="notes" component="h2" variant="h6">
        {translate('resources.enrollments.notes.title')}
      </Typography>
      {!isPending && data.length === 0 && (
        <Typography color="text.secondary" variant="body2">
          {translate('resources.enrollments.notes.empty')}
        </Typography>
      )}
      <List dense>
        {data.map((note) => (
          <ListItem key={note.id} divider disableGutters>
            <ListItemText
              primary={<span style={{ whiteSpace: 'pre-wrap' }}>{note.body}</span>}
              secondary={`${note.author} · ${dateTime(note.createdAt)}`}
            />
          </ListItem>
        ))}
      </List>
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        sx={{ display: 'grid', gap: 1 }}
      >
        <TextField
          label={translate('resources.enrollments.notes.add_label')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          multiline
          minRows={2}
          fullWidth
        />
        <Box>
          <Button
            type="submit"
            variant="outlined"
            disabled={pending || body.trim() === ''}
            aria-busy={pending}
          >
            {translate('resources.enrollments.notes.add')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
};
