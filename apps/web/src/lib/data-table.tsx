import type { ReactNode } from 'react';

/**
 * A console's list as a table: its caption (the count, or the list's name read only by screen readers), a header
 * cell per column (`false` leaves a column out), and the rows given.
 */
export function DataTable(props: {
  caption: string;
  /** The caption for screen readers only, where a heading above already names the list. */
  captionHidden?: boolean;
  columns: (string | false)[];
  className?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="table-wrap">
      <table className={props.className}>
        <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns
              .filter((column) => column !== false)
              .map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
