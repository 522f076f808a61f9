import {
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import type { ProviderListingFieldsDto } from '@hub/web';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { diffListings, isNewOffice, type DiffRow } from './listing-diff';
import { fieldLabelKey } from './listing-form';
import { CodeChips, OfficeList, TextValue } from './ListingValue';
import { LogoPreview } from './LogoPreview';

/** One side of a row: `side` says which version (marks what was added or removed). */
const Value = ({
  row,
  side,
  single,
  providerId,
  name,
}: {
  row: DiffRow;
  side: 'before' | 'after';
  single: boolean;
  providerId: string;
  name: string;
}) => {
  if (single && row.kind === 'codes') {
    return <CodeChips field={row.path} codes={row.after} />;
  }
  if (single && row.kind === 'offices') {
    return <OfficeList offices={row.after} />;
  }
  switch (row.kind) {
    case 'text':
      return <TextValue value={row[side]} isCountry={row.path === 'headquartersCountry'} />;
    case 'logo':
      // The two images side by side, each in the same fixed square.
      return <LogoPreview providerId={providerId} logoId={row[side]} name={name} size={128} />;
    case 'codes':
      return side === 'before' ? (
        <CodeChips field={row.path} codes={row.before} removed={row.removed} />
      ) : (
        <CodeChips field={row.path} codes={row.after} added={row.added} />
      );
    case 'offices':
      return side === 'before' ? (
        <OfficeList offices={row.before} />
      ) : (
        <OfficeList offices={row.after} isNew={(office) => isNewOffice(office, row.before)} />
      );
  }
};

const cell = { verticalAlign: 'top', py: 1.25 } as const;

type RowProps = { row: DiffRow; single: boolean; providerId: string; names: Names };
/** The provider's name in each version (a logo's alt text). */
type Names = { before: string; after: string };

const Row = ({ row, single, providerId, names }: RowProps) => {
  const translate = useTranslate();
  const isChanged = row.changed && !single;
  return (
    <TableRow
      data-field={row.path}
      sx={
        isChanged
          ? { bgcolor: '#fff8e1', '& > th': { boxShadow: 'inset 4px 0 0 #f57f17' } }
          : undefined
      }
    >
      <TableCell component="th" scope="row" sx={{ ...cell, width: { md: '22%' } }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(fieldLabelKey(row.path))}
        </Typography>
        {isChanged && (
          <Chip
            size="small"
            label={translate('resources.providers.moderation.changed')}
            sx={{ mt: 0.5, bgcolor: '#f57f17', color: 'common.black', fontWeight: 600 }}
          />
        )}
      </TableCell>
      {!single && (
        <TableCell sx={{ ...cell, width: { md: '39%' } }}>
          <Value
            row={row}
            side="before"
            single={single}
            providerId={providerId}
            name={names.before}
          />
        </TableCell>
      )}
      <TableCell sx={{ ...cell, width: { md: single ? '78%' : '39%' } }}>
        <Value row={row} side="after" single={single} providerId={providerId} name={names.after} />
      </TableCell>
    </TableRow>
  );
};

/**
 * The published and the proposed version side by side, field by field: changed fields first and
 * highlighted (a "Changed" label too, so colour is not the only cue), the unchanged ones folded
 * away. Without `published` (first version) every filled field counts as new; with `single`,
 * one version is shown as it is (no comparison). `providerId` is whose logos are read: `mine`
 * (the distributor's own) or a provider's id (reviewers).
 */
export const ListingDiff = ({
  published,
  proposed,
  single = false,
  labelledBy,
  providerId = 'mine',
}: {
  published: ProviderListingFieldsDto | undefined;
  proposed: ProviderListingFieldsDto | undefined;
  single?: boolean;
  labelledBy?: string;
  providerId?: string;
}) => {
  const translate = useTranslate();
  const rows = useMemo(() => diffListings(published, proposed), [published, proposed]);
  const names = useMemo(() => {
    const name = rows.find((row) => row.path === 'name');
    return name?.kind === 'text'
      ? { before: name.before, after: name.after }
      : { before: '', after: '' };
  }, [rows]);
  const changed = single ? rows : rows.filter((row) => row.changed);
  const unchanged = single ? [] : rows.filter((row) => !row.changed);
  const [showUnchanged, setShowUnchanged] = useState(false);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={labelledBy}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {translate('resources.providers.moderation.field')}
            </TableCell>
            {!single && (
              <TableCell component="th" scope="col">
                {translate('resources.providers.moderation.published')}
              </TableCell>
            )}
            <TableCell component="th" scope="col">
              {translate(
                single
                  ? 'resources.providers.moderation.published'
                  : 'resources.providers.moderation.proposed',
              )}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changed.map((row) => (
            <Row key={row.path} row={row} single={single} providerId={providerId} names={names} />
          ))}
          {showUnchanged &&
            unchanged.map((row) => (
              <Row key={row.path} row={row} single={single} providerId={providerId} names={names} />
            ))}
        </TableBody>
      </Table>
      {unchanged.length > 0 && (
        <Button
          size="small"
          sx={{ mt: 1 }}
          onClick={() => setShowUnchanged((value) => !value)}
          aria-expanded={showUnchanged}
          startIcon={showUnchanged ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        >
          {showUnchanged
            ? translate('resources.providers.actions.hide_unchanged')
            : translate('resources.providers.actions.show_unchanged', {
                smart_count: unchanged.length,
              })}
        </Button>
      )}
    </Box>
  );
};
