import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useListContext, useStore, useTranslate, type SortPayload } from 'react-admin';
import { useMyUserId } from './useStaff';

type View = {
  label: string;
  value: {
    filter: Record<string, unknown>;
    sort: SortPayload;
    perPage: number;
    displayedFilters: Record<string, boolean>;
  };
};

const sameView = (a: View['value'], b: View['value']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The signed-in reviewer's saved views (react-admin's saved queries, done as a real list and kept
 * under the reviewer's own id): the filter, tab, sort and page size, restored in one click.
 */
export const SavedViews = () => {
  const me = useMyUserId();
  return me ? <SavedViewsOf userId={me} /> : null;
};

const SavedViewsOf = ({ userId }: { userId: string }) => {
  const translate = useTranslate();
  const list = useListContext();
  const [views, setViews] = useStore<View[]>(`enrollments.savedViews.${userId}`, []);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const headingId = useId();
  const current: View['value'] = {
    filter: list.filterValues as Record<string, unknown>,
    sort: list.sort,
    perPage: list.perPage,
    displayedFilters: list.displayedFilters as Record<string, boolean>,
  };
  const isSaved = views.some((view) => sameView(view.value, current));

  const apply = (view: View) => {
    list.setSort(view.value.sort);
    list.setPerPage(view.value.perPage);
    list.setFilters(view.value.filter, view.value.displayedFilters);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim();
    if (label) {
      setViews([...views.filter((view) => view.label !== label), { label, value: current }]);
      setNaming(false);
      setName('');
    }
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2, mb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <BookmarkIcon fontSize="small" aria-hidden />
        <Typography
          id={headingId}
          component="h2"
          variant="overline"
          sx={{ fontWeight: 600, lineHeight: 1.5 }}
        >
          {translate('resources.enrollments.views.title')}
        </Typography>
      </Box>
      {views.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ pl: 3.5, pr: 1 }}>
          {translate('resources.enrollments.views.empty')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {views.map((view) => (
            <ListItem
              key={view.label}
              disablePadding
              secondaryAction={
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={translate('resources.enrollments.views.remove', {
                    name: view.label,
                  })}
                  onClick={() => setViews(views.filter((each) => each.label !== view.label))}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              }
            >
              <ListItemButton
                selected={sameView(view.value, current)}
                onClick={() => apply(view)}
                sx={{ pl: 3.5 }}
              >
                <ListItemText primary={view.label} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      {!isSaved && (
        <Button size="small" onClick={() => setNaming(true)} sx={{ ml: 2.5, mt: 0.5 }}>
          {translate('resources.enrollments.views.save')}
        </Button>
      )}
      <Dialog open={naming} onClose={() => setNaming(false)} fullWidth maxWidth="xs">
        <form onSubmit={save}>
          <DialogTitle>{translate('resources.enrollments.views.save_title')}</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              fullWidth
              margin="dense"
              label={translate('resources.enrollments.views.name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setNaming(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={name.trim() === ''}>
              {translate('ra.action.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Box>
  );
};
