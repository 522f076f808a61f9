import { Chip, type ChipProps } from '@mui/material';

/**
 * MUI's stock info (#0288d1) and warning (#ed6c02) chips put white text at 3.9:1 and 3.2:1, below
 * WCAG AA (axe "color-contrast"); these shades pass: white on #01579b, dark text on #ff9800.
 */
const contrast: Partial<Record<NonNullable<ChipProps['color']>, object>> = {
  info: { bgcolor: 'info.dark', color: 'common.white' },
  warning: { bgcolor: 'warning.light', color: 'rgba(0, 0, 0, 0.87)' },
  success: { bgcolor: 'success.dark', color: 'common.white' },
};

/**
 * A record's state as a chip: its label, a colour from `colors` (the colour is never the only
 * cue), outlined for the states in `outlined`, in shades that pass WCAG AA where `shaded` says.
 */
export const StatusChip = ({
  label,
  color = 'default',
  outlined,
  shaded,
  size = 'small',
}: {
  label: string;
  color?: ChipProps['color'];
  outlined: boolean;
  shaded: readonly NonNullable<ChipProps['color']>[];
  size?: ChipProps['size'];
}) => (
  <Chip
    label={label}
    color={color}
    variant={outlined ? 'outlined' : 'filled'}
    size={size}
    sx={shaded.includes(color) ? contrast[color] : undefined}
  />
);
