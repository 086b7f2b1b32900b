import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { Figure } from './dashboard-figures';
import classes from './dashboard.module.css';

/** A figure's numbers as a table; the first column names the rows. */
export function FigureTable({ figure, caption, hidden = false, withLinks = true }: { figure: Figure; caption: string; hidden?: boolean; withLinks?: boolean }) {
  const body = (
    <>
      <Table.Thead>
        <Table.Tr>
          {figure.columns.map((column) => (
            <Table.Th scope="col" key={column.key} ta={column.numeric ? 'right' : undefined}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figure.rows.map((row, i) => (
          <Table.Tr key={i}>
            {figure.columns.map((column, j) => {
              const cell = row[column.key];
              const text = cell?.text ?? String(cell?.value ?? '');
              const content = cell?.href && withLinks && !hidden ? (
                <Anchor component={Link} to={cell.href} size="sm">
                  {text}
                </Anchor>
              ) : (
                text
              );
              return j === 0 ? (
                <Table.Th scope="row" fw={500} key={column.key} data-key={column.key}>
                  {content}
                </Table.Th>
              ) : (
                <Table.Td key={column.key} ta={column.numeric ? 'right' : undefined} ff={column.numeric ? 'monospace' : undefined} data-key={column.key}>
                  {content}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );
  if (hidden) {
    return (
      <Table className={classes.srOnly} data-figure-table={figure.id}>
        <caption>{caption}</caption>
        {body}
      </Table>
    );
  }
  return (
    <DataTable caption={caption} minWidth={Math.min(720, 120 + 90 * figure.columns.length)} data-figure-table={figure.id} className={classes.table}>
      {body}
    </DataTable>
  );
}
