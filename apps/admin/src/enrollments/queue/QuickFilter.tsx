import CheckIcon from '@mui/icons-material/Check';
import { ListItem, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/**
 * One click filter of the sidebar (react-admin's FilterListItem, whose "remove" icon button has no
 * name): a toggle button, pressed while its values are in the filter.
 */
export const QuickFilter = ({
  label,
  value,
}: {
  label: string;
  value: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  const list = useListContext();
  const filters = list.filterValues as Record<string, unknown>;
  const displayedFilters = list.displayedFilters as Record<string, boolean>;
  const pressed = Object.entries(value).every(([key, each]) => filters[key] === each);
  const toggle = () => {
    const rest = Object.fromEntries(Object.entries(filters).filter(([key]) => !(key in value)));
    list.setFilters(pressed ? rest : { ...rest, ...value }, displayedFilters);
  };
  return (
    <ListItem disablePadding>
      <ListItemButton
        selected={pressed}
        aria-pressed={pressed}
        onClick={toggle}
        dense
        sx={{ pl: 3.5, borderRadius: 1 }}
      >
        <ListItemText primary={translate(label)} />
        {pressed && (
          <ListItemIcon sx={{ minWidth: 0 }}>
            <CheckIcon fontSize="small" aria-hidden />
          </ListItemIcon>
        )}
      </ListItemButton>
    </ListItem>
  );
};
