import { Table, type TableProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './data-table.module.css';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Names the table for assistive technology (not shown: the section heading says it visibly). */
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A data table that stays readable on a phone: it scrolls sideways inside a labelled region
 * that keyboard users can focus and scroll, and it carries a caption for screen readers.
 */
export function DataTable({ caption, minWidth, children, ...tableProps }: DataTableProps) {
  const captionId = useId();
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-labelledby={captionId} className={classes.scroll}>
      <Table striped highlightOnHover {...tableProps}>
        <caption id={captionId} className={classes.caption}>
          {caption}
        </caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
