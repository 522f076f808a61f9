import { Box, Button, CircularProgress, FormHelperText, type ButtonProps } from '@mui/material';
import { useId, type ReactNode } from 'react';
import type { AvailableCommand } from '../api/responses';

/**
 * One command. When a fact guard fails (`blockedBy`), the button stays visible but disabled, with
 * the domain's reason beneath it and tied to it for screen readers.
 */
export const CommandButton = ({
  command,
  label,
  pending,
  onClick,
  variant = 'contained',
  color = 'primary',
  startIcon,
  extraReason,
}: {
  command: AvailableCommand | undefined;
  label: string;
  pending: boolean;
  onClick: () => void;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
  startIcon?: ReactNode;
  /** A reason known in the console (e.g. unmet requirements) that also blocks. */
  extraReason?: string;
}) => {
  const reasonId = useId();
  const reason = command?.blockedBy?.message ?? extraReason;
  const disabled = !command || reason !== undefined || pending;
  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', maxWidth: '100%' }}>
      <Button
        variant={variant}
        color={color}
        onClick={onClick}
        disabled={disabled}
        aria-busy={pending}
        aria-describedby={reason ? reasonId : undefined}
        startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : startIcon}
      >
        {label}
      </Button>
      {reason && (
        <FormHelperText id={reasonId} sx={{ maxWidth: 360 }}>
          {reason}
        </FormHelperText>
      )}
    </Box>
  );
};
