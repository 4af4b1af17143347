import type { ReactNode } from 'react';

/** A console's list as a table: its caption (the count), a header cell per column, and the rows given. */
export function DataTable(props: { caption: string; columns: string[]; children: ReactNode }): ReactNode {
  return (
    <div className="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
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
