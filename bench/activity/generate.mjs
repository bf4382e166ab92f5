// node generate.mjs ROWS NCC OUT — writes the benchmark file with DuckDB (see generate.sql). Needs @duckdb/node-api,
// installed in a scratch folder outside the repository (run.sh does this).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [rows, ncc, out] = process.argv.slice(2);
const connection = await (await DuckDBInstance.create(':memory:')).connect();
await connection.run(`SET VARIABLE rows = ${Number.parseInt(rows, 10)}`);
await connection.run(`SET VARIABLE ncc = '${ncc.replaceAll("'", "''")}'`);
await connection.run(`SET VARIABLE out = '${out.replaceAll("'", "''")}'`);
await connection.run(readFileSync(new URL('./generate.sql', import.meta.url), 'utf8'));
