import { Link } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { LinkBase } from 'react-admin';

/**
 * A link inside a clickable table row: rows react to the mouse only, so each row's main cell is a
 * real link for the keyboard and screen readers (and stops the row's own click).
 */
export const CellLink = ({
  to,
  title,
  children,
}: {
  to: string;
  title?: string;
  children: ReactNode;
}) => (
  <Link
    component={LinkBase}
    to={to}
    title={title}
    underline="hover"
    color="inherit"
    onClick={(event: MouseEvent) => event.stopPropagation()}
  >
    {children}
  </Link>
);
