import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MarketResponse } from '@hub/web';

/** The billing currency, marked when the program data infers it rather than states it. */
export const CurrencyCell = ({ market }: { market: MarketResponse }) => {
  const translate = useTranslate();
  if (!market.currencyInferred) {
    return <>{market.currency}</>;
  }
  const hint = translate('resources.markets.inferred_hint');
  return (
    <>
      {market.currency}{' '}
      <Tooltip title={hint}>
        <Chip
          label={translate('resources.markets.inferred')}
          size="small"
          variant="outlined"
          aria-label={hint}
        />
      </Tooltip>
    </>
  );
};
