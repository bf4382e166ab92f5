// node duckdb-alone.mjs FILE NCC DBFILE — runs duckdb-alone.sql statement by statement into a database file and
// prints each step's seconds. The statements are split on ';' at line ends (the file has no ';' elsewhere).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [file, ncc, db] = process.argv.slice(2);
const connection = await (await DuckDBInstance.create(db)).connect();
await connection.run(`SET VARIABLE file = '${file.replaceAll("'", "''")}'`);
await connection.run(`SET VARIABLE ncc = '${ncc.replaceAll("'", "''")}'`);
const sql = readFileSync(new URL('./duckdb-alone.sql', import.meta.url), 'utf8');
const statements = sql.split(/;\s*\n/).map(s => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
const start = performance.now();
for (const statement of statements) {
  const t = performance.now();
  const result = await connection.runAndReadAll(statement);
  console.log(`${((performance.now() - t) / 1000).toFixed(2)}s  ${statement.split('\n')[0].slice(0, 70)}  (${result.getRows().length} rows)`);
}
console.log(`total ${((performance.now() - start) / 1000).toFixed(2)}s`);
