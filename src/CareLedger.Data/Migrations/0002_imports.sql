-- Actuals imports: finding the imports still in force (those no later import replaces) is a lookup, not a scan.
CREATE INDEX actuals_imports_replaces ON actuals_imports (replaces);
CREATE INDEX actuals_imports_contract ON actuals_imports (contract_id, sequence);
