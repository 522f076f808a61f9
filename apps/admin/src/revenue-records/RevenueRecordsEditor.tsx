import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  IconButton,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useCreate, useDelete, useGetList, useRefresh, useTranslate } from 'react-admin';
import { newIdempotencyKey } from '../api/httpClient';
import type { RevenueRecordResponse } from '../api/responses';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';
import { visuallyHidden } from '../layout/visuallyHidden';

type Row = Pick<RevenueRecordResponse, 'month' | 'amount' | 'channel' | 'productKind'>;
const blank: Row = { month: '', amount: '', channel: 'indirect_reseller', productKind: 'cloud' };

/**
 * The partner's monthly CSP revenue rows (USD), entered inline: the trailing-12-month figure of
 * the direct bill checklist is computed from them by the API. Files go through RevenueImport.
 */
export const RevenueRecordsEditor = ({
  partnerId,
  readOnly,
}: {
  partnerId: string;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const { money, month } = useFormatters();
  const refresh = useRefresh();
  const onError = useApiError();
  const [row, setRow] = useState<Row>(blank);
  const [touched, setTouched] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const { data = [], isPending } = useGetList<RevenueRecordResponse>('revenue-records', {
    filter: { partnerId },
    sort: { field: 'month', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const [create, { isPending: isCreating }] = useCreate<RevenueRecordResponse>();
  const [remove, { isPending: isDeleting }] = useDelete<RevenueRecordResponse>();
  const field = (name: string) => translate(`resources.revenue-records.fields.${name}`);
  const amount = Number(row.amount);
  const errors = {
    month: row.month === '' ? translate('ra.validation.required') : undefined,
    amount:
      row.amount === ''
        ? translate('ra.validation.required')
        : !Number.isFinite(amount) || amount < 0
          ? translate('resources.revenue-records.amount_invalid')
          : undefined,
  };

  const add = () => {
    setTouched(true);
    if (errors.month || errors.amount) {
      return;
    }
    void create(
      'revenue-records',
      {
        data: { partnerId, ...row, amount: amount.toFixed(2), currency: 'USD' },
        meta: { idempotencyKey: key },
      },
      {
        onSuccess: () => {
          setRow(blank);
          setTouched(false);
          setKey(newIdempotencyKey());
          refresh();
        },
        onError: (error) => {
          setKey(newIdempotencyKey());
          onError(error);
        },
      },
    );
  };

  return (
    <Box component="section" aria-labelledby="revenue-rows">
      <Typography id="revenue-rows" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.revenue-records.title')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="revenue-rows">
          <TableHead>
            <TableRow>
              <TableCell>{field('month')}</TableCell>
              <TableCell align="right">{field('amount')}</TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                {field('channel')}
              </TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                {field('productKind')}
              </TableCell>
              {!readOnly && (
                <TableCell>
                  <span style={visuallyHidden}>{translate('ra.action.delete')}</span>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {!isPending && data.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography color="text.secondary" variant="body2">
                    {translate('resources.revenue-records.empty')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {data.map((record) => (
              <TableRow key={record.id}>
                <TableCell>{month(record.month)}</TableCell>
                <TableCell align="right">{money(record.amount, record.currency)}</TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {translate(`enums.channel.${record.channel}`)}
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {translate(`enums.product_kind.${record.productKind}`)}
                </TableCell>
                {!readOnly && (
                  <TableCell padding="checkbox">
                    <IconButton
                      aria-label={translate('resources.revenue-records.delete', {
                        month: month(record.month),
                      })}
                      disabled={isDeleting}
                      onClick={() =>
                        void remove(
                          'revenue-records',
                          { id: record.id, previousData: record },
                          { mutationMode: 'pessimistic', onSuccess: () => refresh(), onError },
                        )
                      }
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {!readOnly && (
        <Box
          component="form"
          aria-label={translate('resources.revenue-records.add')}
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr) auto' },
            gap: 1.5,
            mt: 2,
            alignItems: 'start',
          }}
        >
          <TextField
            size="small"
            type="month"
            label={field('month')}
            value={row.month}
            onChange={(event) => setRow({ ...row, month: event.target.value })}
            error={touched && !!errors.month}
            helperText={touched ? errors.month : undefined}
            slotProps={{ inputLabel: { shrink: true } }}
            required
          />
          <TextField
            size="small"
            type="number"
            label={translate('resources.revenue-records.fields.amount_usd')}
            value={row.amount}
            onChange={(event) => setRow({ ...row, amount: event.target.value })}
            error={touched && !!errors.amount}
            helperText={touched ? errors.amount : undefined}
            slotProps={{ htmlInput: { min: 0, step: '0.01' } }}
            required
          />
          <TextField
            size="small"
            select
            label={field('channel')}
            value={row.channel}
            onChange={(event) => setRow({ ...row, channel: event.target.value as Row['channel'] })}
          >
            {(['indirect_reseller', 'direct_bill'] as const).map((channel) => (
              <MenuItem key={channel} value={channel}>
                {translate(`enums.channel.${channel}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            select
            label={field('productKind')}
            value={row.productKind}
            onChange={(event) =>
              setRow({ ...row, productKind: event.target.value as Row['productKind'] })
            }
          >
            {(['cloud', 'perpetual_software'] as const).map((kind) => (
              <MenuItem key={kind} value={kind}>
                {translate(`enums.product_kind.${kind}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button type="submit" variant="outlined" startIcon={<AddIcon />} disabled={isCreating}>
            {translate('resources.revenue-records.add')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
